#!/usr/bin/env bash
# Refreshes the portal-made seeds of tests/fuzz/corpus/ from the sample portal: real answers
# of every list method (a page, an error, a batch), and of the OAuth token endpoint.
# Hand-written seeds (hostile numbers, broken shapes) sit beside them and are kept.
#   tests/fuzz/make-seeds.sh [build dir, default build/ci]
set -euo pipefail
cd "$(dirname "$0")/../.."
build="${1:-build/ci}"
exec python3 tests/fuzz/make_seeds.py "$build/bin/b24-fake-portal" tests/fuzz/corpus
