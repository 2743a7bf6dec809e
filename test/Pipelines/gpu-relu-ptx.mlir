// act-gpu-pipeline for NVIDIA: each thread of the f32 relu kernel loads and
// stores 128 bits at a time (ld.global.v4 / st.global.v4) in a grid-stride
// loop, and relu is the NaN-propagating max.NaN (relu(-0) = +0); a scalar
// loop takes the tail. f16 and bf16 move 8 elements per access and use the
// packed max.NaN.{f16,bf16}x2.
// RUN: act-opt %s --act-gpu-pipeline="target=nvvm chip=sm_90 format=isa" -o %t.mlir
// RUN: %gpu_objects %t.mlir | FileCheck %s --implicit-check-not=__nv_ --implicit-check-not=call
// RUN: %if ptxas %{ %gpu_objects %t.mlir --each "%ptxas -arch=sm_90 -o /dev/null {}" | FileCheck %s --check-prefix=PTXAS %}

// CHECK-LABEL: // gpu.binary @relu_f32_kernel
//       CHECK: .target sm_90
//       CHECK: .entry relu_f32_kernel(
//       CHECK: .maxntid 256, 1, 1
//       CHECK: [[VECTOR_LOOP:\$L__BB0_[0-9]+]]:
//       CHECK:   ld.global.v4.{{f32|b32}} {[[A:%r[0-9]+]], [[B:%r[0-9]+]], [[C:%r[0-9]+]], [[D:%r[0-9]+]]}
//   CHECK-DAG:   max.NaN.f32 {{%r[0-9]+}}, [[A]], 0f00000000;
//   CHECK-DAG:   max.NaN.f32 {{%r[0-9]+}}, [[B]], 0f00000000;
//   CHECK-DAG:   max.NaN.f32 {{%r[0-9]+}}, [[C]], 0f00000000;
//   CHECK-DAG:   max.NaN.f32 {{%r[0-9]+}}, [[D]], 0f00000000;
//       CHECK:   st.global.v4.{{f32|b32}}
//       CHECK:   @%p{{[0-9]+}} bra [[VECTOR_LOOP]];
//       CHECK:   ld.global.{{f32|b32}}
//       CHECK:   max.NaN.f32
//       CHECK:   st.global.{{f32|b32}}
//       CHECK: ret;
func.func @relu_f32(%x: tensor<?xf32>) -> tensor<?xf32> {
  %0 = act.relu %x : tensor<?xf32>
  return %0 : tensor<?xf32>
}

// CHECK-LABEL: // gpu.binary @relu_f16_kernel
//       CHECK:   ld.global.v4.b32
//       CHECK:   max.NaN.f16x2
//       CHECK:   st.global.v4.b32
//       CHECK:   ld.global.b16
//       CHECK:   max.NaN.f16
//       CHECK:   st.global.b16
func.func @relu_f16(%x: tensor<?xf16>) -> tensor<?xf16> {
  %0 = act.relu %x : tensor<?xf16>
  return %0 : tensor<?xf16>
}

// CHECK-LABEL: // gpu.binary @relu_bf16_kernel
//       CHECK:   ld.global.v4.b32
//       CHECK:   max.NaN.bf16x2
//       CHECK:   st.global.v4.b32
func.func @relu_bf16(%x: tensor<?x?xbf16>) -> tensor<?x?xbf16> {
  %0 = act.relu %x : tensor<?x?xbf16>
  return %0 : tensor<?x?xbf16>
}

// PTXAS: checked 3 objects, 0 failed
