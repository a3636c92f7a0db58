"""Per-article instruction counts from two cachegrind runs of `Newswire.ExtractionStages --passes N` (see icount.sh).

usage: python3 icount.py RUN0.out RUN10.out ARTICLES [TOP]
Prints instructions per article (the 10 extra passes over ARTICLES articles), with and without the garbage
collector's own functions (its cost depends on the gen0 budget, which valgrind's cache model changes), and the
TOP functions by self cost.
"""
import collections
import re
import sys

GC = re.compile(r"^(WKS|SVR)::")


def costs(path):
    per_fn = collections.Counter()
    fn = None
    with open(path, errors="replace") as f:
        for line in f:
            if line.startswith("fn="):
                fn = line[3:].strip()
            elif line[:1].isdigit() and fn is not None:
                parts = line.split()
                if len(parts) >= 2:
                    per_fn[fn] += int(parts[1])
    return per_fn


def main():
    base, more, articles = costs(sys.argv[1]), costs(sys.argv[2]), int(sys.argv[3])
    top = int(sys.argv[4]) if len(sys.argv) > 4 else 0
    units = 10 * articles
    diff = {fn: more[fn] - base[fn] for fn in set(base) | set(more)}
    total = sum(diff.values())
    gc = sum(c for fn, c in diff.items() if GC.match(fn))
    print(f"per article: {total / units:,.0f} instructions, {(total - gc) / units:,.0f} without the GC ({gc / units:,.0f})")
    for fn, c in sorted(diff.items(), key=lambda kv: -kv[1])[:top]:
        print(f"{c / units:>12,.0f}  {c / total * 100:5.2f}%  {fn[:140]}")


if __name__ == "__main__":
    main()
