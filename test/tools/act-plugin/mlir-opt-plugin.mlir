// The stock mlir-opt of the LLVM packages, with ActPlugin loaded as a dialect
// plugin and as a pass plugin, parses act IR, runs act passes and lowers it
// through act-cpu-pipeline; the result runs under mlir-runner.
//
// mlir-opt parses its pass flags (--act-cpu-pipeline, --act-simplify) before
// it loads pass plugins, so passes and pipelines from a plugin are named in
// --pass-pipeline (as upstream's standalone plugin test does).

// REQUIRES: mlir-runner
// RUN: mlir-opt --load-dialect-plugin=%act_plugin %s | FileCheck %s --check-prefix=ROUNDTRIP
// RUN: mlir-opt --load-dialect-plugin=%act_plugin --load-pass-plugin=%act_plugin %s \
// RUN:   --pass-pipeline="builtin.module(func.func(act-simplify))" | FileCheck %s --check-prefix=SIMPLIFY
// RUN: mlir-opt --load-dialect-plugin=%act_plugin --load-pass-plugin=%act_plugin %s \
// RUN:   --pass-pipeline="builtin.module(act-cpu-pipeline{vector-width=8})" | FileCheck %s --check-prefix=LLVM
// RUN: mlir-opt --load-dialect-plugin=%act_plugin --load-pass-plugin=%act_plugin %s \
// RUN:   --pass-pipeline="builtin.module(act-cpu-pipeline)" | \
// RUN:   mlir-runner -e main -entry-point-result=void \
// RUN:   -shared-libs=%mlir_c_runner_utils,%mlir_runner_utils | FileCheck %s --check-prefix=EXEC
// RUN: mlir-opt --load-pass-plugin=%act_plugin --help | FileCheck %s --check-prefix=HELP
// RUN: not mlir-opt %s 2>&1 | FileCheck %s --check-prefix=NOPLUGIN
//
// One copy of MLIR in the process: the plugin needs libMLIR.so and libLLVM.so
// and defines no function outside mlir::act but its two entry points (the
// weak symbols are template instances from the headers).
// RUN: llvm-readelf --needed-libs %act_plugin | FileCheck %s --check-prefix=NEEDED
// RUN: llvm-nm -D --defined-only -C %act_plugin | FileCheck %s --check-prefix=SYMS
// RUN: llvm-nm -D --defined-only -C %act_plugin | grep ' T ' | not grep -v 'mlir::act::'

// ROUNDTRIP-LABEL: func.func @kernel
//       ROUNDTRIP:   act.gelu %{{.*}} : tensor<?xf32>
//       ROUNDTRIP:   act.clamp %{{.*}} {max = 6.000000e+00 : f64, min = -1.000000e+00 : f64} : tensor<?xf32>
//       ROUNDTRIP:   act.relu %{{.*}} : tensor<?xf32>

// relu(clamp(x, -1, 6)) merges into clamp(x, 0, 6).
// SIMPLIFY-LABEL: func.func @kernel
//       SIMPLIFY:   %[[G:.*]] = act.gelu
//       SIMPLIFY:   act.clamp %[[G]] {max = 6.000000e+00 : f64, min = 0.000000e+00 : f64}
//   SIMPLIFY-NOT:   act.relu

//   LLVM-LABEL: llvm.func @kernel
//     LLVM-NOT:   act.
//         LLVM:   llvm.intr.masked.load {{.*}} -> vector<8xf32>
//         LLVM:   llvm.intr.masked.store {{.*}} : vector<8xf32>, vector<8xi1> into !llvm.ptr
//         LLVM: llvm.func @_mlir_ciface_kernel

// gelu(-4) ~ -1.3e-4 and gelu(-1) = -0.1587 clamp to 0; gelu(8) = 8 clamps to 6.
// EXEC: Unranked Memref base@ = {{.*}} rank = 1 offset = 0 sizes = [7] strides = [1] data =
// EXEC-NEXT: [0,  0,  0,  0.841345,  1.9545,  6,  6]

// HELP: Passes:
// HELP: --act-simplify
// HELP: Pass Pipelines:
// HELP: --act-cpu-pipeline

// NOPLUGIN: error: Dialect `act' not found for custom op 'act.gelu'

// NEEDED-DAG: libMLIR.so.22
// NEEDED-DAG: libLLVM.so.22
// SYMS-DAG: W mlirGetDialectPluginInfo
// SYMS-DAG: W mlirGetPassPluginInfo

func.func @kernel(%x: tensor<?xf32>) -> tensor<?xf32> {
  %0 = act.gelu %x : tensor<?xf32>
  %1 = act.clamp %0 {min = -1.0 : f64, max = 6.0 : f64} : tensor<?xf32>
  %2 = act.relu %1 : tensor<?xf32>
  return %2 : tensor<?xf32>
}

func.func private @printMemrefF32(memref<*xf32>)

func.func @main() {
  %c = arith.constant dense<[-4.0, -1.0, 0.0, 1.0, 2.0, 6.5, 8.0]> : tensor<7xf32>
  %x = tensor.cast %c : tensor<7xf32> to tensor<?xf32>
  %r = call @kernel(%x) : (tensor<?xf32>) -> tensor<?xf32>
  %m = bufferization.to_buffer %r : tensor<?xf32> to memref<?xf32>
  %u = memref.cast %m : memref<?xf32> to memref<*xf32>
  call @printMemrefF32(%u) : (memref<*xf32>) -> ()
  return
}
