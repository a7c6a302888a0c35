#!/usr/bin/env bash
# Builds and runs the benchmarks; each prints its own figures.
set -euo pipefail
top=$(cd "$(dirname "$0")/../.." && pwd)
build=${RB_BUILD_DIR:-$top/build}
"$top/tools/dev/build.sh" >/dev/null
"$build/tests/bench/bench_convert" --scale large --version 1.2 "$@"
"$build/tests/bench/bench_cancel"
# Both kinds of server: TCP_NODELAY, and Nagle on with split writes.
"$build/tests/bench/bench_rest" --mode both
"$build/tests/bench/bench_sftp"
QT_QPA_PLATFORM=offscreen "$top/tools/dev/keyring-session.sh" "$build/tests/bench/bench_gui"
