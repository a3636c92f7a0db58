#!/usr/bin/env python3
"""Lists C# files over ~400 lines, methods over ~80 lines and methods with a branch complexity over 25 (the code
standard's limits), as a quick text scan.

    python3 tools/method-sizes.py [folder ...]        (default: src)

The rule itself is a test that runs in `dotnet test` and counts with Roslyn's syntax tree:
`tests/Newswire.Generators.Tests/Architecture/CodeStandardTests.cs` (`CodeMeasure` defines what counts; known
offenders, a list that may only shrink, are in `known-long-methods.txt` beside it). This script agrees with it on
the limits and the `// Size:` rule; its complexity is a rough regex count (1 + if/case/for/foreach/while/do/catch/
when/&&/||/??/?:) and may differ by a few from the test's.

A file or method may go over with a reason: a comment starting with `// Size:` in the file's first 20 lines
(for the file) or in the 3 lines above the method (for the method). Those are listed as "(reason given)".
Methods are found by a text scan (a signature line, then its brace block), good enough for this code base:
local functions count inside their method, expression-bodied members are one statement and never listed.
"""
import os
import re
import sys

FILE_LIMIT = 400
METHOD_LIMIT = 80
COMPLEXITY_LIMIT = 25
DECISION = re.compile(r"\b(if|case|for|foreach|while|do|catch|when)\b|&&|\|\||\?\?|(?<![?\w])\?(?![?.\[])")
SIGNATURE = re.compile(
    r"^\s*(?:\[[^\]]*\]\s*)*(?:(?:public|private|protected|internal|static|override|virtual|sealed|async|unsafe|"
    r"extern|new|partial|abstract|readonly)\s+)+[\w<>\[\],.?() ]+?\b(\w+)\s*(?:<[^>]*>)?\s*\([^;]*$")


def blocks(lines):
    """Yields (name, first line, line count) for each method whose body is a brace block."""
    i = 0
    while i < len(lines):
        m = SIGNATURE.match(lines[i])
        if not m or "=>" in lines[i] or re.match(r"^\s*(?:.*\s)?(?:class|struct|record|interface|enum)\s", lines[i]):
            i += 1
            continue
        j = i
        while j < len(lines) and "{" not in lines[j] and "=>" not in lines[j] and not lines[j].rstrip().endswith(";"):
            j += 1
        if j >= len(lines) or "{" not in lines[j]:
            i += 1
            continue
        depth = 0
        k = j
        while k < len(lines):
            depth += lines[k].count("{") - lines[k].count("}")
            if depth <= 0:
                break
            k += 1
        yield m.group(1), i + 1, k - i + 1
        i += 1


def complexity(lines, line, count):
    body = "\n".join(lines[line - 1:line - 1 + count])
    body = re.sub(r"//.*", "", body)
    body = re.sub(r'@?"(?:[^"\\]|\\.)*"', '""', body)
    body = re.sub(r"'(?:[^'\\]|\\.)'", "''", body)
    return 1 + len(DECISION.findall(body))


def has_reason(lines, start, end):
    return any(line.strip().startswith("// Size:") for line in lines[max(0, start):end])


def main(folders):
    over_files, over_methods, complex_methods = [], [], []
    for folder in folders:
        for root, dirs, files in os.walk(folder):
            dirs[:] = [d for d in dirs if d not in ("bin", "obj")]
            for name in sorted(files):
                if not name.endswith(".cs"):
                    continue
                path = os.path.join(root, name)
                with open(path, encoding="utf-8-sig") as f:
                    lines = f.read().split("\n")
                if len(lines) > FILE_LIMIT:
                    over_files.append((len(lines), path, has_reason(lines, 0, 20)))
                for method, line, count in blocks(lines):
                    if count > METHOD_LIMIT:
                        over_methods.append((count, f"{path}:{line} {method}", has_reason(lines, line - 4, line - 1)))
                    c = complexity(lines, line, count)
                    if c > COMPLEXITY_LIMIT:
                        complex_methods.append((c, f"{path}:{line} {method}"))
    print(f"Files over {FILE_LIMIT} lines:")
    for n, path, reason in sorted(over_files, reverse=True):
        print(f"  {n:5} {path}" + ("  (reason given)" if reason else ""))
    print(f"Methods over {METHOD_LIMIT} lines:")
    for n, where, reason in sorted(over_methods, reverse=True):
        print(f"  {n:5} {where}" + ("  (reason given)" if reason else ""))
    print(f"Methods over branch complexity {COMPLEXITY_LIMIT} (no reason lifts this; local functions counted in):")
    for n, where in sorted(complex_methods, reverse=True):
        print(f"  {n:5} {where}")


if __name__ == "__main__":
    main(sys.argv[1:] or ["src"])
