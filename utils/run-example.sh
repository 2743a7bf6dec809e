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
