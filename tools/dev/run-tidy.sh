#!/usr/bin/env bash
# Quality gate: clang-tidy with the repository's .clang-tidy on every core/ source file (and the
# core/ headers they include), two files at a time. Any finding fails the gate.
# Files may be named to check only those:  tools/dev/run-tidy.sh core/asm/AsmMapper.cpp
set -euo pipefail
top=$(cd "$(dirname "$0")/../.." && pwd)
build=${RB_BUILD_DIR:-$top/build}-tidy
jobs=${RB_TIDY_JOBS:-2}

# A clang configuration of its own, so the compile commands are clang's whatever compiler the
# main build uses; only core's moc step runs, tidy needs nothing else built.
cmake -S "$top" -B "$build" -G Ninja -DCMAKE_CXX_COMPILER=clang++ -DCMAKE_BUILD_TYPE=Debug \
    -DRB_BUILD_TESTS=OFF >/dev/null
cmake --build "$build" --target rb_core_autogen >/dev/null

if [ $# -gt 0 ]; then
    files=("$@")
else
    # Only our sources: the moc output lives in the build folder and is never listed here.
    mapfile -t files < <(cd "$top" && find core -name '*.cpp' | sort)
fi
logs=$(mktemp -d /tmp/rosterbridge-tidy.XXXXXX)
echo "== clang-tidy on ${#files[@]} core/ files"
# Each file's findings go to its own log; a failed file leaves a .failed marker.
printf '%s\n' "${files[@]}" | (cd "$top" && xargs -P "$jobs" -I{} sh -c '
    log="$1/$(echo "$2" | tr / _).log"
    clang-tidy -p "$3" --quiet --header-filter="^$4/core/" \
        --extra-arg=-Wno-unknown-warning-option "$2" >"$log" 2>&1 || touch "$log.failed"
    ' sh "$logs" {} "$build" "$top")
failed=0
for marker in "$logs"/*.failed; do
    [ -e "$marker" ] || continue
    cat "${marker%.failed}"
    failed=$((failed + 1))
done
rm -rf "$logs"
echo "tidy: $((${#files[@]} - failed)) passed, $failed failed"
[ "$failed" -eq 0 ]
