// Regression test for a bug found by act-difftest (docs/Reliability.md).
//
// With vector-width=1 the super-vectorizer emitted masked loads and stores
// of vector<1xbf16>. LLVM's x86 backend (on CPUs with AVX512-BF16)
// legalizes them through f32 and vcvtneps2bf16, which flushes subnormals:
// relu of the bf16 subnormal 0x0040 gave +0 instead of 0x0040. act-vectorize
// now leaves the loops scalar for one lane.

// REQUIRES: mlir-runner
// RUN: act-opt %s --act-cpu-pipeline="vector-width=1" | mlir-runner -e main -entry-point-result=void \
// RUN:   -shared-libs=%mlir_c_runner_utils,%mlir_runner_utils | FileCheck %s

func.func @f(%x: tensor<?xbf16>) -> tensor<?xbf16> {
  %0 = act.relu %x : tensor<?xbf16>
  return %0 : tensor<?xbf16>
}

func.func private @printMemrefI64(tensor<*xi64>)

func.func @main() {
  // 2^-127 and -2^-133 (subnormal), 2^-126 (smallest normal), 2.
  %in = arith.constant dense<[0x0040, 0x8001, 0x0080, 0x4000]> : tensor<4xbf16>
  %c = tensor.cast %in : tensor<4xbf16> to tensor<?xbf16>
  %r = call @f(%c) : (tensor<?xbf16>) -> tensor<?xbf16>
  %b = arith.bitcast %r : tensor<?xbf16> to tensor<?xi16>
  %w = arith.extui %b : tensor<?xi16> to tensor<?xi64>
  %u = tensor.cast %w : tensor<?xi64> to tensor<*xi64>
  // 0x0040 = 64, +0, 0x0080 = 128, 0x4000 = 16384
  // CHECK: [64,  0,  128,  16384]
  call @printMemrefI64(%u) : (tensor<*xi64>) -> ()
  return
}
