// Every act op on dynamic-shaped tensors of every float type goes through
// act-cpu-pipeline, act-translate (LLVM IR) and runs: under mlir-runner, and
// as LLVM IR under lli.
// Inputs [-2, -0.5, 0, 0.5, 2] (5 elements,
// a masked tail only). The printed values are checked for relu and
// hardswish (exact); the run itself is the test for the rest.

// REQUIRES: mlir-runner
// RUN: act-opt %s --act-cpu-pipeline > %t.mlir
// RUN: act-translate --mlir-to-llvmir %t.mlir -o %t.ll
// RUN: mlir-runner %t.mlir -e main -entry-point-result=void \
// RUN:   -shared-libs=%mlir_c_runner_utils,%mlir_runner_utils | FileCheck %s
// RUN: lli --dlopen=%mlir_c_runner_utils --dlopen=%mlir_runner_utils %t.ll | FileCheck %s

func.func @relu_f16(%x: tensor<?xf16>, %y: tensor<?xf16>) -> tensor<?xf16> {
  %0 = act.relu %x  : tensor<?xf16>
  return %0 : tensor<?xf16>
}

func.func @relu_ignore_f16(%x: tensor<?xf16>, %y: tensor<?xf16>) -> tensor<?xf16> {
  %0 = act.relu %x {nan_mode = #act.nan_mode<ignore>} : tensor<?xf16>
  return %0 : tensor<?xf16>
}

func.func @clamp_f16(%x: tensor<?xf16>, %y: tensor<?xf16>) -> tensor<?xf16> {
  %0 = act.clamp %x {min = -1.0 : f64, max = 6.0 : f64} : tensor<?xf16>
  return %0 : tensor<?xf16>
}

func.func @leaky_relu_f16(%x: tensor<?xf16>, %y: tensor<?xf16>) -> tensor<?xf16> {
  %0 = act.leaky_relu %x {alpha = 0.1 : f64} : tensor<?xf16>
  return %0 : tensor<?xf16>
}

func.func @prelu_f16(%x: tensor<?xf16>, %y: tensor<?xf16>) -> tensor<?xf16> {
  %0 = act.prelu %x, %y  : tensor<?xf16>
  return %0 : tensor<?xf16>
}

func.func @elu_f16(%x: tensor<?xf16>, %y: tensor<?xf16>) -> tensor<?xf16> {
  %0 = act.elu %x  : tensor<?xf16>
  return %0 : tensor<?xf16>
}

func.func @selu_f16(%x: tensor<?xf16>, %y: tensor<?xf16>) -> tensor<?xf16> {
  %0 = act.selu %x  : tensor<?xf16>
  return %0 : tensor<?xf16>
}

func.func @celu_f16(%x: tensor<?xf16>, %y: tensor<?xf16>) -> tensor<?xf16> {
  %0 = act.celu %x {alpha = 2.0 : f64} : tensor<?xf16>
  return %0 : tensor<?xf16>
}

func.func @gelu_f16(%x: tensor<?xf16>, %y: tensor<?xf16>) -> tensor<?xf16> {
  %0 = act.gelu %x  : tensor<?xf16>
  return %0 : tensor<?xf16>
}

func.func @gelu_tanh_f16(%x: tensor<?xf16>, %y: tensor<?xf16>) -> tensor<?xf16> {
  %0 = act.gelu %x {approximate = #act.approximate<tanh>} : tensor<?xf16>
  return %0 : tensor<?xf16>
}

func.func @sigmoid_f16(%x: tensor<?xf16>, %y: tensor<?xf16>) -> tensor<?xf16> {
  %0 = act.sigmoid %x  : tensor<?xf16>
  return %0 : tensor<?xf16>
}

func.func @silu_f16(%x: tensor<?xf16>, %y: tensor<?xf16>) -> tensor<?xf16> {
  %0 = act.silu %x  : tensor<?xf16>
  return %0 : tensor<?xf16>
}

func.func @hardsigmoid_f16(%x: tensor<?xf16>, %y: tensor<?xf16>) -> tensor<?xf16> {
  %0 = act.hardsigmoid %x  : tensor<?xf16>
  return %0 : tensor<?xf16>
}

func.func @hardswish_f16(%x: tensor<?xf16>, %y: tensor<?xf16>) -> tensor<?xf16> {
  %0 = act.hardswish %x  : tensor<?xf16>
  return %0 : tensor<?xf16>
}

func.func @softplus_f16(%x: tensor<?xf16>, %y: tensor<?xf16>) -> tensor<?xf16> {
  %0 = act.softplus %x  : tensor<?xf16>
  return %0 : tensor<?xf16>
}

func.func @mish_f16(%x: tensor<?xf16>, %y: tensor<?xf16>) -> tensor<?xf16> {
  %0 = act.mish %x  : tensor<?xf16>
  return %0 : tensor<?xf16>
}

func.func @threshold_f16(%x: tensor<?xf16>, %y: tensor<?xf16>) -> tensor<?xf16> {
  %0 = act.threshold %x {threshold = 0.5 : f64, value = -1.0 : f64} : tensor<?xf16>
  return %0 : tensor<?xf16>
}

func.func @relu_grad_f16(%x: tensor<?xf16>, %y: tensor<?xf16>) -> tensor<?xf16> {
  %0 = act.relu_grad %x, %y  : tensor<?xf16>
  return %0 : tensor<?xf16>
}

func.func @relu_bf16(%x: tensor<?xbf16>, %y: tensor<?xbf16>) -> tensor<?xbf16> {
  %0 = act.relu %x  : tensor<?xbf16>
  return %0 : tensor<?xbf16>
}

func.func @relu_ignore_bf16(%x: tensor<?xbf16>, %y: tensor<?xbf16>) -> tensor<?xbf16> {
  %0 = act.relu %x {nan_mode = #act.nan_mode<ignore>} : tensor<?xbf16>
  return %0 : tensor<?xbf16>
}

func.func @clamp_bf16(%x: tensor<?xbf16>, %y: tensor<?xbf16>) -> tensor<?xbf16> {
  %0 = act.clamp %x {min = -1.0 : f64, max = 6.0 : f64} : tensor<?xbf16>
  return %0 : tensor<?xbf16>
}

func.func @leaky_relu_bf16(%x: tensor<?xbf16>, %y: tensor<?xbf16>) -> tensor<?xbf16> {
  %0 = act.leaky_relu %x {alpha = 0.1 : f64} : tensor<?xbf16>
  return %0 : tensor<?xbf16>
}

func.func @prelu_bf16(%x: tensor<?xbf16>, %y: tensor<?xbf16>) -> tensor<?xbf16> {
  %0 = act.prelu %x, %y  : tensor<?xbf16>
  return %0 : tensor<?xbf16>
}

func.func @elu_bf16(%x: tensor<?xbf16>, %y: tensor<?xbf16>) -> tensor<?xbf16> {
  %0 = act.elu %x  : tensor<?xbf16>
  return %0 : tensor<?xbf16>
}

func.func @selu_bf16(%x: tensor<?xbf16>, %y: tensor<?xbf16>) -> tensor<?xbf16> {
  %0 = act.selu %x  : tensor<?xbf16>
  return %0 : tensor<?xbf16>
}

func.func @celu_bf16(%x: tensor<?xbf16>, %y: tensor<?xbf16>) -> tensor<?xbf16> {
  %0 = act.celu %x {alpha = 2.0 : f64} : tensor<?xbf16>
  return %0 : tensor<?xbf16>
}

func.func @gelu_bf16(%x: tensor<?xbf16>, %y: tensor<?xbf16>) -> tensor<?xbf16> {
  %0 = act.gelu %x  : tensor<?xbf16>
  return %0 : tensor<?xbf16>
}

func.func @gelu_tanh_bf16(%x: tensor<?xbf16>, %y: tensor<?xbf16>) -> tensor<?xbf16> {
  %0 = act.gelu %x {approximate = #act.approximate<tanh>} : tensor<?xbf16>
  return %0 : tensor<?xbf16>
}

func.func @sigmoid_bf16(%x: tensor<?xbf16>, %y: tensor<?xbf16>) -> tensor<?xbf16> {
  %0 = act.sigmoid %x  : tensor<?xbf16>
  return %0 : tensor<?xbf16>
}

func.func @silu_bf16(%x: tensor<?xbf16>, %y: tensor<?xbf16>) -> tensor<?xbf16> {
  %0 = act.silu %x  : tensor<?xbf16>
  return %0 : tensor<?xbf16>
}

func.func @hardsigmoid_bf16(%x: tensor<?xbf16>, %y: tensor<?xbf16>) -> tensor<?xbf16> {
  %0 = act.hardsigmoid %x  : tensor<?xbf16>
  return %0 : tensor<?xbf16>
}

func.func @hardswish_bf16(%x: tensor<?xbf16>, %y: tensor<?xbf16>) -> tensor<?xbf16> {
  %0 = act.hardswish %x  : tensor<?xbf16>
  return %0 : tensor<?xbf16>
}

func.func @softplus_bf16(%x: tensor<?xbf16>, %y: tensor<?xbf16>) -> tensor<?xbf16> {
  %0 = act.softplus %x  : tensor<?xbf16>
  return %0 : tensor<?xbf16>
}

func.func @mish_bf16(%x: tensor<?xbf16>, %y: tensor<?xbf16>) -> tensor<?xbf16> {
  %0 = act.mish %x  : tensor<?xbf16>
  return %0 : tensor<?xbf16>
}

func.func @threshold_bf16(%x: tensor<?xbf16>, %y: tensor<?xbf16>) -> tensor<?xbf16> {
  %0 = act.threshold %x {threshold = 0.5 : f64, value = -1.0 : f64} : tensor<?xbf16>
  return %0 : tensor<?xbf16>
}

func.func @relu_grad_bf16(%x: tensor<?xbf16>, %y: tensor<?xbf16>) -> tensor<?xbf16> {
  %0 = act.relu_grad %x, %y  : tensor<?xbf16>
  return %0 : tensor<?xbf16>
}

func.func @relu_f32(%x: tensor<?xf32>, %y: tensor<?xf32>) -> tensor<?xf32> {
  %0 = act.relu %x  : tensor<?xf32>
  return %0 : tensor<?xf32>
}

func.func @relu_ignore_f32(%x: tensor<?xf32>, %y: tensor<?xf32>) -> tensor<?xf32> {
  %0 = act.relu %x {nan_mode = #act.nan_mode<ignore>} : tensor<?xf32>
  return %0 : tensor<?xf32>
}

func.func @clamp_f32(%x: tensor<?xf32>, %y: tensor<?xf32>) -> tensor<?xf32> {
  %0 = act.clamp %x {min = -1.0 : f64, max = 6.0 : f64} : tensor<?xf32>
  return %0 : tensor<?xf32>
}

func.func @leaky_relu_f32(%x: tensor<?xf32>, %y: tensor<?xf32>) -> tensor<?xf32> {
  %0 = act.leaky_relu %x {alpha = 0.1 : f64} : tensor<?xf32>
  return %0 : tensor<?xf32>
}

func.func @prelu_f32(%x: tensor<?xf32>, %y: tensor<?xf32>) -> tensor<?xf32> {
  %0 = act.prelu %x, %y  : tensor<?xf32>
  return %0 : tensor<?xf32>
}

func.func @elu_f32(%x: tensor<?xf32>, %y: tensor<?xf32>) -> tensor<?xf32> {
  %0 = act.elu %x  : tensor<?xf32>
  return %0 : tensor<?xf32>
}

func.func @selu_f32(%x: tensor<?xf32>, %y: tensor<?xf32>) -> tensor<?xf32> {
  %0 = act.selu %x  : tensor<?xf32>
  return %0 : tensor<?xf32>
}

func.func @celu_f32(%x: tensor<?xf32>, %y: tensor<?xf32>) -> tensor<?xf32> {
  %0 = act.celu %x {alpha = 2.0 : f64} : tensor<?xf32>
  return %0 : tensor<?xf32>
}

func.func @gelu_f32(%x: tensor<?xf32>, %y: tensor<?xf32>) -> tensor<?xf32> {
  %0 = act.gelu %x  : tensor<?xf32>
  return %0 : tensor<?xf32>
}

func.func @gelu_tanh_f32(%x: tensor<?xf32>, %y: tensor<?xf32>) -> tensor<?xf32> {
  %0 = act.gelu %x {approximate = #act.approximate<tanh>} : tensor<?xf32>
  return %0 : tensor<?xf32>
}

func.func @sigmoid_f32(%x: tensor<?xf32>, %y: tensor<?xf32>) -> tensor<?xf32> {
  %0 = act.sigmoid %x  : tensor<?xf32>
  return %0 : tensor<?xf32>
}

func.func @silu_f32(%x: tensor<?xf32>, %y: tensor<?xf32>) -> tensor<?xf32> {
  %0 = act.silu %x  : tensor<?xf32>
  return %0 : tensor<?xf32>
}

func.func @hardsigmoid_f32(%x: tensor<?xf32>, %y: tensor<?xf32>) -> tensor<?xf32> {
  %0 = act.hardsigmoid %x  : tensor<?xf32>
  return %0 : tensor<?xf32>
}

func.func @hardswish_f32(%x: tensor<?xf32>, %y: tensor<?xf32>) -> tensor<?xf32> {
  %0 = act.hardswish %x  : tensor<?xf32>
  return %0 : tensor<?xf32>
}

func.func @softplus_f32(%x: tensor<?xf32>, %y: tensor<?xf32>) -> tensor<?xf32> {
  %0 = act.softplus %x  : tensor<?xf32>
  return %0 : tensor<?xf32>
}

func.func @mish_f32(%x: tensor<?xf32>, %y: tensor<?xf32>) -> tensor<?xf32> {
  %0 = act.mish %x  : tensor<?xf32>
  return %0 : tensor<?xf32>
}

func.func @threshold_f32(%x: tensor<?xf32>, %y: tensor<?xf32>) -> tensor<?xf32> {
  %0 = act.threshold %x {threshold = 0.5 : f64, value = -1.0 : f64} : tensor<?xf32>
  return %0 : tensor<?xf32>
}

func.func @relu_grad_f32(%x: tensor<?xf32>, %y: tensor<?xf32>) -> tensor<?xf32> {
  %0 = act.relu_grad %x, %y  : tensor<?xf32>
  return %0 : tensor<?xf32>
}

func.func @relu_f64(%x: tensor<?xf64>, %y: tensor<?xf64>) -> tensor<?xf64> {
  %0 = act.relu %x  : tensor<?xf64>
  return %0 : tensor<?xf64>
}

func.func @relu_ignore_f64(%x: tensor<?xf64>, %y: tensor<?xf64>) -> tensor<?xf64> {
  %0 = act.relu %x {nan_mode = #act.nan_mode<ignore>} : tensor<?xf64>
  return %0 : tensor<?xf64>
}

func.func @clamp_f64(%x: tensor<?xf64>, %y: tensor<?xf64>) -> tensor<?xf64> {
  %0 = act.clamp %x {min = -1.0 : f64, max = 6.0 : f64} : tensor<?xf64>
  return %0 : tensor<?xf64>
}

func.func @leaky_relu_f64(%x: tensor<?xf64>, %y: tensor<?xf64>) -> tensor<?xf64> {
  %0 = act.leaky_relu %x {alpha = 0.1 : f64} : tensor<?xf64>
  return %0 : tensor<?xf64>
}

func.func @prelu_f64(%x: tensor<?xf64>, %y: tensor<?xf64>) -> tensor<?xf64> {
  %0 = act.prelu %x, %y  : tensor<?xf64>
  return %0 : tensor<?xf64>
}

func.func @elu_f64(%x: tensor<?xf64>, %y: tensor<?xf64>) -> tensor<?xf64> {
  %0 = act.elu %x  : tensor<?xf64>
  return %0 : tensor<?xf64>
}

func.func @selu_f64(%x: tensor<?xf64>, %y: tensor<?xf64>) -> tensor<?xf64> {
  %0 = act.selu %x  : tensor<?xf64>
  return %0 : tensor<?xf64>
}

func.func @celu_f64(%x: tensor<?xf64>, %y: tensor<?xf64>) -> tensor<?xf64> {
  %0 = act.celu %x {alpha = 2.0 : f64} : tensor<?xf64>
  return %0 : tensor<?xf64>
}

func.func @gelu_f64(%x: tensor<?xf64>, %y: tensor<?xf64>) -> tensor<?xf64> {
  %0 = act.gelu %x  : tensor<?xf64>
  return %0 : tensor<?xf64>
}

func.func @gelu_tanh_f64(%x: tensor<?xf64>, %y: tensor<?xf64>) -> tensor<?xf64> {
  %0 = act.gelu %x {approximate = #act.approximate<tanh>} : tensor<?xf64>
  return %0 : tensor<?xf64>
}

func.func @sigmoid_f64(%x: tensor<?xf64>, %y: tensor<?xf64>) -> tensor<?xf64> {
  %0 = act.sigmoid %x  : tensor<?xf64>
  return %0 : tensor<?xf64>
}

func.func @silu_f64(%x: tensor<?xf64>, %y: tensor<?xf64>) -> tensor<?xf64> {
  %0 = act.silu %x  : tensor<?xf64>
  return %0 : tensor<?xf64>
}

func.func @hardsigmoid_f64(%x: tensor<?xf64>, %y: tensor<?xf64>) -> tensor<?xf64> {
  %0 = act.hardsigmoid %x  : tensor<?xf64>
  return %0 : tensor<?xf64>
}

func.func @hardswish_f64(%x: tensor<?xf64>, %y: tensor<?xf64>) -> tensor<?xf64> {
  %0 = act.hardswish %x  : tensor<?xf64>
  return %0 : tensor<?xf64>
}

func.func @softplus_f64(%x: tensor<?xf64>, %y: tensor<?xf64>) -> tensor<?xf64> {
  %0 = act.softplus %x  : tensor<?xf64>
  return %0 : tensor<?xf64>
}

func.func @mish_f64(%x: tensor<?xf64>, %y: tensor<?xf64>) -> tensor<?xf64> {
  %0 = act.mish %x  : tensor<?xf64>
  return %0 : tensor<?xf64>
}

func.func @threshold_f64(%x: tensor<?xf64>, %y: tensor<?xf64>) -> tensor<?xf64> {
  %0 = act.threshold %x {threshold = 0.5 : f64, value = -1.0 : f64} : tensor<?xf64>
  return %0 : tensor<?xf64>
}

func.func @relu_grad_f64(%x: tensor<?xf64>, %y: tensor<?xf64>) -> tensor<?xf64> {
  %0 = act.relu_grad %x, %y  : tensor<?xf64>
  return %0 : tensor<?xf64>
}

func.func private @printMemrefF16(memref<*xf16>) attributes {llvm.emit_c_interface}
func.func private @printMemrefBF16(memref<*xbf16>) attributes {llvm.emit_c_interface}
func.func private @printMemrefF32(memref<*xf32>) attributes {llvm.emit_c_interface}
func.func private @printMemrefF64(memref<*xf64>) attributes {llvm.emit_c_interface}

func.func @main() {
  %c_f16 = arith.constant dense<[-2.0, -0.5, 0.0, 0.5, 2.0]> : tensor<5xf16>
  %x_f16 = tensor.cast %c_f16 : tensor<5xf16> to tensor<?xf16>
  %r_relu_f16 = call @relu_f16(%x_f16, %x_f16) : (tensor<?xf16>, tensor<?xf16>) -> tensor<?xf16>
  %m_relu_f16 = bufferization.to_buffer %r_relu_f16 : tensor<?xf16> to memref<?xf16>
  %u_relu_f16 = memref.cast %m_relu_f16 : memref<?xf16> to memref<*xf16>
  call @printMemrefF16(%u_relu_f16) : (memref<*xf16>) -> ()
  // CHECK: [0,  0,  0,  0.5,  2]
  %r_relu_ignore_f16 = call @relu_ignore_f16(%x_f16, %x_f16) : (tensor<?xf16>, tensor<?xf16>) -> tensor<?xf16>
  %m_relu_ignore_f16 = bufferization.to_buffer %r_relu_ignore_f16 : tensor<?xf16> to memref<?xf16>
  %u_relu_ignore_f16 = memref.cast %m_relu_ignore_f16 : memref<?xf16> to memref<*xf16>
  call @printMemrefF16(%u_relu_ignore_f16) : (memref<*xf16>) -> ()
  // CHECK: [{{.*}}]
  %r_clamp_f16 = call @clamp_f16(%x_f16, %x_f16) : (tensor<?xf16>, tensor<?xf16>) -> tensor<?xf16>
  %m_clamp_f16 = bufferization.to_buffer %r_clamp_f16 : tensor<?xf16> to memref<?xf16>
  %u_clamp_f16 = memref.cast %m_clamp_f16 : memref<?xf16> to memref<*xf16>
  call @printMemrefF16(%u_clamp_f16) : (memref<*xf16>) -> ()
  // CHECK: [{{.*}}]
  %r_leaky_relu_f16 = call @leaky_relu_f16(%x_f16, %x_f16) : (tensor<?xf16>, tensor<?xf16>) -> tensor<?xf16>
  %m_leaky_relu_f16 = bufferization.to_buffer %r_leaky_relu_f16 : tensor<?xf16> to memref<?xf16>
  %u_leaky_relu_f16 = memref.cast %m_leaky_relu_f16 : memref<?xf16> to memref<*xf16>
  call @printMemrefF16(%u_leaky_relu_f16) : (memref<*xf16>) -> ()
  // CHECK: [{{.*}}]
  %r_prelu_f16 = call @prelu_f16(%x_f16, %x_f16) : (tensor<?xf16>, tensor<?xf16>) -> tensor<?xf16>
  %m_prelu_f16 = bufferization.to_buffer %r_prelu_f16 : tensor<?xf16> to memref<?xf16>
  %u_prelu_f16 = memref.cast %m_prelu_f16 : memref<?xf16> to memref<*xf16>
  call @printMemrefF16(%u_prelu_f16) : (memref<*xf16>) -> ()
  // CHECK: [{{.*}}]
  %r_elu_f16 = call @elu_f16(%x_f16, %x_f16) : (tensor<?xf16>, tensor<?xf16>) -> tensor<?xf16>
  %m_elu_f16 = bufferization.to_buffer %r_elu_f16 : tensor<?xf16> to memref<?xf16>
  %u_elu_f16 = memref.cast %m_elu_f16 : memref<?xf16> to memref<*xf16>
  call @printMemrefF16(%u_elu_f16) : (memref<*xf16>) -> ()
  // CHECK: [{{.*}}]
  %r_selu_f16 = call @selu_f16(%x_f16, %x_f16) : (tensor<?xf16>, tensor<?xf16>) -> tensor<?xf16>
  %m_selu_f16 = bufferization.to_buffer %r_selu_f16 : tensor<?xf16> to memref<?xf16>
  %u_selu_f16 = memref.cast %m_selu_f16 : memref<?xf16> to memref<*xf16>
  call @printMemrefF16(%u_selu_f16) : (memref<*xf16>) -> ()
  // CHECK: [{{.*}}]
  %r_celu_f16 = call @celu_f16(%x_f16, %x_f16) : (tensor<?xf16>, tensor<?xf16>) -> tensor<?xf16>
  %m_celu_f16 = bufferization.to_buffer %r_celu_f16 : tensor<?xf16> to memref<?xf16>
  %u_celu_f16 = memref.cast %m_celu_f16 : memref<?xf16> to memref<*xf16>
  call @printMemrefF16(%u_celu_f16) : (memref<*xf16>) -> ()
  // CHECK: [{{.*}}]
  %r_gelu_f16 = call @gelu_f16(%x_f16, %x_f16) : (tensor<?xf16>, tensor<?xf16>) -> tensor<?xf16>
  %m_gelu_f16 = bufferization.to_buffer %r_gelu_f16 : tensor<?xf16> to memref<?xf16>
  %u_gelu_f16 = memref.cast %m_gelu_f16 : memref<?xf16> to memref<*xf16>
  call @printMemrefF16(%u_gelu_f16) : (memref<*xf16>) -> ()
  // CHECK: [{{.*}}]
  %r_gelu_tanh_f16 = call @gelu_tanh_f16(%x_f16, %x_f16) : (tensor<?xf16>, tensor<?xf16>) -> tensor<?xf16>
  %m_gelu_tanh_f16 = bufferization.to_buffer %r_gelu_tanh_f16 : tensor<?xf16> to memref<?xf16>
  %u_gelu_tanh_f16 = memref.cast %m_gelu_tanh_f16 : memref<?xf16> to memref<*xf16>
  call @printMemrefF16(%u_gelu_tanh_f16) : (memref<*xf16>) -> ()
  // CHECK: [{{.*}}]
  %r_sigmoid_f16 = call @sigmoid_f16(%x_f16, %x_f16) : (tensor<?xf16>, tensor<?xf16>) -> tensor<?xf16>
  %m_sigmoid_f16 = bufferization.to_buffer %r_sigmoid_f16 : tensor<?xf16> to memref<?xf16>
  %u_sigmoid_f16 = memref.cast %m_sigmoid_f16 : memref<?xf16> to memref<*xf16>
  call @printMemrefF16(%u_sigmoid_f16) : (memref<*xf16>) -> ()
  // CHECK: [{{.*}}]
  %r_silu_f16 = call @silu_f16(%x_f16, %x_f16) : (tensor<?xf16>, tensor<?xf16>) -> tensor<?xf16>
  %m_silu_f16 = bufferization.to_buffer %r_silu_f16 : tensor<?xf16> to memref<?xf16>
  %u_silu_f16 = memref.cast %m_silu_f16 : memref<?xf16> to memref<*xf16>
  call @printMemrefF16(%u_silu_f16) : (memref<*xf16>) -> ()
  // CHECK: [{{.*}}]
  %r_hardsigmoid_f16 = call @hardsigmoid_f16(%x_f16, %x_f16) : (tensor<?xf16>, tensor<?xf16>) -> tensor<?xf16>
  %m_hardsigmoid_f16 = bufferization.to_buffer %r_hardsigmoid_f16 : tensor<?xf16> to memref<?xf16>
  %u_hardsigmoid_f16 = memref.cast %m_hardsigmoid_f16 : memref<?xf16> to memref<*xf16>
  call @printMemrefF16(%u_hardsigmoid_f16) : (memref<*xf16>) -> ()
  // CHECK: [{{.*}}]
  %r_hardswish_f16 = call @hardswish_f16(%x_f16, %x_f16) : (tensor<?xf16>, tensor<?xf16>) -> tensor<?xf16>
  %m_hardswish_f16 = bufferization.to_buffer %r_hardswish_f16 : tensor<?xf16> to memref<?xf16>
  %u_hardswish_f16 = memref.cast %m_hardswish_f16 : memref<?xf16> to memref<*xf16>
  call @printMemrefF16(%u_hardswish_f16) : (memref<*xf16>) -> ()
  // CHECK: [-0.333{{[0-9]*}},  -0.208{{[0-9]*}},  0,  0.291{{[0-9]*}},  1.66{{[0-9]*}}]
  %r_softplus_f16 = call @softplus_f16(%x_f16, %x_f16) : (tensor<?xf16>, tensor<?xf16>) -> tensor<?xf16>
  %m_softplus_f16 = bufferization.to_buffer %r_softplus_f16 : tensor<?xf16> to memref<?xf16>
  %u_softplus_f16 = memref.cast %m_softplus_f16 : memref<?xf16> to memref<*xf16>
  call @printMemrefF16(%u_softplus_f16) : (memref<*xf16>) -> ()
  // CHECK: [{{.*}}]
  %r_mish_f16 = call @mish_f16(%x_f16, %x_f16) : (tensor<?xf16>, tensor<?xf16>) -> tensor<?xf16>
  %m_mish_f16 = bufferization.to_buffer %r_mish_f16 : tensor<?xf16> to memref<?xf16>
  %u_mish_f16 = memref.cast %m_mish_f16 : memref<?xf16> to memref<*xf16>
  call @printMemrefF16(%u_mish_f16) : (memref<*xf16>) -> ()
  // CHECK: [{{.*}}]
  %r_threshold_f16 = call @threshold_f16(%x_f16, %x_f16) : (tensor<?xf16>, tensor<?xf16>) -> tensor<?xf16>
  %m_threshold_f16 = bufferization.to_buffer %r_threshold_f16 : tensor<?xf16> to memref<?xf16>
  %u_threshold_f16 = memref.cast %m_threshold_f16 : memref<?xf16> to memref<*xf16>
  call @printMemrefF16(%u_threshold_f16) : (memref<*xf16>) -> ()
  // CHECK: [{{.*}}]
  %r_relu_grad_f16 = call @relu_grad_f16(%x_f16, %x_f16) : (tensor<?xf16>, tensor<?xf16>) -> tensor<?xf16>
  %m_relu_grad_f16 = bufferization.to_buffer %r_relu_grad_f16 : tensor<?xf16> to memref<?xf16>
  %u_relu_grad_f16 = memref.cast %m_relu_grad_f16 : memref<?xf16> to memref<*xf16>
  call @printMemrefF16(%u_relu_grad_f16) : (memref<*xf16>) -> ()
  // CHECK: [{{.*}}]
  %c_bf16 = arith.constant dense<[-2.0, -0.5, 0.0, 0.5, 2.0]> : tensor<5xbf16>
  %x_bf16 = tensor.cast %c_bf16 : tensor<5xbf16> to tensor<?xbf16>
  %r_relu_bf16 = call @relu_bf16(%x_bf16, %x_bf16) : (tensor<?xbf16>, tensor<?xbf16>) -> tensor<?xbf16>
  %m_relu_bf16 = bufferization.to_buffer %r_relu_bf16 : tensor<?xbf16> to memref<?xbf16>
  %u_relu_bf16 = memref.cast %m_relu_bf16 : memref<?xbf16> to memref<*xbf16>
  call @printMemrefBF16(%u_relu_bf16) : (memref<*xbf16>) -> ()
  // CHECK: [0,  0,  0,  0.5,  2]
  %r_relu_ignore_bf16 = call @relu_ignore_bf16(%x_bf16, %x_bf16) : (tensor<?xbf16>, tensor<?xbf16>) -> tensor<?xbf16>
  %m_relu_ignore_bf16 = bufferization.to_buffer %r_relu_ignore_bf16 : tensor<?xbf16> to memref<?xbf16>
  %u_relu_ignore_bf16 = memref.cast %m_relu_ignore_bf16 : memref<?xbf16> to memref<*xbf16>
  call @printMemrefBF16(%u_relu_ignore_bf16) : (memref<*xbf16>) -> ()
  // CHECK: [{{.*}}]
  %r_clamp_bf16 = call @clamp_bf16(%x_bf16, %x_bf16) : (tensor<?xbf16>, tensor<?xbf16>) -> tensor<?xbf16>
  %m_clamp_bf16 = bufferization.to_buffer %r_clamp_bf16 : tensor<?xbf16> to memref<?xbf16>
  %u_clamp_bf16 = memref.cast %m_clamp_bf16 : memref<?xbf16> to memref<*xbf16>
  call @printMemrefBF16(%u_clamp_bf16) : (memref<*xbf16>) -> ()
  // CHECK: [{{.*}}]
  %r_leaky_relu_bf16 = call @leaky_relu_bf16(%x_bf16, %x_bf16) : (tensor<?xbf16>, tensor<?xbf16>) -> tensor<?xbf16>
  %m_leaky_relu_bf16 = bufferization.to_buffer %r_leaky_relu_bf16 : tensor<?xbf16> to memref<?xbf16>
  %u_leaky_relu_bf16 = memref.cast %m_leaky_relu_bf16 : memref<?xbf16> to memref<*xbf16>
  call @printMemrefBF16(%u_leaky_relu_bf16) : (memref<*xbf16>) -> ()
  // CHECK: [{{.*}}]
  %r_prelu_bf16 = call @prelu_bf16(%x_bf16, %x_bf16) : (tensor<?xbf16>, tensor<?xbf16>) -> tensor<?xbf16>
  %m_prelu_bf16 = bufferization.to_buffer %r_prelu_bf16 : tensor<?xbf16> to memref<?xbf16>
  %u_prelu_bf16 = memref.cast %m_prelu_bf16 : memref<?xbf16> to memref<*xbf16>
  call @printMemrefBF16(%u_prelu_bf16) : (memref<*xbf16>) -> ()
  // CHECK: [{{.*}}]
  %r_elu_bf16 = call @elu_bf16(%x_bf16, %x_bf16) : (tensor<?xbf16>, tensor<?xbf16>) -> tensor<?xbf16>
  %m_elu_bf16 = bufferization.to_buffer %r_elu_bf16 : tensor<?xbf16> to memref<?xbf16>
  %u_elu_bf16 = memref.cast %m_elu_bf16 : memref<?xbf16> to memref<*xbf16>
  call @printMemrefBF16(%u_elu_bf16) : (memref<*xbf16>) -> ()
  // CHECK: [{{.*}}]
  %r_selu_bf16 = call @selu_bf16(%x_bf16, %x_bf16) : (tensor<?xbf16>, tensor<?xbf16>) -> tensor<?xbf16>
  %m_selu_bf16 = bufferization.to_buffer %r_selu_bf16 : tensor<?xbf16> to memref<?xbf16>
  %u_selu_bf16 = memref.cast %m_selu_bf16 : memref<?xbf16> to memref<*xbf16>
  call @printMemrefBF16(%u_selu_bf16) : (memref<*xbf16>) -> ()
  // CHECK: [{{.*}}]
  %r_celu_bf16 = call @celu_bf16(%x_bf16, %x_bf16) : (tensor<?xbf16>, tensor<?xbf16>) -> tensor<?xbf16>
  %m_celu_bf16 = bufferization.to_buffer %r_celu_bf16 : tensor<?xbf16> to memref<?xbf16>
  %u_celu_bf16 = memref.cast %m_celu_bf16 : memref<?xbf16> to memref<*xbf16>
  call @printMemrefBF16(%u_celu_bf16) : (memref<*xbf16>) -> ()
  // CHECK: [{{.*}}]
  %r_gelu_bf16 = call @gelu_bf16(%x_bf16, %x_bf16) : (tensor<?xbf16>, tensor<?xbf16>) -> tensor<?xbf16>
  %m_gelu_bf16 = bufferization.to_buffer %r_gelu_bf16 : tensor<?xbf16> to memref<?xbf16>
  %u_gelu_bf16 = memref.cast %m_gelu_bf16 : memref<?xbf16> to memref<*xbf16>
  call @printMemrefBF16(%u_gelu_bf16) : (memref<*xbf16>) -> ()
  // CHECK: [{{.*}}]
  %r_gelu_tanh_bf16 = call @gelu_tanh_bf16(%x_bf16, %x_bf16) : (tensor<?xbf16>, tensor<?xbf16>) -> tensor<?xbf16>
  %m_gelu_tanh_bf16 = bufferization.to_buffer %r_gelu_tanh_bf16 : tensor<?xbf16> to memref<?xbf16>
  %u_gelu_tanh_bf16 = memref.cast %m_gelu_tanh_bf16 : memref<?xbf16> to memref<*xbf16>
  call @printMemrefBF16(%u_gelu_tanh_bf16) : (memref<*xbf16>) -> ()
  // CHECK: [{{.*}}]
  %r_sigmoid_bf16 = call @sigmoid_bf16(%x_bf16, %x_bf16) : (tensor<?xbf16>, tensor<?xbf16>) -> tensor<?xbf16>
  %m_sigmoid_bf16 = bufferization.to_buffer %r_sigmoid_bf16 : tensor<?xbf16> to memref<?xbf16>
  %u_sigmoid_bf16 = memref.cast %m_sigmoid_bf16 : memref<?xbf16> to memref<*xbf16>
  call @printMemrefBF16(%u_sigmoid_bf16) : (memref<*xbf16>) -> ()
  // CHECK: [{{.*}}]
  %r_silu_bf16 = call @silu_bf16(%x_bf16, %x_bf16) : (tensor<?xbf16>, tensor<?xbf16>) -> tensor<?xbf16>
  %m_silu_bf16 = bufferization.to_buffer %r_silu_bf16 : tensor<?xbf16> to memref<?xbf16>
  %u_silu_bf16 = memref.cast %m_silu_bf16 : memref<?xbf16> to memref<*xbf16>
  call @printMemrefBF16(%u_silu_bf16) : (memref<*xbf16>) -> ()
  // CHECK: [{{.*}}]
  %r_hardsigmoid_bf16 = call @hardsigmoid_bf16(%x_bf16, %x_bf16) : (tensor<?xbf16>, tensor<?xbf16>) -> tensor<?xbf16>
  %m_hardsigmoid_bf16 = bufferization.to_buffer %r_hardsigmoid_bf16 : tensor<?xbf16> to memref<?xbf16>
  %u_hardsigmoid_bf16 = memref.cast %m_hardsigmoid_bf16 : memref<?xbf16> to memref<*xbf16>
  call @printMemrefBF16(%u_hardsigmoid_bf16) : (memref<*xbf16>) -> ()
  // CHECK: [{{.*}}]
  %r_hardswish_bf16 = call @hardswish_bf16(%x_bf16, %x_bf16) : (tensor<?xbf16>, tensor<?xbf16>) -> tensor<?xbf16>
  %m_hardswish_bf16 = bufferization.to_buffer %r_hardswish_bf16 : tensor<?xbf16> to memref<?xbf16>
  %u_hardswish_bf16 = memref.cast %m_hardswish_bf16 : memref<?xbf16> to memref<*xbf16>
  call @printMemrefBF16(%u_hardswish_bf16) : (memref<*xbf16>) -> ()
  // CHECK: [-0.333{{[0-9]*}},  -0.208{{[0-9]*}},  0,  0.291{{[0-9]*}},  1.66{{[0-9]*}}]
  %r_softplus_bf16 = call @softplus_bf16(%x_bf16, %x_bf16) : (tensor<?xbf16>, tensor<?xbf16>) -> tensor<?xbf16>
  %m_softplus_bf16 = bufferization.to_buffer %r_softplus_bf16 : tensor<?xbf16> to memref<?xbf16>
  %u_softplus_bf16 = memref.cast %m_softplus_bf16 : memref<?xbf16> to memref<*xbf16>
  call @printMemrefBF16(%u_softplus_bf16) : (memref<*xbf16>) -> ()
  // CHECK: [{{.*}}]
  %r_mish_bf16 = call @mish_bf16(%x_bf16, %x_bf16) : (tensor<?xbf16>, tensor<?xbf16>) -> tensor<?xbf16>
  %m_mish_bf16 = bufferization.to_buffer %r_mish_bf16 : tensor<?xbf16> to memref<?xbf16>
  %u_mish_bf16 = memref.cast %m_mish_bf16 : memref<?xbf16> to memref<*xbf16>
  call @printMemrefBF16(%u_mish_bf16) : (memref<*xbf16>) -> ()
  // CHECK: [{{.*}}]
  %r_threshold_bf16 = call @threshold_bf16(%x_bf16, %x_bf16) : (tensor<?xbf16>, tensor<?xbf16>) -> tensor<?xbf16>
  %m_threshold_bf16 = bufferization.to_buffer %r_threshold_bf16 : tensor<?xbf16> to memref<?xbf16>
  %u_threshold_bf16 = memref.cast %m_threshold_bf16 : memref<?xbf16> to memref<*xbf16>
  call @printMemrefBF16(%u_threshold_bf16) : (memref<*xbf16>) -> ()
  // CHECK: [{{.*}}]
  %r_relu_grad_bf16 = call @relu_grad_bf16(%x_bf16, %x_bf16) : (tensor<?xbf16>, tensor<?xbf16>) -> tensor<?xbf16>
  %m_relu_grad_bf16 = bufferization.to_buffer %r_relu_grad_bf16 : tensor<?xbf16> to memref<?xbf16>
  %u_relu_grad_bf16 = memref.cast %m_relu_grad_bf16 : memref<?xbf16> to memref<*xbf16>
  call @printMemrefBF16(%u_relu_grad_bf16) : (memref<*xbf16>) -> ()
  // CHECK: [{{.*}}]
  %c_f32 = arith.constant dense<[-2.0, -0.5, 0.0, 0.5, 2.0]> : tensor<5xf32>
  %x_f32 = tensor.cast %c_f32 : tensor<5xf32> to tensor<?xf32>
  %r_relu_f32 = call @relu_f32(%x_f32, %x_f32) : (tensor<?xf32>, tensor<?xf32>) -> tensor<?xf32>
  %m_relu_f32 = bufferization.to_buffer %r_relu_f32 : tensor<?xf32> to memref<?xf32>
  %u_relu_f32 = memref.cast %m_relu_f32 : memref<?xf32> to memref<*xf32>
  call @printMemrefF32(%u_relu_f32) : (memref<*xf32>) -> ()
  // CHECK: [0,  0,  0,  0.5,  2]
  %r_relu_ignore_f32 = call @relu_ignore_f32(%x_f32, %x_f32) : (tensor<?xf32>, tensor<?xf32>) -> tensor<?xf32>
  %m_relu_ignore_f32 = bufferization.to_buffer %r_relu_ignore_f32 : tensor<?xf32> to memref<?xf32>
  %u_relu_ignore_f32 = memref.cast %m_relu_ignore_f32 : memref<?xf32> to memref<*xf32>
  call @printMemrefF32(%u_relu_ignore_f32) : (memref<*xf32>) -> ()
  // CHECK: [{{.*}}]
  %r_clamp_f32 = call @clamp_f32(%x_f32, %x_f32) : (tensor<?xf32>, tensor<?xf32>) -> tensor<?xf32>
  %m_clamp_f32 = bufferization.to_buffer %r_clamp_f32 : tensor<?xf32> to memref<?xf32>
  %u_clamp_f32 = memref.cast %m_clamp_f32 : memref<?xf32> to memref<*xf32>
  call @printMemrefF32(%u_clamp_f32) : (memref<*xf32>) -> ()
  // CHECK: [{{.*}}]
  %r_leaky_relu_f32 = call @leaky_relu_f32(%x_f32, %x_f32) : (tensor<?xf32>, tensor<?xf32>) -> tensor<?xf32>
  %m_leaky_relu_f32 = bufferization.to_buffer %r_leaky_relu_f32 : tensor<?xf32> to memref<?xf32>
  %u_leaky_relu_f32 = memref.cast %m_leaky_relu_f32 : memref<?xf32> to memref<*xf32>
  call @printMemrefF32(%u_leaky_relu_f32) : (memref<*xf32>) -> ()
  // CHECK: [{{.*}}]
  %r_prelu_f32 = call @prelu_f32(%x_f32, %x_f32) : (tensor<?xf32>, tensor<?xf32>) -> tensor<?xf32>
  %m_prelu_f32 = bufferization.to_buffer %r_prelu_f32 : tensor<?xf32> to memref<?xf32>
  %u_prelu_f32 = memref.cast %m_prelu_f32 : memref<?xf32> to memref<*xf32>
  call @printMemrefF32(%u_prelu_f32) : (memref<*xf32>) -> ()
  // CHECK: [{{.*}}]
  %r_elu_f32 = call @elu_f32(%x_f32, %x_f32) : (tensor<?xf32>, tensor<?xf32>) -> tensor<?xf32>
  %m_elu_f32 = bufferization.to_buffer %r_elu_f32 : tensor<?xf32> to memref<?xf32>
  %u_elu_f32 = memref.cast %m_elu_f32 : memref<?xf32> to memref<*xf32>
  call @printMemrefF32(%u_elu_f32) : (memref<*xf32>) -> ()
  // CHECK: [{{.*}}]
  %r_selu_f32 = call @selu_f32(%x_f32, %x_f32) : (tensor<?xf32>, tensor<?xf32>) -> tensor<?xf32>
  %m_selu_f32 = bufferization.to_buffer %r_selu_f32 : tensor<?xf32> to memref<?xf32>
  %u_selu_f32 = memref.cast %m_selu_f32 : memref<?xf32> to memref<*xf32>
  call @printMemrefF32(%u_selu_f32) : (memref<*xf32>) -> ()
  // CHECK: [{{.*}}]
  %r_celu_f32 = call @celu_f32(%x_f32, %x_f32) : (tensor<?xf32>, tensor<?xf32>) -> tensor<?xf32>
  %m_celu_f32 = bufferization.to_buffer %r_celu_f32 : tensor<?xf32> to memref<?xf32>
  %u_celu_f32 = memref.cast %m_celu_f32 : memref<?xf32> to memref<*xf32>
  call @printMemrefF32(%u_celu_f32) : (memref<*xf32>) -> ()
  // CHECK: [{{.*}}]
  %r_gelu_f32 = call @gelu_f32(%x_f32, %x_f32) : (tensor<?xf32>, tensor<?xf32>) -> tensor<?xf32>
  %m_gelu_f32 = bufferization.to_buffer %r_gelu_f32 : tensor<?xf32> to memref<?xf32>
  %u_gelu_f32 = memref.cast %m_gelu_f32 : memref<?xf32> to memref<*xf32>
  call @printMemrefF32(%u_gelu_f32) : (memref<*xf32>) -> ()
  // CHECK: [{{.*}}]
  %r_gelu_tanh_f32 = call @gelu_tanh_f32(%x_f32, %x_f32) : (tensor<?xf32>, tensor<?xf32>) -> tensor<?xf32>
  %m_gelu_tanh_f32 = bufferization.to_buffer %r_gelu_tanh_f32 : tensor<?xf32> to memref<?xf32>
  %u_gelu_tanh_f32 = memref.cast %m_gelu_tanh_f32 : memref<?xf32> to memref<*xf32>
  call @printMemrefF32(%u_gelu_tanh_f32) : (memref<*xf32>) -> ()
  // CHECK: [{{.*}}]
  %r_sigmoid_f32 = call @sigmoid_f32(%x_f32, %x_f32) : (tensor<?xf32>, tensor<?xf32>) -> tensor<?xf32>
  %m_sigmoid_f32 = bufferization.to_buffer %r_sigmoid_f32 : tensor<?xf32> to memref<?xf32>
  %u_sigmoid_f32 = memref.cast %m_sigmoid_f32 : memref<?xf32> to memref<*xf32>
  call @printMemrefF32(%u_sigmoid_f32) : (memref<*xf32>) -> ()
  // CHECK: [{{.*}}]
  %r_silu_f32 = call @silu_f32(%x_f32, %x_f32) : (tensor<?xf32>, tensor<?xf32>) -> tensor<?xf32>
  %m_silu_f32 = bufferization.to_buffer %r_silu_f32 : tensor<?xf32> to memref<?xf32>
  %u_silu_f32 = memref.cast %m_silu_f32 : memref<?xf32> to memref<*xf32>
  call @printMemrefF32(%u_silu_f32) : (memref<*xf32>) -> ()
  // CHECK: [{{.*}}]
  %r_hardsigmoid_f32 = call @hardsigmoid_f32(%x_f32, %x_f32) : (tensor<?xf32>, tensor<?xf32>) -> tensor<?xf32>
  %m_hardsigmoid_f32 = bufferization.to_buffer %r_hardsigmoid_f32 : tensor<?xf32> to memref<?xf32>
  %u_hardsigmoid_f32 = memref.cast %m_hardsigmoid_f32 : memref<?xf32> to memref<*xf32>
  call @printMemrefF32(%u_hardsigmoid_f32) : (memref<*xf32>) -> ()
  // CHECK: [{{.*}}]
  %r_hardswish_f32 = call @hardswish_f32(%x_f32, %x_f32) : (tensor<?xf32>, tensor<?xf32>) -> tensor<?xf32>
  %m_hardswish_f32 = bufferization.to_buffer %r_hardswish_f32 : tensor<?xf32> to memref<?xf32>
  %u_hardswish_f32 = memref.cast %m_hardswish_f32 : memref<?xf32> to memref<*xf32>
  call @printMemrefF32(%u_hardswish_f32) : (memref<*xf32>) -> ()
  // CHECK: [-0.333{{[0-9]*}},  -0.208{{[0-9]*}},  0,  0.291{{[0-9]*}},  1.66{{[0-9]*}}]
  %r_softplus_f32 = call @softplus_f32(%x_f32, %x_f32) : (tensor<?xf32>, tensor<?xf32>) -> tensor<?xf32>
  %m_softplus_f32 = bufferization.to_buffer %r_softplus_f32 : tensor<?xf32> to memref<?xf32>
  %u_softplus_f32 = memref.cast %m_softplus_f32 : memref<?xf32> to memref<*xf32>
  call @printMemrefF32(%u_softplus_f32) : (memref<*xf32>) -> ()
  // CHECK: [{{.*}}]
  %r_mish_f32 = call @mish_f32(%x_f32, %x_f32) : (tensor<?xf32>, tensor<?xf32>) -> tensor<?xf32>
  %m_mish_f32 = bufferization.to_buffer %r_mish_f32 : tensor<?xf32> to memref<?xf32>
  %u_mish_f32 = memref.cast %m_mish_f32 : memref<?xf32> to memref<*xf32>
  call @printMemrefF32(%u_mish_f32) : (memref<*xf32>) -> ()
  // CHECK: [{{.*}}]
  %r_threshold_f32 = call @threshold_f32(%x_f32, %x_f32) : (tensor<?xf32>, tensor<?xf32>) -> tensor<?xf32>
  %m_threshold_f32 = bufferization.to_buffer %r_threshold_f32 : tensor<?xf32> to memref<?xf32>
  %u_threshold_f32 = memref.cast %m_threshold_f32 : memref<?xf32> to memref<*xf32>
  call @printMemrefF32(%u_threshold_f32) : (memref<*xf32>) -> ()
  // CHECK: [{{.*}}]
  %r_relu_grad_f32 = call @relu_grad_f32(%x_f32, %x_f32) : (tensor<?xf32>, tensor<?xf32>) -> tensor<?xf32>
  %m_relu_grad_f32 = bufferization.to_buffer %r_relu_grad_f32 : tensor<?xf32> to memref<?xf32>
  %u_relu_grad_f32 = memref.cast %m_relu_grad_f32 : memref<?xf32> to memref<*xf32>
  call @printMemrefF32(%u_relu_grad_f32) : (memref<*xf32>) -> ()
  // CHECK: [{{.*}}]
  %c_f64 = arith.constant dense<[-2.0, -0.5, 0.0, 0.5, 2.0]> : tensor<5xf64>
  %x_f64 = tensor.cast %c_f64 : tensor<5xf64> to tensor<?xf64>
  %r_relu_f64 = call @relu_f64(%x_f64, %x_f64) : (tensor<?xf64>, tensor<?xf64>) -> tensor<?xf64>
  %m_relu_f64 = bufferization.to_buffer %r_relu_f64 : tensor<?xf64> to memref<?xf64>
  %u_relu_f64 = memref.cast %m_relu_f64 : memref<?xf64> to memref<*xf64>
  call @printMemrefF64(%u_relu_f64) : (memref<*xf64>) -> ()
  // CHECK: [0,  0,  0,  0.5,  2]
  %r_relu_ignore_f64 = call @relu_ignore_f64(%x_f64, %x_f64) : (tensor<?xf64>, tensor<?xf64>) -> tensor<?xf64>
  %m_relu_ignore_f64 = bufferization.to_buffer %r_relu_ignore_f64 : tensor<?xf64> to memref<?xf64>
  %u_relu_ignore_f64 = memref.cast %m_relu_ignore_f64 : memref<?xf64> to memref<*xf64>
  call @printMemrefF64(%u_relu_ignore_f64) : (memref<*xf64>) -> ()
  // CHECK: [{{.*}}]
  %r_clamp_f64 = call @clamp_f64(%x_f64, %x_f64) : (tensor<?xf64>, tensor<?xf64>) -> tensor<?xf64>
  %m_clamp_f64 = bufferization.to_buffer %r_clamp_f64 : tensor<?xf64> to memref<?xf64>
  %u_clamp_f64 = memref.cast %m_clamp_f64 : memref<?xf64> to memref<*xf64>
  call @printMemrefF64(%u_clamp_f64) : (memref<*xf64>) -> ()
  // CHECK: [{{.*}}]
  %r_leaky_relu_f64 = call @leaky_relu_f64(%x_f64, %x_f64) : (tensor<?xf64>, tensor<?xf64>) -> tensor<?xf64>
  %m_leaky_relu_f64 = bufferization.to_buffer %r_leaky_relu_f64 : tensor<?xf64> to memref<?xf64>
  %u_leaky_relu_f64 = memref.cast %m_leaky_relu_f64 : memref<?xf64> to memref<*xf64>
  call @printMemrefF64(%u_leaky_relu_f64) : (memref<*xf64>) -> ()
  // CHECK: [{{.*}}]
  %r_prelu_f64 = call @prelu_f64(%x_f64, %x_f64) : (tensor<?xf64>, tensor<?xf64>) -> tensor<?xf64>
  %m_prelu_f64 = bufferization.to_buffer %r_prelu_f64 : tensor<?xf64> to memref<?xf64>
  %u_prelu_f64 = memref.cast %m_prelu_f64 : memref<?xf64> to memref<*xf64>
  call @printMemrefF64(%u_prelu_f64) : (memref<*xf64>) -> ()
  // CHECK: [{{.*}}]
  %r_elu_f64 = call @elu_f64(%x_f64, %x_f64) : (tensor<?xf64>, tensor<?xf64>) -> tensor<?xf64>
  %m_elu_f64 = bufferization.to_buffer %r_elu_f64 : tensor<?xf64> to memref<?xf64>
  %u_elu_f64 = memref.cast %m_elu_f64 : memref<?xf64> to memref<*xf64>
  call @printMemrefF64(%u_elu_f64) : (memref<*xf64>) -> ()
  // CHECK: [{{.*}}]
  %r_selu_f64 = call @selu_f64(%x_f64, %x_f64) : (tensor<?xf64>, tensor<?xf64>) -> tensor<?xf64>
  %m_selu_f64 = bufferization.to_buffer %r_selu_f64 : tensor<?xf64> to memref<?xf64>
  %u_selu_f64 = memref.cast %m_selu_f64 : memref<?xf64> to memref<*xf64>
  call @printMemrefF64(%u_selu_f64) : (memref<*xf64>) -> ()
  // CHECK: [{{.*}}]
  %r_celu_f64 = call @celu_f64(%x_f64, %x_f64) : (tensor<?xf64>, tensor<?xf64>) -> tensor<?xf64>
  %m_celu_f64 = bufferization.to_buffer %r_celu_f64 : tensor<?xf64> to memref<?xf64>
  %u_celu_f64 = memref.cast %m_celu_f64 : memref<?xf64> to memref<*xf64>
  call @printMemrefF64(%u_celu_f64) : (memref<*xf64>) -> ()
  // CHECK: [{{.*}}]
  %r_gelu_f64 = call @gelu_f64(%x_f64, %x_f64) : (tensor<?xf64>, tensor<?xf64>) -> tensor<?xf64>
  %m_gelu_f64 = bufferization.to_buffer %r_gelu_f64 : tensor<?xf64> to memref<?xf64>
  %u_gelu_f64 = memref.cast %m_gelu_f64 : memref<?xf64> to memref<*xf64>
  call @printMemrefF64(%u_gelu_f64) : (memref<*xf64>) -> ()
  // CHECK: [{{.*}}]
  %r_gelu_tanh_f64 = call @gelu_tanh_f64(%x_f64, %x_f64) : (tensor<?xf64>, tensor<?xf64>) -> tensor<?xf64>
  %m_gelu_tanh_f64 = bufferization.to_buffer %r_gelu_tanh_f64 : tensor<?xf64> to memref<?xf64>
  %u_gelu_tanh_f64 = memref.cast %m_gelu_tanh_f64 : memref<?xf64> to memref<*xf64>
  call @printMemrefF64(%u_gelu_tanh_f64) : (memref<*xf64>) -> ()
  // CHECK: [{{.*}}]
  %r_sigmoid_f64 = call @sigmoid_f64(%x_f64, %x_f64) : (tensor<?xf64>, tensor<?xf64>) -> tensor<?xf64>
  %m_sigmoid_f64 = bufferization.to_buffer %r_sigmoid_f64 : tensor<?xf64> to memref<?xf64>
  %u_sigmoid_f64 = memref.cast %m_sigmoid_f64 : memref<?xf64> to memref<*xf64>
  call @printMemrefF64(%u_sigmoid_f64) : (memref<*xf64>) -> ()
  // CHECK: [{{.*}}]
  %r_silu_f64 = call @silu_f64(%x_f64, %x_f64) : (tensor<?xf64>, tensor<?xf64>) -> tensor<?xf64>
  %m_silu_f64 = bufferization.to_buffer %r_silu_f64 : tensor<?xf64> to memref<?xf64>
  %u_silu_f64 = memref.cast %m_silu_f64 : memref<?xf64> to memref<*xf64>
  call @printMemrefF64(%u_silu_f64) : (memref<*xf64>) -> ()
  // CHECK: [{{.*}}]
  %r_hardsigmoid_f64 = call @hardsigmoid_f64(%x_f64, %x_f64) : (tensor<?xf64>, tensor<?xf64>) -> tensor<?xf64>
  %m_hardsigmoid_f64 = bufferization.to_buffer %r_hardsigmoid_f64 : tensor<?xf64> to memref<?xf64>
  %u_hardsigmoid_f64 = memref.cast %m_hardsigmoid_f64 : memref<?xf64> to memref<*xf64>
  call @printMemrefF64(%u_hardsigmoid_f64) : (memref<*xf64>) -> ()
  // CHECK: [{{.*}}]
  %r_hardswish_f64 = call @hardswish_f64(%x_f64, %x_f64) : (tensor<?xf64>, tensor<?xf64>) -> tensor<?xf64>
  %m_hardswish_f64 = bufferization.to_buffer %r_hardswish_f64 : tensor<?xf64> to memref<?xf64>
  %u_hardswish_f64 = memref.cast %m_hardswish_f64 : memref<?xf64> to memref<*xf64>
  call @printMemrefF64(%u_hardswish_f64) : (memref<*xf64>) -> ()
  // CHECK: [-0.333{{[0-9]*}},  -0.208{{[0-9]*}},  0,  0.291{{[0-9]*}},  1.66{{[0-9]*}}]
  %r_softplus_f64 = call @softplus_f64(%x_f64, %x_f64) : (tensor<?xf64>, tensor<?xf64>) -> tensor<?xf64>
  %m_softplus_f64 = bufferization.to_buffer %r_softplus_f64 : tensor<?xf64> to memref<?xf64>
  %u_softplus_f64 = memref.cast %m_softplus_f64 : memref<?xf64> to memref<*xf64>
  call @printMemrefF64(%u_softplus_f64) : (memref<*xf64>) -> ()
  // CHECK: [{{.*}}]
  %r_mish_f64 = call @mish_f64(%x_f64, %x_f64) : (tensor<?xf64>, tensor<?xf64>) -> tensor<?xf64>
  %m_mish_f64 = bufferization.to_buffer %r_mish_f64 : tensor<?xf64> to memref<?xf64>
  %u_mish_f64 = memref.cast %m_mish_f64 : memref<?xf64> to memref<*xf64>
  call @printMemrefF64(%u_mish_f64) : (memref<*xf64>) -> ()
  // CHECK: [{{.*}}]
  %r_threshold_f64 = call @threshold_f64(%x_f64, %x_f64) : (tensor<?xf64>, tensor<?xf64>) -> tensor<?xf64>
  %m_threshold_f64 = bufferization.to_buffer %r_threshold_f64 : tensor<?xf64> to memref<?xf64>
  %u_threshold_f64 = memref.cast %m_threshold_f64 : memref<?xf64> to memref<*xf64>
  call @printMemrefF64(%u_threshold_f64) : (memref<*xf64>) -> ()
  // CHECK: [{{.*}}]
  %r_relu_grad_f64 = call @relu_grad_f64(%x_f64, %x_f64) : (tensor<?xf64>, tensor<?xf64>) -> tensor<?xf64>
  %m_relu_grad_f64 = bufferization.to_buffer %r_relu_grad_f64 : tensor<?xf64> to memref<?xf64>
  %u_relu_grad_f64 = memref.cast %m_relu_grad_f64 : memref<?xf64> to memref<*xf64>
  call @printMemrefF64(%u_relu_grad_f64) : (memref<*xf64>) -> ()
  // CHECK: [{{.*}}]
  return
}
