// RUN: act-opt %s --act-cpu-pipeline="target-cpu=skylake-avx512 half-width-threshold=0" | FileCheck %s
// RUN: act-opt %s --act-cpu-pipeline="target-cpu=x86-64 target-features=+avx512f half-width-threshold=0" | FileCheck %s
// RUN: act-opt %s --act-cpu-pipeline="target-cpu=skylake-avx512" | FileCheck %s --check-prefix=HALF
// RUN: act-opt %s --act-cpu-pipeline="target-cpu=haswell" | FileCheck %s --check-prefix=NO512
// RUN: act-opt %s --act-cpu-pipeline="target-cpu=skylake-avx512 target-features=-avx512f" | FileCheck %s --check-prefix=NO512

// For AVX-512 targets, the exact relu select (relu, and clamp's lower
// bound of 0) becomes one vfixupimmps (act-x86-fixupimm); clamp's upper
// bound stays a compare and select (one vminps). Other targets keep the
// select. (half-width-threshold=0: without the 256-bit copy for buffers
// beyond L1, whose selects stay selects: vfixupimmps needs 512 bits.)

// CHECK-LABEL: llvm.func @relu
//       CHECK:   llvm.call_intrinsic "llvm.x86.avx512.mask.fixupimm.ps.512"
//   CHECK-NOT:   llvm.fcmp
//       CHECK: llvm.func @_mlir_ciface_relu
// HALF-LABEL: llvm.func @relu
//       HALF:   llvm.call_intrinsic "llvm.x86.avx512.mask.fixupimm.ps.512"
//       HALF:   llvm.fcmp "ole" %{{.*}} : vector<8xf32>
//       HALF: llvm.func @_mlir_ciface_relu
// NO512-LABEL: llvm.func @relu
//   NO512-NOT:   fixupimm
//       NO512:   llvm.fcmp "ole"
//       NO512: llvm.func @_mlir_ciface_relu
func.func @relu(%x: tensor<?xf32>) -> tensor<?xf32> {
  %r = act.relu %x : tensor<?xf32>
  return %r : tensor<?xf32>
}

// CHECK-LABEL: llvm.func @relu6
//       CHECK:   %[[L:.*]] = llvm.call_intrinsic "llvm.x86.avx512.mask.fixupimm.ps.512"
//       CHECK:   %[[C:.*]] = llvm.fcmp "ogt" %[[L]]
//       CHECK:   llvm.select %[[C]]
//       CHECK: llvm.func @_mlir_ciface_relu6
func.func @relu6(%x: tensor<?xf32>) -> tensor<?xf32> {
  %r = act.clamp %x {min = 0.0 : f64, max = 6.0 : f64} : tensor<?xf32>
  return %r : tensor<?xf32>
}
