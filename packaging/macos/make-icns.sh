#!/usr/bin/env bash
# Makes the bundle's .icns from the app's one SVG: the iconset macOS wants (16 to 512 points,
# each at 1x and 2x) rendered by rsvg-convert, packed by Apple's iconutil.
#   make-icns.sh <icon.svg> <out.icns>
# macOS only (iconutil); rsvg-convert from Homebrew's librsvg.
set -euo pipefail
svg=$1
out=$2
iconset=$(mktemp -d)/mailbox-browser.iconset
mkdir -p "$iconset"
trap 'rm -rf -- "$(dirname "$iconset")"' EXIT
for points in 16 32 128 256 512; do
  rsvg-convert --width "$points" --height "$points" \
    --output "$iconset/icon_${points}x${points}.png" "$svg"
  rsvg-convert --width $((points * 2)) --height $((points * 2)) \
    --output "$iconset/icon_${points}x${points}@2x.png" "$svg"
done
iconutil --convert icns --output "$out" "$iconset"
