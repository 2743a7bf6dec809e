// Regression test for a miscompile found by act-difftest (long run, seed
// 4000025; docs/Reliability.md, bug 17): the first form of the expm1
// expansion for elu/selu/celu clamped its argument with `x > 0 ? 0 : x`.
// After another clamp to 0 (here clamp(-a1, -1, 0)), LLVM 22 at -O1 and
// above rewrote that predicate to `x >= 0`, so selu(-0) gave +0 and the
// product selu(v1) * prelu(...) at [0, 0, 0] gave -0 instead of +0 (with
// act-fuse; -O0 and the unfused pipeline were right). The argument is no
// longer clamped.

// REQUIRES: mlir-runner
// RUN: act-opt %s --act-cpu-pipeline="vector-width=16" | mlir-runner -O2 -e main -entry-point-result=void \
// RUN:   -shared-libs=%mlir_c_runner_utils,%mlir_runner_utils | FileCheck %s
// RUN: act-opt %s --act-cpu-pipeline="raise=0 simplify=0 commute=0 fuse=0" | mlir-runner -O2 -e main \
// RUN:   -entry-point-result=void -shared-libs=%mlir_c_runner_utils,%mlir_runner_utils | FileCheck %s

// The f16 bit patterns of the result: +0 first (0, not 32768 = -0).
// CHECK: {{\[\[\[}}0, 0, 0, 0, 0],
// CHECK-NEXT: [0, 0, 0, 0, 0]]]

func.func @f(%a0: tensor<1x2x5xf16>, %a1: tensor<1x2x5xf16>, %a2: tensor<5xf16>) -> (tensor<1x2x5xf16>) {
  %v0 = arith.negf %a1 : tensor<1x2x5xf16>
  %v1 = act.clamp %v0 {min = -1.0 : f64, max = 0.0 : f64} : tensor<1x2x5xf16>
  %v2 = tensor.empty() : tensor<1x2x5xf16>
  %v3 = linalg.broadcast ins(%a2 : tensor<5xf16>) outs(%v2 : tensor<1x2x5xf16>) dimensions = [0, 1]
  %v4 = act.selu %v1  : tensor<1x2x5xf16>
  %v5 = act.hardswish %v4  : tensor<1x2x5xf16>
  %v6 = tensor.collapse_shape %v5 [[0, 1, 2]] : tensor<1x2x5xf16> into tensor<10xf16>
  %v7 = act.relu %v6 : tensor<10xf16>
  %v8 = tensor.expand_shape %v7 [[0, 1, 2]] output_shape [1, 2, 5] : tensor<10xf16> into tensor<1x2x5xf16>
  %v9 = act.prelu %v8, %v1 : tensor<1x2x5xf16>
  %v10 = arith.mulf %v4, %v9 : tensor<1x2x5xf16>
  return %v10 : tensor<1x2x5xf16>
}

func.func private @printMemrefI64(tensor<*xi64>)

func.func @main() {
  %in0 = arith.constant dense<[[[0xC600, 0x3C00, 0xC030, 0x3C00, 0x7C2B], [0x8001, 0x4000, 0x405D, 0xBC00, 0xD5CC]]]> : tensor<1x2x5xf16>
  %arg0 = tensor.cast %in0 : tensor<1x2x5xf16> to tensor<1x2x5xf16>
  %in1 = arith.constant dense<[[[0x0000, 0x77D1, 0x0837, 0x4024, 0x4248], [0x469C, 0xC314, 0xC071, 0xC800, 0x3DBC]]]> : tensor<1x2x5xf16>
  %arg1 = tensor.cast %in1 : tensor<1x2x5xf16> to tensor<1x2x5xf16>
  %in2 = arith.constant dense<[0x450C, 0x3FA7, 0xB7E5, 0xADE5, 0x454A]> : tensor<5xf16>
  %arg2 = tensor.cast %in2 : tensor<5xf16> to tensor<5xf16>
  %r:1 = call @f(%arg0, %arg1, %arg2) : (tensor<1x2x5xf16>, tensor<1x2x5xf16>, tensor<5xf16>) -> (tensor<1x2x5xf16>)
  %bits0 = arith.bitcast %r#0 : tensor<1x2x5xf16> to tensor<1x2x5xi16>
  %wide0 = arith.extui %bits0 : tensor<1x2x5xi16> to tensor<1x2x5xi64>
  %u0 = tensor.cast %wide0 : tensor<1x2x5xi64> to tensor<*xi64>
  call @printMemrefI64(%u0) : (tensor<*xi64>) -> ()
  return
}
