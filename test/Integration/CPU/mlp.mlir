// REQUIRES: mlir-runner
// RUN: cat %act_src_root/examples/mlp/mlp.mlir %s | act-opt --act-cpu-pipeline | \
// RUN:   mlir-runner -e main -entry-point-result=void \
// RUN:   -shared-libs=%mlir_c_runner_utils,%mlir_runner_utils | FileCheck %s

// Runs @mlp of examples/mlp/mlp.mlir, y = relu6(gelu(x W1 + b1) W2 + b2), on
// the inputs of examples/mlp/main.cpp (act-example-mlp), 37 rows. The expected
// rows 0, 1 and 36 come from examples/mlp/reference.py: the double-precision
// reference (math.erf), as printMemrefF32 prints an f32 within 3e-6 of it
// (the f32 results differ from it by at most 1.7e-6): where the last digits
// may differ, the alternatives or a common prefix.

#in2 = affine_map<(i, j) -> (i, j)>
#in1 = affine_map<(i) -> (i)>

// float(((a * ca + b * cb) mod m) - off) / scale: the input formulas of main.cpp.
func.func private @grid(%a: index, %b: index, %ca: index, %cb: index, %m: index,
                        %off: index, %scale: f32) -> f32 {
  %0 = arith.muli %a, %ca : index
  %1 = arith.muli %b, %cb : index
  %2 = arith.addi %0, %1 : index
  %3 = arith.remsi %2, %m : index
  %4 = arith.subi %3, %off : index
  %5 = arith.index_cast %4 : index to i64
  %6 = arith.sitofp %5 : i64 to f32
  %7 = arith.divf %6, %scale : f32
  return %7 : f32
}

func.func private @printMemrefF32(memref<*xf32>)

func.func @main() {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %c2 = arith.constant 2 : index
  %c3 = arith.constant 3 : index
  %c5 = arith.constant 5 : index
  %c6 = arith.constant 6 : index
  %c7 = arith.constant 7 : index
  %c8 = arith.constant 8 : index
  %c11 = arith.constant 11 : index
  %c13 = arith.constant 13 : index
  %c17 = arith.constant 17 : index
  %c37 = arith.constant 37 : index
  %f2 = arith.constant 2.0 : f32
  %f4 = arith.constant 4.0 : f32
  %f8 = arith.constant 8.0 : f32
  %f16 = arith.constant 16.0 : f32

  // x[i][k] = ((7i + 3k) mod 17 - 8) / 2
  %ex = tensor.empty(%c37) : tensor<?x64xf32>
  %x = linalg.generic {indexing_maps = [#in2], iterator_types = ["parallel", "parallel"]}
      outs(%ex : tensor<?x64xf32>) {
  ^bb0(%out: f32):
    %i = linalg.index 0 : index
    %k = linalg.index 1 : index
    %v = func.call @grid(%i, %k, %c7, %c3, %c17, %c8, %f2)
        : (index, index, index, index, index, index, f32) -> f32
    linalg.yield %v : f32
  } -> tensor<?x64xf32>
  // W1[k][j] = ((5k + 11j) mod 13 - 6) / 16
  %ew1 = tensor.empty() : tensor<64x32xf32>
  %w1 = linalg.generic {indexing_maps = [#in2], iterator_types = ["parallel", "parallel"]}
      outs(%ew1 : tensor<64x32xf32>) {
  ^bb0(%out: f32):
    %k = linalg.index 0 : index
    %j = linalg.index 1 : index
    %v = func.call @grid(%k, %j, %c5, %c11, %c13, %c6, %f16)
        : (index, index, index, index, index, index, f32) -> f32
    linalg.yield %v : f32
  } -> tensor<64x32xf32>
  // b1[j] = (3j mod 7 - 3) / 8
  %eb1 = tensor.empty() : tensor<32xf32>
  %b1 = linalg.generic {indexing_maps = [#in1], iterator_types = ["parallel"]}
      outs(%eb1 : tensor<32xf32>) {
  ^bb0(%out: f32):
    %j = linalg.index 0 : index
    %v = func.call @grid(%j, %c0, %c3, %c0, %c7, %c3, %f8)
        : (index, index, index, index, index, index, f32) -> f32
    linalg.yield %v : f32
  } -> tensor<32xf32>
  // W2[j][m] = ((7j + 5m) mod 11 - 5) / 4
  %ew2 = tensor.empty() : tensor<32x16xf32>
  %w2 = linalg.generic {indexing_maps = [#in2], iterator_types = ["parallel", "parallel"]}
      outs(%ew2 : tensor<32x16xf32>) {
  ^bb0(%out: f32):
    %j = linalg.index 0 : index
    %m = linalg.index 1 : index
    %v = func.call @grid(%j, %m, %c7, %c5, %c11, %c5, %f4)
        : (index, index, index, index, index, index, f32) -> f32
    linalg.yield %v : f32
  } -> tensor<32x16xf32>
  // b2[m] = (m mod 5 - 2) / 2
  %eb2 = tensor.empty() : tensor<16xf32>
  %b2 = linalg.generic {indexing_maps = [#in1], iterator_types = ["parallel"]}
      outs(%eb2 : tensor<16xf32>) {
  ^bb0(%out: f32):
    %m = linalg.index 0 : index
    %v = func.call @grid(%m, %c0, %c1, %c0, %c5, %c2, %f2)
        : (index, index, index, index, index, index, f32) -> f32
    linalg.yield %v : f32
  } -> tensor<16xf32>

  %y = call @mlp(%x, %w1, %b1, %w2, %b2)
      : (tensor<?x64xf32>, tensor<64x32xf32>, tensor<32xf32>, tensor<32x16xf32>, tensor<16xf32>) -> tensor<?x16xf32>
  %ym = bufferization.to_buffer %y : tensor<?x16xf32> to memref<?x16xf32>
  %yu = memref.cast %ym : memref<?x16xf32> to memref<*xf32>
  // Rows 0 (= 17 = 34), 1 (= 18 = 35), 36 (= 2 = 19): x repeats every 17 rows.
  // CHECK: rank = 2 offset = 0 sizes = [37, 16] strides = [16, 1] data =
  // CHECK-NEXT: {{\[\[}}0, 0, 0, 3.19299, 6, 0, 0, 0, {{4.07606|4.07607}}, 6, 0, 0, 0, 0, 3.69299, {{4.10088|4.10089}}],
  // CHECK-NEXT: [6, 0.7470{{[0-9]*}}, {{3.4554|3.45541}}, 0, 0, {{2.75047|2.75048}}, {{1.51692|1.51693}}, 0.2403{{[0-9]*}}, 0.12246{{[0-9]*}}, 0, 0, 6, 1.24709, {{3.9554|3.95541}}, 0, 0],
  // CHECK: [0, 0, {{4.78665|4.78666}}, 2.51938, 0.6147{{[0-9]*}}, 0, 0, 0, 6, {{2.3764|2.37641}}, 0.2001{{[0-9]*}}, 0, 0, {{5.28665|5.28666}}, 3.01938, 0]]
  call @printMemrefF32(%yu) : (memref<*xf32>) -> ()
  return
}
