#!/usr/bin/env bash
# Builds the libFuzzer targets (preset `fuzz`: clang-14, ASan + UBSan) and runs each for a
# bounded time, starting from its checked-in corpus (tests/fuzz/corpus/<target>/: seeds
# taken from the sample portal and every input that ever crashed).
#   scripts/fuzz.sh [seconds per target (default 20)] [target...]
# The corpus is only read: new inputs go to build/fuzz/work/<target>/, and a crash leaves
# build/fuzz/artifacts/<target>-crash-* (add it to the corpus as a regression input; the
# ordinary test suite replays the corpus). Prints `name value unit` lines: the executions
# per target and in total. Exits non-zero when a target crashed.
set -euo pipefail
cd "$(dirname "$0")/.."

seconds="${1:-20}"
shift || true

cmake --preset fuzz >/dev/null
cmake --build --preset fuzz -j "$(nproc)"

bin=build/fuzz/fuzz
work=build/fuzz/work
artifacts=build/fuzz/artifacts
mkdir -p "$work" "$artifacts"

targets=("$@")
if [ ${#targets[@]} -eq 0 ]; then
  for corpus in tests/fuzz/corpus/*/; do targets+=("$(basename "$corpus")"); done
fi

export ASAN_OPTIONS="detect_leaks=1:abort_on_error=1"
export LSAN_OPTIONS="suppressions=$PWD/tests/lsan.supp:print_suppressions=0"
export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1"
export QT_QPA_PLATFORM=offscreen

total=0
failed=()
for t in "${targets[@]}"; do
  mkdir -p "$work/$t"
  log="$work/$t.log"
  if "$bin/$t" "$work/$t" "tests/fuzz/corpus/$t" -max_total_time="$seconds" -max_len=65536 \
       -timeout=10 -rss_limit_mb=2048 -print_final_stats=1 -artifact_prefix="$artifacts/$t-" \
       >"$log" 2>&1; then
    :
  else
    failed+=("$t")
    tail -n 40 "$log" >&2
  fi
  execs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -n 1)
  execs="${execs:-0}"
  total=$((total + execs))
  echo "fuzz_${t#fuzz_}_execs $execs execs"
done
echo "fuzz_total_execs $total execs"

if [ ${#failed[@]} -gt 0 ]; then
  echo "FAIL: ${failed[*]} crashed; inputs in $artifacts/" >&2
  exit 1
fi
