#!/usr/bin/env bash
# Fails when a translation is missing: every string of every .ts file must be translated
# (run after a build, whose update_translations target has refreshed the .ts files).
#   scripts/check-translations.sh [build dir]
set -euo pipefail
cd "$(dirname "$0")/.."
build="${1:-build/ci}"
if [ -d "$build" ]; then
  # Sources changed since the .ts files were written show up as new, unfinished entries.
  cmake --build "$build" --target update_translations >/dev/null
fi
status=0
for ts in translations/*.ts; do
  unfinished=$(grep -c 'type="unfinished"' "$ts" || true)
  total=$(grep -c '<source>' "$ts" || true)
  echo "$ts: $((total - unfinished))/$total translated"
  if [ "$unfinished" -ne 0 ]; then status=1; fi
done
if [ -d "$build" ] && ! git diff --quiet -- translations; then
  echo "translations/*.ts are not current: run 'cmake --build <dir> --target update_translations' and commit" >&2
  git --no-pager diff --stat -- translations >&2
  status=1
fi
exit $status
