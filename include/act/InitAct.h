//===- InitAct.h - register everything act-mlir provides --------*- C++ -*-===//
//
// Part of the act-mlir project.
//
//===----------------------------------------------------------------------===//
//
// Entry points for tools and embedders: register the act dialect, its passes
// and its pipelines with a DialectRegistry / the global pass registry.
//
//===----------------------------------------------------------------------===//

#ifndef ACT_INITACT_H
#define ACT_INITACT_H

#include "act/Conversion/Passes.h"
#include "act/Dialect/Act/IR/ActDialect.h"
#include "act/Dialect/Act/Transforms/Passes.h"
#include "act/Pipelines/Pipelines.h"

#include "mlir/IR/DialectRegistry.h"

namespace mlir {
namespace act {

/// Adds the act dialect (and the dialects it depends on) to `registry`.
inline void registerActDialects(DialectRegistry &registry) {
  registry.insert<ActDialect, arith::ArithDialect>();
}

/// Registers every act pass with the global pass registry. The pipelines are
/// registered by registerActPipelines() (Pipelines.h); their upstream passes
/// must be registered too (mlir::registerAllPasses()).
inline void registerActPasses() {
  registerActTransformsPasses();
  registerActConversionPasses();
}

} // namespace act
} // namespace mlir

#endif // ACT_INITACT_H
