#!/usr/bin/env bash
# Analyze benchmark (issue target: a national-scale season, 100,000 projects and 5 million scores, analysed in under
# 60 s on 2 cores and under 4 GB; docs/benchmarks.md "Analyze at national scale"). Builds the data under BENCH_DIR
# (never in the repo), ingests it once, then runs `insights analyze` RUNS times without the warehouse write
# (--no-warehouse) and RUNS times with it, alternating, each under GNU time. Prints each run's wall time, CPU time
# and peak RSS, then the medians.
#   usage: tests/bench/analyze-bench.sh [PROJECTS=100000] [RUNS=3] [SHAPE=long|generate]
#     long      `insights bench analyze-csv`: one generic long CSV, 12 tracks of written-review groups of 20 judges
#               sharing ~300 projects, 10 judges x 5 criteria per project (100,000 projects = 5,000,000 marks)
#     generate  `insights generate --projects PROJECTS --seed 7`: the full simulated season (~28 marks per project)
#   BENCH_DIR overrides /tmp/insights-analyze-bench. Needs GNU time for the peak RSS: installed with apt-get when
#   missing and running as root (the `time` package), else the script stops.
set -euo pipefail
projects="${1:-100000}"
runs="${2:-3}"
shape="${3:-long}"
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
dir="${BENCH_DIR:-/tmp/insights-analyze-bench}"
if [[ ! -x /usr/bin/time ]]; then
  if [[ "$(id -u)" == 0 ]] && command -v apt-get >/dev/null; then
    echo "installing GNU time (apt-get install time) for the peak RSS" >&2
    apt-get install -y -qq time >/dev/null
  else
    echo "needs GNU time (apt-get install time)" >&2; exit 2
  fi
fi
"$root/insights" --help >/dev/null        # builds the CLI when needed
dll="$root/.build/cli/insights.dll"
export INSIGHTS_PII_KEY="${INSIGHTS_PII_KEY:-benchmark-key-not-secret-0123456789}"
mkdir -p "$dir"

case "$shape" in
  long)
    source="$dir/natl-$projects.csv"
    [[ -f "$source" ]] || dotnet "$dll" bench analyze-csv --projects "$projects" --out "$source" ;;
  generate)
    source="$dir/generated-$projects"
    [[ -d "$source" ]] || dotnet "$dll" generate --projects "$projects" --seed 7 --out "$source" >/dev/null ;;
  *) echo "SHAPE is long or generate" >&2; exit 2 ;;
esac

warehouse="$dir/warehouse-$shape-$projects.duckdb"
if [[ ! -f "$warehouse" ]]; then
  rm -rf "$dir/lake-$shape-$projects"
  start=$(date +%s.%N)
  dotnet "$dll" ingest "$source" --warehouse "$warehouse" --lake "$dir/lake-$shape-$projects" --json > "$dir/ingest-$shape-$projects.json" || [[ $? == 1 ]]
  echo "ingest (once, not timed by the target): $(awk -v s="$start" -v e="$(date +%s.%N)" 'BEGIN {printf "%.1f", e - s}') s"
fi

plain=(); plain_rss=(); written=(); written_rss=()
run() {  # $1 label, then the analyze options; sets t and m
  local label="$1"; shift
  rm -rf "$dir/out"
  # exit 1 is a finished analysis with error-level findings (the generated season plants some); 2 and up a failure
  local rc=0
  /usr/bin/time -f "%e %M %U %S" -o "$dir/analyze.time" dotnet "$dll" analyze --warehouse "$warehouse" --out "$dir/out" "$@" > "$dir/analyze.log" 2>&1 || rc=$?
  (( rc <= 1 )) || { tail -20 "$dir/analyze.log" >&2; exit 1; }
  read -r t m u s < <(tail -1 "$dir/analyze.time")   # GNU time puts "Command exited with non-zero status" first
  echo "run $i  $label  $t s wall, $(awk -v u="$u" -v s="$s" 'BEGIN {printf "%.1f", u + s}') s CPU, peak RSS $((m / 1024)) MiB"
}
for i in $(seq "$runs"); do
  run "analyze --no-warehouse:" --no-warehouse; plain+=("$t"); plain_rss+=("$m")
  run "analyze (+ warehouse): " ; written+=("$t"); written_rss+=("$m")
done

grep -oE '"(units|marks|judge_rows|panel_rows|project_rows|findings)": [0-9]+' "$dir/out/summary.json" | head -6 | tr '\n' ' ' | sed 's/"//g'; echo
median() { printf '%s\n' "$@" | sort -g | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2}'; }
awk -v a="$(median "${plain[@]}")" -v ar="$(median "${plain_rss[@]}")" -v b="$(median "${written[@]}")" -v br="$(median "${written_rss[@]}")" 'BEGIN {
  printf "median: analyze --no-warehouse %.1f s (%.2f of the 60 s target), peak RSS %.0f MiB; with the warehouse write %.1f s (%.2f), peak RSS %.0f MiB\n",
         a, a / 60, ar / 1024, b, b / 60, br / 1024 }'
