// RUN: act-opt %s --act-commute --split-input-file | FileCheck %s

// CHECK-LABEL: func @scale_out_of_relu
//  CHECK-SAME:   (%[[X:.*]]: tensor<8xf32>)
//       CHECK:   %[[C:.*]] = arith.constant dense<2.500000e-01>
//       CHECK:   %[[R:.*]] = act.relu %[[X]] : tensor<8xf32>
//       CHECK:   %[[M:.*]] = arith.mulf %[[R]], %[[C]]
//       CHECK:   return %[[M]]
func.func @scale_out_of_relu(%x: tensor<8xf32>) -> tensor<8xf32> {
  %c = arith.constant dense<0.25> : tensor<8xf32>
  %0 = arith.mulf %c, %x : tensor<8xf32>
  %1 = act.relu %0 : tensor<8xf32>
  return %1 : tensor<8xf32>
}

// -----

// Negative: a negative, zero or infinite scale does not commute; neither does
// a scale with another use.
// CHECK-LABEL: func @scale_negative_cases
//   CHECK-DAG:   %[[N:.*]] = arith.mulf %{{.*}}, %{{.*}} : f32
//       CHECK:   act.relu %[[N]]
//       CHECK:   act.relu %{{.*}} : f32
//       CHECK:   act.relu %{{.*}} : f32
//       CHECK:   act.relu %{{.*}} : f32
func.func @scale_negative_cases(%x: f32) -> (f32, f32, f32, f32, f32) {
  %neg = arith.constant -2.0 : f32
  %zero = arith.constant 0.0 : f32
  %inf = arith.constant 0x7F800000 : f32
  %two = arith.constant 2.0 : f32
  %0 = arith.mulf %x, %neg : f32
  %1 = act.relu %0 : f32
  %2 = arith.mulf %x, %zero : f32
  %3 = act.relu %2 : f32
  %4 = arith.mulf %x, %inf : f32
  %5 = act.relu %4 : f32
  %6 = arith.mulf %x, %two : f32
  %7 = act.relu %6 : f32
  return %1, %3, %5, %7, %6 : f32, f32, f32, f32, f32
}

// -----

// CHECK-LABEL: func @act_of_broadcast
//  CHECK-SAME:   (%[[X:.*]]: tensor<16xf32>
//       CHECK:   %[[G:.*]] = act.gelu %[[X]] : tensor<16xf32>
//       CHECK:   %[[B:.*]] = linalg.broadcast ins(%[[G]] : tensor<16xf32>)
//       CHECK:   return %[[B]]
func.func @act_of_broadcast(%x: tensor<16xf32>, %init: tensor<4x16xf32>) -> tensor<4x16xf32> {
  %b = linalg.broadcast ins(%x : tensor<16xf32>) outs(%init : tensor<4x16xf32>) dimensions = [0]
  %0 = act.gelu %b : tensor<4x16xf32>
  return %0 : tensor<4x16xf32>
}

// -----

// CHECK-LABEL: func @act_of_vector_broadcast
//  CHECK-SAME:   (%[[X:.*]]: f32)
//       CHECK:   %[[S:.*]] = act.sigmoid %[[X]] : f32
//       CHECK:   vector.broadcast %[[S]] : f32 to vector<8xf32>
func.func @act_of_vector_broadcast(%x: f32) -> vector<8xf32> {
  %b = vector.broadcast %x : f32 to vector<8xf32>
  %0 = act.sigmoid %b : vector<8xf32>
  return %0 : vector<8xf32>
}

// -----

// CHECK-LABEL: func @slice_of_act
//  CHECK-SAME:   (%[[X:.*]]: tensor<128xf32>)
//       CHECK:   %[[S:.*]] = tensor.extract_slice %[[X]][4] [8] [1]
//       CHECK:   %[[R:.*]] = act.clamp %[[S]] {{.*}} : tensor<8xf32>
//       CHECK:   return %[[R]]
func.func @slice_of_act(%x: tensor<128xf32>) -> tensor<8xf32> {
  %0 = act.clamp %x {min = 0.0 : f64, max = 6.0 : f64} : tensor<128xf32>
  %1 = tensor.extract_slice %0[4] [8] [1] : tensor<128xf32> to tensor<8xf32>
  return %1 : tensor<8xf32>
}

// -----

// Negative: the activation has another use.
// CHECK-LABEL: func @slice_of_shared_act
//       CHECK:   act.relu %{{.*}} : tensor<128xf32>
//       CHECK:   tensor.extract_slice
func.func @slice_of_shared_act(%x: tensor<128xf32>) -> (tensor<8xf32>, tensor<128xf32>) {
  %0 = act.relu %x : tensor<128xf32>
  %1 = tensor.extract_slice %0[4] [8] [1] : tensor<128xf32> to tensor<8xf32>
  return %1, %0 : tensor<8xf32>, tensor<128xf32>
}

// -----

// relu(0) = 0: the relu moves before the zero padding.
// CHECK-LABEL: func @act_of_pad
//  CHECK-SAME:   (%[[X:.*]]: tensor<6xf32>)
//       CHECK:   %[[R:.*]] = act.relu %[[X]] : tensor<6xf32>
//       CHECK:   %[[P:.*]] = tensor.pad %[[R]]
//       CHECK:   return %[[P]]
func.func @act_of_pad(%x: tensor<6xf32>) -> tensor<8xf32> {
  %z = arith.constant 0.0 : f32
  %p = tensor.pad %x low[1] high[1] {
  ^bb0(%i: index):
    tensor.yield %z : f32
  } : tensor<6xf32> to tensor<8xf32>
  %0 = act.relu %p : tensor<8xf32>
  return %0 : tensor<8xf32>
}

// -----

// Negative: relu(-inf) = 0 != -inf, so a -inf padding does not commute.
// CHECK-LABEL: func @act_of_pad_mismatch
//       CHECK:   tensor.pad
//       CHECK:   act.relu %{{.*}} : tensor<8xf32>
func.func @act_of_pad_mismatch(%x: tensor<6xf32>) -> tensor<8xf32> {
  %z = arith.constant 0xFF800000 : f32
  %p = tensor.pad %x low[1] high[1] {
  ^bb0(%i: index):
    tensor.yield %z : f32
  } : tensor<6xf32> to tensor<8xf32>
  %0 = act.relu %p : tensor<8xf32>
  return %0 : tensor<8xf32>
}

// -----

// max pooling of relu -> relu of max pooling (4x fewer elements).
// CHECK-LABEL: func @maxpool_of_relu
//  CHECK-SAME:   (%[[X:.*]]: tensor<1x8x8x4xf32>
//       CHECK:   %[[P:.*]] = linalg.pooling_nhwc_max {{.*}} ins(%[[X]], %{{.*}} : tensor<1x8x8x4xf32>, tensor<2x2xf32>)
//       CHECK:   %[[R:.*]] = act.relu %[[P]] : tensor<1x4x4x4xf32>
//       CHECK:   return %[[R]]
func.func @maxpool_of_relu(%x: tensor<1x8x8x4xf32>, %w: tensor<2x2xf32>) -> tensor<1x4x4x4xf32> {
  %ninf = arith.constant 0xFF800000 : f32
  %e = tensor.empty() : tensor<1x4x4x4xf32>
  %init = linalg.fill ins(%ninf : f32) outs(%e : tensor<1x4x4x4xf32>) -> tensor<1x4x4x4xf32>
  %r = act.relu %x : tensor<1x8x8x4xf32>
  %p = linalg.pooling_nhwc_max {dilations = dense<1> : vector<2xi64>, strides = dense<2> : vector<2xi64>}
         ins(%r, %w : tensor<1x8x8x4xf32>, tensor<2x2xf32>) outs(%init : tensor<1x4x4x4xf32>) -> tensor<1x4x4x4xf32>
  return %p : tensor<1x4x4x4xf32>
}

// -----

// Negative: relu with nan_mode = ignore does not commute with a
// NaN-propagating max (relu_i(max(NaN, 1)) = 0 but max(0, 1) = 1), and a
// positive init value (1.0) is not below relu's range.
// CHECK-LABEL: func @maxpool_negative
//       CHECK:   act.relu
//       CHECK:   linalg.pooling_nhwc_max
//       CHECK:   act.relu
//       CHECK:   linalg.pooling_nhwc_max
func.func @maxpool_negative(%x: tensor<1x8x8x4xf32>, %w: tensor<2x2xf32>) -> (tensor<1x4x4x4xf32>, tensor<1x4x4x4xf32>) {
  %ninf = arith.constant 0xFF800000 : f32
  %one = arith.constant 1.0 : f32
  %e = tensor.empty() : tensor<1x4x4x4xf32>
  %init = linalg.fill ins(%ninf : f32) outs(%e : tensor<1x4x4x4xf32>) -> tensor<1x4x4x4xf32>
  %init1 = linalg.fill ins(%one : f32) outs(%e : tensor<1x4x4x4xf32>) -> tensor<1x4x4x4xf32>
  %r = act.relu %x {nan_mode = #act.nan_mode<ignore>} : tensor<1x8x8x4xf32>
  %p = linalg.pooling_nhwc_max {dilations = dense<1> : vector<2xi64>, strides = dense<2> : vector<2xi64>}
         ins(%r, %w : tensor<1x8x8x4xf32>, tensor<2x2xf32>) outs(%init : tensor<1x4x4x4xf32>) -> tensor<1x4x4x4xf32>
  %r1 = act.relu %x : tensor<1x8x8x4xf32>
  %p1 = linalg.pooling_nhwc_max {dilations = dense<1> : vector<2xi64>, strides = dense<2> : vector<2xi64>}
         ins(%r1, %w : tensor<1x8x8x4xf32>, tensor<2x2xf32>) outs(%init1 : tensor<1x4x4x4xf32>) -> tensor<1x4x4x4xf32>
  return %p, %p1 : tensor<1x4x4x4xf32>, tensor<1x4x4x4xf32>
}

// -----

// An activation after a reshape of a matmul moves next to the matmul, where
// it can become its epilogue.
// CHECK-LABEL: func @towards_producer
//       CHECK:   %[[M:.*]] = linalg.matmul
//       CHECK:   %[[R:.*]] = act.relu %[[M]] : tensor<4x8xf32>
//       CHECK:   %[[C:.*]] = tensor.collapse_shape %[[R]]
//       CHECK:   return %[[C]]
func.func @towards_producer(%a: tensor<4x16xf32>, %b: tensor<16x8xf32>, %init: tensor<4x8xf32>) -> tensor<32xf32> {
  %m = linalg.matmul ins(%a, %b : tensor<4x16xf32>, tensor<16x8xf32>) outs(%init : tensor<4x8xf32>) -> tensor<4x8xf32>
  %c = tensor.collapse_shape %m [[0, 1]] : tensor<4x8xf32> into tensor<32xf32>
  %0 = act.relu %c : tensor<32xf32>
  return %0 : tensor<32xf32>
}
