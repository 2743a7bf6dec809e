//===- Passes.h - act dialect transformation passes -------------*- C++ -*-===//
//
// Part of the act-mlir project.
//
//===----------------------------------------------------------------------===//

#ifndef ACT_DIALECT_ACT_TRANSFORMS_PASSES_H
#define ACT_DIALECT_ACT_TRANSFORMS_PASSES_H

#include "mlir/Pass/Pass.h"

namespace mlir {
class RewritePatternSet;

namespace act {

#define GEN_PASS_DECL
#include "act/Dialect/Act/Transforms/Passes.h.inc"

/// Adds the folders' companions: the canonicalization patterns of every act
/// op (exact rewrites only).
void populateActSimplifyPatterns(RewritePatternSet &patterns);

/// Adds the exact commuting rewrites of act-commute.
void populateActCommutePatterns(RewritePatternSet &patterns);

#define GEN_PASS_REGISTRATION
#include "act/Dialect/Act/Transforms/Passes.h.inc"

} // namespace act
} // namespace mlir

#endif // ACT_DIALECT_ACT_TRANSFORMS_PASSES_H
