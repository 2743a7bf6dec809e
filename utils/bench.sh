#!/usr/bin/env bash
# Builds and runs the act-mlir benchmarks (bench/README.md) and writes
# docs/Benchmarks.md and docs/benchmarks.png from that one run.
#
#   bash utils/bench.sh [--quick | --full] [--threads=1|2|1,2]
#                       [--no-compile-time] [--no-doc] [act-bench flags...]
#
#   --quick            buffers of 16 KiB, 1 MiB, 16 MiB and 256 MiB (default)
#   --full             every size from 4 KiB to 256 MiB, in powers of 4
#   --threads=...      thread counts (default 1,2)
#   --no-compile-time  skip the compile-time benchmark (minutes)
#   --no-doc           leave docs/ alone (results stay in the build directory)
#
# Installs what the benchmarks need (Debian packages, as root or with sudo;
# not needed by the default build), configures ${ACT_BENCH_BUILD_DIR:-build-bench}
# with -DACT_BUILD_BENCHMARKS=ON, builds act-opt and act-bench, and runs
# them. Raw results: <build>/bench-results/. The run takes about 15 minutes
# with --quick and an hour with --full on a 2-core machine; keep the machine
# otherwise idle, the numbers are only as quiet as it is.
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
BUILD=${ACT_BENCH_BUILD_DIR:-$ROOT/build-bench}
OUT=$BUILD/bench-results

SIZES=--sizes=quick
THREADS=--threads=1,2
COMPILE_TIME=1
DOC=1
EXTRA=()
for arg in "$@"; do
  case $arg in
    --quick) SIZES=--sizes=quick ;;
    --full) SIZES=--sizes=full ;;
    --threads=*) THREADS=$arg ;;
    --no-compile-time) COMPILE_TIME=0 ;;
    --no-doc) DOC=0 ;;
    *) EXTRA+=("$arg") ;;
  esac
done

# The benchmarks' own packages (Google Benchmark, the peer libraries, the
# plot); utils/setup.sh installs those of the default build.
BENCH_PACKAGES=(libbenchmark-dev libdnnl-dev libeigen3-dev libxnnpack-dev
                libpthreadpool-dev gnuplot-nox)
bash "$ROOT/utils/setup.sh"
missing=()
for pkg in "${BENCH_PACKAGES[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$pkg")
  fi
done
if ((${#missing[@]})); then
  SUDO=""
  [[ $(id -u) -ne 0 ]] && SUDO=sudo
  echo "bench: installing ${missing[*]}"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq \
    --no-install-recommends "${missing[@]}"
fi

if [[ -f $BUILD/build.ninja ]]; then
  cmake -DACT_BUILD_BENCHMARKS=ON "$BUILD" >/dev/null
fi
ACT_BUILD_DIR=$BUILD ACT_CMAKE_ARGS="-DACT_BUILD_BENCHMARKS=ON ${ACT_CMAKE_ARGS:-}" \
  bash "$ROOT/utils/build.sh" act-opt act-bench

mkdir -p "$OUT"
rm -f "$OUT"/act-bench-t*.json
load_before=$(cut -d' ' -f1-3 /proc/loadavg)
# One act-bench run per thread count: single-threaded benchmarks randomly
# interleaved (3 repetitions each, the fastest counts), so that slow phases
# of the machine spread over all implementations; the 2-thread ones in
# order, so that the idle workers of one threading runtime (OpenMP,
# pthreadpool, the harness's) do not compete with the next benchmark's.
RESULTS=()
IFS=, read -r -a thread_list <<<"${THREADS#--threads=}"
for t in "${thread_list[@]}"; do
  interleave=true
  ((t > 1)) && interleave=false
  "$BUILD/bin/act-bench" "$SIZES" --threads="$t" \
    --benchmark_repetitions=3 --benchmark_enable_random_interleaving=$interleave \
    --benchmark_min_time=0.1 \
    --benchmark_out="$OUT/act-bench-t$t.json" --benchmark_out_format=json \
    --accuracy-out="$OUT/accuracy.json" "${EXTRA[@]}" | tee "$OUT/act-bench-t$t.txt"
  RESULTS+=(--results "$OUT/act-bench-t$t.json")
done
load_after=$(cut -d' ' -f1-3 /proc/loadavg)

CT_ARGS=()
if ((COMPILE_TIME)); then
  python3 "$ROOT/utils/bench-compile-time.py" --act-opt "$BUILD/bin/act-opt" \
    --json "$OUT/compile-time.json" | tee "$OUT/compile-time.txt"
  CT_ARGS=(--compile-time "$OUT/compile-time.json")
fi

if ((DOC)); then
  python3 "$ROOT/utils/bench-report.py" "${RESULTS[@]}" \
    --accuracy "$OUT/accuracy.json" "${CT_ARGS[@]}" \
    --command "bash utils/bench.sh $*" \
    --context "load average (1, 5, 15 min) before the run: $load_before, after: $load_after" \
    --analysis "$ROOT/bench/analysis.md" \
    --out "$ROOT/docs/Benchmarks.md" --plot "$ROOT/docs/benchmarks.png"
  echo "bench: wrote docs/Benchmarks.md and docs/benchmarks.png"
fi
