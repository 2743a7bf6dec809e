// Huge constants that are valid input: a splat of 2^64 elements folds
// through the act ops as a splat (nothing is materialized per element), and
// decimal literals beyond the range of the element type are infinities
// (upstream MLIR's parser rounds them), which the folders then treat as
// such.

// RUN: act-opt %s --act-simplify | FileCheck %s

// CHECK-LABEL: func.func @huge_splat
// CHECK: arith.constant dense<0.000000e+00> : tensor<4294967296x4294967296xf32>
// CHECK-NOT: act.relu
func.func @huge_splat() -> tensor<4294967296x4294967296xf32> {
  %c = arith.constant dense<-1.0> : tensor<4294967296x4294967296xf32>
  %0 = act.relu %c : tensor<4294967296x4294967296xf32>
  return %0 : tensor<4294967296x4294967296xf32>
}

// CHECK-LABEL: func.func @huge_splat_transcendental
// CHECK: arith.constant dense<5.000000e-01> : tensor<65536x65536x65536xbf16>
// CHECK-NOT: act.sigmoid
func.func @huge_splat_transcendental() -> tensor<65536x65536x65536xbf16> {
  %c = arith.constant dense<0.0> : tensor<65536x65536x65536xbf16>
  %0 = act.sigmoid %c : tensor<65536x65536x65536xbf16>
  return %0 : tensor<65536x65536x65536xbf16>
}

// 1.0e39 does not fit f32 and 70000 does not fit f16: both are +inf.
// CHECK-LABEL: func.func @overflowing_literals
// CHECK-DAG: arith.constant dense<0x7F800000> : tensor<4xf32>
// CHECK-DAG: arith.constant 1.000000e+00 : f16
// CHECK-NOT: act.
func.func @overflowing_literals() -> (tensor<4xf32>, f16) {
  %c = arith.constant dense<1.0e39> : tensor<4xf32>
  %0 = act.relu %c : tensor<4xf32>
  %h = arith.constant 70000.0 : f16
  %1 = act.sigmoid %h : f16
  return %0, %1 : tensor<4xf32>, f16
}
