#!/usr/bin/env bash
# Build benchmark for issue 4: `dotnet build` wall time and peak memory of a consumer project with
# 0, 1,000 and 10,000 synthetic articles and with 100 MB of article text, then runs each consumer once.
#
#   benchmarks/build-bench.sh                 # all cases
#   CASES="0 1000" benchmarks/build-bench.sh  # some cases (a number of articles, or "100mb")
#   OUT=/tmp/nw-bench benchmarks/build-bench.sh
#   REPEAT=5 benchmarks/build-bench.sh       # measured builds per case (default 3); the median wall time is reported
#
# Consumers reference the generator from source, as samples/NewsExplorer does (Newswire.Analyzer.props +
# buildTransitive/Newswire.targets), and are written under $OUT (default artifacts/build-bench, git-ignored).
# Each case: restore + one warm-up build (also builds the generator), then obj/bin of the consumer are removed
# and the measured build compiles the consumer from scratch (BuildProjectReferences=false: the generator is already built). The measured build runs with
# UseSharedCompilation=false and nodeReuse:false so the compiler is a child process and its memory is counted
# ("Maximum resident set size" of /usr/bin/time -v = the largest process of the build, i.e. csc).
set -euo pipefail

REPO="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
OUT="${OUT:-$REPO/artifacts/build-bench}"
CASES="${CASES:-0 1000 10000 100mb}"
SEED="${SEED:-42}"
CONFIG="${CONFIG:-Release}"
REPEAT="${REPEAT:-3}"
mkdir -p "$OUT"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

if [ -x /usr/bin/time ]; then TIMER=(/usr/bin/time -v); else TIMER=(); fi

echo "machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.1f GB", $2/1048576}' /proc/meminfo), $(uname -sr), dotnet $(dotnet --version)"
echo "building CorpusMaker..."
dotnet build -c Release "$REPO/tools/CorpusMaker/CorpusMaker.csproj" -v q -nologo >/dev/null
MAKER="$REPO/tools/CorpusMaker/bin/Release/net10.0/CorpusMaker.dll"

write_consumer() {
  local dir="$1"
  mkdir -p "$dir/news"
  cat > "$dir/Consumer.csproj" <<XML
<Project Sdk="Microsoft.NET.Sdk">
  <Import Project="$REPO/src/Newswire.Generators/Newswire.Analyzer.props" />
  <PropertyGroup>
    <OutputType>Exe</OutputType>
    <TargetFramework>net10.0</TargetFramework>
    <RootNamespace>Consumer</RootNamespace>
    <Nullable>enable</Nullable>
    <GenerateDocumentationFile>true</GenerateDocumentationFile>
    <TreatWarningsAsErrors>true</TreatWarningsAsErrors>
    <!-- The 0-article case is an empty project on purpose (NEWS014 warns about that). -->
    <NoWarn>\$(NoWarn);NEWS014</NoWarn>
  </PropertyGroup>
  <ItemGroup>
    <Article Include="news/**/*.txt" />
  </ItemGroup>
  <Import Project="$REPO/src/Newswire.Generators/buildTransitive/Newswire.targets" />
</Project>
XML
  cat > "$dir/Program.cs" <<'CS'
using System;
using System.Diagnostics;
using System.Linq;

namespace Consumer
{
    /// <summary>Loads the compiled dataset and reads every article's text.</summary>
    public static class Program
    {
        /// <summary>Entry point.</summary>
        public static int Main()
        {
            var sw = Stopwatch.StartNew();
            var articles = News.Articles.All;
            long chars = articles.Sum(a => (long)a.Text.Length);
            Console.WriteLine($"articles={articles.Count} actors={News.Actors.All.Count} events={News.Events.All.Count} chars={chars} load_ms={sw.ElapsedMilliseconds} peak_mb={Process.GetCurrentProcess().PeakWorkingSet64 / 1048576}");
            return 0;
        }
    }
}
CS
}

declare -A WALL RSS RUN GEN ALL
for c in $CASES; do
  dir="$OUT/consumer-$c"
  rm -rf "$dir"
  write_consumer "$dir"
  case "$c" in
    0) ;;
    *mb) dotnet "$MAKER" --total-mb "${c%mb}" --seed "$SEED" --out "$dir/news" ;;
    *) dotnet "$MAKER" --count "$c" --seed "$SEED" --out "$dir/news" ;;
  esac
  echo "== $c: restore + warm-up build"
  dotnet restore "$dir/Consumer.csproj" -v q -nologo >/dev/null
  dotnet build "$dir/Consumer.csproj" -c "$CONFIG" --no-restore -v q -nologo -p:UseSharedCompilation=false >/dev/null 2>"$dir/warmup.err" || { echo "warm-up build failed:"; tail -20 "$dir/warmup.err"; }
  echo "== $c: measured builds (x$REPEAT)"
  walls=(); rss_max=0; rc=0
  for r in $(seq 1 "$REPEAT"); do
    rm -rf "$dir/bin" "$dir/obj/$CONFIG"
    start=$(date +%s.%N)
    set +e
    "${TIMER[@]}" -o "$dir/time.txt" dotnet build "$dir/Consumer.csproj" -c "$CONFIG" --no-restore -nologo -v q -nodeReuse:false -p:UseSharedCompilation=false -p:BuildProjectReferences=false >"$dir/build.log" 2>&1
    rc=$?
    set -e
    end=$(date +%s.%N)
    walls+=("$(awk -v s="$start" -v e="$end" 'BEGIN { printf "%.1f", e - s }')")
    if [ -f "$dir/time.txt" ]; then
      rss=$(awk -F: '/Maximum resident set size/ { printf "%.0f", $2/1024 }' "$dir/time.txt")
      [ "$rss" -gt "$rss_max" ] && rss_max=$rss
    fi
    [ $rc -ne 0 ] && break
  done
  WALL[$c]=$(printf '%s\n' "${walls[@]}" | sort -n | awk '{ a[NR] = $1 } END { print a[int((NR + 1) / 2)] }')
  ALL[$c]="${walls[*]}"
  RSS[$c]=$rss_max
  if [ $rc -ne 0 ]; then
    echo "build failed (exit $rc):"; grep -E "error|CS8103" "$dir/build.log" | head -10
    RUN[$c]="build failed"
  else
    RUN[$c]=$(dotnet "$dir/bin/$CONFIG/net10.0/Consumer.dll" 2>&1 | tail -1)
  fi
  GEN[$c]=$(du -sm "$dir/news" | cut -f1)
  echo "   wall ${WALL[$c]} s (median of: ${ALL[$c]}), peak RSS ${RSS[$c]} MB; run: ${RUN[$c]}"
done

echo
echo "| Case | Article files on disk (MB) | dotnet build wall, median (s) | All runs (s) | Peak RSS (MB) | Run |"
echo "|---|---:|---:|---|---:|---|"
for c in $CASES; do
  echo "| $c | ${GEN[$c]} | ${WALL[$c]} | ${ALL[$c]} | ${RSS[$c]} | ${RUN[$c]} |"
done
if [ -n "${WALL[0]:-}" ] && [ -n "${WALL[1000]:-}" ]; then
  awk -v a="${WALL[1000]}" -v b="${WALL[0]}" 'BEGIN { printf "\noverhead of 1,000 articles over 0: %.1f s (target <= 5 s)\n", a - b }'
fi
