// Every act op on dynamic tensors of f16, bf16 and f32 compiles with
// act-gpu-pipeline: to PTX for sm_90 and sm_80, which ptxas accepts where
// the CUDA toolkit is installed, and to AMDGPU assembly for gfx942 and
// gfx90a. Every kernel moves 128 bits per global access (the vector loop)
// and calls no device library (libdevice, ocml, ockl): the transcendental
// ops use the f32 polynomial approximations.

// RUN: act-opt %s --act-gpu-pipeline="target=nvvm chip=sm_90 format=isa" -o %t.sm_90.mlir
// RUN: act-opt %s --act-gpu-pipeline="target=nvvm chip=sm_80 format=isa" -o %t.sm_80.mlir
// RUN: %gpu_objects %t.sm_90.mlir | FileCheck %s --check-prefix=NVVM --implicit-check-not=__nv_ --implicit-check-not=call --implicit-check-not=.extern
// RUN: %gpu_objects %t.sm_80.mlir | FileCheck %s --check-prefix=NVVM --implicit-check-not=__nv_ --implicit-check-not=call --implicit-check-not=.extern
// RUN: %if ptxas %{ %gpu_objects %t.sm_90.mlir --each "%ptxas -arch=sm_90 -o /dev/null {}" | FileCheck %s --check-prefix=PTXAS %}
// RUN: %if ptxas %{ %gpu_objects %t.sm_80.mlir --each "%ptxas -arch=sm_80 -o /dev/null {}" | FileCheck %s --check-prefix=PTXAS %}
// RUN: act-opt %s --act-gpu-pipeline="target=rocdl chip=gfx942 format=isa" | %gpu_objects /dev/stdin | FileCheck %s --check-prefix=ROCDL --implicit-check-not=__ocml --implicit-check-not=__ockl --implicit-check-not=flat_load --implicit-check-not=s_swappc
// RUN: act-opt %s --act-gpu-pipeline="target=rocdl chip=gfx90a format=isa" | %gpu_objects /dev/stdin | FileCheck %s --check-prefix=ROCDL --implicit-check-not=__ocml --implicit-check-not=__ockl --implicit-check-not=flat_load --implicit-check-not=s_swappc

// PTXAS: checked 57 objects, 0 failed

// NVVM-LABEL: // gpu.binary @relu_f16_kernel
//       NVVM: ld.global.v4.b32
//       NVVM: st.global.v4.b32
// ROCDL-LABEL: // gpu.binary @relu_f16_kernel
//       ROCDL: global_load_dwordx4
//       ROCDL: global_store_dwordx4
func.func @relu_f16(%x: tensor<?xf16>, %y: tensor<?xf16>) -> tensor<?xf16> {
  %0 = act.relu %x : tensor<?xf16>
  return %0 : tensor<?xf16>
}

// NVVM-LABEL: // gpu.binary @relu_ignore_f16_kernel
//       NVVM: ld.global.v4.b32
//       NVVM: st.global.v4.b32
// ROCDL-LABEL: // gpu.binary @relu_ignore_f16_kernel
//       ROCDL: global_load_dwordx4
//       ROCDL: global_store_dwordx4
func.func @relu_ignore_f16(%x: tensor<?xf16>, %y: tensor<?xf16>) -> tensor<?xf16> {
  %0 = act.relu %x {nan_mode = #act.nan_mode<ignore>} : tensor<?xf16>
  return %0 : tensor<?xf16>
}

// NVVM-LABEL: // gpu.binary @clamp_f16_kernel
//       NVVM: ld.global.v4.b32
//       NVVM: st.global.v4.b32
// ROCDL-LABEL: // gpu.binary @clamp_f16_kernel
//       ROCDL: global_load_dwordx4
//       ROCDL: global_store_dwordx4
func.func @clamp_f16(%x: tensor<?xf16>, %y: tensor<?xf16>) -> tensor<?xf16> {
  %0 = act.clamp %x {min = -1.0 : f64, max = 6.0 : f64} : tensor<?xf16>
  return %0 : tensor<?xf16>
}

// NVVM-LABEL: // gpu.binary @relu6_ignore_f16_kernel
//       NVVM: ld.global.v4.b32
//       NVVM: st.global.v4.b32
// ROCDL-LABEL: // gpu.binary @relu6_ignore_f16_kernel
//       ROCDL: global_load_dwordx4
//       ROCDL: global_store_dwordx4
func.func @relu6_ignore_f16(%x: tensor<?xf16>, %y: tensor<?xf16>) -> tensor<?xf16> {
  %0 = act.clamp %x {min = 0.0 : f64, max = 6.0 : f64, nan_mode = #act.nan_mode<ignore>} : tensor<?xf16>
  return %0 : tensor<?xf16>
}

// NVVM-LABEL: // gpu.binary @leaky_relu_f16_kernel
//       NVVM: ld.global.v4.b32
//       NVVM: st.global.v4.b32
// ROCDL-LABEL: // gpu.binary @leaky_relu_f16_kernel
//       ROCDL: global_load_dwordx4
//       ROCDL: global_store_dwordx4
func.func @leaky_relu_f16(%x: tensor<?xf16>, %y: tensor<?xf16>) -> tensor<?xf16> {
  %0 = act.leaky_relu %x {alpha = 0.1 : f64} : tensor<?xf16>
  return %0 : tensor<?xf16>
}

// NVVM-LABEL: // gpu.binary @prelu_f16_kernel
//       NVVM: ld.global.v4.b32
//       NVVM: st.global.v4.b32
// ROCDL-LABEL: // gpu.binary @prelu_f16_kernel
//       ROCDL: global_load_dwordx4
//       ROCDL: global_store_dwordx4
func.func @prelu_f16(%x: tensor<?xf16>, %y: tensor<?xf16>) -> tensor<?xf16> {
  %0 = act.prelu %x, %y : tensor<?xf16>
  return %0 : tensor<?xf16>
}

// NVVM-LABEL: // gpu.binary @elu_f16_kernel
//       NVVM: ld.global.v4.b32
//       NVVM: st.global.v4.b32
// ROCDL-LABEL: // gpu.binary @elu_f16_kernel
//       ROCDL: global_load_dwordx4
//       ROCDL: global_store_dwordx4
func.func @elu_f16(%x: tensor<?xf16>, %y: tensor<?xf16>) -> tensor<?xf16> {
  %0 = act.elu %x : tensor<?xf16>
  return %0 : tensor<?xf16>
}

// NVVM-LABEL: // gpu.binary @selu_f16_kernel
//       NVVM: ld.global.v4.b32
//       NVVM: st.global.v4.b32
// ROCDL-LABEL: // gpu.binary @selu_f16_kernel
//       ROCDL: global_load_dwordx4
//       ROCDL: global_store_dwordx4
func.func @selu_f16(%x: tensor<?xf16>, %y: tensor<?xf16>) -> tensor<?xf16> {
  %0 = act.selu %x : tensor<?xf16>
  return %0 : tensor<?xf16>
}

// NVVM-LABEL: // gpu.binary @celu_f16_kernel
//       NVVM: ld.global.v4.b32
//       NVVM: st.global.v4.b32
// ROCDL-LABEL: // gpu.binary @celu_f16_kernel
//       ROCDL: global_load_dwordx4
//       ROCDL: global_store_dwordx4
func.func @celu_f16(%x: tensor<?xf16>, %y: tensor<?xf16>) -> tensor<?xf16> {
  %0 = act.celu %x {alpha = 2.0 : f64} : tensor<?xf16>
  return %0 : tensor<?xf16>
}

// NVVM-LABEL: // gpu.binary @gelu_f16_kernel
//       NVVM: ld.global.v4.b32
//       NVVM: st.global.v4.b32
// ROCDL-LABEL: // gpu.binary @gelu_f16_kernel
//       ROCDL: global_load_dwordx4
//       ROCDL: global_store_dwordx4
func.func @gelu_f16(%x: tensor<?xf16>, %y: tensor<?xf16>) -> tensor<?xf16> {
  %0 = act.gelu %x : tensor<?xf16>
  return %0 : tensor<?xf16>
}

// NVVM-LABEL: // gpu.binary @gelu_tanh_f16_kernel
//       NVVM: ld.global.v4.b32
//       NVVM: st.global.v4.b32
// ROCDL-LABEL: // gpu.binary @gelu_tanh_f16_kernel
//       ROCDL: global_load_dwordx4
//       ROCDL: global_store_dwordx4
func.func @gelu_tanh_f16(%x: tensor<?xf16>, %y: tensor<?xf16>) -> tensor<?xf16> {
  %0 = act.gelu %x {approximate = #act.approximate<tanh>} : tensor<?xf16>
  return %0 : tensor<?xf16>
}

// NVVM-LABEL: // gpu.binary @sigmoid_f16_kernel
//       NVVM: ld.global.v4.b32
//       NVVM: st.global.v4.b32
// ROCDL-LABEL: // gpu.binary @sigmoid_f16_kernel
//       ROCDL: global_load_dwordx4
//       ROCDL: global_store_dwordx4
func.func @sigmoid_f16(%x: tensor<?xf16>, %y: tensor<?xf16>) -> tensor<?xf16> {
  %0 = act.sigmoid %x : tensor<?xf16>
  return %0 : tensor<?xf16>
}

// NVVM-LABEL: // gpu.binary @silu_f16_kernel
//       NVVM: ld.global.v4.b32
//       NVVM: st.global.v4.b32
// ROCDL-LABEL: // gpu.binary @silu_f16_kernel
//       ROCDL: global_load_dwordx4
//       ROCDL: global_store_dwordx4
func.func @silu_f16(%x: tensor<?xf16>, %y: tensor<?xf16>) -> tensor<?xf16> {
  %0 = act.silu %x : tensor<?xf16>
  return %0 : tensor<?xf16>
}

// NVVM-LABEL: // gpu.binary @hardsigmoid_f16_kernel
//       NVVM: ld.global.v4.b32
//       NVVM: st.global.v4.b32
// ROCDL-LABEL: // gpu.binary @hardsigmoid_f16_kernel
//       ROCDL: global_load_dwordx4
//       ROCDL: global_store_dwordx4
func.func @hardsigmoid_f16(%x: tensor<?xf16>, %y: tensor<?xf16>) -> tensor<?xf16> {
  %0 = act.hardsigmoid %x : tensor<?xf16>
  return %0 : tensor<?xf16>
}

// NVVM-LABEL: // gpu.binary @hardswish_f16_kernel
//       NVVM: ld.global.v4.b32
//       NVVM: st.global.v4.b32
// ROCDL-LABEL: // gpu.binary @hardswish_f16_kernel
//       ROCDL: global_load_dwordx4
//       ROCDL: global_store_dwordx4
func.func @hardswish_f16(%x: tensor<?xf16>, %y: tensor<?xf16>) -> tensor<?xf16> {
  %0 = act.hardswish %x : tensor<?xf16>
  return %0 : tensor<?xf16>
}

// NVVM-LABEL: // gpu.binary @softplus_f16_kernel
//       NVVM: ld.global.v4.b32
//       NVVM: st.global.v4.b32
// ROCDL-LABEL: // gpu.binary @softplus_f16_kernel
//       ROCDL: global_load_dwordx4
//       ROCDL: global_store_dwordx4
func.func @softplus_f16(%x: tensor<?xf16>, %y: tensor<?xf16>) -> tensor<?xf16> {
  %0 = act.softplus %x : tensor<?xf16>
  return %0 : tensor<?xf16>
}

// NVVM-LABEL: // gpu.binary @mish_f16_kernel
//       NVVM: ld.global.v4.b32
//       NVVM: st.global.v4.b32
// ROCDL-LABEL: // gpu.binary @mish_f16_kernel
//       ROCDL: global_load_dwordx4
//       ROCDL: global_store_dwordx4
func.func @mish_f16(%x: tensor<?xf16>, %y: tensor<?xf16>) -> tensor<?xf16> {
  %0 = act.mish %x : tensor<?xf16>
  return %0 : tensor<?xf16>
}

// NVVM-LABEL: // gpu.binary @threshold_f16_kernel
//       NVVM: ld.global.v4.b32
//       NVVM: st.global.v4.b32
// ROCDL-LABEL: // gpu.binary @threshold_f16_kernel
//       ROCDL: global_load_dwordx4
//       ROCDL: global_store_dwordx4
func.func @threshold_f16(%x: tensor<?xf16>, %y: tensor<?xf16>) -> tensor<?xf16> {
  %0 = act.threshold %x {threshold = 0.5 : f64, value = -2.0 : f64} : tensor<?xf16>
  return %0 : tensor<?xf16>
}

// NVVM-LABEL: // gpu.binary @relu_grad_f16_kernel
//       NVVM: ld.global.v4.b32
//       NVVM: st.global.v4.b32
// ROCDL-LABEL: // gpu.binary @relu_grad_f16_kernel
//       ROCDL: global_load_dwordx4
//       ROCDL: global_store_dwordx4
func.func @relu_grad_f16(%x: tensor<?xf16>, %y: tensor<?xf16>) -> tensor<?xf16> {
  %0 = act.relu_grad %x, %y : tensor<?xf16>
  return %0 : tensor<?xf16>
}

// NVVM-LABEL: // gpu.binary @relu_bf16_kernel
//       NVVM: ld.global.v4.b32
//       NVVM: st.global.v4.b32
// ROCDL-LABEL: // gpu.binary @relu_bf16_kernel
//       ROCDL: global_load_dwordx4
//       ROCDL: global_store_dwordx4
func.func @relu_bf16(%x: tensor<?xbf16>, %y: tensor<?xbf16>) -> tensor<?xbf16> {
  %0 = act.relu %x : tensor<?xbf16>
  return %0 : tensor<?xbf16>
}

// NVVM-LABEL: // gpu.binary @relu_ignore_bf16_kernel
//       NVVM: ld.global.v4.b32
//       NVVM: st.global.v4.b32
// ROCDL-LABEL: // gpu.binary @relu_ignore_bf16_kernel
//       ROCDL: global_load_dwordx4
//       ROCDL: global_store_dwordx4
func.func @relu_ignore_bf16(%x: tensor<?xbf16>, %y: tensor<?xbf16>) -> tensor<?xbf16> {
  %0 = act.relu %x {nan_mode = #act.nan_mode<ignore>} : tensor<?xbf16>
  return %0 : tensor<?xbf16>
}

// NVVM-LABEL: // gpu.binary @clamp_bf16_kernel
//       NVVM: ld.global.v4.b32
//       NVVM: st.global.v4.b32
// ROCDL-LABEL: // gpu.binary @clamp_bf16_kernel
//       ROCDL: global_load_dwordx4
//       ROCDL: global_store_dwordx4
func.func @clamp_bf16(%x: tensor<?xbf16>, %y: tensor<?xbf16>) -> tensor<?xbf16> {
  %0 = act.clamp %x {min = -1.0 : f64, max = 6.0 : f64} : tensor<?xbf16>
  return %0 : tensor<?xbf16>
}

// NVVM-LABEL: // gpu.binary @relu6_ignore_bf16_kernel
//       NVVM: ld.global.v4.b32
//       NVVM: st.global.v4.b32
// ROCDL-LABEL: // gpu.binary @relu6_ignore_bf16_kernel
//       ROCDL: global_load_dwordx4
//       ROCDL: global_store_dwordx4
func.func @relu6_ignore_bf16(%x: tensor<?xbf16>, %y: tensor<?xbf16>) -> tensor<?xbf16> {
  %0 = act.clamp %x {min = 0.0 : f64, max = 6.0 : f64, nan_mode = #act.nan_mode<ignore>} : tensor<?xbf16>
  return %0 : tensor<?xbf16>
}

// NVVM-LABEL: // gpu.binary @leaky_relu_bf16_kernel
//       NVVM: ld.global.v4.b32
//       NVVM: st.global.v4.b32
// ROCDL-LABEL: // gpu.binary @leaky_relu_bf16_kernel
//       ROCDL: global_load_dwordx4
//       ROCDL: global_store_dwordx4
func.func @leaky_relu_bf16(%x: tensor<?xbf16>, %y: tensor<?xbf16>) -> tensor<?xbf16> {
  %0 = act.leaky_relu %x {alpha = 0.1 : f64} : tensor<?xbf16>
  return %0 : tensor<?xbf16>
}

// NVVM-LABEL: // gpu.binary @prelu_bf16_kernel
//       NVVM: ld.global.v4.b32
//       NVVM: st.global.v4.b32
// ROCDL-LABEL: // gpu.binary @prelu_bf16_kernel
//       ROCDL: global_load_dwordx4
//       ROCDL: global_store_dwordx4
func.func @prelu_bf16(%x: tensor<?xbf16>, %y: tensor<?xbf16>) -> tensor<?xbf16> {
  %0 = act.prelu %x, %y : tensor<?xbf16>
  return %0 : tensor<?xbf16>
}

// NVVM-LABEL: // gpu.binary @elu_bf16_kernel
//       NVVM: ld.global.v4.b32
//       NVVM: st.global.v4.b32
// ROCDL-LABEL: // gpu.binary @elu_bf16_kernel
//       ROCDL: global_load_dwordx4
//       ROCDL: global_store_dwordx4
func.func @elu_bf16(%x: tensor<?xbf16>, %y: tensor<?xbf16>) -> tensor<?xbf16> {
  %0 = act.elu %x : tensor<?xbf16>
  return %0 : tensor<?xbf16>
}

// NVVM-LABEL: // gpu.binary @selu_bf16_kernel
//       NVVM: ld.global.v4.b32
//       NVVM: st.global.v4.b32
// ROCDL-LABEL: // gpu.binary @selu_bf16_kernel
//       ROCDL: global_load_dwordx4
//       ROCDL: global_store_dwordx4
func.func @selu_bf16(%x: tensor<?xbf16>, %y: tensor<?xbf16>) -> tensor<?xbf16> {
  %0 = act.selu %x : tensor<?xbf16>
  return %0 : tensor<?xbf16>
}

// NVVM-LABEL: // gpu.binary @celu_bf16_kernel
//       NVVM: ld.global.v4.b32
//       NVVM: st.global.v4.b32
// ROCDL-LABEL: // gpu.binary @celu_bf16_kernel
//       ROCDL: global_load_dwordx4
//       ROCDL: global_store_dwordx4
func.func @celu_bf16(%x: tensor<?xbf16>, %y: tensor<?xbf16>) -> tensor<?xbf16> {
  %0 = act.celu %x {alpha = 2.0 : f64} : tensor<?xbf16>
  return %0 : tensor<?xbf16>
}

// NVVM-LABEL: // gpu.binary @gelu_bf16_kernel
//       NVVM: ld.global.v4.b32
//       NVVM: st.global.v4.b32
// ROCDL-LABEL: // gpu.binary @gelu_bf16_kernel
//       ROCDL: global_load_dwordx4
//       ROCDL: global_store_dwordx4
func.func @gelu_bf16(%x: tensor<?xbf16>, %y: tensor<?xbf16>) -> tensor<?xbf16> {
  %0 = act.gelu %x : tensor<?xbf16>
  return %0 : tensor<?xbf16>
}

// NVVM-LABEL: // gpu.binary @gelu_tanh_bf16_kernel
//       NVVM: ld.global.v4.b32
//       NVVM: st.global.v4.b32
// ROCDL-LABEL: // gpu.binary @gelu_tanh_bf16_kernel
//       ROCDL: global_load_dwordx4
//       ROCDL: global_store_dwordx4
func.func @gelu_tanh_bf16(%x: tensor<?xbf16>, %y: tensor<?xbf16>) -> tensor<?xbf16> {
  %0 = act.gelu %x {approximate = #act.approximate<tanh>} : tensor<?xbf16>
  return %0 : tensor<?xbf16>
}

// NVVM-LABEL: // gpu.binary @sigmoid_bf16_kernel
//       NVVM: ld.global.v4.b32
//       NVVM: st.global.v4.b32
// ROCDL-LABEL: // gpu.binary @sigmoid_bf16_kernel
//       ROCDL: global_load_dwordx4
//       ROCDL: global_store_dwordx4
func.func @sigmoid_bf16(%x: tensor<?xbf16>, %y: tensor<?xbf16>) -> tensor<?xbf16> {
  %0 = act.sigmoid %x : tensor<?xbf16>
  return %0 : tensor<?xbf16>
}

// NVVM-LABEL: // gpu.binary @silu_bf16_kernel
//       NVVM: ld.global.v4.b32
//       NVVM: st.global.v4.b32
// ROCDL-LABEL: // gpu.binary @silu_bf16_kernel
//       ROCDL: global_load_dwordx4
//       ROCDL: global_store_dwordx4
func.func @silu_bf16(%x: tensor<?xbf16>, %y: tensor<?xbf16>) -> tensor<?xbf16> {
  %0 = act.silu %x : tensor<?xbf16>
  return %0 : tensor<?xbf16>
}

// NVVM-LABEL: // gpu.binary @hardsigmoid_bf16_kernel
//       NVVM: ld.global.v4.b32
//       NVVM: st.global.v4.b32
// ROCDL-LABEL: // gpu.binary @hardsigmoid_bf16_kernel
//       ROCDL: global_load_dwordx4
//       ROCDL: global_store_dwordx4
func.func @hardsigmoid_bf16(%x: tensor<?xbf16>, %y: tensor<?xbf16>) -> tensor<?xbf16> {
  %0 = act.hardsigmoid %x : tensor<?xbf16>
  return %0 : tensor<?xbf16>
}

// NVVM-LABEL: // gpu.binary @hardswish_bf16_kernel
//       NVVM: ld.global.v4.b32
//       NVVM: st.global.v4.b32
// ROCDL-LABEL: // gpu.binary @hardswish_bf16_kernel
//       ROCDL: global_load_dwordx4
//       ROCDL: global_store_dwordx4
func.func @hardswish_bf16(%x: tensor<?xbf16>, %y: tensor<?xbf16>) -> tensor<?xbf16> {
  %0 = act.hardswish %x : tensor<?xbf16>
  return %0 : tensor<?xbf16>
}

// NVVM-LABEL: // gpu.binary @softplus_bf16_kernel
//       NVVM: ld.global.v4.b32
//       NVVM: st.global.v4.b32
// ROCDL-LABEL: // gpu.binary @softplus_bf16_kernel
//       ROCDL: global_load_dwordx4
//       ROCDL: global_store_dwordx4
func.func @softplus_bf16(%x: tensor<?xbf16>, %y: tensor<?xbf16>) -> tensor<?xbf16> {
  %0 = act.softplus %x : tensor<?xbf16>
  return %0 : tensor<?xbf16>
}

// NVVM-LABEL: // gpu.binary @mish_bf16_kernel
//       NVVM: ld.global.v4.b32
//       NVVM: st.global.v4.b32
// ROCDL-LABEL: // gpu.binary @mish_bf16_kernel
//       ROCDL: global_load_dwordx4
//       ROCDL: global_store_dwordx4
func.func @mish_bf16(%x: tensor<?xbf16>, %y: tensor<?xbf16>) -> tensor<?xbf16> {
  %0 = act.mish %x : tensor<?xbf16>
  return %0 : tensor<?xbf16>
}

// NVVM-LABEL: // gpu.binary @threshold_bf16_kernel
//       NVVM: ld.global.v4.b32
//       NVVM: st.global.v4.b32
// ROCDL-LABEL: // gpu.binary @threshold_bf16_kernel
//       ROCDL: global_load_dwordx4
//       ROCDL: global_store_dwordx4
func.func @threshold_bf16(%x: tensor<?xbf16>, %y: tensor<?xbf16>) -> tensor<?xbf16> {
  %0 = act.threshold %x {threshold = 0.5 : f64, value = -2.0 : f64} : tensor<?xbf16>
  return %0 : tensor<?xbf16>
}

// NVVM-LABEL: // gpu.binary @relu_grad_bf16_kernel
//       NVVM: ld.global.v4.b32
//       NVVM: st.global.v4.b32
// ROCDL-LABEL: // gpu.binary @relu_grad_bf16_kernel
//       ROCDL: global_load_dwordx4
//       ROCDL: global_store_dwordx4
func.func @relu_grad_bf16(%x: tensor<?xbf16>, %y: tensor<?xbf16>) -> tensor<?xbf16> {
  %0 = act.relu_grad %x, %y : tensor<?xbf16>
  return %0 : tensor<?xbf16>
}

// NVVM-LABEL: // gpu.binary @relu_f32_kernel
//       NVVM: ld.global.v4.b32
//       NVVM: st.global.v4.b32
// ROCDL-LABEL: // gpu.binary @relu_f32_kernel
//       ROCDL: global_load_dwordx4
//       ROCDL: global_store_dwordx4
func.func @relu_f32(%x: tensor<?xf32>, %y: tensor<?xf32>) -> tensor<?xf32> {
  %0 = act.relu %x : tensor<?xf32>
  return %0 : tensor<?xf32>
}

// NVVM-LABEL: // gpu.binary @relu_ignore_f32_kernel
//       NVVM: ld.global.v4.b32
//       NVVM: st.global.v4.b32
// ROCDL-LABEL: // gpu.binary @relu_ignore_f32_kernel
//       ROCDL: global_load_dwordx4
//       ROCDL: global_store_dwordx4
func.func @relu_ignore_f32(%x: tensor<?xf32>, %y: tensor<?xf32>) -> tensor<?xf32> {
  %0 = act.relu %x {nan_mode = #act.nan_mode<ignore>} : tensor<?xf32>
  return %0 : tensor<?xf32>
}

// NVVM-LABEL: // gpu.binary @clamp_f32_kernel
//       NVVM: ld.global.v4.b32
//       NVVM: st.global.v4.b32
// ROCDL-LABEL: // gpu.binary @clamp_f32_kernel
//       ROCDL: global_load_dwordx4
//       ROCDL: global_store_dwordx4
func.func @clamp_f32(%x: tensor<?xf32>, %y: tensor<?xf32>) -> tensor<?xf32> {
  %0 = act.clamp %x {min = -1.0 : f64, max = 6.0 : f64} : tensor<?xf32>
  return %0 : tensor<?xf32>
}

// NVVM-LABEL: // gpu.binary @relu6_ignore_f32_kernel
//       NVVM: ld.global.v4.b32
//       NVVM: st.global.v4.b32
// ROCDL-LABEL: // gpu.binary @relu6_ignore_f32_kernel
//       ROCDL: global_load_dwordx4
//       ROCDL: global_store_dwordx4
func.func @relu6_ignore_f32(%x: tensor<?xf32>, %y: tensor<?xf32>) -> tensor<?xf32> {
  %0 = act.clamp %x {min = 0.0 : f64, max = 6.0 : f64, nan_mode = #act.nan_mode<ignore>} : tensor<?xf32>
  return %0 : tensor<?xf32>
}

// NVVM-LABEL: // gpu.binary @leaky_relu_f32_kernel
//       NVVM: ld.global.v4.b32
//       NVVM: st.global.v4.b32
// ROCDL-LABEL: // gpu.binary @leaky_relu_f32_kernel
//       ROCDL: global_load_dwordx4
//       ROCDL: global_store_dwordx4
func.func @leaky_relu_f32(%x: tensor<?xf32>, %y: tensor<?xf32>) -> tensor<?xf32> {
  %0 = act.leaky_relu %x {alpha = 0.1 : f64} : tensor<?xf32>
  return %0 : tensor<?xf32>
}

// NVVM-LABEL: // gpu.binary @prelu_f32_kernel
//       NVVM: ld.global.v4.b32
//       NVVM: st.global.v4.b32
// ROCDL-LABEL: // gpu.binary @prelu_f32_kernel
//       ROCDL: global_load_dwordx4
//       ROCDL: global_store_dwordx4
func.func @prelu_f32(%x: tensor<?xf32>, %y: tensor<?xf32>) -> tensor<?xf32> {
  %0 = act.prelu %x, %y : tensor<?xf32>
  return %0 : tensor<?xf32>
}

// NVVM-LABEL: // gpu.binary @elu_f32_kernel
//       NVVM: ld.global.v4.b32
//       NVVM: st.global.v4.b32
// ROCDL-LABEL: // gpu.binary @elu_f32_kernel
//       ROCDL: global_load_dwordx4
//       ROCDL: global_store_dwordx4
func.func @elu_f32(%x: tensor<?xf32>, %y: tensor<?xf32>) -> tensor<?xf32> {
  %0 = act.elu %x : tensor<?xf32>
  return %0 : tensor<?xf32>
}

// NVVM-LABEL: // gpu.binary @selu_f32_kernel
//       NVVM: ld.global.v4.b32
//       NVVM: st.global.v4.b32
// ROCDL-LABEL: // gpu.binary @selu_f32_kernel
//       ROCDL: global_load_dwordx4
//       ROCDL: global_store_dwordx4
func.func @selu_f32(%x: tensor<?xf32>, %y: tensor<?xf32>) -> tensor<?xf32> {
  %0 = act.selu %x : tensor<?xf32>
  return %0 : tensor<?xf32>
}

// NVVM-LABEL: // gpu.binary @celu_f32_kernel
//       NVVM: ld.global.v4.b32
//       NVVM: st.global.v4.b32
// ROCDL-LABEL: // gpu.binary @celu_f32_kernel
//       ROCDL: global_load_dwordx4
//       ROCDL: global_store_dwordx4
func.func @celu_f32(%x: tensor<?xf32>, %y: tensor<?xf32>) -> tensor<?xf32> {
  %0 = act.celu %x {alpha = 2.0 : f64} : tensor<?xf32>
  return %0 : tensor<?xf32>
}

// NVVM-LABEL: // gpu.binary @gelu_f32_kernel
//       NVVM: ld.global.v4.b32
//       NVVM: st.global.v4.b32
// ROCDL-LABEL: // gpu.binary @gelu_f32_kernel
//       ROCDL: global_load_dwordx4
//       ROCDL: global_store_dwordx4
func.func @gelu_f32(%x: tensor<?xf32>, %y: tensor<?xf32>) -> tensor<?xf32> {
  %0 = act.gelu %x : tensor<?xf32>
  return %0 : tensor<?xf32>
}

// NVVM-LABEL: // gpu.binary @gelu_tanh_f32_kernel
//       NVVM: ld.global.v4.b32
//       NVVM: st.global.v4.b32
// ROCDL-LABEL: // gpu.binary @gelu_tanh_f32_kernel
//       ROCDL: global_load_dwordx4
//       ROCDL: global_store_dwordx4
func.func @gelu_tanh_f32(%x: tensor<?xf32>, %y: tensor<?xf32>) -> tensor<?xf32> {
  %0 = act.gelu %x {approximate = #act.approximate<tanh>} : tensor<?xf32>
  return %0 : tensor<?xf32>
}

// NVVM-LABEL: // gpu.binary @sigmoid_f32_kernel
//       NVVM: ld.global.v4.b32
//       NVVM: st.global.v4.b32
// ROCDL-LABEL: // gpu.binary @sigmoid_f32_kernel
//       ROCDL: global_load_dwordx4
//       ROCDL: global_store_dwordx4
func.func @sigmoid_f32(%x: tensor<?xf32>, %y: tensor<?xf32>) -> tensor<?xf32> {
  %0 = act.sigmoid %x : tensor<?xf32>
  return %0 : tensor<?xf32>
}

// NVVM-LABEL: // gpu.binary @silu_f32_kernel
//       NVVM: ld.global.v4.b32
//       NVVM: st.global.v4.b32
// ROCDL-LABEL: // gpu.binary @silu_f32_kernel
//       ROCDL: global_load_dwordx4
//       ROCDL: global_store_dwordx4
func.func @silu_f32(%x: tensor<?xf32>, %y: tensor<?xf32>) -> tensor<?xf32> {
  %0 = act.silu %x : tensor<?xf32>
  return %0 : tensor<?xf32>
}

// NVVM-LABEL: // gpu.binary @hardsigmoid_f32_kernel
//       NVVM: ld.global.v4.b32
//       NVVM: st.global.v4.b32
// ROCDL-LABEL: // gpu.binary @hardsigmoid_f32_kernel
//       ROCDL: global_load_dwordx4
//       ROCDL: global_store_dwordx4
func.func @hardsigmoid_f32(%x: tensor<?xf32>, %y: tensor<?xf32>) -> tensor<?xf32> {
  %0 = act.hardsigmoid %x : tensor<?xf32>
  return %0 : tensor<?xf32>
}

// NVVM-LABEL: // gpu.binary @hardswish_f32_kernel
//       NVVM: ld.global.v4.b32
//       NVVM: st.global.v4.b32
// ROCDL-LABEL: // gpu.binary @hardswish_f32_kernel
//       ROCDL: global_load_dwordx4
//       ROCDL: global_store_dwordx4
func.func @hardswish_f32(%x: tensor<?xf32>, %y: tensor<?xf32>) -> tensor<?xf32> {
  %0 = act.hardswish %x : tensor<?xf32>
  return %0 : tensor<?xf32>
}

// NVVM-LABEL: // gpu.binary @softplus_f32_kernel
//       NVVM: ld.global.v4.b32
//       NVVM: st.global.v4.b32
// ROCDL-LABEL: // gpu.binary @softplus_f32_kernel
//       ROCDL: global_load_dwordx4
//       ROCDL: global_store_dwordx4
func.func @softplus_f32(%x: tensor<?xf32>, %y: tensor<?xf32>) -> tensor<?xf32> {
  %0 = act.softplus %x : tensor<?xf32>
  return %0 : tensor<?xf32>
}

// NVVM-LABEL: // gpu.binary @mish_f32_kernel
//       NVVM: ld.global.v4.b32
//       NVVM: st.global.v4.b32
// ROCDL-LABEL: // gpu.binary @mish_f32_kernel
//       ROCDL: global_load_dwordx4
//       ROCDL: global_store_dwordx4
func.func @mish_f32(%x: tensor<?xf32>, %y: tensor<?xf32>) -> tensor<?xf32> {
  %0 = act.mish %x : tensor<?xf32>
  return %0 : tensor<?xf32>
}

// NVVM-LABEL: // gpu.binary @threshold_f32_kernel
//       NVVM: ld.global.v4.b32
//       NVVM: st.global.v4.b32
// ROCDL-LABEL: // gpu.binary @threshold_f32_kernel
//       ROCDL: global_load_dwordx4
//       ROCDL: global_store_dwordx4
func.func @threshold_f32(%x: tensor<?xf32>, %y: tensor<?xf32>) -> tensor<?xf32> {
  %0 = act.threshold %x {threshold = 0.5 : f64, value = -2.0 : f64} : tensor<?xf32>
  return %0 : tensor<?xf32>
}

// NVVM-LABEL: // gpu.binary @relu_grad_f32_kernel
//       NVVM: ld.global.v4.b32
//       NVVM: st.global.v4.b32
// ROCDL-LABEL: // gpu.binary @relu_grad_f32_kernel
//       ROCDL: global_load_dwordx4
//       ROCDL: global_store_dwordx4
func.func @relu_grad_f32(%x: tensor<?xf32>, %y: tensor<?xf32>) -> tensor<?xf32> {
  %0 = act.relu_grad %x, %y : tensor<?xf32>
  return %0 : tensor<?xf32>
}
