// Regression test for a bug found by act-difftest (docs/Reliability.md).
//
// A pooling whose window has a dimension of 1 failed act-cpu-pipeline with
// "'vector.transfer_write' op should not have broadcast dimensions": the
// loop over the unit window dimension has one iteration, so the affine
// super-vectorizer took it as parallel and vectorized it although the
// accumulating store does not depend on it. act-vectorize now inlines
// single-iteration loops first. The results are checked by execution,
// including a zero-size window (the output keeps the init value).

// REQUIRES: mlir-runner
// RUN: act-opt %s --act-cpu-pipeline | mlir-runner -e main -entry-point-result=void \
// RUN:   -shared-libs=%mlir_c_runner_utils,%mlir_runner_utils | FileCheck %s

func.func @max_1x2(%x: tensor<1x1x3x1xf32>) -> tensor<1x1x2x1xf32> {
  %w = tensor.empty() : tensor<1x2xf32>
  %init = arith.constant 0xFF800000 : f32
  %e = tensor.empty() : tensor<1x1x2x1xf32>
  %f = linalg.fill ins(%init : f32) outs(%e : tensor<1x1x2x1xf32>) -> tensor<1x1x2x1xf32>
  %p = linalg.pooling_nhwc_max {dilations = dense<1> : tensor<2xi64>, strides = dense<1> : tensor<2xi64>}
         ins(%x, %w : tensor<1x1x3x1xf32>, tensor<1x2xf32>) outs(%f : tensor<1x1x2x1xf32>) -> tensor<1x1x2x1xf32>
  return %p : tensor<1x1x2x1xf32>
}

func.func @sum_1x1(%x: tensor<1x2x3x1xf32>) -> tensor<1x2x3x1xf32> {
  %w = tensor.empty() : tensor<1x1xf32>
  %init = arith.constant 0.5 : f32
  %e = tensor.empty() : tensor<1x2x3x1xf32>
  %f = linalg.fill ins(%init : f32) outs(%e : tensor<1x2x3x1xf32>) -> tensor<1x2x3x1xf32>
  %p = linalg.pooling_nhwc_sum {dilations = dense<1> : tensor<2xi64>, strides = dense<1> : tensor<2xi64>}
         ins(%x, %w : tensor<1x2x3x1xf32>, tensor<1x1xf32>) outs(%f : tensor<1x2x3x1xf32>) -> tensor<1x2x3x1xf32>
  return %p : tensor<1x2x3x1xf32>
}

func.func @max_1x0(%x: tensor<1x1x3x1xf32>) -> tensor<1x1x4x1xf32> {
  %w = tensor.empty() : tensor<1x0xf32>
  %init = arith.constant -7.0 : f32
  %e = tensor.empty() : tensor<1x1x4x1xf32>
  %f = linalg.fill ins(%init : f32) outs(%e : tensor<1x1x4x1xf32>) -> tensor<1x1x4x1xf32>
  %p = linalg.pooling_nhwc_max {dilations = dense<1> : tensor<2xi64>, strides = dense<1> : tensor<2xi64>}
         ins(%x, %w : tensor<1x1x3x1xf32>, tensor<1x0xf32>) outs(%f : tensor<1x1x4x1xf32>) -> tensor<1x1x4x1xf32>
  return %p : tensor<1x1x4x1xf32>
}

func.func private @printMemrefF32(tensor<*xf32>)

func.func @main() {
  %a = arith.constant dense<[[[[1.0], [3.0], [-2.0]]]]> : tensor<1x1x3x1xf32>
  %r0 = call @max_1x2(%a) : (tensor<1x1x3x1xf32>) -> tensor<1x1x2x1xf32>
  %u0 = tensor.cast %r0 : tensor<1x1x2x1xf32> to tensor<*xf32>
  // CHECK: [3],
  // CHECK-NEXT: [3]
  call @printMemrefF32(%u0) : (tensor<*xf32>) -> ()
  %b = arith.constant dense<[[[[1.0], [2.0], [3.0]], [[4.0], [5.0], [6.0]]]]> : tensor<1x2x3x1xf32>
  %r1 = call @sum_1x1(%b) : (tensor<1x2x3x1xf32>) -> tensor<1x2x3x1xf32>
  %u1 = tensor.cast %r1 : tensor<1x2x3x1xf32> to tensor<*xf32>
  // CHECK: [1.5],
  // CHECK-NEXT: [2.5],
  // CHECK-NEXT: [3.5]
  // CHECK: [4.5],
  // CHECK-NEXT: [5.5],
  // CHECK-NEXT: [6.5]
  call @printMemrefF32(%u1) : (tensor<*xf32>) -> ()
  %r2 = call @max_1x0(%a) : (tensor<1x1x3x1xf32>) -> tensor<1x1x4x1xf32>
  %u2 = tensor.cast %r2 : tensor<1x1x4x1xf32> to tensor<*xf32>
  // CHECK: [-7],
  // CHECK-NEXT: [-7],
  // CHECK-NEXT: [-7],
  // CHECK-NEXT: [-7]
  call @printMemrefF32(%u2) : (tensor<*xf32>) -> ()
  return
}
