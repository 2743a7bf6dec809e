// RUN: act-opt %s -canonicalize -split-input-file | FileCheck %s

// CHECK-LABEL: func @threshold_zero_is_relu
//  CHECK-SAME:   (%[[X:.*]]: tensor<8xf32>)
//       CHECK:   %[[R:.*]] = act.relu %[[X]] : tensor<8xf32>
//       CHECK:   return %[[R]]
func.func @threshold_zero_is_relu(%x: tensor<8xf32>) -> tensor<8xf32> {
  %0 = act.threshold %x {threshold = 0.0 : f64, value = 0.0 : f64} : tensor<8xf32>
  return %0 : tensor<8xf32>
}

// -----

// Negative: value -0.0 differs from relu at x <= 0.
// CHECK-LABEL: func @threshold_negative_zero_value
//       CHECK:   act.threshold
func.func @threshold_negative_zero_value(%x: f32) -> f32 {
  %0 = act.threshold %x {threshold = 0.0 : f64, value = -0.0 : f64} : f32
  return %0 : f32
}

// -----

// CHECK-LABEL: func @relu_of_leaky
//  CHECK-SAME:   (%[[X:.*]]: f32)
//       CHECK:   %[[R:.*]] = act.relu %[[X]] : f32
//       CHECK:   return %[[R]]
func.func @relu_of_leaky(%x: f32) -> f32 {
  %0 = act.leaky_relu %x {alpha = 0.1 : f64} : f32
  %1 = act.relu %0 : f32
  return %1 : f32
}

// -----

// Negative: with alpha = 0, leaky_relu(-inf) is NaN (0 * -inf), not +0.
// CHECK-LABEL: func @relu_of_leaky_zero_alpha
//       CHECK:   act.leaky_relu
//       CHECK:   act.relu
func.func @relu_of_leaky_zero_alpha(%x: f32) -> f32 {
  %0 = act.leaky_relu %x {alpha = 0.0 : f64} : f32
  %1 = act.relu %0 : f32
  return %1 : f32
}

// -----

// CHECK-LABEL: func @leaky_of_relu
//  CHECK-SAME:   (%[[X:.*]]: f32)
//       CHECK:   %[[R:.*]] = act.relu %[[X]] : f32
//  CHECK-NEXT:   return %[[R]]
func.func @leaky_of_relu(%x: f32) -> f32 {
  %0 = act.relu %x : f32
  %1 = act.leaky_relu %0 {alpha = 0.2 : f64} : f32
  return %1 : f32
}

// -----

// CHECK-LABEL: func @relu_of_threshold
//  CHECK-SAME:   (%[[X:.*]]: f32)
//       CHECK:   %[[T:.*]] = act.threshold %[[X]] {threshold = 1.000000e+00 : f64} : f32
//  CHECK-NEXT:   return %[[T]]
func.func @relu_of_threshold(%x: f32) -> f32 {
  %0 = act.threshold %x {threshold = 1.0 : f64, value = -3.0 : f64} : f32
  %1 = act.relu %0 : f32
  return %1 : f32
}

// -----

// Negative: a negative threshold lets negative x through.
// CHECK-LABEL: func @relu_of_negative_threshold
//       CHECK:   act.threshold
//       CHECK:   act.relu
func.func @relu_of_negative_threshold(%x: f32) -> f32 {
  %0 = act.threshold %x {threshold = -1.0 : f64, value = 2.0 : f64} : f32
  %1 = act.relu %0 : f32
  return %1 : f32
}

// -----

// leaky chains merge only under fastmath<reassoc>.
// CHECK-LABEL: func @leaky_chain
//       CHECK:   act.leaky_relu %{{.*}} fastmath<reassoc> {alpha = 0.0200000{{[0-9]*}} : f64}
//  CHECK-NEXT:   act.leaky_relu
//  CHECK-NEXT:   act.leaky_relu
func.func @leaky_chain(%x: f32) -> (f32, f32) {
  %0 = act.leaky_relu %x fastmath<reassoc> {alpha = 0.1 : f64} : f32
  %1 = act.leaky_relu %0 fastmath<reassoc> {alpha = 0.2 : f64} : f32
  %2 = act.leaky_relu %x {alpha = 0.1 : f64} : f32
  %3 = act.leaky_relu %2 {alpha = 0.2 : f64} : f32
  return %1, %3 : f32, f32
}
