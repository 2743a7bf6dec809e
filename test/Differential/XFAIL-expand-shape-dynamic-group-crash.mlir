// Open bug (upstream MLIR 22), found by act-difftest (docs/Reliability.md,
// "Known bugs").
//
// act-cpu-pipeline crashes (segmentation fault in expand-strided-metadata)
// on a tensor.expand_shape whose reassociation group has two dynamic sizes,
// or one dynamic size beside a static 0: getExpandedSizes/Strides assume at
// most one dynamic size per group and build a null OpFoldResult
// (llvm/llvm-project#186830, fixed for LLVM 23 by #187844). act-mlir could
// rewrite such memref.expand_shape ops into memref.reinterpret_cast with
// the output_shape sizes before expand-strided-metadata.

// XFAIL: *
// RUN: act-opt %s --act-cpu-pipeline -o /dev/null

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
