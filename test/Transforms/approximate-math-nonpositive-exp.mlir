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

// A marked f32 expm1 (elu, selu, celu with alpha > 0) is x (1 + x Q(x)) (Q
// of degree 8: 8 fmas, 1/10! first; the product keeps -0) for x >= -ln 2,
// else exp(x) - 1 with the short exp above; upstream's expansion (exp, log
// and a division) is not used.
// CHECK-LABEL: func.func @marked_expm1
// CHECK-DAG: %[[LN2:.*]] = arith.constant dense<-0.693147182> : vector<16xf32>
// CHECK-DAG: %[[ONE:.*]] = arith.constant dense<1.000000e+00> : vector<16xf32>
// CHECK-DAG: %[[C10:.*]] = arith.constant dense<2.755732E-7> : vector<16xf32>
// CHECK: %[[Q0:.*]] = math.fma %[[C10]], %[[X:.*]], %{{.*}} : vector<16xf32>
// CHECK-COUNT-6: math.fma
// CHECK: %[[Q:.*]] = math.fma %{{.*}}, %[[X]], %{{.*}} : vector<16xf32>
// CHECK: %[[P:.*]] = math.fma %[[Q]], %[[X]], %[[ONE]]
// CHECK: %[[SMALL:.*]] = arith.mulf %[[X]], %[[P]]
// CHECK: arith.shli
// CHECK: %[[E:.*]] = arith.mulf
// CHECK: %[[LARGE:.*]] = arith.subf %[[E]], %[[ONE]]
// CHECK: %[[IS:.*]] = arith.cmpf oge, %[[X]], %[[LN2]]
// CHECK: arith.select %[[IS]], %[[SMALL]], %[[LARGE]]
// CHECK-NOT: math.expm1
// CHECK-NOT: math.log
// CHECK-NOT: arith.divf
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
// reduction) and a degree-3 Q for expm1 (3 fmas, 1/2 + ... last), whose
// large-argument exp is marked reduced-precision too.
// CHECK-LABEL: func.func @reduced
// CHECK: %[[SHIFTED:.*]] = math.fma
// CHECK: %[[K:.*]] = arith.subf %[[SHIFTED]]
// CHECK-COUNT-2: math.fma %[[K]]
// CHECK: arith.bitcast
// CHECK-COUNT-4: math.fma
// CHECK-NOT: math.fma
// CHECK: %[[EXP:.*]] = arith.mulf
// CHECK-COUNT-3: math.fma
// CHECK: math.fma %{{.*}}, %{{.*}}, %{{.*}} : vector<16xf32>
// CHECK: arith.mulf
// CHECK-COUNT-3: math.fma
// CHECK: arith.bitcast
// CHECK-COUNT-4: math.fma
// CHECK-NOT: math.fma
// CHECK: return %[[EXP]]
// LIBM-LABEL: func.func @reduced
// LIBM: call @expf(
// LIBM: call @expm1f(
func.func @reduced(%x: vector<16xf32>) -> (vector<16xf32>, vector<16xf32>) {
  %0 = math.exp %x {act.nonpositive_argument, act.reduced_precision} : vector<16xf32>
  %1 = math.expm1 %x {act.nonpositive_argument, act.reduced_precision} : vector<16xf32>
  return %0, %1 : vector<16xf32>, vector<16xf32>
}
