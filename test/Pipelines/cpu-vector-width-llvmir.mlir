// The LLVM IR of a 1-D f32 relu over a dynamic memref works on whole
// target-width vectors: <16 x float> for AVX-512, <8 x float> for AVX2; the
// tail is masked, and no scalar loop handles the bulk. relu is a compare
// and select, for AVX-512 one vfixupimmps (act-x86-fixupimm).

// RUN: act-opt %s --act-cpu-pipeline="target-cpu=skylake-avx512" | act-translate --mlir-to-llvmir | FileCheck %s --check-prefixes=CHECK,AVX512
// RUN: act-opt %s --act-cpu-pipeline="target-cpu=haswell" | act-translate --mlir-to-llvmir | FileCheck %s --check-prefixes=CHECK,AVX2
// RUN: act-opt %s --act-cpu-pipeline="target-cpu=x86-64 target-features=+avx2" | act-translate --mlir-to-llvmir | FileCheck %s --check-prefixes=CHECK,AVX2

// CHECK-LABEL: define void @relu(
//   CHECK-NOT:   load float
//   CHECK-NOT:   store float
//      AVX512:   call <16 x float> @llvm.masked.load.v16f32.p0(
//      AVX512:   call <16 x float> @llvm.x86.avx512.mask.fixupimm.ps.512(<16 x float> %[[X:.*]], <16 x float> %[[X]], <16 x i32> splat (i32 404232226), i32 0, i16 -1, i32 4)
//      AVX512:   call void @llvm.masked.store.v16f32.p0(<16 x float>
//        AVX2:   call <8 x float> @llvm.masked.load.v8f32.p0(
//        AVX2:   fcmp ole <8 x float>
//        AVX2:   call void @llvm.masked.store.v8f32.p0(<8 x float>
//   CHECK-NOT:   load float
//   CHECK-NOT:   store float
//       CHECK:   ret void
//       CHECK: define void @_mlir_ciface_relu(
func.func @relu(%in: memref<?xf32>, %out: memref<?xf32>) {
  linalg.generic {indexing_maps = [affine_map<(d0) -> (d0)>, affine_map<(d0) -> (d0)>],
                  iterator_types = ["parallel"]}
      ins(%in : memref<?xf32>) outs(%out : memref<?xf32>) {
  ^bb0(%a: f32, %b: f32):
    %r = act.relu %a : f32
    linalg.yield %r : f32
  }
  return
}
