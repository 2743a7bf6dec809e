#!/usr/bin/env bash
# Configures (once) and builds act-mlir in ${ACT_BUILD_DIR:-build}.
# Extra arguments are ninja targets (default: all).
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
BUILD=${ACT_BUILD_DIR:-$ROOT/build}
LLVM_PREFIX=/usr/lib/llvm-22

# ccache keeps its cache outside the tree, so clean clones rebuild quickly.
export CCACHE_DIR=${CCACHE_DIR:-$HOME/.cache/ccache}
# Paths under the checkout are hashed relative to it, so clones elsewhere
# (CI) hit the same cache entries.
export CCACHE_BASEDIR=${CCACHE_BASEDIR:-$ROOT}
LAUNCHER=()
if command -v ccache >/dev/null; then
  LAUNCHER=(-DCMAKE_C_COMPILER_LAUNCHER=ccache -DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
fi

if [[ ! -f $BUILD/build.ninja ]]; then
  cmake -G Ninja -S "$ROOT" -B "$BUILD" \
    -DCMAKE_BUILD_TYPE=Release \
    -DCMAKE_C_COMPILER=$LLVM_PREFIX/bin/clang \
    -DCMAKE_CXX_COMPILER=$LLVM_PREFIX/bin/clang++ \
    -DMLIR_DIR=$LLVM_PREFIX/lib/cmake/mlir \
    -DLLVM_EXTERNAL_LIT=$LLVM_PREFIX/bin/lit \
    "${LAUNCHER[@]}" ${ACT_CMAKE_ARGS:-}
fi
cmake --build "$BUILD" -- "$@"
