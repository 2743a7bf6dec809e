//===- Passes.td - act conversion passes -------------------*- tablegen -*-===//
//
// Part of the act-mlir project.
//
//===----------------------------------------------------------------------===//

#ifndef ACT_CONVERSION_PASSES_TD
#define ACT_CONVERSION_PASSES_TD

include "mlir/Pass/PassBase.td"

def ConvertActToLinalgPass : Pass<"convert-act-to-linalg"> {
  let summary = "Convert act ops on tensors to linalg.generic";
  let description = [{
    Rewrites every act op whose operands are ranked tensors (static or
    dynamic shapes) into a `linalg.generic` with parallel iterators whose
    body applies the same act op to scalars, with a `tensor.empty`
    destination. Act ops on scalars and vectors are left alone (see
    `convert-act-to-arith`). The result composes with upstream elementwise
    fusion, tiling, bufferization and vectorization.
  }];
  let dependentDialects = ["::mlir::linalg::LinalgDialect",
                           "::mlir::tensor::TensorDialect"];
}

def ConvertActToArithPass : Pass<"convert-act-to-arith"> {
  let summary = "Convert act ops on scalars and vectors to arith and math";
  let description = [{
    Replaces every act op on a scalar or vector by its computation in the
    `arith` and `math` dialects, as specified in docs/Semantics.md:
    piecewise-linear ops are the exact IEEE operation sequence of the
    reference semantics (bit-exact after lowering), transcendental ops use
    `math.expm1`, `math.log1p`, `math.erfc`, `math.exp` and `math.tanh` in
    forms that neither overflow nor cancel, and f16/bf16 are extended to f32
    and rounded once. The op's `fastmath` flags are copied onto the arith
    ops. Act ops on tensors are left alone (see `convert-act-to-linalg`).
  }];
  let options = [
    Option<"fastMath", "fast-math", "bool", /*default=*/"false",
           "Add `fastmath<fast>` to every generated arith/math op: licenses "
           "LLVM to ignore NaN, infinities and signed zeros and to contract "
           "and reassociate (the results may then differ from "
           "docs/Semantics.md)">,
    Option<"selectBounds", "select-bounds", "bool", /*default=*/"true",
           "Build IEEE maximum/minimum against a constant bound (relu, clamp "
           "and the bounds inside other ops) as a compare and a select, "
           "which x86 does in 2 instructions per vector where it expands "
           "`arith.maximumf` to 3; `false` keeps `arith.maximumf`/`minimumf`, "
           "a single NaN-propagating max on GPUs. Both are exact">,
    Option<"inlineGelu", "inline-gelu", "bool", /*default=*/"true",
           "Build GELU computed in f32 (f32/f16/bf16) inline, one division "
           "and one exp of a non-positive argument each (docs/Numerics.md): "
           "the erf form as `t P(t) exp(-a^2/2)`, `t = 1 / (1 + p a)`, the "
           "tanh form as `x - a E / (1 + E)`, `E = exp(-a Q(a))`; `false` "
           "emits `math.erfc` and `math.exp` for the target to lower "
           "(libdevice on GPUs)">
  ];
  let dependentDialects = ["::mlir::arith::ArithDialect",
                           "::mlir::math::MathDialect"];
}

#endif // ACT_CONVERSION_PASSES_TD
