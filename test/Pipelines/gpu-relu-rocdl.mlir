// act-gpu-pipeline for AMD GPUs, through LLVM's AMDGPU backend without ROCm:
// the f32 relu kernel loads and stores 128 bits per thread
// (global_load_dwordx4 / global_store_dwordx4), selects NaN inputs through
// an ordered compare, and reads no grid or block size through ockl
// (the launch passes them). Assembly for gfx942 and gfx90a; with
// format=bin, an HSA code object linked by ld.lld, which gpu-module-to-binary
// looks up as <toolkit>/llvm/bin/ld.lld.
// RUN: act-opt %s --act-gpu-pipeline="target=rocdl chip=gfx942" | %gpu_objects /dev/stdin | FileCheck %s --check-prefixes=CHECK,GFX942 --implicit-check-not=__ockl --implicit-check-not=__ocml
// RUN: act-opt %s --act-gpu-pipeline="target=rocdl chip=gfx90a" | %gpu_objects /dev/stdin | FileCheck %s --check-prefixes=CHECK,GFX90A --implicit-check-not=__ockl --implicit-check-not=__ocml
// RUN: %if ld.lld %{ rm -rf %t.rocm && mkdir -p %t.rocm/llvm/bin && ln -s %ld_lld %t.rocm/llvm/bin/ld.lld %}
// RUN: %if ld.lld %{ act-opt %s --act-gpu-pipeline="target=rocdl chip=gfx942 format=bin toolkit=%t.rocm" | %gpu_objects /dev/stdin --each "llvm-objdump -d --mcpu=gfx942 {}" | FileCheck %s --check-prefix=HSACO %}

// CHECK-LABEL: // gpu.binary @relu_kernel
//  GFX942: .amdgcn_target "amdgcn-amd-amdhsa--gfx942
//  GFX90A: .amdgcn_target "amdgcn-amd-amdhsa--gfx90a
//       CHECK: global_load_dwordx4 v[{{[0-9]+}}:{{[0-9]+}}]
//   CHECK-DAG: v_max_f32
//   CHECK-DAG: v_cmp_o_f32
//   CHECK-DAG: v_cndmask_b32
//       CHECK: global_store_dwordx4
//       CHECK: global_load_dword v
//       CHECK: global_store_dword v
//       CHECK: .max_flat_workgroup_size: 256

// HSACO: file format elf64-amdgpu
// HSACO: global_load_dwordx4
// HSACO: global_store_dwordx4
// HSACO: checked 1 objects, 0 failed
func.func @relu(%x: tensor<?xf32>) -> tensor<?xf32> {
  %0 = act.relu %x : tensor<?xf32>
  return %0 : tensor<?xf32>
}
