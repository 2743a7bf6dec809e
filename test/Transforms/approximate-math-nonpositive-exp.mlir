// RUN: act-opt %s --act-approximate-math --split-input-file | FileCheck %s
// RUN: act-opt %s --act-approximate-math=polynomial=false --split-input-file | FileCheck %s --check-prefix=LIBM

// An f32 exp marked by convert-act-to-arith as having a non-positive
// argument (sigmoid, silu, gelu tanh: exp(-|x|)) gets the short expansion:
// clamp below at -88, k = roundeven(x log2 e), two-step Cody-Waite
// reduction, a degree-7 polynomial, 2^k in the exponent field. No overflow
// handling and no upper clamp.
// CHECK-LABEL: func.func @marked
// CHECK: %[[LOW:.*]] = arith.cmpf olt, %{{.*}}, %{{.*}} : vector<16xf32>
// CHECK: %[[X:.*]] = arith.select %[[LOW]]
// CHECK: %[[K:.*]] = math.roundeven
// CHECK: math.fma %[[K]], %{{.*}}, %[[X]]
// CHECK-COUNT-8: math.fma
// CHECK: arith.fptosi %[[K]] : vector<16xf32> to vector<16xi32>
// CHECK: arith.shli
// CHECK: arith.bitcast {{.*}} : vector<16xi32> to vector<16xf32>
// CHECK: arith.mulf
// CHECK-NOT: math.exp
// CHECK-NOT: arith.cmpf
// With polynomial=false every exp is a libm call.
// LIBM-LABEL: func.func @marked
// LIBM-NOT: math.roundeven
// LIBM: call @expf(
func.func @marked(%x: vector<16xf32>) -> vector<16xf32> {
  %0 = math.exp %x {act.nonpositive_argument} : vector<16xf32>
  return %0 : vector<16xf32>
}

// -----

// Unmarked exp, or f64: upstream's approximation (f32) or libm (f64).
// CHECK-LABEL: func.func @unmarked
// CHECK-NOT: math.roundeven
// CHECK: arith.cmpf
// CHECK: call @exp(
func.func @unmarked(%x: f32, %y: f64) -> (f32, f64) {
  %0 = math.exp %x : f32
  %1 = math.exp %y {act.nonpositive_argument} : f64
  return %0, %1 : f32, f64
}
