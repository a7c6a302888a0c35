#!/usr/bin/env bash
# Screenshots of every wizard page and main screen, for looking at and for the user guide:
# builds, then runs the GUI tests (tst_ui_*) on a virtual X server (Xvfb) with the real xcb
# platform, each saving what it shows into the folder given (default docs/screenshots).
#   tools/dev/screenshots.sh [OUTPUT-FOLDER]
set -euo pipefail
top=$(cd "$(dirname "$0")/../.." && pwd)
build=${RB_BUILD_DIR:-$top/build}
out=$(realpath -m "${1:-$top/docs/screenshots}")
"$top/tools/dev/install-deps.sh"
"$top/tools/dev/build.sh"
# Fonts that draw the sample district's Chinese, Japanese, Korean and Devanagari names (the
# default fonts would show boxes). Only the screenshots need them.
fonts=()
for font in fonts-noto-cjk fonts-noto-core; do
    dpkg -s "$font" >/dev/null 2>&1 || fonts+=("$font")
done
if [ ${#fonts[@]} -gt 0 ]; then
    sudo=$([ "$(id -u)" -eq 0 ] || echo sudo)
    $sudo apt-get install -y -q --no-install-recommends "${fonts[@]}"
fi
mkdir -p "$out"

export HOME=$(mktemp -d /tmp/rosterbridge-shots-home.XXXXXX)
export XDG_RUNTIME_DIR=$HOME/xdg
mkdir -p -m 700 "$XDG_RUNTIME_DIR"
# Dates and times as an American district sees them, not the C locale's 24-hour seconds.
export RB_SCREENSHOT_DIR=$out QT_QPA_PLATFORM=xcb LANG=en_US.UTF-8

xvfb-run -a -s '-screen 0 1280x800x24' dbus-run-session -- sh -c '
    printf %s pw | gnome-keyring-daemon --unlock --components=secrets >/dev/null
    status=0
    for test in "$1"/tests/tst_ui_*; do
        [ -f "$test" ] && [ -x "$test" ] || continue
        "$test" >/dev/null 2>&1 || { echo "$(basename "$test") failed"; status=1; }
    done
    exit $status' sh "$build" || status=1
ls -1 "$out"/*.png | sed "s|^$top/||"
exit ${status:-0}
