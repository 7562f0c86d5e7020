#!/usr/bin/env bash
# Installs the Debian 12 packages that building, running and testing need.
# Idempotent: asks apt only for what is missing, and does nothing when all is there.
set -euo pipefail

packages=(
  # toolchain
  build-essential cmake ninja-build clang-format git pkg-config
  # Windows and macOS packaging checked here: the MSI built by wixl and read by msiinfo, the
  # app bundle's Info.plist read by python3 (packaging/windows, packaging/macos)
  wixl msitools python3
  # Qt 6 and friends
  qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
  qt6-httpserver-dev qt6-websockets-dev qtkeychain-qt6-dev
  qt6-qpa-plugins libqt6svg6 libgl-dev libvulkan-dev
  # Qt's own strings (dialog buttons, context menus) in German and Russian
  qt6-translations-l10n
  # runtime for tests: X server, Secret Service, TLS tooling
  xvfb xauth dbus dbus-x11 gnome-keyring libsecret-tools openssl ca-certificates
  # installed files and packages: icons rendered from the SVG, their validators, dpkg tools
  librsvg2-bin desktop-file-utils appstream man-db dpkg-dev procps
  # the AppImage: RUNPATH set on the bundled files, the Qt-free test root, and its check
  patchelf debootstrap binutils libssl3 util-linux
  # fonts for the sample data's scripts (CJK, Hangul, emoji), so the screenshot shows no boxes
  fonts-dejavu-core fonts-wqy-microhei fonts-noto-color-emoji
)

missing=()
for p in "${packages[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$p")
  fi
done

if [ ${#missing[@]} -eq 0 ]; then
  exit 0
fi

SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
echo "Installing: ${missing[*]}" >&2
$SUDO apt-get update -qq
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
