#!/usr/bin/env bash
# Installs what is missing, builds, and opens Mailbox Browser against the bundled sample
# portal (`mailbox-browser --demo` starts it on 127.0.0.1 and stops it on exit).
# Without a display (a server, an ssh session), shows the same portal through b24mail.
set -euo pipefail
cd "$(dirname "$0")/.."

./scripts/install-deps.sh
cmake --preset release >/dev/null
cmake --build --preset release -j "$(nproc)" --target mailbox-browser b24mail b24-fake-portal
bin=build/release/bin

if [ -n "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ] || [ "$(uname)" = Darwin ]; then
  exec "$bin/mailbox-browser" --demo
fi

echo "No display: showing the sample portal with b24mail instead of the window." >&2
info=$(mktemp)
"$bin/b24-fake-portal" --mailboxes 40 --rate-limit on >"$info" &
portal=$!
trap 'kill "$portal" 2>/dev/null; rm -f "$info"' EXIT
for _ in $(seq 50); do [ -s "$info" ] && break; sleep 0.1; done
export B24_WEBHOOK_URL
B24_WEBHOOK_URL=$(sed -n 's/.*"webhook_url":"\([^"]*\)".*/\1/p' "$info")
echo "Sample portal: $(sed -n 's/.*"base_url":"\([^"]*\)".*/\1/p' "$info")"
"$bin/b24mail" list
"$bin/b24mail" senders
"$bin/b24mail" fields
