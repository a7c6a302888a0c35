#!/usr/bin/env bash
# Screenshots of every wizard page and main screen, for looking at and for the user guide:
# builds, then runs the GUI tests (tst_ui_*) on a virtual X server (Xvfb) with the real xcb
# platform, each saving what it shows into the folder given (default docs/screenshots).
#   tools/dev/screenshots.sh [OUTPUT-FOLDER]
#
# They show what a district's admin would see (tests/support/ScreenshotSetup.h): the tests run
# with the home folder /home/mlopez, so exports and the app's folders are where the admin's
# would be, and their servers are reached by name. In private mount and network namespaces,
# /etc/hosts maps upload.appleschoolcontent.com, sftp.cedarvalley.example.org and
# sis.cedarvalley.example.org to documentation addresses (RFC 5737) on the loopback interface,
# where the tests' sshd listens on port 22 and the OneRoster server on 443 (https). Nothing of
# this is visible outside: /home is overlaid with a memory file system, and the namespaces go
# when the script ends. That part needs root (as do the SFTP tests): run the script as root, or
# it asks sudo for it.
set -euo pipefail
top=$(cd "$(dirname "$0")/../.." && pwd)
build=${RB_BUILD_DIR:-$top/build}
admin_home=/home/mlopez
# name -> address on the loopback interface of the private network namespace
servers=(
    "198.51.100.22 upload.appleschoolcontent.com"
    "203.0.113.21 sftp.cedarvalley.example.org"
    "203.0.113.80 sis.cedarvalley.example.org"
)

# Second stage, in the private namespaces (started below): set up the names and the home, run
# the tests, leave the pictures in $RB_SHOTS_SCRATCH/shots.
if [ "${RB_SHOTS_STAGE:-}" = namespaces ]; then
    scratch=$RB_SHOTS_SCRATCH
    ip link set lo up
    {
        echo "127.0.0.1 localhost"
        echo "::1 localhost"
        for server in "${servers[@]}"; do echo "$server"; done
    } >"$scratch/hosts"
    for server in "${servers[@]}"; do ip addr add "${server%% *}/32" dev lo; done
    mount --bind "$scratch/hosts" /etc/hosts
    mkdir -p "$scratch/layer"
    mount -t tmpfs -o mode=0700 tmpfs "$scratch/layer"
    mkdir -p "$scratch/layer/upper" "$scratch/layer/work"
    mount -t overlay overlay \
        -o "lowerdir=/home,upperdir=$scratch/layer/upper,workdir=$scratch/layer/work" /home
    mkdir -p -m 700 "$admin_home"
    mkdir -p -m 700 "$scratch/runtime" "$scratch/logs"
    unset XDG_CONFIG_HOME XDG_DATA_HOME XDG_CACHE_HOME XDG_STATE_HOME
    export HOME=$admin_home XDG_RUNTIME_DIR=$scratch/runtime
    # Dates and times as an American district sees them, not the C locale's 24-hour seconds,
    # on a computer in the district's time zone rather than UTC.
    export RB_SCREENSHOT_DIR=$scratch/shots QT_QPA_PLATFORM=xcb LANG=en_US.UTF-8 \
        TZ=America/Chicago
    exec xvfb-run -a -s '-screen 0 1280x800x24' dbus-run-session -- sh -c '
        printf %s pw | gnome-keyring-daemon --unlock --components=secrets >/dev/null
        status=0
        for test in "$1"/tests/tst_ui_*; do
            [ -f "$test" ] && [ -x "$test" ] || continue
            log="$2/$(basename "$test").log"
            "$test" >"$log" 2>&1 || {
                echo "$(basename "$test") failed:"
                grep -E "^(FAIL|QFATAL|QWARN)|Loc:" "$log" | head -20
                status=1
            }
        done
        exit $status' sh "$build" "$scratch/logs"
fi

out=$(realpath -m "${1:-$top/docs/screenshots}")
"$top/tools/dev/install-deps.sh"
"$top/tools/dev/build.sh"
sudo=$([ "$(id -u)" -eq 0 ] || echo sudo)
# Fonts that draw the sample district's Chinese, Japanese, Korean and Devanagari names (the
# default fonts would show boxes). Only the screenshots need them.
fonts=()
for font in fonts-noto-cjk fonts-noto-core; do
    dpkg -s "$font" >/dev/null 2>&1 || fonts+=("$font")
done
if [ ${#fonts[@]} -gt 0 ]; then
    $sudo apt-get install -y -q --no-install-recommends "${fonts[@]}"
fi
mkdir -p "$out"

scratch=$(mktemp -d /tmp/rosterbridge-shots.XXXXXX)
trap '$sudo rm -rf "$scratch"' EXIT
status=0
$sudo env RB_SHOTS_STAGE=namespaces RB_SHOTS_SCRATCH="$scratch" RB_BUILD_DIR="$build" \
    PATH="$PATH" unshare --mount --net --fork "$0" || status=1
if [ -n "$(ls -A "$scratch/shots" 2>/dev/null)" ]; then
    cp "$scratch"/shots/*.png "$out"/
fi
ls -1 "$out"/*.png | sed "s|^$top/||"
exit $status
