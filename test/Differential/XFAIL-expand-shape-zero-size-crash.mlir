// Open bugs (upstream MLIR 22), found by act-difftest (docs/Reliability.md,
// "Known bugs"): reshapes of a tensor with a dynamic size and a static 0 in
// one reassociation group (tensor<8x?x0xf16> <-> tensor<?xf16>).
//
// - Without act rewrites, expand-strided-metadata crashes on the
//   memref.expand_shape, as in XFAIL-expand-shape-dynamic-group-crash.mlir.
// - With them, canonicalization refines the collapsed type to the static
//   tensor<0xf16>, which tensor.collapse_shape accepts, and one-shot
//   bufferization builds a memref.collapse_shape from memref<8x?x0xf16> to
//   memref<0xf16>, which the memref verifier rejects ("collapsed dim (0)
//   must be dynamic if and only if reassociation group is dynamic").

// XFAIL: *
// RUN: act-opt %s --act-cpu-pipeline="raise=0 simplify=0 commute=0 fuse=0" -o /dev/null
// RUN: act-opt %s --act-cpu-pipeline -o /dev/null

func.func @zero_sized(%x: tensor<8x?x0xf16>) -> tensor<8x?x0xf16> {
  %c1 = arith.constant 1 : index
  %d1 = tensor.dim %x, %c1 : tensor<8x?x0xf16>
  %flat = tensor.collapse_shape %x [[0, 1, 2]] : tensor<8x?x0xf16> into tensor<?xf16>
  %r = act.relu %flat : tensor<?xf16>
  %back = tensor.expand_shape %r [[0, 1, 2]] output_shape [8, %d1, 0] : tensor<?xf16> into tensor<8x?x0xf16>
  return %back : tensor<8x?x0xf16>
}
