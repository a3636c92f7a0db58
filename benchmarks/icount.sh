#!/usr/bin/env bash
# Load-independent cost of full extraction: instructions per article, counted by valgrind on a NativeAOT build of
# benchmarks/ExtractionStages (docs/measurements.md, session 15, says why not the JIT under valgrind: there most
# methods are compiled MinOpts, so the counts are of code that never runs outside valgrind).
#
#   benchmarks/icount.sh DIR [DIR...]            # publish this tree's harness, then count each DIR
#   TOP=40 benchmarks/icount.sh DIR              # also the 40 costliest functions (self instructions)
#   BIN=/tmp/a/Newswire.ExtractionStages benchmarks/icount.sh DIR   # count a build published earlier
#
# Each DIR is run with --passes 0 and --passes 10 under cachegrind; the difference over 10 x articles is the steady
# per-article cost (model and lexicon loading cancel out). The GC's own functions are reported apart: valgrind's
# cache model changes the gen0 budget, so its share there is not the native one (natively ~0.1 % of the time).
set -euo pipefail

REPO="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
OUT="${OUT:-$REPO/artifacts/icount}"
mkdir -p "$OUT"
if [ -z "${BIN:-}" ]; then
  dotnet publish "$REPO/benchmarks/ExtractionStages" -c Release -r linux-x64 -p:NewswireAot=true -p:StripSymbols=false \
    -o "$OUT/aot" -v q -nologo >"$OUT/publish.log" 2>&1 || { tail -20 "$OUT/publish.log"; exit 1; }
  # valgrind 3.19 cannot read the DWARF 5 debug info; the symbol table (function names) stays.
  strip --strip-debug "$OUT/aot/Newswire.ExtractionStages"
  rm -f "$OUT/aot/"*.dbg
  BIN="$OUT/aot/Newswire.ExtractionStages"
fi

for dir in "$@"; do
  n=$(find "$dir" -name '*.txt' | wc -l)
  for passes in 0 10; do
    valgrind --tool=cachegrind --cache-sim=no --cachegrind-out-file="$OUT/cg.$passes.out" "$BIN" --passes "$passes" "$dir" \
      >"$OUT/valgrind.$passes.log" 2>&1 || { tail -20 "$OUT/valgrind.$passes.log"; exit 1; }
  done
  echo "== $dir ($n articles)"
  python3 "$REPO/benchmarks/icount.py" "$OUT/cg.0.out" "$OUT/cg.10.out" "$n" "${TOP:-0}"
  grep -h '^allocated:' "$OUT/valgrind.10.log" || true
done
