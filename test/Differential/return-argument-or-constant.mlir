// Found by act-difftest: a function that returns one of its arguments or a
// constant made act-cpu-pipeline emit builtin.unrealized_conversion_cast
// (the bufferization.clone that buffer deallocation inserts for a returned
// buffer the function does not own was never lowered), so act-translate and
// the JIT rejected the "successfully" lowered module.

// REQUIRES: mlir-runner
// RUN: act-opt %s --act-cpu-pipeline | FileCheck %s --check-prefix=LLVM
// RUN: act-opt %s --act-cpu-pipeline | act-translate --mlir-to-llvmir -o /dev/null
// RUN: act-opt %s --act-cpu-pipeline | mlir-runner -e main -entry-point-result=void \
// RUN:   -shared-libs=%mlir_c_runner_utils,%mlir_runner_utils | FileCheck %s

// LLVM-LABEL: llvm.func @f(
// LLVM-NOT: unrealized_conversion_cast
// LLVM-NOT: bufferization.clone
func.func @f(%a: tensor<4xf32>) -> (tensor<4xf32>, tensor<4xf32>, tensor<4xf32>) {
  %c = arith.constant dense<[1.0, -2.0, 0x7F800000, -0.0]> : tensor<4xf32>
  %r = act.relu %a : tensor<4xf32>
  return %a, %c, %r : tensor<4xf32>, tensor<4xf32>, tensor<4xf32>
}

func.func private @printMemrefF32(tensor<*xf32>)

func.func @main() {
  %in = arith.constant dense<[-3.0, 0.5, 0x7FC00000, 7.0]> : tensor<4xf32>
  %r:3 = call @f(%in) : (tensor<4xf32>) -> (tensor<4xf32>, tensor<4xf32>, tensor<4xf32>)
  %u0 = tensor.cast %r#0 : tensor<4xf32> to tensor<*xf32>
  %u1 = tensor.cast %r#1 : tensor<4xf32> to tensor<*xf32>
  %u2 = tensor.cast %r#2 : tensor<4xf32> to tensor<*xf32>
  // CHECK: [-3,  0.5,  nan,  7]
  call @printMemrefF32(%u0) : (tensor<*xf32>) -> ()
  // CHECK: [1,  -2,  inf,  -0]
  call @printMemrefF32(%u1) : (tensor<*xf32>) -> ()
  // CHECK: [0,  0.5,  nan,  7]
  call @printMemrefF32(%u2) : (tensor<*xf32>) -> ()
  return
}
