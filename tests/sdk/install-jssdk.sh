#!/usr/bin/env bash
# Installs the pinned @bitrix24/b24jssdk (package.json beside this script) into WORKDIR, once.
# Used by the SDK check (run-jssdk-check.sh) and the benchmark (tests/bench, bench_clients).
#   install-jssdk.sh WORKDIR [--or-skip]
# With --or-skip, no npm or no registry is not an error: it says why on one line and exits 0,
# and WORKDIR has no node_modules/@bitrix24/b24jssdk, so the caller skips what needs the SDK.
set -euo pipefail
or_skip=${2:-}
here=$(cd "$(dirname "$0")" && pwd)
mkdir -p "$1"
work=$(cd "$1" && pwd)
cp "$here/package.json" "$work/"
[ -f "$work/node_modules/@bitrix24/b24jssdk/package.json" ] && exit 0

if [ "$or_skip" != --or-skip ]; then
  (cd "$work" && npm install --no-package-lock --no-audit --no-fund --loglevel=error >/dev/null)
  exit 0
fi
if ! command -v npm >/dev/null; then
  echo "install-jssdk: npm not found: the SDK rows are skipped (scripts/bench.sh installs node and npm)"
  exit 0
fi
# Without a network npm would retry for minutes: one retry, a short timeout.
if ! (cd "$work" && timeout 300 npm install --no-package-lock --no-audit --no-fund \
  --loglevel=error --fetch-retries=1 --fetch-timeout=30000 >/dev/null 2>"$work/npm-error.log"); then
  echo "install-jssdk: npm could not install @bitrix24/b24jssdk (no network?): the SDK rows are" \
    "skipped; npm said: $(grep -m1 -i 'err' "$work/npm-error.log" || echo nothing)"
  rm -rf "$work/node_modules"
fi
exit 0
