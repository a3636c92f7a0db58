#!/usr/bin/env bash
# Quality on every shared gold set, through the CLI export and the shared scorers (../shared/eval/README.md).
# Usage: tools/quality.sh [out-dir]   (needs ../shared beside the repository; the product itself does not)
set -euo pipefail
cd "$(dirname "$0")/.."
shared=../shared/eval
out=${1:-/tmp/newswire-quality}
[ -d "$shared" ] || { echo "no $shared beside the repository" >&2; exit 1; }
mkdir -p "$out"
dotnet build -c Release src/Newswire.Cli 2>&1 | grep -E "rror\(s\)"
x() { dotnet run -c Release --no-build --project src/Newswire.Cli -- extract "$1" --format json > "$2"; }
x ../shared/seeds "$out/seeds.json"
echo "== seeds"; python3 $shared/score.py $shared/seeds.gold.json "$out/seeds.json" | tail -6
for s in names mentions; do
  x $shared/dev/$s/docs "$out/$s.json"
  echo "== dev/$s"; python3 $shared/score_mentions.py $shared/dev/$s/gold.json "$out/$s.json" | tail -8
done
x $shared/dev/events-news/docs "$out/events-news.json"
echo "== dev/events-news"; python3 $shared/score_events.py $shared/dev/events-news/gold.json "$out/events-news.json" | tail -2
x $shared/dev/events/docs "$out/events.json"
echo "== dev/events (PETRARCH): real actors, then all"
python3 $shared/score_events.py $shared/dev/events/gold.json "$out/events.json" --no-fictional | tail -1
python3 $shared/score_events.py $shared/dev/events/gold.json "$out/events.json" | tail -1
