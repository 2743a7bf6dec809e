//===- ActFuse.cpp - elementwise and epilogue fusion of activations -------===//
//
// Part of the act-mlir project.
//
//===----------------------------------------------------------------------===//
//
// Reuses upstream linalg machinery: the elementwise fusion patterns, and
// tile-and-fuse through TilingInterface for the epilogue.
//
//===----------------------------------------------------------------------===//

#include "act/Conversion/ActToLinalg/ActToLinalg.h"
#include "act/Dialect/Act/IR/ActDialect.h"
#include "act/Dialect/Act/Transforms/Passes.h"

#include "mlir/Dialect/Affine/IR/AffineOps.h"
#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/Linalg/IR/Linalg.h"
#include "mlir/Dialect/Linalg/Transforms/Transforms.h"
#include "mlir/Dialect/SCF/IR/SCF.h"
#include "mlir/Dialect/SCF/Transforms/TileUsingInterface.h"
#include "mlir/Dialect/Tensor/IR/Tensor.h"
#include "mlir/IR/PatternMatch.h"
#include "mlir/Interfaces/TilingInterface.h"
#include "mlir/Transforms/GreedyPatternRewriteDriver.h"

namespace mlir {
namespace act {
#define GEN_PASS_DEF_ACTFUSEPASS
#include "act/Dialect/Act/Transforms/Passes.h.inc"
} // namespace act
} // namespace mlir

using namespace mlir;

namespace {

/// An elementwise generic whose body applies an act op.
bool isActivationGeneric(linalg::GenericOp generic) {
  return generic.getNumDpsInits() == 1 &&
         generic.getNumLoops() == generic.getNumParallelLoops() &&
         llvm::any_of(generic.getBody()->getOperations(), [](Operation &op) {
           return isa_and_present<act::ActDialect>(op.getDialect());
         });
}

/// The contraction or convolution feeding `generic`, if it is its only use.
linalg::LinalgOp getEpilogueProducer(linalg::GenericOp generic) {
  for (Value input : generic.getDpsInputs()) {
    auto producer = input.getDefiningOp<linalg::LinalgOp>();
    if (!producer || !producer->hasOneUse() ||
        producer->getNumResults() != 1)
      continue;
    if (linalg::isaContractionOpInterface(producer) ||
        linalg::isaConvolutionOpInterface(producer))
      return producer;
  }
  return {};
}

struct ActFusePass : public act::impl::ActFusePassBase<ActFusePass> {
  using ActFusePassBase::ActFusePassBase;

  void runOnOperation() override {
    if (elementwise && failed(fuseElementwise()))
      return signalPassFailure();
    if (epilogue && failed(fuseEpilogues()))
      return signalPassFailure();
  }

  LogicalResult fuseElementwise() {
    RewritePatternSet patterns(&getContext());
    // Act ops on tensors become linalg.generic first, so they can fuse.
    act::populateActToLinalgConversionPatterns(patterns);
    // Single-use producers only: fusing into several consumers would
    // recompute the producer once per consumer. Bodies up to maxFusedOps:
    // each fusion copies both bodies (see the pass description).
    unsigned limit = maxFusedOps;
    auto bodySize = [](Operation *op) -> size_t {
      auto linalgOp = dyn_cast<linalg::LinalgOp>(op);
      return linalgOp ? linalgOp.getBlock()->getOperations().size() : 1;
    };
    linalg::populateElementwiseOpsFusionPatterns(
        patterns, [=](OpOperand *fused) {
          Operation *producer = fused->get().getDefiningOp();
          if (!producer || !producer->hasOneUse())
            return false;
          return limit == 0 ||
                 bodySize(producer) + bodySize(fused->getOwner()) <= limit;
        });
    return applyPatternsGreedily(getOperation(), std::move(patterns));
  }

  LogicalResult fuseEpilogues() {
    SmallVector<linalg::GenericOp> candidates;
    getOperation()->walk([&](linalg::GenericOp generic) {
      if (generic.hasPureTensorSemantics() && isActivationGeneric(generic) &&
          getEpilogueProducer(generic))
        candidates.push_back(generic);
    });
    SmallVector<int64_t> sizes(tileSizes.begin(), tileSizes.end());
    if (sizes.empty())
      sizes = {32, 64};
    IRRewriter rewriter(&getContext());
    for (linalg::GenericOp generic : candidates) {
      // Static, evenly divided tiles only: boundary tiles of dynamic size
      // would leave loop bounds that later affine lowering cannot express.
      SmallVector<int64_t> ranges = generic.getStaticLoopRanges();
      if (llvm::any_of(ranges, ShapedType::isDynamic))
        continue;
      // Nothing to gain from empty iteration spaces, and upstream tiling
      // crashes on some (a matmul with M = K = 0).
      SmallVector<int64_t> producerRanges =
          getEpilogueProducer(generic).getStaticLoopRanges();
      if (llvm::is_contained(ranges, 0) ||
          llvm::is_contained(producerRanges, 0))
        continue;
      unsigned rank = ranges.size();
      SmallVector<OpFoldResult> tiles(rank, rewriter.getIndexAttr(1));
      unsigned n = std::min<unsigned>(rank, sizes.size());
      for (unsigned i = 0; i < n; ++i) {
        unsigned dim = rank - n + i;
        int64_t size = sizes[sizes.size() - n + i];
        // A size that does not divide the range: leave that loop untiled.
        tiles[dim] = rewriter.getIndexAttr(
            size > 0 && ranges[dim] % size == 0 ? size : 0);
      }
      scf::SCFTileAndFuseOptions options;
      scf::SCFTilingOptions tiling;
      tiling.setTileSizes(tiles);
      options.setTilingOptions(tiling);
      rewriter.setInsertionPoint(generic);
      FailureOr<scf::SCFTileAndFuseResult> result =
          scf::tileConsumerAndFuseProducersUsingSCF(
              rewriter, cast<TilingInterface>(generic.getOperation()),
              options);
      if (failed(result)) {
        generic.emitWarning("act-fuse: epilogue tiling failed; left unfused");
        continue;
      }
      for (OpResult r : generic->getResults()) {
        auto it = result->replacements.find(r);
        if (it != result->replacements.end())
          rewriter.replaceAllUsesWith(r, it->second);
      }
      rewriter.eraseOp(generic);
      // The untiled producers are dead now (each had a single use).
      for (Operation *producer : llvm::reverse(result->fusedProducers))
        if (producer->use_empty())
          rewriter.eraseOp(producer);
    }
    return success();
  }
};
} // namespace
