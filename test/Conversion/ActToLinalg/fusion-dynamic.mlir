// Act ops on dynamic shapes fuse with their elementwise neighbours: the
// generated linalg.generic writes into a fresh tensor.empty, so producers
// keep a single use.
// RUN: act-opt %s --pass-pipeline="builtin.module(func.func(convert-act-to-linalg),resolve-ranked-shaped-type-result-dims,linalg-fuse-elementwise-ops)" | FileCheck %s

// CHECK-LABEL: func @chain
//  CHECK-SAME:   (%[[X:.*]]: tensor<?x?xf32>)
//       CHECK:   %[[E:.*]] = tensor.empty
//       CHECK:   %[[R:.*]] = linalg.generic
//  CHECK-SAME:     ins(%[[X]] : tensor<?x?xf32>) outs(%[[E]] : tensor<?x?xf32>)
//       CHECK:     act.leaky_relu
//       CHECK:     act.clamp
//       CHECK:     act.sigmoid
//   CHECK-NOT:   linalg.generic
//       CHECK:   return %[[R]]
func.func @chain(%x: tensor<?x?xf32>) -> tensor<?x?xf32> {
  %0 = act.leaky_relu %x : tensor<?x?xf32>
  %1 = act.clamp %0 {min = -1.0 : f64, max = 1.0 : f64} : tensor<?x?xf32>
  %2 = act.sigmoid %1 : tensor<?x?xf32>
  return %2 : tensor<?x?xf32>
}
