// RUN: act-opt %s --convert-act-to-arith --split-input-file | FileCheck %s
// RUN: act-opt %s --convert-act-to-arith="select-bounds=false" --split-input-file | FileCheck %s --check-prefix=MINMAX
// RUN: act-opt %s --convert-act-to-arith="inline-gelu=false" --split-input-file | FileCheck %s --check-prefix=NOINLINE

// relu is IEEE maximum with +0: NaN propagates, relu(-0) = +0. As a compare
// and a select: x <= +0 (ordered: NaN is false and passes through, -0 is true
// and gives +0). select-bounds=false keeps arith.maximumf.
// CHECK-LABEL: func @relu
//  CHECK-SAME:   (%[[X:.*]]: f32)
//       CHECK:   %[[Z:.*]] = arith.constant 0.000000e+00 : f32
//       CHECK:   %[[C:.*]] = arith.cmpf ole, %[[X]], %[[Z]] : f32
//       CHECK:   %[[R:.*]] = arith.select %[[C]], %[[Z]], %[[X]] : f32
//       CHECK:   return %[[R]]
// MINMAX-LABEL: func @relu
//       MINMAX:   arith.maximumf %{{.*}}, %{{.*}} : f32
//   MINMAX-NOT:   arith.select
func.func @relu(%x: f32) -> f32 {
  %0 = act.relu %x : f32
  return %0 : f32
}

// -----

// relu with nan_mode = ignore: the unordered x <= 0 sends NaN and -0 to +0.
// CHECK-LABEL: func @relu_ignore
//  CHECK-SAME:   (%[[X:.*]]: vector<8xf16>)
//       CHECK:   %[[Z:.*]] = arith.constant dense<0.000000e+00> : vector<8xf16>
//       CHECK:   %[[C:.*]] = arith.cmpf ule, %[[X]], %[[Z]] : vector<8xf16>
//       CHECK:   arith.select %[[C]], %[[Z]], %[[X]]
// MINMAX-LABEL: func @relu_ignore
//       MINMAX:   arith.cmpf ule
func.func @relu_ignore(%x: vector<8xf16>) -> vector<8xf16> {
  %0 = act.relu %x {nan_mode = #act.nan_mode<ignore>} : vector<8xf16>
  return %0 : vector<8xf16>
}

// -----

// clamp = minimum(maximum(x, lo), hi): x < lo ? lo : x, then > hi ? hi : the
// result; NaN passes both ordered comparisons.
// CHECK-LABEL: func @clamp
//  CHECK-SAME:   (%[[X:.*]]: f16)
//   CHECK-DAG:   %[[LO:.*]] = arith.constant -1.500000e+00 : f16
//   CHECK-DAG:   %[[HI:.*]] = arith.constant 3.250000e+00 : f16
//       CHECK:   %[[C1:.*]] = arith.cmpf olt, %[[X]], %[[LO]] : f16
//       CHECK:   %[[M:.*]] = arith.select %[[C1]], %[[LO]], %[[X]] : f16
//       CHECK:   %[[C2:.*]] = arith.cmpf ogt, %[[M]], %[[HI]] : f16
//       CHECK:   %[[R:.*]] = arith.select %[[C2]], %[[HI]], %[[M]] : f16
//       CHECK:   return %[[R]]
// MINMAX-LABEL: func @clamp
//       MINMAX:   arith.maximumf
//       MINMAX:   arith.minimumf
func.func @clamp(%x: f16) -> f16 {
  %0 = act.clamp %x {min = -1.5 : f64, max = 3.25 : f64} : f16
  return %0 : f16
}

// -----

// bf16 compares through an f32 extension: both bounds are compared with x
// itself (one extension); x < lo gives lo, else minimum(x, hi).
// CHECK-LABEL: func @clamp_bf16
//  CHECK-SAME:   (%[[X:.*]]: vector<32xbf16>)
//   CHECK-DAG:   %[[HI:.*]] = arith.constant dense<6.000000e+00> : vector<32xbf16>
//   CHECK-DAG:   %[[LO:.*]] = arith.constant dense<0.000000e+00> : vector<32xbf16>
//       CHECK:   %[[C2:.*]] = arith.cmpf ogt, %[[X]], %[[HI]]
//       CHECK:   %[[M:.*]] = arith.select %[[C2]], %[[HI]], %[[X]]
//       CHECK:   %[[C1:.*]] = arith.cmpf ole, %[[X]], %[[LO]]
//       CHECK:   %[[R:.*]] = arith.select %[[C1]], %{{.*}}, %[[M]]
//       CHECK:   return %[[R]]
func.func @clamp_bf16(%x: vector<32xbf16>) -> vector<32xbf16> {
  %0 = act.clamp %x {min = 0.0 : f64, max = 6.0 : f64} : vector<32xbf16>
  return %0 : vector<32xbf16>
}

// -----

// Signed zeros: maximum(-0, +0) = +0 needs x <= +0, minimum(+0, -0) = -0
// needs x >= -0; bounds -0 (below) and +0 (above) take the strict forms.
// A bound that rounds to +0 in the element type counts as +0.
// CHECK-LABEL: func @clamp_zeros
//       CHECK:   arith.cmpf ole
//       CHECK:   arith.cmpf ogt
//       CHECK:   arith.cmpf olt
//       CHECK:   arith.cmpf ogt
//       CHECK:   arith.cmpf olt
//       CHECK:   arith.cmpf oge
//       CHECK:   arith.cmpf ole, %{{.*}}, %{{.*}} : f16
func.func @clamp_zeros(%x: f32, %y: f16) -> (f32, f32, f32, f16) {
  %0 = act.clamp %x {min = 0.0 : f64, max = 1.0 : f64} : f32
  %1 = act.clamp %x {min = -0.0 : f64, max = 0.0 : f64} : f32
  %3 = act.clamp %x {min = -1.0 : f64, max = -0.0 : f64} : f32
  %2 = act.clamp %y {min = 1.0e-10 : f64, max = 1.0 : f64} : f16
  return %0, %1, %3, %2 : f32, f32, f32, f16
}

// -----

// clamp with nan_mode = ignore: the unordered x < lo sends NaN to lo.
// CHECK-LABEL: func @clamp_ignore
//       CHECK:   arith.cmpf ult
//       CHECK:   arith.cmpf ogt
//   CHECK-NOT:   arith.cmpf
func.func @clamp_ignore(%x: vector<4xf32>) -> vector<4xf32> {
  %0 = act.clamp %x {min = -1.0 : f64, max = 1.0 : f64, nan_mode = #act.nan_mode<ignore>} : vector<4xf32>
  return %0 : vector<4xf32>
}

// -----

// The bounds inside hardsigmoid are the same selects, in f32.
// CHECK-LABEL: func @hardsigmoid
//       CHECK:   arith.cmpf ole, %{{.*}}, %{{.*}} : f32
//       CHECK:   arith.cmpf ogt, %{{.*}}, %{{.*}} : f32
//   CHECK-NOT:   arith.maximumf
func.func @hardsigmoid(%x: f16) -> f16 {
  %0 = act.hardsigmoid %x : f16
  return %0 : f16
}

// -----

// Integer relu and clamp are signed.
// CHECK-LABEL: func @integer
//       CHECK:   arith.maxsi
//       CHECK:   arith.maxsi
//       CHECK:   arith.minsi
func.func @integer(%x: i8, %y: vector<4xi32>) -> (i8, vector<4xi32>) {
  %0 = act.relu %x : i8
  %1 = act.clamp %y {min = -3.0 : f64, max = 6.0 : f64} : vector<4xi32>
  return %0, %1 : i8, vector<4xi32>
}

// -----

// f16 computes in f32 and rounds once; fastmath flags are copied.
// CHECK-LABEL: func @leaky_f16
//       CHECK:   %[[E:.*]] = arith.extf %{{.*}} : f16 to f32
//       CHECK:   %[[M:.*]] = arith.mulf %[[E]], %{{.*}} fastmath<nsz> : f32
//       CHECK:   %[[C:.*]] = arith.cmpf ogt, %[[E]], %[[M]] fastmath<nsz> : f32
//       CHECK:   %[[S:.*]] = arith.select %[[C]], %[[E]], %[[M]] : f32
//       CHECK:   arith.truncf %[[S]] : f32 to f16
func.func @leaky_f16(%x: f16) -> f16 {
  %0 = act.leaky_relu %x fastmath<nsz> : f16
  return %0 : f16
}

// -----

// leaky_relu compares x with x * alpha for 0 < alpha <= 1 (x > x * alpha:
// one max instruction on x86) and for alpha > 1 (x < x * alpha: one min),
// with 0 otherwise (alpha = 0: +inf * 0 is NaN; alpha < 0: the product is
// on the other side of 0).
// CHECK-LABEL: func @leaky_alphas
//       CHECK:   %[[M1:.*]] = arith.mulf %[[X:.*]], %{{.*}} : f32
//       CHECK:   %[[C1:.*]] = arith.cmpf ogt, %[[X]], %[[M1]] : f32
//       CHECK:   arith.select %[[C1]], %[[X]], %[[M1]] : f32
//       CHECK:   %[[M2:.*]] = arith.mulf %[[X]], %{{.*}} : f32
//       CHECK:   %[[C2:.*]] = arith.cmpf olt, %[[X]], %[[M2]] : f32
//       CHECK:   arith.select %[[C2]], %[[X]], %[[M2]] : f32
//       CHECK:   %[[M3:.*]] = arith.mulf %[[X]], %{{.*}} : f32
//       CHECK:   %[[C3:.*]] = arith.cmpf ogt, %[[X]], %[[Z:.*]] : f32
//       CHECK:   arith.select %[[C3]], %[[X]], %[[M3]] : f32
//       CHECK:   %[[M4:.*]] = arith.mulf %[[X]], %{{.*}} : f32
//       CHECK:   %[[C4:.*]] = arith.cmpf ogt, %[[X]], %[[Z]] : f32
//       CHECK:   arith.select %[[C4]], %[[X]], %[[M4]] : f32
func.func @leaky_alphas(%x: f32) -> (f32, f32, f32, f32) {
  %0 = act.leaky_relu %x {alpha = 1.0 : f64} : f32
  %1 = act.leaky_relu %x {alpha = 3.0 : f64} : f32
  %2 = act.leaky_relu %x {alpha = 0.0 : f64} : f32
  %3 = act.leaky_relu %x {alpha = -0.5 : f64} : f32
  return %0, %1, %2, %3 : f32, f32, f32, f32
}

// -----

// ELU uses expm1 (no cancellation near 0).
// CHECK-LABEL: func @elu
//       CHECK:   math.expm1
//   CHECK-NOT:   math.exp
func.func @elu(%x: f64) -> f64 {
  %0 = act.elu %x : f64
  return %0 : f64
}

// -----

// GELU in f32 with its erfc inline (inline-gelu, the default): with
// a = min(|x|, 13.25), x Phi(x) = xs - a Phi(-a) in one FMA, xs = x for
// x >= +0 and -0 below (an unsigned minimum with 0x80000000 on the bits);
// Phi(-a) = t P(t) exp(-a^2 / 2), t = 1 / (1 + 3/8 a); the exp reduced
// without a float-to-integer conversion or clamp, its reduced argument from
// the exact product a (-a / 2); the division's residual `e` (an FMA) folded
// into expm1's result. One division, no math.erfc, no math.exp.
// f64, and inline-gelu=false: 0.5 x erfc(-x / sqrt 2), -inf selected.
// CHECK-LABEL: func @gelu
//  CHECK-SAME:   (%[[X:.*]]: f32, %[[Y:.*]]: f64)
//   CHECK-NOT:   math.exp
//   CHECK-DAG:   %[[BOUND:.*]] = arith.constant 1.325000e+01 : f32
//   CHECK-DAG:   %[[MHALF:.*]] = arith.constant -5.000000e-01 : f32
//   CHECK-DAG:   %[[P:.*]] = arith.constant 3.750000e-01 : f32
//   CHECK-DAG:   %[[ONE:.*]] = arith.constant 1.000000e+00 : f32
//   CHECK-DAG:   %[[SIGN:.*]] = arith.constant -2147483648 : i32
//       CHECK:   %[[ABS:.*]] = math.absf %[[X]]
//       CHECK:   %[[BIG:.*]] = arith.cmpf ogt, %[[ABS]], %[[BOUND]]
//       CHECK:   %[[A:.*]] = arith.select %[[BIG]], %[[BOUND]], %[[ABS]]
//       CHECK:   %[[MHA:.*]] = arith.mulf %[[A]], %[[MHALF]]
//       CHECK:   %[[G:.*]] = arith.mulf %[[A]], %[[MHA]]
//       CHECK:   %[[D:.*]] = math.fma %[[A]], %[[P]], %[[ONE]]
//       CHECK:   %[[T:.*]] = arith.divf %[[ONE]], %[[D]]
//   CHECK-NOT:   arith.cmpf olt
//       CHECK:   %[[SHIFTED:.*]] = math.fma %[[G]], %{{.*}}, %{{.*}}
//       CHECK:   %[[K:.*]] = arith.subf %[[SHIFTED]]
//       CHECK:   %[[KH:.*]] = arith.mulf %[[K]]
//       CHECK:   %[[R0:.*]] = math.fma %[[A]], %[[MHA]], %[[KH]]
//       CHECK:   %[[R:.*]] = math.fma %[[K]], %{{.*}}, %[[R0]]
//       CHECK:   %[[NEGT:.*]] = arith.negf %[[T]]
//       CHECK:   %[[E:.*]] = math.fma %[[NEGT]], %[[D]], %[[ONE]]
//       CHECK:   %[[M:.*]] = math.fma %[[E]], %{{.*}}, %{{.*}}
//       CHECK:   %[[TP:.*]] = arith.mulf %[[T]]
//       CHECK:   %[[SCALED:.*]] = arith.mulf %[[TP]]
//       CHECK:   %[[LOWER:.*]] = math.fma %[[SCALED]], %[[M]], %[[SCALED]]
//       CHECK:   %[[XBITS:.*]] = arith.bitcast %[[X]] : f32 to i32
//       CHECK:   %[[XSBITS:.*]] = arith.minui %[[XBITS]], %[[SIGN]]
//       CHECK:   %[[XS:.*]] = arith.bitcast %[[XSBITS]] : i32 to f32
//       CHECK:   %[[NEGA:.*]] = arith.negf %[[A]]
//       CHECK:   %[[R:.*]] = math.fma %[[NEGA]], %[[LOWER]], %[[XS]]
//       CHECK:   %[[NAN:.*]] = arith.cmpf uno, %[[X]], %[[X]]
//       CHECK:   arith.select %[[NAN]], %{{.*}}, %[[R]]
//       CHECK:   math.erfc %{{.*}} : f64
//       CHECK:   %[[NINF:.*]] = arith.cmpf oeq, %{{.*}}, %{{.*}} : f64
//       CHECK:   arith.select %[[NINF]]
// NOINLINE-LABEL: func @gelu
//   NOINLINE-NOT:   arith.divf
//       NOINLINE:   math.erfc %{{.*}} : f32
//       NOINLINE:   %[[NINF:.*]] = arith.cmpf oeq, %{{.*}}, %{{.*}} : f32
//       NOINLINE:   arith.select %[[NINF]]
//       NOINLINE:   math.erfc %{{.*}} : f64
func.func @gelu(%x: f32, %y: f64) -> (f32, f64) {
  %0 = act.gelu %x : f32
  %1 = act.gelu %y : f64
  return %0, %1 : f32, f64
}

// -----

// Rounded to bf16, the inline GELU takes the short pieces: 14 FMAs instead
// of 22 (P of degree 5 instead of 9, expm1's Q of degree 3 instead of 5, no
// correction of the division's rounding).
// CHECK-LABEL: func @gelu_bf16
//   CHECK-NOT:   math.erfc
// CHECK-COUNT-14: math.fma
//   CHECK-NOT:   math.fma
//       CHECK:   arith.truncf %{{.*}} : f32 to bf16
// CHECK-LABEL: func @gelu_f32
// CHECK-COUNT-22: math.fma
//   CHECK-NOT:   math.fma
//       CHECK:   return
func.func @gelu_bf16(%x: bf16) -> bf16 {
  %0 = act.gelu %x : bf16
  return %0 : bf16
}
func.func @gelu_f32(%x: f32) -> f32 {
  %0 = act.gelu %x : f32
  return %0 : f32
}

// -----

// GELU (tanh form) computed in f32: xs - a E / (1 + E), a = min(|x|,
// 10.03125), E = exp(-a Q), Q = K1 + K3 a^2. -Q is Qn = RN(-K3h s - K1h)
// (K1h = 1.595703125, 12 bits, so -K1h - Qn is exact) plus a correction
// (Qn's rounding, a^2's rounding se, the constants' low parts) added to the
// exp's reduced argument, which comes from the exact product a Qn. No
// double-word arithmetic, no math.exp, one division, the sign by one FMA.
// f64, and inline-gelu=false: the double-word argument, math.exp and the
// -inf select.
// CHECK-LABEL: func @gelu_tanh
//  CHECK-SAME:   (%[[X:.*]]: f32, %[[Y:.*]]: f64)
//   CHECK-NOT:   math.exp
//   CHECK-DAG:   %[[ZERO:.*]] = arith.constant 0.000000e+00 : f32
//   CHECK-DAG:   %[[BOUND:.*]] = arith.constant 10.03125 : f32
//   CHECK-DAG:   %[[K3:.*]] = arith.constant 0.0713548139 : f32
//   CHECK-DAG:   %[[MK3:.*]] = arith.constant -0.0713548139 : f32
//   CHECK-DAG:   %[[MK1:.*]] = arith.constant -1.59570313 : f32
//   CHECK-DAG:   %[[MONE:.*]] = arith.constant -1.000000e+00 : f32
//   CHECK-DAG:   %[[SIGN:.*]] = arith.constant -2147483648 : i32
//       CHECK:   %[[ABS:.*]] = math.absf %[[X]]
//       CHECK:   %[[BIG:.*]] = arith.cmpf ogt, %[[ABS]], %[[BOUND]]
//       CHECK:   %[[A:.*]] = arith.select %[[BIG]], %[[BOUND]], %[[ABS]]
//       CHECK:   %[[NEGA:.*]] = arith.negf %[[A]]
//       CHECK:   %[[MS:.*]] = math.fma %[[NEGA]], %[[A]], %[[ZERO]]
//       CHECK:   %[[QN:.*]] = math.fma %[[MS]], %[[K3]], %[[MK1]]
//       CHECK:   %[[PROD:.*]] = arith.mulf %[[A]], %[[QN]]
//       CHECK:   %[[SHIFTED:.*]] = math.fma %[[PROD]], %{{.*}}, %{{.*}}
//       CHECK:   %[[K:.*]] = arith.subf %[[SHIFTED]]
//       CHECK:   %[[KH:.*]] = arith.mulf %[[K]]
//       CHECK:   %[[R0:.*]] = math.fma %[[A]], %[[QN]], %[[KH]]
//       CHECK:   %[[R1:.*]] = math.fma %[[K]], %{{.*}}, %[[R0]]
//       CHECK:   %[[SCALE:.*]] = arith.bitcast %{{.*}} : i32 to f32
//       CHECK:   %[[D:.*]] = arith.subf %[[MK1]], %[[QN]]
//       CHECK:   %[[ROUNDING:.*]] = math.fma %[[MS]], %[[K3]], %[[D]]
//       CHECK:   %[[SE:.*]] = math.fma %[[A]], %[[A]], %[[MS]]
//       CHECK:   %[[LOW:.*]] = math.fma %[[MS]], %{{.*}}, %{{.*}}
//       CHECK:   %[[C0:.*]] = math.fma %[[SE]], %[[MK3]], %[[LOW]]
//       CHECK:   %[[C:.*]] = arith.addf %[[C0]], %[[ROUNDING]]
//       CHECK:   %[[R:.*]] = math.fma %[[A]], %[[C]], %[[R1]]
// CHECK-COUNT-5:   math.fma %{{.*}}, %[[R]], %{{.*}}
//       CHECK:   %[[M:.*]] = arith.mulf %{{.*}}, %[[R]]
//       CHECK:   %[[E:.*]] = math.fma %[[SCALE]], %[[M]], %[[SCALE]]
//       CHECK:   %[[DEN:.*]] = arith.subf %[[MONE]], %[[E]]
//       CHECK:   %[[RATIO:.*]] = arith.divf %[[E]], %[[DEN]]
//       CHECK:   %[[XBITS:.*]] = arith.bitcast %[[X]] : f32 to i32
//       CHECK:   %[[XSBITS:.*]] = arith.minui %[[XBITS]], %[[SIGN]]
//       CHECK:   %[[XS:.*]] = arith.bitcast %[[XSBITS]] : i32 to f32
//       CHECK:   %[[RES:.*]] = math.fma %[[A]], %[[RATIO]], %[[XS]]
//       CHECK:   %[[NAN:.*]] = arith.cmpf uno, %[[X]], %[[X]]
//       CHECK:   arith.select %[[NAN]], %{{.*}}, %[[RES]]
//       CHECK:   math.exp %{{.*}} {act.nonpositive_argument} : f64
//       CHECK:   %[[NINF:.*]] = arith.cmpf oeq, %{{.*}}, %{{.*}} : f64
//       CHECK:   arith.select %[[NINF]]
// NOINLINE-LABEL: func @gelu_tanh
//   NOINLINE-NOT:   arith.minui
//       NOINLINE:   math.exp %{{.*}} {act.nonpositive_argument} : f32
//       NOINLINE:   %[[NINF:.*]] = arith.cmpf oeq, %{{.*}}, %{{.*}} : f32
//       NOINLINE:   arith.select %[[NINF]]
//       NOINLINE:   math.exp %{{.*}} {act.nonpositive_argument} : f64
func.func @gelu_tanh(%x: f32, %y: f64) -> (f32, f64) {
  %0 = act.gelu %x {approximate = #act.approximate<tanh>} : f32
  %1 = act.gelu %y {approximate = #act.approximate<tanh>} : f64
  return %0, %1 : f32, f64
}

// -----

// Rounded to bf16, GELU (tanh form) leaves out the correction of -Q (its
// relative size is below 2^-21) and takes expm1's short Q: 10 FMAs instead
// of 17.
// CHECK-LABEL: func @gelu_tanh_bf16
//   CHECK-NOT:   math.exp
// CHECK-COUNT-10: math.fma
//   CHECK-NOT:   math.fma
//       CHECK:   arith.truncf %{{.*}} : f32 to bf16
// CHECK-LABEL: func @gelu_tanh_f32
// CHECK-COUNT-17: math.fma
//   CHECK-NOT:   math.fma
//       CHECK:   return
func.func @gelu_tanh_bf16(%x: bf16) -> bf16 {
  %0 = act.gelu %x {approximate = #act.approximate<tanh>} : bf16
  return %0 : bf16
}
func.func @gelu_tanh_f32(%x: f32) -> f32 {
  %0 = act.gelu %x {approximate = #act.approximate<tanh>} : f32
  return %0 : f32
}

// -----

// Tensors are left for convert-act-to-linalg.
// CHECK-LABEL: func @tensor
//       CHECK:   act.sigmoid %{{.*}} : tensor<4xf32>
func.func @tensor(%x: tensor<4xf32>) -> tensor<4xf32> {
  %0 = act.sigmoid %x : tensor<4xf32>
  return %0 : tensor<4xf32>
}

// -----

// sigmoid's exp(-|x|) is marked as having a non-positive argument (for
// act-approximate-math's short expansion); softplus's exp(x) is not. Where
// the f32 result is rounded to f16/bf16, the marked ops are also marked
// reduced-precision (shorter polynomials); the f32 ones are not.
// CHECK-LABEL: func @sigmoid_marks_exp
//       CHECK:   math.exp %{{.*}} {act.nonpositive_argument} : f32
//       CHECK:   math.exp %{{.*}} {act.nonpositive_argument, act.reduced_precision} : f32
//       CHECK:   arith.truncf %{{.*}} : f32 to bf16
//       CHECK:   math.expm1 %{{.*}} {act.nonpositive_argument, act.reduced_precision} : f32
//       CHECK:   arith.truncf %{{.*}} : f32 to f16
// CHECK-LABEL: func @softplus_exp_unmarked
//   CHECK-NOT:   act.nonpositive_argument
//       CHECK:   return
func.func @sigmoid_marks_exp(%x: f32, %y: bf16, %z: f16) -> (f32, bf16, f16) {
  %0 = act.sigmoid %x : f32
  %1 = act.sigmoid %y : bf16
  %2 = act.elu %z : f16
  return %0, %1, %2 : f32, bf16, f16
}
func.func @softplus_exp_unmarked(%x: f32) -> f32 {
  %0 = act.softplus %x : f32
  return %0 : f32
}

// -----

// elu, selu and celu with alpha > 0 use expm1(x) for x <= 0 only: it is
// marked non-positive (the argument is not clamped: see ActToArith.cpp);
// celu with alpha < 0 does not mark it (x / alpha >= 0 where it is used).
// CHECK-LABEL: func @elu_marks_expm1
//  CHECK-SAME:   (%[[X:.*]]: f32)
//       CHECK:   math.expm1 %[[X]] {act.nonpositive_argument} : f32
// CHECK-LABEL: func @selu_marks_expm1
//       CHECK:   math.expm1 %{{.*}} {act.nonpositive_argument} : f32
// CHECK-LABEL: func @celu_marks
//       CHECK:   math.expm1 %{{.*}} {act.nonpositive_argument} : f32
// CHECK-LABEL: func @celu_negative_alpha
//   CHECK-NOT:   act.nonpositive_argument
//       CHECK:   math.expm1 %{{.*}} : f32
//   CHECK-NOT:   act.nonpositive_argument
//       CHECK:   return
func.func @elu_marks_expm1(%x: f32) -> f32 {
  %0 = act.elu %x : f32
  return %0 : f32
}
func.func @selu_marks_expm1(%x: f32) -> f32 {
  %0 = act.selu %x : f32
  return %0 : f32
}
func.func @celu_marks(%x: f32) -> f32 {
  %0 = act.celu %x {alpha = 2.0 : f64} : f32
  return %0 : f32
}
func.func @celu_negative_alpha(%x: f32) -> f32 {
  %0 = act.celu %x {alpha = -2.0 : f64} : f32
  return %0 : f32
}
