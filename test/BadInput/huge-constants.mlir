// Huge constants: values beyond the range of their type are diagnosed where
// MLIR can tell (f64 attributes that overflow to infinity, integer and
// hexadecimal literals, clamp bounds), with exit status 1. Decimal float
// literals that overflow their element type become infinities, as upstream
// MLIR parses them, and huge splats fold without materializing elements:
// huge-constants-fold.mlir.

// RUN: not act-opt %s -split-input-file -o /dev/null 2>&1 | FileCheck %s
// RUN: %python -c "import subprocess, sys; sys.exit(subprocess.run(sys.argv[1:], stderr=subprocess.DEVNULL).returncode != 1)" act-opt %s -split-input-file -o /dev/null

// CHECK: huge-constants.mlir:[[# @LINE + 2]]:8: error: 'act.clamp' op attribute 'max' must be finite, got INF
func.func @attribute_overflows_f64(%x: f32) -> f32 {
  %0 = act.clamp %x {min = 0.0 : f64, max = 1.0e400 : f64} : f32
  return %0 : f32
}

// -----

// CHECK: huge-constants.mlir:[[# @LINE + 2]]:29: error: integer constant out of range for type
func.func @integer_literal_overflows_i8() -> tensor<4xi8> {
  %c = arith.constant dense<300> : tensor<4xi8>
  %0 = act.relu %c : tensor<4xi8>
  return %0 : tensor<4xi8>
}

// -----

// CHECK: huge-constants.mlir:[[# @LINE + 2]]:23: error: inferred shape of elements literal ({{\[}}3{{\]}}) does not match type ({{\[}}2{{\]}})
func.func @too_many_elements_in_literal() -> tensor<2xf32> {
  %c = arith.constant dense<[1.0, 2.0, 3.0]> : tensor<2xf32>
  %0 = act.relu %c : tensor<2xf32>
  return %0 : tensor<2xf32>
}

// -----

// CHECK: huge-constants.mlir:[[# @LINE + 2]]:8: error: 'act.clamp' op attribute 'max' is out of range of element type 'i64', got 1.000000e+19
func.func @clamp_bound_beyond_i64(%x: tensor<4xi64>) -> tensor<4xi64> {
  %0 = act.clamp %x {min = 0.0 : f64, max = 1.0e19 : f64} : tensor<4xi64>
  return %0 : tensor<4xi64>
}

// -----

// CHECK: huge-constants.mlir:[[# @LINE + 2]]:23: error: hexadecimal float constant out of range for type
func.func @hex_literal_too_wide_for_bf16() -> bf16 {
  %c = arith.constant 0x7FC00000 : bf16
  %0 = act.relu %c : bf16
  return %0 : bf16
}
