//===- ActLegalizeReshapes.cpp - reshapes upstream lowers wrongly ---------===//
//
// Part of the act-mlir project.
//
//===----------------------------------------------------------------------===//
//
// Workarounds for two upstream MLIR 22 bugs with reshapes (see the pass
// description in Passes.td): reshapes of tensors without elements become
// tensor.empty, and memref.expand_shape ops that expand-strided-metadata
// cannot handle become memref.reinterpret_cast.
//
//===----------------------------------------------------------------------===//

#include "act/Dialect/Act/Transforms/Passes.h"

#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/Arith/Utils/Utils.h"
#include "mlir/Dialect/MemRef/IR/MemRef.h"
#include "mlir/Dialect/Tensor/IR/Tensor.h"
#include "mlir/Interfaces/InferTypeOpInterface.h"
#include "mlir/Transforms/GreedyPatternRewriteDriver.h"

namespace mlir {
namespace act {
#define GEN_PASS_DEF_ACTLEGALIZERESHAPESPASS
#include "act/Dialect/Act/Transforms/Passes.h.inc"
} // namespace act
} // namespace mlir

using namespace mlir;

namespace {
/// A reshape of a tensor with a static 0 size holds no element: it is a
/// tensor.empty of the result's sizes.
template <typename ReshapeOp>
struct EmptyReshapeToEmptyTensor : public OpRewritePattern<ReshapeOp> {
  using OpRewritePattern<ReshapeOp>::OpRewritePattern;

  LogicalResult matchAndRewrite(ReshapeOp op,
                                PatternRewriter &rewriter) const override {
    auto hasZero = [](RankedTensorType type) {
      return llvm::is_contained(type.getShape(), 0);
    };
    RankedTensorType resultType = op.getResultType();
    if (!hasZero(op.getSrcType()) && !hasZero(resultType))
      return rewriter.notifyMatchFailure(op, "may hold elements");
    ReifiedRankedShapedTypeDims sizes;
    if (failed(reifyResultShapes(rewriter, op, sizes)))
      return rewriter.notifyMatchFailure(op, "sizes not reifiable");
    rewriter.replaceOpWithNewOp<tensor::EmptyOp>(
        op, sizes.front(), resultType.getElementType(),
        resultType.getEncoding());
    return success();
  }
};

/// Whether upstream's expand-strided-metadata crashes on `op`: a group with
/// more than one dynamic size, or a dynamic size beside a static 0.
bool isUnsupportedByExpandStridedMetadata(memref::ExpandShapeOp op) {
  ArrayRef<int64_t> shape = op.getResultType().getShape();
  for (const ReassociationIndices &group : op.getReassociationIndices()) {
    unsigned dynamic = 0;
    bool zero = false;
    for (int64_t dim : group) {
      dynamic += ShapedType::isDynamic(shape[dim]);
      zero |= shape[dim] == 0;
    }
    if (dynamic > 1 || (dynamic == 1 && zero))
      return true;
  }
  return false;
}

/// memref.expand_shape as a reinterpret_cast of the source's base buffer:
/// within a group expanding source dimension d, the innermost size has
/// d's stride and each outer one the stride of the next times its size.
struct ExpandShapeToReinterpretCast
    : public OpRewritePattern<memref::ExpandShapeOp> {
  using OpRewritePattern::OpRewritePattern;

  LogicalResult matchAndRewrite(memref::ExpandShapeOp op,
                                PatternRewriter &rewriter) const override {
    if (!isUnsupportedByExpandStridedMetadata(op))
      return rewriter.notifyMatchFailure(op, "lowered by upstream");
    Location loc = op.getLoc();
    auto metadata =
        memref::ExtractStridedMetadataOp::create(rewriter, loc, op.getSrc());
    SmallVector<OpFoldResult> sourceStrides = metadata.getConstifiedMixedStrides();
    SmallVector<OpFoldResult> sizes = op.getMixedOutputShape();
    SmallVector<OpFoldResult> strides(sizes.size());
    for (auto [sourceDim, group] :
         llvm::enumerate(op.getReassociationIndices())) {
      OpFoldResult stride = sourceStrides[sourceDim];
      for (int64_t dim : llvm::reverse(group)) {
        strides[dim] = stride;
        stride = mulOFRs(rewriter, loc, stride, sizes[dim]);
      }
    }
    rewriter.replaceOpWithNewOp<memref::ReinterpretCastOp>(
        op, op.getResultType(), metadata.getBaseBuffer(),
        metadata.getConstifiedMixedOffset(), sizes, strides);
    return success();
  }

  static OpFoldResult mulOFRs(PatternRewriter &rewriter, Location loc,
                              OpFoldResult a, OpFoldResult b) {
    std::optional<int64_t> x = getConstantIntValue(a);
    std::optional<int64_t> y = getConstantIntValue(b);
    if (x && y)
      return rewriter.getIndexAttr(*x * *y);
    if ((x && *x == 0) || (y && *y == 0))
      return rewriter.getIndexAttr(0);
    if (x && *x == 1)
      return b;
    if (y && *y == 1)
      return a;
    return arith::MulIOp::create(
               rewriter, loc,
               getValueOrCreateConstantIndexOp(rewriter, loc, a),
               getValueOrCreateConstantIndexOp(rewriter, loc, b))
        .getResult();
  }
};

struct ActLegalizeReshapesPass
    : public act::impl::ActLegalizeReshapesPassBase<ActLegalizeReshapesPass> {
  void runOnOperation() override {
    RewritePatternSet patterns(&getContext());
    patterns.add<EmptyReshapeToEmptyTensor<tensor::ExpandShapeOp>,
                 EmptyReshapeToEmptyTensor<tensor::CollapseShapeOp>,
                 ExpandShapeToReinterpretCast>(&getContext());
    if (failed(act::applyFinalPatterns(getOperation(), std::move(patterns))))
      signalPassFailure();
  }
};
} // namespace
