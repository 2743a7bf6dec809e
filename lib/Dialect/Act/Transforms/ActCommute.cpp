//===- ActCommute.cpp - move activations across scales and data movement --===//
//
// Part of the act-mlir project.
//
//===----------------------------------------------------------------------===//

#include "act/Dialect/Act/IR/ActOps.h"
#include "act/Dialect/Act/Transforms/Passes.h"

#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/Linalg/IR/Linalg.h"
#include "mlir/Dialect/Tensor/IR/Tensor.h"
#include "mlir/Dialect/Vector/IR/VectorOps.h"
#include "mlir/IR/IRMapping.h"
#include "mlir/IR/Matchers.h"
#include "mlir/IR/PatternMatch.h"
#include "mlir/IR/TypeUtilities.h"
#include "mlir/Transforms/GreedyPatternRewriteDriver.h"

namespace mlir {
namespace act {
#define GEN_PASS_DEF_ACTCOMMUTEPASS
#include "act/Dialect/Act/Transforms/Passes.h.inc"
} // namespace act
} // namespace mlir

using namespace mlir;
using namespace mlir::act;
using llvm::APFloat;

namespace {

/// True for an act op with one operand (all of them except prelu and
/// relu_grad).
bool isUnaryActOp(Operation *op) {
  return op && isa_and_present<ActDialect>(op->getDialect()) && op->getNumOperands() == 1 &&
         op->getNumResults() == 1;
}

/// A copy of the unary act op `op` applied to `input`, whose type may have
/// another shape.
Value cloneOnto(PatternRewriter &rewriter, Operation *op, Value input) {
  IRMapping mapping;
  mapping.map(op->getOperand(0), input);
  Operation *copy = rewriter.clone(*op, mapping);
  copy->getResult(0).setType(input.getType());
  return copy->getResult(0);
}

/// The value of a float scalar or splat constant.
std::optional<APFloat> getSplatConstant(Value value) {
  Attribute attr;
  if (!matchPattern(value, m_Constant(&attr)))
    return std::nullopt;
  if (auto floatAttr = dyn_cast<FloatAttr>(attr))
    return floatAttr.getValue();
  if (auto splat = dyn_cast<SplatElementsAttr>(attr))
    if (isa<FloatType>(splat.getElementType()))
      return splat.getSplatValue<APFloat>();
  return std::nullopt;
}

/// relu(c * x) -> c * relu(x) for a constant c > 0. Exact: for x > 0 both
/// sides compute the same product; for x <= 0 (including -0 and -inf) both
/// give +0 (c * +0 = +0 as c is finite and positive); NaN stays NaN, and
/// with nan_mode = ignore becomes +0 on both sides.
struct ScaleOutOfRelu : public OpRewritePattern<ReluOp> {
  using OpRewritePattern::OpRewritePattern;

  LogicalResult matchAndRewrite(ReluOp relu,
                                PatternRewriter &rewriter) const override {
    auto mul = relu.getInput().getDefiningOp<arith::MulFOp>();
    if (!mul || !mul->hasOneUse())
      return rewriter.notifyMatchFailure(relu, "input is not a single-use mulf");
    Value x = mul.getLhs(), scale = mul.getRhs();
    std::optional<APFloat> c = getSplatConstant(scale);
    if (!c) {
      std::swap(x, scale);
      c = getSplatConstant(scale);
    }
    if (!c || !c->isFiniteNonZero() || c->isNegative())
      return rewriter.notifyMatchFailure(relu, "no positive finite scale");
    Value inner = cloneOnto(rewriter, relu, x);
    rewriter.replaceOpWithNewOp<arith::MulFOp>(relu, inner, scale,
                                               mul.getFastmathAttr());
    return success();
  }
};

/// act(linalg.broadcast(x)) -> linalg.broadcast(act(x)).
struct ActOfLinalgBroadcast : public RewritePattern {
  ActOfLinalgBroadcast(MLIRContext *context)
      : RewritePattern(MatchAnyOpTypeTag(), /*benefit=*/1, context) {}

  LogicalResult matchAndRewrite(Operation *op,
                                PatternRewriter &rewriter) const override {
    if (!isUnaryActOp(op))
      return failure();
    auto broadcast = op->getOperand(0).getDefiningOp<linalg::BroadcastOp>();
    if (!broadcast || !broadcast->hasOneUse() || broadcast->getNumResults() != 1)
      return rewriter.notifyMatchFailure(op, "no single-use broadcast");
    Value inner = cloneOnto(rewriter, op, broadcast.getInput());
    auto moved = linalg::BroadcastOp::create(
        rewriter, broadcast.getLoc(), inner, broadcast.getInit(),
        broadcast.getDimensions());
    rewriter.replaceOp(op, moved->getResults());
    return success();
  }
};

/// act(vector.broadcast(x)) -> vector.broadcast(act(x)).
struct ActOfVectorBroadcast : public RewritePattern {
  ActOfVectorBroadcast(MLIRContext *context)
      : RewritePattern(MatchAnyOpTypeTag(), /*benefit=*/1, context) {}

  LogicalResult matchAndRewrite(Operation *op,
                                PatternRewriter &rewriter) const override {
    if (!isUnaryActOp(op))
      return failure();
    auto broadcast = op->getOperand(0).getDefiningOp<vector::BroadcastOp>();
    if (!broadcast || !broadcast->hasOneUse())
      return rewriter.notifyMatchFailure(op, "no single-use broadcast");
    Value inner = cloneOnto(rewriter, op, broadcast.getSource());
    rewriter.replaceOpWithNewOp<vector::BroadcastOp>(op, op->getResult(0).getType(),
                                                     inner);
    return success();
  }
};

/// extract_slice(act(x)) -> act(extract_slice(x)).
struct SliceOfAct : public OpRewritePattern<tensor::ExtractSliceOp> {
  using OpRewritePattern::OpRewritePattern;

  LogicalResult matchAndRewrite(tensor::ExtractSliceOp slice,
                                PatternRewriter &rewriter) const override {
    Operation *act = slice.getSource().getDefiningOp();
    if (!isUnaryActOp(act) || !act->hasOneUse())
      return rewriter.notifyMatchFailure(slice, "source is no single-use act");
    IRMapping mapping;
    mapping.map(slice.getSource(), act->getOperand(0));
    Operation *moved = rewriter.clone(*slice, mapping);
    Value result = cloneOnto(rewriter, act, moved->getResult(0));
    rewriter.replaceOp(slice, result);
    return success();
  }
};

/// act(pad(x, v)) -> pad(act(x), v) when act(v) == v.
struct ActOfPad : public RewritePattern {
  ActOfPad(MLIRContext *context)
      : RewritePattern(MatchAnyOpTypeTag(), /*benefit=*/1, context) {}

  LogicalResult matchAndRewrite(Operation *op,
                                PatternRewriter &rewriter) const override {
    if (!isUnaryActOp(op))
      return failure();
    auto pad = op->getOperand(0).getDefiningOp<tensor::PadOp>();
    if (!pad || !pad->hasOneUse())
      return rewriter.notifyMatchFailure(op, "no single-use pad");
    Value padValue = pad.getConstantPaddingValue();
    std::optional<APFloat> v = padValue ? getSplatConstant(padValue)
                                        : std::nullopt;
    if (!v)
      return rewriter.notifyMatchFailure(op, "padding value not constant");
    APFloat mapped =
        semantics::evaluate(*getOpKind(op), getParams(op), {*v});
    if (!mapped.bitwiseIsEqual(*v))
      return rewriter.notifyMatchFailure(op, "act(pad value) != pad value");
    Value inner = cloneOnto(rewriter, op, pad.getSource());
    IRMapping mapping;
    mapping.map(pad.getSource(), inner);
    Operation *moved = rewriter.clone(*pad, mapping);
    rewriter.replaceOp(op, moved->getResults());
    return success();
  }
};

/// Whether act(max(v, w)) == max(v, act(w)) for every w and the init value
/// v of a max pooling whose body is IEEE maximum.
bool commutesWithMaxPool(Operation *act, const APFloat &v) {
  if (v.isNaN())
    return false;
  semantics::Params params = getParams(act);
  if (params.nanMode == semantics::NanMode::Ignore)
    return false;
  auto totalLessEqual = [](const APFloat &a, const APFloat &b) {
    return llvm::maximum(a, b).bitwiseIsEqual(b);
  };
  const llvm::fltSemantics &sem = v.getSemantics();
  if (isa<ReluOp>(act))
    return totalLessEqual(v, APFloat::getZero(sem));
  if (isa<ClampOp>(act))
    return totalLessEqual(v, semantics::fromDouble(params.min, sem));
  if (isa<LeakyReluOp>(act))
    return params.alpha > 0 && v.isInfinity() && v.isNegative();
  return false;
}

/// maxpool(act(x)) -> act(maxpool(x)) for monotone activations: the
/// activation then runs on the (smaller) pooled tensor.
template <typename PoolOp>
struct MaxPoolOfAct : public OpRewritePattern<PoolOp> {
  using OpRewritePattern<PoolOp>::OpRewritePattern;

  LogicalResult matchAndRewrite(PoolOp pool,
                                PatternRewriter &rewriter) const override {
    if (pool->getNumResults() != 1 || pool.getInputs().empty())
      return failure();
    Operation *act = pool.getInputs()[0].getDefiningOp();
    if (!act || !isa<ReluOp, ClampOp, LeakyReluOp>(act) || !act->hasOneUse())
      return rewriter.notifyMatchFailure(pool, "input is no monotone act");
    // The combiner must be IEEE maximum (NaN-propagating).
    if (!llvm::any_of(pool.getBlock()->getOperations(),
                      llvm::IsaPred<arith::MaximumFOp>))
      return rewriter.notifyMatchFailure(pool, "body is not maximumf");
    auto fill = pool.getOutputs()[0].template getDefiningOp<linalg::FillOp>();
    std::optional<APFloat> v =
        fill ? getSplatConstant(fill.getInputs()[0]) : std::nullopt;
    if (!v || !commutesWithMaxPool(act, *v))
      return rewriter.notifyMatchFailure(pool, "init value not compatible");
    IRMapping mapping;
    mapping.map(act->getResult(0), act->getOperand(0));
    Operation *moved = rewriter.clone(*pool, mapping);
    Value result = cloneOnto(rewriter, act, moved->getResult(0));
    rewriter.replaceOp(pool, result);
    return success();
  }
};

/// act(reshape/transpose(x)) -> reshape/transpose(act(x)) when x comes from
/// a linalg op: the activation can then fuse into that producer.
struct ActTowardsProducer : public RewritePattern {
  ActTowardsProducer(MLIRContext *context)
      : RewritePattern(MatchAnyOpTypeTag(), /*benefit=*/1, context) {}

  LogicalResult matchAndRewrite(Operation *op,
                                PatternRewriter &rewriter) const override {
    if (!isUnaryActOp(op))
      return failure();
    Operation *movement = op->getOperand(0).getDefiningOp();
    if (!movement || !movement->hasOneUse() ||
        !isa<tensor::CollapseShapeOp, tensor::ExpandShapeOp,
             linalg::TransposeOp>(movement))
      return rewriter.notifyMatchFailure(op, "no single-use reshape");
    Value source = movement->getOperand(0);
    if (!source.getDefiningOp<linalg::LinalgOp>())
      return rewriter.notifyMatchFailure(op, "source not produced by linalg");
    Value inner = cloneOnto(rewriter, op, source);
    IRMapping mapping;
    mapping.map(source, inner);
    Operation *moved = rewriter.clone(*movement, mapping);
    rewriter.replaceOp(op, moved->getResults());
    return success();
  }
};

struct ActCommutePass : public act::impl::ActCommutePassBase<ActCommutePass> {
  void runOnOperation() override {
    RewritePatternSet patterns(&getContext());
    populateActCommutePatterns(patterns);
    if (failed(applyPatternsGreedily(getOperation(), std::move(patterns))))
      return signalPassFailure();
  }
};
} // namespace

void mlir::act::populateActCommutePatterns(RewritePatternSet &patterns) {
  MLIRContext *context = patterns.getContext();
  patterns.add<ScaleOutOfRelu, ActOfLinalgBroadcast, ActOfVectorBroadcast,
               SliceOfAct, ActOfPad, MaxPoolOfAct<linalg::PoolingNhwcMaxOp>,
               MaxPoolOfAct<linalg::PoolingNchwMaxOp>, ActTowardsProducer>(
      context);
}
