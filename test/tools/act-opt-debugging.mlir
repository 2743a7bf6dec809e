// The debugging flags of act-opt (MlirOptMain's) work with act passes and
// the act pipelines: timing, IR printing around passes, crash reproducers.
//
// RUN: split-file %s %t
//
// Per-pass timing of act-cpu-pipeline, nested as the pipeline is (the
// function passes under their 'func.func' pipeline).
// RUN: act-opt %t/good.mlir --act-cpu-pipeline --mlir-timing -o /dev/null 2>&1 \
// RUN:   | FileCheck %s --check-prefix=TIMING
// TIMING:      ... Execution time report ...
// TIMING:      Total Execution Time: {{[0-9.]+}} seconds
// TIMING:      ----Wall Time----  ----Name----
// TIMING-NEXT: {{^    [0-9.]+ \( *[0-9.]+%\)  Parser$}}
// TIMING:      {{^    [0-9.]+ \( *[0-9.]+%\)  'func.func' Pipeline$}}
// TIMING:      {{^    [0-9.]+ \( *[0-9.]+%\)    ConvertActToLinalgPass$}}
// TIMING:      {{^    [0-9.]+ \( *[0-9.]+%\)  OneShotBufferizePass$}}
// TIMING:      {{^    [0-9.]+ \( *[0-9.]+%\)  ConvertActToArithPass$}}
// TIMING:      {{^    [0-9.]+ \( *[0-9.]+%\)  ConvertToLLVMPass$}}
// TIMING:      {{^    [0-9.]+ \(100.0%\)  Total$}}
//
// The same as a flat list, passes summed over their runs, slowest first.
// RUN: act-opt %t/good.mlir --act-cpu-pipeline --mlir-timing \
// RUN:   --mlir-timing-display=list -o /dev/null 2>&1 | FileCheck %s --check-prefix=LIST
// LIST:      ----Wall Time----  ----Name----
// LIST-NEXT: {{^    [0-9.]+ \(100.0%\)  root$}}
// LIST-DAG:  {{^    [0-9.]+ \( *[0-9.]+%\)  ConvertActToLinalgPass$}}
// LIST-DAG:  {{^    [0-9.]+ \( *[0-9.]+%\)  ConvertActToArithPass$}}
//
// IR after every pass of the pipeline.
// RUN: act-opt %t/good.mlir --act-cpu-pipeline --mlir-print-ir-after-all \
// RUN:   -o /dev/null 2>&1 | FileCheck %s --check-prefix=AFTER-ALL
// AFTER-ALL:      // -----// IR Dump After ConvertActToLinalgPass (convert-act-to-linalg) //----- //
// AFTER-ALL:      linalg.generic
// AFTER-ALL:        act.relu %{{.*}} : f32
// AFTER-ALL:      // -----// IR Dump After ConvertActToArithPass (convert-act-to-arith) //----- //
// AFTER-ALL-NOT:  act.
// AFTER-ALL:      // -----// IR Dump After ReconcileUnrealizedCastsPass (reconcile-unrealized-casts) //----- //
// AFTER-ALL:      llvm.func @kernel
//
// IR before and after one act pass, by its command-line name.
// RUN: act-opt %t/good.mlir --act-simplify --mlir-print-ir-before=act-simplify \
// RUN:   --mlir-print-ir-after=act-simplify -o /dev/null 2>&1 \
// RUN:   | FileCheck %s --check-prefix=AROUND
// AROUND:      // -----// IR Dump Before ActSimplifyPass (act-simplify) //----- //
// AROUND:        act.relu
// AROUND-NEXT:   act.relu
// AROUND:      // -----// IR Dump After ActSimplifyPass (act-simplify) //----- //
// AROUND:        act.relu
// AROUND-NOT:    act.relu
//
// A failing pipeline leaves a reproducer: the input IR and the textual
// pipeline, act passes and their options included; --run-reproducer replays it.
// RUN: not act-opt %t/bad.mlir --act-cpu-pipeline="approximate-math=false" \
// RUN:   --mlir-pass-pipeline-crash-reproducer=%t/repro.mlir -o /dev/null 2>&1 \
// RUN:   | FileCheck %s --check-prefix=FAIL
// RUN: FileCheck %s --input-file=%t/repro.mlir --check-prefix=REPRO
// RUN: not act-opt --run-reproducer %t/repro.mlir -o /dev/null 2>&1 \
// RUN:   | FileCheck %s --check-prefix=REPLAY
// FAIL:  error: op was not bufferized
// FAIL:  note: Pipeline failed while executing {{.*}}OneShotBufferizePass{{.*}}: reproducer generated at `{{.*}}repro.mlir`
// REPRO: act.relu %{{.*}} : tensor<4xf32>
// REPRO: {-#
// REPRO:   external_resources: {
// REPRO:     mlir_reproducer: {
// REPRO:       pipeline: "builtin.module({{.*}}convert-act-to-linalg{{.*}}convert-act-to-arith{{.*}}act-approximate-math{polynomial=false}{{.*}}",
// REPLAY: repro.mlir:{{[0-9]+}}:{{[0-9]+}}: error: op was not bufferized
//
// The local reproducer holds only the failing pass and its input IR (here
// after convert-act-to-linalg).
// RUN: not act-opt %t/bad.mlir --act-cpu-pipeline \
// RUN:   --mlir-pass-pipeline-crash-reproducer=%t/local.mlir \
// RUN:   --mlir-pass-pipeline-local-reproducer --mlir-disable-threading \
// RUN:   -o /dev/null 2>/dev/null
// RUN: FileCheck %s --input-file=%t/local.mlir --check-prefix=LOCAL
// LOCAL:      linalg.generic
// LOCAL:        act.relu %{{.*}} : f32
// LOCAL:      pipeline: "builtin.module(one-shot-bufferize{

//--- good.mlir
func.func @kernel(%x: tensor<?xf32>) -> tensor<?xf32> {
  %0 = act.relu %x : tensor<?xf32>
  %1 = act.relu %0 : tensor<?xf32>
  return %1 : tensor<?xf32>
}

//--- bad.mlir
// tosa.abs has no bufferization: one-shot-bufferize fails after the act
// passes ran.
func.func @kernel(%x: tensor<4xf32>) -> tensor<4xf32> {
  %0 = act.relu %x : tensor<4xf32>
  %1 = tosa.abs %0 : (tensor<4xf32>) -> tensor<4xf32>
  return %1 : tensor<4xf32>
}
