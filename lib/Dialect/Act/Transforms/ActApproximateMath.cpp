//===- ActApproximateMath.cpp - vectorizable math approximations -*- C++ -*-===//
//
// Part of the act-mlir project.
//
//===----------------------------------------------------------------------===//
//
// Upstream exposes its polynomial approximations as patterns only (the pass
// is a test pass); this pass applies them in act-mlir's pipelines.
//
//===----------------------------------------------------------------------===//

#include "act/Dialect/Act/Transforms/Passes.h"

#include "act/Conversion/ActToArith/ActToArith.h"

#include "mlir/Conversion/MathToLibm/MathToLibm.h"
#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/Arith/Transforms/Passes.h"
#include "mlir/Dialect/Func/IR/FuncOps.h"
#include "mlir/Dialect/LLVMIR/LLVMDialect.h"
#include "mlir/Dialect/Math/IR/Math.h"
#include "mlir/Dialect/Math/Transforms/Passes.h"
#include "mlir/Dialect/Vector/IR/VectorOps.h"
#include "mlir/Transforms/GreedyPatternRewriteDriver.h"

namespace mlir {
namespace act {
#define GEN_PASS_DEF_ACTAPPROXIMATEMATHPASS
#define GEN_PASS_DEF_ACTEXPANDBF16PASS
#include "act/Dialect/Act/Transforms/Passes.h.inc"
} // namespace act
} // namespace mlir

using namespace mlir;

/// `type` with its (vector) element type replaced by `element`.
static Type withElementType(Type type, Type element) {
  if (auto vector = dyn_cast<VectorType>(type))
    return vector.clone(element);
  return element;
}

LogicalResult
mlir::act::applyFinalPatterns(Operation *op,
                              const FrozenRewritePatternSet &patterns) {
  GreedyRewriteConfig config;
  config.enableFolding(false);
  config.setRegionSimplificationLevel(GreedySimplifyRegionLevel::Disabled);
  return applyPatternsGreedily(op, patterns, config);
}

bool mlir::act::mentionsBF16(Operation *root) {
  auto isBF16 = [](Type type) { return getElementTypeOrSelf(type).isBF16(); };
  return root
      ->walk([&](Operation *op) {
        return llvm::any_of(op->getOperandTypes(), isBF16) ||
                       llvm::any_of(op->getResultTypes(), isBF16)
                   ? WalkResult::interrupt()
                   : WalkResult::advance();
      })
      .wasInterrupted();
}

namespace {
/// Whether `op` has an f32 result (scalar or vector) and an argument marked
/// non-positive by convert-act-to-arith.
bool isMarkedF32(Operation *op) {
  return op->hasAttr(act::kNonPositiveArgumentAttr) &&
         getElementTypeOrSelf(op->getResult(0).getType()).isF32();
}

using act::F32Splats;

/// Replaces an f32 `OpTy` marked non-positive by convert-act-to-arith by
/// the value `expand` builds from the exp reduction of its operand
/// (act::buildExpReductionF32), with `splats` (its builder and location)
/// and the op's fast-math flags.
template <typename OpTy>
struct ExpandMarkedF32 : public OpRewritePattern<OpTy> {
  using OpRewritePattern<OpTy>::OpRewritePattern;

  LogicalResult matchAndRewrite(OpTy op,
                                PatternRewriter &rewriter) const final {
    if (!isMarkedF32(op))
      return rewriter.notifyMatchFailure(op, "not a marked f32 op");
    F32Splats splats(rewriter, op.getLoc(), op.getType());
    arith::FastMathFlagsAttr fastmath = op.getFastmathAttr();
    act::ExpReduction reduced = act::buildExpReductionF32(
        rewriter, op.getLoc(), op.getOperand(), fastmath);
    rewriter.replaceOp(op, expand(op, splats, reduced, fastmath));
    return success();
  }

  virtual Value expand(OpTy op, const F32Splats &splats,
                       const act::ExpReduction &reduced,
                       arith::FastMathFlagsAttr fastmath) const = 0;
};

/// f32 exp(x) for x <= 0 or NaN (math.exp marked by convert-act-to-arith):
/// no overflow, so shorter than upstream's general approximation. The
/// argument is reduced by act::buildExpReductionF32 to exp(x) = 2^k exp(r),
/// |r| <= ln2 / 2, and exp(r) is a degree-7 Taylor polynomial (truncation
/// error < 2^-27). Results below 2^-126 flush, as upstream's exp does in its
/// underflow tail. NaN gives NaN.
struct ExpandNonPositiveExp : public ExpandMarkedF32<math::ExpOp> {
  using ExpandMarkedF32::ExpandMarkedF32;

  Value expand(math::ExpOp op, const F32Splats &splats,
               const act::ExpReduction &reduced,
               arith::FastMathFlagsAttr fastmath) const override {
    return act::buildExpOfReducedF32(splats.builder, splats.loc, reduced,
                                     fastmath,
                                     op->hasAttr(act::kReducedPrecisionAttr));
  }
};

/// f32 expm1(x) for x <= 0 or NaN (math.expm1 marked by
/// convert-act-to-arith in elu, selu and celu), without upstream's
/// expansion through exp, log and a division, and in one piece:
/// x = k ln 2 + r (act::buildExpReductionF32), expm1(r) = m
/// (act::buildExpm1OfReducedF32), and
///   expm1(x) = 2^k (1 + m) - 1 = fma(2^k, m, -(1 - 2^k)).
/// For k = 0 (|x| <= ln 2 / 2) that is m itself, with its relative accuracy
/// and the sign of a zero (-0 - 0 = -0, +0 - 0 = +0); 1 - 2^k is exact for
/// -24 <= k <= 0 and rounds to 1 below, where expm1 is -1 within 2^-25;
/// for k = -1 the FMA rounds 2^-1 m - 1/2 once. Results below -1 + 2^-126
/// flush like the exp's. NaN gives NaN. Positive x give finite or infinite
/// garbage, never poison, for callers that discard them (elu, selu and celu
/// select x there).
struct ExpandNonPositiveExpM1 : public ExpandMarkedF32<math::ExpM1Op> {
  using ExpandMarkedF32::ExpandMarkedF32;

  Value expand(math::ExpM1Op op, const F32Splats &splats,
               const act::ExpReduction &reduced,
               arith::FastMathFlagsAttr fastmath) const override {
    OpBuilder &builder = splats.builder;
    Location loc = splats.loc;
    Value m = act::buildExpm1OfReducedF32(
        builder, loc, reduced.r, fastmath,
        op->hasAttr(act::kReducedPrecisionAttr));
    Value oneMinusScale = arith::SubFOp::create(
        builder, loc, splats.f32(1.0), reduced.scale, fastmath);
    return math::FmaOp::create(
        builder, loc, reduced.scale, m,
        arith::NegFOp::create(builder, loc, oneMinusScale, fastmath),
        fastmath);
  }
};

struct ActApproximateMathPass
    : public act::impl::ActApproximateMathPassBase<ActApproximateMathPass> {
  using ActApproximateMathPassBase::ActApproximateMathPassBase;

  void runOnOperation() override {
    if (polynomial) {
      RewritePatternSet patterns(&getContext());
      patterns.add<ExpandNonPositiveExp, ExpandNonPositiveExpM1>(
          &getContext(), /*benefit=*/2);
      populateMathPolynomialApproximationPatterns(patterns);
      // Expansions may contain ops that expand further (tanh's exp), so
      // the greedy driver; they do not change control flow, so without its
      // region simplification.
      GreedyRewriteConfig config;
      config.setRegionSimplificationLevel(
          GreedySimplifyRegionLevel::Disabled);
      if (failed(applyPatternsGreedily(getOperation(), std::move(patterns),
                                       config)))
        return signalPassFailure();
    }

    // What is left of the transcendental functions (f64, and f32 ops with
    // no approximation or with `polynomial` off) becomes libm calls: the LLVM lowering of expm1 and
    // log1p as exp(x) - 1 and log(1 + x) would cancel catastrophically.
    // Cheap ops (fma, floor, abs, ...) stay for math-to-llvm.
    SmallVector<Operation *> transcendental;
    getOperation()->walk([&](Operation *op) {
      if (isa<math::ExpM1Op, math::Log1pOp, math::ErfOp, math::ErfcOp,
              math::TanhOp, math::ExpOp, math::LogOp>(op))
        transcendental.push_back(op);
    });
    if (transcendental.empty())
      return;
    RewritePatternSet libmPatterns(&getContext());
    populateMathToLibmConversionPatterns(libmPatterns);
    GreedyRewriteConfig config;
    config.setStrictness(GreedyRewriteStrictness::ExistingAndNewOps);
    if (failed(applyOpPatternsGreedily(transcendental,
                                       std::move(libmPatterns), config)))
      return signalPassFailure();
  }
};

static bool isBF16Like(Type type) {
  return getElementTypeOrSelf(type).isBF16() &&
         (isa<VectorType>(type) || type.isBF16());
}

/// Whether the f32 result of `op` on bf16 values is itself a bf16 value:
/// then truncating it is exact, and dropping the low half of its bits is
/// enough (NaNs included: they are quieted inputs, whose low bits are 0).
static bool hasExactBF16Result(Operation *op) {
  return isa<arith::MaximumFOp, arith::MinimumFOp, arith::MaxNumFOp,
             arith::MinNumFOp, arith::NegFOp, math::AbsFOp,
             math::CopySignOp>(op);
}

/// Computes a float arith or math op on bf16 (scalar or vector) in f32 and
/// rounds the result once to bf16. LLVM would do the same when it promotes
/// bfloat arithmetic, but it rounds with the AVX512-BF16 conversion, which
/// flushes subnormals to zero; here the rounding is the integer one of
/// upstream's bf16 expansion, applied afterwards. For add, sub, mul, div and
/// sqrt the single rounding of the f32 result is correct: f32 has more than
/// twice bf16's precision plus two bits.
struct ComputeBF16InF32 : public RewritePattern {
  ComputeBF16InF32(MLIRContext *context)
      : RewritePattern(MatchAnyOpTypeTag(), /*benefit=*/1, context) {}

  LogicalResult matchAndRewrite(Operation *op,
                                PatternRewriter &rewriter) const override {
    if (!isa_and_present<arith::ArithDialect, math::MathDialect>(
            op->getDialect()) ||
        isa<arith::ExtFOp, arith::TruncFOp, arith::BitcastOp,
            arith::ConstantOp, arith::SelectOp>(op) ||
        op->getNumRegions() != 0 || op->getNumResults() != 1 ||
        op->getNumOperands() == 0 ||
        !llvm::all_of(op->getOperandTypes(), isBF16Like))
      return failure();
    Type resultType = op->getResult(0).getType();
    bool floatResult = isBF16Like(resultType);
    // Comparisons (i1 results) and float results; nothing else.
    if (!floatResult && !getElementTypeOrSelf(resultType).isInteger(1))
      return failure();

    Location loc = op->getLoc();
    Type f32 = rewriter.getF32Type();
    SmallVector<Value> wide;
    for (Value operand : op->getOperands())
      wide.push_back(arith::ExtFOp::create(
          rewriter, loc, withElementType(operand.getType(), f32), operand));
    OperationState state(loc, op->getName());
    state.addOperands(wide);
    state.addAttributes(op->getAttrs());
    state.addTypes(floatResult ? withElementType(resultType, f32)
                               : resultType);
    Value result = rewriter.create(state)->getResult(0);
    if (floatResult) {
      if (hasExactBF16Result(op)) {
        Type i32 = withElementType(resultType, rewriter.getI32Type());
        Type i16 = withElementType(resultType, rewriter.getI16Type());
        Value bits = arith::BitcastOp::create(rewriter, loc, i32, result);
        TypedAttr sixteenAttr = rewriter.getI32IntegerAttr(16);
        if (auto vector = dyn_cast<VectorType>(i32))
          sixteenAttr = SplatElementsAttr::get(vector, sixteenAttr);
        Value sixteen =
            arith::ConstantOp::create(rewriter, loc, i32, sixteenAttr);
        Value high = arith::ShRUIOp::create(rewriter, loc, bits, sixteen);
        Value truncated = arith::TruncIOp::create(rewriter, loc, i16, high);
        result = arith::BitcastOp::create(rewriter, loc, resultType, truncated);
      } else {
        result = arith::TruncFOp::create(rewriter, loc, resultType, result);
      }
    }
    rewriter.replaceOp(op, result);
    return success();
  }
};

/// A select of bf16 values as a select of their bit patterns: LLVM's x86
/// backend moves a scalar `select` of bfloat through f32 and back with
/// vcvtneps2bf16, which flushes subnormals.
struct SelectBF16AsInteger : public OpRewritePattern<arith::SelectOp> {
  using OpRewritePattern::OpRewritePattern;

  LogicalResult matchAndRewrite(arith::SelectOp op,
                                PatternRewriter &rewriter) const override {
    Type type = op.getType();
    if (!isBF16Like(type))
      return rewriter.notifyMatchFailure(op, "not bf16");
    Location loc = op.getLoc();
    Type i16 = withElementType(type, rewriter.getI16Type());
    Value trueBits =
        arith::BitcastOp::create(rewriter, loc, i16, op.getTrueValue());
    Value falseBits =
        arith::BitcastOp::create(rewriter, loc, i16, op.getFalseValue());
    Value bits = arith::SelectOp::create(rewriter, loc, op.getCondition(),
                                         trueBits, falseBits);
    rewriter.replaceOpWithNewOp<arith::BitcastOp>(op, type, bits);
    return success();
  }
};

/// Whether `value` is convert-act-to-arith's NaN select on a value extended
/// from bf16: select(x uno x, x + x, r), x = extf(bf16 y).
static bool isNaNSelectOfBF16(Value value) {
  auto select = value.getDefiningOp<arith::SelectOp>();
  if (!select)
    return false;
  auto isNaN = select.getCondition().getDefiningOp<arith::CmpFOp>();
  auto quieted = select.getTrueValue().getDefiningOp<arith::AddFOp>();
  if (!isNaN || isNaN.getPredicate() != arith::CmpFPredicate::UNO ||
      isNaN.getLhs() != isNaN.getRhs() || !quieted ||
      quieted.getLhs() != isNaN.getLhs() || quieted.getRhs() != isNaN.getLhs())
    return false;
  auto extended = isNaN.getLhs().getDefiningOp<arith::ExtFOp>();
  return extended && isBF16Like(extended.getIn().getType());
}

/// f32 -> bf16 rounding to nearest even, (bits + 0x7fff + lsb) >> 16, of a
/// value whose NaNs have 16 zero low bits, so that the rounding carries into
/// no NaN: convert-act-to-arith's NaN select on a bf16 input (its NaN lanes
/// are the quieted input, whose low bits are zero; the other operand is NaN
/// only as produced by float arithmetic, the default NaN or a propagated
/// one, whose low bits are zero too). Upstream's expansion also selects a
/// NaN for the NaN lanes: a compare and a blend per vector saved.
struct TruncNaNSelectedToBF16 : public OpRewritePattern<arith::TruncFOp> {
  using OpRewritePattern::OpRewritePattern;

  LogicalResult matchAndRewrite(arith::TruncFOp op,
                                PatternRewriter &rewriter) const override {
    Type type = op.getType();
    if (!isBF16Like(type) ||
        !getElementTypeOrSelf(op.getIn().getType()).isF32() ||
        !isNaNSelectOfBF16(op.getIn()))
      return rewriter.notifyMatchFailure(op, "not a NaN-selected bf16 value");
    Location loc = op.getLoc();
    F32Splats splats(rewriter, loc, op.getIn().getType());
    Type i32 = splats.i32Type;
    Type i16 = withElementType(type, rewriter.getI16Type());
    Value bits = arith::BitcastOp::create(rewriter, loc, i32, op.getIn());
    Value sixteen = splats.i32(16);
    Value lsb = arith::AndIOp::create(
        rewriter, loc, arith::ShRUIOp::create(rewriter, loc, bits, sixteen),
        splats.i32(1));
    Value rounded = arith::AddIOp::create(
        rewriter, loc,
        arith::AddIOp::create(rewriter, loc, bits, splats.i32(0x7fff)), lsb);
    Value high = arith::ShRUIOp::create(rewriter, loc, rounded, sixteen);
    Value truncated = arith::TruncIOp::create(rewriter, loc, i16, high);
    rewriter.replaceOpWithNewOp<arith::BitcastOp>(op, type, truncated);
    return success();
  }
};

struct ActExpandBF16Pass
    : public act::impl::ActExpandBF16PassBase<ActExpandBF16Pass> {
  void runOnOperation() override {
    if (!act::mentionsBF16(getOperation()))
      return markAllAnalysesPreserved();
    // 1. bf16 arithmetic to f32 arithmetic between extf and truncf. Without
    //    folding: extf(truncf(x)) must not fold to x, it is a rounding.
    {
      RewritePatternSet patterns(&getContext());
      patterns.add<ComputeBF16InF32, SelectBF16AsInteger>(&getContext());
      if (failed(act::applyFinalPatterns(getOperation(), std::move(patterns))))
        return signalPassFailure();
    }
    // 2. Every f32 <-> bf16 conversion to integer operations. Not one walk:
    //    TruncNaNSelectedToBF16 looks through the NaN select at an extf,
    //    which a forward walk would expand first. No control flow changes:
    //    no region simplification.
    RewritePatternSet patterns(&getContext());
    patterns.add<TruncNaNSelectedToBF16>(&getContext(), /*benefit=*/2);
    arith::populateExpandBFloat16Patterns(patterns);
    GreedyRewriteConfig config;
    config.setRegionSimplificationLevel(GreedySimplifyRegionLevel::Disabled);
    if (failed(applyPatternsGreedily(getOperation(), std::move(patterns),
                                     config)))
      return signalPassFailure();
  }
};
} // namespace
