//===- ActBF16MovesAsI16.cpp - bf16 data movement as i16 in LLVM ----------===//
//
// Part of the act-mlir project.
//
//===----------------------------------------------------------------------===//

#include "act/Dialect/Act/Transforms/Passes.h"

#include "mlir/Dialect/LLVMIR/LLVMDialect.h"
#include "mlir/Transforms/GreedyPatternRewriteDriver.h"

namespace mlir {
namespace act {
#define GEN_PASS_DEF_ACTBF16MOVESASI16PASS
#include "act/Dialect/Act/Transforms/Passes.h.inc"
} // namespace act
} // namespace mlir

using namespace mlir;

namespace {
/// Whether `type` is moved as i16: bf16 scalars and one-lane vectors, the
/// forms LLVM's x86 backend moves through vcvtneps2bf16. Wider vectors stay
/// bfloat: as <N x i16> (N = 4, 8), LLVM 22 miscompiled a bf16 leaky_relu +
/// absf pair on NaN inputs to +0
/// (test/Differential/bf16-vector-moves-nan.mlir),
/// and the vector bfloat moves are exact.
bool movesAsI16(Type type) {
  if (auto vector = dyn_cast<VectorType>(type))
    return vector.getElementType().isBF16() && vector.getNumElements() == 1;
  return type.isBF16();
}

/// `type` (bf16 or a vector of bf16) with i16 elements.
Type asI16(Type type) {
  auto i16 = IntegerType::get(type.getContext(), 16);
  if (auto vector = dyn_cast<VectorType>(type))
    return vector.clone(i16);
  return i16;
}

Value bitcast(PatternRewriter &rewriter, Location loc, Type to, Value value) {
  return LLVM::BitcastOp::create(rewriter, loc, to, value);
}

/// Rebuilds `op` with the bf16 operands at `positions` and a bf16 result
/// as i16; the result is cast back.
LogicalResult rebuildAsI16(Operation *op, ArrayRef<unsigned> positions,
                           PatternRewriter &rewriter) {
  Location loc = op->getLoc();
  SmallVector<Value> operands(op->getOperands());
  for (unsigned position : positions)
    operands[position] = bitcast(
        rewriter, loc, asI16(operands[position].getType()), operands[position]);
  OperationState state(loc, op->getName());
  state.addOperands(operands);
  state.addAttributes(op->getAttrs());
  for (Type type : op->getResultTypes())
    state.addTypes(movesAsI16(type) ? asI16(type) : type);
  Operation *rebuilt = rewriter.create(state);
  SmallVector<Value> results;
  for (auto [old, now] : llvm::zip(op->getResults(), rebuilt->getResults()))
    results.push_back(old.getType() == now.getType()
                          ? now
                          : bitcast(rewriter, loc, old.getType(), now));
  rewriter.replaceOp(op, results);
  return success();
}

/// Loads (plain and masked) and selects of bf16: rebuilt on i16.
struct MovesAsI16 : public RewritePattern {
  MovesAsI16(MLIRContext *context)
      : RewritePattern(MatchAnyOpTypeTag(), /*benefit=*/1, context) {}

  LogicalResult matchAndRewrite(Operation *op,
                                PatternRewriter &rewriter) const override {
    if (isa<LLVM::LoadOp>(op) && movesAsI16(op->getResult(0).getType()))
      return rebuildAsI16(op, {}, rewriter);
    if (auto load = dyn_cast<LLVM::MaskedLoadOp>(op);
        load && movesAsI16(load.getType())) {
      // Operands: address, mask, then the optional pass-through value.
      SmallVector<unsigned> positions;
      for (unsigned i = 2; i < op->getNumOperands(); ++i)
        positions.push_back(i);
      return rebuildAsI16(op, positions, rewriter);
    }
    if (isa<LLVM::SelectOp>(op) && movesAsI16(op->getResult(0).getType()))
      return rebuildAsI16(op, {1, 2}, rewriter);
    // Stores: the stored value is operand 0 (plain and masked).
    if (isa<LLVM::StoreOp, LLVM::MaskedStoreOp>(op) &&
        movesAsI16(op->getOperand(0).getType()))
      return rebuildAsI16(op, {0}, rewriter);
    return rewriter.notifyMatchFailure(op, "no bf16 move");
  }
};

struct ActBF16MovesAsI16Pass
    : public act::impl::ActBF16MovesAsI16PassBase<ActBF16MovesAsI16Pass> {
  void runOnOperation() override {
    if (!act::mentionsBF16(getOperation()))
      return markAllAnalysesPreserved();
    RewritePatternSet patterns(&getContext());
    patterns.add<MovesAsI16>(&getContext());
    if (failed(act::applyFinalPatterns(getOperation(), std::move(patterns))))
      signalPassFailure();
  }
};
} // namespace
