#!/usr/bin/env bash
# The judging plan measured through analyze: for each seed, a clean default season is generated and analysed as the
# generator seats it (expert groups, 3-5 judges per project); `insights plan --stage written` plans its written
# review from the warehouse with 4 judges per project (the generator gives 3-5, 3.9 on average: about the same
# number of sheets); the season is generated again under the plan and under the plan's random baseline (the
# same loads, random seats), each ingested and analysed. tests/bench/plan-sim.py then compares the written review's
# judge severities with the truth and the SEs analyze reports.
#   usage: tests/bench/plan-sim.sh [WORK_DIR] [SEEDS...]   (default /tmp/plan-sim, seeds 101 102 103)
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
work="${1:-/tmp/plan-sim}"; shift || true
seeds=("${@:-101 102 103}"); seeds=(${seeds[*]})
cli="$root/insights"
"$cli" --help >/dev/null
for seed in "${seeds[@]}"; do
  d="$work/s$seed"; rm -rf "$d"; mkdir -p "$d"
  run() { # design source-folder
    local design=$1 src=$2
    "$cli" ingest "$src" --warehouse "$d/$design/warehouse.duckdb" --json >"$d/$design/ingest.json" 2>"$d/$design/ingest.log" || [ $? -eq 1 ]
    "$cli" analyze --warehouse "$d/$design/warehouse.duckdb" --out "$d/$design/analysis" --resamples 50 --json >"$d/$design/analyze.json" 2>"$d/$design/analyze.log" || [ $? -eq 1 ]
  }
  mkdir -p "$d/groups" "$d/plan" "$d/random"
  "$cli" generate --clean --seed "$seed" --out "$d/groups/src" --truth "$d/truth" >/dev/null 2>&1
  run groups "$d/groups/src"
  "$cli" plan --warehouse "$d/groups/warehouse.duckdb" --stage written --per-project 4 --seed "$seed" --out "$d/planfiles" >"$d/plan.log" 2>&1
  "$cli" generate --clean --seed "$seed" --plan "$d/planfiles/assignments.csv" --out "$d/plan/src" --truth "$d/plan/truth" >/dev/null 2>&1
  run plan "$d/plan/src"
  "$cli" generate --clean --seed "$seed" --plan "$d/planfiles/random/assignments.csv" --out "$d/random/src" --truth "$d/random/truth" >/dev/null 2>&1
  run random "$d/random/src"
  echo "seed $seed done" >&2
done
python3 "$root/tests/bench/plan-sim.py" "$work"
