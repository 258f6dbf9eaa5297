#!/usr/bin/env bash
# The test command (README: `./insights test`): restores, checks formatting, builds, runs every test project,
# and prints one closing line "N passed, N failed". Installs what the tests need on a fresh machine.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"

command -v dotnet >/dev/null || { echo "需要 .NET 10 SDK / the .NET 10 SDK is required (dotnet not on PATH)" >&2; exit 1; }

# System packages the tests use; installed only when missing (root on the CI machines).
apt_needed=()
for pkg in $(grep -vE '^\s*(#|$)' "$root/tests/apt-packages.txt" 2>/dev/null || true); do
  dpkg -s "$pkg" >/dev/null 2>&1 || apt_needed+=("$pkg")
done
if (( ${#apt_needed[@]} > 0 )); then
  echo "== installing ${apt_needed[*]}"
  sudo_cmd=""; [[ $(id -u) -ne 0 ]] && sudo_cmd="sudo"
  $sudo_cmd apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq --no-install-recommends "${apt_needed[@]}"
fi

# The W3C Nu Html Checker (vnu.jar) the validity tests run, pinned in tests/tools/package-lock.json. Its install
# script (a Java download) is not run: the machine's Java (tests/apt-packages.txt) runs the jar.
if [[ ! -f "$root/tests/tools/node_modules/vnu-jar/build/dist/vnu.jar" || "$root/tests/tools/package-lock.json" -nt "$root/tests/tools/node_modules/.package-lock.json" ]]; then
  command -v npm >/dev/null || { echo "需要 Node.js 与 npm / Node.js and npm are required (to install tests/tools)" >&2; exit 1; }
  echo "== installing tests/tools (npm ci)"
  npm ci --prefix "$root/tests/tools" --ignore-scripts --no-audit --no-fund --loglevel=error
fi

echo "== restore"
dotnet restore Insights.sln --nologo -v q

echo "== format check (dotnet format --verify-no-changes)"
dotnet format Insights.sln --verify-no-changes --no-restore -v q
# The notebooks are file-based apps outside the solution: their whitespace, and their support project in full.
dotnet format whitespace --folder notebooks --verify-no-changes -v q
dotnet format notebooks/Support/Insights.Notebooks.csproj --verify-no-changes -v q

echo "== build"
dotnet build Insights.sln -c Release --no-restore --nologo -v q

# The CLI the tests run as a user would (exit codes, kill and resume) is the launcher's build: refresh it.
"$root/insights" --help >/dev/null

echo "== test"
results="$root/artifacts/test-results"
rm -rf "$results"
mkdir -p "$results"
set +e
dotnet test --solution Insights.sln -c Release --no-build --results-directory "$results" 2>&1 | tee "$results/console.log"
status=${PIPESTATUS[0]}
set -e

# Microsoft.Testing.Platform closes with "Test run summary" and lines "failed: N", "succeeded: N", "skipped: N".
summary="$(sed -n '/Test run summary/,$p' "$results/console.log")"
count() { grep -oE "^ *$1: +[0-9]+" <<<"$summary" | tail -1 | grep -oE '[0-9]+' || echo 0; }
passed="$(count succeeded)"; failed="$(count failed)"; skipped="$(count skipped)"
# The notebooks (notebooks/*.cs, file-based apps) on a small generated season: each one is a check that passes when
# it runs to the end and writes its Markdown. The first run of each compiles it (a few seconds).
echo "== notebooks"
nb_out="$root/artifacts/notebooks"
rm -rf "$nb_out"
mkdir -p "$nb_out"
nb_data="$(mktemp -d)"
nb_passed=0; nb_failed=0
# `run` exits 1 when the analysis has error-level findings (the generator plants some): the warehouse is what counts.
"$root/insights" run --no-serve --data "$nb_data" --projects 600 >"$nb_out/season.log" 2>&1 || true
# `run` also writes the committees' reports: the division's report is part of what it must produce.
if [[ ! -f "$nb_data/warehouse.duckdb" || ! -f "$nb_data/reports/report-division.zh.html" ]]; then
  echo "notebooks: the generated season (insights run) failed or wrote no reports (artifacts/notebooks/season.log)" >&2
  nb_failed=1
else
  for nb in "$root"/notebooks/*.cs; do
    name="$(basename "$nb" .cs)"
    start=$SECONDS
    if dotnet run --file "$nb" -- --warehouse "$nb_data/warehouse.duckdb" --out "$nb_out/$name" >"$nb_out/$name.log" 2>&1 \
      && [[ -f "$nb_out/$name/$name.md" ]]; then
      nb_passed=$((nb_passed + 1)); echo "  notebook $name: ok ($((SECONDS - start)) s)"
    else
      nb_failed=$((nb_failed + 1)); echo "  notebook $name: FAILED ($((SECONDS - start)) s), see artifacts/notebooks/$name.log" >&2
      tail -20 "$nb_out/$name.log" >&2
    fi
  done
fi
rm -rf "$nb_data"
echo "notebooks: $nb_passed passed, $nb_failed failed"
passed=$((passed + nb_passed)); failed=$((failed + nb_failed))
if (( nb_failed > 0 )); then status=1; fi

if (( passed - nb_passed == 0 && status == 0 )); then
  echo "no test ran" >&2
  status=1
fi
if (( skipped > 0 )); then
  echo "$passed passed, $failed failed, $skipped skipped"
else
  echo "$passed passed, $failed failed"
fi
exit "$status"
