#!/usr/bin/env bash
# Usage: scripts/soak.sh [seconds (default 300)] [preset (default ci; asan for a sanitized run)]
#
# The long GUI soak (tests/soak/soak_gui.cpp): the main window, offscreen, against the
# in-process sample portal with random faults, latency, rate limits and expiring tokens while
# a driver works it like a user. Builds only soak_gui, then prints its `name value unit`
# figures (actions, faults injected, RSS at start, peak and end). Exits non-zero when the
# window did not recover or its memory grew past the bound. Extra options for soak_gui
# (--seed, --fault-probability, --rss-growth-mb) may follow in SOAK_ARGS.
set -euo pipefail
cd "$(dirname "$0")/.."

seconds="${1:-300}"
preset="${2:-ci}"

cmake --preset "$preset" >/dev/null
cmake --build --preset "$preset" -j2 --target soak_gui

if [ "$preset" = asan ]; then
  export ASAN_OPTIONS="${ASAN_OPTIONS:-detect_leaks=1}"
  export UBSAN_OPTIONS="${UBSAN_OPTIONS:-print_stacktrace=1}"
  export LSAN_OPTIONS="suppressions=$PWD/tests/lsan.supp:print_suppressions=0"
fi
# shellcheck disable=SC2086 # SOAK_ARGS is a list of options
QT_QPA_PLATFORM=offscreen LC_ALL=C.UTF-8 \
  "build/$preset/tests/soak/soak_gui" --seconds "$seconds" ${SOAK_ARGS:-}
