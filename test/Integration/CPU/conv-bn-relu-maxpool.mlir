// A conv + batch-norm + relu + max-pool block in the form torch-mlir emits
// (batch norm as a broadcasting linalg.generic, relu as cmpf ugt + select,
// max pooling with a -inf init).
//
// act-raise + act-fuse leave one fused loop nest for conv + bn + relu:
// RUN: act-opt %s --act-raise --act-fuse --canonicalize | FileCheck %s --check-prefix=FUSED
// with act-commute first, the relu moves after the max pooling (4x fewer
// elements) and conv + bn are fused:
// RUN: act-opt %s --act-raise --act-commute --act-fuse --canonicalize | FileCheck %s --check-prefix=COMMUTED
//
// Execution: the optimized program computes exactly what the unoptimized
// one does.
// REQUIRES: mlir-runner
// RUN: act-opt %s --act-cpu-pipeline="raise=0 simplify=0 commute=0 fuse=0" | mlir-runner -e main -entry-point-result=void -shared-libs=%mlir_c_runner_utils,%mlir_runner_utils | grep -v base@ > %t.reference
// RUN: act-opt %s --act-cpu-pipeline="fuse-epilogue=1" | mlir-runner -e main -entry-point-result=void -shared-libs=%mlir_c_runner_utils,%mlir_runner_utils | grep -v base@ > %t.optimized
// RUN: act-opt %s --act-raise --act-fuse | act-opt --act-cpu-pipeline | mlir-runner -e main -entry-point-result=void -shared-libs=%mlir_c_runner_utils,%mlir_runner_utils | grep -v base@ > %t.fused
// RUN: diff %t.reference %t.optimized
// RUN: diff %t.reference %t.fused
// RUN: FileCheck %s --check-prefix=OUT < %t.reference

// FUSED-LABEL: func @block
//       FUSED:   scf.for
//       FUSED:     linalg.conv_2d_nchw_fchw
//       FUSED:     linalg.generic
//       FUSED:       arith.subf
//       FUSED:       act.relu
//       FUSED:     tensor.insert_slice
//       FUSED:   linalg.pooling_nchw_max
//   FUSED-NOT:   act.relu

// COMMUTED-LABEL: func @block
//       COMMUTED:   scf.for
//       COMMUTED:     linalg.conv_2d_nchw_fchw
//       COMMUTED:     linalg.generic
//       COMMUTED:       arith.subf
//   COMMUTED-NOT:       act.relu
//       COMMUTED:   linalg.pooling_nchw_max
//       COMMUTED:   linalg.generic
//       COMMUTED:     act.relu

// The output is not trivial (some channels positive, some clamped to 0):
// OUT: {{^\[\[\[\[0\.[0-9]+}},
// OUT: {{\[\[0,     0\],}}

#id4 = affine_map<(n, c, h, w) -> (n, c, h, w)>
#ch = affine_map<(n, c, h, w) -> (c)>
func.func @block(%x: tensor<1x2x6x6xf32>, %w: tensor<4x2x3x3xf32>,
                 %mean: tensor<4xf32>, %var: tensor<4xf32>,
                 %gamma: tensor<4xf32>, %beta: tensor<4xf32>) -> tensor<1x4x2x2xf32> {
  %zero = arith.constant 0.0 : f32
  %eps = arith.constant 1.0e-5 : f32
  %ninf = arith.constant 0xFF800000 : f32
  %e = tensor.empty() : tensor<1x4x4x4xf32>
  %z = linalg.fill ins(%zero : f32) outs(%e : tensor<1x4x4x4xf32>) -> tensor<1x4x4x4xf32>
  %conv = linalg.conv_2d_nchw_fchw {dilations = dense<1> : vector<2xi64>, strides = dense<1> : vector<2xi64>}
            ins(%x, %w : tensor<1x2x6x6xf32>, tensor<4x2x3x3xf32>) outs(%z : tensor<1x4x4x4xf32>) -> tensor<1x4x4x4xf32>
  %bn = linalg.generic {indexing_maps = [#id4, #ch, #ch, #ch, #ch, #id4],
                        iterator_types = ["parallel", "parallel", "parallel", "parallel"]}
      ins(%conv, %mean, %var, %gamma, %beta : tensor<1x4x4x4xf32>, tensor<4xf32>, tensor<4xf32>, tensor<4xf32>, tensor<4xf32>)
      outs(%e : tensor<1x4x4x4xf32>) {
  ^bb0(%in: f32, %m: f32, %v: f32, %g: f32, %b: f32, %out: f32):
    %0 = arith.subf %in, %m : f32
    %1 = arith.addf %v, %eps : f32
    %2 = math.rsqrt %1 : f32
    %3 = arith.mulf %0, %2 : f32
    %4 = arith.mulf %3, %g : f32
    %5 = arith.addf %4, %b : f32
    linalg.yield %5 : f32
  } -> tensor<1x4x4x4xf32>
  %relu = linalg.generic {indexing_maps = [#id4, #id4],
                          iterator_types = ["parallel", "parallel", "parallel", "parallel"]}
      ins(%bn : tensor<1x4x4x4xf32>) outs(%e : tensor<1x4x4x4xf32>) {
  ^bb0(%in: f32, %out: f32):
    %0 = arith.cmpf ugt, %in, %zero : f32
    %1 = arith.select %0, %in, %zero : f32
    linalg.yield %1 : f32
  } -> tensor<1x4x4x4xf32>
  %pe = tensor.empty() : tensor<1x4x2x2xf32>
  %pinit = linalg.fill ins(%ninf : f32) outs(%pe : tensor<1x4x2x2xf32>) -> tensor<1x4x2x2xf32>
  %window = tensor.empty() : tensor<2x2xf32>
  %pool = linalg.pooling_nchw_max {dilations = dense<1> : vector<2xi64>, strides = dense<2> : vector<2xi64>}
            ins(%relu, %window : tensor<1x4x4x4xf32>, tensor<2x2xf32>) outs(%pinit : tensor<1x4x2x2xf32>) -> tensor<1x4x2x2xf32>
  return %pool : tensor<1x4x2x2xf32>
}

func.func private @printMemrefF32(memref<*xf32>)

func.func @main() {
  %x = arith.constant dense<[[[[-0.524, 0.088, -0.260, 0.208, 0.251, -0.869], [-0.974, 0.675, -0.481, -0.531, 0.991, -0.059], [0.673, -0.047, 0.278, -0.699, 0.270, 0.736], [0.046, 0.483, 0.343, -0.872, 0.516, 0.182], [-0.397, -0.938, 0.731, -0.055, 0.438, 0.758], [0.428, 0.842, -0.210, 0.602, -0.111, 0.871]], [[0.758, -0.805, -0.728, -0.566, 0.931, -0.128], [0.253, -0.398, 0.014, -0.228, -0.298, 0.170], [0.169, 0.808, 0.364, 0.858, 0.713, 0.982], [0.343, -0.674, 0.721, 0.929, 0.809, 0.138], [0.428, -0.578, 0.663, 0.147, -0.430, -0.873], [0.708, 0.980, -0.823, 0.601, -0.179, -0.698]]]]> : tensor<1x2x6x6xf32>
  %w = arith.constant dense<[[[[-0.206, 0.269, 0.373], [-0.456, 0.115, -0.455], [0.218, -0.169, 0.381]], [[0.481, 0.005, 0.499], [-0.190, -0.423, 0.100], [-0.469, -0.303, -0.092]]], [[[0.110, -0.344, -0.458], [0.368, -0.186, 0.459], [0.397, -0.122, -0.040]], [[0.020, 0.144, 0.096], [0.059, 0.120, 0.441], [0.007, -0.069, 0.220]]], [[[-0.262, -0.199, 0.478], [0.021, 0.048, -0.489], [-0.085, 0.080, -0.480]], [[0.116, 0.132, -0.440], [0.127, -0.034, 0.179], [-0.147, 0.207, 0.238]]], [[[-0.478, -0.439, 0.176], [0.463, -0.249, -0.044], [0.093, -0.180, -0.136]], [[-0.187, -0.131, 0.096], [-0.200, -0.123, 0.272], [-0.473, 0.069, 0.235]]]]> : tensor<4x2x3x3xf32>
  %mean = arith.constant dense<[-0.076, -0.111, 0.122, -0.105]> : tensor<4xf32>
  %var = arith.constant dense<[0.687, 0.935, 1.198, 0.602]> : tensor<4xf32>
  %gamma = arith.constant dense<[-0.356, -0.332, 0.667, -0.123]> : tensor<4xf32>
  %beta = arith.constant dense<[0.213, -0.198, -0.098, 0.090]> : tensor<4xf32>
  %r = call @block(%x, %w, %mean, %var, %gamma, %beta)
      : (tensor<1x2x6x6xf32>, tensor<4x2x3x3xf32>, tensor<4xf32>, tensor<4xf32>, tensor<4xf32>, tensor<4xf32>) -> tensor<1x4x2x2xf32>
  %m = bufferization.to_buffer %r : tensor<1x4x2x2xf32> to memref<1x4x2x2xf32>
  %u = memref.cast %m : memref<1x4x2x2xf32> to memref<*xf32>
  call @printMemrefF32(%u) : (memref<*xf32>) -> ()
  return
}
