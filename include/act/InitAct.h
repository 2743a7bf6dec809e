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

#include "act/Dialect/Act/IR/ActDialect.h"
#include "act/Dialect/Act/Transforms/Passes.h"

#include "mlir/IR/DialectRegistry.h"

namespace mlir {
namespace act {

/// Adds the act dialect (and the dialects it depends on) to `registry`.
inline void registerActDialects(DialectRegistry &registry) {
  registry.insert<ActDialect, arith::ArithDialect>();
}

/// Registers every act pass with the global pass registry.
inline void registerActPasses() { registerActTransformsPasses(); }

} // namespace act
} // namespace mlir

#endif // ACT_INITACT_H
