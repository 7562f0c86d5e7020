#!/usr/bin/env bash
# Makes packaging/windows/mailbox-browser.ico from the app's one SVG icon: PNGs rendered at
# the sizes Windows asks for (Explorer, taskbar, Start menu, Alt+Tab on HiDPI), packed by
# icotool. The .ico is committed, so Windows builds need neither tool; run this again
# whenever resources/icons/mailbox-browser.svg changes.
# Debian: librsvg2-bin (rsvg-convert), icoutils (icotool).
set -euo pipefail
cd "$(dirname "$0")/../.."
svg=resources/icons/mailbox-browser.svg
out=packaging/windows/mailbox-browser.ico
tmp=$(mktemp -d)
trap 'rm -rf -- "$tmp"' EXIT
pngs=()
for size in 16 20 24 32 40 48 64 256; do
  rsvg-convert --width "$size" --height "$size" --output "$tmp/$size.png" "$svg"
  pngs+=("$tmp/$size.png")
done
# The 256 px image stays PNG-compressed inside the .ico (as Windows Vista and later expect);
# the small ones are stored as bitmaps, which every reader of .ico files understands.
icotool --create --output "$out" "${pngs[@]:0:7}" --raw="${pngs[7]}"
icotool --list "$out"
