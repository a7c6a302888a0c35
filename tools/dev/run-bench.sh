#!/usr/bin/env bash
# Builds and runs the benchmarks; each prints its own figures.
#
# The conversion is measured side by side with a build of main as it was before the speed
# work (RB_BASELINE, a commit), built once into $RB_BENCH_DIR and reused; the first run spends
# a few minutes building it.
set -euo pipefail
top=$(cd "$(dirname "$0")/../.." && pwd)
build=${RB_BUILD_DIR:-$top/build}
bench_dir=${RB_BENCH_DIR:-${TMPDIR:-/tmp}/rosterbridge-bench}
baseline=${RB_BASELINE:-ea4e034}

"$top/tools/dev/build.sh" >/dev/null

baseline_dir=$bench_dir/baseline-$baseline
baseline_bin=$baseline_dir/build/bin/rosterbridge
if [ ! -x "$baseline_bin" ]; then
    echo "building the baseline ($baseline) into $baseline_dir ..."
    rm -rf "$baseline_dir/src"
    mkdir -p "$baseline_dir/src"
    git -C "$top" archive "$baseline" | tar -x -C "$baseline_dir/src"
    cmake -S "$baseline_dir/src" -B "$baseline_dir/build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
        -DRB_BUILD_TESTS=OFF -DRB_BUILD_BENCH=OFF >/dev/null
    cmake --build "$baseline_dir/build" --target rosterbridge >/dev/null
fi

for version in 1.1 1.2; do
    "$build/tests/bench/bench_convert" --scale large --version "$version" --keep "$bench_dir" \
        --baseline "$baseline_bin" "$@"
done
"$build/tests/bench/bench_cancel"
# Both kinds of server: TCP_NODELAY, and Nagle on with split writes.
"$build/tests/bench/bench_rest" --mode both
"$build/tests/bench/bench_sftp"
"$build/tests/bench/bench_preview" --rows 4000000
QT_QPA_PLATFORM=offscreen "$top/tools/dev/keyring-session.sh" "$build/tests/bench/bench_gui"
