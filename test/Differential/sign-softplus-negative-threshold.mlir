// Found by act-difftest: the sign analysis took every softplus result to be
// >= +0, so act-sign-simplify removed relu(softplus(x)). With a negative
// `threshold`, softplus(x) = x wherever beta * x > threshold, which includes
// negative x (and -0): softplus{threshold = -5}(-1) = -1, so the relu is
// needed.

// RUN: act-opt %s --act-sign-simplify | FileCheck %s
// REQUIRES: mlir-runner
// RUN: act-opt %s --act-cpu-pipeline | mlir-runner -e main -entry-point-result=void \
// RUN:   -shared-libs=%mlir_c_runner_utils,%mlir_runner_utils | FileCheck %s --check-prefix=EXEC

// CHECK-LABEL: func.func @negative_threshold
// CHECK: act.softplus
// CHECK: act.relu
func.func @negative_threshold(%x: tensor<4xf32>) -> tensor<4xf32> {
  %0 = act.softplus %x {threshold = -5.0 : f64} : tensor<4xf32>
  %1 = act.relu %0 : tensor<4xf32>
  return %1 : tensor<4xf32>
}

// With a threshold >= 0 the result is >= +0 and the relu still goes.
// CHECK-LABEL: func.func @default_threshold
// CHECK: act.softplus
// CHECK-NOT: act.relu
func.func @default_threshold(%x: tensor<4xf32>) -> tensor<4xf32> {
  %0 = act.softplus %x : tensor<4xf32>
  %1 = act.relu %0 : tensor<4xf32>
  return %1 : tensor<4xf32>
}

func.func private @printMemrefF32(tensor<*xf32>)

func.func @main() {
  %in = arith.constant dense<[-1.0, -0.0, 2.0, -10.0]> : tensor<4xf32>
  %r = call @negative_threshold(%in) : (tensor<4xf32>) -> tensor<4xf32>
  %u = tensor.cast %r : tensor<4xf32> to tensor<*xf32>
  // softplus: -1, -0, 2, log1p(exp(-10)); relu: 0, 0, 2, 4.54e-05
  // EXEC: [0,  0,  2,  4.5{{[0-9]*}}e-05]
  call @printMemrefF32(%u) : (tensor<*xf32>) -> ()
  return
}
