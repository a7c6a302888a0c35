#!/usr/bin/env bash
# Runs CMD... inside a private session bus with an unlocked gnome-keyring, so the keychain tests
# run against the real Secret Service; both daemons end with the command. ctest-gate.sh runs the
# tests and asan gates through it:  tools/dev/keyring-session.sh ctest --test-dir build
set -euo pipefail
if [ $# -eq 0 ]; then
    echo "usage: $0 CMD [ARG...]" >&2
    exit 2
fi
# Tests never touch the real user's settings or keychain.
HOME=$(mktemp -d /tmp/rosterbridge-test-home.XXXXXX)
export HOME XDG_RUNTIME_DIR=$HOME/xdg
mkdir -p -m 700 "$XDG_RUNTIME_DIR"
status=0
dbus-run-session -- sh -c \
    'printf %s pw | gnome-keyring-daemon --unlock --components=secrets >/dev/null && exec "$@"' \
    sh "$@" || status=$?
rm -rf "$HOME"
exit $status
