// RUN: act-opt %s --act-bf16-moves-as-i16 | FileCheck %s

// Loads, stores and selects of bf16 move i16 bit patterns; other types
// are left alone.

// CHECK-LABEL: llvm.func @moves
// CHECK-SAME: %[[P:.*]]: !llvm.ptr, %[[C:.*]]: i1
// CHECK-DAG: %[[Z:.*]] = llvm.mlir.constant(0.000000e+00 : bf16) : bf16
// CHECK-DAG: %[[L:.*]] = llvm.load %[[P]] {alignment = 2 : i64} : !llvm.ptr -> i16
// CHECK: %[[LB:.*]] = llvm.bitcast %[[L]] : i16 to bf16
// CHECK: %[[LI:.*]] = llvm.bitcast %[[LB]] : bf16 to i16
// CHECK: %[[ZI:.*]] = llvm.bitcast %[[Z]] : bf16 to i16
// CHECK: %[[S:.*]] = llvm.select %[[C]], %[[LI]], %[[ZI]] : i1, i16
// CHECK: %[[SB:.*]] = llvm.bitcast %[[S]] : i16 to bf16
// CHECK: %[[SI:.*]] = llvm.bitcast %[[SB]] : bf16 to i16
// CHECK: llvm.store %[[SI]], %[[P]] {alignment = 2 : i64, nontemporal} : i16, !llvm.ptr
// CHECK: %[[F:.*]] = llvm.load %[[P]] : !llvm.ptr -> f32
// CHECK: llvm.store %[[F]], %[[P]] : f32, !llvm.ptr
llvm.func @moves(%p: !llvm.ptr, %c: i1) {
  %0 = llvm.load %p {alignment = 2 : i64} : !llvm.ptr -> bf16
  %z = llvm.mlir.constant(0.0 : bf16) : bf16
  %1 = llvm.select %c, %0, %z : i1, bf16
  llvm.store %1, %p {alignment = 2 : i64, nontemporal} : bf16, !llvm.ptr
  %2 = llvm.load %p : !llvm.ptr -> f32
  llvm.store %2, %p : f32, !llvm.ptr
  llvm.return
}

// One-lane vectors move as i16; wider vectors stay bfloat.
// CHECK-LABEL: llvm.func @masked
// CHECK: %[[PT:.*]] = llvm.bitcast %{{.*}} : vector<1xbf16> to vector<1xi16>
// CHECK: %[[L:.*]] = llvm.intr.masked.load %{{.*}}, %{{.*}}, %[[PT]] {alignment = 2 : i32} : (!llvm.ptr, vector<1xi1>, vector<1xi16>) -> vector<1xi16>
// CHECK: %[[V:.*]] = llvm.bitcast %[[L]] : vector<1xi16> to vector<1xbf16>
// CHECK: %[[VI:.*]] = llvm.bitcast %[[V]] : vector<1xbf16> to vector<1xi16>
// CHECK: llvm.intr.masked.store %[[VI]], %{{.*}}, %{{.*}} {alignment = 2 : i32} : vector<1xi16>, vector<1xi1> into !llvm.ptr
// CHECK: %[[W:.*]] = llvm.load %{{.*}} : !llvm.ptr -> vector<4xbf16>
// CHECK: llvm.store %[[W]], %{{.*}} : vector<4xbf16>, !llvm.ptr
llvm.func @masked(%p: !llvm.ptr, %m: vector<1xi1>, %pass: vector<1xbf16>) {
  %0 = llvm.intr.masked.load %p, %m, %pass {alignment = 2 : i32} : (!llvm.ptr, vector<1xi1>, vector<1xbf16>) -> vector<1xbf16>
  llvm.intr.masked.store %0, %p, %m {alignment = 2 : i32} : vector<1xbf16>, vector<1xi1> into !llvm.ptr
  %1 = llvm.load %p : !llvm.ptr -> vector<4xbf16>
  llvm.store %1, %p : vector<4xbf16>, !llvm.ptr
  llvm.return
}
