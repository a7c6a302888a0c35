#!/usr/bin/env bash
# Builds the .deb with CPack and checks it the way a user's machine would meet it: lintian,
# apt's dependency resolution, a real dpkg install into a scratch root (its own dpkg database,
# nothing touches the system), the files it must hold, the desktop entry and AppStream metadata,
# the installed program run headless (--version, profile list, a conversion, remove-user-data,
# and the GUI offscreen for a few seconds), then a purge that must leave nothing behind.
#
#   tools/dev/check-package.sh [BUILD_DIR]     (default: $RB_BUILD_DIR, or build/)
#
# The build must be Release or RelWithDebInfo; an empty BUILD_DIR is configured as
# RelWithDebInfo first. The package is left in BUILD_DIR/packages/. Prints
# "package: N passed, M failed" last and exits 1 when anything failed.
set -euo pipefail
top=$(cd "$(dirname "$0")/../.." && pwd)
build=$(realpath -m "${1:-${RB_BUILD_DIR:-$top/build}}")

work=$(mktemp -d /tmp/rosterbridge-package.XXXXXX)
app_pid=""
# The scratch root's installed program's processes, by the path of the file they run (unique to
# this check).
app_processes() {
    local pid
    for pid in $(pgrep -x rosterbridge || true); do
        case "$(readlink "/proc/$pid/exe" 2>/dev/null)" in
            "$root/usr/bin/rosterbridge" | "$root/usr/bin/rosterbridge (deleted)") echo "$pid" ;;
        esac
    done
}
root=""
cleanup() {
    if [ -n "$app_pid" ]; then kill "$app_pid" 2>/dev/null || true; fi
    # Whatever the check started from the scratch root goes with it, even after a failure.
    if [ -n "$root" ]; then
        for pid in $(app_processes); do kill -KILL "$pid" 2>/dev/null || true; done
    fi
    rm -rf "$work"
}
trap cleanup EXIT
quietly() { # runs a command, printing its output only when it fails
    "$@" >"$work/quiet.log" 2>&1 || { local status=$?; cat "$work/quiet.log"; return $status; }
}

quietly "$top/tools/dev/install-deps.sh"
if [ ! -f "$build/CMakeCache.txt" ]; then
    quietly cmake -S "$top" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DRB_WERROR=ON
fi
type=$(sed -n 's/^CMAKE_BUILD_TYPE:[A-Z]*=//p' "$build/CMakeCache.txt")
case "$type" in
    Release | RelWithDebInfo | MinSizeRel) ;;
    *) echo "$build is a '$type' build; packages come from Release or RelWithDebInfo builds" >&2
       exit 2 ;;
esac
quietly cmake --build "$build" --target rosterbridge

passed=0
failed=0
skipped=()
pass() { passed=$((passed + 1)); echo "  ok: $1"; }
fail() { failed=$((failed + 1)); echo "  FAILED: $1"; }
skip() { skipped+=("$1"); echo "  skipped: $1"; }
ok_if() { # ok_if PASS-TEXT FAIL-TEXT COMMAND...: passes when the command succeeds
    local good=$1 bad=$2; shift 2
    if "$@"; then pass "$good"; else fail "$bad"; fi
}
check() { # check DESCRIPTION COMMAND...: the same, printing the command's output on failure
    local what=$1; shift
    if "$@" >"$work/last.log" 2>&1; then pass "$what"; else fail "$what"; sed 's/^/    /' "$work/last.log"; fi
}

echo "== building the .deb"
version=$(sed -n 's/^CMAKE_PROJECT_VERSION:[A-Z]*=//p' "$build/CMakeCache.txt")
rm -rf "$build/packages"
if (cd "$build" && cpack -G DEB -B "$build/packages") >"$work/cpack.log" 2>&1; then
    deb=$(ls "$build/packages"/rosterbridge_*.deb)
    pass "cpack wrote $(basename "$deb")"
else
    cat "$work/cpack.log"
    fail "cpack"
    echo "package: $passed passed, $failed failed"
    exit 1
fi

echo "== control fields"
control=$(dpkg-deb --field "$deb")
ok_if "version $version" "version is not $version" grep -q "^Version: $version$" <<<"$control"
depends=$(dpkg-deb --field "$deb" Depends)
missing=""
for dep in libqt6widgets6 libqt6network6 libqt6sql6 libqt6sql6-sqlite libqt6keychain1 libsecret-1-0 \
    libssh2-1 libquazip1-qt6-1; do
    grep -qE "(^|, )$dep( |,|$)" <<<"$depends" || missing+=" $dep"
done
ok_if "Depends names Qt, QtKeychain, QuaZip, libssh2, the SQLite driver and libsecret" \
    "Depends lacks$missing: $depends" test -z "$missing"
ok_if "Recommends a keychain" "no keychain in Recommends" grep -q "^Recommends: gnome-keyring" <<<"$control"

echo "== lintian"
if command -v lintian >/dev/null; then
    # Errors fail the check; warnings and notes are printed for the record.
    if lintian --fail-on error "$deb" >"$work/lintian.log" 2>&1; then
        pass "lintian: no errors ($(grep -c '^W:' "$work/lintian.log" || true) warning(s))"
    else
        fail "lintian reports errors"
    fi
    sed 's/^/    /' "$work/lintian.log"
else
    skip "lintian (not installed)"
fi

echo "== dependencies resolve"
check "apt-get install --simulate resolves every dependency" \
    apt-get install --simulate --no-install-recommends "$deb"

echo "== installing into a scratch root"
root=$work/root
mkdir -p "$root/var/lib/dpkg/info" "$root/var/lib/dpkg/updates" "$root/var/lib/dpkg/triggers"
touch "$root/var/lib/dpkg/status"
# Its own dpkg database: the dependencies are the host's (checked above), not the scratch root's.
# Without root, fakeroot lets dpkg give the files root's ownership as it unpacks them.
as_root=()
[ "$(id -u)" -eq 0 ] || as_root=(fakeroot)
dpkg_root() {
    PATH=/usr/sbin:/sbin:$PATH "${as_root[@]}" dpkg --force-not-root --force-depends \
        --force-script-chrootless --root="$root" --log="$work/dpkg.log" "$@"
}
check "dpkg installs the package" dpkg_root --install "$deb"
expected=(
    usr/bin/rosterbridge
    usr/share/applications/rosterbridge.desktop
    usr/share/metainfo/org.rosterbridge.RosterBridge.metainfo.xml
    usr/share/icons/hicolor/scalable/apps/rosterbridge.svg
    usr/share/doc/rosterbridge/copyright
    usr/share/doc/rosterbridge/changelog.gz
    usr/share/man/man1/rosterbridge.1.gz
)
for size in 16 22 24 32 48 64 128 256; do
    expected+=("usr/share/icons/hicolor/${size}x${size}/apps/rosterbridge.png")
done
absent=""
for file in "${expected[@]}"; do
    [ -s "$root/$file" ] || absent+=" $file"
done
ok_if "the ${#expected[@]} expected files are there" "missing:$absent" test -z "$absent"
ok_if "usr/bin/rosterbridge is executable" "usr/bin/rosterbridge is not executable" \
    test -x "$root/usr/bin/rosterbridge"
outside=$(dpkg_root --listfiles rosterbridge | grep -vE '^/usr(/|$)|^/\.$' || true)
ok_if "every file is under /usr" "files outside /usr: $outside" test -z "$outside"

echo "== desktop entry and AppStream metadata"
if command -v desktop-file-validate >/dev/null; then
    check "desktop-file-validate" desktop-file-validate "$root/usr/share/applications/rosterbridge.desktop"
else
    skip "desktop-file-validate (not installed)"
fi
if command -v appstreamcli >/dev/null; then
    check "appstreamcli validate" appstreamcli validate --no-net \
        "$root/usr/share/metainfo/org.rosterbridge.RosterBridge.metainfo.xml"
else
    skip "appstreamcli (not installed)"
fi
release=$(grep -oE '<release version="[^"]+"' "$root/usr/share/metainfo/org.rosterbridge.RosterBridge.metainfo.xml" \
    | head -n 1 | cut -d'"' -f2)
ok_if "the newest AppStream release is $version" \
    "the newest AppStream release is '$release', not $version: add a <release> to the metainfo" \
    test "$release" = "$version"

echo "== the installed program, headless"
# A home, runtime folder and user name of its own: no real settings, keychain or running
# instance (its single-instance socket is named after the user) is touched or found.
home=$work/home
mkdir -p "$home" "$work/xdg" "$work/tmp"
chmod 700 "$work/xdg"
app_env=(env -i PATH=/usr/bin:/bin HOME="$home" USER="rb-package-check-$$" LANG=C.UTF-8
    XDG_RUNTIME_DIR="$work/xdg" TMPDIR="$work/tmp" QT_QPA_PLATFORM=offscreen)
run_app() {
    "${app_env[@]}" "$root/usr/bin/rosterbridge" "$@"
}
if out=$(run_app --version 2>&1) && [ "$out" = "RosterBridge $version" ]; then
    pass "rosterbridge --version says RosterBridge $version"
else
    fail "rosterbridge --version: $out"
fi
if out=$(run_app profile list --profiles-dir "$work/profiles" 2>&1) && [ -z "$out" ]; then
    pass "rosterbridge profile list --profiles-dir (empty) exits 0"
else
    fail "rosterbridge profile list: $out"
fi
check "rosterbridge convert writes an ASM zip" \
    run_app convert "$top/tests/data/oneroster/v11-basic" -o "$work/asm.zip"
check "rosterbridge validate accepts it" run_app validate "$work/asm.zip"
if out=$(run_app remove-user-data --config-dir "$work/config" --data-dir "$work/data" 2>&1) &&
    grep -q "nothing to remove" <<<"$out"; then
    pass "rosterbridge remove-user-data with nothing to remove exits 0"
else
    fail "rosterbridge remove-user-data: $out"
fi

# The desktop app: with no profile it opens the setup wizard; it must still be up after 3 s.
# Started as a plain command, not through run_app: a function in the background runs in a
# subshell, and $! would be that subshell, not the app (env execs the app in its own place).
"${app_env[@]}" "$root/usr/bin/rosterbridge" >"$work/gui.log" 2>&1 &
app_pid=$!
sleep 3
if kill -0 "$app_pid" 2>/dev/null; then
    pass "the desktop app is still running offscreen after 3 s"
    ok_if "\$! is the installed rosterbridge itself" \
        "\$! ($app_pid) runs $(readlink "/proc/$app_pid/exe" 2>/dev/null), not the app" \
        test "$(readlink "/proc/$app_pid/exe" 2>/dev/null)" = "$root/usr/bin/rosterbridge"
    ok_if "it opened its data folder in the new home" \
        "no runs.lock in $home/.local/share/RosterBridge" \
        test -f "$home/.local/share/RosterBridge/runs.lock"
    kill "$app_pid"
    wait "$app_pid" 2>/dev/null || true
else
    wait "$app_pid" && status=0 || status=$?
    fail "the desktop app exited within 3 s (exit $status)"
    sed 's/^/    /' "$work/gui.log"
fi
app_pid=""
for _ in 1 2 3 4 5 6 7 8 9 10; do
    [ -z "$(app_processes)" ] && break
    sleep 0.5
done
left_running=$(app_processes | tr '\n' ' ')
ok_if "no installed rosterbridge is left running" \
    "still running from the scratch root: pid $left_running" test -z "$left_running"

echo "== removing it again"
check "dpkg purges the package" dpkg_root --purge rosterbridge
left=$(find "$root" -path "$root/var" -prune -o -type f -print | head -n 5)
ok_if "nothing is left but dpkg's own database" "left behind: $left" test -z "$left"

[ ${#skipped[@]} -eq 0 ] || echo "skipped: ${skipped[*]}"
echo "package: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
