// RUN: act-opt %s --act-sort-constant-globals | FileCheck %s

// Bufferization's constant globals are ordered by type and contents (their
// raw bytes: [3, 4] before [1, 2], whose first float ends in byte 0x80) and
// renamed in that order (uses follow); other globals come after them.

// CHECK: memref.global "private" constant @__constant_2xf32 : memref<2xf32> = dense<[3.000000e+00, 4.000000e+00]>
// CHECK-NEXT: memref.global "private" constant @__constant_2xf32_0 : memref<2xf32> = dense<[1.000000e+00, 2.000000e+00]>
// CHECK-NEXT: memref.global "private" constant @__constant_2xf64 : memref<2xf64> = dense<5.000000e-01>
// CHECK-NEXT: memref.global "private" constant @user_table : memref<2xf32> = dense<7.000000e+00>
// CHECK-NEXT: memref.global "private" @__constant_mutable : memref<2xf32>
memref.global "private" constant @user_table : memref<2xf32> = dense<7.0>
memref.global "private" @__constant_mutable : memref<2xf32> = dense<0.0>
memref.global "private" constant @__constant_2xf32 : memref<2xf32> = dense<[1.0, 2.0]>
memref.global "private" constant @__constant_2xf64 : memref<2xf64> = dense<0.5>
memref.global "private" constant @__constant_2xf32_0 : memref<2xf32> = dense<[3.0, 4.0]>

// CHECK-LABEL: func.func @uses
// CHECK: memref.get_global @__constant_2xf32 : memref<2xf32>
// CHECK: memref.get_global @__constant_2xf32_0 : memref<2xf32>
// CHECK: memref.get_global @user_table : memref<2xf32>
func.func @uses() -> (memref<2xf32>, memref<2xf32>, memref<2xf32>) {
  %a = memref.get_global @__constant_2xf32_0 : memref<2xf32>
  %b = memref.get_global @__constant_2xf32 : memref<2xf32>
  %c = memref.get_global @user_table : memref<2xf32>
  return %a, %b, %c : memref<2xf32>, memref<2xf32>, memref<2xf32>
}
