//===- Semantics.h - Reference scalar semantics of the act ops --*- C++ -*-===//
//
// Part of the act-mlir project.
//
//===----------------------------------------------------------------------===//
//
// The single source of truth for what every act op computes on one element.
// The constant folders call these functions, and the unit and execution tests
// compare generated code against them. The library depends on LLVM Support
// only, so it can be linked into runtime test harnesses as well.
//
// Conventions (see docs/Semantics.md for the per-op tables):
//  * Element types are given by their APFloat semantics: IEEEhalf, BFloat,
//    IEEEsingle or IEEEdouble. The result has the semantics of the input.
//  * Piecewise-linear ops (relu, clamp, leaky_relu, prelu, threshold,
//    relu_grad, hardsigmoid, hardswish) are specified as an exact sequence of
//    IEEE operations in the *computation type*: f32 for f16/bf16/f32 and f64
//    for f64, followed by one rounding to the element type. Lowerings
//    reproduce the sequence and are therefore bit-exact.
//  * Transcendental ops (elu, selu, celu, gelu, sigmoid, silu, softplus, mish)
//    are evaluated in extended precision (long double) and rounded once to the
//    element type; generated code is compared against them within ULP bounds.
//  * A NaN input gives a quiet NaN output (the input's payload, quieted),
//    except where nan_mode = ignore, or for relu_grad as documented.
//  * Where the textbook formula evaluates to inf * 0 for an infinite input
//    (silu, gelu, mish, hardswish at -inf) the result is the limit, -0.0.
//
//===----------------------------------------------------------------------===//

#ifndef ACT_DIALECT_ACT_SEMANTICS_SEMANTICS_H
#define ACT_DIALECT_ACT_SEMANTICS_SEMANTICS_H

#include "llvm/ADT/APFloat.h"
#include "llvm/ADT/APInt.h"
#include "llvm/ADT/ArrayRef.h"
#include "llvm/ADT/StringRef.h"

#include <cstdint>
#include <optional>

namespace mlir {
namespace act {
namespace semantics {

/// Every op of the act dialect.
enum class OpKind : uint8_t {
  Relu,
  Clamp,
  LeakyRelu,
  PRelu,
  Elu,
  Selu,
  Celu,
  Gelu,
  Sigmoid,
  Silu,
  HardSigmoid,
  HardSwish,
  Softplus,
  Mish,
  Threshold,
  ReluGrad,
};

/// How relu and clamp treat a NaN input.
enum class NanMode : uint8_t {
  /// NaN in, NaN out.
  Propagate,
  /// NaN is treated as the lower bound (0 for relu, `min` for clamp).
  Ignore,
};

/// The two GELU formulations.
enum class GeluApproximation : uint8_t { None, Tanh };

/// The SELU constants (as in the SELU paper and PyTorch), to long double
/// precision.
constexpr long double kSeluAlpha = 1.6732632423543772848170429916717L;
constexpr long double kSeluScale = 1.0507009873554804934193349852946L;
/// sqrt(2 / pi) as used by the tanh approximation of GELU.
constexpr long double kGeluTanhCoefficient = 0.7978845608028654L;
constexpr long double kGeluTanhCubic = 0.044715L;

/// The scalar parameters of an op. Only those the op has are read; the
/// defaults are the op's defaults.
struct Params {
  double alpha = 0.0;
  double min = 0.0;
  double max = 6.0;
  double beta = 0.0;
  double threshold = 0.0;
  double value = 0.0;
  NanMode nanMode = NanMode::Propagate;
  GeluApproximation approximate = GeluApproximation::None;

  /// The defaults of `kind` as documented in the op table.
  static Params defaultsFor(OpKind kind);
};

/// The number of operands of `kind` (2 for prelu and relu_grad, 1 otherwise).
unsigned getNumOperands(OpKind kind);
/// The op's mnemonic, e.g. "leaky_relu".
llvm::StringRef getMnemonic(OpKind kind);
/// The op kind with the given mnemonic.
std::optional<OpKind> symbolizeOpKind(llvm::StringRef mnemonic);
/// True for the piecewise-linear ops, whose lowerings are bit-exact.
bool isPiecewiseLinear(OpKind kind);
/// True for the ops that accept signless integer operands (relu, clamp).
bool supportsIntegers(OpKind kind);

/// The semantics used for intermediate computation of piecewise-linear ops
/// on elements of `elementSemantics`: IEEEdouble for IEEEdouble, IEEEsingle
/// otherwise.
const llvm::fltSemantics &
getComputationSemantics(const llvm::fltSemantics &elementSemantics);

/// Evaluates `kind` on one element. `operands` has getNumOperands(kind)
/// values of the same semantics (prelu: x, slope; relu_grad: dy, x).
llvm::APFloat evaluate(OpKind kind, const Params &params,
                       llvm::ArrayRef<llvm::APFloat> operands);

/// Evaluates relu or clamp on a signless integer interpreted as signed.
/// Clamp bounds must be integral and representable (checked by the
/// verifier); they are converted exactly.
llvm::APInt evaluateInteger(OpKind kind, const Params &params,
                            const llvm::APInt &x);

//===----------------------------------------------------------------------===//
// Per-op entry points (the same functions `evaluate` dispatches to).
//===----------------------------------------------------------------------===//

llvm::APFloat relu(const llvm::APFloat &x, NanMode nanMode);
llvm::APFloat clamp(const llvm::APFloat &x, double min, double max,
                    NanMode nanMode);
llvm::APFloat leakyRelu(const llvm::APFloat &x, double alpha);
llvm::APFloat prelu(const llvm::APFloat &x, const llvm::APFloat &slope);
llvm::APFloat elu(const llvm::APFloat &x, double alpha);
llvm::APFloat selu(const llvm::APFloat &x);
llvm::APFloat celu(const llvm::APFloat &x, double alpha);
llvm::APFloat gelu(const llvm::APFloat &x, GeluApproximation approximate);
llvm::APFloat sigmoid(const llvm::APFloat &x);
llvm::APFloat silu(const llvm::APFloat &x);
llvm::APFloat hardSigmoid(const llvm::APFloat &x, double alpha, double beta);
llvm::APFloat hardSwish(const llvm::APFloat &x);
llvm::APFloat softplus(const llvm::APFloat &x, double beta, double threshold);
llvm::APFloat mish(const llvm::APFloat &x);
llvm::APFloat threshold(const llvm::APFloat &x, double threshold,
                        double value);
llvm::APFloat reluGrad(const llvm::APFloat &dy, const llvm::APFloat &x);

//===----------------------------------------------------------------------===//
// Helpers shared with tests.
//===----------------------------------------------------------------------===//

/// Converts `value` to `semantics` with round-to-nearest-even.
llvm::APFloat convertTo(const llvm::APFloat &value,
                        const llvm::fltSemantics &semantics);
/// `value` (a double parameter) rounded to nearest-even in `semantics`.
llvm::APFloat fromDouble(double value, const llvm::fltSemantics &semantics);
/// The distance in units in the last place between `a` and `b`, both of the
/// same semantics and not NaN; 0 when bitwise equal, +-0 counted as equal.
uint64_t ulpDistance(const llvm::APFloat &a, const llvm::APFloat &b);

} // namespace semantics
} // namespace act
} // namespace mlir

#endif // ACT_DIALECT_ACT_SEMANTICS_SEMANTICS_H
