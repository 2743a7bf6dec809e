#!/usr/bin/env bash
# Checks the installed act-mlir package the way a downstream project uses it:
# installs the build in ${ACT_BUILD_DIR:-build} (`cmake --install`) into a
# scratch prefix, then configures, builds and runs examples/embed against it
# with find_package(ActMLIR), and loads the installed plugin into the stock
# mlir-opt. Run after a full build (utils/build.sh all).
#
# The scratch directory is ${ACT_EMBED_DIR:-<build>/check-embed}, recreated on
# every run (stable paths keep ccache effective). Ends with the line
#   check-embed: PASS     (exit status 0)  or  check-embed: FAIL
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
BUILD=${ACT_BUILD_DIR:-$ROOT/build}
WORK=${ACT_EMBED_DIR:-$BUILD/check-embed}
LLVM_PREFIX=/usr/lib/llvm-22

export CCACHE_DIR=${CCACHE_DIR:-$HOME/.cache/ccache}
LAUNCHER=()
if command -v ccache >/dev/null; then
  LAUNCHER=(-DCMAKE_C_COMPILER_LAUNCHER=ccache -DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
fi

fail() { echo "check-embed: $*" >&2; echo "check-embed: FAIL"; exit 1; }
step() { echo "check-embed: $*"; }

[[ -f $BUILD/build.ninja ]] || fail "no build in $BUILD (run utils/build.sh)"
rm -rf "$WORK"
mkdir -p "$WORK"
PREFIX=$WORK/prefix

step "cmake --install $BUILD --prefix $PREFIX"
cmake --install "$BUILD" --prefix "$PREFIX" > "$WORK/install.log" ||
  fail "install failed (see $WORK/install.log)"
for f in lib/cmake/ActMLIR/ActMLIRConfig.cmake \
         lib/cmake/ActMLIR/ActMLIRConfigVersion.cmake \
         lib/cmake/ActMLIR/ActMLIRTargets.cmake \
         lib/cmake/ActMLIR/ActCompileMLIR.cmake \
         lib/ActPlugin.so bin/act-opt bin/act-translate bin/act-lsp-server \
         bin/act-reduce include/act/InitAct.h include/act-c/Dialects.h \
         include/act/Dialect/Act/IR/ActOps.h.inc; do
  [[ -e $PREFIX/$f ]] || fail "not installed: $f"
done

step "configure examples/embed with find_package(ActMLIR)"
cmake -G Ninja -S "$ROOT/examples/embed" -B "$WORK/build" \
  -DCMAKE_BUILD_TYPE=Release \
  -DCMAKE_PREFIX_PATH="$PREFIX" \
  -DCMAKE_C_COMPILER=$LLVM_PREFIX/bin/clang \
  -DCMAKE_CXX_COMPILER=$LLVM_PREFIX/bin/clang++ \
  "${LAUNCHER[@]}" > "$WORK/configure.log" 2>&1 ||
  { cat "$WORK/configure.log"; fail "configure failed"; }
grep -q "Using ActMLIRConfig.cmake in: $PREFIX/lib/cmake/ActMLIR" \
  "$WORK/configure.log" || fail "ActMLIRConfig.cmake not taken from $PREFIX"

step "build examples/embed"
cmake --build "$WORK/build" > "$WORK/build.log" 2>&1 ||
  { tail -n 50 "$WORK/build.log"; fail "build failed"; }

step "run act-embed (C++ builders, buildCPUPipeline, JIT)"
"$WORK/build/act-embed" || fail "act-embed failed"
# (Outputs go to files: grep -q would close a pipe early under pipefail.)
"$WORK/build/act-embed" --print-act > "$WORK/layer.mlir" &&
  grep -q 'act.gelu' "$WORK/layer.mlir" || fail "act-embed --print-act"
"$WORK/build/act-embed" --print-llvm-ir > "$WORK/layer.ll" &&
  grep -q 'define void @_mlir_ciface_layer' "$WORK/layer.ll" ||
  fail "act-embed --print-llvm-ir"

step "run act-embed-aot (act_add_mlir_object with the installed tools)"
"$WORK/build/act-embed-aot" || fail "act-embed-aot failed"

step "load the installed ActPlugin.so into $LLVM_PREFIX/bin/mlir-opt"
printf '%s\n' \
  'func.func @f(%x: tensor<?xf32>) -> tensor<?xf32> {' \
  '  %0 = act.relu %x : tensor<?xf32>' \
  '  return %0 : tensor<?xf32>' \
  '}' > "$WORK/plugin.mlir"
$LLVM_PREFIX/bin/mlir-opt "$WORK/plugin.mlir" \
  --load-dialect-plugin="$PREFIX/lib/ActPlugin.so" \
  --load-pass-plugin="$PREFIX/lib/ActPlugin.so" \
  --pass-pipeline='builtin.module(act-cpu-pipeline)' -o "$WORK/plugin.llvm.mlir" &&
  grep -q 'llvm.func @_mlir_ciface_f' "$WORK/plugin.llvm.mlir" ||
  fail "mlir-opt with ActPlugin.so"

echo "check-embed: PASS"
