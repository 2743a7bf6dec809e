//===- ActToLinalg.cpp - act ops on tensors to linalg.generic ---*- C++ -*-===//
//
// Part of the act-mlir project.
//
//===----------------------------------------------------------------------===//
//
// Each act op on ranked tensors becomes a linalg.generic with parallel
// iterators and identity maps whose body is the same act op on scalars. The
// destination is always a fresh tensor.empty sized from the first operand
// (upstream's elementwise-to-linalg reuses an operand as the destination,
// which gives a producer a second use and stops elementwise fusion with
// dynamic shapes).
//
//===----------------------------------------------------------------------===//

#include "act/Conversion/ActToLinalg/ActToLinalg.h"

#include "act/Dialect/Act/IR/ActDialect.h"

#include "mlir/Dialect/Linalg/IR/Linalg.h"
#include "mlir/IR/IRMapping.h"
#include "mlir/Dialect/Tensor/IR/Tensor.h"
#include "mlir/Transforms/DialectConversion.h"

namespace mlir {
namespace act {
#define GEN_PASS_DEF_CONVERTACTTOLINALGPASS
#include "act/Conversion/Passes.h.inc"
} // namespace act
} // namespace mlir

using namespace mlir;
using namespace mlir::act;

/// True for act ops with a ranked tensor operand.
static bool isActOpOnTensors(Operation *op) {
  return isa_and_present<ActDialect>(op->getDialect()) &&
         llvm::any_of(op->getOperandTypes(), llvm::IsaPred<RankedTensorType>);
}

namespace {
/// act op on tensors -> linalg.generic { act op on scalars }.
struct ActOpToGeneric : public RewritePattern {
  ActOpToGeneric(MLIRContext *context)
      : RewritePattern(MatchAnyOpTypeTag(), /*benefit=*/1, context) {}

  LogicalResult matchAndRewrite(Operation *op,
                                PatternRewriter &rewriter) const override {
    if (!isActOpOnTensors(op) || op->getNumResults() != 1)
      return rewriter.notifyMatchFailure(op, "not an act op on tensors");
    auto type = cast<RankedTensorType>(op->getResult(0).getType());
    Location loc = op->getLoc();
    SmallVector<OpFoldResult> sizes =
        tensor::getMixedSizes(rewriter, loc, op->getOperand(0));
    Value init = tensor::EmptyOp::create(rewriter, loc, sizes,
                                         type.getElementType());
    unsigned rank = type.getRank();
    SmallVector<AffineMap> maps(
        op->getNumOperands() + 1,
        AffineMap::getMultiDimIdentityMap(rank, rewriter.getContext()));
    SmallVector<utils::IteratorType> iterators(rank,
                                               utils::IteratorType::parallel);
    auto generic = linalg::GenericOp::create(
        rewriter, loc, TypeRange{type}, op->getOperands(), ValueRange{init},
        maps, iterators,
        [&](OpBuilder &b, Location nestedLoc, ValueRange args) {
          IRMapping mapping;
          mapping.map(op->getOperands(), args.drop_back());
          Operation *scalar = b.clone(*op, mapping);
          scalar->setLoc(nestedLoc);
          scalar->getResult(0).setType(type.getElementType());
          linalg::YieldOp::create(b, nestedLoc, scalar->getResult(0));
        });
    rewriter.replaceOp(op, generic->getResults());
    return success();
  }
};
} // namespace

void mlir::act::populateActToLinalgConversionPatterns(
    RewritePatternSet &patterns) {
  patterns.add<ActOpToGeneric>(patterns.getContext());
}

void mlir::act::configureActToLinalgConversionTarget(
    ConversionTarget &target) {
  target.markUnknownOpDynamicallyLegal(
      [](Operation *op) { return !isActOpOnTensors(op); });
}

namespace {
struct ConvertActToLinalgPass
    : public act::impl::ConvertActToLinalgPassBase<ConvertActToLinalgPass> {
  void runOnOperation() override {
    ConversionTarget target(getContext());
    configureActToLinalgConversionTarget(target);
    RewritePatternSet patterns(&getContext());
    populateActToLinalgConversionPatterns(patterns);
    if (failed(applyPartialConversion(getOperation(), target,
                                      std::move(patterns))))
      signalPassFailure();
  }
};
} // namespace
