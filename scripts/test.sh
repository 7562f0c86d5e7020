#!/usr/bin/env bash
# Installs what is missing, builds, and runs the whole test suite through ctest.
#   scripts/test.sh [preset] [extra ctest args]     preset: ci (default), dev, asan, release
# Tests run inside a private D-Bus session with an unlocked gnome-keyring, so the keychain
# tests talk to a real Secret Service and never touch the user's own keyring.
set -euo pipefail
cd "$(dirname "$0")/.."

preset="${1:-ci}"
shift || true

./scripts/install-deps.sh
cmake --preset "$preset" >/dev/null
cmake --build --preset "$preset" -j "$(nproc)"
exec ./scripts/with-keyring.sh ctest --preset "$preset" -j "$(nproc)" "$@"
