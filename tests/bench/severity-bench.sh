#!/usr/bin/env bash
# Severity benchmark (docs/benchmarks.md): the crossed random-effects REML fit of SeverityModel.Fit against R's lme4 on
# lme4's own InstEval data (73,421 ratings, 2,972 students s x 1,128 lecturers d; lecturers as judges, students as
# projects, one criterion), in the same session on the same machine. R exports InstEval (y, s, d) to a CSV and times
# lmer(y ~ 1 + (1|s) + (1|d)) and ranef(condVar = TRUE), RUNS times each; then the C# program times the fit
# (conditional variances included) RUNS times after one warm-up, and compares the estimates with lme4's.
#   usage: tests/bench/severity-bench.sh [RUNS=5]      (BENCH_DIR overrides /tmp/insights-bench)
set -euo pipefail
runs="${1:-5}"
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
dir="${BENCH_DIR:-/tmp/insights-bench}"
command -v Rscript >/dev/null || { echo "needs R with lme4 (Rscript)" >&2; exit 2; }
mkdir -p "$dir"
dotnet build "$root/tests/bench/SeverityBench/SeverityBench.csproj" -c Release -o "$dir/severity-bench" --nologo -v q >/dev/null

echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), load average $(cut -d' ' -f1-3 /proc/loadavg)"
Rscript "$root/tests/bench/severity-lme4.R" "$dir" "$runs"
dotnet "$dir/severity-bench/SeverityBench.dll" --csv "$dir/insteval.csv" --judge d --project s --score y --runs "$runs" --reference "$dir"
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
