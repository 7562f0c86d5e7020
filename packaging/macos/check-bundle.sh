#!/usr/bin/env bash
# The macOS half of packaging that can run on Linux, checked without a Mac:
# - deploy.cmake, run by CPack in its staging tree of a stand-in project laid out as the
#   install rules lay out the programs on macOS, with stand-in macdeployqt and codesign:
#   b24mail and the sample portal move into the bundle, nothing else is left beside it,
#   macdeployqt deploys all three with QtKeychain's folder, and the signing goes inside out
#   (ad hoc, and with an identity from MB_MACOS_SIGN_IDENTITY);
# - the Info.plist mb_apply_platform_bundle() configures: a valid property list with the
#   bundle id, the project's version, the icon and high-resolution support.
#   packaging/macos/check-bundle.sh <work dir> <version> [app id]
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
work=${1:?usage: check-bundle.sh <work dir> <version> [app id]}
version=${2:?usage: check-bundle.sh <work dir> <version> [app id]}
app_id=${3:-io.github.mailbox_browser.MailboxBrowser}
rm -rf "$work"
mkdir -p "$work/tools" "$work/keychain/lib"
work=$(cd "$work" && pwd)

# shellcheck source=packaging/check-helpers.sh
. "$here/../check-helpers.sh"

for tool in macdeployqt codesign; do
  printf '#!/bin/sh\necho "$*" >>"%s/%s.args"\n' "$work" "$tool" >"$work/tools/$tool"
  chmod +x "$work/tools/$tool"
done
touch "$work/keychain/lib/libqt6keychain.1.dylib"
# CPack runs the script for its DragNDrop generator only; the stand-in packs a tarball.
sed 's/STREQUAL "DragNDrop"/STREQUAL "TGZ"/' "$here/deploy.cmake" >"$work/deploy.cmake"

cat >"$work/CMakeLists.txt" <<EOF
cmake_minimum_required(VERSION 3.25)
project(BundleCheck VERSION $version LANGUAGES NONE)
set(MB_APP_ID $app_id)
file(WRITE \${CMAKE_BINARY_DIR}/stub "stub\n")
install(FILES \${CMAKE_BINARY_DIR}/stub DESTINATION mailbox-browser.app/Contents
        RENAME Info.plist)
install(PROGRAMS \${CMAKE_BINARY_DIR}/stub DESTINATION mailbox-browser.app/Contents/MacOS
        RENAME mailbox-browser)
install(PROGRAMS \${CMAKE_BINARY_DIR}/stub DESTINATION bin RENAME b24mail)
install(PROGRAMS \${CMAKE_BINARY_DIR}/stub DESTINATION libexec/mailbox-browser
        RENAME b24-fake-portal)
set(CPACK_MB_DEPLOYQT $work/tools/macdeployqt)
set(CPACK_MB_KEYCHAIN_LIBRARY $work/keychain/lib/libqt6keychain.1.dylib)
set(CPACK_PRE_BUILD_SCRIPTS $work/deploy.cmake)
set(CPACK_PACKAGE_NAME bundlecheck)
set(CPACK_PACKAGE_FILE_NAME bundlecheck)
include(CPack)

# The Info.plist, configured as on macOS (the .icns needs iconutil: not made here).
include($here/../PlatformBundle.cmake)
add_library(mailbox-browser INTERFACE)
set_target_properties(mailbox-browser PROPERTIES MACOSX_BUNDLE TRUE)
set(APPLE TRUE)
set(MB_ICONUTIL IGNORE) # found (no search) yet false: the .icns is not made, even on a Mac
mb_apply_platform_bundle(mailbox-browser)
EOF

cmake -S "$work" -B "$work/build" >"$work/configure.log" 2>&1 ||
  { cat "$work/configure.log" >&2; exit 1; }
run_cpack() {
  (cd "$work/build" && PATH="$work/tools:$PATH" cpack -G TGZ >"$work/cpack.log" 2>&1) ||
    { cat "$work/cpack.log" >&2; exit 1; }
}
run_cpack

listing=$(tar tzf "$work/build/bundlecheck.tar.gz" | grep -v '/$' | sed 's|^bundlecheck/||' | sort |
  tr '\n' ' ')
check "the bundle alone, with the three programs: $listing" [ "$listing" = \
  "mailbox-browser.app/Contents/Info.plist mailbox-browser.app/Contents/MacOS/b24-fake-portal mailbox-browser.app/Contents/MacOS/b24mail mailbox-browser.app/Contents/MacOS/mailbox-browser " ]
deploy_args=$(cat "$work/macdeployqt.args")
check "macdeployqt: the bundle, both helpers, QtKeychain's folder" \
  grep -Eq "mailbox-browser\.app -executable=.*/MacOS/b24mail -executable=.*/MacOS/b24-fake-portal -libpath=$work/keychain/lib" <<<"$deploy_args"
signed=$(sed 's|/[^ ]*/mailbox-browser\.app|APP|' "$work/codesign.args" | tr '\n' '|')
check "ad hoc signature, inside out, then verified" [ "$signed" = \
  "--force --sign - APP/Contents/MacOS/b24mail|--force --sign - APP/Contents/MacOS/b24-fake-portal|--force --sign - --deep APP|--verify --deep --strict --verbose=2 APP|" ]

rm -f "$work"/*.args
MB_MACOS_SIGN_IDENTITY="Developer ID Application: Check (TEAM)" run_cpack
check "with an identity, macdeployqt signs with the hardened runtime and a time stamp" \
  grep -q -- "-codesign=Developer ID Application: Check (TEAM) -hardened-runtime -timestamp" \
  "$work/macdeployqt.args"
check "with an identity, the helpers and the bundle get it with the hardened runtime" \
  [ "$(grep -c -- "--force --options runtime --timestamp --sign Developer ID Application: Check (TEAM)" \
    "$work/codesign.args")" -eq 3 ]

plist="$work/build/mailbox-browser-Info.plist"
expected_id=${app_id//_/-}
plist_ok() {
  python3 - "$plist" "$version" "$expected_id" <<'EOF'
import plistlib, sys
path, version, bundle_id = sys.argv[1:]
with open(path, 'rb') as f:
    info = plistlib.load(f)
want = {
    'CFBundleIdentifier': bundle_id, 'CFBundleShortVersionString': version,
    'CFBundleVersion': version, 'CFBundleExecutable': 'mailbox-browser',
    'CFBundleIconFile': 'mailbox-browser.icns', 'CFBundlePackageType': 'APPL',
    'NSHighResolutionCapable': True,
}
wrong = {k: info.get(k) for k, v in want.items() if info.get(k) != v}
if wrong or not info.get('LSMinimumSystemVersion'):
    print('Info.plist differs:', wrong, file=sys.stderr)
    sys.exit(1)
EOF
}
check "Info.plist: id $expected_id, version $version, icon, high-resolution capable" plist_ok

checks_passed
echo "macOS deploy step and Info.plist: all checks passed"
