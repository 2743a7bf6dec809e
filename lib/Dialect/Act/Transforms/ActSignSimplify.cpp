//===- ActSignSimplify.cpp - rewrites proven by the sign analysis -*- C++ -*-===//
//
// Part of the act-mlir project.
//
//===----------------------------------------------------------------------===//

#include "act/Dialect/Act/Analysis/SignAnalysis.h"
#include "act/Dialect/Act/IR/ActOps.h"
#include "act/Dialect/Act/Transforms/Passes.h"

#include "mlir/Analysis/DataFlow/Utils.h"
#include "mlir/Analysis/DataFlowFramework.h"
#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/Linalg/IR/Linalg.h"
#include "mlir/Dialect/Tensor/IR/Tensor.h"
#include "mlir/IR/BuiltinOps.h"
#include "mlir/IR/PatternMatch.h"
#include "mlir/IR/TypeUtilities.h"

namespace mlir {
namespace act {
#define GEN_PASS_DEF_ACTSIGNSIMPLIFYPASS
#define GEN_PASS_DEF_ACTREPORTDEADPASS
#include "act/Dialect/Act/Transforms/Passes.h.inc"
} // namespace act
} // namespace mlir

using namespace mlir;
using namespace mlir::act;

namespace {
/// What the sign analysis proves about one relu or clamp.
enum class Verdict { None, Identity, Dead, DeadExceptNaN };

Verdict judge(DataFlowSolver &solver, Operation *op) {
  auto floatType =
      dyn_cast<FloatType>(getElementTypeOrSelf(op->getResult(0).getType()));
  if (!floatType)
    return Verdict::None;
  SignSet x = getSignSet(solver, op->getOperand(0));
  semantics::Params params = getParams(op);
  bool ignore = params.nanMode == semantics::NanMode::Ignore;
  bool noNaN = !x.mayBe(SignSet::NaN);
  if (isa<ReluOp>(op)) {
    uint8_t identity = SignSet::kPositive | (ignore ? 0 : SignSet::NaN);
    if (x.isSubsetOf(identity))
      return Verdict::Identity;
    if (x.isSubsetOf(SignSet::kNegative | SignSet::PosZero | SignSet::NaN)) {
      auto fastmath = cast<ReluOp>(op).getFastmath();
      bool nnan = arith::bitEnumContainsAll(fastmath,
                                            arith::FastMathFlags::nnan);
      return noNaN || ignore || nnan ? Verdict::Dead : Verdict::DeadExceptNaN;
    }
    return Verdict::None;
  }
  if (auto clamp = dyn_cast<ClampOp>(op)) {
    // Identity when every class x may hold is a single value inside the
    // bounds: only zeros qualify (the other classes are unbounded intervals
    // or infinities outside the finite bounds).
    const llvm::fltSemantics &sem = floatType.getFloatSemantics();
    APFloat lo = semantics::fromDouble(params.min, sem);
    APFloat hi = semantics::fromDouble(params.max, sem);
    // v in [lo, hi] in the clamp's order (-0 < +0): clamp(v) == v.
    auto inside = [&](const APFloat &v) {
      return llvm::minimum(llvm::maximum(v, lo), hi).bitwiseIsEqual(v);
    };
    uint8_t allowed = ignore ? 0 : SignSet::NaN;
    if (inside(APFloat::getZero(sem, /*Negative=*/true)))
      allowed |= SignSet::NegZero;
    if (inside(APFloat::getZero(sem, /*Negative=*/false)))
      allowed |= SignSet::PosZero;
    if (x.isSubsetOf(allowed) && !x.isUninitialized())
      return Verdict::Identity;
  }
  return Verdict::None;
}

/// A zero of `type` (scalar, vector or tensor, static or dynamic shape),
/// built with the sizes of `like`.
Value buildZeros(OpBuilder &builder, Location loc, Type type, Value like) {
  Type elementType = getElementTypeOrSelf(type);
  auto zero = cast<TypedAttr>(builder.getZeroAttr(elementType));
  auto shaped = dyn_cast<ShapedType>(type);
  if (!shaped)
    return arith::ConstantOp::create(builder, loc, zero);
  if (shaped.hasStaticShape())
    return arith::ConstantOp::create(builder, loc,
                                     SplatElementsAttr::get(shaped, zero));
  Value scalar = arith::ConstantOp::create(builder, loc, zero);
  Value empty = tensor::EmptyOp::create(
      builder, loc, tensor::getMixedSizes(builder, loc, like), elementType);
  return linalg::FillOp::create(builder, loc, scalar, empty).getResult(0);
}

/// Runs the sign analysis on `root`; fails if the solver fails.
LogicalResult runSignAnalysis(Operation *root, DataFlowSolver &solver) {
  dataflow::loadBaselineAnalyses(solver);
  solver.load<SignAnalysis>();
  return solver.initializeAndRun(root);
}

void emitDeadRemark(Operation *op, Verdict verdict) {
  op->emitRemark() << "dead activation: the input is never positive, so "
                   << "the output is zero"
                   << (verdict == Verdict::DeadExceptNaN
                           ? " except where the input is NaN"
                           : "");
}

struct ActSignSimplifyPass
    : public act::impl::ActSignSimplifyPassBase<ActSignSimplifyPass> {
  using ActSignSimplifyPassBase::ActSignSimplifyPassBase;

  void runOnOperation() override {
    DataFlowSolver solver;
    if (failed(runSignAnalysis(getOperation(), solver)))
      return signalPassFailure();
    SmallVector<std::pair<Operation *, Verdict>> rewrites;
    getOperation()->walk([&](Operation *op) {
      if (!isa<ReluOp, ClampOp>(op))
        return;
      Verdict verdict = judge(solver, op);
      if (reportDead &&
          (verdict == Verdict::Dead || verdict == Verdict::DeadExceptNaN))
        emitDeadRemark(op, verdict);
      if (verdict == Verdict::Identity || verdict == Verdict::Dead)
        rewrites.push_back({op, verdict});
    });
    // The analysis results stay valid while rewriting: each rewrite
    // replaces a value by one with the same (or a smaller) set of classes.
    IRRewriter rewriter(&getContext());
    for (auto [op, verdict] : rewrites) {
      rewriter.setInsertionPoint(op);
      Value replacement =
          verdict == Verdict::Identity
              ? op->getOperand(0)
              : buildZeros(rewriter, op->getLoc(), op->getResult(0).getType(),
                           op->getOperand(0));
      rewriter.replaceOp(op, replacement);
    }
  }
};

struct ActReportDeadPass
    : public act::impl::ActReportDeadPassBase<ActReportDeadPass> {
  void runOnOperation() override {
    DataFlowSolver solver;
    if (failed(runSignAnalysis(getOperation(), solver)))
      return signalPassFailure();
    getOperation()->walk([&](ReluOp op) {
      Verdict verdict = judge(solver, op);
      if (verdict == Verdict::Dead || verdict == Verdict::DeadExceptNaN)
        emitDeadRemark(op, verdict);
    });
    markAllAnalysesPreserved();
  }
};
} // namespace
