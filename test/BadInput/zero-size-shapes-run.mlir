// Zero-size shapes that are valid: static (tensor<0x3xf32>) and dynamic
// sizes of 0 (an empty batch, a matmul with K = 0, a broadcast into an empty
// tensor) compile through act-cpu-pipeline, with and without the act
// rewrites, and run: the results have the right sizes (printMemrefF32 shows
// a meaningless row for empty memrefs, so only the sizes are checked), and
// a matmul over K = 0 leaves its accumulator as it was.

// REQUIRES: mlir-runner
// RUN: act-opt %s --act-cpu-pipeline | mlir-runner -e main -entry-point-result=void \
// RUN:   -shared-libs=%mlir_c_runner_utils,%mlir_runner_utils | FileCheck %s
// RUN: act-opt %s --act-cpu-pipeline="raise=0 simplify=0 commute=0 fuse=0" | mlir-runner -e main -entry-point-result=void \
// RUN:   -shared-libs=%mlir_c_runner_utils,%mlir_runner_utils | FileCheck %s

// CHECK: sizes = [2, 3]
// CHECK-NEXT: {{\[}}[1,   -2,   3],
// CHECK-NEXT: [0.5,   0,   -1]]
// CHECK: sizes = [0, 3]
// CHECK: sizes = [0, 3]

func.func @f(%x: tensor<?x?xf32>, %b: tensor<?xf32>, %a: tensor<?x?xf32>, %k: tensor<?x?xf32>) -> (tensor<?x?xf32>, tensor<?x?xf32>, tensor<0x3xf32>) {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %d0 = tensor.dim %x, %c0 : tensor<?x?xf32>
  %d1 = tensor.dim %x, %c1 : tensor<?x?xf32>
  %e = tensor.empty(%d0, %d1) : tensor<?x?xf32>
  %bb = linalg.broadcast ins(%b : tensor<?xf32>) outs(%e : tensor<?x?xf32>) dimensions = [0]
  %s = arith.addf %x, %bb : tensor<?x?xf32>
  %r = act.gelu %s : tensor<?x?xf32>
  %m = linalg.matmul ins(%a, %k : tensor<?x?xf32>, tensor<?x?xf32>) outs(%x : tensor<?x?xf32>) -> tensor<?x?xf32>
  %z = arith.constant dense<1.0> : tensor<0x3xf32>
  %zr = act.sigmoid %z : tensor<0x3xf32>
  return %r, %m, %zr : tensor<?x?xf32>, tensor<?x?xf32>, tensor<0x3xf32>
}
func.func private @printMemrefF32(tensor<*xf32>)
func.func @main() {
  %x = arith.constant dense<[[1.0, -2.0, 3.0], [0.5, 0.0, -1.0]]> : tensor<2x3xf32>
  %xd = tensor.cast %x : tensor<2x3xf32> to tensor<?x?xf32>
  %b = arith.constant dense<[1.0, 1.0, 1.0]> : tensor<3xf32>
  %bd = tensor.cast %b : tensor<3xf32> to tensor<?xf32>
  %a = arith.constant dense<0.0> : tensor<2x0xf32>
  %ad = tensor.cast %a : tensor<2x0xf32> to tensor<?x?xf32>
  %k = arith.constant dense<0.0> : tensor<0x3xf32>
  %kd = tensor.cast %k : tensor<0x3xf32> to tensor<?x?xf32>
  %r:3 = call @f(%xd, %bd, %ad, %kd) : (tensor<?x?xf32>, tensor<?xf32>, tensor<?x?xf32>, tensor<?x?xf32>) -> (tensor<?x?xf32>, tensor<?x?xf32>, tensor<0x3xf32>)
  %u1 = tensor.cast %r#1 : tensor<?x?xf32> to tensor<*xf32>
  call @printMemrefF32(%u1) : (tensor<*xf32>) -> ()
  %u2 = tensor.cast %r#2 : tensor<0x3xf32> to tensor<*xf32>
  call @printMemrefF32(%u2) : (tensor<*xf32>) -> ()
  %e = arith.constant dense<0.0> : tensor<0x3xf32>
  %ed = tensor.cast %e : tensor<0x3xf32> to tensor<?x?xf32>
  %z = arith.constant dense<0.0> : tensor<0xf32>
  %zd = tensor.cast %z : tensor<0xf32> to tensor<?xf32>
  %s:3 = call @f(%ed, %bd, %ed, %kd) : (tensor<?x?xf32>, tensor<?xf32>, tensor<?x?xf32>, tensor<?x?xf32>) -> (tensor<?x?xf32>, tensor<?x?xf32>, tensor<0x3xf32>)
  %v0 = tensor.cast %s#0 : tensor<?x?xf32> to tensor<*xf32>
  call @printMemrefF32(%v0) : (tensor<*xf32>) -> ()
  return
}
