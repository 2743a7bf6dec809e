//===- ActToArith.h - act scalar/vector ops to arith and math ---*- C++ -*-===//
//
// Part of the act-mlir project.
//
//===----------------------------------------------------------------------===//
//
// The one place that builds the per-element computation of every act op. The
// CPU and GPU lowerings both use it, so both compute what docs/Semantics.md
// specifies: piecewise-linear ops as the exact IEEE sequence of the
// reference, transcendental ops through math ops (expm1, log1p, erfc, tanh)
// in overflow-free forms, f16/bf16 extended to f32 and rounded once.
//
//===----------------------------------------------------------------------===//

#ifndef ACT_CONVERSION_ACTTOARITH_ACTTOARITH_H
#define ACT_CONVERSION_ACTTOARITH_ACTTOARITH_H

#include "mlir/IR/Builders.h"
#include "mlir/Pass/Pass.h"
#include "mlir/Support/LLVM.h"

namespace mlir {
class RewritePatternSet;

namespace act {

#define GEN_PASS_DECL_CONVERTACTTOARITHPASS
#include "act/Conversion/Passes.h.inc"

/// A unit attribute on the `math.exp` ops whose argument is known to be <= 0
/// (or NaN), and on the `math.expm1` ops whose result is used only where the
/// argument is <= 0 (or NaN): act-approximate-math expands them without
/// overflow handling.
inline constexpr llvm::StringLiteral kNonPositiveArgumentAttr =
    "act.nonpositive_argument";

/// How the computation is built; the defaults suit CPUs.
struct ActToArithOptions {
  /// IEEE maximum/minimum against a constant bound (relu, clamp, the bounds
  /// inside hardsigmoid, hardswish, gelu tanh) as one compare and one select
  /// (2 x86 instructions per vector) instead of arith.maximumf/minimumf
  /// (3 on x86, where LLVM expands llvm.maximum; 1 on NVPTX/AMDGPU, which
  /// have a NaN-propagating max). Both are exact.
  bool selectBounds = true;
};

/// Builds the arith/math computation of the act op `op` applied to
/// `operands`, which are scalars or vectors of the op's element type (not
/// tensors). Fails for other operand types.
FailureOr<Value> buildActComputation(OpBuilder &builder, Operation *op,
                                     ValueRange operands,
                                     const ActToArithOptions &options = {});

/// Patterns replacing act ops on scalars and vectors by their arith/math
/// computation.
void populateActToArithConversionPatterns(
    RewritePatternSet &patterns, const ActToArithOptions &options = {});

} // namespace act
} // namespace mlir

#endif // ACT_CONVERSION_ACTTOARITH_ACTTOARITH_H
