#!/usr/bin/env bash
# Differential testing of act-cpu-pipeline with act-difftest
# (unittests/Differential; docs/Reliability.md): random act programs,
# compiled without and with the act rewrites, JIT-executed and compared with
# the reference semantics.
#
#   utils/difftest.sh                    the CI slice: a fixed range of seeds
#   utils/difftest.sh long [SEED] [SECS] seeds from SEED (default 1000000)
#                                        for SECS seconds (default 3600)
#   utils/difftest.sh replay SEED        one seed, in this process, verbose
#
# Failing seeds get a runnable reproducer in <build>/difftest-repro. Run
# after a build (utils/build.sh); ACT_BUILD_DIR selects it (default build/).
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
BUILD=${ACT_BUILD_DIR:-$ROOT/build}
TOOL=$BUILD/bin/act-difftest
REPRO=$BUILD/difftest-repro
JOBS=${ACT_DIFFTEST_JOBS:-$(nproc)}
[[ -x $TOOL ]] || { echo "difftest: no $TOOL (build first)" >&2; exit 1; }

mode=${1:-ci}
case $mode in
  ci)
    # 1500 programs take about 2 minutes on 2 idle cores; the time budget
    # only guards against a much slower machine (the summary says how many
    # ran).
    exec "$TOOL" --seed=1 --count="${ACT_DIFFTEST_COUNT:-1500}" \
      --time-budget=270 --jobs="$JOBS" --quiet --repro-dir="$REPRO"
    ;;
  long)
    exec "$TOOL" --seed="${2:-1000000}" --count=1000000000 \
      --time-budget="${3:-3600}" --jobs="$JOBS" --quiet --repro-dir="$REPRO"
    ;;
  replay)
    exec "$TOOL" --seed="${2:?seed}" --count=1 --no-fork --repro-dir="$REPRO"
    ;;
  *)
    echo "usage: $0 [ci | long [SEED] [SECONDS] | replay SEED]" >&2
    exit 2
    ;;
esac
