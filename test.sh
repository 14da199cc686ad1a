#!/usr/bin/env bash
# Installs what the tests need and runs every test project. Ends with one line
# "N passed, N failed" summed over all test projects, and exits non-zero on any failure.
set -uo pipefail
cd "$(dirname "$0")"
. scripts/prerequisites.sh

require_dotnet
ensure_runtime_packages || exit 1
ensure_test_packages || exit 1

results=$(mktemp -d)
trap 'rm -rf "$results"' EXIT
dotnet test OpdTokenEngine.sln -c Release -nologo --logger "trx;LogFilePrefix=run" --results-directory "$results"
status=$?

passed=0
failed=0
found=0
for trx in "$results"/*.trx; do
    [ -e "$trx" ] || continue
    found=$((found + 1))
    counters=$(grep -o '<Counters [^>]*>' "$trx" | head -n 1)
    p=$(sed -n 's/.* passed="\([0-9]*\)".*/\1/p' <<<"$counters")
    f=$(sed -n 's/.* failed="\([0-9]*\)".*/\1/p' <<<"$counters")
    e=$(sed -n 's/.* error="\([0-9]*\)".*/\1/p' <<<"$counters")
    passed=$((passed + ${p:-0}))
    failed=$((failed + ${f:-0} + ${e:-0}))
done

echo "$passed passed, $failed failed"
if [ "$status" -ne 0 ] || [ "$failed" -ne 0 ] || [ "$found" -eq 0 ] || [ "$passed" -eq 0 ]; then
    exit 1
fi
