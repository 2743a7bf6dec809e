// Full vectors, unrolled, and a masked tail (the `peel` stage of
// act-cpu-pipeline), executed on sizes with every kind of remainder, with
// non-temporal stores forced (nontemporal-threshold=1: every 64-byte aligned
// output) and off, and on outputs that are not aligned (regular stores).
// REQUIRES: mlir-runner
// RUN: act-opt %s --act-cpu-pipeline="nontemporal-threshold=1" | mlir-runner -e main -entry-point-result=void \
// RUN:   -shared-libs=%mlir_c_runner_utils,%mlir_runner_utils | FileCheck %s
// RUN: act-opt %s --act-cpu-pipeline | mlir-runner -e main -entry-point-result=void \
// RUN:   -shared-libs=%mlir_c_runner_utils,%mlir_runner_utils | FileCheck %s
// RUN: act-opt %s --act-cpu-pipeline="peel=false" | mlir-runner -e main -entry-point-result=void \
// RUN:   -shared-libs=%mlir_c_runner_utils,%mlir_runner_utils | FileCheck %s

#rows = affine_map<(i, j) -> (i, j)>
#cols = affine_map<(i, j) -> (j)>

// Destination-passing kernels: the results go straight into %out.
func.func @relu(%x_m: memref<?xf32>, %out: memref<?xf32, strided<[1], offset: ?>>) {
  %x = bufferization.to_tensor %x_m restrict : memref<?xf32> to tensor<?xf32>
  %r = act.relu %x : tensor<?xf32>
  bufferization.materialize_in_destination %r in restrict writable %out
      : (tensor<?xf32>, memref<?xf32, strided<[1], offset: ?>>) -> ()
  return
}

func.func @bias_relu(%x_m: memref<?x?xf32>, %b_m: memref<?xf32>, %out: memref<?x?xf32>) {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %x = bufferization.to_tensor %x_m restrict : memref<?x?xf32> to tensor<?x?xf32>
  %b = bufferization.to_tensor %b_m restrict : memref<?xf32> to tensor<?xf32>
  %m = tensor.dim %x, %c0 : tensor<?x?xf32>
  %n = tensor.dim %x, %c1 : tensor<?x?xf32>
  %init = tensor.empty(%m, %n) : tensor<?x?xf32>
  %s = linalg.generic {indexing_maps = [#rows, #cols, #rows],
                       iterator_types = ["parallel", "parallel"]}
      ins(%x, %b : tensor<?x?xf32>, tensor<?xf32>) outs(%init : tensor<?x?xf32>) {
  ^bb0(%a: f32, %v: f32, %o: f32):
    %r = arith.addf %a, %v : f32
    linalg.yield %r : f32
  } -> tensor<?x?xf32>
  %y = act.relu %s : tensor<?x?xf32>
  bufferization.materialize_in_destination %y in restrict writable %out
      : (tensor<?x?xf32>, memref<?x?xf32>) -> ()
  return
}

func.func private @printMemrefF32(memref<*xf32>)

// x[i] = i - 40; y = relu(x) written at y[offset ...].
func.func @run_relu(%n: index, %offset: index) {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %c40 = arith.constant 40 : index
  %x = memref.alloc(%n) {alignment = 64 : i64} : memref<?xf32>
  scf.for %i = %c0 to %n step %c1 {
    %v = arith.subi %i, %c40 : index
    %vi = arith.index_cast %v : index to i32
    %f = arith.sitofp %vi : i32 to f32
    memref.store %f, %x[%i] : memref<?xf32>
  }
  %total = arith.addi %n, %offset : index
  %y = memref.alloc(%total) {alignment = 64 : i64} : memref<?xf32>
  %view = memref.subview %y[%offset] [%n] [1] : memref<?xf32> to memref<?xf32, strided<[1], offset: ?>>
  call @relu(%x, %view) : (memref<?xf32>, memref<?xf32, strided<[1], offset: ?>>) -> ()
  %copy = memref.alloc(%n) : memref<?xf32>
  memref.copy %view, %copy : memref<?xf32, strided<[1], offset: ?>> to memref<?xf32>
  %u = memref.cast %copy : memref<?xf32> to memref<*xf32>
  call @printMemrefF32(%u) : (memref<*xf32>) -> ()
  return
}

// x[r][c] = (r * cols + c) mod 11 - 5, b[c] = c mod 3 - 1.
func.func @run_bias_relu(%rows: index, %cols: index) {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %c3 = arith.constant 3 : index
  %c5 = arith.constant 5 : index
  %c11 = arith.constant 11 : index
  %x = memref.alloc(%rows, %cols) {alignment = 64 : i64} : memref<?x?xf32>
  %b = memref.alloc(%cols) {alignment = 64 : i64} : memref<?xf32>
  %y = memref.alloc(%rows, %cols) {alignment = 64 : i64} : memref<?x?xf32>
  scf.for %r = %c0 to %rows step %c1 {
    scf.for %c = %c0 to %cols step %c1 {
      %l = arith.muli %r, %cols : index
      %k = arith.addi %l, %c : index
      %m = arith.remui %k, %c11 : index
      %v = arith.subi %m, %c5 : index
      %vi = arith.index_cast %v : index to i32
      %f = arith.sitofp %vi : i32 to f32
      memref.store %f, %x[%r, %c] : memref<?x?xf32>
    }
  }
  scf.for %c = %c0 to %cols step %c1 {
    %m = arith.remui %c, %c3 : index
    %v = arith.subi %m, %c1 : index
    %vi = arith.index_cast %v : index to i32
    %f = arith.sitofp %vi : i32 to f32
    memref.store %f, %b[%c] : memref<?xf32>
  }
  call @bias_relu(%x, %b, %y) : (memref<?x?xf32>, memref<?xf32>, memref<?x?xf32>) -> ()
  %u = memref.cast %y : memref<?x?xf32> to memref<*xf32>
  call @printMemrefF32(%u) : (memref<*xf32>) -> ()
  return
}

// CHECK: sizes = [83]
// CHECK-NEXT: [0,  0,  0,  0,  0,  0,  0,  0,  0,  0,  0,  0,  0,  0,  0,  0,  0,  0,  0,  0,  0,  0,  0,  0,  0,  0,  0,  0,  0,  0,  0,  0,  0,  0,  0,  0,  0,  0,  0,  0,  0,  1,  2,  3,  4,  5,  6,  7,  8,  9,  10,  11,  12,  13,  14,  15,  16,  17,  18,  19,  20,  21,  22,  23,  24,  25,  26,  27,  28,  29,  30,  31,  32,  33,  34,  35,  36,  37,  38,  39,  40,  41,  42]
// CHECK: sizes = [83]
// CHECK-NEXT: [0,  0,  0,  0,  0,  0,  0,  0,  0,  0,  0,  0,  0,  0,  0,  0,  0,  0,  0,  0,  0,  0,  0,  0,  0,  0,  0,  0,  0,  0,  0,  0,  0,  0,  0,  0,  0,  0,  0,  0,  0,  1,  2,  3,  4,  5,  6,  7,  8,  9,  10,  11,  12,  13,  14,  15,  16,  17,  18,  19,  20,  21,  22,  23,  24,  25,  26,  27,  28,  29,  30,  31,  32,  33,  34,  35,  36,  37,  38,  39,  40,  41,  42]
// CHECK: sizes = [96]
// CHECK-NEXT: [0,  0,  0,  0,  0,  0,  0,  0,  0,  0,  0,  0,  0,  0,  0,  0,  0,  0,  0,  0,  0,  0,  0,  0,  0,  0,  0,  0,  0,  0,  0,  0,  0,  0,  0,  0,  0,  0,  0,  0,  0,  1,  2,  3,  4,  5,  6,  7,  8,  9,  10,  11,  12,  13,  14,  15,  16,  17,  18,  19,  20,  21,  22,  23,  24,  25,  26,  27,  28,  29,  30,  31,  32,  33,  34,  35,  36,  37,  38,  39,  40,  41,  42,  43,  44,  45,  46,  47,  48,  49,  50,  51,  52,  53,  54,  55]
// CHECK: sizes = [3, 37]
// CHECK-NEXT: {{\[\[}}0,   0,   0,   0,   0,   1,   0,   2,   4,   3,   5,   0,   0,   0,   0,   0,   0,   2,   1,   3,   5,   4,   0,   0,   0,   0,   0,   0,   1,   3,   2,   4,   6,   0,   0,   0,   0],
// CHECK-NEXT:  [0,   0,   2,   1,   3,   5,   4,   0,   0,   0,   0,   0,   0,   1,   3,   2,   4,   6,   0,   0,   0,   0,   0,   1,   0,   2,   4,   3,   5,   0,   0,   0,   0,   0,   0,   2,   1],
// CHECK-NEXT:  [2,   4,   6,   0,   0,   0,   0,   0,   1,   0,   2,   4,   3,   5,   0,   0,   0,   0,   0,   0,   2,   1,   3,   5,   4,   0,   0,   0,   0,   0,   0,   1,   3,   2,   4,   6,   0]]
// CHECK: sizes = [3, 48]
// CHECK-NEXT: {{\[\[}}0,   0,   0,   0,   0,   1,   0,   2,   4,   3,   5,   0,   0,   0,   0,   0,   0,   2,   1,   3,   5,   4,   0,   0,   0,   0,   0,   0,   1,   3,   2,   4,   6,   0,   0,   0,   0,   0,   1,   0,   2,   4,   3,   5,   0,   0,   0,   0],
// CHECK-NEXT:  [0,   0,   2,   1,   3,   5,   4,   0,   0,   0,   0,   0,   0,   1,   3,   2,   4,   6,   0,   0,   0,   0,   0,   1,   0,   2,   4,   3,   5,   0,   0,   0,   0,   0,   0,   2,   1,   3,   5,   4,   0,   0,   0,   0,   0,   0,   1,   3],
// CHECK-NEXT:  [2,   4,   6,   0,   0,   0,   0,   0,   1,   0,   2,   4,   3,   5,   0,   0,   0,   0,   0,   0,   2,   1,   3,   5,   4,   0,   0,   0,   0,   0,   0,   1,   3,   2,   4,   6,   0,   0,   0,   0,   0,   1,   0,   2,   4,   3,   5,   0]]
func.func @main() {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %c3 = arith.constant 3 : index
  %c37 = arith.constant 37 : index
  %c48 = arith.constant 48 : index
  %c83 = arith.constant 83 : index
  %c96 = arith.constant 96 : index
  // 83 = 4 unrolled vectors + 1 vector + a tail of 3: aligned output, then
  // misaligned by one element.
  call @run_relu(%c83, %c0) : (index, index) -> ()
  call @run_relu(%c83, %c1) : (index, index) -> ()
  // 96 = 6 full vectors, no tail.
  call @run_relu(%c96, %c0) : (index, index) -> ()
  // Rows of 37 (not a multiple of 64 bytes: regular stores) and 48.
  call @run_bias_relu(%c3, %c37) : (index, index) -> ()
  call @run_bias_relu(%c3, %c48) : (index, index) -> ()
  return
}
