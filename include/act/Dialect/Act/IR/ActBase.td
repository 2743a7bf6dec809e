//===- ActBase.td - act dialect definition -----------------*- tablegen -*-===//
//
// Part of the act-mlir project.
//
//===----------------------------------------------------------------------===//

#ifndef ACT_DIALECT_ACT_IR_ACTBASE_TD
#define ACT_DIALECT_ACT_IR_ACTBASE_TD

include "mlir/IR/OpBase.td"
include "mlir/IR/AttrTypeBase.td"

def Act_Dialect : Dialect {
  let name = "act";
  let cppNamespace = "::mlir::act";
  let summary = "Neural-network activation functions with exact semantics";
  let description = [{
    The `act` dialect models the activation functions of neural networks:
    ReLU and its family (clamp/relu6, leaky ReLU, PReLU, ELU, SELU, CELU,
    GELU, sigmoid, SiLU, hardsigmoid, hardswish, softplus, mish, threshold)
    and ReLU's gradient.

    Every op is pure and elementwise: it applies to a float scalar (f16, bf16,
    f32, f64), a vector of them, or a ranked tensor of them, and produces a
    value of the same type. `act.relu` and `act.clamp` also accept signless
    integers, interpreted as signed (quantized networks).

    The semantics are exact and documented per op in `docs/Semantics.md`,
    including NaN, signed zeros, infinities and denormals. Piecewise-linear
    ops are computed bit-exactly; transcendental ops are specified as the
    correctly rounded result of the formula, and lowerings state their error
    in ULP. f16 and bf16 compute in f32 and round once. Every op carries an
    optional `fastmath` attribute (`#arith.fastmath<...>`) that licenses the
    non-exact rewrites its flags allow.
  }];
  let dependentDialects = ["::mlir::arith::ArithDialect"];
  let useDefaultAttributePrinterParser = 1;
  let hasConstantMaterializer = 1;
}

#endif // ACT_DIALECT_ACT_IR_ACTBASE_TD
