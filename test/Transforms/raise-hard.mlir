// RUN: act-opt %s --act-raise --split-input-file | FileCheck %s
// RUN: act-opt %s --linalg-fuse-elementwise-ops --act-raise --split-input-file | FileCheck %s --check-prefix=FUSED

// hardswish as torch-mlir emits it, one linalg.generic per aten op: x + 3
// (3 and the alpha 1 built with sitofp), relu, minimum with a rank-0 tensor
// 6 made by an integer fill and sitofp, division by 6, product with x. The
// final multiplication carries ninf (x = -inf gives -inf * 0 = NaN, while
// hardswish(-inf) = -0). act-raise expects linalg-fuse-elementwise-ops to have
// merged the generics; unfused, only the relu is raised (and lifted).
#map = affine_map<(d0, d1) -> (d0, d1)>
#map0 = affine_map<(d0, d1) -> ()>
// CHECK-LABEL: func @hardswish_torch
//       CHECK:   act.relu %{{.*}} : tensor<4x8xf32>
//   CHECK-NOT:   act.hardswish
// FUSED-LABEL: func @hardswish_torch
//  FUSED-SAME:   (%[[X:.*]]: tensor<4x8xf32>)
//       FUSED:   %[[R:.*]] = act.hardswish %[[X]] : tensor<4x8xf32>
//       FUSED:   return %[[R]]
func.func @hardswish_torch(%arg0: tensor<4x8xf32>) -> tensor<4x8xf32> {
  %c1_i64 = arith.constant 1 : i64
  %c3_i64 = arith.constant 3 : i64
  %c6_i64 = arith.constant 6 : i64
  %cst = arith.constant 0.000000e+00 : f32
  %e0 = tensor.empty() : tensor<4x8xf32>
  %0 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel"]} ins(%arg0 : tensor<4x8xf32>) outs(%e0 : tensor<4x8xf32>) {
  ^bb0(%in: f32, %out: f32):
    %a = arith.sitofp %c3_i64 : i64 to f32
    %b = arith.sitofp %c1_i64 : i64 to f32
    %m = arith.mulf %a, %b : f32
    %s = arith.addf %in, %m : f32
    linalg.yield %s : f32
  } -> tensor<4x8xf32>
  %1 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel"]} ins(%0 : tensor<4x8xf32>) outs(%e0 : tensor<4x8xf32>) {
  ^bb0(%in: f32, %out: f32):
    %p = arith.cmpf ugt, %in, %cst : f32
    %r = arith.select %p, %in, %cst : f32
    linalg.yield %r : f32
  } -> tensor<4x8xf32>
  %ei = tensor.empty() : tensor<i64>
  %six_i = linalg.fill ins(%c6_i64 : i64) outs(%ei : tensor<i64>) -> tensor<i64>
  %ef = tensor.empty() : tensor<f32>
  %six = linalg.generic {indexing_maps = [affine_map<() -> ()>, affine_map<() -> ()>], iterator_types = []} ins(%six_i : tensor<i64>) outs(%ef : tensor<f32>) {
  ^bb0(%in: i64, %out: f32):
    %f = arith.sitofp %in : i64 to f32
    linalg.yield %f : f32
  } -> tensor<f32>
  %2 = linalg.generic {indexing_maps = [#map, #map0, #map], iterator_types = ["parallel", "parallel"]} ins(%1, %six : tensor<4x8xf32>, tensor<f32>) outs(%e0 : tensor<4x8xf32>) {
  ^bb0(%in: f32, %in_1: f32, %out: f32):
    %p = arith.cmpf olt, %in, %in_1 : f32
    %r = arith.select %p, %in, %in_1 : f32
    linalg.yield %r : f32
  } -> tensor<4x8xf32>
  %3 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel"]} ins(%2 : tensor<4x8xf32>) outs(%e0 : tensor<4x8xf32>) {
  ^bb0(%in: f32, %out: f32):
    %d6 = arith.sitofp %c6_i64 : i64 to f32
    %r = arith.divf %in, %d6 : f32
    linalg.yield %r : f32
  } -> tensor<4x8xf32>
  %4 = linalg.generic {indexing_maps = [#map, #map, #map], iterator_types = ["parallel", "parallel"]} ins(%arg0, %3 : tensor<4x8xf32>, tensor<4x8xf32>) outs(%e0 : tensor<4x8xf32>) {
  ^bb0(%in: f32, %in_1: f32, %out: f32):
    %r = arith.mulf %in, %in_1 fastmath<ninf> : f32
    linalg.yield %r : f32
  } -> tensor<4x8xf32>
  return %4 : tensor<4x8xf32>
}

// -----

// The single-generic form (after fusion): with ninf on the product reading x
// it is hardswish; without, only the relu inside is raised.
#map = affine_map<(d0) -> (d0)>
// CHECK-LABEL: func @hardswish_fused
//  CHECK-SAME:   (%[[X:.*]]: tensor<8xf32>)
//       CHECK:   %[[A:.*]] = act.hardswish %[[X]] : tensor<8xf32>
//       CHECK:   linalg.generic
//       CHECK:     act.relu
//       CHECK:     arith.mulf
//   CHECK-NOT:   act.hardswish
// FUSED-LABEL: func @hardswish_fused
func.func @hardswish_fused(%x: tensor<8xf32>) -> (tensor<8xf32>, tensor<8xf32>) {
  %three = arith.constant 3.000000e+00 : f32
  %six = arith.constant 6.000000e+00 : f32
  %zero = arith.constant 0.000000e+00 : f32
  %e = tensor.empty() : tensor<8xf32>
  %0 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel"]} ins(%x : tensor<8xf32>) outs(%e : tensor<8xf32>) {
  ^bb0(%in: f32, %out: f32):
    %2 = arith.addf %in, %three : f32
    %3 = arith.cmpf ugt, %2, %zero : f32
    %4 = arith.select %3, %2, %zero : f32
    %5 = arith.cmpf olt, %4, %six : f32
    %6 = arith.select %5, %4, %six : f32
    %7 = arith.divf %6, %six : f32
    %8 = arith.mulf %in, %7 fastmath<ninf> : f32
    linalg.yield %8 : f32
  } -> tensor<8xf32>
  %1 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel"]} ins(%x : tensor<8xf32>) outs(%e : tensor<8xf32>) {
  ^bb0(%in: f32, %out: f32):
    %2 = arith.addf %in, %three : f32
    %3 = arith.cmpf ugt, %2, %zero : f32
    %4 = arith.select %3, %2, %zero : f32
    %5 = arith.cmpf olt, %4, %six : f32
    %6 = arith.select %5, %4, %six : f32
    %7 = arith.divf %6, %six : f32
    %8 = arith.mulf %in, %7 : f32
    linalg.yield %8 : f32
  } -> tensor<8xf32>
  return %0, %1 : tensor<8xf32>, tensor<8xf32>
}

// -----

// x * relu6(x + 3) * (1/6) with minimumf/maximumf on f16: the 1/6 rounded to
// f16 is within an ulp.
// CHECK-LABEL: func @hardswish_f16
//       CHECK:   act.hardswish %{{.*}} fastmath<ninf> : f16
func.func @hardswish_f16(%x: f16) -> f16 {
  %three = arith.constant 3.000000e+00 : f16
  %six = arith.constant 6.000000e+00 : f16
  %zero = arith.constant 0.000000e+00 : f16
  %sixth = arith.constant 1.666260e-01 : f16
  %0 = arith.addf %three, %x fastmath<ninf> : f16
  %1 = arith.maximumf %0, %zero fastmath<ninf> : f16
  %2 = arith.minimumf %1, %six fastmath<ninf> : f16
  %3 = arith.mulf %x, %2 fastmath<ninf> : f16
  %4 = arith.mulf %3, %sixth fastmath<ninf> : f16
  return %4 : f16
}

// -----

// Negative: x + 2, a bound of 5, a lower bound of -0 (x * -0 for x < -3 is
// +0, hardswish gives -0).
// CHECK-LABEL: func @hardswish_negative
//   CHECK-NOT:   act.hardswish
//       CHECK:   return
func.func @hardswish_negative(%x: f32) -> (f32, f32, f32) {
  %two = arith.constant 2.000000e+00 : f32
  %three = arith.constant 3.000000e+00 : f32
  %five = arith.constant 5.000000e+00 : f32
  %six = arith.constant 6.000000e+00 : f32
  %zero = arith.constant 0.000000e+00 : f32
  %nzero = arith.constant -0.000000e+00 : f32
  %0 = arith.addf %x, %two : f32
  %1 = arith.maximumf %0, %zero : f32
  %2 = arith.minimumf %1, %six : f32
  %3 = arith.divf %2, %six : f32
  %4 = arith.mulf %x, %3 fastmath<ninf> : f32
  %5 = arith.addf %x, %three : f32
  %6 = arith.maximumf %5, %zero : f32
  %7 = arith.minimumf %6, %five : f32
  %8 = arith.divf %7, %six : f32
  %9 = arith.mulf %x, %8 fastmath<ninf> : f32
  %10 = arith.addf %x, %three : f32
  %11 = arith.maximumf %10, %nzero : f32
  %12 = arith.minimumf %11, %six : f32
  %13 = arith.divf %12, %six : f32
  %14 = arith.mulf %x, %13 fastmath<ninf> : f32
  return %4, %9, %14 : f32, f32, f32
}

// -----

// Negative: PyTorch's hardsigmoid relu6(x + 3) / 6 is not raised. With
// torch-mlir's relu6 it maps NaN to 1 (the minimum is select(a olt b, a, b),
// which maps NaN to 6); and even with a NaN-propagating relu6 it rounds
// differently from act.hardsigmoid's alpha * x + beta, which cancels near
// x = -3. Only the relu inside is raised.
// CHECK-LABEL: func @hardsigmoid_torch
//   CHECK-NOT:   act.hardsigmoid
//       CHECK:   act.relu
//   CHECK-NOT:   act.hardsigmoid
//       CHECK:   act.clamp
//   CHECK-NOT:   act.hardsigmoid
//       CHECK:   return
func.func @hardsigmoid_torch(%x: f32) -> (f32, f32) {
  %three = arith.constant 3.000000e+00 : f32
  %six = arith.constant 6.000000e+00 : f32
  %zero = arith.constant 0.000000e+00 : f32
  %0 = arith.addf %x, %three : f32
  %1 = arith.cmpf ugt, %0, %zero : f32
  %2 = arith.select %1, %0, %zero : f32
  %3 = arith.cmpf olt, %2, %six : f32
  %4 = arith.select %3, %2, %six : f32
  %5 = arith.divf %4, %six : f32
  %6 = arith.addf %x, %three : f32
  %7 = arith.maximumf %6, %zero : f32
  %8 = arith.minimumf %7, %six : f32
  %9 = arith.divf %8, %six : f32
  return %5, %9 : f32, f32
}

// -----

// ONNX HardSigmoid, clamp(alpha x + beta, 0, 1), in arith and in TOSA: the
// operation sequence act.hardsigmoid is defined by.
// CHECK-LABEL: func @hardsigmoid_onnx
//  CHECK-SAME:   (%[[X:.*]]: f32, %[[T:.*]]: tensor<2x8xf32>)
//       CHECK:   %[[A:.*]] = act.hardsigmoid %[[X]] {alpha = 0.20000000298023224 : f64} : f32
//       CHECK:   %[[B:.*]] = act.hardsigmoid %[[T]] {alpha = 0.20000000298023224 : f64} : tensor<2x8xf32>
//       CHECK:   return %[[A]], %[[B]]
func.func @hardsigmoid_onnx(%x: f32, %t: tensor<2x8xf32>) -> (f32, tensor<2x8xf32>) {
  %alpha = arith.constant 2.000000e-01 : f32
  %beta = arith.constant 5.000000e-01 : f32
  %zero = arith.constant 0.000000e+00 : f32
  %one = arith.constant 1.000000e+00 : f32
  %0 = arith.mulf %x, %alpha : f32
  %1 = arith.addf %0, %beta : f32
  %2 = arith.maximumf %1, %zero : f32
  %3 = arith.minimumf %2, %one : f32
  %shift = "tosa.const"() <{values = dense<0> : tensor<1xi8>}> : () -> tensor<1xi8>
  %ta = "tosa.const"() <{values = dense<0.2> : tensor<1x1xf32>}> : () -> tensor<1x1xf32>
  %tb = "tosa.const"() <{values = dense<0.5> : tensor<1x1xf32>}> : () -> tensor<1x1xf32>
  %4 = tosa.mul %t, %ta, %shift : (tensor<2x8xf32>, tensor<1x1xf32>, tensor<1xi8>) -> tensor<2x8xf32>
  %5 = tosa.add %4, %tb : (tensor<2x8xf32>, tensor<1x1xf32>) -> tensor<2x8xf32>
  %6 = tosa.clamp %5 {min_val = 0.0 : f32, max_val = 1.0 : f32} : (tensor<2x8xf32>) -> tensor<2x8xf32>
  return %3, %6 : f32, tensor<2x8xf32>
}
