// Regression test for a miscompile found by act-difftest (long run, seed
// 2008418; docs/Reliability.md, bug 16): with act-bf16-moves-as-i16
// rewriting vector loads and stores of bf16 into <4 x i16> ones, a bf16
// leaky_relu followed by absf (two loops, the second in place) turned a NaN
// into +0 at vector widths 4 and 8 (LLVM 22's x86 backend). The pass now
// rewrites scalars and one-lane vectors only.

// REQUIRES: mlir-runner
// RUN: act-opt %s --act-cpu-pipeline="vector-width=4" | mlir-runner -e main -entry-point-result=void \
// RUN:   -shared-libs=%mlir_c_runner_utils,%mlir_runner_utils | FileCheck %s
// RUN: act-opt %s --act-cpu-pipeline="vector-width=8" | mlir-runner -O2 -e main -entry-point-result=void \
// RUN:   -shared-libs=%mlir_c_runner_utils,%mlir_runner_utils | FileCheck %s

func.func @f(%x: tensor<9x?x9xbf16>) -> tensor<9x?x9xbf16> {
  %0 = act.leaky_relu %x : tensor<9x?x9xbf16>
  %1 = math.absf %0 : tensor<9x?x9xbf16>
  return %1 : tensor<9x?x9xbf16>
}

func.func private @printMemrefI64(tensor<*xi64>)

func.func @main() {
  // Row 6 starts with -NaN (0xFFC0), row 7 with -2.0 (0xC000); zeros elsewhere.
  %a = arith.constant dense<[0x0000, 0x0000, 0x0000, 0x0000, 0x0000, 0x0000, 0x0000, 0x0000, 0x0000, 0x0000, 0x0000, 0x0000, 0x0000, 0x0000, 0x0000, 0x0000, 0x0000, 0x0000, 0x0000, 0x0000, 0x0000, 0x0000, 0x0000, 0x0000, 0x0000, 0x0000, 0x0000, 0x0000, 0x0000, 0x0000, 0x0000, 0x0000, 0x0000, 0x0000, 0x0000, 0x0000, 0x0000, 0x0000, 0x0000, 0x0000, 0x0000, 0x0000, 0x0000, 0x0000, 0x0000, 0x0000, 0x0000, 0x0000, 0x0000, 0x0000, 0x0000, 0x0000, 0x0000, 0x0000, 0xFFC0, 0x0000, 0x0000, 0x0000, 0x0000, 0x0000, 0x0000, 0x0000, 0x0000, 0xC000, 0x0000, 0x0000, 0x0000, 0x0000, 0x0000, 0x0000, 0x0000, 0x0000, 0x0000, 0x0000, 0x0000, 0x0000, 0x0000, 0x0000, 0x0000, 0x0000, 0x0000]> : tensor<81xbf16>
  %b = tensor.expand_shape %a [[0, 1, 2]] output_shape [9, 1, 9] : tensor<81xbf16> into tensor<9x1x9xbf16>
  %c = tensor.cast %b : tensor<9x1x9xbf16> to tensor<9x?x9xbf16>
  %r = call @f(%c) : (tensor<9x?x9xbf16>) -> tensor<9x?x9xbf16>
  %bits = arith.bitcast %r : tensor<9x?x9xbf16> to tensor<9x?x9xi16>
  %w = arith.extui %bits : tensor<9x?x9xi16> to tensor<9x?x9xi64>
  %u = tensor.cast %w : tensor<9x?x9xi64> to tensor<*xi64>
  // abs(leaky(NaN)) is a positive quiet NaN, 0x7FC0 = 32704;
  // abs(leaky(-2)) = 0.02 = 0x3CA4 (15524).
  // CHECK: {{\[\[\[}}0,
  // CHECK-COUNT-5: {{^ *\[\[}}0,
  // CHECK-NEXT: {{^ *\[\[}}32704,    0,    0,    0,    0,    0,    0,    0,    0]],
  // CHECK-NEXT: {{^ *\[\[}}15524,    0,
  call @printMemrefI64(%u) : (tensor<*xi64>) -> ()
  return
}
