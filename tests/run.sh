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

echo "== restore"
dotnet restore Insights.sln --nologo -v q

echo "== format check (dotnet format --verify-no-changes)"
dotnet format Insights.sln --verify-no-changes --no-restore -v q

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
if (( passed == 0 && status == 0 )); then
  echo "no test ran" >&2
  status=1
fi
if (( skipped > 0 )); then
  echo "$passed passed, $failed failed, $skipped skipped"
else
  echo "$passed passed, $failed failed"
fi
exit "$status"
