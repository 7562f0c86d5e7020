#!/usr/bin/env bash
# Proves that an AppDir made by build.sh does not lean on the build machine's Qt.
#   packaging/appimage/check-appdir.sh <AppDir> [version]
# (a) Every ELF file in it resolves every Qt and QtKeychain library inside the AppDir and
#     nothing is missing, both through the RUNPATH build.sh set and with LD_LIBRARY_PATH.
# (b) In a Debian 12 root that has no Qt at all, only the libraries of host-libraries: both
#     programs report the version, Qt's German and Russian strings load, b24mail lists the
#     mailboxes of the bundled sample portal over HTTPS, and the GUI runs its demo with that
#     portal offscreen and, given Xvfb, on X11, loading Qt from the AppDir only.
# (b) needs root (debootstrap, chroot). Without it (a) still runs and the script ends in 77.
# The root is made once and kept in $MB_CHROOT_CACHE (default /var/cache/mailbox-browser/chroot,
# outside $HOME, which the test suite replaces), named after its package list.
set -euo pipefail

readonly skipped=77
here=$(cd "$(dirname "$0")" && pwd)

fail() {
  echo "FAIL: $*" >&2
  exit 1
}

[ $# -ge 1 ] && [ -x "$1/AppRun" ] || { echo "usage: $0 <AppDir> [version]" >&2; exit 64; }
appdir=$(realpath "$1")
version=${2:-}

# Sonames and Debian packages of the libraries that come from the host.
mapfile -t host_sonames < <(awk '/^[^#]/ && NF {print $1}' "$here/host-libraries")
mapfile -t host_packages < <(awk '/^[^#]/ && NF {print $2}' "$here/host-libraries" | sort -u)

is_elf() { [ "$(head -c 4 "$1" 2>/dev/null | tr -d '\0')" = $'\x7fELF' ]; }

# --- (a) ldd ----------------------------------------------------------------------------
mapfile -t elves < <(find "$appdir" -type f | while read -r f; do is_elf "$f" && echo "$f"; done)
[ ${#elves[@]} -gt 0 ] || fail "no ELF files in $appdir"

check_resolution() { # $1: what the run is called; the environment is set by the caller
  local file line name path problems=0
  for file in "${elves[@]}"; do
    while read -r line; do
      case "$line" in
        *"not found"*)
          echo "  ${file#"$appdir"/}: $line" >&2
          problems=$((problems + 1)) ;;
        libQt6*" => "* | libqt6keychain*" => "*)
          name=${line%% *}
          path=$(sed 's/.* => \(.*\) (0x.*/\1/' <<<"$line")
          if [[ "$(realpath "$path")" != "$appdir"/* ]]; then
            echo "  ${file#"$appdir"/}: $name from $path" >&2
            problems=$((problems + 1))
          fi ;;
      esac
    done < <(ldd "$file" 2>&1)
  done
  [ "$problems" -eq 0 ] || fail "$problems libraries resolved outside the AppDir ($1)"
  echo "ok: ${#elves[@]} ELF files resolve Qt inside the AppDir ($1)"
}
(unset LD_LIBRARY_PATH; check_resolution "RUNPATH only")
(export LD_LIBRARY_PATH="$appdir/usr/lib"; check_resolution "LD_LIBRARY_PATH=<AppDir>/usr/lib")

# The host's libraries must not be bundled: a second copy is what they are listed to avoid.
for soname in "${host_sonames[@]}"; do
  [ ! -e "$appdir/usr/lib/$soname" ] || fail "$soname is bundled but listed as the host's"
done
echo "ok: none of the ${#host_sonames[@]} host libraries is bundled"

# --- (b) a root without Qt --------------------------------------------------------------
if [ "$(id -u)" -ne 0 ]; then
  echo "SKIP: the Qt-free root needs root rights (debootstrap, chroot)" >&2
  exit $skipped
fi
if ! command -v debootstrap >/dev/null; then
  echo "SKIP: debootstrap is not installed (scripts/install-deps.sh brings it)" >&2
  exit $skipped
fi

cache=${MB_CHROOT_CACHE:-/var/cache/mailbox-browser/chroot}
mirror=${MB_DEBIAN_MIRROR:-http://deb.debian.org/debian}
key=$(printf '%s\n' bookworm minbase "${host_packages[@]}" | sha256sum | cut -c1-12)
root="$cache/bookworm-$key"

if [ ! -x "$root/bin/sh" ]; then
  mkdir -p "$cache"
  partial="$root.partial"
  rm -rf "$partial"
  include=$(IFS=,; echo "${host_packages[*]}")
  echo "debootstrap: bookworm minbase + $include"
  started=$SECONDS
  if ! debootstrap --variant=minbase --include="$include" bookworm "$partial" "$mirror" \
    >"$cache/debootstrap.log" 2>&1; then
    tail -20 "$cache/debootstrap.log" >&2
    fail "debootstrap failed (log: $cache/debootstrap.log)"
  fi
  apt_cache=$(du -sh "$partial/var/cache/apt/archives" | cut -f1)
  rm -f "$partial"/var/cache/apt/archives/*.deb
  mv "$partial" "$root"
  echo "debootstrap: $((SECONDS - started)) s, $(du -sh "$root" | cut -f1) ($apt_cache of packages)"
else
  echo "reusing the root in $root"
fi

# A directory of its own, so that runs sharing the cached root do not meet.
target=/opt/MailboxBrowser-$$.AppDir

# The root must have no Qt outside the AppDir, and no OpenSSL: TLS below has to be the AppDir's.
qt_in_root=$(find "$root" -xdev \( -name 'libQt*' -o -name 'libqt*' -o -name 'libssl.so*' \) \
  -not -path "$root/opt/*" -print | head -5)
[ -z "$qt_in_root" ] || fail "the test root has Qt or OpenSSL of its own: $qt_in_root"
echo "ok: the root has no Qt and no OpenSSL"

pids=()
work=""
xvfb=""
cleanup() {
  for pid in "${pids[@]}" $xvfb; do kill "$pid" 2>/dev/null || true; done
  for pid in "${pids[@]}"; do wait "$pid" 2>/dev/null || true; done
  rm -rf "${work:-}" "${root:?}$target"
}
trap cleanup EXIT
cp -a "$appdir" "$root$target"
work=$(mktemp -d "$root/tmp/mb-check.XXXXXX")
inside=${work#"$root"}

# A command in the root with a clean environment. Qt finds its own directory through
# /proc/self/exe, so /proc is mounted, in a mount namespace of the command's own: nothing is
# left mounted whatever happens to this script. Every step execs the next, so a command started
# in the background has the pid in $! from the start to the program itself.
# shellcheck disable=SC2016 # expanded by the inner shell
in_root=(unshare --mount --propagation private -- /bin/sh -c
  'mount -t proc proc "$0/proc" && exec chroot "$0" "$@"' "$root"
  /usr/bin/env -i HOME=/root PATH=/usr/bin:/bin LANG=C.UTF-8 XDG_RUNTIME_DIR="$inside"
  QT_QPA_PLATFORM=offscreen)

# The version of both programs, through AppRun by argument and by the name it is called by.
gui_version=$("${in_root[@]}" "$target/AppRun" --version) || fail "AppRun --version"
cli_version=$("${in_root[@]}" "$target/AppRun" b24mail --version) || fail "AppRun b24mail --version"
ln -s "$target/AppRun" "$work/b24mail"
link_version=$("${in_root[@]}" "$inside/b24mail" --version) || fail "b24mail (a link to AppRun) --version"
echo "  $gui_version | $cli_version | $link_version"
[[ "$gui_version" == "mailbox-browser ${version:-}"* ]] || fail "mailbox-browser --version: $gui_version"
[[ "$cli_version" == *"${version:-.}"* && "$cli_version" == "$link_version" ]] ||
  fail "b24mail --version: $cli_version / $link_version"
echo "ok: both programs start in the root and report their version"

# Qt's own strings come from the AppDir's translations (qt.conf): QCommandLineParser's
# "Options:" heading is Qt's, not the app's.
for expected in de_DE:Optionen: ru_RU:Параметры:; do
  help=$("${in_root[@]}" LANG="${expected%%:*}.UTF-8" "$target/AppRun" --help) ||
    fail "AppRun --help (${expected%%:*})"
  grep -qx "${expected#*:}" <<<"$help" || fail "no Qt strings in ${expected%%:*}: $help"
done
echo "ok: Qt's German and Russian strings load from the AppDir"

# The sample portal from the AppDir over HTTPS, and b24mail listing its mailboxes: Qt's TLS
# plugin and the bundled OpenSSL do the work, since the root has neither.
"${in_root[@]}" "$target/usr/libexec/mailbox-browser/b24-fake-portal" --port 0 --https --mailboxes 7 \
  >"$work/portal.json" 2>"$work/portal.log" &
pids+=($!)
for _ in $(seq 100); do [ -s "$work/portal.json" ] && break; sleep 0.1; done
webhook=$(sed -n 's/.*"webhook_url":"\([^"]*\)".*/\1/p' "$work/portal.json")
ca_file=$(sed -n 's/.*"ca_file":"\([^"]*\)".*/\1/p' "$work/portal.json")
[ -n "$webhook" ] && [ -n "$ca_file" ] ||
  fail "the sample portal did not start: $(cat "$work/portal.json" "$work/portal.log")"
[[ "$webhook" == https://127.0.0.1:* ]] || fail "the portal is not on https://127.0.0.1: $webhook"
"${in_root[@]}" B24_WEBHOOK_URL="$webhook" "$target/AppRun" b24mail --ca-file "$ca_file" list \
  >"$work/list.txt" 2>&1 || fail "b24mail list: $(cat "$work/list.txt")"
mailboxes=$(grep -c '@' "$work/list.txt" || true)
[ "$mailboxes" -eq 7 ] || fail "b24mail list showed $mailboxes mailboxes, not 7: $(cat "$work/list.txt")"
echo "ok: b24mail lists the 7 mailboxes of the bundled portal over HTTPS"
kill "${pids[0]}"
wait "${pids[0]}" 2>/dev/null || true
pids=()

# Processes by the file they run (as the host sees it), since the chroot and the mount
# namespace stand between this script and them.
running() {
  local exe
  for exe in /proc/[0-9]*/exe; do
    if [ "$(readlink "$exe" 2>/dev/null)" = "$1" ]; then
      basename "$(dirname "$exe")"
      return 0 # the first is enough; no `| head` that pipefail would trip over
    fi
  done
  return 0
}

# The GUI's demo on the given Qt platform (and further VAR=value for the environment), with
# the sample portal it starts itself. It has no way to quit by itself, so "started" means: the
# portal is its child and both still run 3 s later.
gui_demo() {
  local platform=$1 log="$work/gui-$1.log" gui portal="" loaded foreign
  shift
  "${in_root[@]}" QT_QPA_PLATFORM="$platform" "$@" "$target/AppRun" --demo >"$log" 2>&1 &
  gui=$!
  pids+=("$gui")
  for _ in $(seq 150); do
    portal=$(running "$root$target/usr/libexec/mailbox-browser/b24-fake-portal")
    [ -n "$portal" ] && break
    kill -0 "$gui" 2>/dev/null || fail "the GUI ($platform) ended: $(cat "$log")"
    sleep 0.1
  done
  [ -n "$portal" ] || fail "the GUI ($platform) started no sample portal: $(cat "$log")"
  pids+=("$portal")
  [ "$(awk '{print $4}' "/proc/$portal/stat")" = "$gui" ] &&
    [ "$(readlink "/proc/$gui/exe")" = "$root$target/usr/bin/mailbox-browser" ] ||
    fail "the sample portal is not a child of the AppDir's mailbox-browser"
  sleep 3
  kill -0 "$gui" 2>/dev/null || fail "the GUI ($platform) ended: $(cat "$log")"
  kill -0 "$portal" 2>/dev/null || fail "the sample portal ended"
  # What the running GUI really loaded: every Qt library and plugin from the AppDir.
  loaded=$(awk '$6 ~ /\.so/ {print $6}' "/proc/$gui/maps" | sort -u)
  foreign=$(grep -E '/(libQt6|libqt6keychain|libq[a-z]*\.so)' <<<"$loaded" |
    grep -v "^$root$target/" || true)
  [ -z "$foreign" ] || fail "the GUI loaded Qt from outside the AppDir: $foreign"
  grep -q "^$root$target/usr/plugins/platforms/libq$platform.so$" <<<"$loaded" ||
    fail "the GUI did not load the AppDir's $platform platform plugin"
  echo "ok: the GUI runs its demo in the root on $platform:" \
    "$(grep -c "^$root$target/" <<<"$loaded") files mapped from the AppDir," \
    "$(grep -vc "^$root$target/" <<<"$loaded") from the root"
  kill "$gui" "$portal"
  wait "$gui" 2>/dev/null || true
  pids=()
}

gui_demo offscreen

# On X11 too, when Xvfb is at hand: it runs on the host, and the root's own libxcb reaches it
# through the abstract socket, which a chroot does not hide.
if command -v Xvfb >/dev/null; then
  Xvfb -displayfd 3 -nolisten tcp -screen 0 1280x800x24 3>"$work/display" 2>"$work/xvfb.log" &
  xvfb=$!
  for _ in $(seq 50); do [ -s "$work/display" ] && break; sleep 0.1; done
  [ -s "$work/display" ] || fail "Xvfb did not start: $(cat "$work/xvfb.log")"
  gui_demo xcb DISPLAY=":$(cat "$work/display")"
  kill "$xvfb"
  wait "$xvfb" 2>/dev/null || true
  xvfb=""
else
  echo "note: no Xvfb, the GUI was not tried on X11"
fi
