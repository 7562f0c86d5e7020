#!/usr/bin/env bash
# The Windows half of packaging that can run on Linux, checked without Windows:
# - deploy.cmake, run by CPack in its staging tree of a stand-in project laid out as the
#   install rules lay out the programs on Windows, with a stand-in windeployqt: the sample
#   portal joins the app in bin/ and libexec/ goes, windeployqt gets the three programs,
#   QtKeychain and the C++ runtime DLLs land next to them;
# - mailbox-browser.rc as mb_apply_platform_bundle() configures it: icon and the version.
#   packaging/windows/check-deploy.sh <work dir> <version>
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
work=${1:?usage: check-deploy.sh <work dir> <version>}
version=${2:?usage: check-deploy.sh <work dir> <version>}
rm -rf "$work"
mkdir -p "$work/tools" "$work/libs"
work=$(cd "$work" && pwd)

# shellcheck source=packaging/check-helpers.sh
. "$here/../check-helpers.sh"

printf '#!/bin/sh\necho "$*" >>"%s/windeployqt.args"\n' "$work" >"$work/tools/windeployqt"
chmod +x "$work/tools/windeployqt"
touch "$work/libs/qt6keychain.dll" "$work/libs/msvcp140.dll" "$work/libs/vcruntime140.dll"
# CPack runs the script for its WIX generator only; the stand-in packs a tarball instead.
sed 's/STREQUAL "WIX"/STREQUAL "TGZ"/' "$here/deploy.cmake" >"$work/deploy.cmake"

cat >"$work/CMakeLists.txt" <<EOF
cmake_minimum_required(VERSION 3.25)
project(DeployCheck VERSION $version LANGUAGES NONE)
file(WRITE \${CMAKE_BINARY_DIR}/stub "stub\n")
install(PROGRAMS \${CMAKE_BINARY_DIR}/stub DESTINATION bin RENAME mailbox-browser.exe)
install(PROGRAMS \${CMAKE_BINARY_DIR}/stub DESTINATION bin RENAME b24mail.exe)
install(PROGRAMS \${CMAKE_BINARY_DIR}/stub DESTINATION libexec/mailbox-browser
        RENAME b24-fake-portal.exe)
set(CPACK_MB_DEPLOYQT $work/tools/windeployqt)
set(CPACK_MB_KEYCHAIN_LIBRARY $work/libs/qt6keychain.dll)
set(CPACK_MB_RUNTIME_LIBRARIES $work/libs/msvcp140.dll $work/libs/vcruntime140.dll)
set(CPACK_PRE_BUILD_SCRIPTS $work/deploy.cmake)
set(CPACK_PACKAGE_NAME deploycheck)
set(CPACK_PACKAGE_FILE_NAME deploycheck)
include(CPack)

# The resource file, configured as on Windows.
include($here/../PlatformBundle.cmake)
add_library(mailbox-browser INTERFACE) # no compiler here: the .rc is configured, not built
set(WIN32 TRUE)
mb_apply_platform_bundle(mailbox-browser)
EOF

cmake -S "$work" -B "$work/build" >"$work/configure.log" 2>&1 ||
  { cat "$work/configure.log" >&2; exit 1; }
(cd "$work/build" && cpack -G TGZ >"$work/cpack.log" 2>&1) || { cat "$work/cpack.log" >&2; exit 1; }

listing=$(tar tzf "$work/build/deploycheck.tar.gz" | grep -v '/$' | sed 's|^deploycheck/||' | sort |
  tr '\n' ' ')
check "one folder, bin/, with the programs and their DLLs: $listing" [ "$listing" = \
  "bin/b24-fake-portal.exe bin/b24mail.exe bin/mailbox-browser.exe bin/msvcp140.dll bin/qt6keychain.dll bin/vcruntime140.dll " ]
check "no libexec/ left" bash -c "! tar tzf '$work/build/deploycheck.tar.gz' | grep -q libexec"
args=$(cat "$work/windeployqt.args" 2>/dev/null || true)
check "windeployqt ran once, on the three programs" \
  [ "$(grep -o '/bin/[a-z0-9-]*\.exe' <<<"$args" | tr '\n' ' ')" = \
  "/bin/mailbox-browser.exe /bin/b24mail.exe /bin/b24-fake-portal.exe " ]
check "windeployqt leaves out the runtime installer and software OpenGL" \
  grep -q -- '--no-compiler-runtime --no-opengl-sw' <<<"$args"

rc="$work/build/mailbox-browser.rc"
check "the .rc names the icon, which exists" \
  test -f "$(sed -n 's/^IDI_ICON1 ICON "\(.*\)"$/\1/p' "$rc")"
IFS=. read -r major minor patch <<<"$version"
check "the .rc carries version $version" grep -q "^FILEVERSION $major,$minor,$patch,0$" "$rc"
check "the .rc's version strings are $version" \
  [ "$(grep -c "\"$version\\\\0\"" "$rc")" -eq 2 ]

checks_passed
echo "Windows deploy step and resource file: all checks passed"
