// Regression test for a bug found by act-difftest (docs/Reliability.md).
//
// bf16 arithmetic left scalar (loops the super-vectorizer skips, e.g. over
// the strided views of pad/slice, or of innermost extent 1): relu and clamp
// (lowered to bf16 arith.maximumf/minimumf) and the user's arith ops reached
// LLVM as bfloat operations, which the x86 backend promotes to f32 and
// rounds back with vcvtneps2bf16 on AVX512-BF16 CPUs, flushing subnormal
// results. Here clamp(pad(x)) kept the subnormal 0x0001 only in the
// vectorized form. Fixed in act-expand-bf16: bf16 arithmetic is computed in
// f32 and rounded with integer operations (exact results, like max/min, by
// dropping the low half).

// No bfloat arithmetic or conversion reaches LLVM in @f (only moves):
// RUN: act-opt %s --act-cpu-pipeline | FileCheck %s --check-prefix=IR
// IR-LABEL: llvm.func @f(
// IR-NOT: {{(fptrunc|fpext|maximum|minimum|fadd|fsub|fmul|fdiv|fcmp).*bf16}}
// IR: llvm.func @_mlir_ciface_f(
// REQUIRES: mlir-runner
// RUN: act-opt %s --act-cpu-pipeline | mlir-runner -e main -entry-point-result=void \
// RUN:   -shared-libs=%mlir_c_runner_utils,%mlir_runner_utils | FileCheck %s

func.func @f(%x: tensor<?xbf16>) -> tensor<?xbf16> {
  %c0 = arith.constant 0 : index
  %d = tensor.dim %x, %c0 : tensor<?xbf16>
  %pad = arith.constant 1.0e+02 : bf16
  %p = tensor.pad %x low[1] high[1] {
  ^bb0(%i: index):
    tensor.yield %pad : bf16
  } : tensor<?xbf16> to tensor<?xbf16>
  %s = tensor.extract_slice %p[1] [%d] [1] : tensor<?xbf16> to tensor<?xbf16>
  %r = act.clamp %s {min = -1.0 : f64, max = 1.0 : f64} : tensor<?xbf16>
  return %r : tensor<?xbf16>
}

func.func private @printMemrefI64(tensor<*xi64>)

func.func @main() {
  %in = arith.constant dense<[0x0001, 0x8001, 0x0040, 0x3F80]> : tensor<4xbf16>
  %c = tensor.cast %in : tensor<4xbf16> to tensor<?xbf16>
  %r = call @f(%c) : (tensor<?xbf16>) -> tensor<?xbf16>
  %b = arith.bitcast %r : tensor<?xbf16> to tensor<?xi16>
  %w = arith.extui %b : tensor<?xi16> to tensor<?xi64>
  %u = tensor.cast %w : tensor<?xi64> to tensor<*xi64>
  // CHECK: [1,  32769,  64,  16256]
  call @printMemrefI64(%u) : (tensor<*xi64>) -> ()
  return
}
