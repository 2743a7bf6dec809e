//===- ActToLinalg.h - act ops on tensors to linalg.generic -----*- C++ -*-===//
//
// Part of the act-mlir project.
//
//===----------------------------------------------------------------------===//

#ifndef ACT_CONVERSION_ACTTOLINALG_ACTTOLINALG_H
#define ACT_CONVERSION_ACTTOLINALG_ACTTOLINALG_H

#include "mlir/Pass/Pass.h"

namespace mlir {
class ConversionTarget;
class RewritePatternSet;

namespace act {

#define GEN_PASS_DECL_CONVERTACTTOLINALGPASS
#include "act/Conversion/Passes.h.inc"

/// Patterns rewriting act ops on ranked tensors into linalg.generic ops whose
/// body applies the same act op to scalars (upstream's elementwise-to-linalg
/// patterns, which apply to every ElementwiseMappable op).
void populateActToLinalgConversionPatterns(RewritePatternSet &patterns);

/// Marks act ops on tensors illegal and everything else legal.
void configureActToLinalgConversionTarget(ConversionTarget &target);

} // namespace act
} // namespace mlir

#endif // ACT_CONVERSION_ACTTOLINALG_ACTTOLINALG_H
