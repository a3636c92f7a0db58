#!/usr/bin/env python3
"""One-off converter: PETRARCH2 Phoenix dictionaries (MIT) + iso-codes ISO 3166-1 (LGPL-2.1+) + hand-curated
facts (tools/lexicons/curated/*.tsv) -> src/Newswire.Extraction/Lexicons/Data/actors.tsv.

usage: python3 tools/lexicons/convert.py [LEXICON_SOURCE_DIR]   (default ../shared/lexicons)

The build never runs this; its output is committed. See the header of the output for the record format.
"""
import collections
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.normpath(os.path.join(HERE, "..", ".."))
SRC = sys.argv[1] if len(sys.argv) > 1 else os.path.normpath(os.path.join(ROOT, "..", "shared", "lexicons"))
OUT = os.path.join(ROOT, "src", "Newswire.Extraction", "Lexicons", "Data", "actors.tsv")

# CAMEO / TABARI country codes that are not ISO 3166-1 alpha-3, mapped explicitly (None: drop).
CAMEO_TO_ISO = {
    "KSV": "XKX", "KOS": "XKX", "ROM": "ROU", "ZAR": "COD", "TMP": "TLS", "KUW": "KWT", "NZE": "NZL",
    "DDR": None, "USR": None, "YUG": None, "CSK": None, "KNT": None, "SCG": "SRB", "BUR": "MMR",
}

SMALL = {"for", "on", "de", "del", "la", "al", "of", "and", "the", "upon", "sur", "am", "an", "der", "da", "du", "na", "bin", "ibn", "von", "van", "el"}

# Synonyms that are common English words or given names: never a place on their own.
NOT_PLACES = {
    "VLADIMIR", "KIROV", "MOLOTOV", "GORKY", "GORKI", "GORKIY", "LENIN", "NICE", "BATH", "READING", "MOBILE", "ORANGE",
    "SPLIT", "SALE", "GRANADA", "VICTORIA", "GEORGETOWN", "JACKSON", "LINCOLN", "WASHINGTON", "MADISON", "AUSTIN",
    "SANTIAGO", "SAN", "CHARLOTTE", "PERM", "MARI", "ALTAI", "BURYAT", "UDMURT", "CHUVASH", "KOMI", "MIRNY", "TEMPLE",
    "DOVER", "CONCORD", "FRANKLIN", "CLINTON", "ALEXANDRIA", "PETERSBURG", "HOLLAND", "GOLD", "SILVER", "LIMA",
    "UNITED", "STATE", "NATIONAL", "REPUBLIC", "PEOPLE", "DEMOCRATIC", "ISLAMIC", "ARAB", "THE", "NORTH", "SOUTH",
    "EAST", "WEST", "CENTRAL", "NEW", "SAINT", "ST", "ST.", "PORT", "FORT", "MOUNT", "LAKE", "CAPE", "BAY", "RIVER",
    "ISLAND", "ISLANDS", "CITY", "JORDAN", "CHAD", "GEORGIA", "TOGO", "GUINEA", "NIGER", "TURKEY", "MALI",
}


ORG_WORDS = {
    "ORGANIZATION", "ORGANISATION", "UNION", "COUNCIL", "COMMISSION", "FUND", "BANK", "AGENCY", "COMMITTEE",
    "ASSOCIATION", "FEDERATION", "LEAGUE", "ALLIANCE", "FRONT", "ARMY", "BRIGADE", "BRIGADES", "MOVEMENT", "PARTY",
    "GROUP", "COURT", "INSTITUTE", "PROGRAM", "PROGRAMME", "FOUNDATION", "SOCIETY", "CORPS", "NETWORK", "COMMUNITY",
    "FORCES", "FORCE", "CENTER", "CENTRE", "OFFICE", "AUTHORITY", "TRIBUNAL", "CONFERENCE", "ASSEMBLY", "PARLIAMENT",
    "SECRETARIAT", "MISSION", "WATCH", "INTERNATIONAL", "COMPANY", "CORPORATION", "INC", "LTD", "AIRLINES", "COALITION",
    "CROSS", "CRESCENT", "MILITIA", "LIBERATION", "JIHAD", "MUJAHIDEEN", "BATTALION", "CONGRESS", "BOARD", "UNIT",
}

# Organization words that are also given names or name parts ("Jihad Azour"): not enough to make a person an organization.
NAME_LIKE_ORG_WORDS = {"JIHAD", "MUJAHIDEEN", "CROSS", "CRESCENT", "WATCH", "INTERNATIONAL", "LIBERATION"}

# Regnal and generational numerals, shown in upper case ("Abdullah II", "Carl XVI Gustaf").
ROMAN = {"II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII", "XIII", "XIV", "XV", "XVI"}

# Words shown in upper case in display names.
UPPER = {"UN", "EU", "US", "UK", "NATO", "AU", "OSCE", "ASEAN", "OPEC", "UNESCO", "UNICEF", "UNHCR", "WHO", "IAEA", "IMF", "ECOWAS", "OAS", "OIC"}


def strip_comment(line):
    i = line.find("#")
    return line if i < 0 else line[:i]


def phrase(raw):
    """TABARI phrase -> plain words (drops the no-stem '_' marks and '+' synonym marks)."""
    p = raw.strip().lstrip("+").strip()
    p = p.replace("_", " ")
    p = re.sub(r"\s+", " ", p).strip()
    return p


def display(p):
    """VLADIMIR PUTIN -> Vladimir Putin; ROSTOV-ON-DON -> Rostov-on-Don."""
    words = []
    for i, w in enumerate(p.split(" ")):
        parts = []
        for j, part in enumerate(w.split("-")):
            low = part.lower()
            if (i > 0 or j > 0) and low in SMALL:
                parts.append(low)
            elif len(part) > 1 and ("." in part or part.upper() in UPPER or (i > 0 and part.upper() in ROMAN)):
                parts.append(part.upper())
            else:
                parts.append(part[:1].upper() + part[1:].lower())
        words.append("-".join(parts))
    return " ".join(words)


def parse_records(path):
    """Yields (primary, inline_code, synonyms, codes) for each TABARI record."""
    recs = []
    cur = None
    with open(path, encoding="utf-8", errors="replace") as f:
        for line in f:
            line = line.rstrip("\n")
            if not line.strip() or line.lstrip().startswith("#"):
                continue
            body = strip_comment(line)
            if line.startswith("\t") or line.startswith(" \t") or (line.startswith(" ") and "[" in line):
                m = re.search(r"\[([^\]]+)\]", body)
                if cur is not None and m:
                    cur[3].append(m.group(1).strip())
                continue
            if line.startswith("+"):
                if cur is not None:
                    p = phrase(re.sub(r"\[[^\]]*\]", "", body))
                    if p:
                        cur[2].append(p)
                continue
            m = re.search(r"\[([^\]]+)\]", body)
            code = m.group(1).strip() if m else None
            p = phrase(re.sub(r"\[[^\]]*\]", "", body))
            if not p:
                continue
            cur = [p, code, [], []]
            recs.append(cur)
    return recs


def date_key(d):
    d = d.strip()
    if len(d) == 6:
        yy = int(d[:2])
        return (2000 + yy if yy < 30 else 1900 + yy) * 10000 + int(d[2:])
    if len(d) == 8:
        return int(d)
    return 0


def current_code(inline, codes):
    """The code in force most recently: an open-ended '>date' code, else the latest-ending range, else undated."""
    best, best_end = None, -1
    undated = inline
    for c in codes:
        parts = c.split()
        code = parts[0]
        if len(parts) == 1:
            undated = undated or code
            continue
        rng = parts[1]
        if rng.startswith(">"):
            end = 99999999
        elif rng.startswith("<"):
            end = date_key(rng[1:])
        elif "-" in rng:
            end = date_key(rng.split("-")[1])
        else:
            end = 0
        if end > best_end:
            best, best_end = code, end
    if best is not None:
        return best, best_end
    return undated, -1


def iso_of(cameo3, iso_codes):
    if cameo3 in CAMEO_TO_ISO:
        return CAMEO_TO_ISO[cameo3]
    return cameo3 if cameo3 in iso_codes else None


def read_tsv(name):
    rows = []
    with open(os.path.join(HERE, "curated", name), encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n")
            if not line.strip() or line.startswith("#"):
                continue
            rows.append([c.strip() for c in line.split("\t")])
    return rows


def person_key(name):
    """A person's name with hyphens as spaces, in upper case ("Abdel Fattah el-Sisi" = "ABDEL FATTAH EL SISI")."""
    return " ".join(name.upper().replace("-", " ").split())


def article_variants(name):
    """The other spellings of an Arabic article in a name: "el-Sisi" is written "al-Sisi" too, and the reverse."""
    out = []
    words = name.split(" ")
    for i, w in enumerate(words):
        low = w.lower()
        if low.startswith(("al-", "el-")) and len(w) > 3:
            swap = ("el" if low.startswith("al") else "al")
            swap = swap if w[0].islower() else swap.capitalize()
            out.append(" ".join(words[:i] + [swap + w[2:]] + words[i + 1:]))
    return out


# Peoples' adjectives the demonym list does not hold (nations within a state).
PEOPLE_STEMS = {"ENGLISH", "SCOTS", "WELSH", "IRISH", "NORTHERN IRISH", "CORNISH", "MANX", "GUERNSEY", "JERSEY"}


def is_people_noun(u, demonyms):
    """PETRARCH lists "IRISHMAN" and "DUTCHWOMAN" among a country's synonyms: a person of that people, no place."""
    m = re.match(r"^(.+?)(MAN|WOMAN|MEN|WOMEN)$", u)
    return u in PEOPLE_STEMS or bool(m) and (m.group(1) in demonyms or m.group(1) in PEOPLE_STEMS)


def main():
    iso = json.load(open(os.path.join(SRC, "iso-codes", "iso_3166-1.json"), encoding="utf-8"))["3166-1"]
    iso_codes = {c["alpha_3"] for c in iso} | {"XKX"}
    out = []

    # Countries: curated names first (the first is the canonical name), then iso-codes names.
    names = collections.OrderedDict()
    for row in read_tsv("countries.tsv"):
        names.setdefault(row[0], [])
        names[row[0]] += [n.strip() for n in row[1].split(",") if n.strip()]
    # A name the curated list gives one country is that country's alone (news says "Congo" for the
    # Democratic Republic; iso-codes' short name of the other Congo is the same word).
    curated = {n.upper(): code for code, lst in names.items() for n in lst}
    for c in iso:
        lst = names.setdefault(c["alpha_3"], [])
        for key in ("common_name", "name", "official_name"):
            n = c.get(key)
            if n and "," not in n and "(" not in n and n not in lst and curated.get(n.upper(), c["alpha_3"]) == c["alpha_3"]:
                lst.append(n)
    country_words = set()
    for code, lst in names.items():
        seen = []
        for n in lst:
            if n.upper() not in [s.upper() for s in seen]:
                seen.append(n)
        names[code] = seen
        country_words |= {n.upper() for n in seen}

    demonyms = {}
    for row in read_tsv("demonyms.tsv"):
        for d in row[1].split(","):
            if d.strip() and d.strip().upper() not in demonyms:
                demonyms[d.strip().upper()] = row[0]

    # PETRARCH country records: cities and other place synonyms, plus people.
    recs = parse_records(os.path.join(SRC, "petrarch2", "Phoenix.Countries.actors.txt"))
    places = {}
    people = {}
    country_orgs = {}
    for primary, inline, syns, codes in recs:
        code, end = current_code(inline, codes)
        if not code:
            continue
        cc = iso_of(code[:3], iso_codes)
        if cc is None:
            continue
        if len(code) == 3:
            for s in [primary] + syns:
                u = s.upper()
                if u in country_words or u in demonyms or u in NOT_PLACES or not re.match(r"^[A-Z][A-Z' .-]*$", u):
                    continue
                if len(u) < 4 or u.endswith(" GOVERNMENT") or is_people_noun(u, demonyms):
                    continue
                places.setdefault(u, cc)
        elif primary.count(" ") >= 1 and end >= 20080101 and re.match(r"^[A-Z][A-Z .'-]+$", primary):
            # A person active since 2005: name -> country (roles come from curated facts).
            if len(primary.split()) <= 4 and not re.search(r"\b(OF|THE|AND|PARTY|MINISTRY|GOVERNMENT|ARMY|FORCES?)\b", primary):
                # Country records also hold bodies ("SYRIAN NATIONAL COALITION"): an organization head word makes
                # the record an organization of that country, not a person.
                if set(re.split(r"[ -]", primary)) & (ORG_WORDS - NAME_LIKE_ORG_WORDS):
                    country_orgs.setdefault(primary, cc)
                else:
                    people.setdefault(primary, cc)

    # International and armed non-state organizations: names with their acronyms.
    orgs = collections.OrderedDict()
    for fname in ("Phoenix.International.actors.txt", "Phoenix.MilNonState.actors.txt"):
        for primary, inline, syns, codes in parse_records(os.path.join(SRC, "petrarch2", fname)):
            code, _ = current_code(inline, codes)
            if not code:
                continue
            if not re.match(r"^[A-Z0-9][A-Z0-9 .'&()-]+$", primary):
                continue
            if any(w in primary.split() for w in ("SECRETARY", "SECRETARY-GENERAL", "CHIEF", "HEAD", "PRESIDENT", "DIRECTOR", "CHAIRMAN", "SPOKESMAN")):
                continue
            cc = iso_of(code[:3], iso_codes)
            if code[:3] == "MNC" and len(code) >= 6 and iso_of(code[3:6], iso_codes):
                # A multinational's code names its home country ("MNCCHN": Bank of China), the country gold gives it.
                cc = iso_of(code[3:6], iso_codes)
            elif code[:3] in ("IGO", "NGO", "IMG", "MNC", "NGM", "UIS", "INT"):
                cc = None
            elif cc is None:
                continue
            primary = re.sub(r"\s*\([^)]*\)\s*", " ", primary).strip()
            if len(primary) < 3 or primary.upper().startswith("THE "):
                primary = primary[4:] if primary.upper().startswith("THE ") else primary
            if len(primary) < 2 or primary.count(" ") > 6:
                continue
            words = set(re.split(r"[ -]", primary.upper()))
            if not (words & ORG_WORDS):
                continue
            # An acronym is one word: PETRARCH also lists short phrases in capitals ("LA LIGA", "TRIPLE A"), which would
            # match ordinary words ("La Liga", a "Triple A" rating).
            acr = [re.sub(r"[()]", "", s).strip() for s in syns
                   if " " not in re.sub(r"[()]", "", s).strip() and re.match(r"^[A-Z.]{2,8}$", s.replace(" ", ""))]
            key = primary.upper()
            if key not in orgs:
                orgs[key] = (cc, acr)

    # Agents: generic group and role nouns with their role code (GOV, MIL, COP, REB, ...).
    agents = {}
    with open(os.path.join(SRC, "petrarch2", "Phoenix.agents.txt"), encoding="utf-8", errors="replace") as f:
        for line in f:
            line = strip_comment(line).strip()
            m = re.match(r"^([A-Z][A-Z_'-]*)\s*(\{[^}]*\})?\s*\[~?([A-Z]{3,6})~?\]", line)
            if not m or "!" in line:
                continue
            p = phrase(m.group(1)).lower()
            if len(p) < 3 or p.count(" ") > 2:
                continue
            agents.setdefault(p, m.group(3))

    # Given names: first words of people's names that occur at least twice, plus curated people.
    given = collections.Counter()
    for p in people:
        w = p.split()[0]
        if len(w) >= 3 and "." not in w:
            given[w] += 1
    # Given names of traditions the dictionaries hold few people of (curated/given_names.tsv, one a line).
    for row in read_tsv("given_names.tsv"):
        given[row[0].upper()] = max(given[row[0].upper()], 2)

    # ---- write ----
    lines = []
    lines.append("# Newswire built-in actor lexicon. Generated by tools/lexicons/convert.py; do not edit by hand.")
    lines.append("# Derived from PETRARCH2 Phoenix dictionaries (MIT, Open Event Data Alliance), iso-codes ISO 3166-1")
    lines.append("# (LGPL-2.1-or-later) and hand-curated facts; see NOTICE at the repository root.")
    lines.append("# Records (tab separated):")
    lines.append("#   C iso name aliases            country; aliases ';'-separated")
    lines.append("#   D iso word                    demonym / adjective of a country")
    lines.append("#   L iso name aliases            place (city, region) with its country (iso may be empty)")
    lines.append("#   O iso name aliases            organization (iso empty: international)")
    lines.append("#   P iso name role aliases       person")
    lines.append("#   G word                        given name")
    lines.append("#   A phrase code                 agent noun (group or role word) with its CAMEO role code")
    for code, lst in names.items():
        if code not in iso_codes or not lst:
            continue
        lines.append("C\t%s\t%s\t%s" % (code, lst[0], ";".join(lst[1:])))
    for d, code in sorted(demonyms.items()):
        lines.append("D\t%s\t%s" % ("" if code == "-" else code, display(d)))
    for row in read_tsv("regions.tsv"):
        while len(row) < 3:
            row.append("")
        lines.append("L\t%s\t%s\t%s" % (row[1], row[0], ";".join(a.strip() for a in row[2].split(",") if a.strip())))
    for row in read_tsv("organizations.tsv"):
        while len(row) < 3:
            row.append("")
        lines.append("O\t%s\t%s\t%s" % (row[1], row[0], ";".join(a.strip() for a in row[2].split(",") if a.strip())))
    curated_people_words = set()
    people_keys = set()
    for row in read_tsv("people.tsv"):
        while len(row) < 4:
            row.append("")
        curated_people_words |= {w.upper() for w in row[0].split()}
        people_keys.add(person_key(row[0]))
        aliases = [a.strip() for a in row[3].split(",") if a.strip()]
        aliases += [v for n in [row[0]] + aliases for v in article_variants(n) if v not in aliases and v != row[0]]
        lines.append("P\t%s\t%s\t%s\t%s" % (row[1].strip(), row[0], row[2], ";".join(aliases)))
    # Derived records follow the curated ones: the first record for a surface form wins.
    for u, cc in sorted(places.items()):
        if u in curated_people_words:
            continue
        lines.append("L\t%s\t%s\t" % (cc, display(u)))
    for key, cc in sorted(country_orgs.items()):
        if key not in orgs:
            orgs[key] = (cc, [])
    for key, (cc, acr) in orgs.items():
        lines.append("O\t%s\t%s\t%s" % (cc or "", display(key), ";".join(a for a in acr if len(a) >= 2)))
    for p, cc in sorted(people.items()):
        # One record per person: "EL SISI" and "EL-SISI" spell one name; the first record (a curated one) wins.
        if person_key(p) in people_keys:
            continue
        people_keys.add(person_key(p))
        name = display(p)
        lines.append("P\t%s\t%s\t\t%s" % (cc, name, ";".join(article_variants(name))))
    for w, n in sorted(given.items()):
        if n >= 2:
            lines.append("G\t%s" % display(w))
    for p, code in sorted(agents.items()):
        lines.append("A\t%s\t%s" % (p, code))

    os.makedirs(os.path.dirname(OUT), exist_ok=True)
    with open(OUT, "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")
    kinds = collections.Counter(l[0] for l in lines if not l.startswith("#"))
    print("wrote %s: %d bytes, %s" % (OUT, os.path.getsize(OUT), dict(kinds)))


if __name__ == "__main__":
    main()
