#!/usr/bin/env bash
# Configures and builds RosterBridge into build/ (or $RB_BUILD_DIR).
set -euo pipefail
top=$(cd "$(dirname "$0")/../.." && pwd)
build=${RB_BUILD_DIR:-$top/build}
cmake -S "$top" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DRB_WERROR=ON "$@"
cmake --build "$build"
