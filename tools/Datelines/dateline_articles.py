#!/usr/bin/env python3
"""Put wire datelines in front of articles' first body paragraphs, to check that a dateline changes nothing after it.

usage:
  dateline_articles.py make IN_DIR OUT_DIR      IN_DIR holds docs/*.txt and gold.json (holdout_articles.py's layout);
                                               writes OUT_DIR/docs, OUT_DIR/gold.json (names shifted, plus the
                                               dateline's place as LOC and its agency as ORG) and OUT_DIR/datelines.json
  dateline_articles.py strip OUT_DIR EXPORT      prints EXPORT (the CLI's JSON for OUT_DIR/docs) with every mention
                                               inside a dateline dropped and the later ones shifted back, to score
                                               against IN_DIR/gold.json as if there had been no dateline

The first body paragraph is the text after the first blank line (the first line is the headline). Datelines are
drawn from fixed lists of world cities, countries and agencies (seeded, so runs repeat) in the common forms
"CITY (Agency) - ", "CITY, Mon D (Agency) - ", "CITY \u2014 ", "CITY, Country, Mon D (Agency) -- ",
"City (Agency) \u2013 ". Every inserted character is one UTF-16 unit, so code-point and UTF-16 shifts agree
(datelines.json keeps the UTF-16 offset, as the export's mentions are).

Typical run (see tools/TrainTagger/holdout_articles.py):
  python3 tools/TrainTagger/holdout_articles.py /tmp/holdout
  python3 tools/Datelines/dateline_articles.py make /tmp/holdout /tmp/holdout-dl
  newswire extract /tmp/holdout-dl/docs --format json > dl.json
  python3 ../shared/eval/score_mentions.py /tmp/holdout-dl/gold.json dl.json          # with the datelines' names
  python3 tools/Datelines/dateline_articles.py strip /tmp/holdout-dl dl.json > st.json
  python3 ../shared/eval/score_mentions.py /tmp/holdout/gold.json st.json --docs /tmp/holdout/docs  # = no dateline?
"""
import json
import os
import random
import sys

CITIES = [("NAIROBI", "Kenya"), ("LAGOS", "Nigeria"), ("BEIJING", "China"), ("WASHINGTON", "United States"),
          ("GENEVA", "Switzerland"), ("MOSCOW", "Russia"), ("CAIRO", "Egypt"), ("NEW DELHI", "India"),
          ("BRASILIA", "Brazil"), ("JAKARTA", "Indonesia"), ("PARIS", "France"), ("BERLIN", "Germany"),
          ("TOKYO", "Japan"), ("MEXICO CITY", "Mexico"), ("BUENOS AIRES", "Argentina"), ("ANKARA", "Turkey"),
          ("KYIV", "Ukraine"), ("ADDIS ABABA", "Ethiopia"), ("MANILA", "Philippines"), ("SEOUL", "South Korea"),
          ("LONDON", "Britain"), ("MADRID", "Spain"), ("OTTAWA", "Canada"), ("CANBERRA", "Australia"),
          ("KARACHI", "Pakistan"), ("BOGOTA", "Colombia"), ("ROME", "Italy"), ("DHAKA", "Bangladesh"),
          ("JOHANNESBURG", "South Africa"), ("HANOI", "Vietnam")]
AGENCIES = ["Reuters", "AP", "AFP", "Xinhua", "Bloomberg", "dpa"]
MONTHS = ["Jan", "Feb", "March", "April", "May", "June", "July", "Aug", "Sept", "Oct", "Nov", "Dec"]


def dateline(rng):
    """A dateline and its names as (start, end, type) within it."""
    city, country = rng.choice(CITIES)
    agency = rng.choice(AGENCIES)
    date = f"{rng.choice(MONTHS)} {rng.randint(1, 28)}"
    form = rng.randrange(5)
    if form == 0:
        parts = [(city, "LOC"), (" (", None), (agency, "ORG"), (") - ", None)]
    elif form == 1:
        parts = [(city, "LOC"), (f", {date} (", None), (agency, "ORG"), (") - ", None)]
    elif form == 2:
        parts = [(city, "LOC"), (" \u2014 ", None)]
    elif form == 3:
        parts = [(city, "LOC"), (", ", None), (country, "LOC"), (f", {date} (", None), (agency, "ORG"), (") -- ", None)]
    else:
        parts = [(city.title(), "LOC"), (" (", None), (agency, "ORG"), (") \u2013 ", None)]
    text, names = "", []
    for part, kind in parts:
        if kind:
            names.append((len(text), len(text) + len(part), kind))
        text += part
    return text, names


def make(src, out):
    gold = json.load(open(os.path.join(src, "gold.json"), encoding="utf-8"))
    os.makedirs(os.path.join(out, "docs"), exist_ok=True)
    rng = random.Random(20261130)
    placed = {}
    for doc in gold["documents"]:
        text = open(os.path.join(src, "docs", doc["file"]), encoding="utf-8").read()
        at = text.find("\n\n")
        if at < 0:
            mentions = doc["mentions"]
        else:
            at += 2
            line, names = dateline(rng)
            text = text[:at] + line + text[at:]
            shift = len(line)
            mentions = [{"start": at + s, "end": at + e, "type": t, "text": line[s:e]} for s, e, t in names]
            for m in doc["mentions"]:
                m = dict(m)
                if m["start"] >= at:
                    m["start"] += shift
                    m["end"] += shift
                mentions.append(m)
            mentions.sort(key=lambda m: m["start"])
            at16 = len(text[:at].encode("utf-16-le")) // 2  # the export's offsets are UTF-16
            placed[doc["file"]] = {"at": at16, "length": shift, "dateline": line}
        doc["mentions"] = mentions
        with open(os.path.join(out, "docs", doc["file"]), "w", encoding="utf-8") as f:
            f.write(text)
    with open(os.path.join(out, "gold.json"), "w", encoding="utf-8") as f:
        json.dump(gold, f, ensure_ascii=False)
    with open(os.path.join(out, "datelines.json"), "w", encoding="utf-8") as f:
        json.dump(placed, f, ensure_ascii=False, indent=0)
    print(f"{len(placed)} of {len(gold['documents'])} documents have a dateline", file=sys.stderr)


def strip(out, export):
    placed = json.load(open(os.path.join(out, "datelines.json"), encoding="utf-8"))
    data = json.load(open(export, encoding="utf-8"))
    for article in data["articles"]:
        d = placed.get(os.path.basename(article["file"]))
        if not d:
            continue
        at, n = d["at"], d["length"]
        for actor in article["actors"]:
            kept = []
            for m in actor.get("mentions", []):
                if at <= m["start"] < at + n:
                    continue
                if m["start"] >= at + n:
                    m = dict(m, start=m["start"] - n)
                kept.append(m)
            actor["mentions"] = kept
    json.dump(data, sys.stdout, ensure_ascii=False)


def main(argv):
    if len(argv) == 4 and argv[1] == "make":
        make(argv[2], argv[3])
        return 0
    if len(argv) == 4 and argv[1] == "strip":
        strip(argv[2], argv[3])
        return 0
    print(__doc__)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv))
