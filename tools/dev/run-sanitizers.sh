#!/usr/bin/env bash
# Quality gate: builds everything with AddressSanitizer and UndefinedBehaviorSanitizer into
# build-asan/ (or $RB_BUILD_DIR-asan) and runs the whole ctest suite on it. Any memory error,
# leak or undefined behaviour fails the test it happens in, including inside the executables the
# tests start (rosterbridge, rb-devserver, rb-gendistrict inherit the options below).
# Arguments go to ctest, e.g.  tools/dev/run-sanitizers.sh -R tst_csvreader
set -euo pipefail
top=$(cd "$(dirname "$0")/../.." && pwd)
build=${RB_BUILD_DIR:-$top/build}-asan

# clang builds this tree faster than gcc; -O1 keeps the sanitized tests quick and line tables
# are all the stack traces need. lld links the many test executables much faster than ld.bfd.
# The unity build of core/ and ui/ parses Qt's headers once per batch instead of once per file;
# the main build (build.sh) still compiles file by file.
echo "== building with AddressSanitizer and UndefinedBehaviorSanitizer in $build"
cmake -S "$top" -B "$build" -G Ninja -DCMAKE_CXX_COMPILER=clang++ -DCMAKE_BUILD_TYPE=Debug \
    "-DCMAKE_CXX_FLAGS_DEBUG=-O1 -gline-tables-only" -DCMAKE_EXE_LINKER_FLAGS=-fuse-ld=lld \
    -DRB_SANITIZE=ON -DRB_UNITY_BUILD=ON -DRB_BUILD_BENCH=OFF -DRB_WERROR=OFF >/dev/null
if ! cmake --build "$build"; then
    echo "asan: 0 passed, 1 failed (the sanitized build failed)"
    exit 1
fi

# Stop at the first error with a stack trace; leaks are errors too, except the third-party ones
# listed in lsan.supp.
export ASAN_OPTIONS=halt_on_error=1:detect_leaks=1:print_stacktrace=1:detect_stack_use_after_return=1:check_initialization_order=1:strict_init_order=1
export UBSAN_OPTIONS=halt_on_error=1:print_stacktrace=1
export LSAN_OPTIONS=suppressions=$top/tools/dev/lsan.supp:print_suppressions=0

exec "$top/tools/dev/ctest-gate.sh" asan "$build" "$@"
