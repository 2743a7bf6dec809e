// The act passes and act-cpu-pipeline under MLIR's multithreaded pass
// manager: a module of 300 functions (every act pass has work in it:
// folding, merging, sign analysis across calls, commuting, raising, fusion
// and matmul epilogues, on f16/bf16/f32/f64 and static and dynamic shapes)
// gives the same output with threads as with --mlir-disable-threading.
//
// Up to bufferization the output is compared as it is. After it, the
// constant globals that one-shot-bufferize creates are renamed after their
// contents and sorted first: upstream creates them in an order that depends
// on pointer values, which varies from run to run even single-threaded.

// RUN: %python %S/Inputs/many-functions.py 300 > %t.mlir

// The act passes alone, each with its function-level parallelism.
// DEFINE: %{act} = builtin.module(func.func(act-raise),func.func(act-simplify),act-sign-simplify,func.func(act-commute),func.func(act-fuse{epilogue=true}),func.func(convert-act-to-linalg),convert-act-to-arith)
// RUN: act-opt %t.mlir --pass-pipeline="%{act}" --mlir-disable-threading -o %t.act.serial.mlir
// RUN: act-opt %t.mlir --pass-pipeline="%{act}" -o %t.act.threaded.mlir
// RUN: act-opt %t.mlir --pass-pipeline="%{act}" -o %t.act.threaded2.mlir
// RUN: diff %t.act.serial.mlir %t.act.threaded.mlir
// RUN: diff %t.act.threaded.mlir %t.act.threaded2.mlir

// The whole pipeline, with the epilogue fusion too.
// RUN: act-opt %t.mlir --act-cpu-pipeline="fuse-epilogue=1" --mlir-disable-threading | %python %S/Inputs/normalize-globals.py > %t.serial.mlir
// RUN: act-opt %t.mlir --act-cpu-pipeline="fuse-epilogue=1" | %python %S/Inputs/normalize-globals.py > %t.threaded.mlir
// RUN: diff %t.serial.mlir %t.threaded.mlir
// RUN: FileCheck %s < %t.threaded.mlir

// Every function was lowered.
// CHECK-COUNT-300: llvm.func @fn{{[0-9]+}}(
// CHECK-NOT: act.
