#!/usr/bin/env python3
"""Name-mention confidence against the dev names gold: how many name mentions fall in each confidence bin and how
many of them are right (exact span and type, the scorer's CoNLL rule). Reporting only: nothing is tuned on it.

    dotnet run -c Release --project src/Newswire.Cli -- extract ../shared/eval/dev/names/docs --format json > names.json
    python3 tools/name-calibration.py names.json [../shared/eval/dev/names]

Uses the shared scorer's type names and UTF-16 to code-point offsets (../shared/eval/score_mentions.py).
"""
import json
import os
import sys

BINS = [0.0, 0.5, 0.6, 0.7, 0.8, 0.9, 1.0]


def main(export_path, gold_dir):
    sys.path.insert(0, os.path.join(gold_dir, "..", ".."))
    from score_mentions import KIND, Offsets  # noqa: E402 (the shared scorer, found beside the gold set)

    with open(os.path.join(gold_dir, "gold.json"), encoding="utf-8") as f:
        gold = {os.path.basename(d["file"]): {(m["start"], m["end"], m["type"]) for m in d["mentions"]}
                for d in json.load(f)["documents"]}
    with open(export_path, encoding="utf-8") as f:
        articles = json.load(f)["articles"]
    count = [0] * (len(BINS) - 1)
    right = [0] * (len(BINS) - 1)
    for article in articles:
        name = os.path.basename(article["file"])
        with open(os.path.join(gold_dir, "docs", name), encoding="utf-8-sig") as f:
            offsets = Offsets(f.read())
        spans = gold.get(name, set())
        for actor in article["actors"]:
            kind = KIND.get(actor["kind"].lower())
            for m in actor["mentions"]:
                if m.get("form", "name") != "name":
                    continue
                span = (offsets.cp(m["start"]), offsets.cp(m["start"] + m["length"]), kind)
                b = next(i for i in range(len(BINS) - 1) if m["confidence"] < BINS[i + 1] or i == len(BINS) - 2)
                count[b] += 1
                right[b] += span in spans
    print("| confidence | mentions | right |\n|---|---:|---:|")
    for i in range(len(count)):
        close = "]" if i == len(count) - 1 else ")"
        share = right[i] / count[i] if count[i] else 0.0
        print(f"| [{BINS[i]:.1f}, {BINS[i + 1]:.1f}{close} | {count[i]} | {share:.2f} |")


if __name__ == "__main__":
    if len(sys.argv) < 2:
        sys.exit(__doc__)
    main(sys.argv[1], sys.argv[2] if len(sys.argv) > 2 else "../shared/eval/dev/names")
