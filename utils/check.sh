#!/usr/bin/env bash
# Installs what is missing, builds act-mlir, and runs the whole test suite
# (lit regression tests, gtest unit tests, and utils/check-embed.sh: the
# installed package built against by examples/embed), then the reliability
# steps of docs/Reliability.md (a differential-testing slice, the suite
# built with ASan + UBSan, a short fuzzing run), one test each. Ends with
# the line
#   tests: N passed, N failed
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
BUILD=${ACT_BUILD_DIR:-$ROOT/build}

bash "$ROOT/utils/setup.sh"
bash "$ROOT/utils/build.sh" all

LOG=$(mktemp)
trap 'rm -f "$LOG"' EXIT
status=0
/usr/lib/llvm-22/bin/lit -v --time-tests "$BUILD/test" "$BUILD/test/Unit" \
  2>&1 | tee "$LOG" || status=$?

count() { # the number lit reports for category $1, 0 when absent
  sed -n "s/^ *$1 *: *\([0-9][0-9]*\).*/\1/p" "$LOG" | tail -n1 | grep . || echo 0
}
passed=$(( $(count Passed) + $(count "Expectedly Failed") ))
failed=$(( $(count Failed) + $(count "Unexpectedly Passed") + $(count Unresolved) + $(count "Timed Out") ))
# One more test: the installed CMake package used by a downstream project
# (examples/embed through find_package(ActMLIR); utils/check-embed.sh).
if bash "$ROOT/utils/check-embed.sh"; then
  passed=$((passed + 1))
else
  failed=$((failed + 1))
fi

# The reliability steps (docs/Reliability.md), one more test each.
step() { # name command...: runs the command, counts it, prints its time
  local name=$1 start=$SECONDS
  shift
  echo "check: $name"
  if "$@"; then
    passed=$((passed + 1))
    echo "check: $name: PASS ($((SECONDS - start)) s)"
  else
    failed=$((failed + 1))
    echo "check: $name: FAIL ($((SECONDS - start)) s)"
  fi
}

# 1. Differential testing: a fixed range of seeds of act-difftest, random
#    programs through act-cpu-pipeline without and with the act rewrites,
#    against the reference semantics (about 2 minutes).
step difftest bash "$ROOT/utils/difftest.sh" ci

# 2. act-mlir's own code built with ASan + UBSan (ACT_ENABLE_SANITIZERS) in
#    ${ACT_SANITIZER_BUILD_DIR:-<build>-asan}, with the libFuzzer target:
#    the lit and unit tests under the sanitizers, except those that load an
#    instrumented shared library into an uninstrumented program (ActPlugin
#    into the stock mlir-opt, the CUDA runtime into mlir-runner) and the
#    GPU fake-driver check, where LeakSanitizer reports the strings that
#    the test's fake libcuda never frees.
SANITIZER_BUILD=${ACT_SANITIZER_BUILD_DIR:-$BUILD-asan}
sanitizer_suite() {
  # build.sh configures a new build only; an existing one gets the options.
  if [[ -f $SANITIZER_BUILD/CMakeCache.txt ]]; then
    cmake -S "$ROOT" -B "$SANITIZER_BUILD" -DACT_ENABLE_SANITIZERS=ON \
      -DACT_BUILD_FUZZERS=ON >/dev/null || return 1
  fi
  ACT_BUILD_DIR=$SANITIZER_BUILD \
  ACT_CMAKE_ARGS="-DACT_ENABLE_SANITIZERS=ON -DACT_BUILD_FUZZERS=ON" \
    bash "$ROOT/utils/build.sh" all || return 1
  # LLVM's containers poison memory from the (instrumented) inline code in
  # act-mlir and not from the (uninstrumented) libMLIR.so: user poisoning
  # is off, the rest of ASan, LSan and UBSan is on.
  ASAN_OPTIONS=detect_leaks=1:allow_user_poisoning=0 \
  UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
    /usr/lib/llvm-22/bin/lit -sv "$SANITIZER_BUILD/test" "$SANITIZER_BUILD/test/Unit" \
    --filter-out "act-plugin|GPU/runner-fake-driver|GPU/act-gpu-check-fake-driver"
}
step sanitizers sanitizer_suite

# 3. Fuzzing: one minute of act-fuzz (ASan + UBSan) from the seed corpus of
#    the lit tests; a crash leaves its input in <build>-asan/fuzz/artifacts.
fuzz_run() {
  local corpus
  corpus=$(mktemp -d)
  ACT_FUZZ_BUILD_DIR=$SANITIZER_BUILD ACT_FUZZ_CORPUS=$corpus \
    bash "$ROOT/fuzz/run.sh" -max_total_time=60 -seed=1
  local status=$?
  rm -rf "$corpus"
  return $status
}
step fuzz fuzz_run

echo "tests: $passed passed, $failed failed"
if (( status != 0 || failed != 0 || passed == 0 )); then
  exit 1
fi
