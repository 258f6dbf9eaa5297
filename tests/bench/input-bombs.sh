#!/usr/bin/env bash
# Peak memory of `insights ingest` on the hostile inputs of tests/bench/input-bombs.py (docs/ingest.md, "Limits on
# input"): each bomb folder (the bomb beside a good file) is ingested into a fresh lake and warehouse under
# /usr/bin/time -v; prints the exit code, the peak resident set size, the wall time and each file's status.
#
#   tests/bench/input-bombs.sh [FOLDER...]        # default: sst header record columns seasons
#   INSIGHTS_CLI="dotnet /tmp/old/insights.dll" tests/bench/input-bombs.sh sst   # another build, e.g. an older commit
#
# Needs python3 and /usr/bin/time (Debian package `time`). Before the limits, some of these take many gigabytes:
# run one at a time on a shared machine.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cli="${INSIGHTS_CLI:-$root/insights}"
work="$(mktemp -d /tmp/insights-bombs.XXXXXX)"
trap 'rm -rf "$work"' EXIT
export INSIGHTS_PII_KEY="${INSIGHTS_PII_KEY:-input-bombs-bench-key-0123456789}"

python3 "$root/tests/bench/input-bombs.py" "$work/in"
folders=("$@")
(( ${#folders[@]} > 0 )) || folders=(sst header record columns seasons)
printf '%-8s %4s %12s %9s  %s\n' bomb exit "peak RSS MB" "wall" files
for name in "${folders[@]}"; do
  out="$work/out-$name"
  mkdir -p "$out"
  set +e
  /usr/bin/time -v $cli ingest "$work/in/$name" --warehouse "$out/W.duckdb" --json >"$out/summary.json" 2>"$out/stderr.txt"
  code=$?
  set -e
  rss_kb="$(grep -oP 'Maximum resident set size \(kbytes\): \K[0-9]+' "$out/stderr.txt" || echo 0)"
  wall="$(grep -oP 'Elapsed \(wall clock\) time \(h:mm:ss or m:ss\): \K\S+' "$out/stderr.txt" || echo '?')"
  files="$(python3 -c 'import json,sys
try:
    d = json.load(open(sys.argv[1]))
    print(" ".join(f["file"] + "=" + f["status"] for f in d["files"]))
    for f in d["files"]:
        if f.get("error_en"):
            print("    " + f["file"] + ": " + f["error_en"][:300])
except Exception:
    lines = [l for l in open(sys.argv[2]).read().splitlines() if "exception" in l.lower() or "error" in l.lower()]
    print("(no JSON summary: " + (lines[0].strip()[:140] if lines else "?") + ")")' "$out/summary.json" "$out/stderr.txt")"
  printf '%-8s %4s %12s %9s  %s\n' "$name" "$code" "$((rss_kb / 1024))" "$wall" "$files"
done
