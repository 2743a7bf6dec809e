// Regression test for a bug found by act-difftest (docs/Reliability.md): a
// miscompile of NaN inputs once LLVM optimizes the lowered code.
//
// sigmoid and silu (f16, bf16, f32) use upstream's polynomial exp, which
// clamps its argument with cmpf uge/ule + select (NaN passes through) and
// then builds 2^k with arith.fptosi, which is poison for NaN in LLVM. At
// -O0 the hardware conversion happened to give a NaN result, but LLVM -O2
// folded the poison to +0. Fixed in convert-act-to-arith: every op whose
// body goes through exp/expm1/log1p/tanh selects the quieted input where it
// is NaN.

// REQUIRES: mlir-runner
// RUN: act-opt %s --act-cpu-pipeline | mlir-runner -O2 -e main -entry-point-result=void \
// RUN:   -shared-libs=%mlir_c_runner_utils,%mlir_runner_utils | FileCheck %s

func.func @sigmoid(%x: tensor<f32>) -> tensor<f32> {
  %0 = act.sigmoid %x : tensor<f32>
  return %0 : tensor<f32>
}

func.func @silu(%x: tensor<f16>) -> tensor<f16> {
  %0 = act.silu %x : tensor<f16>
  return %0 : tensor<f16>
}

func.func private @printMemrefF32(tensor<*xf32>)

func.func @main() {
  %nan = arith.constant dense<0x7FC00000> : tensor<f32>
  %r0 = call @sigmoid(%nan) : (tensor<f32>) -> tensor<f32>
  %u0 = tensor.cast %r0 : tensor<f32> to tensor<*xf32>
  // CHECK: [nan]
  call @printMemrefF32(%u0) : (tensor<*xf32>) -> ()
  %nan16 = arith.constant dense<0x7E00> : tensor<f16>
  %r1 = call @silu(%nan16) : (tensor<f16>) -> tensor<f16>
  %w1 = arith.extf %r1 : tensor<f16> to tensor<f32>
  %u1 = tensor.cast %w1 : tensor<f32> to tensor<*xf32>
  // CHECK: [nan]
  call @printMemrefF32(%u1) : (tensor<*xf32>) -> ()
  return
}
