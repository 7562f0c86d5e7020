#!/usr/bin/env bash
# Installs a build into a throwaway DESTDIR with prefix /usr and checks what a user gets:
# exactly the expected files, a desktop file, metainfo and man page their validators accept,
# both programs at the project's version, and installed programs that find and use the
# installed sample portal.
#   tests/packaging/check-install-tree.sh <build dir> <version> <app id>
set -euo pipefail
build=$1
version=$2
app_id=$3

# shellcheck source=packaging/check-helpers.sh
. "$(dirname "$0")/../../packaging/check-helpers.sh"
root=$(mktemp -d)
remove_on_exit "$root"

DESTDIR="$root/dest" cmake --install "$build" --prefix /usr >/dev/null
usr="$root/dest/usr"

# Exactly these files, and nothing outside /usr.
sizes=(16 22 24 32 48 64 128 256)
expected=(
  bin/b24mail
  bin/mailbox-browser
  libexec/mailbox-browser/b24-fake-portal
  "share/applications/$app_id.desktop"
  "share/icons/hicolor/scalable/apps/$app_id.svg"
  share/doc/mailbox-browser/changelog.Debian.gz
  share/doc/mailbox-browser/changelog.gz
  share/doc/mailbox-browser/copyright
  share/man/man1/b24mail.1.gz
  share/man/man1/mailbox-browser.1.gz
  "share/metainfo/$app_id.metainfo.xml"
)
for size in "${sizes[@]}"; do
  expected+=("share/icons/hicolor/${size}x${size}/apps/$app_id.png")
done
[ "$(ls -A "$root/dest")" = usr ] || fail "installed outside /usr: $(ls -A "$root/dest")"
if ! diff -u <(printf '%s\n' "${expected[@]}" | LC_ALL=C sort) \
             <(cd "$usr" && find . -type f -o -type l | sed 's|^\./||' | LC_ALL=C sort); then
  fail "the installed files are not the expected ones"
fi
for program in bin/b24mail bin/mailbox-browser libexec/mailbox-browser/b24-fake-portal; do
  [ -x "$usr/$program" ] || fail "$program is not executable"
done

# Each PNG is as large as its folder says (width and height from the IHDR chunk).
for size in "${sizes[@]}"; do
  png="$usr/share/icons/hicolor/${size}x${size}/apps/$app_id.png"
  read -r width height < <(od -An -tu4 --endian=big -j16 -N8 "$png")
  [ "$width" = "$size" ] && [ "$height" = "$size" ] ||
    fail "$(basename "$(dirname "$(dirname "$png")")") icon is ${width}x${height}"
done

# The validators say nothing (desktop-file-validate prints warnings but exits 0 on them).
desktop="$usr/share/applications/$app_id.desktop"
out=$(desktop-file-validate "$desktop" 2>&1) || fail "desktop-file-validate: $out"
[ -z "$out" ] || fail "desktop-file-validate: $out"
grep -qx "Icon=$app_id" "$desktop" || fail "the desktop file names another icon"
metainfo="$usr/share/metainfo/$app_id.metainfo.xml"
# validate-tree also checks that the metainfo's desktop file and icon are installed with it.
appstreamcli validate-tree --no-net "$root/dest" >/dev/null || fail "appstreamcli validate-tree"
grep -q "<id>$app_id</id>" "$metainfo" || fail "the metainfo has another id"
grep -q "<release version=\"$version\"" "$metainfo" || fail "the metainfo lacks release $version"
grep -q "<launchable type=\"desktop-id\">$app_id.desktop</launchable>" "$metainfo" ||
  fail "the metainfo launches another desktop file"
for program in b24mail mailbox-browser; do
  man_page="$usr/share/man/man1/$program.1.gz"
  out=$(MANWIDTH=80 man --warnings -l "$man_page" 2>&1 >/dev/null) || fail "man $program: $out"
  [ -z "$out" ] || fail "man --warnings $program: $out"
  # Without roff's \- escapes; grep reads to the end (no -q): quitting early would trip
  # pipefail through zcat's SIGPIPE.
  zcat "$man_page" | sed 's/\\-/-/g' |
    grep "^\.TH ${program^^} 1 .*\"$program $version\"" >/dev/null ||
    fail "the $program man page is not stamped with $version"
done
# The licence: MIT, in the metainfo and in Debian's machine-readable copyright file.
grep -q "<project_license>MIT</project_license>" "$metainfo" || fail "the metainfo has no MIT licence"
copyright="$usr/share/doc/mailbox-browser/copyright"
grep -qx "Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/" "$copyright" &&
  grep -qx "License: Expat" "$copyright" || fail "copyright is not DEP-5 with the Expat (MIT) licence"
[ "$(zcat "$usr/share/doc/mailbox-browser/changelog.gz" | sed -n 1p)" = "# Changelog" ] ||
  fail "changelog.gz is not CHANGELOG.md"

# The installed programs, with settings in the throwaway root.
export HOME="$root/home" XDG_CONFIG_HOME="$root/config" XDG_RUNTIME_DIR="$root/run"
export QT_QPA_PLATFORM=offscreen
unset MB_SAMPLE_PORTAL B24_WEBHOOK_URL B24_ACCESS_TOKEN
mkdir -p "$HOME" "$XDG_CONFIG_HOME"
mkdir -m 700 "$XDG_RUNTIME_DIR"
[ "$("$usr/bin/b24mail" --version)" = "b24mail $version" ] || fail "b24mail --version"
[ "$("$usr/libexec/mailbox-browser/b24-fake-portal" --version)" = "b24-fake-portal $version" ] ||
  fail "b24-fake-portal --version"
[ "$("$usr/bin/mailbox-browser" --version)" = "mailbox-browser $version" ] ||
  fail "mailbox-browser --version: $("$usr/bin/mailbox-browser" --version 2>&1)"

# The installed portal serves the installed b24mail.
info="$root/portal.json"
"$usr/libexec/mailbox-browser/b24-fake-portal" --port 0 --mailboxes 7 >"$info" 2>/dev/null &
started+=($!)
for _ in $(seq 100); do [ -s "$info" ] && break; sleep 0.1; done
B24_WEBHOOK_URL=$(sed -n '1s/.*"webhook_url":"\([^"]*\)".*/\1/p' "$info")
case "$B24_WEBHOOK_URL" in
  http://127.0.0.1:*) ;;
  *) fail "the installed portal printed no local webhook: $(cat "$info")" ;;
esac
mailboxes=$(B24_WEBHOOK_URL="$B24_WEBHOOK_URL" "$usr/bin/b24mail" list --json) ||
  fail "installed b24mail list against the installed portal"
count=$(grep -o '"email"' <<<"$mailboxes" | wc -l)
[ "$count" -eq 7 ] || fail "b24mail listed $count mailboxes, not 7: $mailboxes"

# The installed app finds the installed portal by itself (SamplePortal::findExecutable,
# relative to its own bin/) and starts it for --demo.
demo_starts_portal "$usr/bin" "$usr/libexec/mailbox-browser/b24-fake-portal" 1
echo "install tree OK: ${#expected[@]} files under usr/, version $version"
