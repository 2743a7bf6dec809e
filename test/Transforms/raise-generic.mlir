// RUN: act-opt %s --act-raise --split-input-file | FileCheck %s
// RUN: act-opt %s --act-raise=lift-generics=false --split-input-file | FileCheck %s --check-prefix=NOLIFT

// A generic that only applies the raised op to its input becomes the op on
// the tensor (dynamic shapes too); with lift-generics=false the scalar op
// stays in the body.
#map = affine_map<(d0, d1) -> (d0, d1)>
// CHECK-LABEL: func @lift
//  CHECK-SAME:   (%[[X:.*]]: tensor<?x16xf32>)
//   CHECK-NOT:   linalg.generic
//       CHECK:   %[[R:.*]] = act.sigmoid %[[X]] : tensor<?x16xf32>
//       CHECK:   return %[[R]]
// NOLIFT-LABEL: func @lift
//       NOLIFT:   linalg.generic
//       NOLIFT:     %[[S:.*]] = act.sigmoid %{{.*}} : f32
//       NOLIFT:     linalg.yield %[[S]]
func.func @lift(%x: tensor<?x16xf32>) -> tensor<?x16xf32> {
  %c0 = arith.constant 0 : index
  %d = tensor.dim %x, %c0 : tensor<?x16xf32>
  %e = tensor.empty(%d) : tensor<?x16xf32>
  %0 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel"]} ins(%x : tensor<?x16xf32>) outs(%e : tensor<?x16xf32>) {
  ^bb0(%in: f32, %out: f32):
    %cst = arith.constant 1.000000e+00 : f32
    %1 = arith.negf %in : f32
    %2 = math.exp %1 : f32
    %3 = arith.addf %2, %cst : f32
    %4 = arith.divf %cst, %3 : f32
    linalg.yield %4 : f32
  } -> tensor<?x16xf32>
  return %0 : tensor<?x16xf32>
}

// -----

// Not lifted: a broadcasting input map, and a body doing more than the act
// op. The activation inside is raised in both.
#id = affine_map<(d0, d1) -> (d0, d1)>
#bcast = affine_map<(d0, d1) -> (d1)>
// CHECK-LABEL: func @no_lift
//       CHECK:   linalg.generic
//       CHECK:     act.relu %{{.*}} : f32
//       CHECK:   linalg.generic
//       CHECK:     %[[A:.*]] = arith.addf
//       CHECK:     act.relu %[[A]] : f32
func.func @no_lift(%b: tensor<16xf32>, %x: tensor<4x16xf32>) -> (tensor<4x16xf32>, tensor<4x16xf32>) {
  %zero = arith.constant 0.000000e+00 : f32
  %e = tensor.empty() : tensor<4x16xf32>
  %0 = linalg.generic {indexing_maps = [#bcast, #id], iterator_types = ["parallel", "parallel"]} ins(%b : tensor<16xf32>) outs(%e : tensor<4x16xf32>) {
  ^bb0(%in: f32, %out: f32):
    %1 = arith.maximumf %in, %zero : f32
    linalg.yield %1 : f32
  } -> tensor<4x16xf32>
  %2 = linalg.generic {indexing_maps = [#id, #bcast, #id], iterator_types = ["parallel", "parallel"]} ins(%x, %b : tensor<4x16xf32>, tensor<16xf32>) outs(%e : tensor<4x16xf32>) {
  ^bb0(%in: f32, %in_0: f32, %out: f32):
    %3 = arith.addf %in, %in_0 : f32
    %4 = arith.cmpf ugt, %3, %zero : f32
    %5 = arith.select %4, %3, %zero : f32
    linalg.yield %5 : f32
  } -> tensor<4x16xf32>
  return %0, %2 : tensor<4x16xf32>, tensor<4x16xf32>
}

// -----

// Constants may come into the body as block arguments bound to splats: a
// fill, a dense splat, a generic converting an integer fill. The generic is
// lifted: the inputs left unused do not matter.
#map = affine_map<(d0) -> (d0)>
// CHECK-LABEL: func @constant_operands
//  CHECK-SAME:   (%[[X:.*]]: tensor<8xf32>)
//       CHECK:   %[[R:.*]] = act.clamp %[[X]] {max = 6.000000e+00 : f64, min = 0.000000e+00 : f64} : tensor<8xf32>
//       CHECK:   return %[[R]]
func.func @constant_operands(%x: tensor<8xf32>) -> tensor<8xf32> {
  %c6 = arith.constant 6 : i32
  %zeros = arith.constant dense<0.000000e+00> : tensor<8xf32>
  %ei = tensor.empty() : tensor<8xi32>
  %six_i = linalg.fill ins(%c6 : i32) outs(%ei : tensor<8xi32>) -> tensor<8xi32>
  %e = tensor.empty() : tensor<8xf32>
  %six = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel"]} ins(%six_i : tensor<8xi32>) outs(%e : tensor<8xf32>) {
  ^bb0(%in: i32, %out: f32):
    %f = arith.sitofp %in : i32 to f32
    linalg.yield %f : f32
  } -> tensor<8xf32>
  %0 = linalg.generic {indexing_maps = [#map, #map, #map, #map], iterator_types = ["parallel"]} ins(%x, %zeros, %six : tensor<8xf32>, tensor<8xf32>, tensor<8xf32>) outs(%e : tensor<8xf32>) {
  ^bb0(%in: f32, %lo: f32, %hi: f32, %out: f32):
    %1 = arith.maximumf %in, %lo : f32
    %2 = arith.minimumf %1, %hi : f32
    linalg.yield %2 : f32
  } -> tensor<8xf32>
  return %0 : tensor<8xf32>
}
