//===- Passes.td - act dialect transformation passes -------*- tablegen -*-===//
//
// Part of the act-mlir project.
//
//===----------------------------------------------------------------------===//

#ifndef ACT_DIALECT_ACT_TRANSFORMS_PASSES_TD
#define ACT_DIALECT_ACT_TRANSFORMS_PASSES_TD

include "mlir/Pass/PassBase.td"

def ActSimplifyPass : Pass<"act-simplify"> {
  let summary = "Fold and simplify act ops with exact rewrites only";
  let description = [{
    Applies the folders and canonicalization patterns of the act dialect, and
    nothing else: constant folding of every op on scalars, splats and dense
    constants through the reference semantics, and the exact composition of
    relu and clamp (`relu(relu x)`, clamp of clamp, relu around clamp),
    respecting `nan_mode`. Unlike `--canonicalize`, ops of other dialects are
    left alone, which makes the pass safe to run inside other pipelines.

    Example:

    ```mlir
    %0 = act.relu %x : tensor<8xf32>
    %1 = act.clamp %0 {min = -1.0 : f64, max = 6.0 : f64} : tensor<8xf32>
    // becomes
    %1 = act.clamp %x {min = 0.0 : f64, max = 6.0 : f64} : tensor<8xf32>
    ```
  }];
  let dependentDialects = ["::mlir::arith::ArithDialect"];
  let statistics = [
    Statistic<"numRewritten", "num-rewritten",
              "Number of act ops folded or rewritten">
  ];
}

def ActApproximateMathPass : Pass<"act-approximate-math"> {
  let summary = "Replace f32 math ops by vectorizable polynomial approximations";
  let description = [{
    Applies upstream MLIR's polynomial approximations of `math` ops (exp,
    expm1, log1p, erf, erfc, tanh, ...) on f32 scalars and vectors, so that
    the transcendental activations vectorize instead of calling libm per
    lane. Their accuracy is measured against the reference semantics and
    recorded in docs/Numerics.md. The transcendental ops that remain (f64)
    become calls to libm (`expm1`, `log1p`, `erfc`, `tanh`, ...), never the
    cancelling `exp(x) - 1` / `log(1 + x)` forms.
  }];
  let options = [
    Option<"polynomial", "polynomial", "bool", /*default=*/"true",
           "Use the polynomial approximations for f32 (off: libm calls for "
           "every transcendental op)">
  ];
  let dependentDialects = ["::mlir::arith::ArithDialect",
                           "::mlir::math::MathDialect",
                           "::mlir::vector::VectorDialect",
                           "::mlir::func::FuncDialect",
                           "::mlir::LLVM::LLVMDialect"];
}

def ActExpandBF16Pass : Pass<"act-expand-bf16"> {
  let summary = "Round f32 to bf16 (and extend) with integer operations";
  let description = [{
    Rewrites `arith.truncf`/`arith.extf` between f32 and bf16 into bit
    operations (upstream's bf16 expansion patterns, without the rest of
    `arith-expand`, whose expansion of `arith.maximumf`/`minimumf` ignores
    the order -0 < +0). The rounding is round-to-nearest-even and keeps
    subnormals, unlike the AVX512-BF16 conversion instructions, which flush
    them.
  }];
  let dependentDialects = ["::mlir::arith::ArithDialect"];
}

#endif // ACT_DIALECT_ACT_TRANSFORMS_PASSES_TD
