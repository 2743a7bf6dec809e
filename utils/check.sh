#!/usr/bin/env bash
# Installs what is missing, builds act-mlir, and runs the whole test suite
# (lit regression tests, gtest unit tests, and utils/check-embed.sh: the
# installed package built against by examples/embed). Ends with the line
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
echo "tests: $passed passed, $failed failed"
if (( status != 0 || failed != 0 || passed == 0 )); then
  exit 1
fi
