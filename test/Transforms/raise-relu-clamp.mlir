// RUN: act-opt %s --act-raise --split-input-file | FileCheck %s

// relu as torch-mlir lowers aten.relu: select(x ugt 0, x, 0). ugt is true for
// NaN, so NaN passes (propagate); -0 fails the test and gives +0.
#map = affine_map<(d0, d1) -> (d0, d1)>
// CHECK-LABEL: func @relu_torch_generic
//  CHECK-SAME:   (%[[X:.*]]: tensor<4x8xf32>)
//   CHECK-NOT:   linalg.generic
//       CHECK:   %[[R:.*]] = act.relu %[[X]] : tensor<4x8xf32>
//   CHECK-NOT:   nan_mode
//       CHECK:   return %[[R]]
func.func @relu_torch_generic(%x: tensor<4x8xf32>) -> tensor<4x8xf32> {
  %cst = arith.constant 0.000000e+00 : f32
  %e = tensor.empty() : tensor<4x8xf32>
  %0 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel"]} ins(%x : tensor<4x8xf32>) outs(%e : tensor<4x8xf32>) {
  ^bb0(%in: f32, %out: f32):
    %1 = arith.cmpf ugt, %in, %cst : f32
    %2 = arith.select %1, %in, %cst : f32
    linalg.yield %2 : f32
  } -> tensor<4x8xf32>
  return %0 : tensor<4x8xf32>
}

// -----

// The same comparison with ogt is false for NaN and selects 0: ignore mode.
// CHECK-LABEL: func @relu_ogt_is_ignore
//  CHECK-SAME:   (%[[X:.*]]: f32)
//       CHECK:   %[[R:.*]] = act.relu %[[X]] {nan_mode = #act.nan_mode<ignore>} : f32
//       CHECK:   return %[[R]]
func.func @relu_ogt_is_ignore(%x: f32) -> f32 {
  %cst = arith.constant 0.000000e+00 : f32
  %1 = arith.cmpf ogt, %x, %cst : f32
  %2 = arith.select %1, %x, %cst : f32
  return %2 : f32
}

// -----

// Inverted selects, the constant on the left of the comparison and a -0
// compared (only the returned constant's sign matters).
// CHECK-LABEL: func @relu_select_spellings
//       CHECK:   %[[A:.*]] = act.relu %{{.*}} : f32
//       CHECK:   %[[B:.*]] = act.relu %{{.*}} {nan_mode = #act.nan_mode<ignore>} : f32
//       CHECK:   %[[C:.*]] = act.relu %{{.*}} : f32
//       CHECK:   %[[D:.*]] = act.relu %{{.*}} {nan_mode = #act.nan_mode<ignore>} : f32
//       CHECK:   return %[[A]], %[[B]], %[[C]], %[[D]]
func.func @relu_select_spellings(%x: f32) -> (f32, f32, f32, f32) {
  %zero = arith.constant 0.000000e+00 : f32
  %nzero = arith.constant -0.000000e+00 : f32
  // x ole 0 ? 0 : x  (NaN: ole false -> x)
  %0 = arith.cmpf ole, %x, %zero : f32
  %1 = arith.select %0, %zero, %x : f32
  // x ule 0 ? 0 : x  (NaN: ule true -> 0)
  %2 = arith.cmpf ule, %x, %zero : f32
  %3 = arith.select %2, %zero, %x : f32
  // 0 ult x ? x : 0  (== x ugt 0)
  %4 = arith.cmpf ult, %zero, %x : f32
  %5 = arith.select %4, %x, %zero : f32
  // x ogt -0 ? x : +0
  %6 = arith.cmpf ogt, %x, %nzero : f32
  %7 = arith.select %6, %x, %zero : f32
  return %1, %3, %5, %7 : f32, f32, f32, f32
}

// -----

// Negative: x olt 0 ? 0 : x keeps -0 (relu(-0) = +0); returning -0 for
// negative inputs is not relu either.
// CHECK-LABEL: func @relu_wrong_zero
//   CHECK-NOT:   act.relu
//       CHECK:   return
func.func @relu_wrong_zero(%x: f32) -> (f32, f32) {
  %zero = arith.constant 0.000000e+00 : f32
  %nzero = arith.constant -0.000000e+00 : f32
  %0 = arith.cmpf olt, %x, %zero : f32
  %1 = arith.select %0, %zero, %x : f32
  %2 = arith.cmpf ugt, %x, %zero : f32
  %3 = arith.select %2, %x, %nzero : f32
  return %1, %3 : f32, f32
}

// -----

// maximumf is IEEE maximum: NaN propagates, -0 < +0. On tensors and vectors
// directly, either operand order.
// CHECK-LABEL: func @relu_maximumf
//       CHECK:   %[[A:.*]] = act.relu %{{.*}} : tensor<16xf16>
//       CHECK:   %[[B:.*]] = act.relu %{{.*}} : vector<8xbf16>
//       CHECK:   %[[C:.*]] = act.relu %{{.*}} : f64
//       CHECK:   return %[[A]], %[[B]], %[[C]]
func.func @relu_maximumf(%t: tensor<16xf16>, %v: vector<8xbf16>, %s: f64)
    -> (tensor<16xf16>, vector<8xbf16>, f64) {
  %zt = arith.constant dense<0.000000e+00> : tensor<16xf16>
  %zv = arith.constant dense<0.000000e+00> : vector<8xbf16>
  %zs = arith.constant 0.000000e+00 : f64
  %0 = arith.maximumf %t, %zt : tensor<16xf16>
  %1 = arith.maximumf %zv, %v : vector<8xbf16>
  %2 = arith.maximumf %s, %zs : f64
  return %0, %1, %2 : tensor<16xf16>, vector<8xbf16>, f64
}

// -----

// Negative: maxnumf(x, 0) may return -0 for x = -0 (arith.maxnumf leaves the
// sign of equal zeros unspecified); maximumf(x, -0) returns -0 for negative x.
// CHECK-LABEL: func @relu_not_maxnum
//   CHECK-NOT:   act.relu
//       CHECK:   arith.maxnumf
//       CHECK:   arith.maximumf
func.func @relu_not_maxnum(%x: f32) -> (f32, f32) {
  %zero = arith.constant 0.000000e+00 : f32
  %nzero = arith.constant -0.000000e+00 : f32
  %0 = arith.maxnumf %x, %zero : f32
  %1 = arith.maximumf %x, %nzero : f32
  return %0, %1 : f32, f32
}

// -----

// With nsz the sign of a zero result is insignificant: maxnumf(x, 0) is then
// relu with NaN mapped to 0.
// CHECK-LABEL: func @relu_maxnum_nsz
//       CHECK:   act.relu %{{.*}} fastmath<nsz> {nan_mode = #act.nan_mode<ignore>} : f32
func.func @relu_maxnum_nsz(%x: f32) -> f32 {
  %zero = arith.constant 0.000000e+00 : f32
  %0 = arith.maxnumf %x, %zero fastmath<nsz> : f32
  return %0 : f32
}

// -----

// Negative: the comparison has another user.
// CHECK-LABEL: func @relu_multiple_uses
//   CHECK-NOT:   act.relu
//       CHECK:   arith.select
func.func @relu_multiple_uses(%x: f32) -> (f32, i1) {
  %zero = arith.constant 0.000000e+00 : f32
  %0 = arith.cmpf ugt, %x, %zero : f32
  %1 = arith.select %0, %x, %zero : f32
  return %1, %0 : f32, i1
}

// -----

// clamp as tosa-to-linalg lowers tosa.clamp (min first) and the textbook
// order; lo <= hi, NaN propagates through minimumf/maximumf.
// CHECK-LABEL: func @clamp_min_max
//       CHECK:   %[[A:.*]] = act.clamp %{{.*}} {max = 6.000000e+00 : f64, min = 0.000000e+00 : f64} : f32
//       CHECK:   %[[B:.*]] = act.clamp %{{.*}} {max = 2.500000e+00 : f64, min = -1.500000e+00 : f64} : f32
//       CHECK:   return %[[A]], %[[B]]
func.func @clamp_min_max(%x: f32) -> (f32, f32) {
  %zero = arith.constant 0.000000e+00 : f32
  %six = arith.constant 6.000000e+00 : f32
  %lo = arith.constant -1.500000e+00 : f32
  %hi = arith.constant 2.500000e+00 : f32
  %0 = arith.minimumf %x, %six : f32
  %1 = arith.maximumf %0, %zero : f32
  %2 = arith.maximumf %x, %lo : f32
  %3 = arith.minimumf %2, %hi : f32
  return %1, %3 : f32, f32
}

// -----

// tosa.clamp with nan_mode IGNORE after tosa-to-linalg: the clamp and a NaN
// guard selecting the lower bound.
#map = affine_map<(d0) -> (d0)>
// CHECK-LABEL: func @clamp_tosa_ignore_lowered
//  CHECK-SAME:   (%[[X:.*]]: tensor<8xf32>)
//       CHECK:   %[[R:.*]] = act.clamp %[[X]] {max = 6.000000e+00 : f64, min = 0.000000e+00 : f64, nan_mode = #act.nan_mode<ignore>} : tensor<8xf32>
//       CHECK:   return %[[R]]
func.func @clamp_tosa_ignore_lowered(%x: tensor<8xf32>) -> tensor<8xf32> {
  %e = tensor.empty() : tensor<8xf32>
  %0 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel"]} ins(%x : tensor<8xf32>) outs(%e : tensor<8xf32>) {
  ^bb0(%in: f32, %out: f32):
    %cst = arith.constant 0.000000e+00 : f32
    %cst_0 = arith.constant 6.000000e+00 : f32
    %1 = arith.minimumf %in, %cst_0 : f32
    %2 = arith.maximumf %1, %cst : f32
    %3 = arith.cmpf uno, %in, %in : f32
    %4 = arith.select %3, %cst, %2 : f32
    linalg.yield %4 : f32
  } -> tensor<8xf32>
  return %0 : tensor<8xf32>
}

// -----

// torch-mlir's aten.clamp: select(x ult lo, lo, x), then select(y ugt hi, hi,
// y). NaN goes to lo (ult is true for NaN): ignore mode. Exact when lo is not
// +0 (x = -0 is kept, while clamp's maximum gives lo = +0).
// CHECK-LABEL: func @hardtanh_torch
//       CHECK:   act.clamp %{{.*}} {max = 1.000000e+00 : f64, min = -1.000000e+00 : f64, nan_mode = #act.nan_mode<ignore>} : f32
func.func @hardtanh_torch(%x: f32) -> f32 {
  %lo = arith.constant -1.000000e+00 : f32
  %hi = arith.constant 1.000000e+00 : f32
  %0 = arith.cmpf ult, %x, %lo : f32
  %1 = arith.select %0, %lo, %x : f32
  %2 = arith.cmpf ugt, %1, %hi : f32
  %3 = arith.select %2, %hi, %1 : f32
  return %3 : f32
}

// -----

// Negative: the same chain with lo = +0 returns -0 for x = -0, act.clamp +0.
// CHECK-LABEL: func @relu6_torch_clamp
//   CHECK-NOT:   act.clamp
//   CHECK-NOT:   act.relu
//       CHECK:   return
func.func @relu6_torch_clamp(%x: f32) -> f32 {
  %lo = arith.constant 0.000000e+00 : f32
  %hi = arith.constant 6.000000e+00 : f32
  %0 = arith.cmpf ult, %x, %lo : f32
  %1 = arith.select %0, %lo, %x : f32
  %2 = arith.cmpf ugt, %1, %hi : f32
  %3 = arith.select %2, %hi, %1 : f32
  return %3 : f32
}

// -----

// torch-mlir's relu6 (relu, then aten.minimum as select(a olt b, a, b)) maps
// NaN to 6: no act op does. Only the relu is raised.
// CHECK-LABEL: func @relu6_torch_minimum
//       CHECK:   %[[R:.*]] = act.relu %{{.*}} : f32
//       CHECK:   %[[C:.*]] = arith.cmpf olt, %[[R]]
//       CHECK:   %[[S:.*]] = arith.select %[[C]], %[[R]]
//       CHECK:   return %[[S]]
func.func @relu6_torch_minimum(%x: f32) -> f32 {
  %zero = arith.constant 0.000000e+00 : f32
  %six = arith.constant 6.000000e+00 : f32
  %0 = arith.cmpf ugt, %x, %zero : f32
  %1 = arith.select %0, %x, %zero : f32
  %2 = arith.cmpf olt, %1, %six : f32
  %3 = arith.select %2, %1, %six : f32
  return %3 : f32
}

// -----

// maxnumf/minnumf with nonzero bounds order every pair exactly and map NaN to
// lo: clamp with ignore. minnumf(maximumf(x, lo), hi) maps NaN to hi instead:
// not raised.
// CHECK-LABEL: func @clamp_maxnum
//       CHECK:   %[[A:.*]] = act.clamp %{{.*}} {max = 1.000000e+00 : f64, min = -1.000000e+00 : f64, nan_mode = #act.nan_mode<ignore>} : f32
//       CHECK:   %[[M:.*]] = arith.maximumf
//       CHECK:   %[[B:.*]] = arith.minnumf %[[M]]
//       CHECK:   return %[[A]], %[[B]]
func.func @clamp_maxnum(%x: f32) -> (f32, f32) {
  %lo = arith.constant -1.000000e+00 : f32
  %hi = arith.constant 1.000000e+00 : f32
  %0 = arith.maxnumf %x, %lo : f32
  %1 = arith.minnumf %0, %hi : f32
  %2 = arith.maximumf %x, %lo : f32
  %3 = arith.minnumf %2, %hi : f32
  return %1, %3 : f32, f32
}

// -----

// Negative: lo > hi is no clamp.
// CHECK-LABEL: func @clamp_inverted_bounds
//   CHECK-NOT:   act.clamp
//       CHECK:   return
func.func @clamp_inverted_bounds(%x: f32) -> f32 {
  %lo = arith.constant 1.000000e+00 : f32
  %hi = arith.constant -1.000000e+00 : f32
  %0 = arith.maximumf %x, %lo : f32
  %1 = arith.minimumf %0, %hi : f32
  return %1 : f32
}

// -----

// relu then minimumf (the relu raised first or not).
// CHECK-LABEL: func @relu6_from_relu
//       CHECK:   %[[R:.*]] = act.clamp %{{.*}} {max = 6.000000e+00 : f64, min = 0.000000e+00 : f64} : f32
//       CHECK:   return %[[R]]
func.func @relu6_from_relu(%x: f32) -> f32 {
  %six = arith.constant 6.000000e+00 : f32
  %0 = act.relu %x : f32
  %1 = arith.minimumf %0, %six : f32
  return %1 : f32
}

// -----

// tosa.clamp maps directly; IGNORE is act's ignore (NaN -> min_val), and
// tosa-to-linalg orders zeros as arith.maximumf/minimumf. max_val = +inf is a
// relu. Integer clamps keep their (signed) bounds.
// CHECK-LABEL: func @clamp_tosa
//       CHECK:   %[[A:.*]] = act.clamp %{{.*}} {max = 6.000000e+00 : f64, min = 0.000000e+00 : f64} : tensor<2x8xf16>
//       CHECK:   %[[B:.*]] = act.clamp %{{.*}} {max = 1.000000e+00 : f64, min = -1.000000e+00 : f64, nan_mode = #act.nan_mode<ignore>} : tensor<2x8xf32>
//       CHECK:   %[[C:.*]] = act.relu %{{.*}} : tensor<2x8xf32>
//       CHECK:   %[[D:.*]] = act.clamp %{{.*}} {max = 1.270000e+02 : f64, min = -5.000000e+00 : f64} : tensor<2x8xi8>
//       CHECK:   return %[[A]], %[[B]], %[[C]], %[[D]]
func.func @clamp_tosa(%a: tensor<2x8xf16>, %b: tensor<2x8xf32>, %q: tensor<2x8xi8>)
    -> (tensor<2x8xf16>, tensor<2x8xf32>, tensor<2x8xf32>, tensor<2x8xi8>) {
  %0 = tosa.clamp %a {min_val = 0.0 : f16, max_val = 6.0 : f16} : (tensor<2x8xf16>) -> tensor<2x8xf16>
  %1 = tosa.clamp %b {min_val = -1.0 : f32, max_val = 1.0 : f32, nan_mode = #tosa.nan_mode<IGNORE>} : (tensor<2x8xf32>) -> tensor<2x8xf32>
  %2 = tosa.clamp %b {min_val = 0.0 : f32, max_val = 0x7F800000 : f32} : (tensor<2x8xf32>) -> tensor<2x8xf32>
  %3 = tosa.clamp %q {min_val = -5 : i8, max_val = 127 : i8} : (tensor<2x8xi8>) -> tensor<2x8xi8>
  return %0, %1, %2, %3 : tensor<2x8xf16>, tensor<2x8xf32>, tensor<2x8xf32>, tensor<2x8xi8>
}
