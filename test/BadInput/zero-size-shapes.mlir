// Zero-size shapes that are malformed: negative sizes, slices that start
// beyond an empty dimension, literals with elements for an empty tensor,
// reshapes that invent elements. Each gives a located diagnostic and exit
// status 1. Valid zero-size programs, static and dynamic, compile and run:
// zero-size-shapes-run.mlir.

// RUN: not act-opt %s -split-input-file -o /dev/null 2>&1 | FileCheck %s
// RUN: %python -c "import subprocess, sys; sys.exit(subprocess.run(sys.argv[1:], stderr=subprocess.DEVNULL).returncode != 1)" act-opt %s -split-input-file -o /dev/null
// The pipeline reports the same errors (parsing comes first).
// RUN: %python -c "import subprocess, sys; sys.exit(subprocess.run(sys.argv[1:], stderr=subprocess.DEVNULL).returncode != 1)" act-opt %s -split-input-file --act-cpu-pipeline -o /dev/null

// CHECK: zero-size-shapes.mlir:[[# @LINE + 1]]:37: error: expected non-function type
func.func @negative_size(%x: tensor<-1xf32>) -> tensor<-1xf32> {
  %0 = act.relu %x : tensor<-1xf32>
  return %0 : tensor<-1xf32>
}

// -----

// CHECK: zero-size-shapes.mlir:[[# @LINE + 3]]:8: error: offset 0 is out-of-bounds: 1 >= 0
func.func @slice_of_empty_dimension(%x: tensor<0x4xf32>) -> tensor<0x4xf32> {
  %0 = act.relu %x : tensor<0x4xf32>
  %1 = tensor.extract_slice %0[1, 0] [0, 4] [1, 1] : tensor<0x4xf32> to tensor<0x4xf32>
  return %1 : tensor<0x4xf32>
}

// -----

// CHECK: zero-size-shapes.mlir:[[# @LINE + 2]]:23: error: inferred shape of elements literal ({{\[}}1{{\]}}) does not match type ({{\[}}0{{\]}})
func.func @zero_elements_literal() -> tensor<0xf32> {
  %c = arith.constant dense<[1.0]> : tensor<0xf32>
  %0 = act.relu %c : tensor<0xf32>
  return %0 : tensor<0xf32>
}

// -----

// CHECK: zero-size-shapes.mlir:[[# @LINE + 3]]:8: error: 'tensor.expand_shape' op expected dimension 0 of collapsed type to be static value of 4
func.func @expand_zero_into_nonzero(%x: tensor<0xf32>) -> tensor<2x2xf32> {
  %0 = act.relu %x : tensor<0xf32>
  %1 = tensor.expand_shape %0 [[0, 1]] output_shape [2, 2] : tensor<0xf32> into tensor<2x2xf32>
  return %1 : tensor<2x2xf32>
}
