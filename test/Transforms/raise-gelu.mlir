// RUN: act-opt %s --act-raise --split-input-file | FileCheck %s

// gelu as torch-mlir lowers aten.gelu (approximate = "none"):
// x * (0.5 * (1 + erf((x - 0) / sqrt(2)))), sqrt(2) computed in the body.
// At x = -inf the composite is -inf * 0 = NaN and act.gelu gives -0, so the
// multiplication reading x needs ninf.
#map = affine_map<(d0, d1) -> (d0, d1)>
// CHECK-LABEL: func @gelu_torch
//  CHECK-SAME:   (%[[X:.*]]: tensor<4x8xf32>)
//       CHECK:   %[[R:.*]] = act.gelu %[[X]] : tensor<4x8xf32>
//       CHECK:   return %[[R]]
func.func @gelu_torch(%x: tensor<4x8xf32>) -> tensor<4x8xf32> {
  %e = tensor.empty() : tensor<4x8xf32>
  %0 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel"]} ins(%x : tensor<4x8xf32>) outs(%e : tensor<4x8xf32>) {
  ^bb0(%in: f32, %out: f32):
    %cst = arith.constant 0.000000e+00 : f32
    %1 = arith.subf %in, %cst : f32
    %cst_0 = arith.constant 2.000000e+00 : f32
    %2 = math.sqrt %cst_0 : f32
    %3 = arith.divf %1, %2 : f32
    %4 = math.erf %3 : f32
    %cst_1 = arith.constant 1.000000e+00 : f32
    %5 = arith.addf %cst_1, %4 : f32
    %cst_2 = arith.constant 5.000000e-01 : f32
    %6 = arith.mulf %cst_2, %5 : f32
    %7 = arith.mulf %in, %6 fastmath<ninf> : f32
    linalg.yield %7 : f32
  } -> tensor<4x8xf32>
  return %0 : tensor<4x8xf32>
}

// -----

// Negative: the same without ninf.
#map = affine_map<(d0, d1) -> (d0, d1)>
// CHECK-LABEL: func @gelu_torch_no_ninf
//   CHECK-NOT:   act.gelu
//       CHECK:   math.erf
func.func @gelu_torch_no_ninf(%x: tensor<4x8xf32>) -> tensor<4x8xf32> {
  %e = tensor.empty() : tensor<4x8xf32>
  %0 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel"]} ins(%x : tensor<4x8xf32>) outs(%e : tensor<4x8xf32>) {
  ^bb0(%in: f32, %out: f32):
    %cst = arith.constant 0.000000e+00 : f32
    %1 = arith.subf %in, %cst : f32
    %cst_0 = arith.constant 2.000000e+00 : f32
    %2 = math.sqrt %cst_0 : f32
    %3 = arith.divf %1, %2 : f32
    %4 = math.erf %3 : f32
    %cst_1 = arith.constant 1.000000e+00 : f32
    %5 = arith.addf %cst_1, %4 : f32
    %cst_2 = arith.constant 5.000000e-01 : f32
    %6 = arith.mulf %cst_2, %5 : f32
    %7 = arith.mulf %in, %6 : f32
    linalg.yield %7 : f32
  } -> tensor<4x8xf32>
  return %0 : tensor<4x8xf32>
}

// -----

// Other associations and spellings: (0.5 * x) * (1 + erf(x * 0.7071...)),
// x * (1 + erf(...)) / 2 on bf16 tensors, and the erfc form.
// CHECK-LABEL: func @gelu_spellings
//  CHECK-SAME:   (%[[X:.*]]: f32, %[[Y:.*]]: tensor<8xbf16>, %[[Z:.*]]: f64)
//       CHECK:   %[[A:.*]] = act.gelu %[[X]] fastmath<ninf> : f32
//       CHECK:   %[[B:.*]] = act.gelu %[[Y]] fastmath<ninf> : tensor<8xbf16>
//       CHECK:   %[[C:.*]] = act.gelu %[[Z]] : f64
//       CHECK:   return %[[A]], %[[B]], %[[C]]
func.func @gelu_spellings(%x: f32, %y: tensor<8xbf16>, %z: f64)
    -> (f32, tensor<8xbf16>, f64) {
  %half = arith.constant 5.000000e-01 : f32
  %one = arith.constant 1.000000e+00 : f32
  %rsqrt2 = arith.constant 0.707106769 : f32
  %0 = arith.mulf %half, %x fastmath<ninf> : f32
  %1 = arith.mulf %x, %rsqrt2 fastmath<ninf> : f32
  %2 = math.erf %1 fastmath<ninf> : f32
  %3 = arith.addf %2, %one fastmath<ninf> : f32
  %4 = arith.mulf %0, %3 fastmath<ninf> : f32

  %oneb = arith.constant dense<1.000000e+00> : tensor<8xbf16>
  %twob = arith.constant dense<2.000000e+00> : tensor<8xbf16>
  %rsqrt2b = arith.constant dense<7.070310e-01> : tensor<8xbf16>
  %5 = arith.mulf %y, %rsqrt2b fastmath<ninf> : tensor<8xbf16>
  %6 = math.erf %5 fastmath<ninf> : tensor<8xbf16>
  %7 = arith.addf %oneb, %6 fastmath<ninf> : tensor<8xbf16>
  %8 = arith.mulf %y, %7 fastmath<ninf> : tensor<8xbf16>
  %9 = arith.divf %8, %twob fastmath<ninf> : tensor<8xbf16>

  // 0.5 * x * erfc(-x / sqrt 2)
  %halfd = arith.constant 5.000000e-01 : f64
  %nrsqrt2d = arith.constant -0.70710678118654757 : f64
  %10 = arith.mulf %z, %nrsqrt2d : f64
  %11 = math.erfc %10 : f64
  %12 = arith.mulf %z, %halfd fastmath<ninf> : f64
  %13 = arith.mulf %12, %11 : f64
  return %4, %9, %13 : f32, tensor<8xbf16>, f64
}

// -----

// The tanh form with the PyTorch constants sqrt(2/pi) and 0.044715, x^3 as
// math.fpowi or as a product.
// CHECK-LABEL: func @gelu_tanh
//  CHECK-SAME:   (%[[X:.*]]: f32, %[[Y:.*]]: f64)
//       CHECK:   %[[A:.*]] = act.gelu %[[X]] {approximate = #act.approximate<tanh>} : f32
//       CHECK:   %[[B:.*]] = act.gelu %[[Y]] fastmath<ninf> {approximate = #act.approximate<tanh>} : f64
//       CHECK:   return %[[A]], %[[B]]
func.func @gelu_tanh(%x: f32, %y: f64) -> (f32, f64) {
  %c3 = arith.constant 3 : i64
  %kappa = arith.constant 4.471500e-02 : f32
  %beta = arith.constant 0.797884583 : f32
  %one = arith.constant 1.000000e+00 : f32
  %half = arith.constant 5.000000e-01 : f32
  %0 = math.fpowi %x, %c3 : f32, i64
  %1 = arith.mulf %0, %kappa : f32
  %2 = arith.addf %x, %1 : f32
  %3 = arith.mulf %beta, %2 : f32
  %4 = math.tanh %3 : f32
  %5 = arith.addf %one, %4 : f32
  %6 = arith.mulf %half, %5 : f32
  %7 = arith.mulf %x, %6 fastmath<ninf> : f32

  %kappad = arith.constant 4.471500e-02 : f64
  %betad = arith.constant 0.79788456080286541 : f64
  %oned = arith.constant 1.000000e+00 : f64
  %halfd = arith.constant 5.000000e-01 : f64
  %8 = arith.mulf %y, %y fastmath<ninf> : f64
  %9 = arith.mulf %8, %y fastmath<ninf> : f64
  %10 = arith.mulf %kappad, %9 fastmath<ninf> : f64
  %11 = arith.addf %10, %y fastmath<ninf> : f64
  %12 = arith.mulf %11, %betad fastmath<ninf> : f64
  %13 = math.tanh %12 fastmath<ninf> : f64
  %14 = arith.addf %13, %oned fastmath<ninf> : f64
  %15 = arith.mulf %y, %halfd fastmath<ninf> : f64
  %16 = arith.mulf %15, %14 fastmath<ninf> : f64
  return %7, %16 : f32, f64
}

// -----

// Negative: torch-mlir lowers the tanh form with 0.7977240352174656 instead
// of sqrt(2/pi) = 0.7978845608...: a different function in f32 (about 2e-4
// relative in the argument), not raised. In f16 both constants round to the
// same value, so there it is the same function.
// CHECK-LABEL: func @gelu_tanh_torch_constant
//  CHECK-SAME:   (%[[X:.*]]: f32, %[[H:.*]]: f16)
//       CHECK:   math.tanh %{{.*}} : f32
//       CHECK:   %[[B:.*]] = act.gelu %[[H]] {approximate = #act.approximate<tanh>} : f16
//   CHECK-NOT:   act.gelu
func.func @gelu_tanh_torch_constant(%x: f32, %h: f16) -> (f32, f16) {
  %c3 = arith.constant 3 : i64
  %kappa = arith.constant 4.471500e-02 : f32
  %beta = arith.constant 0.79772403521746559 : f32
  %one = arith.constant 1.000000e+00 : f32
  %half = arith.constant 5.000000e-01 : f32
  %0 = math.fpowi %x, %c3 : f32, i64
  %1 = arith.mulf %0, %kappa : f32
  %2 = arith.addf %x, %1 : f32
  %3 = arith.mulf %beta, %2 : f32
  %4 = math.tanh %3 : f32
  %5 = arith.addf %one, %4 : f32
  %6 = arith.mulf %half, %5 : f32
  %7 = arith.mulf %x, %6 fastmath<ninf> : f32

  %kappah = arith.constant 4.471500e-02 : f16
  %betah = arith.constant 0.79772403521746559 : f16
  %oneh = arith.constant 1.000000e+00 : f16
  %halfh = arith.constant 5.000000e-01 : f16
  %8 = math.fpowi %h, %c3 : f16, i64
  %9 = arith.mulf %8, %kappah : f16
  %10 = arith.addf %h, %9 : f16
  %11 = arith.mulf %betah, %10 : f16
  %12 = math.tanh %11 : f16
  %13 = arith.addf %oneh, %12 : f16
  %14 = arith.mulf %halfh, %13 : f16
  %15 = arith.mulf %h, %14 fastmath<ninf> : f16
  return %7, %15 : f32, f16
}

// -----

// Negative: 1/sqrt(2) off by more than an ulp, 0.25 instead of 0.5, and an
// intermediate with another use.
// CHECK-LABEL: func @gelu_negative
//   CHECK-NOT:   act.gelu
//       CHECK:   return
func.func @gelu_negative(%x: f32) -> (f32, f32, f32, f32) {
  %half = arith.constant 5.000000e-01 : f32
  %quarter = arith.constant 2.500000e-01 : f32
  %one = arith.constant 1.000000e+00 : f32
  %rsqrt2 = arith.constant 0.7071 : f32
  %good = arith.constant 0.707106769 : f32
  %0 = arith.mulf %x, %rsqrt2 : f32
  %1 = math.erf %0 : f32
  %2 = arith.addf %1, %one : f32
  %3 = arith.mulf %2, %half : f32
  %4 = arith.mulf %x, %3 fastmath<ninf> : f32
  %5 = arith.mulf %x, %good : f32
  %6 = math.erf %5 : f32
  %7 = arith.addf %6, %one : f32
  %8 = arith.mulf %7, %quarter : f32
  %9 = arith.mulf %x, %8 fastmath<ninf> : f32
  %10 = arith.mulf %x, %good : f32
  %11 = math.erf %10 : f32
  %12 = arith.addf %11, %one : f32
  %13 = arith.mulf %12, %half : f32
  %14 = arith.mulf %x, %13 fastmath<ninf> : f32
  return %4, %9, %14, %11 : f32, f32, f32, f32
}

// -----

// Negative: gelu composed of TOSA ops. TOSA has no fastmath flags, and the
// composite is NaN at -inf (act.gelu: -0).
// CHECK-LABEL: func @gelu_tosa
//   CHECK-NOT:   act.gelu
//       CHECK:   tosa.erf
func.func @gelu_tosa(%x: tensor<2x8xf32>) -> tensor<2x8xf32> {
  %shift = "tosa.const"() <{values = dense<0> : tensor<1xi8>}> : () -> tensor<1xi8>
  %half = "tosa.const"() <{values = dense<0.5> : tensor<1x1xf32>}> : () -> tensor<1x1xf32>
  %one = "tosa.const"() <{values = dense<1.0> : tensor<1x1xf32>}> : () -> tensor<1x1xf32>
  %rsqrt2 = "tosa.const"() <{values = dense<0.707106769> : tensor<1x1xf32>}> : () -> tensor<1x1xf32>
  %0 = tosa.mul %x, %rsqrt2, %shift : (tensor<2x8xf32>, tensor<1x1xf32>, tensor<1xi8>) -> tensor<2x8xf32>
  %1 = tosa.erf %0 : (tensor<2x8xf32>) -> tensor<2x8xf32>
  %2 = tosa.add %1, %one : (tensor<2x8xf32>, tensor<1x1xf32>) -> tensor<2x8xf32>
  %3 = tosa.mul %x, %half, %shift : (tensor<2x8xf32>, tensor<1x1xf32>, tensor<1xi8>) -> tensor<2x8xf32>
  %4 = tosa.mul %3, %2, %shift : (tensor<2x8xf32>, tensor<2x8xf32>, tensor<1xi8>) -> tensor<2x8xf32>
  return %4 : tensor<2x8xf32>
}
