//===- ActFolds.cpp - act folders and canonicalization ----------*- C++ -*-===//
//
// Part of the act-mlir project.
//
//===----------------------------------------------------------------------===//
//
// Constant folding evaluates the reference semantics (Semantics/) element by
// element, so folded constants are bit-identical to what the reference says.
// The canonicalization patterns of relu and clamp view both ops as
// `clamp(x, lo, hi)` with a NaN mode (relu is clamp(x, +0, +inf)) and compose
// them exactly, NaN and signed zeros included.
//
//===----------------------------------------------------------------------===//

#include "act/Dialect/Act/IR/ActOps.h"

#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/IR/BuiltinAttributes.h"
#include "mlir/IR/Matchers.h"
#include "mlir/IR/PatternMatch.h"
#include "mlir/IR/TypeUtilities.h"

using namespace mlir;
using namespace mlir::act;
using llvm::APFloat;
using llvm::APInt;

//===----------------------------------------------------------------------===//
// Constant folding
//===----------------------------------------------------------------------===//

namespace {
/// Evaluates an act op on constant operands through the reference semantics.
class ConstantEvaluator {
public:
  explicit ConstantEvaluator(Operation *op)
      : kind(*getOpKind(op)), params(getParams(op)) {}

  /// The folded result, or null when the operands are not all constants of
  /// a supported form.
  Attribute evaluate(Type resultType, ArrayRef<Attribute> operands) const {
    if (operands.empty() || llvm::is_contained(operands, Attribute()))
      return {};
    Type elementType = getElementTypeOrSelf(resultType);
    if (!isa<FloatType, IntegerType>(elementType))
      return {};
    if (!isa<ShapedType>(resultType))
      return evaluateScalar(elementType, operands);
    return evaluateElements(cast<ShapedType>(resultType), operands);
  }

private:
  APFloat apply(ArrayRef<APFloat> args) const {
    return semantics::evaluate(kind, params, args);
  }
  APInt apply(const APInt &arg) const {
    return semantics::evaluateInteger(kind, params, arg);
  }

  Attribute evaluateScalar(Type elementType,
                           ArrayRef<Attribute> operands) const {
    if (auto intType = dyn_cast<IntegerType>(elementType)) {
      auto intAttr = dyn_cast<IntegerAttr>(operands.front());
      if (operands.size() != 1 || !intAttr)
        return {};
      return IntegerAttr::get(intType, apply(intAttr.getValue()));
    }
    SmallVector<APFloat, 2> args;
    for (Attribute operand : operands) {
      auto floatAttr = dyn_cast<FloatAttr>(operand);
      if (!floatAttr)
        return {};
      args.push_back(floatAttr.getValue());
    }
    return FloatAttr::get(elementType, apply(args));
  }

  Attribute evaluateElements(ShapedType type,
                             ArrayRef<Attribute> operands) const {
    SmallVector<DenseElementsAttr, 2> elements;
    bool allSplat = true;
    for (Attribute operand : operands) {
      auto dense = dyn_cast<DenseElementsAttr>(operand);
      if (!dense || dense.getType() != type)
        return {};
      allSplat &= dense.isSplat();
      elements.push_back(dense);
    }
    int64_t numElements = allSplat ? 1 : type.getNumElements();

    if (isa<IntegerType>(type.getElementType())) {
      if (elements.size() != 1)
        return {};
      if (allSplat)
        return DenseElementsAttr::get(
            type, apply(elements.front().getSplatValue<APInt>()));
      SmallVector<APInt> results;
      results.reserve(numElements);
      for (const APInt &value : elements.front().getValues<APInt>())
        results.push_back(apply(value));
      return DenseElementsAttr::get(type, results);
    }

    if (allSplat) {
      SmallVector<APFloat, 2> args;
      for (DenseElementsAttr dense : elements)
        args.push_back(dense.getSplatValue<APFloat>());
      return DenseElementsAttr::get(type, apply(args));
    }
    SmallVector<decltype(elements.front().value_begin<APFloat>()), 2> its;
    for (DenseElementsAttr dense : elements)
      its.push_back(dense.value_begin<APFloat>());
    SmallVector<APFloat> results;
    results.reserve(numElements);
    SmallVector<APFloat, 2> args;
    for (int64_t i = 0; i < numElements; ++i) {
      args.clear();
      for (auto &it : its)
        args.push_back(*it++);
      results.push_back(apply(args));
    }
    return DenseElementsAttr::get(type, results);
  }

  semantics::OpKind kind;
  semantics::Params params;
};
} // namespace

/// Folds `op` when all of its operands are constants.
static OpFoldResult foldConstants(Operation *op,
                                  ArrayRef<Attribute> operands) {
  return ConstantEvaluator(op).evaluate(op->getResult(0).getType(), operands);
}

#define ACT_DEFINE_CONSTANT_FOLDER(OpTy)                                       \
  OpFoldResult OpTy::fold(FoldAdaptor adaptor) {                               \
    return foldConstants(*this, adaptor.getOperands());                        \
  }

ACT_DEFINE_CONSTANT_FOLDER(LeakyReluOp)
ACT_DEFINE_CONSTANT_FOLDER(PReluOp)
ACT_DEFINE_CONSTANT_FOLDER(EluOp)
ACT_DEFINE_CONSTANT_FOLDER(SeluOp)
ACT_DEFINE_CONSTANT_FOLDER(CeluOp)
ACT_DEFINE_CONSTANT_FOLDER(GeluOp)
ACT_DEFINE_CONSTANT_FOLDER(SigmoidOp)
ACT_DEFINE_CONSTANT_FOLDER(SiluOp)
ACT_DEFINE_CONSTANT_FOLDER(HardSigmoidOp)
ACT_DEFINE_CONSTANT_FOLDER(HardSwishOp)
ACT_DEFINE_CONSTANT_FOLDER(SoftplusOp)
ACT_DEFINE_CONSTANT_FOLDER(MishOp)
ACT_DEFINE_CONSTANT_FOLDER(ThresholdOp)

#undef ACT_DEFINE_CONSTANT_FOLDER

/// A splat of `value` of type `type`, or null if `type` is not static.
static Attribute getSplat(Type type, TypedAttr value) {
  auto shaped = dyn_cast<ShapedType>(type);
  if (!shaped)
    return value;
  if (!shaped.hasStaticShape())
    return {};
  return SplatElementsAttr::get(shaped, value);
}

OpFoldResult ReluGradOp::fold(FoldAdaptor adaptor) {
  if (OpFoldResult folded = foldConstants(*this, adaptor.getOperands()))
    return folded;
  // x <= 0 everywhere (and never NaN): the gradient is +0 whatever dy is,
  // NaN included.
  auto x = dyn_cast_if_present<DenseFPElementsAttr>(adaptor.getInput());
  auto xScalar = dyn_cast_if_present<FloatAttr>(adaptor.getInput());
  auto notPositive = [](const APFloat &v) {
    return !v.isNaN() && (v.isZero() || v.isNegative());
  };
  bool allNotPositive =
      (xScalar && notPositive(xScalar.getValue())) ||
      (x && x.isSplat() && notPositive(x.getSplatValue<APFloat>())) ||
      (x && !x.isSplat() && llvm::all_of(x.getValues<APFloat>(), notPositive));
  if (!allNotPositive)
    return {};
  Type elementType = getElementTypeOrSelf(getType());
  return getSplat(getType(), FloatAttr::get(elementType, 0.0));
}

//===----------------------------------------------------------------------===//
// relu and clamp as clamp(x, lo, hi)
//===----------------------------------------------------------------------===//

namespace {
/// A relu or clamp seen as clamp(input, lo, hi) with a NaN mode. Float
/// bounds are in the element type (clamp rounds its bounds to it); relu has
/// hi = +inf (float) or the signed maximum (integer).
struct ClampLike {
  Value input;
  bool isFloat;
  APFloat floatLo{0.0}, floatHi{0.0};
  APInt intLo, intHi;
  NanMode nanMode;
  arith::FastMathFlags fastmath;
};
} // namespace

static std::optional<ClampLike> getClampLike(Operation *op) {
  if (!op || !isa<ReluOp, ClampOp>(op))
    return std::nullopt;
  ClampLike result;
  result.input = op->getOperand(0);
  Type elementType = getElementTypeOrSelf(result.input.getType());
  result.isFloat = isa<FloatType>(elementType);
  auto setBounds = [&](double lo, std::optional<double> hi) {
    if (result.isFloat) {
      const llvm::fltSemantics &sem =
          cast<FloatType>(elementType).getFloatSemantics();
      result.floatLo = semantics::fromDouble(lo, sem);
      result.floatHi = hi ? semantics::fromDouble(*hi, sem)
                          : APFloat::getInf(sem, /*Negative=*/false);
      return;
    }
    unsigned width = elementType.getIntOrFloatBitWidth();
    auto toAPInt = [&](double v) {
      llvm::APSInt value(width, /*isUnsigned=*/false);
      bool isExact = false;
      APFloat(v).convertToInteger(value, llvm::RoundingMode::TowardZero,
                                  &isExact);
      return APInt(value);
    };
    result.intLo = toAPInt(lo);
    result.intHi = hi ? toAPInt(*hi) : APInt::getSignedMaxValue(width);
  };
  if (auto relu = dyn_cast<ReluOp>(op)) {
    setBounds(0.0, std::nullopt);
    result.nanMode = relu.getNanMode();
    result.fastmath = relu.getFastmath();
  } else {
    auto clamp = cast<ClampOp>(op);
    setBounds(clamp.getMin().convertToDouble(),
              clamp.getMax().convertToDouble());
    result.nanMode = clamp.getNanMode();
    result.fastmath = clamp.getFastmath();
  }
  return result;
}

/// a < b in the total order of non-NaN floats where -0 < +0.
static bool totalLess(const APFloat &a, const APFloat &b) {
  if (a.isZero() && b.isZero())
    return a.isNegative() && !b.isNegative();
  return a.compare(b) == APFloat::cmpLessThan;
}

static bool bitwiseEqual(const APFloat &a, const APFloat &b) {
  return a.bitwiseIsEqual(b);
}

/// The exact composition outer(inner(x)) as one clamp-like op, or
/// std::nullopt when no single relu/clamp computes it.
static std::optional<ClampLike> compose(const ClampLike &outer,
                                        const ClampLike &inner) {
  ClampLike result = inner;
  result.fastmath = outer.fastmath & inner.fastmath;
  if (!inner.isFloat) {
    // No NaN: intersect the ranges; an empty one is a constant clamp.
    const APInt &a = inner.intLo, &b = inner.intHi;
    const APInt &c = outer.intLo, &d = outer.intHi;
    if (b.slt(c)) {
      result.intLo = result.intHi = c;
    } else if (d.slt(a)) {
      result.intLo = result.intHi = d;
    } else {
      result.intLo = a.sgt(c) ? a : c;
      result.intHi = b.slt(d) ? b : d;
    }
    result.nanMode = NanMode::propagate;
    return result;
  }

  const APFloat &a = inner.floatLo, &b = inner.floatHi;
  const APFloat &c = outer.floatLo, &d = outer.floatHi;
  // Non-NaN inputs.
  if (totalLess(b, c)) {
    result.floatLo = result.floatHi = c;
  } else if (totalLess(d, a)) {
    result.floatLo = result.floatHi = d;
  } else {
    result.floatLo = llvm::maximum(a, c);
    result.floatHi = llvm::minimum(b, d);
  }
  // NaN inputs: NaN, or a constant that must equal the new lower bound.
  std::optional<APFloat> nanResult;
  if (inner.nanMode == NanMode::ignore)
    nanResult = llvm::minimum(llvm::maximum(a, c), d);
  else if (outer.nanMode == NanMode::ignore)
    nanResult = c;
  if (!nanResult) {
    result.nanMode = NanMode::propagate;
    return result;
  }
  if (!bitwiseEqual(*nanResult, result.floatLo))
    return std::nullopt;
  result.nanMode = NanMode::ignore;
  return result;
}

static bool isSameClampLike(const ClampLike &a, const ClampLike &b) {
  if (a.isFloat != b.isFloat)
    return false;
  if (!a.isFloat)
    return a.intLo == b.intLo && a.intHi == b.intHi;
  return a.nanMode == b.nanMode && bitwiseEqual(a.floatLo, b.floatLo) &&
         bitwiseEqual(a.floatHi, b.floatHi);
}

/// If outer(inner(x)) == inner(x), the inner value.
static Value foldClampOfClamp(Operation *outerOp) {
  Operation *innerOp = outerOp->getOperand(0).getDefiningOp();
  std::optional<ClampLike> inner = getClampLike(innerOp);
  if (!inner)
    return {};
  std::optional<ClampLike> outer = getClampLike(outerOp);
  std::optional<ClampLike> composed = compose(*outer, *inner);
  if (composed && isSameClampLike(*composed, *inner))
    return innerOp->getResult(0);
  return {};
}

OpFoldResult ReluOp::fold(FoldAdaptor adaptor) {
  if (OpFoldResult folded = foldConstants(*this, adaptor.getOperands()))
    return folded;
  return foldClampOfClamp(*this);
}

OpFoldResult ClampOp::fold(FoldAdaptor adaptor) {
  if (OpFoldResult folded = foldConstants(*this, adaptor.getOperands()))
    return folded;
  if (Value inner = foldClampOfClamp(*this))
    return inner;
  // clamp(x, k, k) is the constant k when NaN also maps to k.
  std::optional<ClampLike> self = getClampLike(*this);
  Type elementType = getElementTypeOrSelf(getType());
  if (!self->isFloat) {
    if (self->intLo != self->intHi)
      return {};
    return getSplat(getType(), IntegerAttr::get(elementType, self->intLo));
  }
  if (getNanMode() != NanMode::ignore ||
      !bitwiseEqual(self->floatLo, self->floatHi))
    return {};
  return getSplat(getType(), FloatAttr::get(elementType, self->floatLo));
}

namespace {
/// Replaces relu/clamp of relu/clamp by the single op computing the same
/// function, when there is one.
template <typename OpTy>
struct ComposeClampLike : public OpRewritePattern<OpTy> {
  using OpRewritePattern<OpTy>::OpRewritePattern;

  LogicalResult matchAndRewrite(OpTy op,
                                PatternRewriter &rewriter) const override {
    std::optional<ClampLike> inner =
        getClampLike(op.getInput().getDefiningOp());
    if (!inner)
      return rewriter.notifyMatchFailure(op, "input is not a relu or clamp");
    std::optional<ClampLike> composed = compose(*getClampLike(op), *inner);
    if (!composed)
      return rewriter.notifyMatchFailure(
          op, "NaN result of the composition is not a bound");
    return replaceWithClampLike(op, *composed, rewriter);
  }

private:
  static LogicalResult replaceWithClampLike(OpTy op, const ClampLike &c,
                                            PatternRewriter &rewriter) {
    Type type = op.getType();
    bool isRelu =
        c.isFloat ? (c.floatLo.isPosZero() && c.floatHi.isPosInfinity())
                  : (c.intLo.isZero() && c.intHi.isMaxSignedValue());
    if (isRelu) {
      rewriter.replaceOpWithNewOp<ReluOp>(op, type, c.input, c.nanMode,
                                          c.fastmath);
      return success();
    }
    double lo, hi;
    if (c.isFloat) {
      if (!c.floatHi.isFinite() || !c.floatLo.isFinite())
        return rewriter.notifyMatchFailure(op, "composition is unbounded");
      lo = convertToDouble(c.floatLo);
      hi = convertToDouble(c.floatHi);
    } else {
      // Bounds of i64 and wider may not be representable as f64 exactly.
      if (c.intLo.getSignificantBits() > 53 ||
          c.intHi.getSignificantBits() > 53)
        return rewriter.notifyMatchFailure(op, "bounds not exact in f64");
      lo = static_cast<double>(c.intLo.getSExtValue());
      hi = static_cast<double>(c.intHi.getSExtValue());
    }
    rewriter.replaceOpWithNewOp<ClampOp>(op, type, c.input, APFloat(lo),
                                         APFloat(hi), c.nanMode, c.fastmath);
    return success();
  }

  static double convertToDouble(APFloat value) {
    bool losesInfo = false;
    value.convert(APFloat::IEEEdouble(), APFloat::rmNearestTiesToEven,
                  &losesInfo);
    return value.convertToDouble();
  }
};
} // namespace

// Defined below with the leaky_relu and threshold patterns.
static void addReluOfLeakyAndThresholdPatterns(RewritePatternSet &results,
                                               MLIRContext *context);

void ReluOp::getCanonicalizationPatterns(RewritePatternSet &results,
                                         MLIRContext *context) {
  results.add<ComposeClampLike<ReluOp>>(context);
  addReluOfLeakyAndThresholdPatterns(results, context);
}

void ClampOp::getCanonicalizationPatterns(RewritePatternSet &results,
                                          MLIRContext *context) {
  results.add<ComposeClampLike<ClampOp>>(context);
}

//===----------------------------------------------------------------------===//
// leaky_relu and threshold
//===----------------------------------------------------------------------===//

namespace {
bool isPositiveZeroOrAbove(const APFloat &v) {
  return !v.isNaN() && !v.isNegative();
}

/// threshold(x, 0, +0) -> relu(x): both are `x > 0 ? x : +0`, NaN -> NaN.
struct ThresholdToRelu : public OpRewritePattern<ThresholdOp> {
  using OpRewritePattern::OpRewritePattern;

  LogicalResult matchAndRewrite(ThresholdOp op,
                                PatternRewriter &rewriter) const override {
    if (!op.getThreshold().isZero() || !op.getValue().isPosZero())
      return rewriter.notifyMatchFailure(op, "not threshold 0 / value +0");
    rewriter.replaceOpWithNewOp<ReluOp>(op, op.getType(), op.getInput(),
                                        NanMode::propagate, op.getFastmath());
    return success();
  }
};

/// relu(leaky_relu(x, alpha > 0)) -> relu(x): alpha * x keeps the sign of a
/// negative x (including -0 and -inf; +0 where it underflows), which relu
/// maps to +0 either way. (alpha = 0 would turn -inf into NaN.)
struct ReluOfLeakyRelu : public OpRewritePattern<ReluOp> {
  using OpRewritePattern::OpRewritePattern;

  LogicalResult matchAndRewrite(ReluOp op,
                                PatternRewriter &rewriter) const override {
    auto leaky = op.getInput().getDefiningOp<LeakyReluOp>();
    if (!leaky || !(leaky.getAlpha().convertToDouble() > 0.0))
      return rewriter.notifyMatchFailure(op, "input is no leaky_relu, alpha>0");
    rewriter.replaceOpWithNewOp<ReluOp>(op, op.getType(), leaky.getInput(),
                                        op.getNanMode(), op.getFastmath());
    return success();
  }
};

/// relu(threshold(x, t >= 0, v)) -> threshold(x, t, relu(v)): values above t
/// are positive and pass relu; the others are v, which relu maps to relu(v);
/// NaN stays NaN (relu with nan_mode = propagate only).
struct ReluOfThreshold : public OpRewritePattern<ReluOp> {
  using OpRewritePattern::OpRewritePattern;

  LogicalResult matchAndRewrite(ReluOp op,
                                PatternRewriter &rewriter) const override {
    auto threshold = op.getInput().getDefiningOp<ThresholdOp>();
    if (!threshold || op.getNanMode() != NanMode::propagate ||
        threshold.getThreshold().convertToDouble() < 0.0)
      return rewriter.notifyMatchFailure(op, "no threshold >= 0 to absorb");
    double value = threshold.getValue().convertToDouble();
    rewriter.replaceOpWithNewOp<ThresholdOp>(
        op, op.getType(), threshold.getInput(), threshold.getThreshold(),
        APFloat(value > 0.0 ? value : 0.0),
        op.getFastmath() & threshold.getFastmath());
    return success();
  }
};

/// leaky_relu(relu(x), alpha >= +0) -> relu(x): relu's results are +0,
/// positive, +inf or NaN, on which leaky_relu is the identity.
struct LeakyReluOfRelu : public OpRewritePattern<LeakyReluOp> {
  using OpRewritePattern::OpRewritePattern;

  LogicalResult matchAndRewrite(LeakyReluOp op,
                                PatternRewriter &rewriter) const override {
    auto relu = op.getInput().getDefiningOp<ReluOp>();
    if (!relu || !isPositiveZeroOrAbove(op.getAlpha()))
      return rewriter.notifyMatchFailure(op, "input is no relu, alpha >= +0");
    rewriter.replaceOp(op, relu.getResult());
    return success();
  }
};

/// leaky_relu(leaky_relu(x, a), b) -> leaky_relu(x, a * b) for a, b > 0 when
/// both ops allow reassociation: b * (a * x) and (a * b) * x differ only in
/// rounding.
struct LeakyReluOfLeakyRelu : public OpRewritePattern<LeakyReluOp> {
  using OpRewritePattern::OpRewritePattern;

  LogicalResult matchAndRewrite(LeakyReluOp op,
                                PatternRewriter &rewriter) const override {
    auto inner = op.getInput().getDefiningOp<LeakyReluOp>();
    if (!inner || !(op.getAlpha().convertToDouble() > 0.0) ||
        !(inner.getAlpha().convertToDouble() > 0.0))
      return rewriter.notifyMatchFailure(op, "no leaky chain with alpha > 0");
    auto reassoc = arith::FastMathFlags::reassoc;
    if (!arith::bitEnumContainsAll(op.getFastmath(), reassoc) ||
        !arith::bitEnumContainsAll(inner.getFastmath(), reassoc))
      return rewriter.notifyMatchFailure(op, "needs fastmath<reassoc>");
    double alpha =
        op.getAlpha().convertToDouble() * inner.getAlpha().convertToDouble();
    rewriter.replaceOpWithNewOp<LeakyReluOp>(
        op, op.getType(), inner.getInput(), APFloat(alpha),
        op.getFastmath() & inner.getFastmath());
    return success();
  }
};
} // namespace

void LeakyReluOp::getCanonicalizationPatterns(RewritePatternSet &results,
                                              MLIRContext *context) {
  results.add<LeakyReluOfRelu, LeakyReluOfLeakyRelu>(context);
}

void ThresholdOp::getCanonicalizationPatterns(RewritePatternSet &results,
                                              MLIRContext *context) {
  results.add<ThresholdToRelu>(context);
}

static void addReluOfLeakyAndThresholdPatterns(RewritePatternSet &results,
                                               MLIRContext *context) {
  results.add<ReluOfLeakyRelu, ReluOfThreshold>(context);
}
