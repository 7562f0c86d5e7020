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
