#!/usr/bin/env bash
# Usage: scripts/bench.sh [--update-readme]
#
# Installs what is missing (scripts/install-deps.sh, then node and npm from Debian), builds
# the release preset and runs the `bench` target: the list by client (bench_clients), the
# list load in-process (bench_listload) and the app's start-up (bench_startup). The client
# comparison's Markdown lands in build/release/bench-clients.md; --update-readme puts it into
# README.md between the bench_clients markers (the "Performance" section).
set -euo pipefail
cd "$(dirname "$0")/.."

update_readme=false
case "${1:-}" in
  --update-readme) update_readme=true ;;
  "") ;;
  *) echo "usage: $0 [--update-readme]" >&2; exit 64 ;;
esac

scripts/install-deps.sh
# node and npm for the JavaScript SDK rows. Debian's npm package conflicts with a nodejs that
# brings its own npm (NodeSource), so ask for what is missing as a command, not as a package.
missing=()
command -v node >/dev/null || missing+=(nodejs)
command -v npm >/dev/null || missing+=(npm)
if [ ${#missing[@]} -gt 0 ]; then
  SUDO=""
  if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
  echo "Installing: ${missing[*]}" >&2
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends \
    "${missing[@]}" >/dev/null
fi

cmake --preset release >/dev/null
cmake --build --preset release --target bench

if $update_readme; then
  python3 - build/release/bench-clients.md README.md <<'PY'
import sys
table = open(sys.argv[1], encoding="utf-8").read().strip()
path = sys.argv[2]
text = open(path, encoding="utf-8").read()
begin, end = "<!-- bench_clients: begin -->", "<!-- bench_clients: end -->"
if begin not in text or end not in text:
    sys.exit("bench.sh: README.md has no bench_clients markers")
head, rest = text.split(begin, 1)
_, tail = rest.split(end, 1)
open(path, "w", encoding="utf-8").write(head + begin + "\n" + table + "\n" + end + tail)
print("bench.sh: README.md's Performance section updated")
PY
fi
