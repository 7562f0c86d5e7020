#!/usr/bin/env bash
# Runs jssdk-check.mjs: installs the pinned SDK into WORKDIR once, starts the local portal
# over HTTPS (the SDK accepts only https webhooks), and stops it afterwards.
#   run-jssdk-check.sh PORTAL_EXE WORKDIR
set -euo pipefail
portal_exe=$1
work=$2
here=$(cd "$(dirname "$0")" && pwd)
mailboxes=130

"$here/install-jssdk.sh" "$work"
cp "$here/jssdk-check.mjs" "$work/"

info=$(mktemp)
"$portal_exe" --https --mailboxes "$mailboxes" >"$info" &
portal=$!
trap 'kill "$portal" 2>/dev/null || true; rm -f "$info"' EXIT
for _ in $(seq 100); do [ -s "$info" ] && break; sleep 0.1; done
ca=$(sed -n 's/.*"ca_file":"\([^"]*\)".*/\1/p' "$info")
cd "$work"
NODE_EXTRA_CA_CERTS="$ca" node jssdk-check.mjs "$(head -n 1 "$info")" "$mailboxes"
