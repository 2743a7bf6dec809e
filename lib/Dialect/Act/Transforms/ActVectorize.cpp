//===- ActVectorize.cpp - the affine super-vectorizer, quietly ------------===//
//
// Part of the act-mlir project.
//
//===----------------------------------------------------------------------===//

#include "act/Dialect/Act/Transforms/Passes.h"

#include "mlir/Dialect/Affine/IR/AffineOps.h"
#include "mlir/Dialect/Affine/LoopUtils.h"
#include "mlir/Dialect/Affine/Transforms/Passes.h"
#include "mlir/Dialect/Func/IR/FuncOps.h"
#include "mlir/Dialect/Vector/IR/VectorOps.h"
#include "mlir/IR/Diagnostics.h"
#include "mlir/Pass/PassManager.h"

namespace mlir {
namespace act {
#define GEN_PASS_DEF_ACTVECTORIZEPASS
#include "act/Dialect/Act/Transforms/Passes.h.inc"
} // namespace act
} // namespace mlir

using namespace mlir;

namespace {
/// Wider vectors than any target has only blow up compile time and memory.
constexpr int64_t kMaxVectorSize = 1024;

struct ActVectorizePass
    : public act::impl::ActVectorizePassBase<ActVectorizePass> {
  using ActVectorizePassBase::ActVectorizePassBase;

  void runOnOperation() override {
    if (vectorSize < 1 || vectorSize > kMaxVectorSize) {
      getOperation().emitError()
          << "act-vectorize: vector-size (act-cpu-pipeline's vector-width) "
             "must be between 1 and "
          << kMaxVectorSize << ", got " << vectorSize;
      return signalPassFailure();
    }
    // A loop of one iteration carries no dependence, so the vectorizer
    // takes it as parallel even when the stores in it do not depend on its
    // induction variable (a pooling window dimension of 1, whose body
    // accumulates into one element): it would build a vector store with a
    // broadcast dimension, which the verifier rejects. Such loops are no
    // loops; inline their bodies first (innermost first).
    getOperation()->walk<WalkOrder::PostOrder>([](affine::AffineForOp loop) {
      (void)affine::promoteIfSingleIteration(loop);
    });
    // One lane is the scalar loop: vector<1xT> accesses gain nothing, and
    // LLVM's x86 backend legalizes masked <1 x bfloat> loads and stores
    // through f32 with vcvtneps2bf16, which flushes subnormals.
    if (vectorSize == 1)
      return;
    OpPassManager pm(func::FuncOp::getOperationName());
    affine::AffineVectorizeOptions options;
    options.vectorSizes = {vectorSize};
    pm.addPass(affine::createAffineVectorize(options));
    // The vectorizer leaves a loop it cannot handle as it is, but reports
    // an "NYI" error for it; only those reports are dropped.
    ScopedDiagnosticHandler handler(&getContext(), [](Diagnostic &diag) {
      return success(diag.getSeverity() == DiagnosticSeverity::Error &&
                     StringRef(diag.str()).starts_with("NYI:"));
    });
    if (failed(runPipeline(pm, getOperation())))
      signalPassFailure();
  }
};
} // namespace
