// RUN: act-opt %s --act-report-dead --split-input-file --verify-diagnostics | FileCheck %s

// A relu fed by -relu(x) is dead (zero except for NaN inputs); the relu of x
// itself is not. The IR is unchanged.
// CHECK-LABEL: func @dead_after_negated_relu
//       CHECK:   act.relu
//       CHECK:   arith.negf
//       CHECK:   act.relu
func.func @dead_after_negated_relu(%x: tensor<8xf32>) -> tensor<8xf32> {
  %0 = act.relu %x : tensor<8xf32>
  %1 = arith.negf %0 : tensor<8xf32>
  // expected-remark @+1 {{dead activation: the input is never positive, so the output is zero except where the input is NaN}}
  %2 = act.relu %1 : tensor<8xf32>
  return %2 : tensor<8xf32>
}

// -----

// Silent on relu(x) and on relu of a value that can be positive.
// CHECK-LABEL: func @live
func.func @live(%x: tensor<8xf32>, %y: f32) -> (tensor<8xf32>, f32) {
  %0 = act.relu %x : tensor<8xf32>
  %c = arith.constant -2.0 : f32
  %1 = arith.mulf %y, %c : f32
  %2 = act.relu %1 : f32
  return %0, %2 : tensor<8xf32>, f32
}

// -----

// Through data movement and clamps with a negative upper bound.
func.func @dead_through_transpose(%x: tensor<4x8xf32>) -> tensor<8x4xf32> {
  %0 = act.clamp %x {min = -6.0 : f64, max = -1.0 : f64} : tensor<4x8xf32>
  %e = tensor.empty() : tensor<8x4xf32>
  %t = linalg.transpose ins(%0 : tensor<4x8xf32>) outs(%e : tensor<8x4xf32>) permutation = [1, 0]
  // expected-remark @+1 {{dead activation: the input is never positive, so the output is zero except where the input is NaN}}
  %1 = act.relu %t : tensor<8x4xf32>
  return %1 : tensor<8x4xf32>
}
