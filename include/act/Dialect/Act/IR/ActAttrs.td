//===- ActAttrs.td - act dialect attributes ----------------*- tablegen -*-===//
//
// Part of the act-mlir project.
//
//===----------------------------------------------------------------------===//

#ifndef ACT_DIALECT_ACT_IR_ACTATTRS_TD
#define ACT_DIALECT_ACT_IR_ACTATTRS_TD

include "act/Dialect/Act/IR/ActBase.td"
include "mlir/IR/EnumAttr.td"

def Act_NanModePropagate : I32EnumAttrCase<"propagate", 0>;
def Act_NanModeIgnore : I32EnumAttrCase<"ignore", 1>;

def Act_NanMode : I32EnumAttr<"NanMode",
    "how `act.relu` and `act.clamp` treat a NaN input",
    [Act_NanModePropagate, Act_NanModeIgnore]> {
  let cppNamespace = "::mlir::act";
  let genSpecializedAttr = 0;
}

def Act_NanModeAttr : EnumAttr<Act_Dialect, Act_NanMode, "nan_mode"> {
  let summary = "NaN handling of relu and clamp";
  let description = [{
    `propagate` (the default): a NaN input gives a NaN result.
    `ignore`: a NaN input gives the lower bound (0 for `act.relu`, `min` for
    `act.clamp`), as `max(x, 0)` written with `maxnum` does.
  }];
  let assemblyFormat = "`<` $value `>`";
}

def Act_GeluApproxNone : I32EnumAttrCase<"none", 0>;
def Act_GeluApproxTanh : I32EnumAttrCase<"tanh", 1>;

def Act_GeluApproximation : I32EnumAttr<"GeluApproximation",
    "the formulation of `act.gelu`",
    [Act_GeluApproxNone, Act_GeluApproxTanh]> {
  let cppNamespace = "::mlir::act";
  let genSpecializedAttr = 0;
}

def Act_GeluApproximationAttr
    : EnumAttr<Act_Dialect, Act_GeluApproximation, "approximate"> {
  let summary = "GELU formulation";
  let description = [{
    `none` (the default): the exact form `0.5 x (1 + erf(x / sqrt(2)))`.
    `tanh`: `0.5 x (1 + tanh(0.7978845608028654 (x + 0.044715 x^3)))`.
  }];
  let assemblyFormat = "`<` $value `>`";
}

#endif // ACT_DIALECT_ACT_IR_ACTATTRS_TD
