//===- ActToLinalg.cpp - act ops on tensors to linalg.generic ---*- C++ -*-===//
//
// Part of the act-mlir project.
//
//===----------------------------------------------------------------------===//
//
// Act ops are ElementwiseMappable, so upstream's elementwise-to-linalg
// patterns already produce the right linalg.generic (parallel iterators,
// identity maps, tensor.empty destination sized from the operand, the op
// itself on scalars in the body). This pass only restricts them to act ops.
//
//===----------------------------------------------------------------------===//

#include "act/Conversion/ActToLinalg/ActToLinalg.h"

#include "act/Dialect/Act/IR/ActDialect.h"

#include "mlir/Dialect/Linalg/IR/Linalg.h"
#include "mlir/Dialect/Linalg/Transforms/Transforms.h"
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
  return isa<ActDialect>(op->getDialect()) &&
         llvm::any_of(op->getOperandTypes(), llvm::IsaPred<RankedTensorType>);
}

void mlir::act::populateActToLinalgConversionPatterns(
    RewritePatternSet &patterns) {
  linalg::populateElementwiseToLinalgConversionPatterns(patterns);
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
