#!/usr/bin/env bash
# Makes the Debian package from a built tree and proves it: one .deb, everything
# under /usr, Depends from dpkg-shlibdeps; once installed both programs report the project's
# version and the GUI runs its demo offscreen with the packaged sample portal; once removed
# nothing of it is left (the user's settings live in $HOME and stay).
#   packaging/deb/test-install.sh <build dir> [--system] [--lintian]
# By default dpkg installs into a throwaway root, which needs no root rights. With --system
# (CI: root on a throwaway machine) it runs `dpkg -i` and `dpkg --purge` on this system.
# With --lintian, lintian checks the package first: any error or warning fails (there are no
# overrides; one would need a written reason beside it).
set -euo pipefail
usage() {
  echo "usage: $0 <build dir> [--system] [--lintian]" >&2
  exit 2
}
[ $# -ge 1 ] || usage
build=$(realpath "$1")
shift
mode=""
lintian=no
for option in "$@"; do
  case $option in
    --system) mode=--system ;;
    --lintian) lintian=yes ;;
    *) usage ;;
  esac
done

# shellcheck source=packaging/check-helpers.sh
. "$(dirname "$0")/../check-helpers.sh"
work=$(mktemp -d)
remove_on_exit "$work"

version=$(sed -n 's/^CMAKE_PROJECT_VERSION:STATIC=//p' "$build/CMakeCache.txt")
[ -n "$version" ] || fail "$build is not a configured build tree"
cpack --config "$build/CPackConfig.cmake" -G DEB -B "$work/out" >"$work/cpack.log" 2>&1 ||
  fail "cpack: $(cat "$work/cpack.log")"
debs=("$work"/out/*.deb)
[ ${#debs[@]} -eq 1 ] || fail "cpack made ${#debs[@]} packages: ${debs[*]}"
deb=${debs[0]}
echo "package: $(basename "$deb")"

if [ "$lintian" = yes ]; then
  command -v lintian >/dev/null || fail "lintian is not installed (Debian: apt-get install lintian)"
  # E: errors, W: warnings; I: (information) and N: (notes) do not fail the check.
  lintian --fail-on error,warning "$deb" >"$work/lintian.log" 2>&1 ||
    fail "lintian: $(cat "$work/lintian.log")"
  echo "lintian: no errors, no warnings"
fi

# The control fields. Versioned library dependencies can only come from dpkg-shlibdeps.
[ "$(dpkg-deb -f "$deb" Package)" = mailbox-browser ] || fail "package name"
[ "$(dpkg-deb -f "$deb" Version)" = "$version" ] || fail "version $(dpkg-deb -f "$deb" Version)"
depends=$(dpkg-deb -f "$deb" Depends)
echo "Depends: $depends"
for library in libc6 libstdc++6 libqt6core6 libqt6gui6 libqt6widgets6 libqt6network6 \
               libqt6httpserver6 libqt6keychain1; do
  [[ ", $depends," == *", $library (>= "* ]] || fail "Depends lacks $library (>= …)"
done
for plugins in qt6-qpa-plugins libqt6svg6; do
  [[ ", $depends," == *", $plugins,"* ]] || fail "Depends lacks $plugins"
done

# Everything under /usr, owned by root.
dpkg-deb -c "$deb" >"$work/contents"
outside=$(awk '{print $6}' "$work/contents" | grep -Ev '^\./(usr/.*)?$' || true)
[ -z "$outside" ] || fail "outside /usr: $outside"
owners=$(awk '{print $2}' "$work/contents" | sort -u)
[ "$owners" = root/root ] || fail "owners: $owners"
files=$(awk '$1 !~ /^d/ {print substr($6, 2)}' "$work/contents")
echo "$(wc -l <<<"$files") files"

# Runs what the package installed under <prefix>: the versions, then the GUI's demo, which
# must find and start the packaged sample portal by itself.
check_programs() {
  local prefix=$1
  export HOME="$work/home" XDG_CONFIG_HOME="$work/home/.config" XDG_RUNTIME_DIR="$work/run"
  export QT_QPA_PLATFORM=offscreen
  unset MB_SAMPLE_PORTAL
  mkdir -p "$XDG_CONFIG_HOME"
  mkdir -p -m 700 "$XDG_RUNTIME_DIR"
  [ "$("$prefix/bin/b24mail" --version)" = "b24mail $version" ] || fail "b24mail --version"
  [ "$("$prefix/bin/mailbox-browser" --version)" = "mailbox-browser $version" ] ||
    fail "mailbox-browser --version"
  demo_starts_portal "$prefix/bin" "$prefix/libexec/mailbox-browser/b24-fake-portal" 2
  kill "$app" "$portal"
  wait "$app" 2>/dev/null || true
  echo "installed programs OK under $prefix"
}

if [ "$mode" = --system ]; then
  [ "$(id -u)" -eq 0 ] || fail "--system needs root"
  ! dpkg -s mailbox-browser >/dev/null 2>&1 || fail "mailbox-browser is already installed"
  dpkg -i "$deb" >/dev/null
  check_programs /usr
  dpkg --purge mailbox-browser >/dev/null
  ! dpkg -s mailbox-browser >/dev/null 2>&1 || fail "still known to dpkg after --purge"
  for file in $files; do
    [ ! -e "$file" ] && [ ! -L "$file" ] || fail "left behind: $file"
  done
  [ ! -e /usr/libexec/mailbox-browser ] || fail "left behind: /usr/libexec/mailbox-browser"
else
  # A root of its own: dependencies are the host's, so dpkg is told not to look for them.
  root="$work/root"
  mkdir -p "$root/var/lib/dpkg/info" "$root/var/lib/dpkg/updates"
  touch "$root/var/lib/dpkg/status" "$root/var/lib/dpkg/available"
  dpkg=(dpkg --root="$root" --log=/dev/null --force-not-root --force-depends)
  "${dpkg[@]}" -i "$deb" >"$work/dpkg.log" 2>&1 || fail "dpkg -i: $(cat "$work/dpkg.log")"
  check_programs "$root/usr"
  "${dpkg[@]}" --purge mailbox-browser >"$work/dpkg.log" 2>&1 ||
    fail "dpkg --purge: $(cat "$work/dpkg.log")"
  left=$(cd "$root" && find . -mindepth 1 ! -path ./var ! -path ./var/lib ! -path './var/lib/dpkg*')
  [ -z "$left" ] || fail "left behind: $left"
fi
echo "Debian package OK: installed, run and removed"
