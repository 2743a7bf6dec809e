// Regression test for an upstream MLIR 22 bug found by act-difftest
// (docs/Reliability.md, bug 8).
//
// act-cpu-pipeline crashed (segmentation fault in expand-strided-metadata)
// on a tensor.expand_shape whose reassociation group has two dynamic sizes:
// upstream's getExpandedSizes/Strides assume at most one dynamic size per
// group and build a null OpFoldResult (llvm/llvm-project#186830, fixed for
// LLVM 23 by #187844). act-legalize-reshapes now rewrites such
// memref.expand_shape ops into memref.reinterpret_cast first. Checked by
// execution, also through a strided (non-contiguous) source.

// REQUIRES: mlir-runner
// RUN: act-opt %s --act-cpu-pipeline | mlir-runner -e main -entry-point-result=void \
// RUN:   -shared-libs=%mlir_c_runner_utils,%mlir_runner_utils | FileCheck %s
// RUN: act-opt %s --act-cpu-pipeline="raise=0 simplify=0 commute=0 fuse=0" | mlir-runner -e main -entry-point-result=void \
// RUN:   -shared-libs=%mlir_c_runner_utils,%mlir_runner_utils | FileCheck %s

func.func @two_dynamic_sizes(%x: tensor<?x?x2xf32>) -> tensor<?x?x2xf32> {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %d0 = tensor.dim %x, %c0 : tensor<?x?x2xf32>
  %d1 = tensor.dim %x, %c1 : tensor<?x?x2xf32>
  %flat = tensor.collapse_shape %x [[0, 1, 2]] : tensor<?x?x2xf32> into tensor<?xf32>
  %r = act.relu %flat : tensor<?xf32>
  %back = tensor.expand_shape %r [[0, 1, 2]] output_shape [%d0, %d1, 2] : tensor<?xf32> into tensor<?x?x2xf32>
  return %back : tensor<?x?x2xf32>
}

// A column of a row-major matrix (a view with stride 3 once bufferized),
// expanded into a dynamic 2-D shape: strides 3 * %n and 3.
func.func @strided_source(%m: tensor<6x3xf32>, %k: index, %n: index) -> tensor<?x?xf32> {
  %col = tensor.extract_slice %m[0, 1] [6, 1] [1, 1] : tensor<6x3xf32> to tensor<6xf32>
  %cast = tensor.cast %col : tensor<6xf32> to tensor<?xf32>
  %e = tensor.expand_shape %cast [[0, 1]] output_shape [%k, %n] : tensor<?xf32> into tensor<?x?xf32>
  return %e : tensor<?x?xf32>
}

func.func private @printMemrefF32(tensor<*xf32>)

func.func @main() {
  %a = arith.constant dense<[[[1.0, -2.0], [3.0, -4.0], [-5.0, 6.0]], [[7.0, -8.0], [-9.0, 10.0], [11.0, 0.5]]]> : tensor<2x3x2xf32>
  %c = tensor.cast %a : tensor<2x3x2xf32> to tensor<?x?x2xf32>
  %r = call @two_dynamic_sizes(%c) : (tensor<?x?x2xf32>) -> tensor<?x?x2xf32>
  %u = tensor.cast %r : tensor<?x?x2xf32> to tensor<*xf32>
  // CHECK: sizes = [2, 3, 2]
  // CHECK-NEXT: {{\[\[\[}}1,    0],
  // CHECK-NEXT: [3,    0],
  // CHECK-NEXT: [0,    6]],
  // CHECK-NEXT: {{\[\[}}7,    0],
  // CHECK-NEXT: [0,    10],
  // CHECK-NEXT: [11,    0.5]]]
  call @printMemrefF32(%u) : (tensor<*xf32>) -> ()
  %m = arith.constant dense<[[0.0, 1.0, 0.0], [0.0, 2.0, 0.0], [0.0, 3.0, 0.0], [0.0, 4.0, 0.0], [0.0, 5.0, 0.0], [0.0, 6.0, 0.0]]> : tensor<6x3xf32>
  %c2 = arith.constant 2 : index
  %c3 = arith.constant 3 : index
  %s = call @strided_source(%m, %c2, %c3) : (tensor<6x3xf32>, index, index) -> tensor<?x?xf32>
  %su = tensor.cast %s : tensor<?x?xf32> to tensor<*xf32>
  // CHECK: sizes = [2, 3]
  // CHECK-NEXT: {{\[\[}}1,   2,   3],
  // CHECK-NEXT: [4,   5,   6]]
  call @printMemrefF32(%su) : (tensor<*xf32>) -> ()
  return
}
