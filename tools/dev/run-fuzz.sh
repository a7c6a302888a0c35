#!/usr/bin/env bash
# Quality gate: builds the libFuzzer targets of tests/fuzz with clang into build-fuzz/ (or
# $RB_BUILD_DIR-fuzz) and runs each for RB_FUZZ_SECONDS (60) from its seed corpus,
# tests/fuzz/corpus/<target without fuzz_>. A crash, leak, sanitizer report or failed check
# fails the gate and prints the fuzzer's log, which names the input that did it.
set -euo pipefail
top=$(cd "$(dirname "$0")/../.." && pwd)
build=${RB_BUILD_DIR:-$top/build}-fuzz
seconds=${RB_FUZZ_SECONDS:-60}
cmake -S "$top/tests/fuzz" -B "$build" -G Ninja -DCMAKE_CXX_COMPILER=clang++ >/dev/null
cmake --build "$build"
passed=0
failed=0
for source in "$top"/tests/fuzz/fuzz_*.cpp; do
    name=$(basename "$source" .cpp)
    echo "== fuzzing $name for $seconds s"
    work=$(mktemp -d)
    if "$build/$name" -max_total_time="$seconds" -timeout=10 \
            "$work" "$top/tests/fuzz/corpus/${name#fuzz_}" >"$work.log" 2>&1; then
        tail -n 1 "$work.log"
        passed=$((passed + 1))
    else
        cat "$work.log"
        failed=$((failed + 1))
    fi
    rm -rf "$work" "$work.log"
done
echo "fuzz: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
