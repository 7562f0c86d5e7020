# shellcheck shell=bash
# Sourced by the packaging checks. Two styles of check share it:
# - scripts that stop at the first failure: fail "why";
# - scripts that run every check and count: check "what" command…, then checks_passed.
# remove_on_exit DIR: the directory goes when the script ends, with every process whose pid
# was added to `started`.

fail() {
  echo "FAIL: $*" >&2
  exit 1
}

failures=0
check() {
  local what=$1
  shift
  if "$@"; then echo "ok: $what"; else echo "FAIL: $what" >&2; failures=$((failures + 1)); fi
}

# Ends the script with 1 when a check failed.
checks_passed() {
  if [ "$failures" -ne 0 ]; then
    echo "$failures check(s) failed" >&2
    exit 1
  fi
}

started=()

# The installed GUI's --demo (<bin>/mailbox-browser) must find and start the installed sample
# portal (<portal>) by itself, and both must still run <seconds> later. Sets `app` and
# `portal` to their pids (both in `started`).
demo_starts_portal() {
  local bin=$1 expected=$2 seconds=$3
  "$bin/mailbox-browser" --demo >/dev/null 2>&1 &
  app=$!
  portal=""
  started+=("$app")
  for _ in $(seq 100); do
    portal=$(pgrep -P "$app" || true)
    [ -n "$portal" ] && break
    kill -0 "$app" 2>/dev/null || fail "mailbox-browser --demo ended early"
    sleep 0.1
  done
  [ -n "$portal" ] || fail "mailbox-browser --demo started no sample portal"
  started+=("$portal")
  [ "$(readlink -f "/proc/$portal/exe")" = "$(readlink -f "$expected")" ] ||
    fail "mailbox-browser --demo started $(readlink -f "/proc/$portal/exe")"
  sleep "$seconds"
  kill -0 "$app" 2>/dev/null || fail "mailbox-browser --demo did not keep running"
}

_scratch=""
_clean_up() {
  local pid
  for pid in "${started[@]}"; do kill "$pid" 2>/dev/null || true; done
  [ -z "$_scratch" ] || rm -rf "$_scratch"
}

remove_on_exit() {
  _scratch=$1
  trap _clean_up EXIT
}
