// RUN: act-opt %s --act-raise --split-input-file | FileCheck %s

// sigmoid as tosa-to-linalg and torch-mlir lower it: 1 / (exp(-x) + 1).
#map = affine_map<(d0, d1) -> (d0, d1)>
// CHECK-LABEL: func @sigmoid_generic
//  CHECK-SAME:   (%[[X:.*]]: tensor<4x8xf32>)
//       CHECK:   %[[R:.*]] = act.sigmoid %[[X]] : tensor<4x8xf32>
//       CHECK:   return %[[R]]
func.func @sigmoid_generic(%x: tensor<4x8xf32>) -> tensor<4x8xf32> {
  %e = tensor.empty() : tensor<4x8xf32>
  %0 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel"]} ins(%x : tensor<4x8xf32>) outs(%e : tensor<4x8xf32>) {
  ^bb0(%in: f32, %out: f32):
    %cst = arith.constant 1.000000e+00 : f32
    %1 = arith.negf %in : f32
    %2 = math.exp %1 : f32
    %3 = arith.addf %2, %cst : f32
    %4 = arith.divf %cst, %3 : f32
    linalg.yield %4 : f32
  } -> tensor<4x8xf32>
  return %0 : tensor<4x8xf32>
}

// -----

// tosa.sigmoid, and the same function composed of tosa ops.
// CHECK-LABEL: func @sigmoid_tosa
//  CHECK-SAME:   (%[[X:.*]]: tensor<2x8xbf16>)
//       CHECK:   %[[A:.*]] = act.sigmoid %[[X]] : tensor<2x8xbf16>
//       CHECK:   %[[B:.*]] = act.sigmoid %[[X]] : tensor<2x8xbf16>
//       CHECK:   return %[[A]], %[[B]]
func.func @sigmoid_tosa(%x: tensor<2x8xbf16>) -> (tensor<2x8xbf16>, tensor<2x8xbf16>) {
  %0 = tosa.sigmoid %x : (tensor<2x8xbf16>) -> tensor<2x8xbf16>
  %zp = "tosa.const"() <{values = dense<0.0> : tensor<1xbf16>}> : () -> tensor<1xbf16>
  %one = "tosa.const"() <{values = dense<1.0> : tensor<1x1xbf16>}> : () -> tensor<1x1xbf16>
  %1 = tosa.negate %x, %zp, %zp : (tensor<2x8xbf16>, tensor<1xbf16>, tensor<1xbf16>) -> tensor<2x8xbf16>
  %2 = tosa.exp %1 : (tensor<2x8xbf16>) -> tensor<2x8xbf16>
  %3 = tosa.add %one, %2 : (tensor<1x1xbf16>, tensor<2x8xbf16>) -> tensor<2x8xbf16>
  %4 = tosa.reciprocal %3 : (tensor<2x8xbf16>) -> tensor<2x8xbf16>
  return %0, %4 : tensor<2x8xbf16>, tensor<2x8xbf16>
}

// -----

// Negative: exp(x) instead of exp(-x), 2 instead of 1.
// CHECK-LABEL: func @sigmoid_wrong_formula
//   CHECK-NOT:   act.sigmoid
//       CHECK:   return
func.func @sigmoid_wrong_formula(%x: f32) -> (f32, f32) {
  %one = arith.constant 1.000000e+00 : f32
  %two = arith.constant 2.000000e+00 : f32
  %0 = math.exp %x : f32
  %1 = arith.addf %0, %one : f32
  %2 = arith.divf %one, %1 : f32
  %3 = arith.negf %x : f32
  %4 = math.exp %3 : f32
  %5 = arith.addf %4, %two : f32
  %6 = arith.divf %one, %5 : f32
  return %2, %6 : f32, f32
}

// -----

// silu = x * sigmoid(x) is NaN at x = -inf (-inf * 0) where act.silu gives
// -0: raised only with ninf on the multiplication reading x. Without it only
// the sigmoid is raised.
// CHECK-LABEL: func @silu_needs_ninf
//  CHECK-SAME:   (%[[X:.*]]: f32)
//       CHECK:   %[[A:.*]] = act.silu %[[X]] fastmath<ninf> : f32
//       CHECK:   %[[S:.*]] = act.sigmoid %[[X]] : f32
//       CHECK:   %[[B:.*]] = arith.mulf %[[X]], %[[S]] : f32
//       CHECK:   return %[[A]], %[[B]]
func.func @silu_needs_ninf(%x: f32) -> (f32, f32) {
  %one = arith.constant 1.000000e+00 : f32
  %0 = arith.negf %x fastmath<ninf> : f32
  %1 = math.exp %0 fastmath<ninf> : f32
  %2 = arith.addf %1, %one fastmath<ninf> : f32
  %3 = arith.divf %one, %2 fastmath<ninf> : f32
  %4 = arith.mulf %x, %3 fastmath<ninf> : f32
  %5 = arith.negf %x : f32
  %6 = math.exp %5 : f32
  %7 = arith.addf %6, %one : f32
  %8 = arith.divf %one, %7 : f32
  %9 = arith.mulf %x, %8 : f32
  return %4, %9 : f32, f32
}

// -----

// silu in a linalg.generic after elementwise fusion, with fast flags; the
// sigmoid factor as an act op; the quotient form x / (1 + exp(-x)). The act
// op keeps the fastmath flags common to all matched ops.
#map = affine_map<(d0) -> (d0)>
// CHECK-LABEL: func @silu_forms
//  CHECK-SAME:   (%[[X:.*]]: tensor<16xf16>, %[[Y:.*]]: f64)
//       CHECK:   %[[A:.*]] = act.silu %[[X]] fastmath<fast> : tensor<16xf16>
//       CHECK:   %[[B:.*]] = act.silu %[[Y]] : f64
//       CHECK:   %[[C:.*]] = act.silu %[[Y]] : f64
//       CHECK:   return %[[A]], %[[B]], %[[C]]
func.func @silu_forms(%x: tensor<16xf16>, %y: f64) -> (tensor<16xf16>, f64, f64) {
  %e = tensor.empty() : tensor<16xf16>
  %0 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel"]} ins(%x : tensor<16xf16>) outs(%e : tensor<16xf16>) {
  ^bb0(%in: f16, %out: f16):
    %cst = arith.constant 1.000000e+00 : f16
    %1 = arith.negf %in fastmath<fast> : f16
    %2 = math.exp %1 fastmath<fast> : f16
    %3 = arith.addf %2, %cst fastmath<fast> : f16
    %4 = arith.divf %cst, %3 fastmath<fast> : f16
    %5 = arith.mulf %4, %in fastmath<fast> : f16
    linalg.yield %5 : f16
  } -> tensor<16xf16>
  %one = arith.constant 1.000000e+00 : f64
  %s = act.sigmoid %y : f64
  %6 = arith.mulf %y, %s fastmath<ninf> : f64
  %7 = arith.negf %y : f64
  %8 = math.exp %7 : f64
  %9 = arith.addf %one, %8 : f64
  %10 = arith.divf %y, %9 fastmath<ninf> : f64
  return %0, %6, %10 : tensor<16xf16>, f64, f64
}

// -----

// Negative: the quotient form without ninf (-inf / inf = NaN at -inf); a
// product of x and the sigmoid of another value; a sigmoid with another use.
// CHECK-LABEL: func @silu_negative
//   CHECK-NOT:   act.silu
//       CHECK:   return
func.func @silu_negative(%x: f32, %y: f32) -> (f32, f32, f32, f32) {
  %one = arith.constant 1.000000e+00 : f32
  %0 = arith.negf %x : f32
  %1 = math.exp %0 : f32
  %2 = arith.addf %one, %1 : f32
  %3 = arith.divf %x, %2 : f32
  %s = act.sigmoid %y : f32
  %4 = arith.mulf %x, %s fastmath<ninf> : f32
  %t = act.sigmoid %x : f32
  %5 = arith.mulf %x, %t fastmath<ninf> : f32
  return %3, %4, %5, %t : f32, f32, f32, f32
}
