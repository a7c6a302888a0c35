#!/usr/bin/env bash
# Runs the ctest suite of BUILD_DIR inside a private keyring session (keyring-session.sh) and
# ends with the one-line summary "GATE: N passed, M failed". Used by run-tests.sh and
# run-sanitizers.sh:  tools/dev/ctest-gate.sh GATE BUILD_DIR [CTEST_ARG...]
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
gate=$1
build=$2
shift 2
log=$(mktemp /tmp/rosterbridge-ctest.XXXXXX)
status=0
"$here/keyring-session.sh" ctest --test-dir "$build" --output-on-failure -j2 "$@" 2>&1 |
    tee "$log" || status=$?
# ctest ends with "NN% tests passed, M tests failed out of T".
summary=$(sed -nE 's/.* ([0-9]+) tests? failed out of ([0-9]+).*/\1 \2/p' "$log" | tail -n 1)
rm -f "$log"
if [ -z "$summary" ]; then
    echo "$gate: 0 passed, 1 failed (ctest did not finish)"
    exit 1
fi
read -r failed total <<<"$summary"
echo "$gate: $((total - failed)) passed, $failed failed"
[ "$status" -eq 0 ] && [ "$failed" -eq 0 ]
