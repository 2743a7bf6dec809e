// Found by act-difftest: a broadcast of a rank-0 tensor and transposes made
// the affine super-vectorizer emit vector.transfer_read ops with broadcast
// or permutation maps, which convert-vector-to-llvm cannot lower; the
// lowered module kept vector.transfer_read and unrealized casts, and
// act-translate and the JIT rejected it.

// REQUIRES: mlir-runner
// RUN: act-opt %s --act-cpu-pipeline | FileCheck %s --check-prefix=LLVM
// RUN: act-opt %s --act-cpu-pipeline | act-translate --mlir-to-llvmir -o /dev/null
// RUN: act-opt %s --act-cpu-pipeline="vector-width=4" | act-translate --mlir-to-llvmir -o /dev/null
// RUN: act-opt %s --act-cpu-pipeline | mlir-runner -e main -entry-point-result=void \
// RUN:   -shared-libs=%mlir_c_runner_utils,%mlir_runner_utils | FileCheck %s

// LLVM-LABEL: llvm.func @broadcast_scalar(
// LLVM-NOT: vector.transfer_read
// LLVM-NOT: unrealized_conversion_cast
func.func @broadcast_scalar(%s: tensor<f32>, %like: tensor<?xf32>) -> tensor<?xf32> {
  %c0 = arith.constant 0 : index
  %d = tensor.dim %like, %c0 : tensor<?xf32>
  %e = tensor.empty(%d) : tensor<?xf32>
  %b = linalg.broadcast ins(%s : tensor<f32>) outs(%e : tensor<?xf32>) dimensions = [0]
  %r = act.clamp %b {min = -1.0 : f64, max = 0.5 : f64} : tensor<?xf32>
  return %r : tensor<?xf32>
}

// LLVM-LABEL: llvm.func @transpose_round_trip(
// LLVM-NOT: vector.transfer_read
// LLVM-NOT: unrealized_conversion_cast
func.func @transpose_round_trip(%x: tensor<2x3xf32>) -> tensor<2x3xf32> {
  %e = tensor.empty() : tensor<3x2xf32>
  %t = linalg.transpose ins(%x : tensor<2x3xf32>) outs(%e : tensor<3x2xf32>) permutation = [1, 0]
  %l = act.leaky_relu %t {alpha = 0.25 : f64} : tensor<3x2xf32>
  %e2 = tensor.empty() : tensor<2x3xf32>
  %back = linalg.transpose ins(%l : tensor<3x2xf32>) outs(%e2 : tensor<2x3xf32>) permutation = [1, 0]
  return %back : tensor<2x3xf32>
}

func.func private @printMemrefF32(tensor<*xf32>)

func.func @main() {
  %s = arith.constant dense<3.0> : tensor<f32>
  %like = arith.constant dense<0.0> : tensor<5xf32>
  %likeDyn = tensor.cast %like : tensor<5xf32> to tensor<?xf32>
  %b = call @broadcast_scalar(%s, %likeDyn) : (tensor<f32>, tensor<?xf32>) -> tensor<?xf32>
  %ub = tensor.cast %b : tensor<?xf32> to tensor<*xf32>
  // CHECK: [0.5,  0.5,  0.5,  0.5,  0.5]
  call @printMemrefF32(%ub) : (tensor<*xf32>) -> ()
  %x = arith.constant dense<[[-4.0, 1.0, -0.0], [8.0, -8.0, 2.0]]> : tensor<2x3xf32>
  %t = call @transpose_round_trip(%x) : (tensor<2x3xf32>) -> tensor<2x3xf32>
  %ut = tensor.cast %t : tensor<2x3xf32> to tensor<*xf32>
  // CHECK:      [-1,   1,   -0],
  // CHECK-NEXT: [8,   -2,   2]
  call @printMemrefF32(%ut) : (tensor<*xf32>) -> ()
  return
}
