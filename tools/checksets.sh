#!/usr/bin/env bash
# Scores the invented check sets kept in the test project (gold written before the extractor ran) through the CLI
# export and ../shared/eval/score.py: one line per set with actors typed F1, countries, events F1 and metadata.
# Usage: tools/checksets.sh [out-dir]   (needs ../shared/eval/score.py; builds the CLI in Release)
set -euo pipefail
cd "$(dirname "$0")/.."
score=../shared/eval/score.py
out=${1:-/tmp/newswire-checksets}
[ -f "$score" ] || { echo "no $score beside the repository" >&2; exit 1; }
mkdir -p "$out"
dotnet build -c Release src/Newswire.Cli 2>&1 | grep -E "rror\(s\)"
printf '%-28s %-8s %-12s %-8s %s\n' set actors countries events metadata
for gold in $(find tests/Newswire.Extraction.Tests -name gold.json -not -path "*/bin/*" -not -path "*/obj/*" | sort); do
  dir=$(dirname "$gold")
  name=$(echo "${dir#tests/Newswire.Extraction.Tests/}" | tr / -)
  dotnet run -c Release --no-build --project src/Newswire.Cli -- extract "$dir" --format json > "$out/$name.json"
  if ! python3 "$score" "$gold" "$out/$name.json" > "$out/$name.txt" 2>&1; then
    printf '%-28s (not in score.py'"'"'s gold format)\n' "$name"; continue
  fi
  f1() { grep -E "^$1" "$out/$name.txt" | grep -oE 'F1=[0-9.]+' | head -1 | cut -d= -f2; }
  countries=$(grep -oE 'actor countries right: [0-9]+/[0-9]+' "$out/$name.txt" | grep -oE '[0-9]+/[0-9]+' || true)
  metadata=$(grep -oE 'metadata fields right: [0-9]+/[0-9]+' "$out/$name.txt" | grep -oE '[0-9]+/[0-9]+' || true)
  events=$(f1 'events:')
  # A set without event gold (the actor sets) has no event score, not 0.
  python3 -c 'import json,sys; sys.exit(any(a.get("events") for a in json.load(open(sys.argv[1]))["articles"]))' "$gold" && events=-
  printf '%-28s %-8s %-12s %-8s %s\n' "$name" "$(f1 'actors typed')" "$countries" "$events" "$metadata"
done
