// The act passes and act-cpu-pipeline under MLIR's multithreaded pass
// manager: a module of 300 functions (every act pass has work in it:
// folding, merging, sign analysis across calls, commuting, raising, fusion
// and matmul epilogues, on f16/bf16/f32/f64 and static and dynamic shapes)
// gives the same output with threads as with --mlir-disable-threading.
//
// The outputs are compared as they are: the constant globals that
// one-shot-bufferize creates in an order that depends on pointer values are
// named and sorted by act-sort-constant-globals, so two runs agree.

// RUN: %python %S/Inputs/many-functions.py 300 > %t.mlir

// The act passes alone, each with its function-level parallelism.
// DEFINE: %{act} = builtin.module(func.func(act-raise),func.func(act-simplify),act-sign-simplify,func.func(act-commute),func.func(act-fuse{epilogue=true}),func.func(convert-act-to-linalg),convert-act-to-arith)
// RUN: act-opt %t.mlir --pass-pipeline="%{act}" --mlir-disable-threading -o %t.act.serial.mlir
// RUN: act-opt %t.mlir --pass-pipeline="%{act}" -o %t.act.threaded.mlir
// RUN: act-opt %t.mlir --pass-pipeline="%{act}" -o %t.act.threaded2.mlir
// RUN: diff %t.act.serial.mlir %t.act.threaded.mlir
// RUN: diff %t.act.threaded.mlir %t.act.threaded2.mlir

// The whole pipeline, with the epilogue fusion too.
// RUN: act-opt %t.mlir --act-cpu-pipeline="fuse-epilogue=1" --mlir-disable-threading -o %t.serial.mlir
// RUN: act-opt %t.mlir --act-cpu-pipeline="fuse-epilogue=1" -o %t.threaded.mlir
// RUN: act-opt %t.mlir --act-cpu-pipeline="fuse-epilogue=1" -o %t.threaded2.mlir
// RUN: diff %t.serial.mlir %t.threaded.mlir
// RUN: diff %t.threaded.mlir %t.threaded2.mlir
// RUN: FileCheck %s < %t.threaded.mlir

// Every function was lowered.
// CHECK-COUNT-300: llvm.func @fn{{[0-9]+}}(
// CHECK-NOT: act.
