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
