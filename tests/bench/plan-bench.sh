#!/usr/bin/env bash
# Planning at scale: a clean season of 20,000 projects (the generator seats about 1,000 judges for it) is generated
# and ingested once, then `insights plan --stage all` runs RUNS times (default 3); the wall times and their median go
# to stdout, with the peak resident memory of each run when GNU time is installed.
#   usage: tests/bench/plan-bench.sh [WORK_DIR] [PROJECTS] [RUNS]
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
work="${1:-/tmp/plan-bench}"; projects="${2:-20000}"; runs="${3:-3}"
cli="$root/insights"
"$cli" --help >/dev/null
if [ ! -f "$work/warehouse.duckdb" ]; then
  rm -rf "$work"; mkdir -p "$work"
  "$cli" generate --clean --projects "$projects" --seed 1 --out "$work/src" --truth "$work/truth" >/dev/null 2>&1
  "$cli" ingest "$work/src" --warehouse "$work/warehouse.duckdb" --json >/dev/null 2>"$work/ingest.log" || [ $? -eq 1 ]
fi
times=()
for i in $(seq 1 "$runs"); do
  start=$(date +%s.%N)
  if [ -x /usr/bin/time ]; then
    /usr/bin/time -f "peak_rss_kb %M" -o "$work/time-$i.txt" "$cli" plan --warehouse "$work/warehouse.duckdb" --stage all --out "$work/plan-$i" >"$work/plan-$i.log" 2>&1
  else
    "$cli" plan --warehouse "$work/warehouse.duckdb" --stage all --out "$work/plan-$i" >"$work/plan-$i.log" 2>&1
  fi
  end=$(date +%s.%N)
  t=$(python3 -c "print(f'{$end - $start:.1f}')")
  times+=("$t")
  echo "run $i: ${t} s $(cat "$work/time-$i.txt" 2>/dev/null || true)"
done
grep -h "赛季 / season" "$work/plan-1.log" || true
python3 -c "import statistics,sys; print('median', statistics.median(map(float, sys.argv[1:])), 's')" "${times[@]}"
