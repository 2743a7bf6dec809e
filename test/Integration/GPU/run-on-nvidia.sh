#!/usr/bin/env bash
# The device check of act-gpu-pipeline, for a machine with an NVIDIA GPU.
#
#   bash test/Integration/GPU/run-on-nvidia.sh [build-dir]
#       On a machine with LLVM/MLIR 22 (utils/setup.sh) and the CUDA
#       toolkit headers:
#       1. builds act-opt, act-translate, libact_cuda_runtime.so and
#          act-gpu-check (in build-dir, default $ACT_BUILD_DIR or
#          build-nvidia/; unit tests off);
#       2. runs the lit tests of act-gpu-pipeline, including the mlir-runner
#          test that executes on the GPU (test/Integration/GPU/
#          relu-runner.mlir);
#       3. runs the checks below.
#
#   bash test/Integration/GPU/run-on-nvidia.sh --pack dir [build-dir]
#       Here, where LLVM/MLIR 22 and the CUDA toolkit are installed: builds
#       act-gpu-check-static (LLVM and MLIR linked in) and writes
#       dir/act-gpu-check.xz and dir/libact_cuda_runtime.so (about 31 MB).
#
#   bash test/Integration/GPU/run-on-nvidia.sh --prebuilt dir
#       On a GPU machine with the NVIDIA driver but no LLVM/MLIR 22: runs the
#       checks below with what --pack wrote (no build, no lit).
#
# The checks: act-gpu-check runs every act op x {f16, bf16, f32} on the GPU
# against the reference semantics (all 16-bit patterns; f32 special values,
# a sweep and 2^20 random patterns), on aligned and misaligned buffers, with
# the PTX JIT-compiled by the driver (format=isa); then relu on 2^28 f32
# elements against cuMemcpyDtoD, with the ratio. Where ptxas is found, the
# conformance runs a second time from cubins (format=bin).
#
# The output is also written to run-on-nvidia.log in build-dir (or in the
# --prebuilt dir), for docs/GPU.md. Mostly build time (about 35 compile
# jobs) when it builds; the checks themselves take about a minute.
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../../.." && pwd)
CUDA=${ACT_CUDA_PATH:-/usr/local/cuda}
START=$SECONDS
fail() { echo "run-on-nvidia.sh: $*" >&2; exit 2; }

mode=build
case ${1:-} in
  --pack | --prebuilt)
    mode=${1#--}
    [[ $# -ge 2 ]] || fail "$1 needs a directory"
    DIR=$(mkdir -p "$2" && cd "$2" && pwd)
    shift 2 ;;
  -*) fail "unknown option $1 (see the comment at the top of this script)" ;;
esac
BUILD=${1:-${ACT_BUILD_DIR:-$ROOT/build-nvidia}}

# Configures with this toolkit, then builds only the given targets.
build() {
  [[ -f $CUDA/include/cuda.h ]] ||
    fail "no $CUDA/include/cuda.h: install the CUDA toolkit or set ACT_CUDA_PATH"
  [[ -d /usr/lib/llvm-22 ]] || fail "no LLVM/MLIR 22 (run utils/setup.sh)"
  mkdir -p "$BUILD"
  ACT_BUILD_DIR=$BUILD \
  ACT_CMAKE_ARGS="-DACT_BUILD_UNITTESTS=OFF -DCUDAToolkit_ROOT=$CUDA ${ACT_CMAKE_ARGS:-}" \
    bash "$ROOT/utils/build.sh" "$@"
}

if [[ $mode == pack ]]; then
  build act_cuda_runtime act-gpu-check-static
  cp "$BUILD/lib/libact_cuda_runtime.so" "$DIR/"
  xz -T0 -6 -c "$BUILD/bin/act-gpu-check-static" > "$DIR/act-gpu-check.xz"
  ls -l "$DIR"
  exit 0
fi

command -v nvidia-smi >/dev/null || fail "nvidia-smi not found: no NVIDIA driver"
nvidia-smi -L | grep -q GPU || fail "nvidia-smi lists no GPU"

if [[ $mode == build ]]; then
  if [[ ${ACT_SKIP_BUILD:-0} != 1 ]]; then
    build act-opt act-translate act_cuda_runtime act-gpu-check
  fi
  CHECK=$BUILD/bin/act-gpu-check
  RUNTIME=$BUILD/lib/libact_cuda_runtime.so
  LOG=$BUILD/run-on-nvidia.log
else
  [[ -f $DIR/act-gpu-check.xz && -f $DIR/libact_cuda_runtime.so ]] ||
    fail "$DIR holds no act-gpu-check.xz and libact_cuda_runtime.so (--pack)"
  CHECK=$DIR/act-gpu-check
  if command -v xz >/dev/null; then
    xz -dc "$DIR/act-gpu-check.xz" > "$CHECK"
  else
    python3 -c 'import lzma, shutil, sys
shutil.copyfileobj(lzma.open(sys.argv[1]), open(sys.argv[2], "wb"))' \
      "$DIR/act-gpu-check.xz" "$CHECK"
  fi
  chmod +x "$CHECK"
  RUNTIME=$DIR/libact_cuda_runtime.so
  LOG=$DIR/run-on-nvidia.log
fi
[[ -x $CHECK ]] || fail "no $CHECK"
BUILT=$SECONDS
PTXAS=$(command -v ptxas || true)
[[ -n $PTXAS || ! -x $CUDA/bin/ptxas ]] || PTXAS=$CUDA/bin/ptxas

{
  echo "== run-on-nvidia.sh ($mode), $(date -u '+%Y-%m-%d %H:%M UTC')"
  nvidia-smi --query-gpu=name,driver_version,memory.total,clocks.max.sm,clocks.max.memory \
    --format=csv,noheader
  echo "$([[ $mode == build ]] && echo build || echo unpack): $((BUILT - START)) s"
  status=0
  if [[ $mode == build ]]; then
    echo
    echo "== lit: act-gpu-pipeline tests (compilation) and GPU execution"
    /usr/lib/llvm-22/bin/lit -sv "$BUILD/test/Integration/GPU" \
      "$BUILD/test/Pipelines" --filter 'gpu-|GPU' || status=1
  fi
  echo
  echo "== act-gpu-check (format=isa: PTX, JIT-compiled by the driver)"
  "$CHECK" --runtime="$RUNTIME" || status=1
  if [[ -n $PTXAS ]]; then
    echo
    echo "== act-gpu-check --format=bin (cubin from $PTXAS; 2^16 random f32)"
    PATH=$(dirname "$PTXAS"):$PATH "$CHECK" --runtime="$RUNTIME" \
      --format=bin --random=65536 --bandwidth-log2=0 || status=1
  fi
  echo
  echo "total: $((SECONDS - START)) s"
  exit $status
} 2>&1 | tee "$LOG"
