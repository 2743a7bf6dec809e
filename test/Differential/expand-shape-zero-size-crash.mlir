// Regression test for upstream MLIR 22 bugs found by act-difftest
// (docs/Reliability.md, bugs 8 and 9): reshapes of a tensor with a dynamic
// size and a static 0 in one reassociation group
// (tensor<8x?x0xf16> <-> tensor<?xf16>).
//
// - Without act rewrites, expand-strided-metadata crashed on the
//   memref.expand_shape, as in expand-shape-dynamic-group-crash.mlir.
// - With them, canonicalization refines the collapsed type to the static
//   tensor<0xf16>, which tensor.collapse_shape accepts, and one-shot
//   bufferization built a memref.collapse_shape from memref<8x?x0xf16> to
//   memref<0xf16>, which the memref verifier rejects ("collapsed dim (0)
//   must be dynamic if and only if reassociation group is dynamic").
//
// act-legalize-reshapes replaces reshapes of tensors without elements by
// tensor.empty before bufferization. Checked by execution: the result has
// the input's sizes.

// REQUIRES: mlir-runner
// RUN: act-opt %s --act-cpu-pipeline="raise=0 simplify=0 commute=0 fuse=0" | mlir-runner -e main -entry-point-result=void \
// RUN:   -shared-libs=%mlir_c_runner_utils,%mlir_runner_utils | FileCheck %s
// RUN: act-opt %s --act-cpu-pipeline | mlir-runner -e main -entry-point-result=void \
// RUN:   -shared-libs=%mlir_c_runner_utils,%mlir_runner_utils | FileCheck %s

func.func @zero_sized(%x: tensor<8x?x0xf16>) -> tensor<8x?x0xf16> {
  %c1 = arith.constant 1 : index
  %d1 = tensor.dim %x, %c1 : tensor<8x?x0xf16>
  %flat = tensor.collapse_shape %x [[0, 1, 2]] : tensor<8x?x0xf16> into tensor<?xf16>
  %r = act.relu %flat : tensor<?xf16>
  %back = tensor.expand_shape %r [[0, 1, 2]] output_shape [8, %d1, 0] : tensor<?xf16> into tensor<8x?x0xf16>
  return %back : tensor<8x?x0xf16>
}

func.func @main() {
  %c1 = arith.constant 1 : index
  %e = tensor.empty() : tensor<8x5x0xf16>
  %c = tensor.cast %e : tensor<8x5x0xf16> to tensor<8x?x0xf16>
  %r = call @zero_sized(%c) : (tensor<8x?x0xf16>) -> tensor<8x?x0xf16>
  %d = tensor.dim %r, %c1 : tensor<8x?x0xf16>
  %i = arith.index_cast %d : index to i64
  // CHECK: 5
  vector.print %i : i64
  return
}
