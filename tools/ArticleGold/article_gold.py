#!/usr/bin/env python3
"""Turn the held-out training documents' mention gold into seeds-style ARTICLE gold: per document, the distinct real
actors with kind and aliases, the format ../shared/eval/score.py reads (seeds.gold.json).

usage: article_gold.py HOLDOUT_DIR [OUT.json]
HOLDOUT_DIR is what tools/TrainTagger/holdout_articles.py writes (docs/*.txt and gold.json with PER/ORG/LOC spans);
OUT defaults to HOLDOUT_DIR/article-gold.json. Score an export with tools/ArticleGold/score_articles.py.

How gold mentions are grouped into one actor (in this order; the grouping only joins mentions of the same type):
  1. same type and the same text, compared as score.py compares names (case, "the ", "'s", spacing and quotes aside);
  2. an acronym in brackets right after a name ("Freedonia Rail Authority (FRA)"): one letter-only word with two or
     more capitals whose first letter is the name's;
  3. a person named by a shorter form of a longer person name in the document: a run of the full name's words
     ("Ada", "Brelik", "Ada Maria", a quoted nickname) or its first and last words ("Ada Brelik" for "Ada Maria
     Brelik"), and exactly one full name fits (two Breliks in one article leave "Brelik" alone); the order of the
     mentions does not matter (a headline may use the surname before the body gives the full name);
  4. an organization named by the first or last words of a longer organization name, one fitting ("Rovers" or
     "Freedonia Rovers" after "Freedonia Rovers FC"), and a place or organization acronym that spells the capitals
     of exactly one longer name of its type ("FRA", "F.R.A." after "Freedonia Rail Authority"; "US" after "United
     States"). Places are not grouped by shared words ("York" is not "New York").
A group's name is its longest mention text (the first, on ties); every other text is an alias. Countries and events
are left empty: this gold measures the actor list (one actor per real actor, aliases, no fragments, no extras).
Title and paragraph count are filled from the text (the first line is the headline) so the file fits score.py.
"""
import json
import os
import re
import sys
import unicodedata

KINDS = {"PER": "Person", "ORG": "Organization", "LOC": "Location"}
SMALL = {"of", "the", "and", "for", "de", "du", "des", "la", "le", "del", "der", "von", "van", "&", "in", "on", "at"}


def norm(s):
    """score.py's name normalisation (kept identical so grouping agrees with how names are matched)."""
    s = unicodedata.normalize("NFKC", str(s))
    s = s.replace("\u2019", "'").replace("\u2018", "'").replace("\u2013", "-").replace("\u2014", "-")
    s = re.sub(r"'s\b", "", s)
    s = re.sub(r"\s+", " ", s).strip().lower()
    s = re.sub(r"^the ", "", s)
    return s.strip(" .,;:")


def words(s):
    return norm(s).split()


def is_acronym(text):
    letters = text.replace(".", "")
    return " " not in text and letters.isalpha() and sum(c.isupper() for c in letters) >= 2 and len(letters) <= 8


def initials(text):
    return "".join(w[0] for w in text.replace("-", " ").split() if w[0].isupper() and w.lower() not in SMALL)


class Union:
    def __init__(self, n):
        self.parent = list(range(n))

    def find(self, i):
        while self.parent[i] != i:
            self.parent[i] = self.parent[self.parent[i]]
            i = self.parent[i]
        return i

    def join(self, a, b):
        a, b = self.find(a), self.find(b)
        if a != b:
            self.parent[max(a, b)] = min(a, b)


def bracket_pairs(text, mentions):
    """Rule 2: (name, acronym) index pairs for "Name (ACR)"."""
    by_start = {m["start"]: i for i, m in enumerate(mentions)}
    for i, m in enumerate(mentions):
        rest = text[m["end"]:m["end"] + 4]
        k = re.match(r"\s*\(\s*", rest)
        j = by_start.get(m["end"] + k.end()) if k else None
        if j is None or mentions[j]["type"] != m["type"]:
            continue
        acr = mentions[j]["text"]
        if is_acronym(acr) and not is_acronym(m["text"]) and acr[0].upper() == re.sub(r"^[Tt]he ", "", m["text"])[0].upper():
            yield i, j


def edge_of(short, full):
    """Whether the words of `short` are the first or the last words of `full` (and fewer)."""
    return len(short) < len(full) and (full[:len(short)] == short or full[-len(short):] == short)


def person_part(short, full):
    """Rule 3: `short` is a shorter form of the person name `full`: a run of its words ("Ada", "Brelik", a quoted
    nickname), or its first and last words without the middle ones ("Ada Brelik" of "Ada Maria Brelik")."""
    short, full = [w.strip('"\'') for w in short], [w.strip('"\'') for w in full]
    if len(short) >= len(full):
        return False
    if len(short) >= 2 and short[0] == full[0] and short[-1] == full[-1]:
        return True
    return any(full[k:k + len(short)] == short for k in range(len(full) - len(short) + 1))


def group(text, mentions):
    """Returns a list of groups, each a list of mention indexes, in order of first mention."""
    u = Union(len(mentions))
    first_of = {}
    for i, m in enumerate(mentions):  # rule 1
        key = (m["type"], norm(m["text"]))
        if key in first_of:
            u.join(first_of[key], i)
        else:
            first_of[key] = i
    for i, j in bracket_pairs(text, mentions):  # rule 2
        u.join(i, j)
    distinct = {}  # (type, norm text) -> representative index
    for (t, n), i in first_of.items():
        distinct[(t, n)] = i
    # rules 3 and 4, longer names first (so "Ada Brelik" joins "Ada Maria Brelik" before "Brelik" is placed)
    for (t, n), i in sorted(distinct.items(), key=lambda kv: -len(kv[0][1].split())):
        w = n.split()
        fits = set()
        if t == "PER":
            fits = {u.find(j) for (t2, n2), j in distinct.items() if t2 == t and person_part(w, n2.split())}
        elif t == "ORG":
            fits = {u.find(j) for (t2, n2), j in distinct.items() if t2 == t and edge_of(w, n2.split())}
        if not fits and t in ("ORG", "LOC") and is_acronym(mentions[i]["text"]):
            acr = mentions[i]["text"].replace(".", "").upper()
            fits = {u.find(j) for (t2, n2), j in distinct.items()
                    if t2 == t and len(n2.split()) > 1 and initials(mentions[j]["text"]).upper() == acr}
        if len(fits) == 1:
            u.join(i, fits.pop())
    groups = {}
    for i in range(len(mentions)):
        groups.setdefault(u.find(i), []).append(i)
    return sorted(groups.values(), key=lambda g: mentions[g[0]]["start"])


def actor_of(mentions, members):
    texts = []
    for i in members:
        t = mentions[i]["text"]
        if all(norm(t) != norm(x) for x in texts):
            texts.append(t)
    name = max(texts, key=lambda t: (len(words(t)), len(t), -texts.index(t)))
    kinds = {mentions[i]["type"] for i in members}
    actor = {"name": name, "kind": KINDS[kinds.pop()], "aliases": [t for t in texts if t != name]}
    return actor


def article(file, text, mentions):
    lines = text.split("\n\n")
    paragraphs = [p for p in lines[1:] if p.strip()] if len(lines) > 1 else []
    mentions = sorted(mentions, key=lambda m: m["start"])
    return {"file": file, "title": lines[0].strip(), "outlet": None, "section": None, "paragraphs": len(paragraphs),
            "actors": [actor_of(mentions, g) for g in group(text, mentions)], "events": []}


def main(argv):
    if len(argv) < 2:
        print(__doc__)
        return 2
    src = argv[1]
    out = argv[2] if len(argv) > 2 else os.path.join(src, "article-gold.json")
    gold = json.load(open(os.path.join(src, "gold.json"), encoding="utf-8"))
    articles = []
    for d in gold["documents"]:
        text = open(os.path.join(src, "docs", d["file"]), encoding="utf-8").read()
        articles.append(article(d["file"], text, d["mentions"]))
    about = ("Article-level actor gold built by tools/ArticleGold/article_gold.py from the held-out training "
             "documents' name gold (grouping rules in its header). Actors only: countries and events are not given.")
    with open(out, "w", encoding="utf-8") as f:
        json.dump({"about": about, "articles": articles}, f, ensure_ascii=False, indent=1)
    n = sum(len(a["actors"]) for a in articles)
    m = sum(len(d["mentions"]) for d in gold["documents"])
    print(f"{len(articles)} articles, {m} gold names grouped into {n} actors -> {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
