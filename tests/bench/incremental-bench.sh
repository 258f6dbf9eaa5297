#!/usr/bin/env bash
# Incremental ingest benchmark (issue 16, docs/benchmarks.md): a lake of BATCHES generic long CSVs of 1,000 rows each
# (season INC; 40 projects x 5 judges x 5 criteria per file) landed by one ingest, then RUNS new 1,000-row files
# ingested one at a time, each timed (wall, peak RSS) with GNU time. Prints each run and the median.
#   usage: tests/bench/incremental-bench.sh [BATCHES=100] [RUNS=3]      (BENCH_DIR overrides /tmp/insights-incremental)
# With FROM=DIR (a folder holding lake/ and warehouse.duckdb, e.g. ingest-bench.sh's /tmp/insights-bench after its 10 M
# run) the lake is a copy of that one instead of BATCHES files; one new file is ingested untimed first, so that the
# warehouse holds this version's record of the seasons that passed their data tests, then RUNS files are timed.
set -euo pipefail
batches="${1:-100}"
runs="${2:-3}"
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
dir="${BENCH_DIR:-/tmp/insights-incremental}"
command -v /usr/bin/time >/dev/null || { echo "needs GNU time (apt-get install time)" >&2; exit 2; }
"$root/insights" --help >/dev/null        # builds the CLI when needed
dll="$root/.build/cli/insights.dll"
export INSIGHTS_PII_KEY="${INSIGHTS_PII_KEY:-benchmark-key-not-secret-0123456789}"
rm -rf "$dir" && mkdir -p "$dir/lake-files" "$dir/new"

# One file: 40 projects x 5 judges x 5 criteria, ids unique to the file so that no key repeats across files.
write() {  # write FILE INDEX
  awk -v f="$2" 'BEGIN {
    print "season,stage,track,panel,judge,project,criterion,score,max_score";
    split("solution data_elements application_value business_model team", c, " ");
    for (p = 1; p <= 40; p++) for (j = 1; j <= 5; j++) for (k = 1; k <= 5; k++)
      printf "INC,written,T%02d,P%d,J%d-%d,F%d-P%d,%s,%d,100\n", (f % 12) + 1, f, f, j, f, p, c[k], (f * 7 + p * 3 + j * 5 + k) % 101 }' > "$1"
}
# Files of another lake may hold any index: the new ones start far from the generated ones.
first="$batches"; [ -n "${FROM:-}" ] && first=$((1000000 + RANDOM))
for i in $(seq "$runs"); do write "$dir/new/n$i.csv" "$((first + i))"; done
if [ -n "${FROM:-}" ]; then
  cp -r "$FROM/lake" "$dir/lake" && cp "$FROM/warehouse.duckdb" "$dir/W.duckdb"
  write "$dir/settle.csv" "$first"
  dotnet "$dll" ingest "$dir/settle.csv" --warehouse "$dir/W.duckdb" --lake "$dir/lake" --season INC --json > /dev/null || true
  label() { echo "the lake of $FROM + $(( $1 - 1 )) new batches"; }
else
  for i in $(seq "$batches"); do write "$dir/lake-files/b$i.csv" "$i"; done
  dotnet "$dll" ingest "$dir/lake-files" --warehouse "$dir/W.duckdb" --lake "$dir/lake" --season INC --json > /dev/null || true
  label() { echo "a lake of $(( batches + $1 - 1 )) batches"; }
fi
times=()
for i in $(seq "$runs"); do
  /usr/bin/time -f "%e %M" -o "$dir/run.time" dotnet "$dll" ingest "$dir/new/n$i.csv" --warehouse "$dir/W.duckdb" --lake "$dir/lake" --season INC --json > "$dir/run.json" || true
  read -r t m < "$dir/run.time"; times+=("$t")
  grep -q '"status": "landed"' "$dir/run.json" || { echo "run $i: the file did not land as a new batch (already in the lake?): not a measurement" >&2; exit 1; }
  tests="$(tr -d '\n ' < "$dir/run.json" | grep -oE '"datatests":[0-9.]+' | head -1 || true)"
  carried="$(tr -d '\n ' < "$dir/run.json" | grep -oE '"data_tests_carried":\[[^]]*\]' | head -1 || true)"
  echo "run $i  one 1,000-row batch into $(label "$i"): $t s, peak RSS $((m / 1024)) MiB ($tests s, $carried)"
done
printf '%s\n' "${times[@]}" | sort -g | awk '{a[NR]=$1} END {printf "median: %.2f s\n", (NR % 2) ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2}'
