// Open bug, found by act-difftest (docs/Reliability.md, "Known bugs").
//
// A max pooling whose window has a dimension of 1 fails act-cpu-pipeline
// with "'vector.transfer_write' op should not have broadcast dimensions":
// once the unit window loop folds away, the affine super-vectorizer
// (act-vectorize) vectorizes the innermost reduction loop, whose store does
// not depend on it. act-vectorize should not vectorize loops that carry a
// reduction through memory (or run upstream's reduction-aware mode).

// XFAIL: *
// RUN: act-opt %s --act-cpu-pipeline -o /dev/null

func.func @pool_1x2(%x: tensor<1x1x3x1xf32>) -> tensor<1x1x2x1xf32> {
  %w = tensor.empty() : tensor<1x2xf32>
  %init = arith.constant 0xFF800000 : f32
  %e = tensor.empty() : tensor<1x1x2x1xf32>
  %f = linalg.fill ins(%init : f32) outs(%e : tensor<1x1x2x1xf32>) -> tensor<1x1x2x1xf32>
  %p = linalg.pooling_nhwc_max {dilations = dense<1> : tensor<2xi64>, strides = dense<1> : tensor<2xi64>}
         ins(%x, %w : tensor<1x1x3x1xf32>, tensor<1x2xf32>) outs(%f : tensor<1x1x2x1xf32>) -> tensor<1x1x2x1xf32>
  return %p : tensor<1x1x2x1xf32>
}
