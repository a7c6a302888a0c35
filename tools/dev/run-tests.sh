#!/usr/bin/env bash
# Second command of the README: install what is missing, build, and run every quality gate:
#   tests   the Qt Test suites and the layer check (ctest), in a private keyring session
#           (ctest-gate.sh, keyring-session.sh)
#   format  clang-format against .clang-format
#   tidy    clang-tidy on core/ (run-tidy.sh)                                   [slow]
#   fuzz    every libFuzzer target in tests/fuzz for RB_FUZZ_SECONDS (60) each (run-fuzz.sh)
#   asan    the whole ctest suite built with ASan and UBSan (run-sanitizers.sh) [slow]
# Each gate ends with "<gate>: N passed, M failed"; the script fails if any gate does.
# RB_QUICK=1 skips the slow gates for a quick local run; CI runs them all.
set -euo pipefail
top=$(cd "$(dirname "$0")/../.." && pwd)
build=${RB_BUILD_DIR:-$top/build}
dev=$top/tools/dev
"$dev/install-deps.sh"
"$dev/build.sh"

status=0
summaries=()
# gate NAME CMD...: runs CMD, keeps the summary line it ends with, and notes a failure.
gate() {
    local name=$1 started=$SECONDS log rc=0
    shift
    log=$(mktemp /tmp/rosterbridge-gate.XXXXXX)
    "$@" 2>&1 | tee "$log" || rc=$?
    local line
    line=$(grep -E "^$name: " "$log" | tail -n 1 || true)
    rm -f "$log"
    [ -n "$line" ] || line="$name: 0 passed, 1 failed (no summary)"
    [ "$rc" -eq 0 ] || status=1
    summaries+=("$line ($((SECONDS - started)) s)")
}
skip() {
    summaries+=("$1: skipped (RB_QUICK=1)")
}

check_format() {
    echo "== checking formatting against .clang-format"
    if (cd "$top" && git ls-files '*.cpp' '*.h' | xargs clang-format --dry-run --Werror); then
        echo "format: 1 passed, 0 failed"
    else
        echo "format: 0 passed, 1 failed (run clang-format -i on the files above)"
        return 1
    fi
}

gate tests "$dev/ctest-gate.sh" tests "$build"
gate format check_format
if [ "${RB_QUICK:-0}" = 1 ]; then skip tidy; else gate tidy "$dev/run-tidy.sh"; fi
gate fuzz "$dev/run-fuzz.sh"
gate package "$dev/check-package.sh" "$build"
if [ "${RB_QUICK:-0}" = 1 ]; then skip asan; else gate asan "$dev/run-sanitizers.sh"; fi

echo "== quality gates"
printf '%s\n' "${summaries[@]}"
exit $status
