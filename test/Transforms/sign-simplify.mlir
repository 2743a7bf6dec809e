// RUN: act-opt %s --act-sign-simplify --split-input-file | FileCheck %s

// relu of a value that is never negative (sigmoid, exp, softplus, x * x,
// abs, relu) is the value itself: NaN stays NaN, +0 stays +0.
// CHECK-LABEL: func @identity
//  CHECK-SAME:   (%[[X:.*]]: tensor<8xf32>)
//   CHECK-DAG:   %[[S:.*]] = act.sigmoid %[[X]]
//   CHECK-DAG:   %[[E:.*]] = math.exp %[[X]]
//   CHECK-DAG:   %[[P:.*]] = act.softplus %[[X]]
//   CHECK-DAG:   %[[Q:.*]] = arith.mulf %[[X]], %[[X]]
//   CHECK-DAG:   %[[A:.*]] = math.absf %[[X]]
//   CHECK-DAG:   %[[R:.*]] = act.relu %[[X]] :
//   CHECK-NOT:   act.relu
//       CHECK:   return %[[S]], %[[E]], %[[P]], %[[Q]], %[[A]], %[[R]]
func.func @identity(%x: tensor<8xf32>) -> (tensor<8xf32>, tensor<8xf32>, tensor<8xf32>, tensor<8xf32>, tensor<8xf32>, tensor<8xf32>) {
  %s = act.sigmoid %x : tensor<8xf32>
  %0 = act.relu %s : tensor<8xf32>
  %e = math.exp %x : tensor<8xf32>
  %1 = act.relu %e : tensor<8xf32>
  %p = act.softplus %x : tensor<8xf32>
  %2 = act.relu %p : tensor<8xf32>
  %q = arith.mulf %x, %x : tensor<8xf32>
  %3 = act.relu %q : tensor<8xf32>
  %a = math.absf %x : tensor<8xf32>
  %4 = act.relu %a : tensor<8xf32>
  %r = act.relu %x : tensor<8xf32>
  %5 = act.relu %r : tensor<8xf32>
  return %0, %1, %2, %3, %4, %5 : tensor<8xf32>, tensor<8xf32>, tensor<8xf32>, tensor<8xf32>, tensor<8xf32>, tensor<8xf32>
}

// -----

// Negative: relu with nan_mode = ignore maps NaN to 0, so it is the identity
// only on values that are never NaN. sigmoid(x) is NaN for NaN x.
// CHECK-LABEL: func @ignore_needs_no_nan
//       CHECK:   act.sigmoid
//       CHECK:   act.relu {{.*}}nan_mode = #act.nan_mode<ignore>
//   CHECK-NOT:   act.relu
func.func @ignore_needs_no_nan(%x: f32) -> f32 {
  %s = act.sigmoid %x : f32
  %0 = act.relu %s {nan_mode = #act.nan_mode<ignore>} : f32
  return %0 : f32
}

// -----

// ... but the output of a relu ignore is never NaN and never negative.
// CHECK-LABEL: func @ignore_of_ignore_free
//       CHECK:   %[[R:.*]] = act.relu %{{.*}} {nan_mode = #act.nan_mode<ignore>}
//  CHECK-NEXT:   %[[S:.*]] = act.sigmoid %[[R]]
//  CHECK-NEXT:   return %[[S]]
func.func @ignore_of_ignore_free(%x: f32) -> f32 {
  %r = act.relu %x {nan_mode = #act.nan_mode<ignore>} : f32
  %s = act.sigmoid %r : f32
  %0 = act.relu %s {nan_mode = #act.nan_mode<ignore>} : f32
  return %0 : f32
}

// -----

// Negative: -0.0 is negative for relu (relu(-0) = +0), so relu(x + (-0.0))
// style values that may be -0 keep their relu.
// CHECK-LABEL: func @negative_zero_keeps_relu
//       CHECK:   act.relu
func.func @negative_zero_keeps_relu(%x: f32) -> f32 {
  %r = act.relu %x : f32
  %n = arith.negf %r : f32
  %a = math.absf %n : f32
  %c = arith.constant -0.0 : f32
  %m = arith.minimumf %a, %c : f32
  %0 = act.relu %m : f32
  return %0 : f32
}

// -----

// Dead and exact to fold: the input is never positive and never NaN.
// CHECK-LABEL: func @dead_folded
//       CHECK:   %[[Z:.*]] = arith.constant dense<0.000000e+00> : tensor<8xf32>
//       CHECK:   return %[[Z]]
func.func @dead_folded(%x: tensor<8xf32>) -> tensor<8xf32> {
  %0 = act.relu %x {nan_mode = #act.nan_mode<ignore>} : tensor<8xf32>
  %1 = arith.negf %0 : tensor<8xf32>
  %2 = act.relu %1 : tensor<8xf32>
  return %2 : tensor<8xf32>
}

// -----

// Dead on a dynamic shape: a filled tensor of the same size.
// CHECK-LABEL: func @dead_dynamic
//       CHECK:   %[[E:.*]] = tensor.empty(%{{.*}}) : tensor<?xf32>
//       CHECK:   %[[F:.*]] = linalg.fill ins(%{{.*}} : f32) outs(%[[E]] : tensor<?xf32>)
//       CHECK:   return %[[F]]
func.func @dead_dynamic(%x: tensor<?xf32>) -> tensor<?xf32> {
  %0 = act.clamp %x {min = -4.0 : f64, max = -1.0 : f64, nan_mode = #act.nan_mode<ignore>} : tensor<?xf32>
  %1 = act.relu %0 : tensor<?xf32>
  return %1 : tensor<?xf32>
}

// -----

// Dead but NaN may flow through: folding to 0 would change NaN results, so
// the op stays (fastmath<nnan> licenses the fold).
// CHECK-LABEL: func @dead_nan_unsafe
//       CHECK:   %[[R:.*]] = act.relu %{{.*}} : tensor<8xf32>
//       CHECK:   %[[Z:.*]] = arith.constant dense<0.000000e+00>
//       CHECK:   return %[[R]], %[[Z]]
func.func @dead_nan_unsafe(%x: tensor<8xf32>) -> (tensor<8xf32>, tensor<8xf32>) {
  %0 = act.clamp %x {min = -4.0 : f64, max = -1.0 : f64} : tensor<8xf32>
  %1 = act.relu %0 : tensor<8xf32>
  %2 = act.relu %0 fastmath<nnan> : tensor<8xf32>
  return %1, %2 : tensor<8xf32>, tensor<8xf32>
}

// -----

// clamp of a value that is always +0 or -0 within the bounds.
// CHECK-LABEL: func @clamp_identity
//       CHECK:   %[[Z:.*]] = arith.constant 0.000000e+00 : f32
//       CHECK:   %[[M:.*]] = arith.mulf %{{.*}}, %[[Z]]
//  CHECK-NEXT:   return %[[M]]
func.func @clamp_identity(%x: f32) -> f32 {
  %r = act.relu %x {nan_mode = #act.nan_mode<ignore>} : f32
  %h = act.clamp %r {min = 0.0 : f64, max = 1.0 : f64} : f32
  %z = arith.constant 0.0 : f32
  %m = arith.mulf %h, %z : f32
  %0 = act.clamp %m {min = -1.0 : f64, max = 1.0 : f64} : f32
  return %0 : f32
}
