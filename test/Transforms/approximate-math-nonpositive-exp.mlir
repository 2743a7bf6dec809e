// RUN: act-opt %s --act-approximate-math --split-input-file | FileCheck %s
// RUN: act-opt %s --act-approximate-math=polynomial=false --split-input-file | FileCheck %s --check-prefix=LIBM

// An f32 exp marked by convert-act-to-arith as having a non-positive
// argument (sigmoid, silu, gelu tanh: exp(-|x|)) gets the short expansion:
// clamp below at -88, k = round(x log2 e) as the low bits of the FMA
// 1.5 * 2^23 + x log2 e (no float-to-integer conversion, which would be
// poison for NaN), two-step Cody-Waite reduction, a degree-7 polynomial,
// 2^k in the exponent field. No overflow handling and no upper clamp.
// CHECK-LABEL: func.func @marked
// CHECK-DAG: %[[SHIFTER:.*]] = arith.constant dense<0x4B400000> : vector<16xf32>
// CHECK-DAG: %[[BIAS:.*]] = arith.constant dense<1065353216> : vector<16xi32>
// CHECK-DAG: %[[C23:.*]] = arith.constant dense<23> : vector<16xi32>
// CHECK: %[[LOW:.*]] = arith.cmpf olt, %{{.*}}, %{{.*}} : vector<16xf32>
// CHECK: %[[X:.*]] = arith.select %[[LOW]]
// CHECK: %[[SHIFTED:.*]] = math.fma %[[X]], %{{.*}}, %[[SHIFTER]]
// CHECK: %[[K:.*]] = arith.subf %[[SHIFTED]], %[[SHIFTER]]
// CHECK: math.fma %[[K]], %{{.*}}, %[[X]]
// CHECK: %[[KBITS:.*]] = arith.bitcast %[[SHIFTED]] : vector<16xf32> to vector<16xi32>
// CHECK: %[[HIGH:.*]] = arith.shli %[[KBITS]], %[[C23]]
// CHECK: %[[BITS:.*]] = arith.addi %[[HIGH]], %[[BIAS]]
// CHECK: %[[SCALE:.*]] = arith.bitcast %[[BITS]] : vector<16xi32> to vector<16xf32>
// CHECK-COUNT-7: math.fma
// CHECK: arith.mulf %{{.*}}, %[[SCALE]]
// CHECK-NOT: math.exp
// CHECK-NOT: arith.cmpf
// CHECK-NOT: arith.fptosi
// With polynomial=false every exp is a libm call.
// LIBM-LABEL: func.func @marked
// LIBM-NOT: 0x4B400000
// LIBM: call @expf(
func.func @marked(%x: vector<16xf32>) -> vector<16xf32> {
  %0 = math.exp %x {act.nonpositive_argument} : vector<16xf32>
  return %0 : vector<16xf32>
}

// -----

// Unmarked exp, or f64: upstream's approximation (f32) or libm (f64).
// CHECK-LABEL: func.func @unmarked
// CHECK-NOT: 0x4B400000
// CHECK: arith.cmpf
// CHECK: call @exp(
func.func @unmarked(%x: f32, %y: f64) -> (f32, f64) {
  %0 = math.exp %x : f32
  %1 = math.exp %y {act.nonpositive_argument} : f64
  return %0, %1 : f32, f64
}

// -----

// A marked f32 expm1 (elu, selu, celu with alpha > 0) is one piece: the
// exp's reduction x = k ln 2 + r, m = expm1(r) = r Q(r) (Q of degree 5: 5
// fmas, then the product with r, which keeps -0), and
// fma(2^k, m, -(1 - 2^k)); upstream's expansion (exp, log and a division)
// is not used, and there is no second branch and no select.
// CHECK-LABEL: func.func @marked_expm1
// CHECK-DAG: %[[ONE:.*]] = arith.constant dense<1.000000e+00> : vector<16xf32>
// CHECK: %[[SHIFTED:.*]] = math.fma
// CHECK: %[[K:.*]] = arith.subf %[[SHIFTED]]
// CHECK: math.fma %[[K]]
// CHECK: %[[R:.*]] = math.fma %[[K]]
// CHECK: %[[SCALE:.*]] = arith.bitcast %{{.*}} : vector<16xi32> to vector<16xf32>
// CHECK-COUNT-5: math.fma %{{.*}}, %[[R]], %{{.*}}
// CHECK: %[[M:.*]] = arith.mulf %{{.*}}, %[[R]]
// CHECK: %[[OMS:.*]] = arith.subf %[[ONE]], %[[SCALE]]
// CHECK: %[[NEG:.*]] = arith.negf %[[OMS]]
// CHECK: %[[E:.*]] = math.fma %[[SCALE]], %[[M]], %[[NEG]]
// CHECK: return %[[E]]
// CHECK-NOT: math.expm1
// CHECK-NOT: math.log
// CHECK-NOT: arith.divf
// CHECK-NOT: arith.select
// LIBM-LABEL: func.func @marked_expm1
// LIBM: call @expm1f(
func.func @marked_expm1(%x: vector<16xf32>) -> vector<16xf32> {
  %0 = math.expm1 %x {act.nonpositive_argument} : vector<16xf32>
  return %0 : vector<16xf32>
}

// -----

// Unmarked f32 expm1: upstream's expansion (exp, then a log by its
// exponent and mantissa, and a division).
// CHECK-LABEL: func.func @unmarked_expm1
// CHECK: arith.shrui
// CHECK: arith.divf
func.func @unmarked_expm1(%x: vector<16xf32>) -> vector<16xf32> {
  %0 = math.expm1 %x : vector<16xf32>
  return %0 : vector<16xf32>
}

// -----

// Marked reduced-precision (results rounded to f16/bf16): the same
// reduction, then a degree-4 polynomial for exp (4 fmas after the 3 of the
// reduction) and a degree-3 Q for expm1 (3 fmas, then r Q and the final
// fma).
// CHECK-LABEL: func.func @reduced
// CHECK: %[[SHIFTED:.*]] = math.fma
// CHECK: %[[K:.*]] = arith.subf %[[SHIFTED]]
// CHECK-COUNT-2: math.fma %[[K]]
// CHECK: arith.bitcast
// CHECK-COUNT-4: math.fma
// CHECK-NOT: math.fma
// CHECK: %[[EXP:.*]] = arith.mulf
// CHECK: %[[SHIFTED2:.*]] = math.fma
// CHECK: %[[K2:.*]] = arith.subf %[[SHIFTED2]]
// CHECK-COUNT-2: math.fma %[[K2]]
// CHECK: arith.bitcast
// CHECK-COUNT-3: math.fma
// CHECK-NOT: math.fma
// CHECK: arith.mulf
// CHECK: %[[EXPM1:.*]] = math.fma
// CHECK: return %[[EXP]], %[[EXPM1]]
// LIBM-LABEL: func.func @reduced
// LIBM: call @expf(
// LIBM: call @expm1f(
func.func @reduced(%x: vector<16xf32>) -> (vector<16xf32>, vector<16xf32>) {
  %0 = math.exp %x {act.nonpositive_argument, act.reduced_precision} : vector<16xf32>
  %1 = math.expm1 %x {act.nonpositive_argument, act.reduced_precision} : vector<16xf32>
  return %0, %1 : vector<16xf32>, vector<16xf32>
}
