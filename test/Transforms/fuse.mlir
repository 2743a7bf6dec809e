// RUN: act-opt %s --pass-pipeline="builtin.module(func.func(convert-act-to-linalg,convert-elementwise-to-linalg,act-fuse,canonicalize,cse))" --split-input-file | FileCheck %s
// RUN: act-opt %s --pass-pipeline="builtin.module(func.func(convert-act-to-linalg,convert-elementwise-to-linalg,act-fuse{epilogue=false},canonicalize,cse))" --split-input-file | FileCheck %s --check-prefix=NOEPI
// RUN: act-opt %s --pass-pipeline="builtin.module(func.func(convert-act-to-linalg,convert-elementwise-to-linalg,act-fuse{max-fused-ops=4},canonicalize,cse))" --split-input-file | FileCheck %s --check-prefix=LIMIT

// matmul + bias + relu: the bias add and the relu fuse into one generic, and
// the matmul is computed tile by tile inside its loop (the epilogue runs on
// each 32x64 tile right after it is produced).
// CHECK-LABEL: func @matmul_bias_relu
// (the loop over the 64 columns has a single iteration and folds away)
//       CHECK:   scf.for %{{.*}} = %{{.*}} to %{{.*}} step %c32
//   CHECK-NOT:     scf.for
//       CHECK:       %[[M:.*]] = linalg.matmul {{.*}} -> tensor<32x64xf32>
//       CHECK:       linalg.generic {{.*}} ins(%[[M]], %{{.*}} : tensor<32x64xf32>, tensor<32x64xf32>)
//       CHECK:         arith.addf
//       CHECK:         act.relu
//       CHECK:       tensor.insert_slice
//   CHECK-NOT:   linalg.matmul
// NOEPI-LABEL: func @matmul_bias_relu
//   NOEPI-NOT:   scf.for
//       NOEPI:   linalg.matmul {{.*}} -> tensor<128x64xf32>
//       NOEPI:   linalg.generic
//       NOEPI:     arith.addf
//       NOEPI:     act.relu
//   NOEPI-NOT:   linalg.generic
func.func @matmul_bias_relu(%a: tensor<128x256xf32>, %b: tensor<256x64xf32>, %bias: tensor<128x64xf32>) -> tensor<128x64xf32> {
  %z = arith.constant 0.0 : f32
  %e = tensor.empty() : tensor<128x64xf32>
  %f = linalg.fill ins(%z : f32) outs(%e : tensor<128x64xf32>) -> tensor<128x64xf32>
  %m = linalg.matmul ins(%a, %b : tensor<128x256xf32>, tensor<256x64xf32>) outs(%f : tensor<128x64xf32>) -> tensor<128x64xf32>
  %s = arith.addf %m, %bias : tensor<128x64xf32>
  %r = act.relu %s : tensor<128x64xf32>
  return %r : tensor<128x64xf32>
}

// -----

// Negative: the matmul result has a second use; fusing it into the epilogue
// would compute it twice.
// CHECK-LABEL: func @shared_matmul
// NOEPI-LABEL: func @shared_matmul
//   CHECK-NOT:   scf.for
//       CHECK:   linalg.matmul {{.*}} -> tensor<128x64xf32>
func.func @shared_matmul(%a: tensor<128x256xf32>, %b: tensor<256x64xf32>, %init: tensor<128x64xf32>) -> (tensor<128x64xf32>, tensor<128x64xf32>) {
  %m = linalg.matmul ins(%a, %b : tensor<128x256xf32>, tensor<256x64xf32>) outs(%init : tensor<128x64xf32>) -> tensor<128x64xf32>
  %r = act.gelu %m : tensor<128x64xf32>
  return %r, %m : tensor<128x64xf32>, tensor<128x64xf32>
}

// -----

// Dynamic shapes are fused elementwise but not tiled.
// CHECK-LABEL: func @dynamic
//   CHECK-NOT:   scf.for
//       CHECK:   linalg.matmul
//       CHECK:   linalg.generic
//       CHECK:     act.clamp
//       CHECK:     act.sigmoid
//   CHECK-NOT:   linalg.generic
func.func @dynamic(%a: tensor<?x16xf32>, %b: tensor<16x8xf32>, %init: tensor<?x8xf32>) -> tensor<?x8xf32> {
  %m = linalg.matmul ins(%a, %b : tensor<?x16xf32>, tensor<16x8xf32>) outs(%init : tensor<?x8xf32>) -> tensor<?x8xf32>
  %c = act.clamp %m {min = -1.0 : f64, max = 1.0 : f64} : tensor<?x8xf32>
  %s = act.sigmoid %c : tensor<?x8xf32>
  return %s : tensor<?x8xf32>
}

// -----

// A chain fuses into one generic; with max-fused-ops=4 only while the two
// bodies have 4 ops together (an act op and a yield each: pairs), so that
// chains of any length cost linear time (each fusion copies both bodies).
// CHECK-LABEL: func @chain_limit
//       CHECK:   linalg.generic
//       CHECK:     act.relu
//       CHECK:     act.sigmoid
//       CHECK:     act.elu
//       CHECK:     act.silu
//   CHECK-NOT:   linalg.generic
// LIMIT-LABEL: func @chain_limit
//       LIMIT:   linalg.generic
//       LIMIT:     act.relu
//       LIMIT:     act.sigmoid
//   LIMIT-NOT:     act.elu
//       LIMIT:   linalg.generic
//       LIMIT:     act.elu
//       LIMIT:     act.silu
//   LIMIT-NOT:   linalg.generic
func.func @chain_limit(%x: tensor<64xf32>) -> tensor<64xf32> {
  %0 = act.relu %x : tensor<64xf32>
  %1 = act.sigmoid %0 : tensor<64xf32>
  %2 = act.elu %1 : tensor<64xf32>
  %3 = act.silu %2 : tensor<64xf32>
  return %3 : tensor<64xf32>
}
