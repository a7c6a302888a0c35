#!/usr/bin/env bash
# First command of the README: install what is missing, build, and start the app.
set -euo pipefail
top=$(cd "$(dirname "$0")/../.." && pwd)
"$top/tools/dev/install-deps.sh"
"$top/tools/dev/build.sh"
exec "${RB_BUILD_DIR:-$top/build}/bin/rosterbridge" "$@"
