#!/usr/bin/env bash
# Second command of the README: install what is missing, build, and run every test:
# the Qt Test suites (ctest), the layer check, the format check, and the CSV reader's fuzz
# target for a while.
set -euo pipefail
top=$(cd "$(dirname "$0")/../.." && pwd)
build=${RB_BUILD_DIR:-$top/build}
"$top/tools/dev/install-deps.sh"
"$top/tools/dev/build.sh"

# Tests never touch the real user's settings or keychain.
export HOME=$(mktemp -d /tmp/rosterbridge-test-home.XXXXXX)
export XDG_RUNTIME_DIR=$HOME/xdg
mkdir -p -m 700 "$XDG_RUNTIME_DIR"

status=0
# A private session bus with an unlocked gnome-keyring, so the keychain tests run against the
# real Secret Service; both daemons end with the session.
dbus-run-session -- sh -c 'printf %s pw | gnome-keyring-daemon --unlock --components=secrets >/dev/null && ctest --test-dir "$1" --output-on-failure -j2' sh "$build" || status=$?

echo "== checking formatting against .clang-format"
if (cd "$top" && git ls-files '*.cpp' '*.h' | xargs clang-format --dry-run --Werror); then
    echo "format: 1 passed, 0 failed"
else
    echo "format: 0 passed, 1 failed (run clang-format -i on the files above)"
    status=1
fi

echo "== fuzzing the OneRoster CSV reader for ${RB_FUZZ_SECONDS:-60} s"
cmake -S "$top/tests/fuzz" -B "$build-fuzz" -G Ninja -DCMAKE_CXX_COMPILER=clang++ >/dev/null
cmake --build "$build-fuzz"
work=$(mktemp -d)
if "$build-fuzz/fuzz_csvreader" -max_total_time="${RB_FUZZ_SECONDS:-60}" -timeout=10 \
        "$work" "$top/tests/fuzz/corpus/csvreader" > "$work.log" 2>&1; then
    tail -n 1 "$work.log"
    echo "fuzz: 1 passed, 0 failed"
else
    cat "$work.log"
    echo "fuzz: 0 passed, 1 failed"
    status=1
fi
exit $status
