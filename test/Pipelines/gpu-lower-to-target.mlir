// act-gpu-lower-to-target, the stage of act-gpu-pipeline that lowers
// kernels to the LLVM dialect: gpu ops become NVVM or ROCDL intrinsics as in
// convert-gpu-to-nvvm/-rocdl, but the math ops left by the act lowering
// become LLVM intrinsics instead of libdevice (__nv_*) or ocml calls.
// RUN: act-opt %s -split-input-file -verify-diagnostics --pass-pipeline="builtin.module(gpu.module(act-gpu-lower-to-target{target=nvvm}))" | FileCheck %s --check-prefix=NVVM --implicit-check-not=__nv_
// RUN: act-opt %s -split-input-file -verify-diagnostics --pass-pipeline="builtin.module(gpu.module(act-gpu-lower-to-target{target=rocdl chip=gfx942}))" | FileCheck %s --check-prefix=ROCDL --implicit-check-not=__ocml

// NVVM-LABEL: gpu.module @kernels
//       NVVM:   llvm.func @k(%{{.*}}: vector<4xf32>, %[[OUT:.*]]: !llvm.ptr
//  NVVM-SAME:       nvvm.kernel
//       NVVM:     nvvm.read.ptx.sreg.tid.x
//       NVVM:     llvm.intr.floor(%{{.*}}) : (vector<4xf32>) -> vector<4xf32>
//       NVVM:     llvm.intr.fabs(%{{.*}}) : (vector<4xf32>) -> vector<4xf32>
//       NVVM:     llvm.intr.fma(%{{.*}}, %{{.*}}, %{{.*}}) : (vector<4xf32>, vector<4xf32>, vector<4xf32>) -> vector<4xf32>
//       NVVM:     llvm.intr.copysign(%{{.*}}, %{{.*}}) : (vector<4xf32>, vector<4xf32>) -> vector<4xf32>
//       NVVM:     llvm.intr.maximum(%{{.*}}, %{{.*}}) : (vector<4xf32>, vector<4xf32>) -> vector<4xf32>
//       NVVM:     llvm.store %{{.*}}, %{{.*}} {alignment = 16 : i64} : vector<4xf32>, !llvm.ptr

// ROCDL-LABEL: gpu.module @kernels attributes {llvm.data_layout = "e-p:64:64
//       ROCDL:   llvm.func @k(
//  ROCDL-SAME:       rocdl.flat_work_group_size = "64,64"
//  ROCDL-SAME:       rocdl.kernel
//       ROCDL:     rocdl.workitem.id.x
//       ROCDL:     llvm.intr.floor
//       ROCDL:     llvm.intr.fabs
//       ROCDL:     llvm.intr.fma
gpu.module @kernels {
  gpu.func @k(%x: vector<4xf32>, %out: memref<?xf32>) kernel attributes {known_block_size = array<i32: 64, 1, 1>} {
    %tid = gpu.thread_id x
    %f = math.floor %x : vector<4xf32>
    %a = math.absf %f : vector<4xf32>
    %m = math.fma %a, %x, %f : vector<4xf32>
    %c = math.copysign %m, %x : vector<4xf32>
    %r = arith.maximumf %c, %x : vector<4xf32>
    vector.store %r, %out[%tid] {alignment = 16 : i64} : memref<?xf32>, vector<4xf32>
    gpu.return
  }
}

// -----

gpu.module @transcendental {
  gpu.func @k(%x: f32, %out: memref<f32>) kernel {
    // expected-error @+1 {{'math.sin' op has no lowering without a device math library (libdevice/ocml)}}
    %s = math.sin %x : f32
    memref.store %s, %out[] : memref<f32>
    gpu.return
  }
}
