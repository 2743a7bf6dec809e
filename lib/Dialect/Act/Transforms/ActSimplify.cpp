//===- ActSimplify.cpp - exact folding of act ops ---------------*- C++ -*-===//
//
// Part of the act-mlir project.
//
//===----------------------------------------------------------------------===//

#include "act/Dialect/Act/IR/ActDialect.h"
#include "act/Dialect/Act/IR/ActOps.h"
#include "act/Dialect/Act/Transforms/Passes.h"

#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/IR/PatternMatch.h"
#include "mlir/Transforms/GreedyPatternRewriteDriver.h"

namespace mlir {
namespace act {
#define GEN_PASS_DEF_ACTSIMPLIFYPASS
#include "act/Dialect/Act/Transforms/Passes.h.inc"
} // namespace act
} // namespace mlir

using namespace mlir;
using namespace mlir::act;

void mlir::act::populateActSimplifyPatterns(RewritePatternSet &patterns) {
  MLIRContext *context = patterns.getContext();
  ReluOp::getCanonicalizationPatterns(patterns, context);
  ClampOp::getCanonicalizationPatterns(patterns, context);
  LeakyReluOp::getCanonicalizationPatterns(patterns, context);
  ThresholdOp::getCanonicalizationPatterns(patterns, context);
}

namespace {
/// Counts the act ops the greedy driver folds, erases or replaces.
class ActRewriteCounter : public RewriterBase::Listener {
public:
  void notifyOperationReplaced(Operation *op, ValueRange) override {
    count(op);
  }
  void notifyOperationErased(Operation *op) override { count(op); }
  uint64_t numRewritten = 0;

private:
  void count(Operation *op) {
    if (isa_and_present<ActDialect>(op->getDialect()))
      ++numRewritten;
  }
};

struct ActSimplifyPass
    : public act::impl::ActSimplifyPassBase<ActSimplifyPass> {
  LogicalResult initialize(MLIRContext *context) override {
    RewritePatternSet patternList(context);
    populateActSimplifyPatterns(patternList);
    patterns = std::move(patternList);
    return success();
  }

  void runOnOperation() override {
    ActRewriteCounter counter;
    GreedyRewriteConfig config;
    config.setListener(&counter);
    // Only act ops are visited: the folders of other dialects stay off.
    SmallVector<Operation *> actOps;
    getOperation()->walk([&](Operation *op) {
      if (!isa_and_present<ActDialect>(op->getDialect()))
        return;
      // Constants feeding act ops are visited too, so that those left dead
      // by folding are erased.
      for (Value operand : op->getOperands())
        if (Operation *producer = operand.getDefiningOp();
            producer && producer->hasTrait<OpTrait::ConstantLike>())
          actOps.push_back(producer);
      actOps.push_back(op);
    });
    config.setStrictness(GreedyRewriteStrictness::ExistingAndNewOps);
    if (failed(applyOpPatternsGreedily(actOps, patterns, config)))
      getOperation()->emitWarning()
          << "act-simplify did not converge; the IR is correct but may not "
             "be fully simplified";
    numRewritten += counter.numRewritten;
  }

  FrozenRewritePatternSet patterns;
};
} // namespace
