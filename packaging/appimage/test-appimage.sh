#!/usr/bin/env bash
# The AppImage's install test: build.sh into a throwaway directory, then check-appdir.sh.
#   packaging/appimage/test-appimage.sh <build dir>
# Ends in 77 (skipped) when check-appdir.sh cannot make its Qt-free root (not root, no
# debootstrap); the AppDir is still made and its libraries checked before that.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)

[ $# -eq 1 ] || { echo "usage: $0 <build dir>" >&2; exit 64; }
build=$(realpath "$1")
version=$(sed -n 's/^CMAKE_PROJECT_VERSION:STATIC=//p' "$build/CMakeCache.txt")

out=$(mktemp -d "${TMPDIR:-/tmp}/mb-appimage.XXXXXX")
trap 'rm -rf "$out"' EXIT

started=$SECONDS
"$here/build.sh" "$build" "$out"
echo "build.sh: $((SECONDS - started)) s"
started=$SECONDS
set +e
"$here/check-appdir.sh" "$out/MailboxBrowser.AppDir" "$version"
status=$?
set -e
echo "check-appdir.sh: $((SECONDS - started)) s"
exit "$status"
