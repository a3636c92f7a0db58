#!/usr/bin/env python3
"""What changed between two JSON exports of the same documents (`newswire extract DIR --format json`).

usage: export-diff.py NEW.json BASE.json [--limit N]
Prints, per article that differs, the actors (name, kind, country) and the events (code, agent -> counterparts,
trigger) that only one side has, then a one-line summary. Article order and actor ids are ignored, so a change that
only renumbers nothing shows as no change. Exit code 0 when nothing differs, 1 otherwise.
"""
import json
import sys


def actors(article):
    return {(a["name"], a["kind"], a.get("country")) for a in article.get("actors", [])}


def events(article):
    names = {a["id"]: a["name"] for a in article.get("actors", [])}
    out = set()
    for e in article.get("events", []):
        targets = ",".join(names.get(c, c) for c in e.get("counterparts") or [])
        out.add((e["code"], names.get(e.get("agent"), e.get("agent")), targets, e.get("trigger"), e.get("modality")))
    return out


def metadata(article):
    return tuple(article.get(k) for k in ("title", "outlet", "section", "published", "paragraphs"))


def main():
    args = sys.argv[1:]
    limit = 10 ** 9
    if "--limit" in args:
        i = args.index("--limit")
        limit = int(args[i + 1])
        del args[i:i + 2]
    if len(args) != 2:
        sys.exit(__doc__)
    new, base = ({a["file"]: a for a in json.load(open(p, encoding="utf-8"))["articles"]} for p in args)
    changed = shown = 0
    counts = {"actors+": 0, "actors-": 0, "events+": 0, "events-": 0, "metadata": 0}
    for name in sorted(set(new) | set(base)):
        n, b = new.get(name, {}), base.get(name, {})
        lines = []
        for label, get in (("actor", actors), ("event", events)):
            for sign, items in (("+", get(n) - get(b)), ("-", get(b) - get(n))):
                counts[f"{label}s{sign}"] += len(items)
                lines += [f"  {sign} {label} {item}" for item in sorted(items, key=str)]
        if metadata(n) != metadata(b):
            counts["metadata"] += 1
            lines.append(f"  ~ metadata {metadata(b)} -> {metadata(n)}")
        if lines:
            changed += 1
            if shown < limit:
                shown += 1
                print(name)
                print("\n".join(lines))
    print(f"{changed} of {len(set(new) | set(base))} articles differ: " +
          ", ".join(f"{k} {v}" for k, v in counts.items()))
    sys.exit(1 if changed else 0)


if __name__ == "__main__":
    main()
