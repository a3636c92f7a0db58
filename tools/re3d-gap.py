#!/usr/bin/env python3
"""Why re3d named-only precision is what it is: sorts the named-only false positives and misses of a CLI export of
../shared/eval/dev/mentions/docs into span-convention, type, unannotated and other, using the shared scorer's own
named-only rule (score_mentions.py).

    python3 tools/re3d-gap.py export.json [SHARED_DIR]
"""
import collections
import importlib.util
import json
import os
import sys

shared = sys.argv[2] if len(sys.argv) > 2 else os.path.join(os.path.dirname(__file__), "..", "..", "shared")
spec = importlib.util.spec_from_file_location("sm", os.path.join(shared, "eval", "score_mentions.py"))
sm = importlib.util.module_from_spec(spec)
spec.loader.exec_module(sm)
docs = os.path.join(shared, "eval", "dev", "mentions", "docs")
gold = json.load(open(os.path.join(shared, "eval", "dev", "mentions", "gold.json")))
export = json.load(open(sys.argv[1]))
articles = {os.path.basename(str(a.get("file", ""))): a for a in export["articles"]}


def overlaps(a, b):
    return a[0] < b[1] and b[0] < a[1]


def predictions(article, conv):
    out = set()
    for actor in article.get("actors") or []:
        kind = sm.KIND.get(str(actor.get("kind", "")).lower())
        if kind:
            for m in actor.get("mentions") or []:
                s = int(m["start"])
                e = s + int(m["length"]) if "length" in m else int(m["end"])
                out.add((conv.cp(s), conv.cp(e), kind, m.get("form", "name")))
    return out


def false_positive_kind(p, named, text):
    hits = [g for g in named if overlaps(p, g)]
    if p[3] != "name":
        return "nominal or pronoun, " + ("overlaps a gold name" if hits else "no gold")
    if not hits:
        return "name, no gold span (unannotated or wrong)"
    g = hits[0]
    if (g[0], g[1]) == (p[0], p[1]):
        return "name, type differs"
    if text[g[0]:p[0]].strip().lower() in ("the", "a", "an"):
        return "name alone, gold adds a determiner"
    if g[0] <= p[0] and p[1] <= g[1]:
        return "name alone, gold phrase longer (title, group noun)"
    return "name, boundaries cross or ours longer"


fps, fns = collections.Counter(), collections.Counter()
for gd in gold["documents"]:
    text = open(os.path.join(docs, gd["file"]), encoding="utf-8").read()
    conv = sm.Offsets(text)
    spans = {(m["start"], m["end"], m["type"]) for m in gd["mentions"]}
    named = {(m["start"], m["end"], m["type"]) for m in gd["mentions"]
             if sm.is_named(m.get("text") or text[m["start"]:m["end"]], text, m["start"])}
    unnamed = spans - named
    # The scorer ignores a prediction that overlaps only unnamed gold spans.
    kept = {p for p in predictions(articles.get(gd["file"], {}), conv)
            if not (any(overlaps(p, g) for g in unnamed) and not any(overlaps(p, g) for g in named))}
    for p in kept:
        if p[:3] not in named:
            fps[false_positive_kind(p, named, text)] += 1
    for g in named:
        if not any(p[:3] == g for p in kept):
            fns["a prediction overlaps it" if any(overlaps(p, g) for p in kept) else "nothing predicted"] += 1

print("named-only false positives:", sum(fps.values()))
for k, v in fps.most_common():
    print(f"  {v:4d} {k}")
print("named-only misses:", sum(fns.values()))
for k, v in fns.most_common():
    print(f"  {v:4d} {k}")
