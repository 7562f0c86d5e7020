#!/usr/bin/env bash
# Builds packaging/windows/mailbox-browser.wxs into an MSI with wixl (Debian: wixl, msitools)
# and reads it back with msiinfo and msiextract: the upgrade code, the version, a per-user
# install without elevation, the Start-menu shortcut, the programs, and a next version that
# replaces this one; with CPack's configuration, also that CPack's MSI shows the licence.
#   packaging/windows/check-msi.sh <out dir> [version] [bin dir] [CPackConfig.cmake]
# version defaults to the project's (CMakeLists.txt); bin dir, when it holds the programs of
# a build, puts them in the MSI instead of stubs (wixl packs any file; the structure is the
# point); CPackConfig.cmake, when given, must carry the same upgrade code and scope, so the
# MSI CPack makes on Windows agrees with the one checked here.
# Exit status: 0 all checks pass, 1 a check failed, 77 wixl or msiinfo missing (skipped).
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
out=${1:?usage: check-msi.sh <out dir> [version] [bin dir] [CPackConfig.cmake]}
version=${2:-$(sed -n '/^project(/,/)/s/^ *VERSION \([0-9.]*\).*/\1/p' "$root/CMakeLists.txt")}
bin=${3:-}
cpack_config=${4:-}

for tool in wixl msiinfo msiextract; do
  if ! command -v "$tool" >/dev/null; then
    echo "SKIP: $tool not found (Debian: apt-get install wixl msitools); the MSI is not checked" >&2
    exit 77
  fi
done

upgrade_code=$(sed -n 's/^set(MB_WIX_UPGRADE_GUID "\([0-9A-F-]*\)")$/\1/p' "$here/upgrade-code.cmake")
[ -n "$upgrade_code" ] || { echo "FAIL: no upgrade code in upgrade-code.cmake" >&2; exit 1; }

failures=0
fail() { echo "FAIL: $*" >&2; failures=$((failures + 1)); }
pass() { echo "ok: $*"; }

mkdir -p "$out/files"
out=$(cd "$out" && pwd)
for program in mailbox-browser b24mail b24-fake-portal; do
  if [ -n "$bin" ] && [ -f "$bin/$program" ]; then
    cp "$bin/$program" "$out/files/$program.exe"
  else
    printf 'stand-in for %s.exe\n' "$program" >"$out/files/$program.exe"
  fi
done
cp "$here/mailbox-browser.ico" "$out/files/"

# wixl resolves sources relative to the folder it runs in: absolute paths are refused.
build_msi() { # version msi
  (cd "$out" && wixl --arch x64 \
    -D "Version=$1" -D "UpgradeCode=$upgrade_code" \
    -D SourceDir=files -D IconFile=files/mailbox-browser.ico \
    -o "$2" "$here/mailbox-browser.wxs")
}

msi="$out/MailboxBrowser-$version.msi"
build_msi "$version" "$msi" || { echo "FAIL: wixl could not build the MSI" >&2; exit 1; }
pass "wixl built $(basename "$msi") ($(stat -c %s "$msi") bytes)"

# An exported table (tab-separated, CRLF, three header lines), without its header. msiinfo
# writes a table's binary streams (the Icon table's icons) into the folder it runs in: a
# scratch folder, so that nothing lands in the caller's working directory.
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
table() { (cd "$scratch" && msiinfo export "$1" "$2") | tr -d '\r' | tail -n +4; }
# Field $3 of the row of table $2 whose first field is $1, in $msi (or $4).
field() { table "${4:-$msi}" "$2" | awk -F'\t' -v key="$1" -v n="$3" '$1 == key { print $n }'; }
# check DESCRIPTION COMMAND...: counts a failure when COMMAND fails.
check() {
  local what=$1
  shift
  if "$@"; then pass "$what"; else fail "$what"; fi
}

check "UpgradeCode {$upgrade_code}" [ "$(field UpgradeCode Property 2)" = "{$upgrade_code}" ]
check "ProductVersion $version (the project's)" [ "$(field ProductVersion Property 2)" = "$version" ]
check "ProductName Mailbox Browser" [ "$(field ProductName Property 2)" = "Mailbox Browser" ]

# Per-user without an administrator: ALLUSERS=2 with MSIINSTALLPERUSER=1 (Windows Installer
# then puts ProgramFiles64Folder at %LOCALAPPDATA%\Programs and the Start menu in the user's
# profile), and the summary's word count says no elevation is needed (bit 8): no UAC prompt.
per_user() {
  [ "$(field ALLUSERS Property 2)" = 2 ] && [ "$(field MSIINSTALLPERUSER Property 2)" = 1 ]
}
check "per-user install (ALLUSERS '$(field ALLUSERS Property 2)', MSIINSTALLPERUSER '$(field MSIINSTALLPERUSER Property 2)')" per_user
word_count=$(msiinfo suminfo "$msi" | tr -d '\r' | sed -n 's/^Source: \([0-9]*\).*/\1/p')
check "no elevation needed (summary word count '$word_count' has bit 8)" \
  test $((${word_count:-0} & 8)) -eq 8
check "installs into ProgramFiles64Folder\\$(field INSTALLDIR Directory 3) (per user: %LOCALAPPDATA%\\Programs)" \
  [ "$(field INSTALLDIR Directory 2)" = ProgramFiles64Folder ]

# Shortcut table: Shortcut, Directory_, Name, Component_, Target, ...
shortcut=$(table "$msi" Shortcut | awk -F'\t' '$2 == "ProgramMenuFolder" { print $3 "|" $5 }')
check "Start-menu shortcut: '$shortcut'" \
  [ "$shortcut" = "Mailbox Browser|[INSTALLDIR]mailbox-browser.exe" ]
has_icon() {
  table "$msi" Icon | grep -q '^MailboxBrowser\.ico' &&
    [ "$(field ARPPRODUCTICON Property 2)" = MailboxBrowser.ico ]
}
check "icon in the Icon table and in Apps & features (ARPPRODUCTICON)" has_icon

files=$(table "$msi" File | cut -f3 | sort | tr '\n' ' ')
check "File table: $files" [ "$files" = "b24-fake-portal.exe b24mail.exe mailbox-browser.exe " ]

# The cabinet inside gives the files back as packed, under the install folder's name.
extracted="$out/extracted"
rm -rf "$extracted"
mkdir -p "$extracted"
unpacks() {
  (cd "$extracted" && msiextract "$msi" >/dev/null) &&
    for program in mailbox-browser b24mail b24-fake-portal; do
      cmp -s "$extracted/Mailbox Browser/$program.exe" "$out/files/$program.exe" || return 1
    done
}
check "msiextract gives back the three programs, byte for byte, in 'Mailbox Browser'" unpacks

# MajorUpgrade: an older version of the same UpgradeCode is found and removed, a newer one
# refuses the install.
upgrade_rows=$(table "$msi" Upgrade | grep -c "^{$upgrade_code}" || true)
check "Upgrade table: $upgrade_rows rows (older versions replaced, newer ones detected)" \
  [ "$upgrade_rows" -eq 2 ]
check "RemoveExistingProducts is sequenced" \
  [ -n "$(field RemoveExistingProducts InstallExecuteSequence 1)" ]

# The next version: same UpgradeCode, a new ProductCode, so Windows Installer upgrades in place.
IFS=. read -r major minor patch <<<"$version"
next="$major.$minor.$((${patch:-0} + 1))"
next_msi="$out/MailboxBrowser-$next.msi"
build_msi "$next" "$next_msi" || fail "wixl could not build version $next"
replaces() {
  [ "$(field UpgradeCode Property 2 "$next_msi")" = "{$upgrade_code}" ] &&
    [ "$(field ProductCode Property 2 "$next_msi")" != "$(field ProductCode Property 2)" ]
}
check "version $next: same UpgradeCode, new ProductCode (it replaces $version)" replaces

if [ -n "$cpack_config" ]; then
  check "CPack's configuration is there: $cpack_config" test -f "$cpack_config"
  setting() { sed -n "s/^set($1 \"\\(.*\\)\")\$/\\1/p" "$cpack_config"; }
  check "CPack's WIX package: UpgradeCode '$(setting CPACK_WIX_UPGRADE_GUID)'" \
    [ "$(setting CPACK_WIX_UPGRADE_GUID)" = "$upgrade_code" ]
  check "CPack's package version '$(setting CPACK_PACKAGE_VERSION)'" \
    [ "$(setting CPACK_PACKAGE_VERSION)" = "$version" ]
  cpack_per_user() {
    [ "$(setting CPACK_WIX_PROPERTY_ALLUSERS)" = 2 ] &&
      [ "$(setting CPACK_WIX_PROPERTY_MSIINSTALLPERUSER)" = 1 ] &&
      grep -q 'InstallScope="perUser"' "$(setting CPACK_WIX_TEMPLATE)"
  }
  check "CPack's WIX package installs per user (properties and template)" cpack_per_user
  check "CPack's WIX package: Start-menu shortcut '$(setting CPACK_PACKAGE_EXECUTABLES)'" \
    [ "$(setting CPACK_PACKAGE_EXECUTABLES)" = "mailbox-browser;Mailbox Browser" ]
  # The licence page: CPack makes its RTF from a .txt, which must be the project's LICENSE,
  # and the template must show it (WixUILicenseRtf and a WixUI dialog set).
  license_page() {
    local text
    text=$(setting CPACK_RESOURCE_FILE_LICENSE)
    [[ $text == *.txt ]] && cmp -s "$text" "$root/LICENSE" &&
      [ "$(setting CPACK_WIX_UI_REF)" = WixUI_Minimal ] &&
      grep -q '<WixVariable Id="WixUILicenseRtf" Value="$(var.CPACK_WIX_LICENSE_RTF)"/>' \
        "$(setting CPACK_WIX_TEMPLATE)" &&
      grep -q '<UIRef Id="$(var.CPACK_WIX_UI_REF)"/>' "$(setting CPACK_WIX_TEMPLATE)"
  }
  check "CPack's WIX package shows the MIT licence ('$(setting CPACK_RESOURCE_FILE_LICENSE)')" \
    license_page
fi

if [ "$failures" -ne 0 ]; then
  echo "$failures MSI check(s) failed" >&2
  exit 1
fi
echo "MSI checks passed: $msi"
