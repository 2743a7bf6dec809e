// RUN: act-opt %s --convert-act-to-arith --split-input-file | FileCheck %s

// relu is IEEE maximum with +0: NaN propagates, relu(-0) = +0.
// CHECK-LABEL: func @relu
//       CHECK:   %[[Z:.*]] = arith.constant 0.000000e+00 : f32
//       CHECK:   %[[R:.*]] = arith.maximumf %{{.*}}, %[[Z]] : f32
//       CHECK:   return %[[R]]
func.func @relu(%x: f32) -> f32 {
  %0 = act.relu %x : f32
  return %0 : f32
}

// -----

// relu with nan_mode = ignore: an ordered x > 0 sends NaN and -0 to +0.
// CHECK-LABEL: func @relu_ignore
//       CHECK:   %[[Z:.*]] = arith.constant dense<0.000000e+00> : vector<8xf16>
//       CHECK:   %[[C:.*]] = arith.cmpf ogt, %{{.*}}, %[[Z]] : vector<8xf16>
//       CHECK:   arith.select %[[C]], %{{.*}}, %[[Z]]
func.func @relu_ignore(%x: vector<8xf16>) -> vector<8xf16> {
  %0 = act.relu %x {nan_mode = #act.nan_mode<ignore>} : vector<8xf16>
  return %0 : vector<8xf16>
}

// -----

// Integer relu and clamp are signed.
// CHECK-LABEL: func @integer
//       CHECK:   arith.maxsi
//       CHECK:   arith.maxsi
//       CHECK:   arith.minsi
func.func @integer(%x: i8, %y: vector<4xi32>) -> (i8, vector<4xi32>) {
  %0 = act.relu %x : i8
  %1 = act.clamp %y {min = -3.0 : f64, max = 6.0 : f64} : vector<4xi32>
  return %0, %1 : i8, vector<4xi32>
}

// -----

// f16 computes in f32 and rounds once; fastmath flags are copied.
// CHECK-LABEL: func @leaky_f16
//       CHECK:   %[[E:.*]] = arith.extf %{{.*}} : f16 to f32
//       CHECK:   %[[M:.*]] = arith.mulf %[[E]], %{{.*}} fastmath<nsz> : f32
//       CHECK:   %[[C:.*]] = arith.cmpf ogt, %[[E]], %{{.*}} fastmath<nsz> : f32
//       CHECK:   %[[S:.*]] = arith.select %[[C]], %[[E]], %[[M]] : f32
//       CHECK:   arith.truncf %[[S]] : f32 to f16
func.func @leaky_f16(%x: f16) -> f16 {
  %0 = act.leaky_relu %x fastmath<nsz> : f16
  return %0 : f16
}

// -----

// ELU uses expm1 (no cancellation near 0).
// CHECK-LABEL: func @elu
//       CHECK:   math.expm1
//   CHECK-NOT:   math.exp
func.func @elu(%x: f64) -> f64 {
  %0 = act.elu %x : f64
  return %0 : f64
}

// -----

// Exact GELU through erfc, with the -inf limit selected.
// CHECK-LABEL: func @gelu
//       CHECK:   math.erfc
//       CHECK:   %[[NINF:.*]] = arith.cmpf oeq, %{{.*}}, %{{.*}} : f32
//       CHECK:   arith.select %[[NINF]]
func.func @gelu(%x: f32) -> f32 {
  %0 = act.gelu %x : f32
  return %0 : f32
}

// -----

// Tensors are left for convert-act-to-linalg.
// CHECK-LABEL: func @tensor
//       CHECK:   act.sigmoid %{{.*}} : tensor<4xf32>
func.func @tensor(%x: tensor<4xf32>) -> tensor<4xf32> {
  %0 = act.sigmoid %x : tensor<4xf32>
  return %0 : tensor<4xf32>
}
