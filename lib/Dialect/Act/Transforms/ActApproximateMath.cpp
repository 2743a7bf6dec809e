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

namespace {
struct ActApproximateMathPass
    : public act::impl::ActApproximateMathPassBase<ActApproximateMathPass> {
  using ActApproximateMathPassBase::ActApproximateMathPassBase;

  void runOnOperation() override {
    if (polynomial) {
      RewritePatternSet patterns(&getContext());
      populateMathPolynomialApproximationPatterns(patterns);
      if (failed(applyPatternsGreedily(getOperation(), std::move(patterns))))
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

struct ActExpandBF16Pass
    : public act::impl::ActExpandBF16PassBase<ActExpandBF16Pass> {
  void runOnOperation() override {
    RewritePatternSet patterns(&getContext());
    arith::populateExpandBFloat16Patterns(patterns);
    if (failed(applyPatternsGreedily(getOperation(), std::move(patterns))))
      return signalPassFailure();
  }
};
} // namespace
