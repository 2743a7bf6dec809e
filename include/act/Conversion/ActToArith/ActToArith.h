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

#include "mlir/Dialect/Arith/IR/Arith.h"
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

/// Splat constants of an f32 scalar or vector type and of its i32
/// counterpart (same shape), for the f32 expansions below and
/// act-approximate-math's.
struct F32Splats {
  F32Splats(OpBuilder &builder, Location loc, Type type)
      : builder(builder), loc(loc), type(type), i32Type(builder.getI32Type()) {
    if (auto vector = dyn_cast<VectorType>(type))
      i32Type = vector.clone(i32Type);
  }

  /// `v` rounded to f32.
  Value f32(double v) const {
    return get(type, builder.getF32FloatAttr(static_cast<float>(v)));
  }
  Value i32(int32_t v) const {
    return get(i32Type, builder.getI32IntegerAttr(v));
  }

  OpBuilder &builder;
  Location loc;
  Type type, i32Type;

private:
  Value get(Type t, TypedAttr a) const {
    if (auto vector = dyn_cast<VectorType>(t))
      a = SplatElementsAttr::get(vector, a);
    return arith::ConstantOp::create(builder, loc, t, a);
  }
};

/// f32 exp(x) for x <= 0 (or NaN) reduced to exp(x) = scale exp(r):
/// x' = max(x, -88) (a NaN stays NaN), k = round(x' log2 e),
/// r = x' - k ln 2 (Cody-Waite, two steps; |r| <= ln 2 / 2), and scale = 2^k
/// built in the exponent field (k >= -127; k = -127 gives 0, so results
/// below 2^-126 flush). `x` is a scalar or vector of f32. No float-to-integer
/// conversion: a NaN `x` gives a NaN `r` (and some finite scale), never
/// poison. Shared by act-approximate-math's exp expansion and
/// convert-act-to-arith's inline GELU.
struct ExpReduction {
  Value r, scale;
};
ExpReduction buildExpReductionF32(OpBuilder &builder, Location loc, Value x,
                                  arith::FastMathFlagsAttr fastmath);

/// The reduction of exp(a b), `product` = RN(a b): k from `product`, and
/// r = RN(a b - k ln2hi) - k ln2lo from the exact product (one FMA), so the
/// rounding of `product` does not reach the result. No clamp: the caller
/// guarantees `product` > -88.37 (k >= -127; k = -127 gives scale 0).
ExpReduction buildExpReductionOfProductF32(OpBuilder &builder, Location loc,
                                           Value a, Value b, Value product,
                                           arith::FastMathFlagsAttr fastmath);

/// exp(x) = scale (1 + r Q(r)) from the reduction of x, Q the Taylor
/// polynomial of degree 6 (truncation error < 2^-27), or with
/// `reducedPrecision` the degree-3 fit of buildExpm1OfReducedF32. Results
/// below 2^-126 flush.
Value buildExpOfReducedF32(OpBuilder &builder, Location loc,
                           const ExpReduction &reduced,
                           arith::FastMathFlagsAttr fastmath,
                           bool reducedPrecision);

/// expm1(r) for |r| <= ln 2 / 2 (the `r` of buildExpReductionF32) as
/// r Q(r), Q of degree 5 fitted to exp (Sollya fpminimax; exp(r) = 1 + r Q(r)
/// within 0.11 * 2^-24 relative) with Q(0) = 1 exactly, or with
/// `reducedPrecision` of degree 3 (0.41 * 2^-16, for results rounded to
/// f16/bf16). r Q(r) keeps the sign of a zero r.
Value buildExpm1OfReducedF32(OpBuilder &builder, Location loc, Value r,
                             arith::FastMathFlagsAttr fastmath,
                             bool reducedPrecision);

/// A unit attribute on marked (kNonPositiveArgumentAttr) ops whose results
/// are rounded to f16 or bf16: act-approximate-math may expand them with a
/// relative error up to 2^-16, at most 1/16 of an ulp of those types.
inline constexpr llvm::StringLiteral kReducedPrecisionAttr =
    "act.reduced_precision";

/// How the computation is built; the defaults suit CPUs.
struct ActToArithOptions {
  /// IEEE maximum/minimum against a constant bound (relu, clamp, the bounds
  /// inside hardsigmoid, hardswish, gelu tanh) as one compare and one select
  /// (2 x86 instructions per vector) instead of arith.maximumf/minimumf
  /// (3 on x86, where LLVM expands llvm.maximum; 1 on NVPTX/AMDGPU, which
  /// have a NaN-propagating max). Both are exact.
  bool selectBounds = true;
  /// GELU computed in f32 is built inline from act's own exp pieces, with
  /// the sign by one FMA (CPU): the erf form as t P(t) exp(-a^2 / 2),
  /// t = 1 / (1 + p a), where upstream's f32 math.erfc expansion takes two
  /// divisions and a general exp; the tanh form as
  /// x - a E / (1 + E), E = exp(-a Q(a)) reduced from an exact product,
  /// instead of a double-word argument and math.exp. Off: math.erfc and
  /// math.exp, lowered by the target (libdevice/OCML on GPUs, libm with
  /// approximate-math=false). f64 always takes those.
  bool inlineGelu = true;
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
