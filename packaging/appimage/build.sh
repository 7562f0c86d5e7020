#!/usr/bin/env bash
# Makes the AppImage's directory tree, and the AppImage itself where appimagetool is at hand.
#   packaging/appimage/build.sh <build dir> <out dir>       (the build dir built already)
# <out>/MailboxBrowser.AppDir holds `cmake --install` of the build (with --strip), every
# library the programs and the bundled Qt plugins need except those of host-libraries, the
# plugins, Qt's German and Russian strings, qt.conf, the desktop file, the icon and AppRun.
# <out>/MailboxBrowser-<version>-x86_64.AppImage follows when appimagetool is on PATH or named
# by $APPIMAGETOOL. Neither appimagetool nor the AppImage runtime is packaged by Debian or npm,
# so here the AppDir is the result; the CI workflow downloads appimagetool and makes the image.
# Qt is the one `qtpaths6` (or `qtpaths`, or $QTPATHS) reports, so a Qt from elsewhere works too.
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)

die() {
  echo "build.sh: $*" >&2
  exit 1
}

[ $# -eq 2 ] || { echo "usage: $0 <build dir> <out dir>" >&2; exit 64; }
build=$(realpath "$1")
mkdir -p "$2"
out=$(realpath "$2")
appdir="$out/MailboxBrowser.AppDir"

version=$(sed -n 's/^CMAKE_PROJECT_VERSION:STATIC=//p' "$build/CMakeCache.txt" 2>/dev/null || true)
[ -n "$version" ] || die "$build is not a configured build tree"

qtpaths=${QTPATHS:-$(command -v qtpaths6 || command -v qtpaths || true)}
[ -n "$qtpaths" ] || die "qtpaths6 not found (Debian: qt6-base-dev-tools)"
qt_query() { "$qtpaths" --query "$1"; }
qt_plugins=$(qt_query QT_INSTALL_PLUGINS)
qt_translations=$(qt_query QT_INSTALL_TRANSLATIONS)
qt_libs=$(qt_query QT_INSTALL_LIBS)
for tool in patchelf ldd objdump; do
  command -v "$tool" >/dev/null || die "$tool not found (scripts/install-deps.sh brings it)"
done

mapfile -t host_sonames < <(awk '/^[^#]/ && NF {print $1}' "$here/host-libraries")
is_host_library() {
  local soname
  for soname in "${host_sonames[@]}"; do [ "$1" = "$soname" ] && return 0; done
  return 1
}
is_elf() { [ "$(head -c 4 "$1" 2>/dev/null | tr -d '\0')" = $'\x7fELF' ]; }

# --- the installed programs -------------------------------------------------------------
rm -rf "$appdir"
cmake --install "$build" --prefix "$appdir/usr" --strip >/dev/null
[ -x "$appdir/usr/bin/mailbox-browser" ] && [ -x "$appdir/usr/bin/b24mail" ] ||
  die "cmake --install did not install mailbox-browser and b24mail"
portal="$appdir/usr/libexec/mailbox-browser/b24-fake-portal"
[ -x "$portal" ] || die "cmake --install did not install the sample portal"

# --- Qt plugins -------------------------------------------------------------------------
# What a desktop session needs: X11 (also under XWayland), offscreen for headless use, GL for
# X11, TLS through OpenSSL, the SVG icons, input methods (compose keys, IBus for non-Latin
# layouts), and Wayland and the desktop portal where the build machine has them.
# Left out on purpose: the GTK3 platform theme (it would need the build machine's GTK, whose
# themes and modules must match the host's), and platforms for devices without a desktop.
plugins=(
  platforms/libqxcb.so platforms/libqoffscreen.so
  'platforms/libqwayland-*.so' 'wayland-*/*.so'
  'xcbglintegrations/*.so'
  tls/libqopensslbackend.so
  imageformats/libqsvg.so iconengines/libqsvgicon.so
  platforminputcontexts/libcomposeplatforminputcontextplugin.so
  platforminputcontexts/libibusplatforminputcontextplugin.so
  platformthemes/libqxdgdesktopportal.so
)
shopt -s nullglob
for pattern in "${plugins[@]}"; do
  # shellcheck disable=SC2206 # the pattern is meant to be expanded
  matches=("$qt_plugins"/$pattern)
  for plugin in "${matches[@]}"; do
    [ -f "$plugin" ] || continue # a plain name that is not there
    kind=$(basename "$(dirname "$plugin")")
    install -D -m 0644 "$plugin" "$appdir/usr/plugins/$kind/$(basename "$plugin")"
  done
done
shopt -u nullglob
for required in platforms/libqxcb.so platforms/libqoffscreen.so tls/libqopensslbackend.so \
  imageformats/libqsvg.so iconengines/libqsvgicon.so; do
  [ -f "$appdir/usr/plugins/$required" ] || die "Qt plugin $required not found in $qt_plugins"
done

# --- libraries --------------------------------------------------------------------------
mkdir -p "$appdir/usr/lib"
# Qt's OpenSSL backend opens libssl and libcrypto at run time, so no ELF file names them.
for soname in libssl.so.3 libcrypto.so.3; do
  # awk reads to the end: leaving early would kill ldconfig with SIGPIPE, and pipefail with it.
  path=$(ldconfig -p | awk -v n="$soname" '$1 == n && /x86-64/ && !found {found = $NF} END {print found}')
  [ -n "$path" ] || die "$soname not found (Debian: libssl3)"
  install -m 0644 "$path" "$appdir/usr/lib/$soname"
done

# Every DT_NEEDED, followed from the programs and the plugins through what they pull in, is
# copied unless the host provides it. ldd says where each name resolves on this machine, with
# Qt's library directory first so a Qt outside the system paths is found too.
declare -A seen=()
queue=()
while IFS= read -r -d '' file; do
  is_elf "$file" && queue+=("$file")
done < <(find "$appdir/usr" -type f -print0)
bundled=0
while [ ${#queue[@]} -gt 0 ]; do
  file=${queue[0]}
  queue=("${queue[@]:1}")
  declare -A where=()
  while read -r name arrow path _; do
    [ "$arrow" = "=>" ] && where[$name]=$path
  done < <(LD_LIBRARY_PATH="$qt_libs${LD_LIBRARY_PATH:+:$LD_LIBRARY_PATH}" ldd "$file")
  for needed in $(objdump -p "$file" | awk '$1 == "NEEDED" {print $2}'); do
    [ -z "${seen[$needed]:-}" ] || continue
    seen[$needed]=1
    is_host_library "$needed" && continue
    [ -e "$appdir/usr/lib/$needed" ] && continue
    path=${where[$needed]:-not}
    [ "$path" != "not" ] || die "${file#"$appdir"/} needs $needed, which is not found"
    install -m 0644 "$path" "$appdir/usr/lib/$needed"
    queue+=("$appdir/usr/lib/$needed")
    bundled=$((bundled + 1))
  done
  unset where
done

# Each ELF file finds the bundled libraries through its own RUNPATH rather than through an
# LD_LIBRARY_PATH set by AppRun: that variable would be inherited by everything the app
# starts (the web browser for signing in, xdg-open) and load our Qt and OpenSSL into them.
# RUNPATH does not carry over to dependencies, so every file gets one.
while IFS= read -r -d '' file; do
  is_elf "$file" || continue
  relative=$(realpath --relative-to="$(dirname "$file")" "$appdir/usr/lib")
  # shellcheck disable=SC2016 # $ORIGIN is for the dynamic loader, not the shell
  if [ "$relative" = . ]; then runpath='$ORIGIN'; else runpath="\$ORIGIN/$relative"; fi
  patchelf --set-rpath "$runpath" "$file"
done < <(find "$appdir/usr" -type f -print0)

# --- Qt's paths, translations, desktop integration, AppRun ------------------------------
# qt.conf beside each Qt program points Qt at the AppDir instead of the build machine's Qt.
write_qt_conf() { # $1: directory of the program, $2: the way from there to usr
  cat >"$1/qt.conf" <<EOF
[Paths]
Prefix = $2
Libraries = lib
Plugins = plugins
Translations = translations
EOF
}
write_qt_conf "$appdir/usr/bin" ..
write_qt_conf "$(dirname "$portal")" ../..

# Qt's own strings in the languages the app is translated into (package qt6-translations-l10n).
mkdir -p "$appdir/usr/translations"
for language in de ru; do
  qm="$qt_translations/qtbase_$language.qm"
  [ -f "$qm" ] || die "$qm not found (Debian: qt6-translations-l10n)"
  install -m 0644 "$qm" "$appdir/usr/translations/"
done

# The desktop file and icon the install rules made, where AppImage tools look for them.
desktops=("$appdir"/usr/share/applications/*.desktop)
[ ${#desktops[@]} -eq 1 ] && [ -f "${desktops[0]}" ] ||
  die "expected one desktop file in usr/share/applications, found: ${desktops[*]}"
desktop=${desktops[0]}
icon=$(sed -n 's/^Icon=//p;T;q' "$desktop")
svg="$appdir/usr/share/icons/hicolor/scalable/apps/$icon.svg"
png="$appdir/usr/share/icons/hicolor/256x256/apps/$icon.png"
[ -f "$svg" ] || die "the icon $icon is not installed as scalable SVG"
ln -s "usr/share/applications/$(basename "$desktop")" "$appdir/$(basename "$desktop")"
ln -s "${svg#"$appdir"/}" "$appdir/$icon.svg"
if [ -f "$png" ]; then
  ln -s "${png#"$appdir"/}" "$appdir/.DirIcon"
else
  ln -s "$icon.svg" "$appdir/.DirIcon"
fi

install -m 0755 "$here/AppRun" "$appdir/AppRun"

echo "AppDir: $appdir"
echo "  $(du -sh "$appdir" | cut -f1), $bundled libraries bundled," \
  "$(find "$appdir/usr/plugins" -name '*.so' | wc -l) Qt plugins"

# --- the AppImage -----------------------------------------------------------------------
# The one step that needs appimagetool (which carries the AppImage runtime). The CI workflow
# downloads it on GitHub and points $APPIMAGETOOL at it; here it is usually absent.
make_appimage() {
  local tool=${APPIMAGETOOL:-$(command -v appimagetool || true)}
  local image="$out/MailboxBrowser-$version-x86_64.AppImage"
  if [ -z "$tool" ]; then
    echo "No appimagetool (set \$APPIMAGETOOL): the AppImage is left to the CI workflow."
    return 0
  fi
  rm -f "$image"
  # APPIMAGE_EXTRACT_AND_RUN: appimagetool is itself an AppImage, and CI runners lack FUSE.
  ARCH=x86_64 VERSION="$version" APPIMAGE_EXTRACT_AND_RUN=1 "$tool" "$appdir" "$image"
  echo "AppImage: $image ($(du -h "$image" | cut -f1))"
}
make_appimage
