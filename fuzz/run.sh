#!/usr/bin/env bash
# Runs the libFuzzer target act-fuzz (fuzz/act-fuzz.cpp) on the seed corpus
# made from the lit tests, with the MLIR dictionary. Extra arguments go to
# libFuzzer, e.g.
#
#   fuzz/run.sh -max_total_time=3600 -jobs=2 -workers=2   # a long run
#   fuzz/run.sh crash-<sha1>                              # replay a crash
#
# ACT_FUZZ_BUILD_DIR: a build configured with -DACT_BUILD_FUZZERS=ON (and
#   normally -DACT_ENABLE_SANITIZERS=ON); default build-asan.
# ACT_FUZZ_CORPUS: where new inputs are kept (default <build>/fuzz/corpus);
#   crashes are written to <build>/fuzz/artifacts.
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
BUILD=${ACT_FUZZ_BUILD_DIR:-$ROOT/build-asan}
FUZZER=$BUILD/bin/act-fuzz
[[ -x $FUZZER ]] || { echo "fuzz: no $FUZZER (configure with -DACT_BUILD_FUZZERS=ON)" >&2; exit 1; }

SEEDS=$BUILD/fuzz/seeds
CORPUS=${ACT_FUZZ_CORPUS:-$BUILD/fuzz/corpus}
ARTIFACTS=$BUILD/fuzz/artifacts
mkdir -p "$CORPUS" "$ARTIFACTS"
python3 "$ROOT/fuzz/make-seeds.py" "$ROOT" "$SEEDS"

# Replaying files: no corpus directories.
for arg in "$@"; do
  if [[ -f $arg ]]; then
    exec "$FUZZER" "$@"
  fi
done

# Leaks are checked at exit of the whole run (MLIR contexts are freed after
# every input); a timeout of 60 s per input catches hangs. User poisoning is
# off: LLVM's allocators poison memory from act-mlir's instrumented inline
# code but not from the uninstrumented libMLIR.so (false reports).
export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1:allow_user_poisoning=0}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}
exec "$FUZZER" -dict="$ROOT/fuzz/mlir.dict" -max_len=8192 -timeout=60 \
  -rss_limit_mb=4096 -print_final_stats=1 -artifact_prefix="$ARTIFACTS/" \
  "$@" "$CORPUS" "$SEEDS"
