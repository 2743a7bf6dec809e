// With approximate-math=false every transcendental op becomes a libm call,
// and the output translates to LLVM IR (no math op is left behind).
// RUN: act-opt %s --act-cpu-pipeline="approximate-math=false vector-width=4" | FileCheck %s
// RUN: act-opt %s --act-cpu-pipeline="approximate-math=false" | act-translate --mlir-to-llvmir -o /dev/null

// CHECK-NOT: math.
// CHECK-LABEL: llvm.func @gelu
//       CHECK:   llvm.call @erfcf
// The tanh form's exp too (inline-gelu is off with approximate-math=false).
// CHECK-LABEL: llvm.func @gelu_tanh
//       CHECK:   llvm.call @expf
// CHECK-LABEL: llvm.func @mish
//       CHECK:   llvm.call @expf
//       CHECK:   llvm.call @log1pf
//       CHECK:   llvm.call @tanhf
func.func @gelu(%x: tensor<?xf32>) -> tensor<?xf32> {
  %0 = act.gelu %x : tensor<?xf32>
  return %0 : tensor<?xf32>
}
func.func @gelu_tanh(%x: tensor<?xf32>) -> tensor<?xf32> {
  %0 = act.gelu %x {approximate = #act.approximate<tanh>} : tensor<?xf32>
  return %0 : tensor<?xf32>
}
func.func @mish(%x: tensor<?xf32>) -> tensor<?xf32> {
  %0 = act.mish %x : tensor<?xf32>
  return %0 : tensor<?xf32>
}
