// Found by act-difftest (a long run, seed 1002243): act-fuse with epilogue
// fusion crashed (segmentation fault in upstream linalg tiling,
// computeTileSizes) on an activation of a matmul whose M and K are both 0.
// Empty iteration spaces are now left untiled.

// RUN: act-opt %s --pass-pipeline="builtin.module(func.func(act-fuse{epilogue=true}))" | FileCheck %s
// RUN: act-opt %s --act-cpu-pipeline="fuse-epilogue=1" | act-translate --mlir-to-llvmir -o /dev/null

// CHECK-LABEL: func.func @empty_matmul
// CHECK-NOT: scf.for
// CHECK: linalg.matmul
// CHECK: act.relu
func.func @empty_matmul(%a: tensor<0x0xf32>, %b: tensor<0x7xf32>, %c: tensor<0x7xf32>) -> tensor<0x7xf32> {
  %m = linalg.matmul ins(%a, %b : tensor<0x0xf32>, tensor<0x7xf32>) outs(%c : tensor<0x7xf32>) -> tensor<0x7xf32>
  %r = act.relu %m : tensor<0x7xf32>
  return %r : tensor<0x7xf32>
}

// An empty reduction (K = 0) is left untiled too; a non-empty matmul is
// tiled.
// CHECK-LABEL: func.func @empty_reduction
// CHECK-NOT: scf.for
// CHECK: linalg.matmul
// CHECK: act.relu
func.func @empty_reduction(%a: tensor<4x0xf32>, %b: tensor<0x64xf32>, %c: tensor<4x64xf32>) -> tensor<4x64xf32> {
  %m = linalg.matmul ins(%a, %b : tensor<4x0xf32>, tensor<0x64xf32>) outs(%c : tensor<4x64xf32>) -> tensor<4x64xf32>
  %r = act.relu %m : tensor<4x64xf32>
  return %r : tensor<4x64xf32>
}

// CHECK-LABEL: func.func @nonempty
// CHECK: scf.for
// CHECK: linalg.matmul
// CHECK: act.relu
func.func @nonempty(%a: tensor<32x2xf32>, %b: tensor<2x64xf32>, %c: tensor<32x64xf32>) -> tensor<32x64xf32> {
  %m = linalg.matmul ins(%a, %b : tensor<32x2xf32>, tensor<2x64xf32>) outs(%c : tensor<32x64xf32>) -> tensor<32x64xf32>
  %r = act.relu %m : tensor<32x64xf32>
  return %r : tensor<32x64xf32>
}
