// RUN: act-opt %s -canonicalize -split-input-file | FileCheck %s
// RUN: act-opt %s -act-simplify -split-input-file | FileCheck %s

// relu is idempotent.
// CHECK-LABEL: func @relu_relu
//  CHECK-SAME:   (%[[X:.*]]: tensor<8xf32>)
//       CHECK:   %[[R:.*]] = act.relu %[[X]] : tensor<8xf32>
//  CHECK-NEXT:   return %[[R]]
func.func @relu_relu(%x: tensor<8xf32>) -> tensor<8xf32> {
  %0 = act.relu %x : tensor<8xf32>
  %1 = act.relu %0 : tensor<8xf32>
  return %1 : tensor<8xf32>
}

// -----

// An outer ignore turns the inner NaN into 0: the result is relu ignore of x.
// CHECK-LABEL: func @relu_ignore_of_relu
//  CHECK-SAME:   (%[[X:.*]]: tensor<8xf32>)
//       CHECK:   %[[R:.*]] = act.relu %[[X]] {nan_mode = #act.nan_mode<ignore>} : tensor<8xf32>
//  CHECK-NEXT:   return %[[R]]
func.func @relu_ignore_of_relu(%x: tensor<8xf32>) -> tensor<8xf32> {
  %0 = act.relu %x : tensor<8xf32>
  %1 = act.relu %0 {nan_mode = #act.nan_mode<ignore>} : tensor<8xf32>
  return %1 : tensor<8xf32>
}

// -----

// The inner relu ignore never yields NaN: the outer relu is the identity.
// CHECK-LABEL: func @relu_of_relu_ignore
//  CHECK-SAME:   (%[[X:.*]]: vector<4xf16>)
//       CHECK:   %[[R:.*]] = act.relu %[[X]] {nan_mode = #act.nan_mode<ignore>} : vector<4xf16>
//  CHECK-NEXT:   return %[[R]]
func.func @relu_of_relu_ignore(%x: vector<4xf16>) -> vector<4xf16> {
  %0 = act.relu %x {nan_mode = #act.nan_mode<ignore>} : vector<4xf16>
  %1 = act.relu %0 : vector<4xf16>
  return %1 : vector<4xf16>
}

// -----

// Nested clamps intersect.
// CHECK-LABEL: func @clamp_clamp_narrow
//  CHECK-SAME:   (%[[X:.*]]: tensor<?xf32>)
//       CHECK:   %[[R:.*]] = act.clamp %[[X]] {max = 4.000000e+00 : f64, min = 1.000000e+00 : f64} : tensor<?xf32>
//  CHECK-NEXT:   return %[[R]]
func.func @clamp_clamp_narrow(%x: tensor<?xf32>) -> tensor<?xf32> {
  %0 = act.clamp %x {min = 0.0 : f64, max = 6.0 : f64} : tensor<?xf32>
  %1 = act.clamp %0 {min = 1.0 : f64, max = 4.0 : f64} : tensor<?xf32>
  return %1 : tensor<?xf32>
}

// -----

// An outer clamp containing the inner range is the identity.
// CHECK-LABEL: func @clamp_clamp_wider
//  CHECK-SAME:   (%[[X:.*]]: tensor<8xf32>)
//       CHECK:   %[[R:.*]] = act.clamp %[[X]] {max = 4.000000e+00 : f64, min = 1.000000e+00 : f64} : tensor<8xf32>
//  CHECK-NEXT:   return %[[R]]
func.func @clamp_clamp_wider(%x: tensor<8xf32>) -> tensor<8xf32> {
  %0 = act.clamp %x {min = 1.0 : f64, max = 4.0 : f64} : tensor<8xf32>
  %1 = act.clamp %0 {min = 0.0 : f64, max = 6.0 : f64} : tensor<8xf32>
  return %1 : tensor<8xf32>
}

// -----

// Disjoint ranges: every number maps to 5 but NaN stays NaN, so the result
// is the degenerate clamp, not a constant.
// CHECK-LABEL: func @clamp_clamp_disjoint_propagate
//  CHECK-SAME:   (%[[X:.*]]: tensor<8xf32>)
//       CHECK:   %[[R:.*]] = act.clamp %[[X]] {max = 5.000000e+00 : f64, min = 5.000000e+00 : f64} : tensor<8xf32>
//  CHECK-NEXT:   return %[[R]]
func.func @clamp_clamp_disjoint_propagate(%x: tensor<8xf32>) -> tensor<8xf32> {
  %0 = act.clamp %x {min = 0.0 : f64, max = 3.0 : f64} : tensor<8xf32>
  %1 = act.clamp %0 {min = 5.0 : f64, max = 8.0 : f64} : tensor<8xf32>
  return %1 : tensor<8xf32>
}

// -----

// Disjoint ranges where NaN also maps to 5: a constant.
// CHECK-LABEL: func @clamp_clamp_disjoint_ignore
//       CHECK:   %[[C:.*]] = arith.constant dense<5.000000e+00> : tensor<8xf32>
//  CHECK-NEXT:   return %[[C]]
func.func @clamp_clamp_disjoint_ignore(%x: tensor<8xf32>) -> tensor<8xf32> {
  %0 = act.clamp %x {min = 0.0 : f64, max = 3.0 : f64, nan_mode = #act.nan_mode<ignore>} : tensor<8xf32>
  %1 = act.clamp %0 {min = 5.0 : f64, max = 8.0 : f64} : tensor<8xf32>
  return %1 : tensor<8xf32>
}

// -----

// The same on a dynamic shape cannot become a constant: a degenerate clamp.
// CHECK-LABEL: func @clamp_clamp_disjoint_ignore_dynamic
//  CHECK-SAME:   (%[[X:.*]]: tensor<?xf32>)
//       CHECK:   %[[R:.*]] = act.clamp %[[X]] {max = 8.000000e+00 : f64, min = 8.000000e+00 : f64, nan_mode = #act.nan_mode<ignore>} : tensor<?xf32>
//  CHECK-NEXT:   return %[[R]]
func.func @clamp_clamp_disjoint_ignore_dynamic(%x: tensor<?xf32>) -> tensor<?xf32> {
  %0 = act.clamp %x {min = 9.0 : f64, max = 12.0 : f64, nan_mode = #act.nan_mode<ignore>} : tensor<?xf32>
  %1 = act.clamp %0 {min = 0.0 : f64, max = 8.0 : f64} : tensor<?xf32>
  return %1 : tensor<?xf32>
}

// -----

// relu around clamp with a negative lower bound raises the bound to 0.
// CHECK-LABEL: func @relu_clamp
//  CHECK-SAME:   (%[[X:.*]]: tensor<8xbf16>)
//       CHECK:   %[[R:.*]] = act.clamp %[[X]] {max = 6.000000e+00 : f64, min = 0.000000e+00 : f64} : tensor<8xbf16>
//  CHECK-NEXT:   return %[[R]]
func.func @relu_clamp(%x: tensor<8xbf16>) -> tensor<8xbf16> {
  %0 = act.clamp %x {min = -1.0 : f64, max = 6.0 : f64} : tensor<8xbf16>
  %1 = act.relu %0 : tensor<8xbf16>
  return %1 : tensor<8xbf16>
}

// -----

// relu around clamp with min >= 0 is the clamp.
// CHECK-LABEL: func @relu_clamp_positive
//  CHECK-SAME:   (%[[X:.*]]: f32)
//       CHECK:   %[[R:.*]] = act.clamp %[[X]] {max = 6.000000e+00 : f64, min = 1.000000e+00 : f64} : f32
//  CHECK-NEXT:   return %[[R]]
func.func @relu_clamp_positive(%x: f32) -> f32 {
  %0 = act.clamp %x {min = 1.0 : f64, max = 6.0 : f64} : f32
  %1 = act.relu %0 : f32
  return %1 : f32
}

// -----

// clamp(-0.0, ...) can return -0.0, which relu turns into +0.0: the merged
// lower bound is +0.0.
// CHECK-LABEL: func @relu_clamp_negative_zero
//  CHECK-SAME:   (%[[X:.*]]: tensor<8xf32>)
//       CHECK:   %[[R:.*]] = act.clamp %[[X]] {max = 6.000000e+00 : f64, min = 0.000000e+00 : f64} : tensor<8xf32>
//  CHECK-NEXT:   return %[[R]]
func.func @relu_clamp_negative_zero(%x: tensor<8xf32>) -> tensor<8xf32> {
  %0 = act.clamp %x {min = -0.0 : f64, max = 6.0 : f64} : tensor<8xf32>
  %1 = act.relu %0 : tensor<8xf32>
  return %1 : tensor<8xf32>
}

// -----

// relu ignore maps NaN to +0 and clamp(x, -1, 6) ignore... here the inner
// clamp propagates NaN and the outer relu maps it to +0, the new lower bound.
// CHECK-LABEL: func @relu_ignore_clamp
//  CHECK-SAME:   (%[[X:.*]]: tensor<8xf32>)
//       CHECK:   %[[R:.*]] = act.clamp %[[X]] {max = 6.000000e+00 : f64, min = 0.000000e+00 : f64, nan_mode = #act.nan_mode<ignore>} : tensor<8xf32>
//  CHECK-NEXT:   return %[[R]]
func.func @relu_ignore_clamp(%x: tensor<8xf32>) -> tensor<8xf32> {
  %0 = act.clamp %x {min = -1.0 : f64, max = 6.0 : f64} : tensor<8xf32>
  %1 = act.relu %0 {nan_mode = #act.nan_mode<ignore>} : tensor<8xf32>
  return %1 : tensor<8xf32>
}

// -----

// Negative: NaN becomes +0 through relu ignore, but numbers are at least 1;
// no single clamp computes that.
// CHECK-LABEL: func @relu_ignore_clamp_positive
//       CHECK:   act.clamp
//       CHECK:   act.relu
func.func @relu_ignore_clamp_positive(%x: tensor<8xf32>) -> tensor<8xf32> {
  %0 = act.clamp %x {min = 1.0 : f64, max = 6.0 : f64} : tensor<8xf32>
  %1 = act.relu %0 {nan_mode = #act.nan_mode<ignore>} : tensor<8xf32>
  return %1 : tensor<8xf32>
}

// -----

// clamp around relu.
// CHECK-LABEL: func @clamp_relu
//  CHECK-SAME:   (%[[X:.*]]: tensor<4x4xf64>)
//       CHECK:   %[[R:.*]] = act.clamp %[[X]] {max = 6.000000e+00 : f64, min = 0.000000e+00 : f64} : tensor<4x4xf64>
//  CHECK-NEXT:   return %[[R]]
func.func @clamp_relu(%x: tensor<4x4xf64>) -> tensor<4x4xf64> {
  %0 = act.relu %x : tensor<4x4xf64>
  %1 = act.clamp %0 {min = -3.0 : f64, max = 6.0 : f64} : tensor<4x4xf64>
  return %1 : tensor<4x4xf64>
}

// -----

// clamp ignore around relu: NaN -> min, which is also the new lower bound.
// CHECK-LABEL: func @clamp_ignore_relu
//  CHECK-SAME:   (%[[X:.*]]: tensor<8xf32>)
//       CHECK:   %[[R:.*]] = act.clamp %[[X]] {max = 6.000000e+00 : f64, min = 2.000000e+00 : f64, nan_mode = #act.nan_mode<ignore>} : tensor<8xf32>
//  CHECK-NEXT:   return %[[R]]
func.func @clamp_ignore_relu(%x: tensor<8xf32>) -> tensor<8xf32> {
  %0 = act.relu %x : tensor<8xf32>
  %1 = act.clamp %0 {min = 2.0 : f64, max = 6.0 : f64, nan_mode = #act.nan_mode<ignore>} : tensor<8xf32>
  return %1 : tensor<8xf32>
}

// -----

// clamp around relu ignore: NaN -> +0 -> clamped to +0, the new lower bound.
// CHECK-LABEL: func @clamp_relu_ignore
//  CHECK-SAME:   (%[[X:.*]]: tensor<8xf32>)
//       CHECK:   %[[R:.*]] = act.clamp %[[X]] {max = 6.000000e+00 : f64, min = 0.000000e+00 : f64, nan_mode = #act.nan_mode<ignore>} : tensor<8xf32>
//  CHECK-NEXT:   return %[[R]]
func.func @clamp_relu_ignore(%x: tensor<8xf32>) -> tensor<8xf32> {
  %0 = act.relu %x {nan_mode = #act.nan_mode<ignore>} : tensor<8xf32>
  %1 = act.clamp %0 {min = 0.0 : f64, max = 6.0 : f64} : tensor<8xf32>
  return %1 : tensor<8xf32>
}

// -----

// The inner clamp ignore maps NaN to 7 and every number into [7, 9]; the
// outer clamp maps all of that to 6: a constant.
// CHECK-LABEL: func @clamp_ignore_clamp_above
//       CHECK:   %[[C:.*]] = arith.constant dense<6.000000e+00> : tensor<8xf32>
//  CHECK-NEXT:   return %[[C]]
func.func @clamp_ignore_clamp_above(%x: tensor<8xf32>) -> tensor<8xf32> {
  %0 = act.clamp %x {min = 7.0 : f64, max = 9.0 : f64, nan_mode = #act.nan_mode<ignore>} : tensor<8xf32>
  %1 = act.clamp %0 {min = 1.0 : f64, max = 6.0 : f64} : tensor<8xf32>
  return %1 : tensor<8xf32>
}

// -----

// Negative: the outer clamp ignore maps NaN to 0 but numbers to [1, 6].
// CHECK-LABEL: func @clamp_ignore_clamp_mismatch
//       CHECK:   act.clamp %{{.*}} {max = 9.000000e+00 : f64, min = 1.000000e+00 : f64}
//       CHECK:   act.clamp %{{.*}} {max = 6.000000e+00 : f64, min = 0.000000e+00 : f64, nan_mode = #act.nan_mode<ignore>}
func.func @clamp_ignore_clamp_mismatch(%x: tensor<8xf32>) -> tensor<8xf32> {
  %0 = act.clamp %x {min = 1.0 : f64, max = 9.0 : f64} : tensor<8xf32>
  %1 = act.clamp %0 {min = 0.0 : f64, max = 6.0 : f64, nan_mode = #act.nan_mode<ignore>} : tensor<8xf32>
  return %1 : tensor<8xf32>
}

// -----

// Integers (signed): relu of clamp and clamp of relu.
// CHECK-LABEL: func @integer_relu_clamp
//  CHECK-SAME:   (%[[X:.*]]: tensor<16xi8>, %[[Y:.*]]: i32)
//       CHECK:   %[[A:.*]] = act.clamp %[[X]] {max = 1.000000e+02 : f64, min = 0.000000e+00 : f64} : tensor<16xi8>
//       CHECK:   %[[B:.*]] = act.clamp %[[Y]] {max = 1.000000e+01 : f64, min = 0.000000e+00 : f64} : i32
//       CHECK:   return %[[A]], %[[B]]
func.func @integer_relu_clamp(%x: tensor<16xi8>, %y: i32) -> (tensor<16xi8>, i32) {
  %0 = act.clamp %x {min = -5.0 : f64, max = 100.0 : f64} : tensor<16xi8>
  %1 = act.relu %0 : tensor<16xi8>
  %2 = act.relu %y : i32
  %3 = act.clamp %2 {min = -10.0 : f64, max = 10.0 : f64} : i32
  return %1, %3 : tensor<16xi8>, i32
}

// -----

// An integer clamp with min == max is a constant (integers have no NaN).
// CHECK-LABEL: func @integer_degenerate_clamp
//       CHECK:   %[[C:.*]] = arith.constant dense<3> : tensor<4xi8>
//  CHECK-NEXT:   return %[[C]]
func.func @integer_degenerate_clamp(%x: tensor<4xi8>) -> tensor<4xi8> {
  %0 = act.clamp %x {min = 3.0 : f64, max = 3.0 : f64} : tensor<4xi8>
  return %0 : tensor<4xi8>
}

// -----

// The merged op keeps only the fast-math flags both ops had.
// CHECK-LABEL: func @fastmath_intersection
//       CHECK:   act.clamp %{{.*}} fastmath<nnan> {max = 6.000000e+00 : f64, min = 0.000000e+00 : f64} : tensor<8xf32>
func.func @fastmath_intersection(%x: tensor<8xf32>) -> tensor<8xf32> {
  %0 = act.clamp %x fastmath<fast> {min = -1.0 : f64, max = 6.0 : f64} : tensor<8xf32>
  %1 = act.relu %0 fastmath<nnan> : tensor<8xf32>
  return %1 : tensor<8xf32>
}

// -----

// Negative: relu does not merge with activations that change positive
// values (gelu(x) != x for x > 0).
// CHECK-LABEL: func @relu_gelu
//       CHECK:   act.gelu
//       CHECK:   act.relu
func.func @relu_gelu(%x: tensor<8xf32>) -> tensor<8xf32> {
  %0 = act.gelu %x : tensor<8xf32>
  %1 = act.relu %0 : tensor<8xf32>
  return %1 : tensor<8xf32>
}
