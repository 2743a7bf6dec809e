// RUN: act-opt %s -canonicalize -split-input-file | FileCheck %s

// Constant folding of every act op on scalars, splats and dense constants,
// NaN, signed zeros, infinities and denormals included. Expected values were
// computed independently of act-opt (exact rational arithmetic for the
// piecewise-linear ops, 1100-digit decimal arithmetic for the transcendental
// ones), correctly rounded to the element type.

// relu on -1, -0, +0, 2.5, NaN, -inf, +inf: -0 becomes +0, NaN stays NaN.
// CHECK-LABEL: func.func @relu_acceptance()
//  CHECK-NEXT:   %[[C:.+]] = arith.constant dense<[0.000000e+00, 0.000000e+00, 0.000000e+00, 2.500000e+00, 0x7FC00000, 0.000000e+00, 0x7F800000]> : tensor<7xf32>
//  CHECK-NEXT:   return %[[C]] : tensor<7xf32>
func.func @relu_acceptance() -> tensor<7xf32> {
  %a = arith.constant dense<[-1.0, -0.0, 0.0, 2.5, 0x7FC00000, 0xFF800000, 0x7F800000]> : tensor<7xf32>
  %0 = act.relu %a : tensor<7xf32>
  return %0 : tensor<7xf32>
}

// -----

// Inputs: -inf, -10, -2.5, -1, -0.5, -denormal, -0, +0, +denormal, 0.5, 1,
// 2.5, 10, +inf, NaN.
// CHECK-LABEL: func.func @relu_f32()
//  CHECK-NEXT:   %[[C:.+]] = arith.constant dense<[0.000000e+00, 0.000000e+00, 0.000000e+00, 0.000000e+00, 0.000000e+00, 0.000000e+00, 0.000000e+00, 0.000000e+00, 1.401300e-45, 5.000000e-01, 1.000000e+00, 2.500000e+00, 1.000000e+01, 0x7F800000, 0x7FC00000]> : tensor<15xf32>
//  CHECK-NEXT:   return %[[C]] : tensor<15xf32>
func.func @relu_f32() -> tensor<15xf32> {
  %a = arith.constant dense<[0xFF800000, -10.0, -2.5, -1.0, -0.5, 0x80000001, -0.0, 0.0, 0x00000001, 0.5, 1.0, 2.5, 10.0, 0x7F800000, 0x7FC00000]> : tensor<15xf32>
  %0 = act.relu %a : tensor<15xf32>
  return %0 : tensor<15xf32>
}

// -----

// A NaN result is the input NaN, quieted, with its payload (a signaling NaN
// 0x7FA00000 becomes 0x7FE00000).
// CHECK-LABEL: func.func @relu_nan_payloads()
//  CHECK-NEXT:   %[[C:.+]] = arith.constant dense<[0x7FE00000, 0xFFC00000, 0x7FC00123]> : tensor<3xf32>
//  CHECK-NEXT:   return %[[C]] : tensor<3xf32>
func.func @relu_nan_payloads() -> tensor<3xf32> {
  %a = arith.constant dense<[0x7FA00000, 0xFFC00000, 0x7FC00123]> : tensor<3xf32>
  %0 = act.relu %a : tensor<3xf32>
  return %0 : tensor<3xf32>
}

// -----

// nan_mode = ignore maps NaN to +0.
// CHECK-LABEL: func.func @relu_ignore_nan()
//  CHECK-NEXT:   %[[C:.+]] = arith.constant dense<[0.000000e+00, 0.000000e+00, 0.000000e+00, 0.000000e+00, 3.000000e+00]> : tensor<5xf32>
//  CHECK-NEXT:   return %[[C]] : tensor<5xf32>
func.func @relu_ignore_nan() -> tensor<5xf32> {
  %a = arith.constant dense<[-1.0, 0x7FC00000, 0xFFC00000, -0.0, 3.0]> : tensor<5xf32>
  %0 = act.relu %a {nan_mode = #act.nan_mode<ignore>} : tensor<5xf32>
  return %0 : tensor<5xf32>
}

// -----

// CHECK-LABEL: func.func @relu_f16()
//  CHECK-NEXT:   %[[C:.+]] = arith.constant dense<[0.000000e+00, 0.000000e+00, 0.000000e+00, 0.000000e+00, 0.000000e+00, 0.000000e+00, 0.000000e+00, 5.960460e-08, 5.000000e-01, 1.000000e+00, 4.000000e+00, 6.550400e+04, 0x7C00, 0x7E00]> : tensor<14xf16>
//  CHECK-NEXT:   return %[[C]] : tensor<14xf16>
func.func @relu_f16() -> tensor<14xf16> {
  %a = arith.constant dense<[0xFC00, -4.0, -1.0, -0.5, 0x8001, -0.0, 0.0, 0x0001, 0.5, 1.0, 4.0, 0x7BFF, 0x7C00, 0x7E00]> : tensor<14xf16>
  %0 = act.relu %a : tensor<14xf16>
  return %0 : tensor<14xf16>
}

// -----

// CHECK-LABEL: func.func @relu_bf16()
//  CHECK-NEXT:   %[[C:.+]] = arith.constant dense<[0.000000e+00, 0.000000e+00, 0.000000e+00, 0.000000e+00, 0.000000e+00, 0.000000e+00, 0.000000e+00, 9.183550e-41, 5.000000e-01, 1.000000e+00, 4.000000e+00, 0x7F80, 0x7FC0]> : tensor<13xbf16>
//  CHECK-NEXT:   return %[[C]] : tensor<13xbf16>
func.func @relu_bf16() -> tensor<13xbf16> {
  %a = arith.constant dense<[0xFF80, -4.0, -1.0, -0.5, 0x8001, -0.0, 0.0, 0x0001, 0.5, 1.0, 4.0, 0x7F80, 0x7FC0]> : tensor<13xbf16>
  %0 = act.relu %a : tensor<13xbf16>
  return %0 : tensor<13xbf16>
}

// -----

// CHECK-LABEL: func.func @relu_f64()
//  CHECK-NEXT:   %[[C:.+]] = arith.constant dense<[0.000000e+00, 0.000000e+00, 0.000000e+00, 0.000000e+00, 0.000000e+00, 0.000000e+00, 0.000000e+00, 4.940660e-324, 5.000000e-01, 1.000000e+00, 1.000000e+01, 0x7FF0000000000000, 0x7FF8000000000000]> : tensor<13xf64>
//  CHECK-NEXT:   return %[[C]] : tensor<13xf64>
func.func @relu_f64() -> tensor<13xf64> {
  %a = arith.constant dense<[0xFFF0000000000000, -10.0, -1.0, -0.5, 0x8000000000000001, -0.0, 0.0, 0x0000000000000001, 0.5, 1.0, 10.0, 0x7FF0000000000000, 0x7FF8000000000000]> : tensor<13xf64>
  %0 = act.relu %a : tensor<13xf64>
  return %0 : tensor<13xf64>
}

// -----

// relu(-0.0) = +0.0.
// CHECK-LABEL: func.func @relu_scalar_neg_zero()
//  CHECK-NEXT:   %[[C:.+]] = arith.constant 0.000000e+00 : f32
//  CHECK-NEXT:   return %[[C]] : f32
func.func @relu_scalar_neg_zero() -> f32 {
  %a = arith.constant -0.0 : f32
  %0 = act.relu %a : f32
  return %0 : f32
}

// -----

// CHECK-LABEL: func.func @relu_scalar_f64()
//  CHECK-NEXT:   %[[C:.+]] = arith.constant 0.000000e+00 : f64
//  CHECK-NEXT:   return %[[C]] : f64
func.func @relu_scalar_f64() -> f64 {
  %a = arith.constant 0xFFEFFFFFFFFFFFFF : f64
  %0 = act.relu %a : f64
  return %0 : f64
}

// -----

// CHECK-LABEL: func.func @relu_scalar_nan_ignore()
//  CHECK-NEXT:   %[[C:.+]] = arith.constant 0.000000e+00 : f16
//  CHECK-NEXT:   return %[[C]] : f16
func.func @relu_scalar_nan_ignore() -> f16 {
  %a = arith.constant 0x7E00 : f16
  %0 = act.relu %a {nan_mode = #act.nan_mode<ignore>} : f16
  return %0 : f16
}

// -----

// CHECK-LABEL: func.func @relu_splat()
//  CHECK-NEXT:   %[[C:.+]] = arith.constant dense<0.000000e+00> : tensor<2x3xf32>
//  CHECK-NEXT:   return %[[C]] : tensor<2x3xf32>
func.func @relu_splat() -> tensor<2x3xf32> {
  %a = arith.constant dense<-3.0> : tensor<2x3xf32>
  %0 = act.relu %a : tensor<2x3xf32>
  return %0 : tensor<2x3xf32>
}

// -----

// CHECK-LABEL: func.func @relu_splat_nan()
//  CHECK-NEXT:   %[[C:.+]] = arith.constant dense<0x7FC0> : tensor<2x3xbf16>
//  CHECK-NEXT:   return %[[C]] : tensor<2x3xbf16>
func.func @relu_splat_nan() -> tensor<2x3xbf16> {
  %a = arith.constant dense<0x7FC0> : tensor<2x3xbf16>
  %0 = act.relu %a : tensor<2x3xbf16>
  return %0 : tensor<2x3xbf16>
}

// -----

// CHECK-LABEL: func.func @relu_vector()
//  CHECK-NEXT:   %[[C:.+]] = arith.constant dense<[0.000000e+00, 0.000000e+00, 3.40282347E+38, 0.000000e+00]> : vector<4xf32>
//  CHECK-NEXT:   return %[[C]] : vector<4xf32>
func.func @relu_vector() -> vector<4xf32> {
  %a = arith.constant dense<[-1.0, 0.0, 0x7F7FFFFF, -0.0]> : vector<4xf32>
  %0 = act.relu %a : vector<4xf32>
  return %0 : vector<4xf32>
}

// -----

// Integers are signed.
// CHECK-LABEL: func.func @relu_i8()
//  CHECK-NEXT:   %[[C:.+]] = arith.constant dense<[0, 0, 0, 1, 127]> : tensor<5xi8>
//  CHECK-NEXT:   return %[[C]] : tensor<5xi8>
func.func @relu_i8() -> tensor<5xi8> {
  %a = arith.constant dense<[-128, -1, 0, 1, 127]> : tensor<5xi8>
  %0 = act.relu %a : tensor<5xi8>
  return %0 : tensor<5xi8>
}

// -----

// CHECK-LABEL: func.func @relu_i32()
//  CHECK-NEXT:   %[[C:.+]] = arith.constant dense<[0, 0, 0, 7, 2147483647]> : tensor<5xi32>
//  CHECK-NEXT:   return %[[C]] : tensor<5xi32>
func.func @relu_i32() -> tensor<5xi32> {
  %a = arith.constant dense<[-2147483648, -7, 0, 7, 2147483647]> : tensor<5xi32>
  %0 = act.relu %a : tensor<5xi32>
  return %0 : tensor<5xi32>
}

// -----

// CHECK-LABEL: func.func @relu_i32_splat()
//  CHECK-NEXT:   %[[C:.+]] = arith.constant dense<0> : tensor<2x3xi32>
//  CHECK-NEXT:   return %[[C]] : tensor<2x3xi32>
func.func @relu_i32_splat() -> tensor<2x3xi32> {
  %a = arith.constant dense<-5> : tensor<2x3xi32>
  %0 = act.relu %a : tensor<2x3xi32>
  return %0 : tensor<2x3xi32>
}

// -----

// CHECK-LABEL: func.func @relu_i64_scalar()
//  CHECK-NEXT:   %[[C:.+]] = arith.constant 0 : i64
//  CHECK-NEXT:   return %[[C]] : i64
func.func @relu_i64_scalar() -> i64 {
  %a = arith.constant -9223372036854775808 : i64
  %0 = act.relu %a : i64
  return %0 : i64
}

// -----

// CHECK-LABEL: func.func @relu_i8_scalar()
//  CHECK-NEXT:   %[[C:.+]] = arith.constant 100 : i8
//  CHECK-NEXT:   return %[[C]] : i8
func.func @relu_i8_scalar() -> i8 {
  %a = arith.constant 100 : i8
  %0 = act.relu %a : i8
  return %0 : i8
}

// -----

// Inputs: -inf, -10, -2.5, -1, -0.5, -denormal, -0, +0, +denormal, 0.5, 1,
// 2.5, 10, +inf, NaN. 6, 6.5.
// clamp(-0.0, 0, 6) = +0.0 (-0 < +0).
// CHECK-LABEL: func.func @clamp_relu6_f32()
//  CHECK-NEXT:   %[[C:.+]] = arith.constant dense<[0.000000e+00, 0.000000e+00, 0.000000e+00, 0.000000e+00, 0.000000e+00, 0.000000e+00, 0.000000e+00, 0.000000e+00, 1.401300e-45, 5.000000e-01, 1.000000e+00, 2.500000e+00, 6.000000e+00, 6.000000e+00, 0x7FC00000, 6.000000e+00, 6.000000e+00]> : tensor<17xf32>
//  CHECK-NEXT:   return %[[C]] : tensor<17xf32>
func.func @clamp_relu6_f32() -> tensor<17xf32> {
  %a = arith.constant dense<[0xFF800000, -10.0, -2.5, -1.0, -0.5, 0x80000001, -0.0, 0.0, 0x00000001, 0.5, 1.0, 2.5, 10.0, 0x7F800000, 0x7FC00000, 6.0, 6.5]> : tensor<17xf32>
  %0 = act.clamp %a {max = 6.0 : f64, min = 0.0 : f64} : tensor<17xf32>
  return %0 : tensor<17xf32>
}

// -----

// -0.0 is inside [-1, 1] and is kept.
// CHECK-LABEL: func.func @clamp_keeps_neg_zero()
//  CHECK-NEXT:   %[[C:.+]] = arith.constant dense<[-0.000000e+00, 0.000000e+00, -1.000000e+00, 1.000000e+00, 0x7FC00000]> : tensor<5xf32>
//  CHECK-NEXT:   return %[[C]] : tensor<5xf32>
func.func @clamp_keeps_neg_zero() -> tensor<5xf32> {
  %a = arith.constant dense<[-0.0, 0.0, -2.0, 2.0, 0x7FC00000]> : tensor<5xf32>
  %0 = act.clamp %a {max = 1.0 : f64, min = -1.0 : f64} : tensor<5xf32>
  return %0 : tensor<5xf32>
}

// -----

// nan_mode = ignore maps NaN to min.
// CHECK-LABEL: func.func @clamp_ignore_nan()
//  CHECK-NEXT:   %[[C:.+]] = arith.constant dense<[-1.000000e+00, -1.000000e+00, -1.000000e+00, 5.000000e-01, 1.000000e+00, -1.000000e+00]> : tensor<6xf32>
//  CHECK-NEXT:   return %[[C]] : tensor<6xf32>
func.func @clamp_ignore_nan() -> tensor<6xf32> {
  %a = arith.constant dense<[0x7FC00000, 0xFFC00000, -3.0, 0.5, 3.0, 0xFF800000]> : tensor<6xf32>
  %0 = act.clamp %a {max = 1.0 : f64, min = -1.0 : f64, nan_mode = #act.nan_mode<ignore>} : tensor<6xf32>
  return %0 : tensor<6xf32>
}

// -----

// CHECK-LABEL: func.func @clamp_ignore_nan_scalar()
//  CHECK-NEXT:   %[[C:.+]] = arith.constant -2.500000e+00 : f64
//  CHECK-NEXT:   return %[[C]] : f64
func.func @clamp_ignore_nan_scalar() -> f64 {
  %a = arith.constant 0x7FF8000000000000 : f64
  %0 = act.clamp %a {max = 1.0 : f64, min = -2.5 : f64, nan_mode = #act.nan_mode<ignore>} : f64
  return %0 : f64
}

// -----

// CHECK-LABEL: func.func @clamp_f16()
//  CHECK-NEXT:   %[[C:.+]] = arith.constant dense<[0.000000e+00, 0.000000e+00, 0.000000e+00, 0.000000e+00, 0.000000e+00, 0.000000e+00, 0.000000e+00, 5.960460e-08, 5.000000e-01, 1.000000e+00, 4.000000e+00, 6.000000e+00, 6.000000e+00, 0x7E00]> : tensor<14xf16>
//  CHECK-NEXT:   return %[[C]] : tensor<14xf16>
func.func @clamp_f16() -> tensor<14xf16> {
  %a = arith.constant dense<[0xFC00, -4.0, -1.0, -0.5, 0x8001, -0.0, 0.0, 0x0001, 0.5, 1.0, 4.0, 0x7BFF, 0x7C00, 0x7E00]> : tensor<14xf16>
  %0 = act.clamp %a {max = 6.0 : f64, min = 0.0 : f64} : tensor<14xf16>
  return %0 : tensor<14xf16>
}

// -----

// The bounds are rounded to the element type: 0.1 -> 0x2E66, 0.2 -> 0x3266.
// CHECK-LABEL: func.func @clamp_f16_rounded_bounds()
//  CHECK-NEXT:   %[[C:.+]] = arith.constant dense<[9.997550e-02, 1.999510e-01, 9.997550e-02, 1.000370e-01]> : tensor<4xf16>
//  CHECK-NEXT:   return %[[C]] : tensor<4xf16>
func.func @clamp_f16_rounded_bounds() -> tensor<4xf16> {
  %a = arith.constant dense<[0.0, 1.0, 0x2E66, 0x2E67]> : tensor<4xf16>
  %0 = act.clamp %a {max = 0.2 : f64, min = 0.1 : f64} : tensor<4xf16>
  return %0 : tensor<4xf16>
}

// -----

// CHECK-LABEL: func.func @clamp_bf16()
//  CHECK-NEXT:   %[[C:.+]] = arith.constant dense<[-2.000000e+00, -2.000000e+00, -1.000000e+00, -5.000000e-01, -9.183550e-41, -0.000000e+00, 0.000000e+00, 9.183550e-41, 5.000000e-01, 1.000000e+00, 2.000000e+00, 2.000000e+00, 0x7FC0]> : tensor<13xbf16>
//  CHECK-NEXT:   return %[[C]] : tensor<13xbf16>
func.func @clamp_bf16() -> tensor<13xbf16> {
  %a = arith.constant dense<[0xFF80, -4.0, -1.0, -0.5, 0x8001, -0.0, 0.0, 0x0001, 0.5, 1.0, 4.0, 0x7F80, 0x7FC0]> : tensor<13xbf16>
  %0 = act.clamp %a {max = 2.0 : f64, min = -2.0 : f64} : tensor<13xbf16>
  return %0 : tensor<13xbf16>
}

// -----

// CHECK-LABEL: func.func @clamp_f64()
//  CHECK-NEXT:   %[[C:.+]] = arith.constant dense<[-7.500000e-01, -7.500000e-01, -7.500000e-01, -5.000000e-01, -4.940660e-324, -0.000000e+00, 0.000000e+00, 4.940660e-324, 5.000000e-01, 7.500000e-01, 7.500000e-01, 7.500000e-01, 0x7FF8000000000000]> : tensor<13xf64>
//  CHECK-NEXT:   return %[[C]] : tensor<13xf64>
func.func @clamp_f64() -> tensor<13xf64> {
  %a = arith.constant dense<[0xFFF0000000000000, -10.0, -1.0, -0.5, 0x8000000000000001, -0.0, 0.0, 0x0000000000000001, 0.5, 1.0, 10.0, 0x7FF0000000000000, 0x7FF8000000000000]> : tensor<13xf64>
  %0 = act.clamp %a {max = 0.75 : f64, min = -0.75 : f64} : tensor<13xf64>
  return %0 : tensor<13xf64>
}

// -----

// CHECK-LABEL: func.func @clamp_splat()
//  CHECK-NEXT:   %[[C:.+]] = arith.constant dense<6.000000e+00> : tensor<2x3xf32>
//  CHECK-NEXT:   return %[[C]] : tensor<2x3xf32>
func.func @clamp_splat() -> tensor<2x3xf32> {
  %a = arith.constant dense<100.0> : tensor<2x3xf32>
  %0 = act.clamp %a {max = 6.0 : f64, min = 0.0 : f64} : tensor<2x3xf32>
  return %0 : tensor<2x3xf32>
}

// -----

// CHECK-LABEL: func.func @clamp_scalar()
//  CHECK-NEXT:   %[[C:.+]] = arith.constant -6.000000e+00 : f32
//  CHECK-NEXT:   return %[[C]] : f32
func.func @clamp_scalar() -> f32 {
  %a = arith.constant -7.0 : f32
  %0 = act.clamp %a {max = -5.0 : f64, min = -6.0 : f64} : f32
  return %0 : f32
}

// -----

// CHECK-LABEL: func.func @clamp_i8()
//  CHECK-NEXT:   %[[C:.+]] = arith.constant dense<[-5, -5, -5, 0, 5, 5, 5]> : tensor<7xi8>
//  CHECK-NEXT:   return %[[C]] : tensor<7xi8>
func.func @clamp_i8() -> tensor<7xi8> {
  %a = arith.constant dense<[-128, -6, -5, 0, 5, 6, 127]> : tensor<7xi8>
  %0 = act.clamp %a {max = 5.0 : f64, min = -5.0 : f64} : tensor<7xi8>
  return %0 : tensor<7xi8>
}

// -----

// CHECK-LABEL: func.func @clamp_i8_full_range()
//  CHECK-NEXT:   %[[C:.+]] = arith.constant dense<[-128, 0, 127]> : tensor<3xi8>
//  CHECK-NEXT:   return %[[C]] : tensor<3xi8>
func.func @clamp_i8_full_range() -> tensor<3xi8> {
  %a = arith.constant dense<[-128, 0, 127]> : tensor<3xi8>
  %0 = act.clamp %a {max = 127.0 : f64, min = -128.0 : f64} : tensor<3xi8>
  return %0 : tensor<3xi8>
}

// -----

// CHECK-LABEL: func.func @clamp_i32()
//  CHECK-NEXT:   %[[C:.+]] = arith.constant dense<[-100, -100, -100, 42, 100, 100]> : tensor<6xi32>
//  CHECK-NEXT:   return %[[C]] : tensor<6xi32>
func.func @clamp_i32() -> tensor<6xi32> {
  %a = arith.constant dense<[-2147483648, -101, -100, 42, 100, 2147483647]> : tensor<6xi32>
  %0 = act.clamp %a {max = 100.0 : f64, min = -100.0 : f64} : tensor<6xi32>
  return %0 : tensor<6xi32>
}

// -----

// CHECK-LABEL: func.func @clamp_i32_scalar()
//  CHECK-NEXT:   %[[C:.+]] = arith.constant 6 : i32
//  CHECK-NEXT:   return %[[C]] : i32
func.func @clamp_i32_scalar() -> i32 {
  %a = arith.constant 1000 : i32
  %0 = act.clamp %a {max = 6.0 : f64, min = 0.0 : f64} : i32
  return %0 : i32
}

// -----

// CHECK-LABEL: func.func @clamp_i16_splat()
//  CHECK-NEXT:   %[[C:.+]] = arith.constant dense<-1> : tensor<2x3xi16>
//  CHECK-NEXT:   return %[[C]] : tensor<2x3xi16>
func.func @clamp_i16_splat() -> tensor<2x3xi16> {
  %a = arith.constant dense<-32768> : tensor<2x3xi16>
  %0 = act.clamp %a {max = 1.0 : f64, min = -1.0 : f64} : tensor<2x3xi16>
  return %0 : tensor<2x3xi16>
}

// -----

// Inputs: -inf, -10, -2.5, -1, -0.5, -denormal, -0, +0, +denormal, 0.5, 1,
// 2.5, 10, +inf, NaN.
// alpha = 0.01 is rounded to f32 and the product is rounded once;
// leaky_relu(-denormal) underflows to -0.0.
// CHECK-LABEL: func.func @leaky_relu_f32()
//  CHECK-NEXT:   %[[C:.+]] = arith.constant dense<[0xFF800000, -0.099999994, -0.0249999985, -0.00999999977, -5.000000e-03, -0.000000e+00, -0.000000e+00, 0.000000e+00, 1.401300e-45, 5.000000e-01, 1.000000e+00, 2.500000e+00, 1.000000e+01, 0x7F800000, 0x7FC00000]> : tensor<15xf32>
//  CHECK-NEXT:   return %[[C]] : tensor<15xf32>
func.func @leaky_relu_f32() -> tensor<15xf32> {
  %a = arith.constant dense<[0xFF800000, -10.0, -2.5, -1.0, -0.5, 0x80000001, -0.0, 0.0, 0x00000001, 0.5, 1.0, 2.5, 10.0, 0x7F800000, 0x7FC00000]> : tensor<15xf32>
  %0 = act.leaky_relu %a : tensor<15xf32>
  return %0 : tensor<15xf32>
}

// -----

// CHECK-LABEL: func.func @leaky_relu_alpha()
//  CHECK-NEXT:   %[[C:.+]] = arith.constant dense<[-6.000000e-01, -0.000000e+00, 3.000000e+00, -6.80564693E+37]> : tensor<4xf32>
//  CHECK-NEXT:   return %[[C]] : tensor<4xf32>
func.func @leaky_relu_alpha() -> tensor<4xf32> {
  %a = arith.constant dense<[-3.0, -0.0, 3.0, 0xFF7FFFFF]> : tensor<4xf32>
  %0 = act.leaky_relu %a {alpha = 0.2 : f64} : tensor<4xf32>
  return %0 : tensor<4xf32>
}

// -----

// CHECK-LABEL: func.func @leaky_relu_negative_alpha()
//  CHECK-NEXT:   %[[C:.+]] = arith.constant dense<[6.000000e+00, 0.000000e+00, 3.000000e+00, 0x7F800000]> : tensor<4xf32>
//  CHECK-NEXT:   return %[[C]] : tensor<4xf32>
func.func @leaky_relu_negative_alpha() -> tensor<4xf32> {
  %a = arith.constant dense<[-3.0, -0.0, 3.0, 0xFF800000]> : tensor<4xf32>
  %0 = act.leaky_relu %a {alpha = -2.0 : f64} : tensor<4xf32>
  return %0 : tensor<4xf32>
}

// -----

// alpha = 0: -inf * 0 is NaN, -1 * 0 = -0.
// CHECK-LABEL: func.func @leaky_relu_zero_alpha_inf()
//  CHECK-NEXT:   %[[C:.+]] = arith.constant dense<[0x{{7FC00000|FFC00000}}, -0.000000e+00, -0.000000e+00]> : tensor<3xf32>
//  CHECK-NEXT:   return %[[C]] : tensor<3xf32>
func.func @leaky_relu_zero_alpha_inf() -> tensor<3xf32> {
  %a = arith.constant dense<[0xFF800000, -1.0, -0.0]> : tensor<3xf32>
  %0 = act.leaky_relu %a {alpha = 0.0 : f64} : tensor<3xf32>
  return %0 : tensor<3xf32>
}

// -----

// CHECK-LABEL: func.func @leaky_relu_f16()
//  CHECK-NEXT:   %[[C:.+]] = arith.constant dense<[0xFC00, -4.000850e-02, -1.000210e-02, -5.001070e-03, -0.000000e+00, -0.000000e+00, 0.000000e+00, 5.960460e-08, 5.000000e-01, 1.000000e+00, 4.000000e+00, 6.550400e+04, 0x7C00, 0x7E00]> : tensor<14xf16>
//  CHECK-NEXT:   return %[[C]] : tensor<14xf16>
func.func @leaky_relu_f16() -> tensor<14xf16> {
  %a = arith.constant dense<[0xFC00, -4.0, -1.0, -0.5, 0x8001, -0.0, 0.0, 0x0001, 0.5, 1.0, 4.0, 0x7BFF, 0x7C00, 0x7E00]> : tensor<14xf16>
  %0 = act.leaky_relu %a : tensor<14xf16>
  return %0 : tensor<14xf16>
}

// -----

// CHECK-LABEL: func.func @leaky_relu_bf16()
//  CHECK-NEXT:   %[[C:.+]] = arith.constant dense<[0xFF80, -8.007810e-01, -2.001950e-01, -1.000980e-01, -0.000000e+00, -0.000000e+00, 0.000000e+00, 9.183550e-41, 5.000000e-01, 1.000000e+00, 4.000000e+00, 0x7F80, 0x7FC0]> : tensor<13xbf16>
//  CHECK-NEXT:   return %[[C]] : tensor<13xbf16>
func.func @leaky_relu_bf16() -> tensor<13xbf16> {
  %a = arith.constant dense<[0xFF80, -4.0, -1.0, -0.5, 0x8001, -0.0, 0.0, 0x0001, 0.5, 1.0, 4.0, 0x7F80, 0x7FC0]> : tensor<13xbf16>
  %0 = act.leaky_relu %a {alpha = 0.2 : f64} : tensor<13xbf16>
  return %0 : tensor<13xbf16>
}

// -----

// CHECK-LABEL: func.func @leaky_relu_f64()
//  CHECK-NEXT:   %[[C:.+]] = arith.constant dense<[0xFFF0000000000000, -1.000000e-01, -1.000000e-02, -5.000000e-03, -0.000000e+00, -0.000000e+00, 0.000000e+00, 4.940660e-324, 5.000000e-01, 1.000000e+00, 1.000000e+01, 0x7FF0000000000000, 0x7FF8000000000000]> : tensor<13xf64>
//  CHECK-NEXT:   return %[[C]] : tensor<13xf64>
func.func @leaky_relu_f64() -> tensor<13xf64> {
  %a = arith.constant dense<[0xFFF0000000000000, -10.0, -1.0, -0.5, 0x8000000000000001, -0.0, 0.0, 0x0000000000000001, 0.5, 1.0, 10.0, 0x7FF0000000000000, 0x7FF8000000000000]> : tensor<13xf64>
  %0 = act.leaky_relu %a : tensor<13xf64>
  return %0 : tensor<13xf64>
}

// -----

// CHECK-LABEL: func.func @leaky_relu_splat()
//  CHECK-NEXT:   %[[C:.+]] = arith.constant dense<-1.000000e+00> : vector<4xf16>
//  CHECK-NEXT:   return %[[C]] : vector<4xf16>
func.func @leaky_relu_splat() -> vector<4xf16> {
  %a = arith.constant dense<-100.0> : vector<4xf16>
  %0 = act.leaky_relu %a : vector<4xf16>
  return %0 : vector<4xf16>
}

// -----

// CHECK-LABEL: func.func @leaky_relu_scalar()
//  CHECK-NEXT:   %[[C:.+]] = arith.constant -3.000000e-02 : f64
//  CHECK-NEXT:   return %[[C]] : f64
func.func @leaky_relu_scalar() -> f64 {
  %a = arith.constant -3.0 : f64
  %0 = act.leaky_relu %a : f64
  return %0 : f64
}

// -----

// x > 0 ? x : slope * x; -inf * 0 is NaN; a NaN slope matters only where x <= 0.
// CHECK-LABEL: func.func @prelu_f32()
//  CHECK-NEXT:   %[[C:.+]] = arith.constant dense<[-5.000000e-01, 1.000000e+00, -0.000000e+00, 0.000000e+00, 0.000000e+00, 3.000000e+00, 0xFF800000, 0x{{7FC00000|FFC00000}}, 0x7FC00000, 0x7FC00000]> : tensor<10xf32>
//  CHECK-NEXT:   return %[[C]] : tensor<10xf32>
func.func @prelu_f32() -> tensor<10xf32> {
  %a = arith.constant dense<[-2.0, -2.0, -0.0, -0.0, 0.0, 3.0, 0xFF800000, 0xFF800000, 0x7FC00000, -1.0]> : tensor<10xf32>
  %b = arith.constant dense<[0.25, -0.5, 0.25, -0.5, 0.25, 0.25, 0.25, 0.0, 0.25, 0x7FC00000]> : tensor<10xf32>
  %0 = act.prelu %a, %b : tensor<10xf32>
  return %0 : tensor<10xf32>
}

// -----

// A splat slope with dense inputs.
// CHECK-LABEL: func.func @prelu_splat_slope()
//  CHECK-NEXT:   %[[C:.+]] = arith.constant dense<[-2.000000e+00, -0.000000e+00, 4.000000e+00, 0xFF800000]> : tensor<4xf32>
//  CHECK-NEXT:   return %[[C]] : tensor<4xf32>
func.func @prelu_splat_slope() -> tensor<4xf32> {
  %a = arith.constant dense<[-4.0, -0.0, 4.0, 0xFF800000]> : tensor<4xf32>
  %b = arith.constant dense<0.5> : tensor<4xf32>
  %0 = act.prelu %a, %b : tensor<4xf32>
  return %0 : tensor<4xf32>
}

// -----

// CHECK-LABEL: func.func @prelu_splat_splat()
//  CHECK-NEXT:   %[[C:.+]] = arith.constant dense<-5.000000e-01> : tensor<2x3xf16>
//  CHECK-NEXT:   return %[[C]] : tensor<2x3xf16>
func.func @prelu_splat_splat() -> tensor<2x3xf16> {
  %a = arith.constant dense<-4.0> : tensor<2x3xf16>
  %b = arith.constant dense<0.125> : tensor<2x3xf16>
  %0 = act.prelu %a, %b : tensor<2x3xf16>
  return %0 : tensor<2x3xf16>
}

// -----

// CHECK-LABEL: func.func @prelu_f16()
//  CHECK-NEXT:   %[[C:.+]] = arith.constant dense<[-3.999020e-01, -3.000000e+00, -0.000000e+00, 1.000000e+00, 0x7C00]> : tensor<5xf16>
//  CHECK-NEXT:   return %[[C]] : tensor<5xf16>
func.func @prelu_f16() -> tensor<5xf16> {
  %a = arith.constant dense<[-4.0, -1.0, 0x8001, 1.0, 0x7C00]> : tensor<5xf16>
  %b = arith.constant dense<[0x2E66, 3.0, 0.5, 0x2E66, 0x2E66]> : tensor<5xf16>
  %0 = act.prelu %a, %b : tensor<5xf16>
  return %0 : tensor<5xf16>
}

// -----

// CHECK-LABEL: func.func @prelu_bf16()
//  CHECK-NEXT:   %[[C:.+]] = arith.constant dense<[-7.500000e-01, 1.000000e+00, 1.000000e+00]> : tensor<3xbf16>
//  CHECK-NEXT:   return %[[C]] : tensor<3xbf16>
func.func @prelu_bf16() -> tensor<3xbf16> {
  %a = arith.constant dense<[-3.0, -1.0, 1.0]> : tensor<3xbf16>
  %b = arith.constant dense<[0.25, -1.0, 0.25]> : tensor<3xbf16>
  %0 = act.prelu %a, %b : tensor<3xbf16>
  return %0 : tensor<3xbf16>
}

// -----

// CHECK-LABEL: func.func @prelu_f64()
//  CHECK-NEXT:   %[[C:.+]] = arith.constant dense<[-0.30000000000000004, -0.000000e+00, 2.000000e+00, 0x7FF8000000000000]> : tensor<4xf64>
//  CHECK-NEXT:   return %[[C]] : tensor<4xf64>
func.func @prelu_f64() -> tensor<4xf64> {
  %a = arith.constant dense<[-3.0, -0.0, 2.0, 0x7FF8000000000000]> : tensor<4xf64>
  %b = arith.constant dense<[0x3FB999999999999A, 0x3FB999999999999A, 0x3FB999999999999A, 0x3FB999999999999A]> : tensor<4xf64>
  %0 = act.prelu %a, %b : tensor<4xf64>
  return %0 : tensor<4xf64>
}

// -----

// CHECK-LABEL: func.func @prelu_scalar()
//  CHECK-NEXT:   %[[C:.+]] = arith.constant -3.000000e-01 : f32
//  CHECK-NEXT:   return %[[C]] : f32
func.func @prelu_scalar() -> f32 {
  %a = arith.constant -3.0 : f32
  %b = arith.constant 0x3DCCCCCD : f32
  %0 = act.prelu %a, %b : f32
  return %0 : f32
}

// -----

// Inputs: -inf, -10, -2.5, -1, -0.5, -denormal, -0, +0, +denormal, 0.5, 1,
// 2.5, 10, +inf, NaN.
// elu(-inf) = -alpha, elu(-0.0) = -0.0.
// CHECK-LABEL: func.func @elu_f32()
//  CHECK-NEXT:   %[[C:.+]] = arith.constant dense<[-1.000000e+00, -0.999954581, -0.917914986, -0.632120549, -0.393469334, -1.401300e-45, -0.000000e+00, 0.000000e+00, 1.401300e-45, 5.000000e-01, 1.000000e+00, 2.500000e+00, 1.000000e+01, 0x7F800000, 0x7FC00000]> : tensor<15xf32>
//  CHECK-NEXT:   return %[[C]] : tensor<15xf32>
func.func @elu_f32() -> tensor<15xf32> {
  %a = arith.constant dense<[0xFF800000, -10.0, -2.5, -1.0, -0.5, 0x80000001, -0.0, 0.0, 0x00000001, 0.5, 1.0, 2.5, 10.0, 0x7F800000, 0x7FC00000]> : tensor<15xf32>
  %0 = act.elu %a : tensor<15xf32>
  return %0 : tensor<15xf32>
}

// -----

// CHECK-LABEL: func.func @elu_alpha()
//  CHECK-NEXT:   %[[C:.+]] = arith.constant dense<[-5.000000e-01, -0.316060275, -0.000000e+00, 2.000000e+00]> : tensor<4xf32>
//  CHECK-NEXT:   return %[[C]] : tensor<4xf32>
func.func @elu_alpha() -> tensor<4xf32> {
  %a = arith.constant dense<[0xFF800000, -1.0, -0.0, 2.0]> : tensor<4xf32>
  %0 = act.elu %a {alpha = 0.5 : f64} : tensor<4xf32>
  return %0 : tensor<4xf32>
}

// -----

// CHECK-LABEL: func.func @elu_f16()
//  CHECK-NEXT:   %[[C:.+]] = arith.constant dense<[-1.000000e+00, -9.814450e-01, -6.323240e-01, -3.935550e-01, -5.960460e-08, -0.000000e+00, 0.000000e+00, 5.960460e-08, 5.000000e-01, 1.000000e+00, 4.000000e+00, 6.550400e+04, 0x7C00, 0x7E00]> : tensor<14xf16>
//  CHECK-NEXT:   return %[[C]] : tensor<14xf16>
func.func @elu_f16() -> tensor<14xf16> {
  %a = arith.constant dense<[0xFC00, -4.0, -1.0, -0.5, 0x8001, -0.0, 0.0, 0x0001, 0.5, 1.0, 4.0, 0x7BFF, 0x7C00, 0x7E00]> : tensor<14xf16>
  %0 = act.elu %a : tensor<14xf16>
  return %0 : tensor<14xf16>
}

// -----

// CHECK-LABEL: func.func @elu_bf16()
//  CHECK-NEXT:   %[[C:.+]] = arith.constant dense<[-1.000000e+00, -9.804680e-01, -6.328130e-01, -3.925780e-01, -9.183550e-41, -0.000000e+00, 0.000000e+00, 9.183550e-41, 5.000000e-01, 1.000000e+00, 4.000000e+00, 0x7F80, 0x7FC0]> : tensor<13xbf16>
//  CHECK-NEXT:   return %[[C]] : tensor<13xbf16>
func.func @elu_bf16() -> tensor<13xbf16> {
  %a = arith.constant dense<[0xFF80, -4.0, -1.0, -0.5, 0x8001, -0.0, 0.0, 0x0001, 0.5, 1.0, 4.0, 0x7F80, 0x7FC0]> : tensor<13xbf16>
  %0 = act.elu %a : tensor<13xbf16>
  return %0 : tensor<13xbf16>
}

// -----

// CHECK-LABEL: func.func @elu_f64()
//  CHECK-NEXT:   %[[C:.+]] = arith.constant dense<[-1.000000e+00, -0.99995460007023751, -0.63212055882855767, -0.39346934028736658, -4.940660e-324, -0.000000e+00, 0.000000e+00, 4.940660e-324, 5.000000e-01, 1.000000e+00, 1.000000e+01, 0x7FF0000000000000, 0x7FF8000000000000, -1.000000e+00, -9.7608581802433774E-4]> : tensor<15xf64>
//  CHECK-NEXT:   return %[[C]] : tensor<15xf64>
func.func @elu_f64() -> tensor<15xf64> {
  %a = arith.constant dense<[0xFFF0000000000000, -10.0, -1.0, -0.5, 0x8000000000000001, -0.0, 0.0, 0x0000000000000001, 0.5, 1.0, 10.0, 0x7FF0000000000000, 0x7FF8000000000000, -40.0, -0.0009765625]> : tensor<15xf64>
  %0 = act.elu %a : tensor<15xf64>
  return %0 : tensor<15xf64>
}

// -----

// CHECK-LABEL: func.func @elu_splat()
//  CHECK-NEXT:   %[[C:.+]] = arith.constant dense<-0.632120549> : tensor<2x3xf32>
//  CHECK-NEXT:   return %[[C]] : tensor<2x3xf32>
func.func @elu_splat() -> tensor<2x3xf32> {
  %a = arith.constant dense<-1.0> : tensor<2x3xf32>
  %0 = act.elu %a : tensor<2x3xf32>
  return %0 : tensor<2x3xf32>
}

// -----

// CHECK-LABEL: func.func @elu_scalar()
//  CHECK-NEXT:   %[[C:.+]] = arith.constant -0.78693868057473315 : f64
//  CHECK-NEXT:   return %[[C]] : f64
func.func @elu_scalar() -> f64 {
  %a = arith.constant -0.5 : f64
  %0 = act.elu %a {alpha = 2.0 : f64} : f64
  return %0 : f64
}

// -----

// Inputs: -inf, -10, -2.5, -1, -0.5, -denormal, -0, +0, +denormal, 0.5, 1,
// 2.5, 10, +inf, NaN.
// selu(-inf) = -scale * alpha.
// CHECK-LABEL: func.func @selu_f32()
//  CHECK-NEXT:   %[[C:.+]] = arith.constant dense<[-1.75809932, -1.75801957, -1.61378574, -1.11133075, -0.691758215, -2.802600e-45, -0.000000e+00, 0.000000e+00, 1.401300e-45, 0.525350511, 1.05070102, 2.62675238, 10.5070095, 0x7F800000, 0x7FC00000]> : tensor<15xf32>
//  CHECK-NEXT:   return %[[C]] : tensor<15xf32>
func.func @selu_f32() -> tensor<15xf32> {
  %a = arith.constant dense<[0xFF800000, -10.0, -2.5, -1.0, -0.5, 0x80000001, -0.0, 0.0, 0x00000001, 0.5, 1.0, 2.5, 10.0, 0x7F800000, 0x7FC00000]> : tensor<15xf32>
  %0 = act.selu %a : tensor<15xf32>
  return %0 : tensor<15xf32>
}

// -----

// CHECK-LABEL: func.func @selu_f16()
//  CHECK-NEXT:   %[[C:.+]] = arith.constant dense<[-1.757810e+00, -1.725590e+00, -1.111330e+00, -6.918940e-01, -1.192090e-07, -0.000000e+00, 0.000000e+00, 5.960460e-08, 5.253910e-01, 1.050780e+00, 4.203130e+00, 0x7C00, 0x7C00, 0x7E00]> : tensor<14xf16>
//  CHECK-NEXT:   return %[[C]] : tensor<14xf16>
func.func @selu_f16() -> tensor<14xf16> {
  %a = arith.constant dense<[0xFC00, -4.0, -1.0, -0.5, 0x8001, -0.0, 0.0, 0x0001, 0.5, 1.0, 4.0, 0x7BFF, 0x7C00, 0x7E00]> : tensor<14xf16>
  %0 = act.selu %a : tensor<14xf16>
  return %0 : tensor<14xf16>
}

// -----

// CHECK-LABEL: func.func @selu_bf16()
//  CHECK-NEXT:   %[[C:.+]] = arith.constant dense<[-1.757810e+00, -1.726560e+00, -1.109380e+00, -6.914060e-01, -1.836710e-40, -0.000000e+00, 0.000000e+00, 9.183550e-41, 5.234380e-01, 1.046880e+00, 4.187500e+00, 0x7F80, 0x7FC0]> : tensor<13xbf16>
//  CHECK-NEXT:   return %[[C]] : tensor<13xbf16>
func.func @selu_bf16() -> tensor<13xbf16> {
  %a = arith.constant dense<[0xFF80, -4.0, -1.0, -0.5, 0x8001, -0.0, 0.0, 0x0001, 0.5, 1.0, 4.0, 0x7F80, 0x7FC0]> : tensor<13xbf16>
  %0 = act.selu %a : tensor<13xbf16>
  return %0 : tensor<13xbf16>
}

// -----

// CHECK-LABEL: func.func @selu_f64()
//  CHECK-NEXT:   %[[C:.+]] = arith.constant dense<[-1.7580993408473768, -1.7580195232607869, -1.1113307378125628, -0.69175818780287135, -9.881310e-324, -0.000000e+00, 0.000000e+00, 4.940660e-324, 0.52535049367774023, 1.0507009873554805, 10.507009873554805, 0x7FF0000000000000, 0x7FF8000000000000]> : tensor<13xf64>
//  CHECK-NEXT:   return %[[C]] : tensor<13xf64>
func.func @selu_f64() -> tensor<13xf64> {
  %a = arith.constant dense<[0xFFF0000000000000, -10.0, -1.0, -0.5, 0x8000000000000001, -0.0, 0.0, 0x0000000000000001, 0.5, 1.0, 10.0, 0x7FF0000000000000, 0x7FF8000000000000]> : tensor<13xf64>
  %0 = act.selu %a : tensor<13xf64>
  return %0 : tensor<13xf64>
}

// -----

// CHECK-LABEL: func.func @selu_splat()
//  CHECK-NEXT:   %[[C:.+]] = arith.constant dense<1.05070102> : vector<4xf32>
//  CHECK-NEXT:   return %[[C]] : vector<4xf32>
func.func @selu_splat() -> vector<4xf32> {
  %a = arith.constant dense<1.0> : vector<4xf32>
  %0 = act.selu %a : vector<4xf32>
  return %0 : vector<4xf32>
}

// -----

// CHECK-LABEL: func.func @selu_scalar()
//  CHECK-NEXT:   %[[C:.+]] = arith.constant -1.11133075 : f32
//  CHECK-NEXT:   return %[[C]] : f32
func.func @selu_scalar() -> f32 {
  %a = arith.constant -1.0 : f32
  %0 = act.selu %a : f32
  return %0 : f32
}

// -----

// Inputs: -inf, -10, -2.5, -1, -0.5, -denormal, -0, +0, +denormal, 0.5, 1,
// 2.5, 10, +inf, NaN.
// CHECK-LABEL: func.func @celu_f32()
//  CHECK-NEXT:   %[[C:.+]] = arith.constant dense<[-1.000000e+00, -0.999954581, -0.917914986, -0.632120549, -0.393469334, -1.401300e-45, -0.000000e+00, 0.000000e+00, 1.401300e-45, 5.000000e-01, 1.000000e+00, 2.500000e+00, 1.000000e+01, 0x7F800000, 0x7FC00000]> : tensor<15xf32>
//  CHECK-NEXT:   return %[[C]] : tensor<15xf32>
func.func @celu_f32() -> tensor<15xf32> {
  %a = arith.constant dense<[0xFF800000, -10.0, -2.5, -1.0, -0.5, 0x80000001, -0.0, 0.0, 0x00000001, 0.5, 1.0, 2.5, 10.0, 0x7F800000, 0x7FC00000]> : tensor<15xf32>
  %0 = act.celu %a : tensor<15xf32>
  return %0 : tensor<15xf32>
}

// -----

// celu(x) = x > 0 ? x : alpha * expm1(x / alpha); celu(-inf) = -alpha.
// CHECK-LABEL: func.func @celu_alpha()
//  CHECK-NEXT:   %[[C:.+]] = arith.constant dense<[-2.000000e+00, -1.55373967, -0.786938667, -0.000000e+00, 1.000000e+00, 0x7FC00000]> : tensor<6xf32>
//  CHECK-NEXT:   return %[[C]] : tensor<6xf32>
func.func @celu_alpha() -> tensor<6xf32> {
  %a = arith.constant dense<[0xFF800000, -3.0, -1.0, -0.0, 1.0, 0x7FC00000]> : tensor<6xf32>
  %0 = act.celu %a {alpha = 2.0 : f64} : tensor<6xf32>
  return %0 : tensor<6xf32>
}

// -----

// CHECK-LABEL: func.func @celu_f16()
//  CHECK-NEXT:   %[[C:.+]] = arith.constant dense<[-5.000000e-01, -4.997560e-01, -4.323730e-01, -3.161620e-01, -5.960460e-08, -0.000000e+00, 0.000000e+00, 5.960460e-08, 5.000000e-01, 1.000000e+00, 4.000000e+00, 6.550400e+04, 0x7C00, 0x7E00]> : tensor<14xf16>
//  CHECK-NEXT:   return %[[C]] : tensor<14xf16>
func.func @celu_f16() -> tensor<14xf16> {
  %a = arith.constant dense<[0xFC00, -4.0, -1.0, -0.5, 0x8001, -0.0, 0.0, 0x0001, 0.5, 1.0, 4.0, 0x7BFF, 0x7C00, 0x7E00]> : tensor<14xf16>
  %0 = act.celu %a {alpha = 0.5 : f64} : tensor<14xf16>
  return %0 : tensor<14xf16>
}

// -----

// CHECK-LABEL: func.func @celu_f64()
//  CHECK-NEXT:   %[[C:.+]] = arith.constant dense<[-3.000000e+00, -2.8929780199582429, -0.8504060682786323, -0.46055482532815778, -4.940660e-324, -0.000000e+00, 0.000000e+00, 4.940660e-324, 5.000000e-01, 1.000000e+00, 1.000000e+01, 0x7FF0000000000000, 0x7FF8000000000000]> : tensor<13xf64>
//  CHECK-NEXT:   return %[[C]] : tensor<13xf64>
func.func @celu_f64() -> tensor<13xf64> {
  %a = arith.constant dense<[0xFFF0000000000000, -10.0, -1.0, -0.5, 0x8000000000000001, -0.0, 0.0, 0x0000000000000001, 0.5, 1.0, 10.0, 0x7FF0000000000000, 0x7FF8000000000000]> : tensor<13xf64>
  %0 = act.celu %a {alpha = 3.0 : f64} : tensor<13xf64>
  return %0 : tensor<13xf64>
}

// -----

// CHECK-LABEL: func.func @celu_splat()
//  CHECK-NEXT:   %[[C:.+]] = arith.constant dense<-8.632810e-01> : tensor<2x3xbf16>
//  CHECK-NEXT:   return %[[C]] : tensor<2x3xbf16>
func.func @celu_splat() -> tensor<2x3xbf16> {
  %a = arith.constant dense<-2.0> : tensor<2x3xbf16>
  %0 = act.celu %a : tensor<2x3xbf16>
  return %0 : tensor<2x3xbf16>
}

// -----

// CHECK-LABEL: func.func @celu_scalar()
//  CHECK-NEXT:   %[[C:.+]] = arith.constant -0.948180854 : f32
//  CHECK-NEXT:   return %[[C]] : f32
func.func @celu_scalar() -> f32 {
  %a = arith.constant -1.5 : f32
  %0 = act.celu %a {alpha = 1.5 : f64} : f32
  return %0 : f32
}

// -----

// Inputs: -inf, -10, -2.5, -1, -0.5, -denormal, -0, +0, 0.5, 1,
// 2.5, 10, +inf, NaN. -5, 3.
// gelu(-inf) = -0.0 (the limit); gelu(-denormal) rounds to -0.0.
// CHECK-LABEL: func.func @gelu_f32()
//  CHECK-NEXT:   %[[C:.+]] = arith.constant dense<[-0.000000e+00, -7.61985298E-23, -0.0155241629, -0.158655256, -0.154268771, -0.000000e+00, -0.000000e+00, 0.000000e+00, 0.345731229, 0.841344773, 2.48447585, 1.000000e+01, 0x7F800000, 0x7FC00000, -1.43325781E-6, 2.99595022]> : tensor<16xf32>
//  CHECK-NEXT:   return %[[C]] : tensor<16xf32>
func.func @gelu_f32() -> tensor<16xf32> {
  %a = arith.constant dense<[0xFF800000, -10.0, -2.5, -1.0, -0.5, 0x80000001, -0.0, 0.0, 0.5, 1.0, 2.5, 10.0, 0x7F800000, 0x7FC00000, -5.0, 3.0]> : tensor<16xf32>
  %0 = act.gelu %a : tensor<16xf32>
  return %0 : tensor<16xf32>
}

// -----

// CHECK-LABEL: func.func @gelu_tanh_f32()
//  CHECK-NEXT:   %[[C:.+]] = arith.constant dense<[-0.000000e+00, -1.20409239E-37, -0.0150842657, -0.158808008, -1.542860e-01, -0.000000e+00, -0.000000e+00, 0.000000e+00, 3.457140e-01, 8.411920e-01, 2.48491573, 1.000000e+01, 0x7F800000, 0x7FC00000, -2.29179619E-7, 2.99636269]> : tensor<16xf32>
//  CHECK-NEXT:   return %[[C]] : tensor<16xf32>
func.func @gelu_tanh_f32() -> tensor<16xf32> {
  %a = arith.constant dense<[0xFF800000, -10.0, -2.5, -1.0, -0.5, 0x80000001, -0.0, 0.0, 0.5, 1.0, 2.5, 10.0, 0x7F800000, 0x7FC00000, -5.0, 3.0]> : tensor<16xf32>
  %0 = act.gelu %a {approximate = #act.approximate<tanh>} : tensor<16xf32>
  return %0 : tensor<16xf32>
}

// -----

// gelu of the smallest positive denormal d: the exact value is slightly above
// d / 2, so the correctly rounded result is d (not +0, which a tie at
// exactly d / 2 would give).
// CHECK-LABEL: func.func @gelu_min_denormal_f32()
//  CHECK-NEXT:   %[[C:.+]] = arith.constant 1.401300e-45 : f32
//  CHECK-NEXT:   return %[[C]] : f32
func.func @gelu_min_denormal_f32() -> f32 {
  %a = arith.constant 0x00000001 : f32
  %0 = act.gelu %a : f32
  return %0 : f32
}

// -----

// CHECK-LABEL: func.func @gelu_tanh_min_denormal_f32()
//  CHECK-NEXT:   %[[C:.+]] = arith.constant 1.401300e-45 : f32
//  CHECK-NEXT:   return %[[C]] : f32
func.func @gelu_tanh_min_denormal_f32() -> f32 {
  %a = arith.constant 0x00000001 : f32
  %0 = act.gelu %a {approximate = #act.approximate<tanh>} : f32
  return %0 : f32
}

// -----

// CHECK-LABEL: func.func @gelu_min_denormal_bf16()
//  CHECK-NEXT:   %[[C:.+]] = arith.constant 9.183550e-41 : bf16
//  CHECK-NEXT:   return %[[C]] : bf16
func.func @gelu_min_denormal_bf16() -> bf16 {
  %a = arith.constant 0x0001 : bf16
  %0 = act.gelu %a : bf16
  return %0 : bf16
}

// -----

// CHECK-LABEL: func.func @gelu_min_denormal_f64()
//  CHECK-NEXT:   %[[C:.+]] = arith.constant 4.940660e-324 : f64
//  CHECK-NEXT:   return %[[C]] : f64
func.func @gelu_min_denormal_f64() -> f64 {
  %a = arith.constant 0x0000000000000001 : f64
  %0 = act.gelu %a : f64
  return %0 : f64
}

// -----

// CHECK-LABEL: func.func @gelu_tanh_min_denormal_f64()
//  CHECK-NEXT:   %[[C:.+]] = arith.constant 4.940660e-324 : f64
//  CHECK-NEXT:   return %[[C]] : f64
func.func @gelu_tanh_min_denormal_f64() -> f64 {
  %a = arith.constant 0x0000000000000001 : f64
  %0 = act.gelu %a {approximate = #act.approximate<tanh>} : f64
  return %0 : f64
}

// -----

// In f16 the same holds (and the f32 computation keeps the difference).
// CHECK-LABEL: func.func @gelu_min_denormal_f16()
//  CHECK-NEXT:   %[[C:.+]] = arith.constant 5.960460e-08 : f16
//  CHECK-NEXT:   return %[[C]] : f16
func.func @gelu_min_denormal_f16() -> f16 {
  %a = arith.constant 0x0001 : f16
  %0 = act.gelu %a : f16
  return %0 : f16
}

// -----

// CHECK-LABEL: func.func @gelu_f16()
//  CHECK-NEXT:   %[[C:.+]] = arith.constant dense<[-0.000000e+00, -1.267190e-04, -1.586910e-01, -1.542970e-01, -0.000000e+00, -0.000000e+00, 0.000000e+00, 5.960460e-08, 3.457030e-01, 8.413080e-01, 4.000000e+00, 6.550400e+04, 0x7C00, 0x7E00]> : tensor<14xf16>
//  CHECK-NEXT:   return %[[C]] : tensor<14xf16>
func.func @gelu_f16() -> tensor<14xf16> {
  %a = arith.constant dense<[0xFC00, -4.0, -1.0, -0.5, 0x8001, -0.0, 0.0, 0x0001, 0.5, 1.0, 4.0, 0x7BFF, 0x7C00, 0x7E00]> : tensor<14xf16>
  %0 = act.gelu %a : tensor<14xf16>
  return %0 : tensor<14xf16>
}

// -----

// CHECK-LABEL: func.func @gelu_tanh_f16()
//  CHECK-NEXT:   %[[C:.+]] = arith.constant dense<[-0.000000e+00, -7.027390e-05, -1.588130e-01, -1.542970e-01, -0.000000e+00, -0.000000e+00, 0.000000e+00, 5.960460e-08, 3.457030e-01, 8.413080e-01, 4.000000e+00, 6.550400e+04, 0x7C00, 0x7E00]> : tensor<14xf16>
//  CHECK-NEXT:   return %[[C]] : tensor<14xf16>
func.func @gelu_tanh_f16() -> tensor<14xf16> {
  %a = arith.constant dense<[0xFC00, -4.0, -1.0, -0.5, 0x8001, -0.0, 0.0, 0x0001, 0.5, 1.0, 4.0, 0x7BFF, 0x7C00, 0x7E00]> : tensor<14xf16>
  %0 = act.gelu %a {approximate = #act.approximate<tanh>} : tensor<14xf16>
  return %0 : tensor<14xf16>
}

// -----

// CHECK-LABEL: func.func @gelu_bf16()
//  CHECK-NEXT:   %[[C:.+]] = arith.constant dense<[-0.000000e+00, -1.268390e-04, -1.582030e-01, -1.542970e-01, -0.000000e+00, -0.000000e+00, 0.000000e+00, 3.457030e-01, 8.398430e-01, 4.000000e+00, 0x7F80, 0x7FC0]> : tensor<12xbf16>
//  CHECK-NEXT:   return %[[C]] : tensor<12xbf16>
func.func @gelu_bf16() -> tensor<12xbf16> {
  %a = arith.constant dense<[0xFF80, -4.0, -1.0, -0.5, 0x8001, -0.0, 0.0, 0.5, 1.0, 4.0, 0x7F80, 0x7FC0]> : tensor<12xbf16>
  %0 = act.gelu %a : tensor<12xbf16>
  return %0 : tensor<12xbf16>
}

// -----

// CHECK-LABEL: func.func @gelu_f64()
//  CHECK-NEXT:   %[[C:.+]] = arith.constant dense<[-0.000000e+00, -7.6198530241605263E-23, -0.15865525393145705, -0.15426876936299344, -0.000000e+00, -0.000000e+00, 0.000000e+00, 0.34573123063700656, 0.84134474606854293, 1.000000e+01, 0x7FF0000000000000, 0x7FF8000000000000, -0.0040496940948902835, 2.9959503059051098]> : tensor<14xf64>
//  CHECK-NEXT:   return %[[C]] : tensor<14xf64>
func.func @gelu_f64() -> tensor<14xf64> {
  %a = arith.constant dense<[0xFFF0000000000000, -10.0, -1.0, -0.5, 0x8000000000000001, -0.0, 0.0, 0.5, 1.0, 10.0, 0x7FF0000000000000, 0x7FF8000000000000, -3.0, 3.0]> : tensor<14xf64>
  %0 = act.gelu %a : tensor<14xf64>
  return %0 : tensor<14xf64>
}

// -----

// CHECK-LABEL: func.func @gelu_tanh_f64()
//  CHECK-NEXT:   %[[C:.+]] = arith.constant dense<[-0.000000e+00, -1.2040923482098002E-37, -0.15880800939172329, -0.15428599017485609, -0.000000e+00, -0.000000e+00, 0.000000e+00, 0.34571400982514394, 0.84119199060827676, 1.000000e+01, 0x7FF0000000000000, 0x7FF8000000000000, -0.0036373920817730173, 2.9963626079182268]> : tensor<14xf64>
//  CHECK-NEXT:   return %[[C]] : tensor<14xf64>
func.func @gelu_tanh_f64() -> tensor<14xf64> {
  %a = arith.constant dense<[0xFFF0000000000000, -10.0, -1.0, -0.5, 0x8000000000000001, -0.0, 0.0, 0.5, 1.0, 10.0, 0x7FF0000000000000, 0x7FF8000000000000, -3.0, 3.0]> : tensor<14xf64>
  %0 = act.gelu %a {approximate = #act.approximate<tanh>} : tensor<14xf64>
  return %0 : tensor<14xf64>
}

// -----

// The lower tail, where 1 + erf(x / sqrt 2) cancels: the correctly rounded result
// is a small negative number, down to -0.0 where it underflows.
// CHECK-LABEL: func.func @gelu_tail_f32()
//  CHECK-NEXT:   %[[C:.+]] = arith.constant dense<[-4.97676834E-15, -7.61985298E-23, -7.95231385E-38, -1.093010e-43, -0.000000e+00]> : tensor<5xf32>
//  CHECK-NEXT:   return %[[C]] : tensor<5xf32>
func.func @gelu_tail_f32() -> tensor<5xf32> {
  %a = arith.constant dense<[-8.0, -10.0, -13.0, -14.0, -20.0]> : tensor<5xf32>
  %0 = act.gelu %a : tensor<5xf32>
  return %0 : tensor<5xf32>
}

// -----

// CHECK-LABEL: func.func @gelu_splat()
//  CHECK-NEXT:   %[[C:.+]] = arith.constant dense<0.841344773> : tensor<2x3xf32>
//  CHECK-NEXT:   return %[[C]] : tensor<2x3xf32>
func.func @gelu_splat() -> tensor<2x3xf32> {
  %a = arith.constant dense<1.0> : tensor<2x3xf32>
  %0 = act.gelu %a : tensor<2x3xf32>
  return %0 : tensor<2x3xf32>
}

// -----

// CHECK-LABEL: func.func @gelu_scalar()
//  CHECK-NEXT:   %[[C:.+]] = arith.constant -0.15865525393145705 : f64
//  CHECK-NEXT:   return %[[C]] : f64
func.func @gelu_scalar() -> f64 {
  %a = arith.constant -1.0 : f64
  %0 = act.gelu %a : f64
  return %0 : f64
}

// -----

// CHECK-LABEL: func.func @gelu_tanh_scalar()
//  CHECK-NEXT:   %[[C:.+]] = arith.constant 8.398430e-01 : bf16
//  CHECK-NEXT:   return %[[C]] : bf16
func.func @gelu_tanh_scalar() -> bf16 {
  %a = arith.constant 1.0 : bf16
  %0 = act.gelu %a {approximate = #act.approximate<tanh>} : bf16
  return %0 : bf16
}

// -----

// Inputs: -inf, -10, -2.5, -1, -0.5, -denormal, -0, +0, +denormal, 0.5, 1,
// 2.5, 10, +inf, NaN. -100, -104, 20.
// The tail of 1 / (1 + exp(-x)) is computed without overflow: sigmoid(-100)
// is a denormal, sigmoid(-104) underflows to +0.
// CHECK-LABEL: func.func @sigmoid_f32()
//  CHECK-NEXT:   %[[C:.+]] = arith.constant dense<[0.000000e+00, 4.53978682E-5, 0.0758581832, 0.268941432, 0.377540678, 5.000000e-01, 5.000000e-01, 5.000000e-01, 5.000000e-01, 0.622459352, 0.731058597, 0.924141824, 0.999954581, 1.000000e+00, 0x7FC00000, 3.783510e-44, 0.000000e+00, 1.000000e+00]> : tensor<18xf32>
//  CHECK-NEXT:   return %[[C]] : tensor<18xf32>
func.func @sigmoid_f32() -> tensor<18xf32> {
  %a = arith.constant dense<[0xFF800000, -10.0, -2.5, -1.0, -0.5, 0x80000001, -0.0, 0.0, 0x00000001, 0.5, 1.0, 2.5, 10.0, 0x7F800000, 0x7FC00000, -100.0, -104.0, 20.0]> : tensor<18xf32>
  %0 = act.sigmoid %a : tensor<18xf32>
  return %0 : tensor<18xf32>
}

// -----

// CHECK-LABEL: func.func @sigmoid_f16()
//  CHECK-NEXT:   %[[C:.+]] = arith.constant dense<[0.000000e+00, 1.799010e-02, 2.690430e-01, 3.774410e-01, 5.000000e-01, 5.000000e-01, 5.000000e-01, 5.000000e-01, 6.225590e-01, 7.309570e-01, 9.819330e-01, 1.000000e+00, 1.000000e+00, 0x7E00, 1.192090e-07, 0.000000e+00]> : tensor<16xf16>
//  CHECK-NEXT:   return %[[C]] : tensor<16xf16>
func.func @sigmoid_f16() -> tensor<16xf16> {
  %a = arith.constant dense<[0xFC00, -4.0, -1.0, -0.5, 0x8001, -0.0, 0.0, 0x0001, 0.5, 1.0, 4.0, 0x7BFF, 0x7C00, 0x7E00, -16.0, -20.0]> : tensor<16xf16>
  %0 = act.sigmoid %a : tensor<16xf16>
  return %0 : tensor<16xf16>
}

// -----

// CHECK-LABEL: func.func @sigmoid_bf16()
//  CHECK-NEXT:   %[[C:.+]] = arith.constant dense<[0.000000e+00, 1.794430e-02, 2.695310e-01, 3.769530e-01, 5.000000e-01, 5.000000e-01, 5.000000e-01, 5.000000e-01, 6.210940e-01, 7.304680e-01, 9.804680e-01, 1.000000e+00, 0x7FC0]> : tensor<13xbf16>
//  CHECK-NEXT:   return %[[C]] : tensor<13xbf16>
func.func @sigmoid_bf16() -> tensor<13xbf16> {
  %a = arith.constant dense<[0xFF80, -4.0, -1.0, -0.5, 0x8001, -0.0, 0.0, 0x0001, 0.5, 1.0, 4.0, 0x7F80, 0x7FC0]> : tensor<13xbf16>
  %0 = act.sigmoid %a : tensor<13xbf16>
  return %0 : tensor<13xbf16>
}

// -----

// CHECK-LABEL: func.func @sigmoid_f64()
//  CHECK-NEXT:   %[[C:.+]] = arith.constant dense<[0.000000e+00, 4.5397868702434395E-5, 0.2689414213699951, 0.37754066879814546, 5.000000e-01, 5.000000e-01, 5.000000e-01, 5.000000e-01, 0.62245933120185459, 0.7310585786300049, 0.9999546021312976, 1.000000e+00, 0x7FF8000000000000, 9.8596765437597707E-305, 4.940660e-324, 0.000000e+00, 1.000000e+00]> : tensor<17xf64>
//  CHECK-NEXT:   return %[[C]] : tensor<17xf64>
func.func @sigmoid_f64() -> tensor<17xf64> {
  %a = arith.constant dense<[0xFFF0000000000000, -10.0, -1.0, -0.5, 0x8000000000000001, -0.0, 0.0, 0x0000000000000001, 0.5, 1.0, 10.0, 0x7FF0000000000000, 0x7FF8000000000000, -700.0, -745.0, -800.0, 40.0]> : tensor<17xf64>
  %0 = act.sigmoid %a : tensor<17xf64>
  return %0 : tensor<17xf64>
}

// -----

// CHECK-LABEL: func.func @sigmoid_splat()
//  CHECK-NEXT:   %[[C:.+]] = arith.constant dense<5.000000e-01> : tensor<2x3xf32>
//  CHECK-NEXT:   return %[[C]] : tensor<2x3xf32>
func.func @sigmoid_splat() -> tensor<2x3xf32> {
  %a = arith.constant dense<0.0> : tensor<2x3xf32>
  %0 = act.sigmoid %a : tensor<2x3xf32>
  return %0 : tensor<2x3xf32>
}

// -----

// CHECK-LABEL: func.func @sigmoid_scalar()
//  CHECK-NEXT:   %[[C:.+]] = arith.constant 8.808590e-01 : f16
//  CHECK-NEXT:   return %[[C]] : f16
func.func @sigmoid_scalar() -> f16 {
  %a = arith.constant 2.0 : f16
  %0 = act.sigmoid %a : f16
  return %0 : f16
}

// -----

// Inputs: -inf, -10, -2.5, -1, -0.5, -denormal, -0, +0, 0.5, 1,
// 2.5, 10, +inf, NaN. -100, -200.
// silu(-inf) = -0.0 (the limit); silu(-200) underflows to -0.0.
// CHECK-LABEL: func.func @silu_f32()
//  CHECK-NEXT:   %[[C:.+]] = arith.constant dense<[-0.000000e+00, -4.5397869E-4, -0.189645454, -0.268941432, -0.188770339, -0.000000e+00, -0.000000e+00, 0.000000e+00, 0.311229676, 0.731058597, 2.31035447, 9.99954605, 0x7F800000, 0x7FC00000, -3.720450e-42, -0.000000e+00]> : tensor<16xf32>
//  CHECK-NEXT:   return %[[C]] : tensor<16xf32>
func.func @silu_f32() -> tensor<16xf32> {
  %a = arith.constant dense<[0xFF800000, -10.0, -2.5, -1.0, -0.5, 0x80000001, -0.0, 0.0, 0.5, 1.0, 2.5, 10.0, 0x7F800000, 0x7FC00000, -100.0, -200.0]> : tensor<16xf32>
  %0 = act.silu %a : tensor<16xf32>
  return %0 : tensor<16xf32>
}

// -----

// CHECK-LABEL: func.func @silu_f16()
//  CHECK-NEXT:   %[[C:.+]] = arith.constant dense<[-0.000000e+00, -7.196040e-02, -2.690430e-01, -1.887210e-01, -0.000000e+00, -0.000000e+00, 0.000000e+00, 5.960460e-08, 3.112790e-01, 7.309570e-01, 3.927730e+00, 6.550400e+04, 0x7C00, 0x7E00]> : tensor<14xf16>
//  CHECK-NEXT:   return %[[C]] : tensor<14xf16>
func.func @silu_f16() -> tensor<14xf16> {
  %a = arith.constant dense<[0xFC00, -4.0, -1.0, -0.5, 0x8001, -0.0, 0.0, 0x0001, 0.5, 1.0, 4.0, 0x7BFF, 0x7C00, 0x7E00]> : tensor<14xf16>
  %0 = act.silu %a : tensor<14xf16>
  return %0 : tensor<14xf16>
}

// -----

// CHECK-LABEL: func.func @silu_bf16()
//  CHECK-NEXT:   %[[C:.+]] = arith.constant dense<[-0.000000e+00, -7.177730e-02, -2.695310e-01, -1.884770e-01, -0.000000e+00, -0.000000e+00, 0.000000e+00, 3.105470e-01, 7.304680e-01, 3.921880e+00, 0x7F80, 0x7FC0]> : tensor<12xbf16>
//  CHECK-NEXT:   return %[[C]] : tensor<12xbf16>
func.func @silu_bf16() -> tensor<12xbf16> {
  %a = arith.constant dense<[0xFF80, -4.0, -1.0, -0.5, 0x8001, -0.0, 0.0, 0.5, 1.0, 4.0, 0x7F80, 0x7FC0]> : tensor<12xbf16>
  %0 = act.silu %a : tensor<12xbf16>
  return %0 : tensor<12xbf16>
}

// -----

// CHECK-LABEL: func.func @silu_f64()
//  CHECK-NEXT:   %[[C:.+]] = arith.constant dense<[-0.000000e+00, -4.5397868702434395E-4, -0.2689414213699951, -0.18877033439907273, -0.000000e+00, -0.000000e+00, 0.000000e+00, 0.3112296656009273, 0.7310585786300049, 9.9995460213129749, 0x7FF0000000000000, 0x7FF8000000000000]> : tensor<12xf64>
//  CHECK-NEXT:   return %[[C]] : tensor<12xf64>
func.func @silu_f64() -> tensor<12xf64> {
  %a = arith.constant dense<[0xFFF0000000000000, -10.0, -1.0, -0.5, 0x8000000000000001, -0.0, 0.0, 0.5, 1.0, 10.0, 0x7FF0000000000000, 0x7FF8000000000000]> : tensor<12xf64>
  %0 = act.silu %a : tensor<12xf64>
  return %0 : tensor<12xf64>
}

// -----

// silu of the smallest positive denormal d: the exact value is slightly above
// d / 2, so the correctly rounded result is d (not +0, which a tie at
// exactly d / 2 would give).
// CHECK-LABEL: func.func @silu_min_denormal_f32()
//  CHECK-NEXT:   %[[C:.+]] = arith.constant 1.401300e-45 : f32
//  CHECK-NEXT:   return %[[C]] : f32
func.func @silu_min_denormal_f32() -> f32 {
  %a = arith.constant 0x00000001 : f32
  %0 = act.silu %a : f32
  return %0 : f32
}

// -----

// CHECK-LABEL: func.func @silu_min_denormal_bf16()
//  CHECK-NEXT:   %[[C:.+]] = arith.constant 9.183550e-41 : bf16
//  CHECK-NEXT:   return %[[C]] : bf16
func.func @silu_min_denormal_bf16() -> bf16 {
  %a = arith.constant 0x0001 : bf16
  %0 = act.silu %a : bf16
  return %0 : bf16
}

// -----

// CHECK-LABEL: func.func @silu_min_denormal_f64()
//  CHECK-NEXT:   %[[C:.+]] = arith.constant 4.940660e-324 : f64
//  CHECK-NEXT:   return %[[C]] : f64
func.func @silu_min_denormal_f64() -> f64 {
  %a = arith.constant 0x0000000000000001 : f64
  %0 = act.silu %a : f64
  return %0 : f64
}

// -----

// CHECK-LABEL: func.func @silu_splat()
//  CHECK-NEXT:   %[[C:.+]] = arith.constant dense<-0.268941432> : vector<4xf32>
//  CHECK-NEXT:   return %[[C]] : vector<4xf32>
func.func @silu_splat() -> vector<4xf32> {
  %a = arith.constant dense<-1.0> : vector<4xf32>
  %0 = act.silu %a : vector<4xf32>
  return %0 : vector<4xf32>
}

// -----

// CHECK-LABEL: func.func @silu_scalar()
//  CHECK-NEXT:   %[[C:.+]] = arith.constant 1.76159418 : f32
//  CHECK-NEXT:   return %[[C]] : f32
func.func @silu_scalar() -> f32 {
  %a = arith.constant 2.0 : f32
  %0 = act.silu %a : f32
  return %0 : f32
}

// -----

// Inputs: -inf, -10, -2.5, -1, -0.5, -denormal, -0, +0, +denormal, 0.5, 1,
// 2.5, 10, +inf, NaN. -3, 3, 2.
// alpha = 1/6 and beta = 0.5 are rounded to f32; multiply and add are
// rounded separately.
// CHECK-LABEL: func.func @hardsigmoid_f32()
//  CHECK-NEXT:   %[[C:.+]] = arith.constant dense<[0.000000e+00, 0.000000e+00, 0.0833333134, 0.333333313, 0.416666657, 5.000000e-01, 5.000000e-01, 5.000000e-01, 5.000000e-01, 0.583333313, 0.666666686, 0.916666686, 1.000000e+00, 1.000000e+00, 0x7FC00000, 0.000000e+00, 1.000000e+00, 0.833333373]> : tensor<18xf32>
//  CHECK-NEXT:   return %[[C]] : tensor<18xf32>
func.func @hardsigmoid_f32() -> tensor<18xf32> {
  %a = arith.constant dense<[0xFF800000, -10.0, -2.5, -1.0, -0.5, 0x80000001, -0.0, 0.0, 0x00000001, 0.5, 1.0, 2.5, 10.0, 0x7F800000, 0x7FC00000, -3.0, 3.0, 2.0]> : tensor<18xf32>
  %0 = act.hardsigmoid %a : tensor<18xf32>
  return %0 : tensor<18xf32>
}

// -----

// ONNX parameters.
// CHECK-LABEL: func.func @hardsigmoid_onnx()
//  CHECK-NEXT:   %[[C:.+]] = arith.constant dense<[0.000000e+00, 3.000000e-01, 0.699999988, 1.000000e+00, 1.000000e+00, 0x7FC00000]> : tensor<6xf32>
//  CHECK-NEXT:   return %[[C]] : tensor<6xf32>
func.func @hardsigmoid_onnx() -> tensor<6xf32> {
  %a = arith.constant dense<[-2.5, -1.0, 1.0, 2.5, 3.0, 0x7FC00000]> : tensor<6xf32>
  %0 = act.hardsigmoid %a {alpha = 0.2 : f64, beta = 0.5 : f64} : tensor<6xf32>
  return %0 : tensor<6xf32>
}

// -----

// CHECK-LABEL: func.func @hardsigmoid_f16()
//  CHECK-NEXT:   %[[C:.+]] = arith.constant dense<[0.000000e+00, 0.000000e+00, 3.332520e-01, 4.167480e-01, 5.000000e-01, 5.000000e-01, 5.000000e-01, 5.000000e-01, 5.834960e-01, 6.665040e-01, 1.000000e+00, 1.000000e+00, 1.000000e+00, 0x7E00]> : tensor<14xf16>
//  CHECK-NEXT:   return %[[C]] : tensor<14xf16>
func.func @hardsigmoid_f16() -> tensor<14xf16> {
  %a = arith.constant dense<[0xFC00, -4.0, -1.0, -0.5, 0x8001, -0.0, 0.0, 0x0001, 0.5, 1.0, 4.0, 0x7BFF, 0x7C00, 0x7E00]> : tensor<14xf16>
  %0 = act.hardsigmoid %a : tensor<14xf16>
  return %0 : tensor<14xf16>
}

// -----

// CHECK-LABEL: func.func @hardsigmoid_bf16()
//  CHECK-NEXT:   %[[C:.+]] = arith.constant dense<[0.000000e+00, 0.000000e+00, 3.339840e-01, 4.160160e-01, 5.000000e-01, 5.000000e-01, 5.000000e-01, 5.000000e-01, 5.820310e-01, 6.679690e-01, 1.000000e+00, 1.000000e+00, 0x7FC0]> : tensor<13xbf16>
//  CHECK-NEXT:   return %[[C]] : tensor<13xbf16>
func.func @hardsigmoid_bf16() -> tensor<13xbf16> {
  %a = arith.constant dense<[0xFF80, -4.0, -1.0, -0.5, 0x8001, -0.0, 0.0, 0x0001, 0.5, 1.0, 4.0, 0x7F80, 0x7FC0]> : tensor<13xbf16>
  %0 = act.hardsigmoid %a : tensor<13xbf16>
  return %0 : tensor<13xbf16>
}

// -----

// CHECK-LABEL: func.func @hardsigmoid_f64()
//  CHECK-NEXT:   %[[C:.+]] = arith.constant dense<[0.000000e+00, 0.000000e+00, 0.33333333333333337, 0.41666666666666669, 5.000000e-01, 5.000000e-01, 5.000000e-01, 5.000000e-01, 0.58333333333333337, 0.66666666666666663, 1.000000e+00, 1.000000e+00, 0x7FF8000000000000]> : tensor<13xf64>
//  CHECK-NEXT:   return %[[C]] : tensor<13xf64>
func.func @hardsigmoid_f64() -> tensor<13xf64> {
  %a = arith.constant dense<[0xFFF0000000000000, -10.0, -1.0, -0.5, 0x8000000000000001, -0.0, 0.0, 0x0000000000000001, 0.5, 1.0, 10.0, 0x7FF0000000000000, 0x7FF8000000000000]> : tensor<13xf64>
  %0 = act.hardsigmoid %a : tensor<13xf64>
  return %0 : tensor<13xf64>
}

// -----

// CHECK-LABEL: func.func @hardsigmoid_splat()
//  CHECK-NEXT:   %[[C:.+]] = arith.constant dense<0.666666686> : tensor<2x3xf32>
//  CHECK-NEXT:   return %[[C]] : tensor<2x3xf32>
func.func @hardsigmoid_splat() -> tensor<2x3xf32> {
  %a = arith.constant dense<1.0> : tensor<2x3xf32>
  %0 = act.hardsigmoid %a : tensor<2x3xf32>
  return %0 : tensor<2x3xf32>
}

// -----

// CHECK-LABEL: func.func @hardsigmoid_scalar()
//  CHECK-NEXT:   %[[C:.+]] = arith.constant 0.66666666666666663 : f64
//  CHECK-NEXT:   return %[[C]] : f64
func.func @hardsigmoid_scalar() -> f64 {
  %a = arith.constant 1.0 : f64
  %0 = act.hardsigmoid %a : f64
  return %0 : f64
}

// -----

// Inputs: -inf, -10, -2.5, -1, -0.5, -denormal, -0, +0, +denormal, 0.5, 1,
// 2.5, 10, +inf, NaN. -3, -4, -1.5, 2, 3, max.
// hardswish is -0.0/+0.0 (the sign of x) where relu6(x + 3) = 0 and x where it
// is 6, so -inf gives -0.0 and the largest float does not overflow;
// hardswish(denormal) = (2^-149 * 3) / 6 rounds to +0 (ties to even).
// CHECK-LABEL: func.func @hardswish_f32()
//  CHECK-NEXT:   %[[C:.+]] = arith.constant dense<[-0.000000e+00, -0.000000e+00, -0.208333328, -0.333333343, -0.208333328, -0.000000e+00, -0.000000e+00, 0.000000e+00, 0.000000e+00, 0.291666657, 0.666666686, 2.29166675, 1.000000e+01, 0x7F800000, 0x7FC00000, -0.000000e+00, -0.000000e+00, -3.750000e-01, 1.66666663, 3.000000e+00, 3.40282347E+38]> : tensor<21xf32>
//  CHECK-NEXT:   return %[[C]] : tensor<21xf32>
func.func @hardswish_f32() -> tensor<21xf32> {
  %a = arith.constant dense<[0xFF800000, -10.0, -2.5, -1.0, -0.5, 0x80000001, -0.0, 0.0, 0x00000001, 0.5, 1.0, 2.5, 10.0, 0x7F800000, 0x7FC00000, -3.0, -4.0, -1.5, 2.0, 3.0, 0x7F7FFFFF]> : tensor<21xf32>
  %0 = act.hardswish %a : tensor<21xf32>
  return %0 : tensor<21xf32>
}

// -----

// CHECK-LABEL: func.func @hardswish_f16()
//  CHECK-NEXT:   %[[C:.+]] = arith.constant dense<[-0.000000e+00, -0.000000e+00, -3.332520e-01, -2.083740e-01, -0.000000e+00, -0.000000e+00, 0.000000e+00, 0.000000e+00, 2.917480e-01, 6.665040e-01, 4.000000e+00, 6.550400e+04, 0x7C00, 0x7E00, -0.000000e+00, 1.666990e+00]> : tensor<16xf16>
//  CHECK-NEXT:   return %[[C]] : tensor<16xf16>
func.func @hardswish_f16() -> tensor<16xf16> {
  %a = arith.constant dense<[0xFC00, -4.0, -1.0, -0.5, 0x8001, -0.0, 0.0, 0x0001, 0.5, 1.0, 4.0, 0x7BFF, 0x7C00, 0x7E00, -3.0, 2.0]> : tensor<16xf16>
  %0 = act.hardswish %a : tensor<16xf16>
  return %0 : tensor<16xf16>
}

// -----

// CHECK-LABEL: func.func @hardswish_bf16()
//  CHECK-NEXT:   %[[C:.+]] = arith.constant dense<[-0.000000e+00, -0.000000e+00, -3.339840e-01, -2.080080e-01, -0.000000e+00, -0.000000e+00, 0.000000e+00, 0.000000e+00, 2.910160e-01, 6.679690e-01, 4.000000e+00, 0x7F80, 0x7FC0]> : tensor<13xbf16>
//  CHECK-NEXT:   return %[[C]] : tensor<13xbf16>
func.func @hardswish_bf16() -> tensor<13xbf16> {
  %a = arith.constant dense<[0xFF80, -4.0, -1.0, -0.5, 0x8001, -0.0, 0.0, 0x0001, 0.5, 1.0, 4.0, 0x7F80, 0x7FC0]> : tensor<13xbf16>
  %0 = act.hardswish %a : tensor<13xbf16>
  return %0 : tensor<13xbf16>
}

// -----

// CHECK-LABEL: func.func @hardswish_f64()
//  CHECK-NEXT:   %[[C:.+]] = arith.constant dense<[-0.000000e+00, -0.000000e+00, -0.33333333333333331, -0.20833333333333334, -0.000000e+00, -0.000000e+00, 0.000000e+00, 0.000000e+00, 0.29166666666666669, 0.66666666666666663, 1.000000e+01, 0x7FF0000000000000, 0x7FF8000000000000, -0.000000e+00, 1.6666666666666667]> : tensor<15xf64>
//  CHECK-NEXT:   return %[[C]] : tensor<15xf64>
func.func @hardswish_f64() -> tensor<15xf64> {
  %a = arith.constant dense<[0xFFF0000000000000, -10.0, -1.0, -0.5, 0x8000000000000001, -0.0, 0.0, 0x0000000000000001, 0.5, 1.0, 10.0, 0x7FF0000000000000, 0x7FF8000000000000, -3.0, 2.0]> : tensor<15xf64>
  %0 = act.hardswish %a : tensor<15xf64>
  return %0 : tensor<15xf64>
}

// -----

// CHECK-LABEL: func.func @hardswish_splat()
//  CHECK-NEXT:   %[[C:.+]] = arith.constant dense<-0.333333343> : tensor<2x3xf32>
//  CHECK-NEXT:   return %[[C]] : tensor<2x3xf32>
func.func @hardswish_splat() -> tensor<2x3xf32> {
  %a = arith.constant dense<-1.0> : tensor<2x3xf32>
  %0 = act.hardswish %a : tensor<2x3xf32>
  return %0 : tensor<2x3xf32>
}

// -----

// CHECK-LABEL: func.func @hardswish_scalar()
//  CHECK-NEXT:   %[[C:.+]] = arith.constant 6.665040e-01 : f16
//  CHECK-NEXT:   return %[[C]] : f16
func.func @hardswish_scalar() -> f16 {
  %a = arith.constant 1.0 : f16
  %0 = act.hardswish %a : f16
  return %0 : f16
}

// -----

// Inputs: -inf, -10, -2.5, -1, -0.5, -denormal, -0, +0, +denormal, 0.5, 1,
// 2.5, 10, +inf, NaN. -100, -104, 20, 21.
// beta * x > threshold ? x : log1p(exp(beta * x)) / beta: softplus(21) = 21,
// softplus(20) is computed.
// CHECK-LABEL: func.func @softplus_f32()
//  CHECK-NEXT:   %[[C:.+]] = arith.constant dense<[0.000000e+00, 4.53988978E-5, 0.078889735, 0.313261688, 4.740770e-01, 0.693147182, 0.693147182, 0.693147182, 0.693147182, 0.974076986, 1.31326163, 2.57888985, 10.0000458, 0x7F800000, 0x7FC00000, 3.783510e-44, 0.000000e+00, 2.000000e+01, 2.100000e+01]> : tensor<19xf32>
//  CHECK-NEXT:   return %[[C]] : tensor<19xf32>
func.func @softplus_f32() -> tensor<19xf32> {
  %a = arith.constant dense<[0xFF800000, -10.0, -2.5, -1.0, -0.5, 0x80000001, -0.0, 0.0, 0x00000001, 0.5, 1.0, 2.5, 10.0, 0x7F800000, 0x7FC00000, -100.0, -104.0, 20.0, 21.0]> : tensor<19xf32>
  %0 = act.softplus %a : tensor<19xf32>
  return %0 : tensor<19xf32>
}

// -----

// beta = 2, threshold = 10: 2 * 5.5 > 10 returns x.
// CHECK-LABEL: func.func @softplus_beta()
//  CHECK-NEXT:   %[[C:.+]] = arith.constant dense<[0.0634640083, 0.346573591, 4.50006151, 5.500000e+00, 0x7F800000, 0.000000e+00]> : tensor<6xf32>
//  CHECK-NEXT:   return %[[C]] : tensor<6xf32>
func.func @softplus_beta() -> tensor<6xf32> {
  %a = arith.constant dense<[-1.0, 0.0, 4.5, 5.5, 0x7F800000, 0xFF800000]> : tensor<6xf32>
  %0 = act.softplus %a {beta = 2.0 : f64, threshold = 10.0 : f64} : tensor<6xf32>
  return %0 : tensor<6xf32>
}

// -----

// CHECK-LABEL: func.func @softplus_f16()
//  CHECK-NEXT:   %[[C:.+]] = arith.constant dense<[0.000000e+00, 1.814270e-02, 3.132320e-01, 4.741210e-01, 6.933590e-01, 6.933590e-01, 6.933590e-01, 6.933590e-01, 9.741210e-01, 1.313480e+00, 4.019530e+00, 6.550400e+04, 0x7C00, 0x7E00]> : tensor<14xf16>
//  CHECK-NEXT:   return %[[C]] : tensor<14xf16>
func.func @softplus_f16() -> tensor<14xf16> {
  %a = arith.constant dense<[0xFC00, -4.0, -1.0, -0.5, 0x8001, -0.0, 0.0, 0x0001, 0.5, 1.0, 4.0, 0x7BFF, 0x7C00, 0x7E00]> : tensor<14xf16>
  %0 = act.softplus %a : tensor<14xf16>
  return %0 : tensor<14xf16>
}

// -----

// CHECK-LABEL: func.func @softplus_bf16()
//  CHECK-NEXT:   %[[C:.+]] = arith.constant dense<[0.000000e+00, 1.818850e-02, 3.125000e-01, 4.746090e-01, 6.914060e-01, 6.914060e-01, 6.914060e-01, 6.914060e-01, 9.726560e-01, 1.312500e+00, 4.031250e+00, 0x7F80, 0x7FC0]> : tensor<13xbf16>
//  CHECK-NEXT:   return %[[C]] : tensor<13xbf16>
func.func @softplus_bf16() -> tensor<13xbf16> {
  %a = arith.constant dense<[0xFF80, -4.0, -1.0, -0.5, 0x8001, -0.0, 0.0, 0x0001, 0.5, 1.0, 4.0, 0x7F80, 0x7FC0]> : tensor<13xbf16>
  %0 = act.softplus %a : tensor<13xbf16>
  return %0 : tensor<13xbf16>
}

// -----

// CHECK-LABEL: func.func @softplus_f64()
//  CHECK-NEXT:   %[[C:.+]] = arith.constant dense<[0.000000e+00, 4.5398899216864647E-5, 0.31326168751822281, 0.47407698418010669, 0.69314718055994529, 0.69314718055994529, 0.69314718055994529, 0.69314718055994529, 0.97407698418010669, 1.3132616875182228, 10.000045398899218, 0x7FF0000000000000, 0x7FF8000000000000, 0.000000e+00, 20.000000002061153, 3.000000e+01]> : tensor<16xf64>
//  CHECK-NEXT:   return %[[C]] : tensor<16xf64>
func.func @softplus_f64() -> tensor<16xf64> {
  %a = arith.constant dense<[0xFFF0000000000000, -10.0, -1.0, -0.5, 0x8000000000000001, -0.0, 0.0, 0x0000000000000001, 0.5, 1.0, 10.0, 0x7FF0000000000000, 0x7FF8000000000000, -800.0, 20.0, 30.0]> : tensor<16xf64>
  %0 = act.softplus %a : tensor<16xf64>
  return %0 : tensor<16xf64>
}

// -----

// CHECK-LABEL: func.func @softplus_splat()
//  CHECK-NEXT:   %[[C:.+]] = arith.constant dense<0.693147182> : tensor<2x3xf32>
//  CHECK-NEXT:   return %[[C]] : tensor<2x3xf32>
func.func @softplus_splat() -> tensor<2x3xf32> {
  %a = arith.constant dense<0.0> : tensor<2x3xf32>
  %0 = act.softplus %a : tensor<2x3xf32>
  return %0 : tensor<2x3xf32>
}

// -----

// CHECK-LABEL: func.func @softplus_scalar()
//  CHECK-NEXT:   %[[C:.+]] = arith.constant 1.9481539683602134 : f64
//  CHECK-NEXT:   return %[[C]] : f64
func.func @softplus_scalar() -> f64 {
  %a = arith.constant 1.0 : f64
  %0 = act.softplus %a {beta = 0.5 : f64} : f64
  return %0 : f64
}

// -----

// Inputs: -inf, -10, -2.5, -1, -0.5, -denormal, -0, +0, +denormal, 0.5, 1,
// 2.5, 10, +inf, NaN. -100, -200, 20.
// mish(-inf) = -0.0 (the limit).
// CHECK-LABEL: func.func @mish_f32()
//  CHECK-NEXT:   %[[C:.+]] = arith.constant dense<[-0.000000e+00, -4.539890e-04, -0.196816206, -0.30340147, -0.220743775, -1.401300e-45, -0.000000e+00, 0.000000e+00, 1.401300e-45, 0.375245214, 0.865098416, 2.47139239, 1.000000e+01, 0x7F800000, 0x7FC00000, -3.720450e-42, -0.000000e+00, 2.000000e+01]> : tensor<18xf32>
//  CHECK-NEXT:   return %[[C]] : tensor<18xf32>
func.func @mish_f32() -> tensor<18xf32> {
  %a = arith.constant dense<[0xFF800000, -10.0, -2.5, -1.0, -0.5, 0x80000001, -0.0, 0.0, 0x00000001, 0.5, 1.0, 2.5, 10.0, 0x7F800000, 0x7FC00000, -100.0, -200.0, 20.0]> : tensor<18xf32>
  %0 = act.mish %a : tensor<18xf32>
  return %0 : tensor<18xf32>
}

// -----

// CHECK-LABEL: func.func @mish_f16()
//  CHECK-NEXT:   %[[C:.+]] = arith.constant dense<[-0.000000e+00, -7.257080e-02, -3.034670e-01, -2.207030e-01, -5.960460e-08, -0.000000e+00, 0.000000e+00, 5.960460e-08, 3.752440e-01, 8.652340e-01, 3.998050e+00, 6.550400e+04, 0x7C00, 0x7E00]> : tensor<14xf16>
//  CHECK-NEXT:   return %[[C]] : tensor<14xf16>
func.func @mish_f16() -> tensor<14xf16> {
  %a = arith.constant dense<[0xFC00, -4.0, -1.0, -0.5, 0x8001, -0.0, 0.0, 0x0001, 0.5, 1.0, 4.0, 0x7BFF, 0x7C00, 0x7E00]> : tensor<14xf16>
  %0 = act.mish %a : tensor<14xf16>
  return %0 : tensor<14xf16>
}

// -----

// CHECK-LABEL: func.func @mish_bf16()
//  CHECK-NEXT:   %[[C:.+]] = arith.constant dense<[-0.000000e+00, -7.275390e-02, -3.027340e-01, -2.207030e-01, -9.183550e-41, -0.000000e+00, 0.000000e+00, 9.183550e-41, 3.750000e-01, 8.632810e-01, 4.000000e+00, 0x7F80, 0x7FC0]> : tensor<13xbf16>
//  CHECK-NEXT:   return %[[C]] : tensor<13xbf16>
func.func @mish_bf16() -> tensor<13xbf16> {
  %a = arith.constant dense<[0xFF80, -4.0, -1.0, -0.5, 0x8001, -0.0, 0.0, 0x0001, 0.5, 1.0, 4.0, 0x7F80, 0x7FC0]> : tensor<13xbf16>
  %0 = act.mish %a : tensor<13xbf16>
  return %0 : tensor<13xbf16>
}

// -----

// CHECK-LABEL: func.func @mish_f64()
//  CHECK-NEXT:   %[[C:.+]] = arith.constant dense<[-0.000000e+00, -4.5398899185674697E-4, -0.30340146137410889, -0.22074377465173001, -4.940660e-324, -0.000000e+00, 0.000000e+00, 4.940660e-324, 0.37524521130489513, 0.86509838826731034, 9.9999999587806698, 0x7FF0000000000000, 0x7FF8000000000000]> : tensor<13xf64>
//  CHECK-NEXT:   return %[[C]] : tensor<13xf64>
func.func @mish_f64() -> tensor<13xf64> {
  %a = arith.constant dense<[0xFFF0000000000000, -10.0, -1.0, -0.5, 0x8000000000000001, -0.0, 0.0, 0x0000000000000001, 0.5, 1.0, 10.0, 0x7FF0000000000000, 0x7FF8000000000000]> : tensor<13xf64>
  %0 = act.mish %a : tensor<13xf64>
  return %0 : tensor<13xf64>
}

// -----

// CHECK-LABEL: func.func @mish_splat()
//  CHECK-NEXT:   %[[C:.+]] = arith.constant dense<8.652340e-01> : vector<4xf16>
//  CHECK-NEXT:   return %[[C]] : vector<4xf16>
func.func @mish_splat() -> vector<4xf16> {
  %a = arith.constant dense<1.0> : vector<4xf16>
  %0 = act.mish %a : vector<4xf16>
  return %0 : vector<4xf16>
}

// -----

// CHECK-LABEL: func.func @mish_scalar()
//  CHECK-NEXT:   %[[C:.+]] = arith.constant -0.30340147 : f32
//  CHECK-NEXT:   return %[[C]] : f32
func.func @mish_scalar() -> f32 {
  %a = arith.constant -1.0 : f32
  %0 = act.mish %a : f32
  return %0 : f32
}

// -----

// Inputs: -inf, -10, -2.5, -1, -0.5, -denormal, -0, +0, +denormal, 0.5, 1,
// 2.5, 10, +inf, NaN. 1.5.
// x > 1 ? x : -2; NaN stays NaN.
// CHECK-LABEL: func.func @threshold_f32()
//  CHECK-NEXT:   %[[C:.+]] = arith.constant dense<[-2.000000e+00, -2.000000e+00, -2.000000e+00, -2.000000e+00, -2.000000e+00, -2.000000e+00, -2.000000e+00, -2.000000e+00, -2.000000e+00, -2.000000e+00, -2.000000e+00, 2.500000e+00, 1.000000e+01, 0x7F800000, 0x7FC00000, 1.500000e+00]> : tensor<16xf32>
//  CHECK-NEXT:   return %[[C]] : tensor<16xf32>
func.func @threshold_f32() -> tensor<16xf32> {
  %a = arith.constant dense<[0xFF800000, -10.0, -2.5, -1.0, -0.5, 0x80000001, -0.0, 0.0, 0x00000001, 0.5, 1.0, 2.5, 10.0, 0x7F800000, 0x7FC00000, 1.5]> : tensor<16xf32>
  %0 = act.threshold %a {threshold = 1.0 : f64, value = -2.0 : f64} : tensor<16xf32>
  return %0 : tensor<16xf32>
}

// -----

// value defaults to +0.
// CHECK-LABEL: func.func @threshold_default_value()
//  CHECK-NEXT:   %[[C:.+]] = arith.constant dense<[0.000000e+00, 0.000000e+00, 0.000000e+00, 1.401300e-45, 1.000000e+00]> : tensor<5xf32>
//  CHECK-NEXT:   return %[[C]] : tensor<5xf32>
func.func @threshold_default_value() -> tensor<5xf32> {
  %a = arith.constant dense<[-1.0, -0.0, 0.0, 0x00000001, 1.0]> : tensor<5xf32>
  %0 = act.threshold %a {threshold = 0.0 : f64} : tensor<5xf32>
  return %0 : tensor<5xf32>
}

// -----

// The threshold 0.1 is rounded to f32 (0x3DCCCCCD) for the comparison.
// CHECK-LABEL: func.func @threshold_compare_in_f32()
//  CHECK-NEXT:   %[[C:.+]] = arith.constant dense<[0.000000e+00, 0.100000009]> : tensor<2xf32>
//  CHECK-NEXT:   return %[[C]] : tensor<2xf32>
func.func @threshold_compare_in_f32() -> tensor<2xf32> {
  %a = arith.constant dense<[0x3DCCCCCD, 0x3DCCCCCE]> : tensor<2xf32>
  %0 = act.threshold %a {threshold = 0.1 : f64, value = 0.0 : f64} : tensor<2xf32>
  return %0 : tensor<2xf32>
}

// -----

// f16: compared in f32 against 0.1f; value 0.1 is rounded to f16.
// CHECK-LABEL: func.func @threshold_f16()
//  CHECK-NEXT:   %[[C:.+]] = arith.constant dense<[9.997550e-02, 9.997550e-02, 9.997550e-02, 9.997550e-02, 9.997550e-02, 9.997550e-02, 9.997550e-02, 9.997550e-02, 5.000000e-01, 1.000000e+00, 4.000000e+00, 6.550400e+04, 0x7C00, 0x7E00, 9.997550e-02, 1.000370e-01]> : tensor<16xf16>
//  CHECK-NEXT:   return %[[C]] : tensor<16xf16>
func.func @threshold_f16() -> tensor<16xf16> {
  %a = arith.constant dense<[0xFC00, -4.0, -1.0, -0.5, 0x8001, -0.0, 0.0, 0x0001, 0.5, 1.0, 4.0, 0x7BFF, 0x7C00, 0x7E00, 0x2E66, 0x2E67]> : tensor<16xf16>
  %0 = act.threshold %a {threshold = 0.1 : f64, value = 0.1 : f64} : tensor<16xf16>
  return %0 : tensor<16xf16>
}

// -----

// CHECK-LABEL: func.func @threshold_bf16()
//  CHECK-NEXT:   %[[C:.+]] = arith.constant dense<[5.000000e+00, 5.000000e+00, 5.000000e+00, -5.000000e-01, -9.183550e-41, -0.000000e+00, 0.000000e+00, 9.183550e-41, 5.000000e-01, 1.000000e+00, 4.000000e+00, 0x7F80, 0x7FC0]> : tensor<13xbf16>
//  CHECK-NEXT:   return %[[C]] : tensor<13xbf16>
func.func @threshold_bf16() -> tensor<13xbf16> {
  %a = arith.constant dense<[0xFF80, -4.0, -1.0, -0.5, 0x8001, -0.0, 0.0, 0x0001, 0.5, 1.0, 4.0, 0x7F80, 0x7FC0]> : tensor<13xbf16>
  %0 = act.threshold %a {threshold = -1.0 : f64, value = 5.0 : f64} : tensor<13xbf16>
  return %0 : tensor<13xbf16>
}

// -----

// CHECK-LABEL: func.func @threshold_f64()
//  CHECK-NEXT:   %[[C:.+]] = arith.constant dense<[-0.000000e+00, -0.000000e+00, -0.000000e+00, -0.000000e+00, -0.000000e+00, -0.000000e+00, -0.000000e+00, -0.000000e+00, -0.000000e+00, 1.000000e+00, 1.000000e+01, 0x7FF0000000000000, 0x7FF8000000000000]> : tensor<13xf64>
//  CHECK-NEXT:   return %[[C]] : tensor<13xf64>
func.func @threshold_f64() -> tensor<13xf64> {
  %a = arith.constant dense<[0xFFF0000000000000, -10.0, -1.0, -0.5, 0x8000000000000001, -0.0, 0.0, 0x0000000000000001, 0.5, 1.0, 10.0, 0x7FF0000000000000, 0x7FF8000000000000]> : tensor<13xf64>
  %0 = act.threshold %a {threshold = 0.5 : f64, value = -0.0 : f64} : tensor<13xf64>
  return %0 : tensor<13xf64>
}

// -----

// CHECK-LABEL: func.func @threshold_splat()
//  CHECK-NEXT:   %[[C:.+]] = arith.constant dense<7.000000e+00> : tensor<2x3xf32>
//  CHECK-NEXT:   return %[[C]] : tensor<2x3xf32>
func.func @threshold_splat() -> tensor<2x3xf32> {
  %a = arith.constant dense<0.5> : tensor<2x3xf32>
  %0 = act.threshold %a {threshold = 1.0 : f64, value = 7.0 : f64} : tensor<2x3xf32>
  return %0 : tensor<2x3xf32>
}

// -----

// CHECK-LABEL: func.func @threshold_scalar()
//  CHECK-NEXT:   %[[C:.+]] = arith.constant 2.000000e+00 : f64
//  CHECK-NEXT:   return %[[C]] : f64
func.func @threshold_scalar() -> f64 {
  %a = arith.constant 2.0 : f64
  %0 = act.threshold %a {threshold = 1.0 : f64} : f64
  return %0 : f64
}

// -----

// (dy, x) -> x <= 0 ? +0 : dy; a NaN x passes dy; a NaN dy gives +0 where x <= 0.
// CHECK-LABEL: func.func @relu_grad_f32()
//  CHECK-NEXT:   %[[C:.+]] = arith.constant dense<[0.000000e+00, 0.000000e+00, 0.000000e+00, 0.000000e+00, 5.000000e+00, 6.000000e+00, 7.000000e+00, 8.000000e+00, 0.000000e+00, 0x7FC00000]> : tensor<10xf32>
//  CHECK-NEXT:   return %[[C]] : tensor<10xf32>
func.func @relu_grad_f32() -> tensor<10xf32> {
  %a = arith.constant dense<[1.0, 2.0, 3.0, 4.0, 5.0, 6.0, 7.0, 8.0, 0x7FC00000, 0x7FC00000]> : tensor<10xf32>
  %b = arith.constant dense<[0xFF800000, -1.0, -0.0, 0.0, 0x00000001, 1.0, 0x7F800000, 0x7FC00000, -1.0, 1.0]> : tensor<10xf32>
  %0 = act.relu_grad %a, %b : tensor<10xf32>
  return %0 : tensor<10xf32>
}

// -----

// dy is passed unchanged, -0.0 included.
// CHECK-LABEL: func.func @relu_grad_negative_dy()
//  CHECK-NEXT:   %[[C:.+]] = arith.constant dense<[-1.000000e+00, -0.000000e+00, 0.000000e+00]> : tensor<3xf32>
//  CHECK-NEXT:   return %[[C]] : tensor<3xf32>
func.func @relu_grad_negative_dy() -> tensor<3xf32> {
  %a = arith.constant dense<[-1.0, -0.0, -0.0]> : tensor<3xf32>
  %b = arith.constant dense<[2.0, 2.0, -2.0]> : tensor<3xf32>
  %0 = act.relu_grad %a, %b : tensor<3xf32>
  return %0 : tensor<3xf32>
}

// -----

// CHECK-LABEL: func.func @relu_grad_f16()
//  CHECK-NEXT:   %[[C:.+]] = arith.constant dense<[0.000000e+00, 1.500000e+00, 1.500000e+00, 0xFE00]> : tensor<4xf16>
//  CHECK-NEXT:   return %[[C]] : tensor<4xf16>
func.func @relu_grad_f16() -> tensor<4xf16> {
  %a = arith.constant dense<[1.5, 1.5, 1.5, 0xFE00]> : tensor<4xf16>
  %b = arith.constant dense<[-1.0, 0x0001, 0x7E00, 1.0]> : tensor<4xf16>
  %0 = act.relu_grad %a, %b : tensor<4xf16>
  return %0 : tensor<4xf16>
}

// -----

// CHECK-LABEL: func.func @relu_grad_bf16()
//  CHECK-NEXT:   %[[C:.+]] = arith.constant dense<[0.000000e+00, 3.000000e+00]> : tensor<2xbf16>
//  CHECK-NEXT:   return %[[C]] : tensor<2xbf16>
func.func @relu_grad_bf16() -> tensor<2xbf16> {
  %a = arith.constant dense<[3.0, 3.0]> : tensor<2xbf16>
  %b = arith.constant dense<[-0.0, 0.5]> : tensor<2xbf16>
  %0 = act.relu_grad %a, %b : tensor<2xbf16>
  return %0 : tensor<2xbf16>
}

// -----

// CHECK-LABEL: func.func @relu_grad_f64()
//  CHECK-NEXT:   %[[C:.+]] = arith.constant dense<[0.000000e+00, 2.000000e+00, 3.000000e+00]> : tensor<3xf64>
//  CHECK-NEXT:   return %[[C]] : tensor<3xf64>
func.func @relu_grad_f64() -> tensor<3xf64> {
  %a = arith.constant dense<[1.0, 2.0, 3.0]> : tensor<3xf64>
  %b = arith.constant dense<[-0.0, 0x0000000000000001, 0x7FF8000000000000]> : tensor<3xf64>
  %0 = act.relu_grad %a, %b : tensor<3xf64>
  return %0 : tensor<3xf64>
}

// -----

// CHECK-LABEL: func.func @relu_grad_splat()
//  CHECK-NEXT:   %[[C:.+]] = arith.constant dense<2.000000e+00> : tensor<2x3xf32>
//  CHECK-NEXT:   return %[[C]] : tensor<2x3xf32>
func.func @relu_grad_splat() -> tensor<2x3xf32> {
  %a = arith.constant dense<2.0> : tensor<2x3xf32>
  %b = arith.constant dense<1.0> : tensor<2x3xf32>
  %0 = act.relu_grad %a, %b : tensor<2x3xf32>
  return %0 : tensor<2x3xf32>
}

// -----

// CHECK-LABEL: func.func @relu_grad_splat_dy()
//  CHECK-NEXT:   %[[C:.+]] = arith.constant dense<[0.000000e+00, 0.000000e+00, 2.000000e+00]> : tensor<3xf32>
//  CHECK-NEXT:   return %[[C]] : tensor<3xf32>
func.func @relu_grad_splat_dy() -> tensor<3xf32> {
  %a = arith.constant dense<2.0> : tensor<3xf32>
  %b = arith.constant dense<[-1.0, 0.0, 1.0]> : tensor<3xf32>
  %0 = act.relu_grad %a, %b : tensor<3xf32>
  return %0 : tensor<3xf32>
}

// -----

// CHECK-LABEL: func.func @relu_grad_scalar()
//  CHECK-NEXT:   %[[C:.+]] = arith.constant 5.000000e+00 : f32
//  CHECK-NEXT:   return %[[C]] : f32
func.func @relu_grad_scalar() -> f32 {
  %a = arith.constant 5.0 : f32
  %b = arith.constant 3.0 : f32
  %0 = act.relu_grad %a, %b : f32
  return %0 : f32
}

// -----

// relu_grad with a constant x <= 0 (no NaN) is +0 whatever dy is.
// CHECK-LABEL: func.func @relu_grad_nonpositive_x(
//  CHECK-NEXT:   %[[C:.+]] = arith.constant dense<0.000000e+00> : tensor<4xf32>
//  CHECK-NEXT:   return %[[C]] : tensor<4xf32>
func.func @relu_grad_nonpositive_x(%dy: tensor<4xf32>) -> tensor<4xf32> {
  %x = arith.constant dense<[0xFF800000, -1.0, -0.0, 0.0]> : tensor<4xf32>
  %0 = act.relu_grad %dy, %x : tensor<4xf32>
  return %0 : tensor<4xf32>
}

// -----

// relu_grad with a splat constant x <= 0 and a non-constant dy folds to zeros.
// CHECK-LABEL: func.func @relu_grad_nonpositive_splat_x(
//  CHECK-NEXT:   %[[C:.+]] = arith.constant dense<0.000000e+00> : vector<8xf16>
//  CHECK-NEXT:   return %[[C]] : vector<8xf16>
func.func @relu_grad_nonpositive_splat_x(%dy: vector<8xf16>) -> vector<8xf16> {
  %x = arith.constant dense<-2.0> : vector<8xf16>
  %0 = act.relu_grad %dy, %x : vector<8xf16>
  return %0 : vector<8xf16>
}

// -----

// relu_grad on scalars with a constant x <= 0.
// CHECK-LABEL: func.func @relu_grad_nonpositive_scalar_x(
//  CHECK-NEXT:   %[[C:.+]] = arith.constant 0.000000e+00 : f64
//  CHECK-NEXT:   return %[[C]] : f64
func.func @relu_grad_nonpositive_scalar_x(%dy: f64) -> f64 {
  %x = arith.constant -0.0 : f64
  %0 = act.relu_grad %dy, %x : f64
  return %0 : f64
}

// -----

// clamp with min = max and nan_mode = ignore is a constant, even for a
// non-constant input.
// CHECK-LABEL: func.func @clamp_point_ignore(
//  CHECK-NEXT:   %[[C:.+]] = arith.constant dense<2.500000e+00> : tensor<4xf32>
//  CHECK-NEXT:   return %[[C]] : tensor<4xf32>
func.func @clamp_point_ignore(%x: tensor<4xf32>) -> tensor<4xf32> {
  %0 = act.clamp %x {max = 2.5 : f64, min = 2.5 : f64, nan_mode = #act.nan_mode<ignore>} : tensor<4xf32>
  return %0 : tensor<4xf32>
}

// -----

// Integer clamp with min = max is a constant (integers have no NaN).
// CHECK-LABEL: func.func @clamp_point_integer(
//  CHECK-NEXT:   %[[C:.+]] = arith.constant -3 : i8
//  CHECK-NEXT:   return %[[C]] : i8
func.func @clamp_point_integer(%x: i8) -> i8 {
  %0 = act.clamp %x {max = -3.0 : f64, min = -3.0 : f64} : i8
  return %0 : i8
}

// -----

// Constants folded through a chain of ops.
// CHECK-LABEL: func.func @chain()
//  CHECK-NEXT:   %[[C:.+]] = arith.constant dense<[0.000000e+00, 6.000000e+00]> : tensor<2xf32>
//  CHECK-NEXT:   return %[[C]] : tensor<2xf32>
func.func @chain() -> tensor<2xf32> {
  %c = arith.constant dense<[-10.0, 10.0]> : tensor<2xf32>
  %0 = act.leaky_relu %c : tensor<2xf32>
  %1 = act.relu %0 : tensor<2xf32>
  %2 = act.clamp %1 {max = 6.0 : f64, min = 0.0 : f64} : tensor<2xf32>
  return %2 : tensor<2xf32>
}

// -----

// fastmath does not change the folded value.
// CHECK-LABEL: func.func @fastmath_fold()
//  CHECK-NEXT:   %[[C:.+]] = arith.constant 0.000000e+00 : f32
//  CHECK-NEXT:   return %[[C]] : f32
func.func @fastmath_fold() -> f32 {
  %c = arith.constant -0.0 : f32
  %0 = act.relu %c fastmath<fast> : f32
  return %0 : f32
}
