#!/usr/bin/env bash
# Installs what is missing, builds act-mlir, and runs act-opt on the bundled
# example, showing the IR before and after.
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
BUILD=${ACT_BUILD_DIR:-$ROOT/build}
EXAMPLE=$ROOT/examples/activations.mlir

bash "$ROOT/utils/setup.sh"
bash "$ROOT/utils/build.sh" act-opt

echo "=== input: examples/activations.mlir"
grep -v '^//' "$EXAMPLE"
echo "=== act-opt --act-simplify"
"$BUILD/bin/act-opt" "$EXAMPLE" --act-simplify

echo
echo "=== act-opt examples/relu-family.mlir --act-cpu-pipeline | mlir-runner"
echo "    (relu, relu6 with nan_mode=ignore, leaky_relu 0.5, hardswish on 19"
echo "     values incl. NaN, +-0, +-inf, in native-width vectors with a masked tail)"
LIB=/usr/lib/llvm-22/lib
"$BUILD/bin/act-opt" "$ROOT/examples/relu-family.mlir" --act-cpu-pipeline |
  /usr/lib/llvm-22/bin/mlir-runner -e main -entry-point-result=void \
    -shared-libs=$LIB/libmlir_c_runner_utils.so,$LIB/libmlir_runner_utils.so |
  grep '^\['

echo
echo "=== examples/mlp: an MLP block, y = relu6(gelu(x W1 + b1) W2 + b2), in"
echo "    linalg on tensor<?x64xf32>, compiled ahead of time by act_add_mlir_object"
echo "    (cmake/ActCompileMLIR.cmake), called from C++ through its C interface"
bash "$ROOT/utils/build.sh" act-example-mlp
# What act-cpu-pipeline runs: --dump-pass-pipeline with the options elided.
PIPELINE=$("$BUILD/bin/act-opt" "$ROOT/examples/mlp/mlp.mlir" \
  --act-cpu-pipeline --dump-pass-pipeline -o /dev/null 2>&1)
NPASSES=$(head -n 1 <<<"$PIPELINE" | tr -dc '0-9')
WIDTH=$(grep -o 'act-vectorize{vector-size=[0-9]*' <<<"$PIPELINE" | head -n 1 | tr -dc '0-9' || true)
echo "--- act-cpu-pipeline: $NPASSES passes (act-opt --dump-pass-pipeline)"
tail -n +2 <<<"$PIPELINE" | sed -E ':a; s/\{[^{}]*\}//; ta' | tr -d '\n' |
  sed -E 's/ +/ /g; s/\( /(/g; s/ \)/)/g; s/^builtin.module\((.*)\)$/\1/' |
  fold -s -w 74 | sed 's/ *$//; s/^/    /'
echo
echo "    vector width: $WIDTH lanes of f32 (target-cpu=host)"
KERNEL=$BUILD/examples/mlp/act_example_mlp_kernel.dir
NM=/usr/lib/llvm-22/bin/llvm-nm
echo "--- ${KERNEL#"$ROOT/"}/"
echo "    mlp.llvm.mlir (act-opt), mlp.ll (act-translate), mlp.o (llc)"
OBJ=$KERNEL/mlp.o
echo "    mlp.o defines: $("$NM" -j -g --defined-only "$OBJ" | paste -sd ' ')"
echo "    mlp.o needs:   $("$NM" -j --undefined-only "$OBJ" | paste -sd ' ')"
echo "--- build/bin/act-example-mlp"
"$BUILD/bin/act-example-mlp"
