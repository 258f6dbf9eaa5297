#!/usr/bin/env bash
# Dashboard load benchmark (issue 5, docs/benchmarks.md; not a timed test): a public track page under wrk.
# Targets: at 64 concurrent connections the 95th percentile latency is under 50 ms; 200 concurrent connections for
# 60 s without a single error (socket errors, timeouts over wrk's 2 s, or non-2xx answers).
# Prepares a default season's warehouse (insights run --no-serve), starts `insights serve` on a free loopback port,
# warms up, runs RUNS x (64 connections x 30 s, 200 connections x 60 s), prints p50/p95/p99, requests/s and errors
# per run and the medians, then stops the server. Traffic goes to 127.0.0.1 only and every run is bounded in time.
#   usage: tests/bench/dashboard-bench.sh [RUNS=3] [PATH=/tracks/T01]   (BENCH_DIR overrides /tmp/insights-dashboard-bench)
set -euo pipefail
runs="${1:-3}"
route="${2:-/tracks/T01}"
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
dir="${BENCH_DIR:-/tmp/insights-dashboard-bench}"
command -v wrk >/dev/null || { echo "needs wrk (apt-get install wrk)" >&2; exit 2; }
command -v curl >/dev/null || { echo "needs curl (apt-get install curl)" >&2; exit 2; }
"$root/insights" --help >/dev/null        # builds the CLI and the dashboard when needed
mkdir -p "$dir"
warehouse="$dir/warehouse.duckdb"
if [[ ! -f "$warehouse" ]]; then
  # Exit code 1 means the analysis found errors in the season (expected in generated data); the warehouse is there.
  "$root/insights" run --no-serve --data "$dir" >"$dir/run.log" 2>&1 || true
  [[ -f "$warehouse" ]] || { cat "$dir/run.log" >&2; echo "no warehouse in $dir" >&2; exit 1; }
fi

port=""
for p in $(seq 5180 5299); do
  if ! (exec 3<>"/dev/tcp/127.0.0.1/$p") 2>/dev/null; then port="$p"; break; fi
done
[[ -n "$port" ]] || { echo "no free port in 5180-5299" >&2; exit 1; }
base="http://127.0.0.1:$port"
"$root/insights" serve --warehouse "$warehouse" --urls "$base" >"$dir/serve.log" 2>&1 &
server=$!
stop() { kill "$server" 2>/dev/null || true; wait "$server" 2>/dev/null || true; }
trap stop EXIT
for _ in $(seq 120); do
  curl -fsS -o /dev/null "$base/healthz" 2>/dev/null && break
  sleep 0.5
done
curl -fsS -o /dev/null "$base$route" || { cat "$dir/serve.log" >&2; echo "the dashboard does not answer $base$route" >&2; exit 1; }

# wrk's --latency shows 50/75/90/99 only: the Lua hook prints p50, p95, p99 (ms), requests/s and every kind of error.
lua="$dir/report.lua"
cat >"$lua" <<'LUA'
done = function(summary, latency, requests)
  local e = summary.errors
  io.write(string.format("RESULT p50=%.2f p95=%.2f p99=%.2f rps=%.0f requests=%d errors=%d connect=%d read=%d write=%d timeout=%d status=%d\n",
    latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000,
    summary.requests / (summary.duration / 1e6), summary.requests,
    e.connect + e.read + e.write + e.timeout + e.status, e.connect, e.read, e.write, e.timeout, e.status))
end
LUA

echo "machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GiB", $2 / 1048576}' /proc/meminfo), $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)"
echo "target: $base$route (wrk 2 threads on the same machine as the server)"
wrk -t2 -c16 -d10s "$base$route" >/dev/null          # warm-up: JIT, caches
declare -A p95s p50s p99s errs
for i in $(seq "$runs"); do
  for spec in 64:30s 200:60s; do
    c="${spec%%:*}"; d="${spec##*:}"
    line="$(wrk -t2 -c"$c" -d"$d" -s "$lua" "$base$route" | grep '^RESULT')"
    echo "run $i  ${c} connections x $d: ${line#RESULT }"
    for k in p50 p95 p99 errors; do
      v="$(grep -oE "$k=[0-9.]+" <<<"$line" | cut -d= -f2)"
      case "$k" in p50) p50s[$c]+="$v ";; p95) p95s[$c]+="$v ";; p99) p99s[$c]+="$v ";; errors) errs[$c]+="$v ";; esac
    done
  done
done

median() { printf '%s\n' $@ | sort -g | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2}'; }
for c in 64 200; do
  total=0; for e in ${errs[$c]}; do total=$((total + ${e%.*})); done
  echo "median of $runs, $c connections: p50 $(median ${p50s[$c]}) ms, p95 $(median ${p95s[$c]}) ms, p99 $(median ${p99s[$c]}) ms; errors in all runs: $total"
done
