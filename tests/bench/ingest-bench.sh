#!/usr/bin/env bash
# Ingest benchmark (issue 3, docs/benchmarks.md): ROWS review scores in one generic long CSV, landed by the full
# validated ingest into lake and warehouse, against DuckDB's own read_csv of the same file into a table, in the same
# run on the same machine, alternating the two. Prints each run's wall time and peak RSS, then medians and the ratio.
#   usage: tests/bench/ingest-bench.sh [ROWS=10000000] [RUNS=3]      (BENCH_DIR overrides /tmp/insights-bench;
#          BULK=auto|always|never is passed to the ingest's --bulk, default auto: the 10 M-row file takes the bulk path)
set -euo pipefail
rows="${1:-10000000}"
runs="${2:-3}"
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
dir="${BENCH_DIR:-/tmp/insights-bench}"
command -v /usr/bin/time >/dev/null || { echo "needs GNU time (apt-get install time)" >&2; exit 2; }
"$root/insights" --help >/dev/null        # builds the CLI when needed
dll="$root/.build/cli/insights.dll"
mkdir -p "$dir"
csv="$dir/scores-$rows.csv"
[[ -f "$csv" ]] || dotnet "$dll" bench scores-csv --rows "$rows" --out "$csv"
export INSIGHTS_PII_KEY="${INSIGHTS_PII_KEY:-benchmark-key-not-secret-0123456789}"

ref_times=(); ingest_times=()
for i in $(seq "$runs"); do
  /usr/bin/time -f "%e %M" -o "$dir/ref.time" dotnet "$dll" bench duckdb-read-csv "$csv" --database "$dir/ref.duckdb" >/dev/null
  read -r t m < "$dir/ref.time"; ref_times+=("$t")
  echo "run $i  duckdb read_csv:  $t s, peak RSS $((m / 1024)) MiB"

  rm -rf "$dir/lake" "$dir/warehouse.duckdb"
  /usr/bin/time -f "%e %M" -o "$dir/ingest.time" dotnet "$dll" ingest "$csv" --warehouse "$dir/warehouse.duckdb" --lake "$dir/lake" --bulk "${BULK:-auto}" --json > "$dir/ingest.json" || true
  read -r t m < "$dir/ingest.time"; ingest_times+=("$t")
  build="$(grep -oE '"(lake|fact_score|data tests)": [0-9.]+' "$dir/ingest.json" | tr '\n' ' ')"
  landing="$(tr -d '\n' < "$dir/ingest.json" | grep -oE '"landed_by": "[a-z]+"|"bulk_seconds": \{[^}]*\}' | tr -s ' ' | tr '\n' ' ')"
  echo "run $i  insights ingest:  $t s, peak RSS $((m / 1024)) MiB   (warehouse steps: $build) (landing: $landing)"
  rm -f "$dir/ref.duckdb"
done

median() { printf '%s\n' "$@" | sort -g | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2}'; }
mr="$(median "${ref_times[@]}")"; mi="$(median "${ingest_times[@]}")"
awk -v r="$mr" -v i="$mi" -v n="$rows" 'BEGIN {
  printf "median: duckdb read_csv %.1f s (%.2f M rows/s), insights ingest %.1f s (%.2f M rows/s); ingest throughput = %.2f x duckdb\n",
         r, n / r / 1e6, i, n / i / 1e6, r / i }'
