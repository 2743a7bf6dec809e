//===- Passes.h - act dialect transformation passes -------------*- C++ -*-===//
//
// Part of the act-mlir project.
//
//===----------------------------------------------------------------------===//

#ifndef ACT_DIALECT_ACT_TRANSFORMS_PASSES_H
#define ACT_DIALECT_ACT_TRANSFORMS_PASSES_H

#include "mlir/Pass/Pass.h"
#include "mlir/Rewrite/FrozenRewritePatternSet.h"

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

/// Adds the patterns of act-raise: activation functions written with
/// arith/math/tosa ops become act ops where the semantics are identical
/// (see docs/Raising.md). With `liftGenerics`, a linalg.generic applying one
/// act op to its input becomes that act op on the tensor.
void populateActRaisePatterns(RewritePatternSet &patterns,
                              bool liftGenerics = true);

/// Whether an op nested under `root` (or `root` itself) has an operand or a
/// result whose element type is bf16. The bf16 passes return at once where
/// none has: on f32 models they took 10% of the pipeline's time for
/// nothing.
bool mentionsBF16(Operation *root);

/// Applies `patterns` whose every match is final (the replacement holds
/// nothing they match again, and must not be folded: e.g. extf(truncf(x)),
/// a rounding): one greedy sweep without folding or region simplification.
LogicalResult applyFinalPatterns(Operation *op,
                                 const FrozenRewritePatternSet &patterns);

#define GEN_PASS_REGISTRATION
#include "act/Dialect/Act/Transforms/Passes.h.inc"

} // namespace act
} // namespace mlir

#endif // ACT_DIALECT_ACT_TRANSFORMS_PASSES_H
