#!/usr/bin/env bash
# Usage: scripts/with-keyring.sh CMD [ARGS...]
#
# Runs CMD against a real, private Secret Service: a fresh D-Bus session bus
# (dbus-run-session) with its own gnome-keyring-daemon whose "login" collection is created
# and unlocked without any prompt. Works headless and as root in a container.
#
# CMD sees a throw-away HOME and XDG_* directories, so nothing touches the user's real
# keyring or settings, and tests may search HOME for leaked secrets. MB_KEYRING_HOME is set
# to that HOME so tests can tell they run inside this script. CMD's exit code is returned;
# a failure to set up the keyring exits with 70 before CMD runs.
set -euo pipefail

readonly setup_failed=70

die() {
    echo "with-keyring: $*" >&2
    exit "$setup_failed"
}

if [ $# -eq 0 ]; then
    echo "usage: $0 CMD [ARGS...]" >&2
    exit 64
fi

if [ "${MB_WITH_KEYRING_STAGE:-}" != inner ]; then
    # Outer stage: private directories, then re-enter this script inside a new session bus.
    for tool in dbus-run-session gnome-keyring-daemon secret-tool dbus-send; do
        command -v "$tool" >/dev/null || die "$tool not found (run scripts/install-deps.sh)"
    done

    tmp=$(mktemp -d "${TMPDIR:-/tmp}/mb-keyring.XXXXXX")
    # shellcheck disable=SC2317 # called by the trap
    cleanup() { rm -rf -- "$tmp"; }
    trap cleanup EXIT

    mkdir -p "$tmp/home" "$tmp/data" "$tmp/config" "$tmp/cache" "$tmp/runtime"
    # gnome-keyring and D-Bus refuse a runtime directory that others can read.
    chmod 0700 "$tmp/runtime"
    export HOME="$tmp/home"
    export XDG_DATA_HOME="$tmp/data"
    export XDG_CONFIG_HOME="$tmp/config"
    export XDG_CACHE_HOME="$tmp/cache"
    export XDG_RUNTIME_DIR="$tmp/runtime"
    export MB_KEYRING_HOME="$HOME"
    # Never talk to a keyring or agent of the calling session by accident.
    unset GNOME_KEYRING_CONTROL SSH_AUTH_SOCK DBUS_SESSION_BUS_ADDRESS

    set +e
    MB_WITH_KEYRING_STAGE=inner dbus-run-session -- bash "$0" "$@"
    rc=$?
    set -e
    exit "$rc"
fi

# Inner stage: we are on the private session bus now.
unset MB_WITH_KEYRING_STAGE
log="$XDG_RUNTIME_DIR/gnome-keyring.log"
daemon_pid=""

# shellcheck disable=SC2317 # called by the trap
stop_daemon() {
    if [ -n "$daemon_pid" ] && kill -0 "$daemon_pid" 2>/dev/null; then
        kill "$daemon_pid" 2>/dev/null || true
        for _ in 1 2 3 4 5 6 7 8 9 10; do
            kill -0 "$daemon_pid" 2>/dev/null || return 0
            sleep 0.1
        done
        kill -KILL "$daemon_pid" 2>/dev/null || true
    fi
}
trap stop_daemon EXIT

# The password on stdin creates the "login" collection on first use and unlocks it, so no
# prompt is ever needed. --daemonize returns once the daemon is initialised and prints the
# variables clients need (GNOME_KEYRING_CONTROL, maybe SSH_AUTH_SOCK).
if ! vars=$(printf '%s' "mb-test-keyring" |
    gnome-keyring-daemon --daemonize --unlock --components=secrets 2>"$log"); then
    cat "$log" >&2
    die "gnome-keyring-daemon failed to start"
fi
while IFS= read -r line; do
    # Export only NAME=value lines; the output is never evaluated as shell code.
    if [[ "$line" =~ ^([A-Z_][A-Z0-9_]*)=(.*)$ ]]; then
        export "${BASH_REMATCH[1]}=${BASH_REMATCH[2]}"
    fi
done <<<"$vars"

# The daemon's pid, asked from the bus by its well-known name, so that we stop exactly the
# daemon we started. The name may take a moment to appear after --daemonize returns.
for _ in $(seq 1 50); do
    if reply=$(dbus-send --session --print-reply=literal --dest=org.freedesktop.DBus \
        /org/freedesktop/DBus org.freedesktop.DBus.GetConnectionUnixProcessID \
        string:org.freedesktop.secrets 2>/dev/null); then
        daemon_pid=${reply##* }
        break
    fi
    sleep 0.1
done
if [ -z "$daemon_pid" ]; then
    cat "$log" >&2
    die "gnome-keyring-daemon did not claim org.freedesktop.secrets"
fi

# Prove that the default collection exists and is unlocked: secret-tool, like QtKeychain,
# stores into the "default" alias and would need a prompt (and fail) otherwise.
probe="mb-probe-$$-$RANDOM"
if ! printf '%s' "$probe" | secret-tool store --label="with-keyring probe" mb-with-keyring probe \
    2>>"$log"; then
    cat "$log" >&2
    die "could not store into the default collection"
fi
if [ "$(secret-tool lookup mb-with-keyring probe 2>>"$log")" != "$probe" ]; then
    cat "$log" >&2
    die "could not read back from the default collection"
fi
secret-tool clear mb-with-keyring probe 2>>"$log" || die "could not clear the probe entry"

set +e
"$@"
rc=$?
set -e
exit "$rc"
