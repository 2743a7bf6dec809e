//===- ActOps.td - act dialect operations ------------------*- tablegen -*-===//
//
// Part of the act-mlir project.
//
//===----------------------------------------------------------------------===//

#ifndef ACT_DIALECT_ACT_IR_ACTOPS_TD
#define ACT_DIALECT_ACT_IR_ACTOPS_TD

include "act/Dialect/Act/IR/ActBase.td"
include "act/Dialect/Act/IR/ActAttrs.td"
include "mlir/Dialect/Arith/IR/ArithBase.td"
include "mlir/Interfaces/SideEffectInterfaces.td"
include "mlir/Interfaces/VectorInterfaces.td"
include "mlir/IR/OpBase.td"
include "mlir/Interfaces/InferTypeOpInterface.td"

//===----------------------------------------------------------------------===//
// Type constraints
//===----------------------------------------------------------------------===//

def Act_FloatElement : AnyTypeOf<[F16, BF16, F32, F64]>;

def Act_IntegerElement : Type<
    And<[AnySignlessInteger.predicate,
         CPred<"::llvm::cast<::mlir::IntegerType>($_self).getWidth() >= 2">]>,
    "signless integer of at least 2 bits", "::mlir::IntegerType">;

class Act_ShapedLike<Type element, string description> : AnyTypeOf<[
    element, VectorOfAnyRankOf<[element]>, RankedTensorOf<[element]>],
    description>;

def Act_FloatLike : Act_ShapedLike<Act_FloatElement,
    "f16, bf16, f32 or f64 scalar, or vector or ranked tensor thereof">;

def Act_IntOrFloatElement : AnyTypeOf<[Act_FloatElement, Act_IntegerElement]>;

def Act_IntOrFloatLike : Act_ShapedLike<Act_IntOrFloatElement,
    "f16, bf16, f32, f64 or signless integer (at least 2 bits) scalar, or "
    "vector or ranked tensor thereof">;

//===----------------------------------------------------------------------===//
// Base classes
//===----------------------------------------------------------------------===//

defvar Act_FastMath = (ins DefaultValuedAttr<Arith_FastMathAttr,
                               "::mlir::arith::FastMathFlags::none">:$fastmath);

// VectorUnrollOpInterface (its default: unroll by the result's shape) lets
// upstream's vector unrolling split act ops on vectors like arith's.
class Act_Op<string mnemonic, list<Trait> traits = []>
    : Op<Act_Dialect, mnemonic, !listconcat([Pure, ElementwiseMappable,
                                             SameOperandsAndResultType,
                                             VectorUnrollOpInterface],
                                            traits)> {
  let hasFolder = 1;
}

// An op with one operand `input`, the parameters `params` and `fastmath`.
class Act_UnaryOp<string mnemonic, Type operandType = Act_FloatLike,
                  dag params = (ins), list<Trait> traits = []>
    : Act_Op<mnemonic, traits> {
  let arguments = !con((ins operandType:$input), params, Act_FastMath);
  let results = (outs operandType:$result);
  let assemblyFormat = [{
    $input (`fastmath` `` $fastmath^)? attr-dict `:` type($result)
  }];
}

defvar Act_NanModeParam = (ins DefaultValuedAttr<Act_NanModeAttr,
                               "::mlir::act::NanMode::propagate">:$nan_mode);

//===----------------------------------------------------------------------===//
// Piecewise-linear ops
//===----------------------------------------------------------------------===//

def Act_ReluOp : Act_UnaryOp<"relu", Act_IntOrFloatLike, Act_NanModeParam> {
  let summary = "rectified linear unit: max(x, 0)";
  let description = [{
    `x > 0 ? x : +0`. A NaN input gives NaN (`nan_mode = propagate`, the
    default) or `+0` (`nan_mode = ignore`). `relu(-0.0) = +0.0`. On signless
    integers the value is interpreted as signed.

    Example:

    ```mlir
    %0 = act.relu %x : tensor<8xf32>
    %1 = act.relu %y {nan_mode = #act.nan_mode<ignore>} : vector<4xf16>
    %2 = act.relu %q : tensor<?x16xi8>
    ```
  }];
  let hasCanonicalizer = 1;
}

def Act_ClampOp : Act_UnaryOp<"clamp", Act_IntOrFloatLike,
    !con((ins F64Attr:$min, F64Attr:$max), Act_NanModeParam)> {
  let summary = "clamp to [min, max] (relu6 is clamp 0..6)";
  let description = [{
    `min(max(x, min), max)` with the bounds rounded to the element type and
    `-0.0 < +0.0` in the comparisons, so `clamp(-0.0, 0, 6) = +0.0`. A NaN
    input gives NaN (`nan_mode = propagate`) or `min` (`nan_mode = ignore`).
    The verifier requires `min <= max`, both finite and not NaN; on integer
    types both must be integral and representable in the element type.

    Example:

    ```mlir
    %relu6 = act.clamp %x {min = 0.0 : f64, max = 6.0 : f64} : tensor<8xf32>
    ```
  }];
  let hasVerifier = 1;
  let hasCanonicalizer = 1;
}

def Act_LeakyReluOp : Act_UnaryOp<"leaky_relu", Act_FloatLike,
    (ins DefaultValuedAttr<F64Attr, "0.01">:$alpha)> {
  let summary = "leaky ReLU: x > 0 ? x : alpha * x";
  let description = [{
    `x > 0 ? x : alpha * x`, `alpha` defaults to 0.01. The product is computed
    in the computation type (f32 for f16/bf16/f32) and rounded once.

    ```mlir
    %0 = act.leaky_relu %x {alpha = 2.000000e-01 : f64} : tensor<8xf32>
    ```
  }];
  let hasVerifier = 1;
  let hasCanonicalizer = 1;
}

def Act_PReluOp : Act_Op<"prelu"> {
  let summary = "parametric ReLU: x > 0 ? x : slope * x";
  let description = [{
    `x > 0 ? x : slope * x`, where `slope` is a second operand of the same
    type (per-channel slopes arrive broadcast; fusion removes the cost).
    A NaN `x` gives NaN.

    ```mlir
    %0 = act.prelu %x, %slope : tensor<2x8xf32>
    ```
  }];
  let arguments = !con((ins Act_FloatLike:$input, Act_FloatLike:$slope),
                       Act_FastMath);
  let results = (outs Act_FloatLike:$result);
  let assemblyFormat = [{
    $input `,` $slope (`fastmath` `` $fastmath^)? attr-dict `:` type($result)
  }];
}

def Act_ThresholdOp : Act_UnaryOp<"threshold", Act_FloatLike,
    (ins F64Attr:$threshold, DefaultValuedAttr<F64Attr, "0.0">:$value)> {
  let summary = "x > threshold ? x : value";
  let description = [{
    `x > threshold ? x : value`, NaN gives NaN (as PyTorch's `threshold`).
    The comparison is made in the computation type; `value` is rounded to the
    element type. ONNX `ThresholdedRelu` is `value = 0`.

    ```mlir
    %0 = act.threshold %x {threshold = 1.0 : f64, value = 0.0 : f64} : tensor<8xf32>
    ```
  }];
  let hasVerifier = 1;
  let hasCanonicalizer = 1;
}

def Act_HardSigmoidOp : Act_UnaryOp<"hardsigmoid", Act_FloatLike,
    (ins DefaultValuedAttr<F64Attr, "0.16666666666666666">:$alpha,
         DefaultValuedAttr<F64Attr, "0.5">:$beta)> {
  let summary = "hard sigmoid: clamp(alpha * x + beta, 0, 1)";
  let description = [{
    `clamp(alpha * x + beta, 0, 1)` with `alpha = 1/6`, `beta = 0.5` by
    default (PyTorch); ONNX uses `alpha = 0.2`. The multiply and the add are
    rounded separately in the computation type (no fused multiply-add).
  }];
  let hasVerifier = 1;
}

def Act_HardSwishOp : Act_UnaryOp<"hardswish"> {
  let summary = "hard swish: x * relu6(x + 3) / 6";
  let description = [{
    `x * relu6(x + 3) / 6`, evaluated piecewise: `-0.0`/`+0.0` (the sign of
    `x`) where `relu6(x + 3) = 0`, `x` where it is 6, and the rounded formula
    in between, so neither `-inf * 0` nor the overflow of `x * 6` occurs.
  }];
}

def Act_ReluGradOp : Act_Op<"relu_grad"> {
  let summary = "gradient of ReLU: x <= 0 ? 0 : dy";
  let description = [{
    `(dy, x) -> x <= 0 ? +0 : dy`. The subgradient at `x = 0` is 0, and a NaN
    `x` passes `dy`, both as PyTorch's `threshold_backward`.

    ```mlir
    %dx = act.relu_grad %dy, %x : tensor<8xf32>
    ```
  }];
  let arguments = !con((ins Act_FloatLike:$grad, Act_FloatLike:$input),
                       Act_FastMath);
  let results = (outs Act_FloatLike:$result);
  let assemblyFormat = [{
    $grad `,` $input (`fastmath` `` $fastmath^)? attr-dict `:` type($result)
  }];
}

//===----------------------------------------------------------------------===//
// Transcendental ops
//===----------------------------------------------------------------------===//

def Act_EluOp : Act_UnaryOp<"elu", Act_FloatLike,
    (ins DefaultValuedAttr<F64Attr, "1.0">:$alpha)> {
  let summary = "exponential linear unit: x > 0 ? x : alpha * expm1(x)";
  let description = [{
    `x > 0 ? x : alpha * expm1(x)`, `alpha` defaults to 1. `elu(-inf) =
    -alpha`, `elu(-0.0) = -0.0`.
  }];
  let hasVerifier = 1;
}

def Act_SeluOp : Act_UnaryOp<"selu"> {
  let summary = "scaled ELU with the self-normalizing constants";
  let description = [{
    `scale * (x > 0 ? x : alpha * expm1(x))` with
    `alpha = 1.6732632423543772848...` and `scale = 1.0507009873554804934...`.
  }];
}

def Act_CeluOp : Act_UnaryOp<"celu", Act_FloatLike,
    (ins DefaultValuedAttr<F64Attr, "1.0">:$alpha)> {
  let summary = "continuously differentiable ELU";
  let description = [{
    `max(0, x) + min(0, alpha * expm1(x / alpha))`, `alpha` defaults to 1 and
    must be nonzero. Computed as `x > 0 ? x : alpha * expm1(x / alpha)`, which
    agrees everywhere except that `celu(-0.0) = -0.0` (as `elu`).
  }];
  let hasVerifier = 1;
}

def Act_GeluOp : Act_UnaryOp<"gelu", Act_FloatLike,
    (ins DefaultValuedAttr<Act_GeluApproximationAttr,
                           "::mlir::act::GeluApproximation::none">:$approximate)> {
  let summary = "Gaussian error linear unit";
  let description = [{
    `approximate = none` (default): `0.5 x (1 + erf(x / sqrt(2)))`;
    `approximate = tanh`: `0.5 x (1 + tanh(0.7978845608028654 (x + 0.044715 x^3)))`.
    `gelu(-inf) = -0.0` (the limit).

    ```mlir
    %0 = act.gelu %x {approximate = #act.approximate<tanh>} : tensor<8xbf16>
    ```
  }];
}

def Act_SigmoidOp : Act_UnaryOp<"sigmoid"> {
  let summary = "logistic sigmoid: 1 / (1 + exp(-x))";
  let description = [{
    `1 / (1 + exp(-x))`, evaluated without overflow for large `-x`.
    `sigmoid(-inf) = +0`, `sigmoid(+inf) = 1`.
  }];
}

def Act_SiluOp : Act_UnaryOp<"silu"> {
  let summary = "sigmoid linear unit (swish): x * sigmoid(x)";
  let description = [{
    `x * sigmoid(x)`; `silu(-inf) = -0.0` (the limit).
  }];
}

def Act_SoftplusOp : Act_UnaryOp<"softplus", Act_FloatLike,
    (ins DefaultValuedAttr<F64Attr, "1.0">:$beta,
         DefaultValuedAttr<F64Attr, "20.0">:$threshold)> {
  let summary = "softplus: log(1 + exp(beta x)) / beta";
  let description = [{
    `beta * x > threshold ? x : log1p(exp(beta * x)) / beta`, `beta = 1`,
    `threshold = 20` by default (PyTorch). `beta` must be positive.
  }];
  let hasVerifier = 1;
}

def Act_MishOp : Act_UnaryOp<"mish"> {
  let summary = "mish: x * tanh(softplus(x))";
  let description = [{
    `x * tanh(log1p(exp(x)))`; `mish(-inf) = -0.0` (the limit).
  }];
}

#endif // ACT_DIALECT_ACT_IR_ACTOPS_TD
