// RUN: act-opt %s --act-raise --split-input-file | FileCheck %s

// softplus as PyTorch defines it (beta = 1, threshold = 20):
// x > 20 ? x : log1p(exp(x)). NaN fails the comparison and the body gives
// NaN; -inf gives log1p(0) = +0.
#map = affine_map<(d0) -> (d0)>
// CHECK-LABEL: func @softplus_torch
//  CHECK-SAME:   (%[[X:.*]]: tensor<16xf32>)
//       CHECK:   %[[R:.*]] = act.softplus %[[X]] : tensor<16xf32>
//       CHECK:   return %[[R]]
func.func @softplus_torch(%x: tensor<16xf32>) -> tensor<16xf32> {
  %e = tensor.empty() : tensor<16xf32>
  %0 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel"]} ins(%x : tensor<16xf32>) outs(%e : tensor<16xf32>) {
  ^bb0(%in: f32, %out: f32):
    %cst = arith.constant 2.000000e+01 : f32
    %1 = math.exp %in : f32
    %2 = math.log1p %1 : f32
    %3 = arith.cmpf ogt, %in, %cst : f32
    %4 = arith.select %3, %in, %2 : f32
    linalg.yield %4 : f32
  } -> tensor<16xf32>
  return %0 : tensor<16xf32>
}

// -----

// beta = 2, threshold = 10, with log(1 + exp(beta x)) / beta and the
// comparison written beta x ugt threshold.
// CHECK-LABEL: func @softplus_beta
//       CHECK:   act.softplus %{{.*}} {beta = 2.000000e+00 : f64, threshold = 1.000000e+01 : f64} : f64
func.func @softplus_beta(%x: f64) -> f64 {
  %beta = arith.constant 2.000000e+00 : f64
  %t = arith.constant 1.000000e+01 : f64
  %one = arith.constant 1.000000e+00 : f64
  %0 = arith.mulf %x, %beta : f64
  %1 = math.exp %0 : f64
  %2 = arith.addf %one, %1 : f64
  %3 = math.log %2 : f64
  %4 = arith.divf %3, %beta : f64
  %5 = arith.cmpf ugt, %0, %t : f64
  %6 = arith.select %5, %x, %4 : f64
  return %6 : f64
}

// -----

// Negative: in f16, exp overflows above 11.09, so with threshold 20 the
// composite is +inf on (11.09, 20] where softplus is x.
// CHECK-LABEL: func @softplus_f16_overflows
//   CHECK-NOT:   act.softplus
//       CHECK:   math.log1p
func.func @softplus_f16_overflows(%x: f16) -> f16 {
  %t = arith.constant 2.000000e+01 : f16
  %0 = math.exp %x : f16
  %1 = math.log1p %0 : f16
  %2 = arith.cmpf ogt, %x, %t : f16
  %3 = arith.select %2, %x, %1 : f16
  return %3 : f16
}

// -----

// log1p(exp(x)) without the threshold overflows to +inf for large x (above
// 88.7 in f32): raised only with ninf on the exp, with the threshold
// floor(ln(max)) above which log1p(exp(x)) rounds to x.
// CHECK-LABEL: func @softplus_no_threshold
//  CHECK-SAME:   (%[[X:.*]]: f32, %[[Y:.*]]: f32)
//       CHECK:   %[[A:.*]] = act.softplus %[[X]] {threshold = 8.800000e+01 : f64} : f32
//       CHECK:   %[[E:.*]] = math.exp %[[Y]] : f32
//       CHECK:   %[[B:.*]] = math.log1p %[[E]] : f32
//       CHECK:   return %[[A]], %[[B]]
func.func @softplus_no_threshold(%x: f32, %y: f32) -> (f32, f32) {
  %0 = math.exp %x fastmath<ninf> : f32
  %1 = math.log1p %0 : f32
  %2 = math.exp %y : f32
  %3 = math.log1p %2 : f32
  return %1, %3 : f32, f32
}

// -----

// mish = x * tanh(softplus(x)), with ninf on the product (-inf * tanh(0) is
// NaN; mish(-inf) = -0). The softplus may keep PyTorch's threshold, or have
// none: where exp overflows, tanh(inf) = 1 is right.
// CHECK-LABEL: func @mish
//  CHECK-SAME:   (%[[X:.*]]: f32, %[[Y:.*]]: f16)
//       CHECK:   %[[A:.*]] = act.mish %[[X]] : f32
//       CHECK:   %[[B:.*]] = act.mish %[[Y]] fastmath<ninf> : f16
//       CHECK:   return %[[A]], %[[B]]
func.func @mish(%x: f32, %y: f16) -> (f32, f16) {
  %t = arith.constant 2.000000e+01 : f32
  %0 = math.exp %x : f32
  %1 = math.log1p %0 : f32
  %2 = arith.cmpf ogt, %x, %t : f32
  %3 = arith.select %2, %x, %1 : f32
  %4 = math.tanh %3 : f32
  %5 = arith.mulf %x, %4 fastmath<ninf> : f32
  %6 = math.exp %y fastmath<ninf> : f16
  %7 = math.log1p %6 fastmath<ninf> : f16
  %8 = math.tanh %7 fastmath<ninf> : f16
  %9 = arith.mulf %8, %y fastmath<ninf> : f16
  return %5, %9 : f32, f16
}

// -----

// Negative: mish without ninf; with a softplus threshold of 5 (tanh(x) is
// not tanh(softplus(x)) between 5 and 20). That softplus is raised alone.
// CHECK-LABEL: func @mish_negative
//   CHECK-NOT:   act.mish
//       CHECK:   act.softplus %{{.*}} {threshold = 5.000000e+00 : f64} : f32
//   CHECK-NOT:   act.mish
//       CHECK:   return
func.func @mish_negative(%x: f32) -> (f32, f32) {
  %t = arith.constant 5.000000e+00 : f32
  %0 = math.exp %x : f32
  %1 = math.log1p %0 : f32
  %2 = math.tanh %1 : f32
  %3 = arith.mulf %x, %2 : f32
  %4 = math.exp %x : f32
  %5 = math.log1p %4 : f32
  %6 = arith.cmpf ogt, %x, %t : f32
  %7 = arith.select %6, %x, %5 : f32
  %8 = math.tanh %7 : f32
  %9 = arith.mulf %x, %8 fastmath<ninf> : f32
  return %3, %9 : f32, f32
}

// -----

// elu = x > 0 ? x : alpha * expm1(x). ogt and ugt both give NaN for NaN;
// -0 takes the second arm: alpha * expm1(-0) = -0 as elu(-0).
// CHECK-LABEL: func @elu
//  CHECK-SAME:   (%[[X:.*]]: f32, %[[Y:.*]]: tensor<8xf32>)
//       CHECK:   %[[A:.*]] = act.elu %[[X]] : f32
//       CHECK:   %[[B:.*]] = act.elu %[[X]] {alpha = 5.000000e-01 : f64} : f32
//       CHECK:   %[[C:.*]] = act.elu %[[Y]] {alpha = 2.000000e+00 : f64} : tensor<8xf32>
//       CHECK:   return %[[A]], %[[B]], %[[C]]
func.func @elu(%x: f32, %y: tensor<8xf32>) -> (f32, f32, tensor<8xf32>) {
  %zero = arith.constant 0.000000e+00 : f32
  %alpha = arith.constant 5.000000e-01 : f32
  %0 = math.expm1 %x : f32
  %1 = arith.cmpf ogt, %x, %zero : f32
  %2 = arith.select %1, %x, %0 : f32
  // x ule 0 ? 0.5 * expm1(x) : x
  %3 = math.expm1 %x : f32
  %4 = arith.mulf %alpha, %3 : f32
  %5 = arith.cmpf ule, %x, %zero : f32
  %6 = arith.select %5, %4, %x : f32
  // x oge 0 ? x : 2 * expm1(x), exact because alpha > 0
  %zt = arith.constant dense<0.000000e+00> : tensor<8xf32>
  %two = arith.constant dense<2.000000e+00> : tensor<8xf32>
  %7 = math.expm1 %y : tensor<8xf32>
  %8 = arith.mulf %7, %two : tensor<8xf32>
  %9 = arith.cmpf oge, %y, %zt : tensor<8xf32>
  %10 = arith.select %9, %y, %8 : tensor<8xi1>, tensor<8xf32>
  return %2, %6, %10 : f32, f32, tensor<8xf32>
}

// -----

// alpha * (exp(x) - 1) gives +0 at x = -0 (elu(-0) = -0) and +0 for tiny
// negative x: raised only with nsz on the subtraction.
// CHECK-LABEL: func @elu_exp_minus_one
//  CHECK-SAME:   (%[[X:.*]]: f32)
//       CHECK:   %[[E:.*]] = math.exp %[[X]] : f32
//       CHECK:   %[[S:.*]] = arith.subf %[[E]]
//       CHECK:   %[[A:.*]] = arith.select %{{.*}}, %[[X]], %[[S]]
//       CHECK:   %[[B:.*]] = act.elu %[[X]] : f32
//       CHECK:   return %[[A]], %[[B]]
func.func @elu_exp_minus_one(%x: f32) -> (f32, f32) {
  %zero = arith.constant 0.000000e+00 : f32
  %one = arith.constant 1.000000e+00 : f32
  %0 = math.exp %x : f32
  %1 = arith.subf %0, %one : f32
  %2 = arith.cmpf ogt, %x, %zero : f32
  %3 = arith.select %2, %x, %1 : f32
  %4 = math.exp %x : f32
  %5 = arith.subf %4, %one fastmath<nsz> : f32
  %6 = arith.cmpf ogt, %x, %zero : f32
  %7 = arith.select %6, %x, %5 : f32
  return %3, %7 : f32, f32
}

// -----

// Negative: x >= 0 with alpha < 0 (x = -0 gives -0, alpha * expm1(-0) = +0).
// CHECK-LABEL: func @elu_ge_negative_alpha
//   CHECK-NOT:   act.elu
//       CHECK:   return
func.func @elu_ge_negative_alpha(%x: f32) -> f32 {
  %zero = arith.constant 0.000000e+00 : f32
  %alpha = arith.constant -5.000000e-01 : f32
  %0 = math.expm1 %x : f32
  %1 = arith.mulf %0, %alpha : f32
  %2 = arith.cmpf oge, %x, %zero : f32
  %3 = arith.select %2, %x, %1 : f32
  return %3 : f32
}
