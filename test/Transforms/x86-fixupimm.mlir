// RUN: act-opt %s --act-x86-fixupimm --split-input-file | FileCheck %s

// The exact relu select on 512-bit vectors becomes one vfixupimm whose
// table (0x18181822 = 404232226) answers: QNaN and SNaN -> the input
// quieted (2), zero -> +0 (8), +1 -> the input (1), -inf -> +0, +inf -> the
// input, negative -> +0, positive -> the input.

// CHECK-LABEL: llvm.func @relu_f32
//   CHECK-DAG:   %[[T:.*]] = llvm.mlir.constant(dense<404232226> : vector<16xi32>) : vector<16xi32>
//   CHECK-DAG:   %[[F:.*]] = llvm.mlir.constant(0 : i32) : i32
//   CHECK-DAG:   %[[M:.*]] = llvm.mlir.constant(-1 : i16) : i16
//   CHECK-DAG:   %[[R:.*]] = llvm.mlir.constant(4 : i32) : i32
//       CHECK:   %[[Y:.*]] = llvm.call_intrinsic "llvm.x86.avx512.mask.fixupimm.ps.512"(%arg0, %arg0, %[[T]], %[[F]], %[[M]], %[[R]]) : (vector<16xf32>, vector<16xf32>, vector<16xi32>, i32, i16, i32) -> vector<16xf32>
//       CHECK:   llvm.return %[[Y]]
llvm.func @relu_f32(%x: vector<16xf32>) -> vector<16xf32> {
  %zero = llvm.mlir.constant(dense<0.0> : vector<16xf32>) : vector<16xf32>
  %c = llvm.fcmp "ole" %x, %zero : vector<16xf32>
  %r = llvm.select %c, %zero, %x : vector<16xi1>, vector<16xf32>
  llvm.return %r : vector<16xf32>
}

// -----

// The unordered form with the operands swapped, and f64 (64-bit table
// entries, an i8 mask).
// CHECK-LABEL: llvm.func @relu_f64_ugt
//       CHECK:   llvm.mlir.constant(dense<404232226> : vector<8xi64>)
//       CHECK:   llvm.mlir.constant(-1 : i8) : i8
//       CHECK:   llvm.call_intrinsic "llvm.x86.avx512.mask.fixupimm.pd.512"(%arg0, %arg0, {{.*}}) : (vector<8xf64>, vector<8xf64>, vector<8xi64>, i32, i8, i32) -> vector<8xf64>
//   CHECK-NOT:   llvm.select
llvm.func @relu_f64_ugt(%x: vector<8xf64>) -> vector<8xf64> {
  %zero = llvm.mlir.constant(dense<0.0> : vector<8xf64>) : vector<8xf64>
  %c = llvm.fcmp "ugt" %x, %zero : vector<8xf64>
  %r = llvm.select %c, %x, %zero : vector<8xi1>, vector<8xf64>
  llvm.return %r : vector<8xf64>
}

// -----

// Left alone: -0 as the bound (relu(-0) would be -0), NaN mapped to 0
// (ordered ogt: already one vmaxps), another bound, narrower vectors,
// scalars, and a select whose other operand is not the compared value.
// CHECK-LABEL: llvm.func @not_relu
//   CHECK-NOT:   fixupimm
//       CHECK:   llvm.return
llvm.func @not_relu(%x: vector<16xf32>, %y: vector<16xf32>, %v: vector<8xf32>,
                    %s: f32) -> !llvm.struct<(vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<8xf32>, f32, vector<16xf32>)> {
  %nz = llvm.mlir.constant(dense<-0.0> : vector<16xf32>) : vector<16xf32>
  %zero = llvm.mlir.constant(dense<0.0> : vector<16xf32>) : vector<16xf32>
  %one = llvm.mlir.constant(dense<1.0> : vector<16xf32>) : vector<16xf32>
  %zero8 = llvm.mlir.constant(dense<0.0> : vector<8xf32>) : vector<8xf32>
  %szero = llvm.mlir.constant(0.0 : f32) : f32
  %c0 = llvm.fcmp "ole" %x, %nz : vector<16xf32>
  %r0 = llvm.select %c0, %nz, %x : vector<16xi1>, vector<16xf32>
  %c1 = llvm.fcmp "ogt" %x, %zero : vector<16xf32>
  %r1 = llvm.select %c1, %x, %zero : vector<16xi1>, vector<16xf32>
  %c2 = llvm.fcmp "ole" %x, %one : vector<16xf32>
  %r2 = llvm.select %c2, %one, %x : vector<16xi1>, vector<16xf32>
  %c3 = llvm.fcmp "ole" %v, %zero8 : vector<8xf32>
  %r3 = llvm.select %c3, %zero8, %v : vector<8xi1>, vector<8xf32>
  %c4 = llvm.fcmp "ole" %s, %szero : f32
  %r4 = llvm.select %c4, %szero, %s : i1, f32
  %c5 = llvm.fcmp "ole" %x, %zero : vector<16xf32>
  %r5 = llvm.select %c5, %zero, %y : vector<16xi1>, vector<16xf32>
  %u = llvm.mlir.undef : !llvm.struct<(vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<8xf32>, f32, vector<16xf32>)>
  %u0 = llvm.insertvalue %r0, %u[0] : !llvm.struct<(vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<8xf32>, f32, vector<16xf32>)>
  %u1 = llvm.insertvalue %r1, %u0[1] : !llvm.struct<(vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<8xf32>, f32, vector<16xf32>)>
  %u2 = llvm.insertvalue %r2, %u1[2] : !llvm.struct<(vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<8xf32>, f32, vector<16xf32>)>
  %u3 = llvm.insertvalue %r3, %u2[3] : !llvm.struct<(vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<8xf32>, f32, vector<16xf32>)>
  %u4 = llvm.insertvalue %r4, %u3[4] : !llvm.struct<(vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<8xf32>, f32, vector<16xf32>)>
  %u5 = llvm.insertvalue %r5, %u4[5] : !llvm.struct<(vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<8xf32>, f32, vector<16xf32>)>
  llvm.return %u5 : !llvm.struct<(vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<8xf32>, f32, vector<16xf32>)>
}
