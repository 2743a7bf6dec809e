// RUN: act-opt %s --convert-act-to-linalg --split-input-file | FileCheck %s

// CHECK-LABEL: func @relu_dynamic
//  CHECK-SAME:   (%[[X:.*]]: tensor<?x8xf32>)
//       CHECK:   %[[R:.*]] = linalg.generic
//  CHECK-SAME:     iterator_types = ["parallel", "parallel"]
//  CHECK-SAME:     ins(%[[X]] : tensor<?x8xf32>)
//       CHECK:   ^bb0(%[[IN:.*]]: f32, %{{.*}}: f32):
//       CHECK:     %[[S:.*]] = act.relu %[[IN]] {nan_mode = #act.nan_mode<ignore>} : f32
//       CHECK:     linalg.yield %[[S]] : f32
//       CHECK:   return %[[R]]
func.func @relu_dynamic(%x: tensor<?x8xf32>) -> tensor<?x8xf32> {
  %0 = act.relu %x {nan_mode = #act.nan_mode<ignore>} : tensor<?x8xf32>
  return %0 : tensor<?x8xf32>
}

// -----

// Binary ops keep both operands; attributes and fastmath travel along.
// CHECK-LABEL: func @prelu
//       CHECK:   linalg.generic
//  CHECK-SAME:     ins(%{{.*}}, %{{.*}} : tensor<4xbf16>, tensor<4xbf16>)
//       CHECK:     act.prelu %{{.*}}, %{{.*}} fastmath<nnan> : bf16
func.func @prelu(%x: tensor<4xbf16>, %s: tensor<4xbf16>) -> tensor<4xbf16> {
  %0 = act.prelu %x, %s fastmath<nnan> : tensor<4xbf16>
  return %0 : tensor<4xbf16>
}

// -----

// Scalars and vectors are not this pass's business.
// CHECK-LABEL: func @scalar_and_vector
//   CHECK-NOT:   linalg.generic
//       CHECK:   act.gelu %{{.*}} : f32
//       CHECK:   act.gelu %{{.*}} : vector<4xf32>
func.func @scalar_and_vector(%x: f32, %v: vector<4xf32>) -> (f32, vector<4xf32>) {
  %0 = act.gelu %x : f32
  %1 = act.gelu %v : vector<4xf32>
  return %0, %1 : f32, vector<4xf32>
}
