// RUN: act-opt %s --act-cpu-pipeline="target-cpu=x86-64 vector-width=16" | FileCheck %s --check-prefixes=W16,W16SEL
// RUN: act-opt %s --act-cpu-pipeline="target-cpu=haswell" | FileCheck %s --check-prefix=W8
// RUN: act-opt %s --act-cpu-pipeline="target-cpu=x86-64" | FileCheck %s --check-prefix=W4
// RUN: act-opt %s --act-cpu-pipeline="target-cpu=x86-64 target-features=+avx512f" | FileCheck %s --check-prefixes=W16,W16FIX
// RUN: not act-opt %s --act-cpu-pipeline="no-such-option=1" 2>&1 | FileCheck %s --check-prefix=BAD

// Tensors in, LLVM dialect out: the loop body works on whole vectors and the
// tail is handled by masked loads and stores (no scalar remainder loop).
// relu is a compare and select, or, for AVX-512 targets, one vfixupimm
// (act-x86-fixupimm).

// W16-LABEL: llvm.func @relu_tensor
//       W16:   llvm.intr.masked.load {{.*}} -> vector<16xf32>
//    W16SEL:   %[[LE:.*]] = llvm.fcmp "ole" %[[X:.*]], %{{.*}} : vector<16xf32>
//    W16SEL:   llvm.select %[[LE]], %{{.*}}, %[[X]] : vector<16xi1>, vector<16xf32>
//    W16FIX:   llvm.call_intrinsic "llvm.x86.avx512.mask.fixupimm.ps.512"
//       W16:   llvm.intr.masked.store {{.*}} : vector<16xf32>, vector<16xi1> into !llvm.ptr
//       W16: llvm.func @_mlir_ciface_relu_tensor
// W8-LABEL: llvm.func @relu_tensor
//       W8:   llvm.intr.masked.load {{.*}} -> vector<8xf32>
// W4-LABEL: llvm.func @relu_tensor
//       W4:   llvm.intr.masked.load {{.*}} -> vector<4xf32>
func.func @relu_tensor(%x: tensor<?xf32>) -> tensor<?xf32> {
  %0 = act.relu %x : tensor<?xf32>
  return %0 : tensor<?xf32>
}

// Input already on memrefs (ahead-of-time kernels with a C ABI).
// W16-LABEL: llvm.func @silu_memref
//   W16-NOT:   llvm.call @expf
//       W16:   llvm.intr.masked.store
func.func @silu_memref(%in: memref<?xf32>, %out: memref<?xf32>) {
  linalg.generic {indexing_maps = [affine_map<(d0) -> (d0)>, affine_map<(d0) -> (d0)>],
                  iterator_types = ["parallel"]}
      ins(%in : memref<?xf32>) outs(%out : memref<?xf32>) {
  ^bb0(%a: f32, %b: f32):
    %r = act.silu %a : f32
    linalg.yield %r : f32
  }
  return
}

// BAD: no such option no-such-option
