//===- ActToArith.cpp - act scalar/vector ops to arith and math -*- C++ -*-===//
//
// Part of the act-mlir project.
//
//===----------------------------------------------------------------------===//
//
// Each op's body follows docs/Semantics.md operation by operation, so that
// the piecewise-linear ops are bit-exact and the transcendental ones differ
// from the reference only by the error of the math approximations:
//  * the reference's clamp is IEEE-754-2019 maximum/minimum (NaN
//    propagating, -0 < +0); against a constant bound it is built as one
//    comparison and one select, whose predicate orders the zeros and routes
//    NaN (maximumWithConstant). arith.maximumf would be exact too, but LLVM
//    expands it on x86 to max + unordered compare + blend: 3 operations per
//    vector where compare + select is 2;
//  * comparisons use ordered predicates where NaN must take the "else"
//    branch and unordered ones where it must take the "then" branch;
//  * no fused multiply-add is formed (arith ops carry no `contract` flag
//    unless the op's fastmath flags have it);
//  * where the textbook formula is inf * 0 at x = -inf (gelu, silu, mish),
//    a select returns the limit -0.0.
//
//===----------------------------------------------------------------------===//

#include "act/Conversion/ActToArith/ActToArith.h"

#include "act/Dialect/Act/IR/ActDialect.h"
#include "act/Dialect/Act/IR/ActOps.h"
#include "act/Dialect/Act/Semantics/Semantics.h"

#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/Math/IR/Math.h"
#include "mlir/IR/PatternMatch.h"
#include "mlir/IR/TypeUtilities.h"
#include "mlir/Transforms/GreedyPatternRewriteDriver.h"
#include "llvm/ADT/TypeSwitch.h"

#include <limits>

#include <cmath>

namespace mlir {
namespace act {
#define GEN_PASS_DEF_CONVERTACTTOARITHPASS
#include "act/Conversion/Passes.h.inc"
} // namespace act
} // namespace mlir

using namespace mlir;
using namespace mlir::act;

namespace {
/// Builds arith/math ops on scalars or vectors of one float type, carrying
/// the act op's fast-math flags.
class BodyBuilder {
public:
  BodyBuilder(OpBuilder &builder, Location loc, Type type,
              arith::FastMathFlags fastmath, const ActToArithOptions &options)
      : b(builder), loc(loc), type(type),
        fastmath(arith::FastMathFlagsAttr::get(builder.getContext(),
                                               fastmath)),
        options(options) {}

  Type getType() const { return type; }
  const ActToArithOptions &getOptions() const { return options; }
  arith::FastMathFlagsAttr getFastMath() const { return fastmath; }
  OpBuilder &getBuilder() const { return b; }
  Location getLoc() const { return loc; }
  /// A builder for another type with the same flags and insertion point.
  BodyBuilder withType(Type other) const {
    return BodyBuilder(b, loc, other, fastmath.getValue(), options);
  }
  /// A copy whose results are rounded to f16 or bf16 afterwards: its
  /// marked exp/expm1 get kReducedPrecisionAttr, and the inline GELU uses
  /// shorter polynomials (relative error below 2^-16).
  BodyBuilder withReducedPrecision() const {
    BodyBuilder copy = *this;
    copy.reducedPrecision = true;
    return copy;
  }
  bool hasReducedPrecision() const { return reducedPrecision; }

  /// `value` rounded to this builder's element type, splat if a vector.
  Value constant(double value) const { return constantOf(type, value); }

  /// `value` rounded to this builder's element type.
  APFloat roundedConstant(double value) const {
    auto elementType = cast<FloatType>(getElementTypeOrSelf(type));
    return semantics::fromDouble(value, elementType.getFloatSemantics());
  }

  Value constantOf(Type ofType, double value) const {
    auto elementType = cast<FloatType>(getElementTypeOrSelf(ofType));
    APFloat rounded =
        semantics::fromDouble(value, elementType.getFloatSemantics());
    TypedAttr attr = FloatAttr::get(elementType, rounded);
    if (auto vectorType = dyn_cast<VectorType>(ofType))
      attr = SplatElementsAttr::get(vectorType, rounded);
    return arith::ConstantOp::create(b, loc, ofType, attr);
  }

  Value add(Value x, Value y) const {
    return arith::AddFOp::create(b, loc, x, y, fastmath);
  }
  Value sub(Value x, Value y) const {
    return arith::SubFOp::create(b, loc, x, y, fastmath);
  }
  Value mul(Value x, Value y) const {
    return arith::MulFOp::create(b, loc, x, y, fastmath);
  }
  Value div(Value x, Value y) const {
    return arith::DivFOp::create(b, loc, x, y, fastmath);
  }
  Value neg(Value x) const { return arith::NegFOp::create(b, loc, x, fastmath); }
  Value cmp(arith::CmpFPredicate predicate, Value x, Value y) const {
    return arith::CmpFOp::create(b, loc, predicate, x, y, fastmath.getValue());
  }
  Value select(Value condition, Value x, Value y) const {
    return arith::SelectOp::create(b, loc, condition, x, y);
  }
  Value isNaN(Value x) const { return cmp(arith::CmpFPredicate::UNO, x, x); }

  Value exp(Value x) const { return math::ExpOp::create(b, loc, x, fastmath); }
  /// exp(x) for x <= 0 (or NaN): marked so that act-approximate-math can
  /// use a shorter polynomial without the overflow handling.
  Value expNonPositive(Value x) const {
    return markNonPositive(math::ExpOp::create(b, loc, x, fastmath));
  }
  Value expm1(Value x) const {
    return math::ExpM1Op::create(b, loc, x, fastmath);
  }
  /// expm1(x) where the caller uses the result for x <= 0 only (or NaN):
  /// marked for act-approximate-math's shorter expansion, whose results for
  /// x > 0 are finite or infinite but never poison. (The argument is not
  /// clamped to 0 first: with a clamp `x > 0 ? 0 : x` after another clamp
  /// to 0, LLVM 22 at -O1 and above turned the predicate into `x >= 0` and
  /// expm1(-0) into +0; act-difftest seed 4000025.)
  Value expm1NonPositive(Value x) const {
    return markNonPositive(math::ExpM1Op::create(b, loc, x, fastmath));
  }
  Value log1p(Value x) const {
    return math::Log1pOp::create(b, loc, x, fastmath);
  }
  Value erfc(Value x) const {
    return math::ErfcOp::create(b, loc, x, fastmath);
  }
  Value tanh(Value x) const {
    return math::TanhOp::create(b, loc, x, fastmath);
  }
  Value fma(Value a, Value x, Value y) const {
    return math::FmaOp::create(b, loc, a, x, y, fastmath);
  }
  /// `x` converted to `to` (a float type or vector of the same shape).
  Value convert(Value x, Type to) const {
    unsigned from = getElementTypeOrSelf(x.getType()).getIntOrFloatBitWidth();
    unsigned width = getElementTypeOrSelf(to).getIntOrFloatBitWidth();
    if (from == width)
      return x;
    if (from < width)
      return arith::ExtFOp::create(b, loc, to, x);
    return arith::TruncFOp::create(b, loc, to, x);
  }
  Value absf(Value x) const {
    return math::AbsFOp::create(b, loc, x, fastmath);
  }
  Value copysign(Value x, Value y) const {
    return math::CopySignOp::create(b, loc, x, y, fastmath);
  }

  /// IEEE-754-2019 maximum(x, bound) for a constant `bound` (rounded to the
  /// element type) as `x < bound ? bound : x`, `<=` where the bound is +0
  /// (maximum(-0, +0) = +0). A NaN `x` compares false and passes through,
  /// or, with `nanToBound`, compares true (unordered predicate) and gives the
  /// bound: relu's and clamp's nan_mode = ignore. Without `selectBounds`,
  /// arith.maximumf (or the select, for `nanToBound`).
  Value maximumWithConstant(Value x, double bound, bool nanToBound) const {
    if (!options.selectBounds && !nanToBound)
      return arith::MaximumFOp::create(b, loc, x, constant(bound), fastmath);
    return select(isBelowLowerBound(x, bound, nanToBound), constant(bound),
                  x);
  }

  /// Where maximumWithConstant(x, bound, nanToBound) is the bound.
  Value isBelowLowerBound(Value x, double bound, bool nanToBound) const {
    bool orEqual = roundedConstant(bound).isPosZero();
    arith::CmpFPredicate predicate =
        nanToBound ? (orEqual ? arith::CmpFPredicate::ULE
                              : arith::CmpFPredicate::ULT)
                   : (orEqual ? arith::CmpFPredicate::OLE
                              : arith::CmpFPredicate::OLT);
    return cmp(predicate, x, constant(bound));
  }

  /// IEEE-754-2019 minimum(x, bound) for a constant `bound` as
  /// `x >= bound ? bound : x`, `>` unless the bound is -0 (minimum(+0, -0) =
  /// -0 needs `>=`). A NaN `x` passes through.
  Value minimumWithConstant(Value x, double bound) const {
    Value c = constant(bound);
    if (!options.selectBounds)
      return arith::MinimumFOp::create(b, loc, x, c, fastmath);
    arith::CmpFPredicate predicate = roundedConstant(bound).isNegZero()
                                         ? arith::CmpFPredicate::OGE
                                         : arith::CmpFPredicate::OGT;
    return select(cmp(predicate, x, c), c, x);
  }

  /// x > 0 ? x : negative (NaN takes `negative`).
  Value positivePart(Value x, Value negative) const {
    return select(cmp(arith::CmpFPredicate::OGT, x, constant(0.0)), x,
                  negative);
  }

  /// -0.0 where x is -inf, `value` elsewhere: the limit of x * g(x) for
  /// activations with g(-inf) = 0.
  Value withNegInfLimit(Value x, Value value) const {
    Value isNegInf = cmp(arith::CmpFPredicate::OEQ, x,
                         constant(-std::numeric_limits<double>::infinity()));
    return select(isNegInf, constant(-0.0), value);
  }

  /// The logistic sigmoid without overflow: e = exp(-|x|);
  /// x >= 0 ? 1 / (1 + e) : e / (1 + e).
  Value sigmoid(Value x) const {
    Value e = expNonPositive(neg(absf(x)));
    Value onePlusE = add(constant(1.0), e);
    Value isNonNegative = cmp(arith::CmpFPredicate::OGE, x, constant(0.0));
    Value numerator = select(isNonNegative, constant(1.0), e);
    return div(numerator, onePlusE);
  }

private:
  /// The result of `op`, marked with kNonPositiveArgumentAttr.
  Value markNonPositive(Operation *op) const {
    op->setAttr(act::kNonPositiveArgumentAttr, b.getUnitAttr());
    if (reducedPrecision)
      op->setAttr(act::kReducedPrecisionAttr, b.getUnitAttr());
    return op->getResult(0);
  }

  OpBuilder &b;
  Location loc;
  Type type;
  arith::FastMathFlagsAttr fastmath;
  ActToArithOptions options;
  bool reducedPrecision = false;
};
} // namespace

/// A discardable marker the pass puts on act ops to lower with fast-math.
static constexpr llvm::StringLiteral kForceFastMathAttr = "act.force_fastmath";

/// `type` with f16/bf16 elements replaced by f32: the computation type.
static Type getComputationType(Type type) {
  Type elementType = getElementTypeOrSelf(type);
  if (elementType.getIntOrFloatBitWidth() >= 32)
    return type;
  Type f32 = Float32Type::get(type.getContext());
  if (auto vectorType = dyn_cast<VectorType>(type))
    return vectorType.clone(f32);
  return f32;
}

static arith::FastMathFlags getFastMath(Operation *op) {
  arith::FastMathFlags flags = arith::FastMathFlags::none;
  if (auto attr = op->getAttrOfType<arith::FastMathFlagsAttr>("fastmath"))
    flags = attr.getValue();
  // Set by convert-act-to-arith{fast-math} on the op being lowered.
  if (op->hasAttr(kForceFastMathAttr))
    flags = flags | arith::FastMathFlags::fast;
  return flags;
}

/// relu and clamp on signless integers (signed).
static Value buildIntegerComputation(OpBuilder &b, Location loc, Operation *op,
                                     Value x) {
  Type type = x.getType();
  auto intConstant = [&](double value) -> Value {
    auto elementType = cast<IntegerType>(getElementTypeOrSelf(type));
    APInt v(elementType.getWidth(), static_cast<int64_t>(value),
            /*isSigned=*/true);
    TypedAttr attr = IntegerAttr::get(elementType, v);
    if (auto vectorType = dyn_cast<VectorType>(type))
      attr = SplatElementsAttr::get(vectorType, v);
    return arith::ConstantOp::create(b, loc, type, attr);
  };
  if (isa<ReluOp>(op))
    return arith::MaxSIOp::create(b, loc, x, intConstant(0.0));
  auto clamp = cast<ClampOp>(op);
  Value lower = arith::MaxSIOp::create(
      b, loc, x, intConstant(clamp.getMin().convertToDouble()));
  return arith::MinSIOp::create(b, loc, lower,
                                intConstant(clamp.getMax().convertToDouble()));
}

/// The ops whose results are x, a bound or a parameter: computed in the
/// element type itself, where comparisons and selections are exact.
static Value buildSelectionOp(const BodyBuilder &t, Operation *op,
                              ValueRange operands) {
  using arith::CmpFPredicate;
  Value x = operands[0];
  return llvm::TypeSwitch<Operation *, Value>(op)
      .Case([&](ReluOp relu) {
        return t.maximumWithConstant(
            x, 0.0, relu.getNanMode() == NanMode::ignore);
      })
      .Case([&](ClampOp clamp) {
        // With nan_mode = ignore, NaN takes the lower bound at the first
        // select and is gone at the second.
        double lo = clamp.getMin().convertToDouble();
        double hi = clamp.getMax().convertToDouble();
        bool ignore = clamp.getNanMode() == NanMode::ignore;
        if (!getElementTypeOrSelf(x.getType()).isBF16())
          return t.minimumWithConstant(t.maximumWithConstant(x, lo, ignore),
                                       hi);
        // bf16 compares through an extension to f32: compare x itself
        // twice rather than extend the first select's result again.
        // Where maximum(x, lo) is lo, so is the clamp (lo <= hi, and with
        // zeros lo = +0 implies hi = +0); elsewhere it is minimum(x, hi).
        Value upper = t.minimumWithConstant(x, hi);
        return t.select(t.isBelowLowerBound(x, lo, ignore), t.constant(lo),
                        upper);
      })
      .Case([&](ReluGradOp) {
        // operands = (dy, x): x <= 0 ? +0 : dy; a NaN x passes dy.
        Value dy = operands[0], input = operands[1];
        Value notPositive =
            t.cmp(CmpFPredicate::OLE, input, t.constant(0.0));
        return t.select(notPositive, t.constant(0.0), dy);
      })
      .Default([](Operation *) { return Value(); });
}

/// Splits the exact value `hi + lo` of a constant into two values of the
/// computation type.
static std::pair<Value, Value> splitConstant(const BodyBuilder &c,
                                             long double value) {
  auto elementType = cast<FloatType>(getElementTypeOrSelf(c.getType()));
  bool isDouble = elementType.getWidth() == 64;
  long double hi = isDouble ? static_cast<long double>(static_cast<double>(value))
                            : static_cast<long double>(static_cast<float>(value));
  return {c.constant(static_cast<double>(hi)),
          c.constant(static_cast<double>(value - hi))};
}

/// 0.5 x erfc(-x / sqrt 2). For large negative x the result is very
/// sensitive to the argument (d log erfc(z) / dz ~ -2z), so the rounding
/// error dz of z = -x / sqrt 2 is computed exactly with an FMA and applied as
/// erfc(z + dz) ~ erfc(z) (1 - 2 z dz).
static Value buildGeluErf(const BodyBuilder &c, Value x) {
  auto [invSqrt2Hi, invSqrt2Lo] =
      splitConstant(c, -0.707106781186547524400844362104849039L);
  Value z = c.mul(x, invSqrt2Hi);
  Value dz = c.add(c.fma(x, invSqrt2Hi, c.neg(z)), c.mul(x, invSqrt2Lo));
  // Only the tail z in (0, 64) needs it (erfc underflows beyond, and for
  // z <= 0 erfc is in [1, 2] and insensitive).
  Value correction = c.sub(c.constant(1.0),
                           c.mul(c.mul(c.constant(2.0), z), dz));
  Value inTail = arith::AndIOp::create(
      c.getBuilder(), c.getLoc(),
      c.cmp(arith::CmpFPredicate::OGT, z, c.constant(0.0)),
      c.cmp(arith::CmpFPredicate::OLT, z, c.constant(64.0)));
  Value erfc = c.mul(c.erfc(z),
                     c.select(inTail, correction, c.constant(1.0)));
  return c.mul(c.mul(c.constant(0.5), x), erfc);
}

/// The polynomial with `coefficients` (highest degree first) at `r`, by
/// Horner with FMAs.
static Value evaluatePolynomial(OpBuilder &builder, Location loc, Value r,
                                arith::FastMathFlagsAttr fastmath,
                                ArrayRef<double> coefficients) {
  F32Splats splats(builder, loc, r.getType());
  Value p = splats.f32(coefficients.front());
  for (double coefficient : coefficients.drop_front())
    p = math::FmaOp::create(builder, loc, p, r, splats.f32(coefficient),
                            fastmath);
  return p;
}

/// f32 x for x >= +0 and -0 for x <= -0 (NaN gives some NaN): an unsigned
/// minimum of the bits with 0x80000000, since as unsigned integers positive
/// floats are below it and negative ones at or above it. x F(x) for F with
/// F(x) = 1 - F(-x) (the normal distribution, sigmoid) is xs - a F(-a),
/// a = |x|, in one FMA.
static Value buildSelfOrNegZeroF32(const BodyBuilder &c, Value x) {
  OpBuilder &builder = c.getBuilder();
  F32Splats splats(builder, c.getLoc(), x.getType());
  return arith::BitcastOp::create(
      builder, c.getLoc(), x.getType(),
      arith::MinUIOp::create(
          builder, c.getLoc(),
          arith::BitcastOp::create(builder, c.getLoc(), splats.i32Type, x),
          splats.i32(std::numeric_limits<int32_t>::min())));
}

/// GELU (erf form) in f32 without math.erfc: x Phi(x), Phi the standard
/// normal distribution function. With a = |x|, x Phi(x) is x - a Phi(-a)
/// for x > 0 and -a Phi(-a) for x < 0: one FMA, xs - a Phi(-a), where xs is
/// x for x >= +0 and -0 otherwise. Phi(-a) = t P(t) exp(-a^2 / 2),
/// t = 1 / (1 + p a), P with f32 coefficients minimizing the relative error
/// of Phi(-a) exp(a^2 / 2) / t for a in [0, 13.25] (Sollya fpminimax):
/// p = 3/8 and degree 9, 0.16 * 2^-24; where the result is rounded to
/// f16/bf16, p = 5/16 and degree 5, 0.38 * 2^-16. The result is sensitive
/// to the exp's argument like a^2 in relative terms, so the exp's reduced
/// argument is computed from the exact product a (-a / 2)
/// (buildExpReductionOfProductF32): exp(-a^2 / 2) = 2^k (1 + m), m by a
/// degree-5 expm1, and t P(t) 2^k (1 + m) rounds once at the end. The
/// roundings of t move the point where the smooth factor t P(t) is taken,
/// by up to 2.1 times their relative size (near a = 0, where the
/// logarithmic derivative of t P(t) is 0.8 / p): the division's is
/// corrected to first order, the rounding of 1 + p a is left (the largest
/// single error, with P's evaluation).
/// a is bounded by 13.25, where k = -127 and 2^k is 0: Phi(-a) flushes to 0
/// beyond (a Phi(-a) < 2^-126 there), the exp needs no clamp, and infinite x
/// give finite intermediates (x = +inf gives +inf, -inf gives -0; a NaN x
/// gives a NaN, replaced by the caller's NaN select). One division and one
/// exp, where upstream's f32 math.erfc takes two divisions and a general exp.
static Value buildGeluErfInline(const BodyBuilder &c, Value x) {
  // Highest degree first; exact f32 values.
  static constexpr double kTail[] = {
      2.18702740967273712158203125e-2,  -0.1390849649906158447265625,
      0.3563072383403778076171875,      -0.4386076629161834716796875,
      0.22707574069499969482421875,     -6.1973951756954193115234375e-2,
      0.10998572409152984619140625,     0.1249115169048309326171875,
      0.14992491900920867919921875,     0.14959116280078887939453125};
  static constexpr double kTailShort[] = {
      -7.19773769378662109375e-2,       0.16916681826114654541015625,
      2.5827266275882720947265625e-2,   0.1299007236957550048828125,
      0.122285135090351104736328125,    0.1247945129871368408203125};
  bool isShort = c.hasReducedPrecision();
  ArrayRef<double> coefficients =
      isShort ? ArrayRef<double>(kTailShort) : ArrayRef<double>(kTail);
  double p = isShort ? 0.3125 : 0.375;
  Value a = c.minimumWithConstant(c.absf(x), 13.25);
  Value minusHalfA = c.mul(a, c.constant(-0.5));
  // g = RN(-a^2 / 2) >= -87.79.
  Value g = c.mul(a, minusHalfA);
  Value d = c.fma(a, c.constant(p), c.constant(1.0));
  Value t = c.div(c.constant(1.0), d);
  ExpReduction reduced = buildExpReductionOfProductF32(
      c.getBuilder(), c.getLoc(), a, minusHalfA, g, c.getFastMath());
  Value m = buildExpm1OfReducedF32(c.getBuilder(), c.getLoc(), reduced.r,
                                  c.getFastMath(), isShort);
  if (!isShort) {
    // The division's rounding, to first order: 1 / d = t (1 + e) with
    // e = 1 - t d (exact in one FMA), and t P(t) moves by about 1.75 e
    // (its logarithmic derivative is 1 to 2.1); folded into 1 + m.
    Value e = c.fma(c.neg(t), d, c.constant(1.0));
    m = c.fma(e, c.constant(1.75), m);
  }
  Value scaled = c.mul(c.mul(t, evaluatePolynomial(c.getBuilder(), c.getLoc(),
                                                   t, c.getFastMath(),
                                                   coefficients)),
                       reduced.scale);
  Value lower = c.fma(scaled, m, scaled);
  Value xs = buildSelfOrNegZeroF32(c, x);
  return c.fma(c.neg(a), lower, xs);
}

// GELU (tanh form): 0.5 x (1 + tanh(u)) = x sigmoid(2u), u = k (x + c x^3),
// so 2u = x Q(x) with Q(x) = K1 + K3 x^2, K1 = 2k and K3 = 2kc.
static constexpr long double kGeluTanhK1 =
    2.0L * semantics::kGeluTanhCoefficient;
static constexpr long double kGeluTanhK3 =
    kGeluTanhK1 * semantics::kGeluTanhCubic;

/// GELU (tanh form) computed in f32. With a = |x| and E = exp(-a Q(a)),
/// x sigmoid(2u) is xs - a E / (1 + E) (buildSelfOrNegZeroF32): one FMA,
/// and the exp's argument is never positive. Where x < 0 the result is
/// about -a E, so its relative error is the absolute error of a Q(a) (up to
/// 88 here): a Q(a) is reduced from the exact product a Qn in one FMA
/// (buildExpReductionOfProductF32), Qn = RN(-K3h s - K1h), s = RN(a^2),
/// and the rest of -Q is added as a correction a c:
///   - the rounding of Qn, fma(-K3h, s, -K1h - Qn): -K1h - Qn is exact
///     because K1h has 12 significant bits (Qn is below 2^13);
///   - the rounding of s, se = fma(a, a, -s), times -K3h;
///   - the constants' low parts, -K1l - K3l s.
/// a is bounded by 10.03125, where a Q(a) = 88.03 gives 2^k = 0 (k = -127):
/// beyond it E flushes to 0, the result is x or -0 (a E < 2^-102 there), and
/// infinite x give finite intermediates. A NaN x gives a NaN, replaced by
/// the caller's NaN select. Where the result is rounded to f16/bf16 the
/// correction is left out (its relative size is 2^-21 at most) and expm1
/// takes the short polynomial. One division and one exp of a non-positive
/// argument, no double-word arithmetic (about 30 vector operations in f32,
/// 20 short, against 55 for buildGeluTanh).
static Value buildGeluTanhF32(const BodyBuilder &c, Value x) {
  long double k1Hi = std::round(kGeluTanhK1 * 2048.0L) / 2048.0L;
  long double k3Hi = static_cast<float>(kGeluTanhK3);
  Value a = c.minimumWithConstant(c.absf(x), 10.03125);
  // -s = RN(-a^2) and Qn, both <= 0. -s as an FMA with +0 (one vfnmadd on
  // x86) rather than a multiply of -a, which would be a negation and a
  // multiply; only a = 0 differs (+0 instead of -0), which Qn absorbs.
  Value minusS = c.fma(c.neg(a), a, c.constant(0.0));
  Value qn = c.fma(minusS, c.constant(static_cast<double>(k3Hi)),
                   c.constant(static_cast<double>(-k1Hi)));
  Value product = c.mul(a, qn);
  OpBuilder &builder = c.getBuilder();
  ExpReduction reduced = buildExpReductionOfProductF32(
      builder, c.getLoc(), a, qn, product, c.getFastMath());
  bool isShort = c.hasReducedPrecision();
  Value r = reduced.r;
  if (!isShort) {
    // -Q = Qn + rounding - K3h se - K3l s - K1l (K3l se is below 2^-48 Q).
    Value rounding =
        c.fma(minusS, c.constant(static_cast<double>(k3Hi)),
              c.sub(c.constant(static_cast<double>(-k1Hi)), qn));
    Value se = c.fma(a, a, minusS);
    Value correction = c.fma(
        minusS, c.constant(static_cast<double>(kGeluTanhK3 - k3Hi)),
        c.constant(static_cast<double>(k1Hi - kGeluTanhK1)));
    correction =
        c.fma(se, c.constant(static_cast<double>(-k3Hi)), correction);
    correction = c.add(correction, rounding);
    r = c.fma(a, correction, r);
  }
  Value m = buildExpm1OfReducedF32(builder, c.getLoc(), r, c.getFastMath(),
                                  isShort);
  Value e = c.fma(reduced.scale, m, reduced.scale);
  // -E / (1 + E), <= 0.
  Value ratio = c.div(e, c.sub(c.constant(-1.0), e));
  Value xs = buildSelfOrNegZeroF32(c, x);
  return c.fma(a, ratio, xs);
}

/// GELU (tanh form) in f64: x sigmoid(2u). The result is
/// sensitive to 2u in relative terms like |2u| (up to ~700 in f64 before it
/// underflows), so 2u is evaluated in double-word arithmetic (error-free
/// products through FMA) as hi + lo, and
/// exp(-|2u|) = exp(-|hi|) (1 -+ lo).
static Value buildGeluTanh(const BodyBuilder &c, Value x) {
  // Beyond |x| = 32, |2u| > 2000: sigmoid is saturated. Bounding x keeps the
  // cube finite; NaN propagates through maximum/minimum.
  Value xc = c.minimumWithConstant(
      c.maximumWithConstant(x, -32.0, /*nanToBound=*/false), 32.0);
  auto [cubicHi, cubicLo] = splitConstant(c, semantics::kGeluTanhCubic);
  auto [k2Hi, k2Lo] =
      splitConstant(c, 2.0L * semantics::kGeluTanhCoefficient);
  // x^2 = p + pe, x^3 = q + qe.
  Value p = c.mul(xc, xc);
  Value pe = c.fma(xc, xc, c.neg(p));
  Value q = c.mul(p, xc);
  Value qe = c.add(c.fma(p, xc, c.neg(q)), c.mul(pe, xc));
  // c x^3 = r + re.
  Value r = c.mul(cubicHi, q);
  Value re = c.add(c.add(c.fma(cubicHi, q, c.neg(r)), c.mul(cubicHi, qe)),
                   c.mul(cubicLo, q));
  // x + c x^3 = t + te (TwoSum).
  Value t = c.add(xc, r);
  Value bv = c.sub(t, xc);
  Value te = c.add(c.add(c.sub(xc, c.sub(t, bv)), c.sub(r, bv)), re);
  // 2u = hi + lo.
  Value hi = c.mul(k2Hi, t);
  Value lo = c.add(c.add(c.fma(k2Hi, t, c.neg(hi)), c.mul(k2Hi, te)),
                   c.mul(k2Lo, t));
  // sigmoid(hi + lo) with e = exp(-|hi + lo|) ~ exp(-|hi|) (1 - sign(hi) lo).
  Value isNonNegative = c.cmp(arith::CmpFPredicate::OGE, hi, c.constant(0.0));
  Value signedLo = c.select(isNonNegative, lo, c.neg(lo));
  Value e = c.mul(c.expNonPositive(c.neg(c.absf(hi))),
                  c.sub(c.constant(1.0), signedLo));
  Value numerator = c.select(isNonNegative, c.constant(1.0), e);
  Value sigmoid = c.div(numerator, c.add(c.constant(1.0), e));
  return c.mul(x, sigmoid);
}

/// Whether `c` builds GELU inline in f32 (buildGeluErfInline,
/// buildGeluTanhF32) rather than through math.erfc / math.exp.
static bool isInlineGelu(const BodyBuilder &c) {
  return c.getOptions().inlineGelu &&
         getElementTypeOrSelf(c.getType()).isF32();
}

/// The ops computed in the computation type `c` (f32 for f16/bf16) and
/// rounded once to the element type by the caller.
static Value buildComputedOp(const BodyBuilder &c, Operation *op,
                             ValueRange operands) {
  using arith::CmpFPredicate;
  Value x = operands.front();
  return llvm::TypeSwitch<Operation *, Value>(op)
      .Case([&](LeakyReluOp leaky) {
        double alpha = leaky.getAlpha().convertToDouble();
        Value scaled = c.mul(x, c.constant(alpha));
        // For 0 < alpha <= 1, x * alpha is on the same side of x as 0 is,
        // so x > 0 ? x : x * alpha equals x > x * alpha ? x : x * alpha
        // (both x where they are equal; x * alpha where x is NaN, since
        // then it is NaN too), and likewise with < for alpha > 1: one
        // compare fewer, and a single max/min instruction on x86
        // (`maxps a, b` is `a > b ? a : b`). Not for alpha = 0, where
        // inf * 0 is NaN.
        if (alpha > 0.0 && alpha <= 1.0)
          return c.select(c.cmp(CmpFPredicate::OGT, x, scaled), x, scaled);
        if (alpha > 1.0 && std::isfinite(alpha))
          return c.select(c.cmp(CmpFPredicate::OLT, x, scaled), x, scaled);
        return c.positivePart(x, scaled);
      })
      .Case([&](PReluOp) { return c.positivePart(x, c.mul(x, operands[1])); })
      .Case([&](EluOp elu) {
        Value negative = c.mul(c.constant(elu.getAlpha().convertToDouble()),
                               c.expm1NonPositive(x));
        return c.positivePart(x, negative);
      })
      .Case([&](SeluOp) {
        double scale = static_cast<double>(semantics::kSeluScale);
        double scaleAlpha = static_cast<double>(semantics::kSeluScale *
                                                semantics::kSeluAlpha);
        Value negative = c.mul(c.constant(scaleAlpha), c.expm1NonPositive(x));
        Value positive = c.mul(c.constant(scale), x);
        Value isPositive = c.cmp(CmpFPredicate::OGT, x, c.constant(0.0));
        return c.select(isPositive, positive, negative);
      })
      .Case([&](CeluOp celu) {
        double alphaValue = celu.getAlpha().convertToDouble();
        Value alpha = c.constant(alphaValue);
        // For alpha > 0, x / alpha <= 0 where the result uses it.
        Value scaled = c.div(x, alpha);
        Value negative = c.mul(alpha, alphaValue > 0.0
                                          ? c.expm1NonPositive(scaled)
                                          : c.expm1(scaled));
        return c.positivePart(x, negative);
      })
      .Case([&](GeluOp gelu) {
        bool isTanh = gelu.getApproximate() == GeluApproximation::tanh;
        if (isInlineGelu(c))
          return isTanh ? buildGeluTanhF32(c, x) : buildGeluErfInline(c, x);
        Value result = isTanh ? buildGeluTanh(c, x) : buildGeluErf(c, x);
        return c.withNegInfLimit(x, result);
      })
      .Case([&](SigmoidOp) { return c.sigmoid(x); })
      .Case([&](SiluOp) {
        return c.withNegInfLimit(x, c.mul(x, c.sigmoid(x)));
      })
      .Case([&](HardSigmoidOp hardSigmoid) {
        Value t = c.mul(x, c.constant(hardSigmoid.getAlpha().convertToDouble()));
        t = c.add(t, c.constant(hardSigmoid.getBeta().convertToDouble()));
        return c.minimumWithConstant(
            c.maximumWithConstant(t, 0.0, /*nanToBound=*/false), 1.0);
      })
      .Case([&](HardSwishOp) {
        Value t = c.add(x, c.constant(3.0));
        t = c.minimumWithConstant(
            c.maximumWithConstant(t, 0.0, /*nanToBound=*/false), 6.0);
        Value middle = c.div(c.mul(x, t), c.constant(6.0));
        Value isSix = c.cmp(CmpFPredicate::OEQ, t, c.constant(6.0));
        Value isZero = c.cmp(CmpFPredicate::OEQ, t, c.constant(0.0));
        Value upper = c.select(isSix, x, middle);
        return c.select(isZero, c.copysign(c.constant(0.0), x), upper);
      })
      .Case([&](SoftplusOp softplus) {
        double betaValue = softplus.getBeta().convertToDouble();
        Value beta = c.constant(betaValue);
        Value betaX = c.mul(x, beta);
        Value e = c.exp(betaX);
        if (betaValue != 1.0) {
          // exp amplifies the rounding error of beta * x by |beta * x|
          // (up to ~700 ulp for f64): correct with the error term,
          // exp(hi + lo) ~ exp(hi) (1 + lo), lo = fma(x, beta, -hi) exactly.
          // Infinite hi (lo would be NaN) and infinite exp(hi) (inf * lo
          // may be NaN) keep the uncorrected value.
          Value inf = c.constant(std::numeric_limits<double>::infinity());
          Value hiFinite = c.cmp(CmpFPredicate::OLT, c.absf(betaX), inf);
          Value lo = c.select(hiFinite, c.fma(x, beta, c.neg(betaX)),
                              c.constant(0.0));
          Value eFinite = c.cmp(CmpFPredicate::OLT, e, inf);
          e = c.select(eFinite, c.fma(e, lo, e), e);
        }
        Value smooth = c.div(c.log1p(e), beta);
        Value isLinear = c.cmp(
            CmpFPredicate::OGT, betaX,
            c.constant(softplus.getThreshold().convertToDouble()));
        return c.select(isLinear, x, smooth);
      })
      .Case([&](MishOp) {
        Value softplus = c.log1p(c.exp(x));
        return c.withNegInfLimit(x, c.mul(x, c.tanh(softplus)));
      })
      .Default([](Operation *) { return Value(); });
}

namespace {
/// k = round(x log2 e) for x in [-88.37, 0] (k >= -127) or NaN, and
/// `shifted`, the f32 whose low bits are k.
struct ExpExponent {
  Value shifted, k;
};
} // namespace

static ExpExponent buildExpExponentF32(const F32Splats &splats, Value x,
                                       arith::FastMathFlagsAttr fastmath) {
  // k = round(x log2 e) as the low bits of 1.5 * 2^23 + x log2 e (rounded
  // once, to nearest even, by the FMA): no float-to-integer conversion,
  // which would be poison for NaN.
  Value shifter = splats.f32(0x1.8p23);
  Value shifted = math::FmaOp::create(splats.builder, splats.loc, x,
                                      splats.f32(M_LOG2E), shifter, fastmath);
  return {shifted, arith::SubFOp::create(splats.builder, splats.loc, shifted,
                                         shifter, fastmath)};
}

/// 2^k from buildExpExponentF32's result (k = -127 gives 0).
static Value buildExpScaleF32(const F32Splats &splats,
                              const ExpExponent &exponent) {
  OpBuilder &builder = splats.builder;
  Location loc = splats.loc;
  // The bits of `shifted` are those of 1.5 * 2^23 plus k: shifted left by
  // 23, only k's remain (mod 2^32), and (k + 127) << 23 is 2^k.
  Value bits = arith::AddIOp::create(
      builder, loc,
      arith::ShLIOp::create(builder, loc,
                            arith::BitcastOp::create(builder, loc,
                                                     splats.i32Type,
                                                     exponent.shifted),
                            splats.i32(23)),
      splats.i32(127 << 23));
  return arith::BitcastOp::create(builder, loc, splats.type, bits);
}

// ln 2 = kLn2Hi + kLn2Lo, kLn2Hi with 8 trailing zero bits: k * kLn2Hi is
// exact for |k| <= 128.
static constexpr double kLn2Hi = 0.693145751953125;
static constexpr double kLn2Lo = 1.428606765330187045e-06;

ExpReduction mlir::act::buildExpReductionF32(OpBuilder &builder, Location loc,
                                             Value x,
                                             arith::FastMathFlagsAttr fastmath) {
  F32Splats splats(builder, loc, x.getType());
  Value low = splats.f32(-88.0);
  Value isLow =
      arith::CmpFOp::create(builder, loc, arith::CmpFPredicate::OLT, x, low);
  x = arith::SelectOp::create(builder, loc, isLow, low, x);
  ExpExponent exponent = buildExpExponentF32(splats, x, fastmath);
  Value r = math::FmaOp::create(builder, loc, exponent.k, splats.f32(-kLn2Hi),
                                x, fastmath);
  r = math::FmaOp::create(builder, loc, exponent.k, splats.f32(-kLn2Lo), r,
                          fastmath);
  return {r, buildExpScaleF32(splats, exponent)};
}

ExpReduction mlir::act::buildExpReductionOfProductF32(
    OpBuilder &builder, Location loc, Value a, Value b, Value product,
    arith::FastMathFlagsAttr fastmath) {
  F32Splats splats(builder, loc, product.getType());
  ExpExponent exponent = buildExpExponentF32(splats, product, fastmath);
  // a b - k kLn2Hi rounded once (k kLn2Hi is exact), then - k kLn2Lo.
  Value kLn2HiNeg = arith::MulFOp::create(builder, loc, exponent.k,
                                          splats.f32(-kLn2Hi), fastmath);
  Value r = math::FmaOp::create(builder, loc, a, b, kLn2HiNeg, fastmath);
  r = math::FmaOp::create(builder, loc, exponent.k, splats.f32(-kLn2Lo), r,
                          fastmath);
  return {r, buildExpScaleF32(splats, exponent)};
}

/// The degree-3 Q of exp(r) = 1 + r Q(r) for results rounded to f16/bf16
/// (fpminimax, 0.41 * 2^-16), highest degree first: shared by exp and expm1.
static constexpr double kShortExpQ[] = {
    4.16661798954010009765625e-2, 0.1676677167415618896484375,
    0.500012576580047607421875, 0.99998509883880615234375};

Value mlir::act::buildExpOfReducedF32(OpBuilder &builder, Location loc,
                                      const ExpReduction &reduced,
                                      arith::FastMathFlagsAttr fastmath,
                                      bool reducedPrecision) {
  // 1/7! ... 1/2!, 1: the Taylor Q of degree 6.
  static constexpr double kTaylorQ[] = {1.0 / 5040, 1.0 / 720, 1.0 / 120,
                                        1.0 / 24,   1.0 / 6,   0.5,
                                        1.0};
  Value q = evaluatePolynomial(builder, loc, reduced.r, fastmath,
                               reducedPrecision ? ArrayRef<double>(kShortExpQ)
                                                : ArrayRef<double>(kTaylorQ));
  Value exp = math::FmaOp::create(
      builder, loc, q, reduced.r,
      F32Splats(builder, loc, q.getType()).f32(1.0), fastmath);
  return arith::MulFOp::create(builder, loc, exp, reduced.scale, fastmath);
}

Value mlir::act::buildExpm1OfReducedF32(OpBuilder &builder, Location loc,
                                        Value r,
                                        arith::FastMathFlagsAttr fastmath,
                                        bool reducedPrecision) {
  // Degree 5 with Q(0) = 1 and the x^1 coefficient 1/2 exact.
  static constexpr double kQ[] = {
      1.393654267303645610809326171875e-3, 8.366542868316173553466796875e-3,
      4.1666448116302490234375e-2, 0.16666543483734130859375, 0.5, 1.0};
  Value q = evaluatePolynomial(builder, loc, r, fastmath,
                               reducedPrecision ? ArrayRef<double>(kShortExpQ)
                                                : ArrayRef<double>(kQ));
  return arith::MulFOp::create(builder, loc, q, r, fastmath);
}

FailureOr<Value>
mlir::act::buildActComputation(OpBuilder &builder, Operation *op,
                               ValueRange operands,
                               const ActToArithOptions &options) {
  if (!getOpKind(op) || operands.empty() ||
      operands.size() != op->getNumOperands())
    return failure();
  Type type = operands.front().getType();
  if (isa<TensorType, MemRefType>(type) ||
      llvm::any_of(operands, [&](Value v) { return v.getType() != type; }))
    return failure();
  Location loc = op->getLoc();
  Type elementType = getElementTypeOrSelf(type);
  if (isa<IntegerType>(elementType)) {
    if (!isa<ReluOp, ClampOp>(op))
      return failure();
    return buildIntegerComputation(builder, loc, op, operands.front());
  }
  if (!isa<FloatType>(elementType))
    return failure();

  arith::FastMathFlags fastmath = getFastMath(op);
  BodyBuilder inElementType(builder, loc, type, fastmath, options);
  if (Value result = buildSelectionOp(inElementType, op, operands))
    return result;

  if (auto threshold = dyn_cast<ThresholdOp>(op)) {
    // Compare in the computation type, select in the element type so that
    // `value` is rounded once, directly to the element type.
    Type computeType = getComputationType(type);
    BodyBuilder c = inElementType.withType(computeType);
    Value x = operands.front();
    Value wide = computeType == type
                     ? x
                     : arith::ExtFOp::create(builder, loc, computeType, x);
    Value above =
        c.cmp(arith::CmpFPredicate::UGT, wide,
              c.constant(threshold.getThreshold().convertToDouble()));
    return inElementType.select(
        above, x,
        inElementType.constant(threshold.getValue().convertToDouble()));
  }

  Type computeType = getComputationType(type);
  SmallVector<Value, 2> wide;
  for (Value operand : operands)
    wide.push_back(computeType == type ? operand
                                       : arith::ExtFOp::create(
                                             builder, loc, computeType,
                                             operand)
                                             .getResult());
  BodyBuilder c = computeType != type
                      ? inElementType.withType(computeType)
                            .withReducedPrecision()
                      : inElementType.withType(computeType);
  Value result = buildComputedOp(c, op, wide);
  if (!result)
    return failure();
  // NaN inputs must give the quieted input (docs/Semantics.md). The
  // piecewise-linear formulas propagate it, but the transcendental ones go
  // through math.exp/expm1/log1p/tanh, whose upstream polynomial expansions
  // convert a clamped argument to an integer exponent with arith.fptosi:
  // poison for NaN, which LLVM may fold to anything (e.g. +0); act's own
  // (buildExpReductionF32) give a NaN, but with the sign of whatever
  // negation or absolute value came before. Select the quieted input for
  // those lanes; poison then sits only in the unselected operand. Without
  // NaNs (`nnan`) the select is dead and not emitted.
  if (isa<EluOp, SeluOp, CeluOp, GeluOp, SigmoidOp, SiluOp, SoftplusOp,
          MishOp>(op) &&
      !bitEnumContainsAll(fastmath, arith::FastMathFlags::nnan)) {
    Value x = wide.front();
    result = c.select(c.isNaN(x), c.add(x, x), result);
  }
  // Round once to the element type.
  if (computeType != type)
    result = arith::TruncFOp::create(builder, loc, type, result);
  return result;
}

namespace {
/// Replaces any act op on scalars or vectors by its computation.
struct ActOpToArith : public RewritePattern {
  ActOpToArith(MLIRContext *context, ActToArithOptions options)
      : RewritePattern(MatchAnyOpTypeTag(), /*benefit=*/1, context),
        options(options) {}

  LogicalResult matchAndRewrite(Operation *op,
                                PatternRewriter &rewriter) const override {
    if (!isa_and_present<ActDialect>(op->getDialect()))
      return failure();
    FailureOr<Value> result =
        buildActComputation(rewriter, op, op->getOperands(), options);
    if (failed(result))
      return rewriter.notifyMatchFailure(op, "not on scalars or vectors");
    rewriter.replaceOp(op, *result);
    return success();
  }

private:
  ActToArithOptions options;
};

struct ConvertActToArithPass
    : public act::impl::ConvertActToArithPassBase<ConvertActToArithPass> {
  using ConvertActToArithPassBase::ConvertActToArithPassBase;

  void runOnOperation() override {
    if (fastMath)
      getOperation()->walk([&](Operation *op) {
        if (isa_and_present<ActDialect>(op->getDialect()))
          op->setAttr(kForceFastMathAttr, UnitAttr::get(&getContext()));
      });
    RewritePatternSet patterns(&getContext());
    ActToArithOptions options;
    options.selectBounds = selectBounds;
    options.inlineGelu = inlineGelu;
    populateActToArithConversionPatterns(patterns, options);
    // Every match is final (the replacement contains no act op), so one
    // walk over the ops suffices; no folding of the surrounding IR.
    GreedyRewriteConfig config;
    config.enableFolding(false);
    config.setRegionSimplificationLevel(GreedySimplifyRegionLevel::Disabled);
    if (failed(applyPatternsGreedily(getOperation(), std::move(patterns),
                                     config)))
      return signalPassFailure();
  }
};
} // namespace

void mlir::act::populateActToArithConversionPatterns(
    RewritePatternSet &patterns, const ActToArithOptions &options) {
  patterns.add<ActOpToArith>(patterns.getContext(), options);
}
