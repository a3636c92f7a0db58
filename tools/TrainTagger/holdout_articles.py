#!/usr/bin/env python3
"""Render TrainTagger's held-out training documents as articles with a names gold, to tune the whole pipeline
(tagger + actor rules) on training data rather than on dev.

usage: holdout_articles.py OUT_DIR [--data ../shared/train] [--sets a,b,...]
Writes OUT_DIR/docs/*.txt and OUT_DIR/gold.json (the dev/names layout: first sentence on the first line, then
paragraphs of five sentences; PER/ORG/LOC, code-point offsets, "convention": "conll-names"). The held-out
documents are TrainTagger's defaults: every 4th document of gum-wikinews, uner-pud, wikigold and gum-open-other;
--sets names others (the web-text slice: --sets uner-ewt,uner-ewt-train, matching TrainTagger's --holdout-sets).
Score an export with ../shared/eval/score_mentions.py OUT_DIR/gold.json export.json.
"""
import json
import os
import sys

SETS = ["gum-wikinews", "uner-pud", "wikigold", "gum-open-other"]
EVERY = 4
NO_SPACE_BEFORE = {".", ",", ";", ":", "?", "!", ")", "]", "}", "%", "'s", "n't", "'re", "'ve", "'ll", "'d", "'m",
                   "\u2019s", "\u201d"}
NO_SPACE_AFTER = {"(", "[", "{", "$", "\u201c"}


def documents(path):
    doc, sent = [], []
    for line in open(path, encoding="utf-8"):
        line = line.rstrip("\n")
        if line.startswith("-DOCSTART-"):
            if sent:
                doc.append(sent)
                sent = []
            if doc:
                yield doc
            doc = []
        elif not line.strip():
            if sent:
                doc.append(sent)
                sent = []
        else:
            token, tag = line.split("\t")[:2]
            sent.append((token, tag))
    if sent:
        doc.append(sent)
    if doc:
        yield doc


def render(sentence, base):
    """One sentence as text (punctuation and clitics attached) and its names as (start, end, type)."""
    text, names, current, previous, quote_open = "", [], None, None, False
    for token, tag in sentence:
        space = " " if text else ""
        if token in NO_SPACE_BEFORE or previous in NO_SPACE_AFTER:
            space = ""
        if token == '"':
            if quote_open:
                space = ""
            quote_open = not quote_open
        if previous == '"' and quote_open:
            space = ""
        text += space
        start = len(text)
        text += token
        previous = token
        if tag.startswith("B-") or (tag.startswith("I-") and (current is None or current[2] != tag[2:])):
            if current:
                names.append(current)
            current = [start, len(text), tag[2:]]
        elif tag.startswith("I-"):
            current[1] = len(text)
        elif current:
            names.append(current)
            current = None
    if current:
        names.append(current)
    return text, [(base + s, base + e, t) for s, e, t in names]


def main(argv):
    args = [a for a in argv[1:] if not a.startswith("--")]
    data = argv[argv.index("--data") + 1] if "--data" in argv else os.path.join("..", "shared", "train")
    sets_arg = argv[argv.index("--sets") + 1] if "--sets" in argv else None
    args = [a for a in args if a not in (data, sets_arg)]
    if len(args) != 1:
        print(__doc__)
        return 2
    out = args[0]
    os.makedirs(os.path.join(out, "docs"), exist_ok=True)
    gold = {"convention": "conll-names", "documents": []}
    for name in sets_arg.split(",") if sets_arg else SETS:
        for i, doc in enumerate(documents(os.path.join(data, "ner", name, "train.conll"))):
            if i % EVERY != EVERY - 1:
                continue
            text, names = "", []
            for k, sentence in enumerate(doc):
                text += "" if k == 0 else "\n\n" if (k - 1) % 5 == 0 else " "
                t, n = render(sentence, len(text))
                text += t
                names += n
            text += "\n"
            file = f"{name}-{i:03d}.txt"
            with open(os.path.join(out, "docs", file), "w", encoding="utf-8") as f:
                f.write(text)
            gold["documents"].append({"file": file, "mentions": [
                {"start": s, "end": e, "type": t, "text": text[s:e]} for s, e, t in names if t != "MISC"]})
    with open(os.path.join(out, "gold.json"), "w", encoding="utf-8") as f:
        json.dump(gold, f, ensure_ascii=False)
    print(f"{len(gold['documents'])} documents, {sum(len(d['mentions']) for d in gold['documents'])} names")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
