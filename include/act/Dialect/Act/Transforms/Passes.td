//===- Passes.td - act dialect transformation passes -------*- tablegen -*-===//
//
// Part of the act-mlir project.
//
//===----------------------------------------------------------------------===//

#ifndef ACT_DIALECT_ACT_TRANSFORMS_PASSES_TD
#define ACT_DIALECT_ACT_TRANSFORMS_PASSES_TD

include "mlir/Pass/PassBase.td"

def ActSimplifyPass : Pass<"act-simplify"> {
  let summary = "Fold and simplify act ops with exact rewrites only";
  let description = [{
    Applies the folders and canonicalization patterns of the act dialect, and
    nothing else: constant folding of every op on scalars, splats and dense
    constants through the reference semantics, and the exact composition of
    relu and clamp (`relu(relu x)`, clamp of clamp, relu around clamp),
    respecting `nan_mode`. Unlike `--canonicalize`, ops of other dialects are
    left alone, which makes the pass safe to run inside other pipelines.

    Example:

    ```mlir
    %0 = act.relu %x : tensor<8xf32>
    %1 = act.clamp %0 {min = -1.0 : f64, max = 6.0 : f64} : tensor<8xf32>
    // becomes
    %1 = act.clamp %x {min = 0.0 : f64, max = 6.0 : f64} : tensor<8xf32>
    ```
  }];
  let dependentDialects = ["::mlir::arith::ArithDialect"];
  let statistics = [
    Statistic<"numRewritten", "num-rewritten",
              "Number of act ops folded or rewritten">
  ];
}

#endif // ACT_DIALECT_ACT_TRANSFORMS_PASSES_TD
