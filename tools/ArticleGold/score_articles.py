#!/usr/bin/env python3
"""Article-level actor scores: runs ../shared/eval/score.py (unchanged) on an article gold from article_gold.py and
an export, keeps only its actor lines, and sorts its --verbose complaints into error classes.

usage: score_articles.py ARTICLE_GOLD.json EXPORT.json [--list CLASS ...] [--score PATH/score.py]

Classes (each predicted actor that matches no gold actor is one false positive; see score.py):
  duplicate  a second actor for a gold actor already matched ("Brelik" beside "Ada Brelik" when the gold lists
             "Brelik" as an alias)
  fragment   an extra whose words are a run of a gold name's words ("Rail Authority" of "Freedonia Rail Authority",
             "Brelik" when the gold never says "Brelik" alone)
  overlong   an extra that contains a gold name ("Freedonia Rail Authority Chief")
  extra      any other extra (a description, a word no gold lists)
  kind       matched by name, wrong kind (counts as a false positive and a miss in the typed figure)
  missed     a gold actor no predicted actor names
--list prints the items of the classes given (or "all"), one per line with the file.
"""
import json
import os
import re
import subprocess
import sys
from ast import literal_eval

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from article_gold import norm  # noqa: E402  (score.py's normalisation)

CLASSES = ["duplicate", "fragment", "overlong", "extra", "kind", "missed"]
LINE = re.compile(r"^  (?P<file>\S+): (?P<rest>.*)$")


def run_of(short, full):
    return len(short) < len(full) and any(full[k:k + len(short)] == short for k in range(len(full) - len(short) + 1))


def classify(rest, gold_names):
    """(class, text) for one verbose line of score.py, or None for lines that are not about actors."""
    m = re.match(r"duplicate actor (.*)$", rest)
    if m:
        return "duplicate", literal_eval(m.group(1))
    m = re.match(r"extra actor (.*) \((\w+)\)$", rest)
    if m:
        name = literal_eval(m.group(1))
        w = norm(name).split()
        if any(run_of(w, g.split()) for g in gold_names):
            return "fragment", f"{name} ({m.group(2)})"
        if any(run_of(g.split(), w) for g in gold_names):
            return "overlong", f"{name} ({m.group(2)})"
        return "extra", f"{name} ({m.group(2)})"
    m = re.match(r"(.*) typed (.*), gold (.*)$", rest)
    if m:
        return "kind", f"{literal_eval(m.group(1))}: {literal_eval(m.group(2))}, gold {literal_eval(m.group(3))}"
    m = re.match(r"missed actor (.*)$", rest)
    if m:
        return "missed", literal_eval(m.group(1))
    return None


def main(argv):
    args = [a for a in argv[1:]]
    score = os.path.join(HERE, "..", "..", "..", "shared", "eval", "score.py")
    if "--score" in args:
        k = args.index("--score")
        score = args[k + 1]
        del args[k:k + 2]
    lists = []
    if "--list" in args:
        k = args.index("--list")
        lists = args[k + 1:]
        args = args[:k]
    if len(args) != 2:
        print(__doc__)
        return 2
    gold_path, export = args
    gold = json.load(open(gold_path, encoding="utf-8"))
    names = {a["file"]: {norm(n) for x in a["actors"] for n in [x["name"]] + x.get("aliases", [])}
             for a in gold["articles"]}
    out = subprocess.run([sys.executable, score, gold_path, export, "--verbose"], capture_output=True, text=True,
                         check=True).stdout.splitlines()
    counts = {c: 0 for c in CLASSES}
    items = []
    for line in out:
        m = LINE.match(line)
        if not m:
            continue
        c = classify(m.group("rest"), names.get(m.group("file"), set()))
        if c:
            counts[c[0]] += 1
            items.append((c[0], m.group("file"), c[1]))
    want = set(CLASSES) if "all" in lists else set(lists)
    for c, f, text in items:
        if c in want:
            print(f"{c:9} {f}: {text}")
    print("errors: " + ", ".join(f"{c} {counts[c]}" for c in CLASSES))
    for line in out:
        if line.startswith("articles missing") or line.startswith("actors"):
            print(line)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
