// RUN: act-opt %s --act-expand-bf16 --split-input-file | FileCheck %s

// bf16 arithmetic is computed in f32 and rounded back with integer
// operations (round to nearest even, subnormals kept): no bf16 arith op,
// extf or truncf is left.

// CHECK-LABEL: func.func @add
// CHECK-NOT: arith.extf
// CHECK-NOT: arith.truncf
// CHECK: arith.addf {{.*}} : f32
// CHECK-NOT: arith.extf
// CHECK-NOT: arith.truncf
// CHECK: return {{.*}} : bf16
func.func @add(%a: bf16, %b: bf16) -> bf16 {
  %0 = arith.addf %a, %b : bf16
  return %0 : bf16
}

// -----

// Vector ops too; fast-math flags are kept on the f32 op.
// CHECK-LABEL: func.func @mul_vector
// CHECK: arith.mulf {{.*}} fastmath<nnan> : vector<16xf32>
// CHECK-NOT: arith.truncf
func.func @mul_vector(%a: vector<16xbf16>, %b: vector<16xbf16>) -> vector<16xbf16> {
  %0 = arith.mulf %a, %b fastmath<nnan> : vector<16xbf16>
  return %0 : vector<16xbf16>
}

// -----

// The result of max/min/neg/abs/copysign is a bf16 value already: its low
// half is dropped, without the rounding sequence.
// CHECK-LABEL: func.func @maximum
// CHECK: %[[M:.*]] = arith.maximumf {{.*}} : vector<8xf32>
// CHECK: %[[B:.*]] = arith.bitcast %[[M]] : vector<8xf32> to vector<8xi32>
// CHECK: %[[H:.*]] = arith.shrui %[[B]], %{{.*}} : vector<8xi32>
// CHECK: %[[T:.*]] = arith.trunci %[[H]] : vector<8xi32> to vector<8xi16>
// CHECK: %[[R:.*]] = arith.bitcast %[[T]] : vector<8xi16> to vector<8xbf16>
// CHECK: return %[[R]]
func.func @maximum(%a: vector<8xbf16>, %b: vector<8xbf16>) -> vector<8xbf16> {
  %0 = arith.maximumf %a, %b : vector<8xbf16>
  return %0 : vector<8xbf16>
}

// -----

// Comparisons compare the extended values; selects move bit patterns.
// CHECK-LABEL: func.func @compare
// CHECK: %[[C:.*]] = arith.cmpf olt, {{.*}} : f32
// CHECK: %[[S:.*]] = arith.select %[[C]], %{{.*}}, %{{.*}} : i16
// CHECK: %[[R:.*]] = arith.bitcast %[[S]] : i16 to bf16
// CHECK: return %[[R]]
func.func @compare(%a: bf16, %b: bf16) -> bf16 {
  %c = arith.cmpf olt, %a, %b : bf16
  %s = arith.select %c, %a, %b : bf16
  return %s : bf16
}

// -----

// Other float types are left alone.
// CHECK-LABEL: func.func @other_types
// CHECK: arith.addf {{.*}} : f16
// CHECK: arith.addf {{.*}} : f32
func.func @other_types(%a: f16, %b: f32) -> (f16, f32) {
  %0 = arith.addf %a, %a : f16
  %1 = arith.addf %b, %b : f32
  return %0, %1 : f16, f32
}

// -----

// The NaN select convert-act-to-arith puts on a transcendental op's result,
// on an input extended from bf16: its NaN lanes are the quieted input,
// whose low 16 bits are zero, so the rounding (bits + 0x7fff + lsb) >> 16
// cannot carry out of a NaN and needs no NaN select of its own. Any other
// truncf keeps upstream's (a cmpf une x, x on the f32 value, and a select of
// a NaN pattern).
// CHECK-LABEL: func.func @nan_selected
// CHECK: %[[SEL:.*]] = arith.select
// CHECK-NOT: arith.cmpf
// CHECK: %[[BITS:.*]] = arith.bitcast %[[SEL]] : vector<16xf32> to vector<16xi32>
// CHECK: arith.shrui %[[BITS]]
// CHECK: arith.andi
// CHECK: arith.addi %[[BITS]]
// CHECK: arith.addi
// CHECK: arith.shrui
// CHECK: arith.trunci {{.*}} : vector<16xi32> to vector<16xi16>
// CHECK-NOT: arith.cmpf
// CHECK: return
// CHECK-LABEL: func.func @not_nan_selected
// CHECK: %[[NAN:.*]] = arith.cmpf une, %[[R:.*]], %[[R]]
// CHECK: arith.select %[[NAN]]
// CHECK: return
func.func @nan_selected(%y: vector<16xbf16>, %r: vector<16xf32>) -> vector<16xbf16> {
  %x = arith.extf %y : vector<16xbf16> to vector<16xf32>
  %nan = arith.cmpf uno, %x, %x : vector<16xf32>
  %q = arith.addf %x, %x : vector<16xf32>
  %s = arith.select %nan, %q, %r : vector<16xi1>, vector<16xf32>
  %t = arith.truncf %s : vector<16xf32> to vector<16xbf16>
  return %t : vector<16xbf16>
}
// Any f32 value: upstream's rounding.
func.func @not_nan_selected(%r: vector<16xf32>) -> vector<16xbf16> {
  %t = arith.truncf %r : vector<16xf32> to vector<16xbf16>
  return %t : vector<16xbf16>
}
