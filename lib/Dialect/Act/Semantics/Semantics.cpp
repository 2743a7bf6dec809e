//===- Semantics.cpp - Reference scalar semantics of the act ops ----------===//
//
// Part of the act-mlir project.
//
//===----------------------------------------------------------------------===//
//
// Implements the reference semantics declared in Semantics.h. Every op is
// written as the exact sequence of operations that docs/Semantics.md
// specifies, so that this file, the documentation and the lowerings can be
// checked against each other line by line:
//  * piecewise-linear ops use APFloat arithmetic (round-to-nearest-even) in
//    the computation type and round once to the element type;
//  * transcendental ops are evaluated in long double with the C library and
//    rounded once to the element type (gelu and silu of tiny inputs, where
//    that rounding would meet exact midpoints, are rounded explicitly).
//
//===----------------------------------------------------------------------===//

#include "act/Dialect/Act/Semantics/Semantics.h"

#include "llvm/ADT/APSInt.h"
#include "llvm/ADT/StringSwitch.h"
#include "llvm/Support/ErrorHandling.h"
#include "llvm/Support/SwapByteOrder.h"

#include <cassert>
#include <cfloat>
#include <cmath>
#include <cstring>
#include <utility>

using namespace llvm;
using namespace mlir::act::semantics;

//===----------------------------------------------------------------------===//
// Op table
//===----------------------------------------------------------------------===//

Params Params::defaultsFor(OpKind kind) {
  Params params;
  switch (kind) {
  case OpKind::LeakyRelu:
    params.alpha = 0.01;
    break;
  case OpKind::Elu:
  case OpKind::Celu:
    params.alpha = 1.0;
    break;
  case OpKind::HardSigmoid:
    // PyTorch's constants; ONNX's HardSigmoid uses alpha = 0.2.
    params.alpha = 1.0 / 6.0;
    params.beta = 0.5;
    break;
  case OpKind::Softplus:
    params.beta = 1.0;
    params.threshold = 20.0;
    break;
  case OpKind::Clamp:
    params.min = 0.0;
    params.max = 6.0;
    break;
  case OpKind::Threshold:
    params.threshold = 0.0;
    params.value = 0.0;
    break;
  default:
    break;
  }
  return params;
}

unsigned mlir::act::semantics::getNumOperands(OpKind kind) {
  return kind == OpKind::PRelu || kind == OpKind::ReluGrad ? 2 : 1;
}

StringRef mlir::act::semantics::getMnemonic(OpKind kind) {
  switch (kind) {
  case OpKind::Relu:
    return "relu";
  case OpKind::Clamp:
    return "clamp";
  case OpKind::LeakyRelu:
    return "leaky_relu";
  case OpKind::PRelu:
    return "prelu";
  case OpKind::Elu:
    return "elu";
  case OpKind::Selu:
    return "selu";
  case OpKind::Celu:
    return "celu";
  case OpKind::Gelu:
    return "gelu";
  case OpKind::Sigmoid:
    return "sigmoid";
  case OpKind::Silu:
    return "silu";
  case OpKind::HardSigmoid:
    return "hardsigmoid";
  case OpKind::HardSwish:
    return "hardswish";
  case OpKind::Softplus:
    return "softplus";
  case OpKind::Mish:
    return "mish";
  case OpKind::Threshold:
    return "threshold";
  case OpKind::ReluGrad:
    return "relu_grad";
  }
  llvm_unreachable("unknown act op kind");
}

std::optional<OpKind> mlir::act::semantics::symbolizeOpKind(StringRef name) {
  return StringSwitch<std::optional<OpKind>>(name)
      .Case("relu", OpKind::Relu)
      .Case("clamp", OpKind::Clamp)
      .Case("leaky_relu", OpKind::LeakyRelu)
      .Case("prelu", OpKind::PRelu)
      .Case("elu", OpKind::Elu)
      .Case("selu", OpKind::Selu)
      .Case("celu", OpKind::Celu)
      .Case("gelu", OpKind::Gelu)
      .Case("sigmoid", OpKind::Sigmoid)
      .Case("silu", OpKind::Silu)
      .Case("hardsigmoid", OpKind::HardSigmoid)
      .Case("hardswish", OpKind::HardSwish)
      .Case("softplus", OpKind::Softplus)
      .Case("mish", OpKind::Mish)
      .Case("threshold", OpKind::Threshold)
      .Case("relu_grad", OpKind::ReluGrad)
      .Default(std::nullopt);
}

bool mlir::act::semantics::isPiecewiseLinear(OpKind kind) {
  switch (kind) {
  case OpKind::Relu:
  case OpKind::Clamp:
  case OpKind::LeakyRelu:
  case OpKind::PRelu:
  case OpKind::Threshold:
  case OpKind::ReluGrad:
  case OpKind::HardSigmoid:
  case OpKind::HardSwish:
    return true;
  default:
    return false;
  }
}

bool mlir::act::semantics::supportsIntegers(OpKind kind) {
  return kind == OpKind::Relu || kind == OpKind::Clamp;
}

//===----------------------------------------------------------------------===//
// Helpers
//===----------------------------------------------------------------------===//

const fltSemantics &mlir::act::semantics::getComputationSemantics(
    const fltSemantics &elementSemantics) {
  if (&elementSemantics == &APFloat::IEEEdouble())
    return APFloat::IEEEdouble();
  return APFloat::IEEEsingle();
}

APFloat mlir::act::semantics::convertTo(const APFloat &value,
                                        const fltSemantics &semantics) {
  APFloat result = value;
  bool losesInfo;
  (void)result.convert(semantics, APFloat::rmNearestTiesToEven, &losesInfo);
  return result;
}

APFloat mlir::act::semantics::fromDouble(double value,
                                         const fltSemantics &semantics) {
  return convertTo(APFloat(value), semantics);
}

uint64_t mlir::act::semantics::ulpDistance(const APFloat &a,
                                           const APFloat &b) {
  assert(&a.getSemantics() == &b.getSemantics() && "semantics differ");
  assert(!a.isNaN() && !b.isNaN() && "ULP distance of a NaN");
  APInt aBits = a.bitcastToAPInt();
  APInt bBits = b.bitcastToAPInt();
  assert(aBits.getBitWidth() <= 64 && "only formats up to 64 bits");
  unsigned signBit = aBits.getBitWidth() - 1;
  // Adjacent finite values (and the largest finite value and infinity) have
  // adjacent magnitudes, so the distance is the difference of magnitudes for
  // equal signs and their sum across zero. The sum fits in 64 bits because a
  // magnitude has at most 63 bits.
  bool aNegative = aBits[signBit];
  bool bNegative = bBits[signBit];
  aBits.clearBit(signBit);
  bBits.clearBit(signBit);
  uint64_t aMagnitude = aBits.getZExtValue();
  uint64_t bMagnitude = bBits.getZExtValue();
  if (aNegative != bNegative)
    return aMagnitude + bMagnitude;
  return aMagnitude > bMagnitude ? aMagnitude - bMagnitude
                                 : bMagnitude - aMagnitude;
}

//===----------------------------------------------------------------------===//
// Local helpers
//===----------------------------------------------------------------------===//

// APFloat's arithmetic operators round to nearest-even, which is the rounding
// every op is specified with, so they are used for the computation-type steps.

/// `x > 0` (false for NaN and both zeros, true for +inf).
static bool isGreaterThanZero(const APFloat &x) {
  return !x.isNaN() && !x.isZero() && !x.isNegative();
}

/// Widens `x` exactly to its computation type.
static APFloat extendToComputation(const APFloat &x) {
  return convertTo(x, getComputationSemantics(x.getSemantics()));
}

/// `value` rounded to the computation type of elements like `x`.
static APFloat parameterInComputation(double value, const APFloat &x) {
  return fromDouble(value, getComputationSemantics(x.getSemantics()));
}

/// `x` exactly as a long double. The conversion goes through the bits of
/// APFloat's model of the host format, like fromLongDouble, where going
/// through double instead would round twice.
static long double toLongDouble(const APFloat &x) {
#if LDBL_MANT_DIG == 64
  // x87 80-bit extended precision, stored in the low 10 bytes (only x86,
  // which is little-endian, has it).
  static_assert(sys::IsLittleEndianHost, "x87 long double on big-endian");
  APInt bits = convertTo(x, APFloat::x87DoubleExtended()).bitcastToAPInt();
  long double result = 0.0L;
  std::memcpy(&result, bits.getRawData(), 10);
  return result;
#elif LDBL_MANT_DIG == 113
  // IEEE binary128.
  APInt bits = convertTo(x, APFloat::IEEEquad()).bitcastToAPInt();
  long double result;
  static_assert(sizeof(long double) == 16, "unexpected long double layout");
  uint64_t words[2] = {bits.getRawData()[0], bits.getRawData()[1]};
  // APInt stores the low word first; memory order follows the host.
  if (!sys::IsLittleEndianHost)
    std::swap(words[0], words[1]);
  std::memcpy(&result, words, 16);
  return result;
#else
  // long double is double (e.g. MSVC, some ARM ABIs): the reference is then
  // only double accurate, which still suffices for f32 and narrower.
  return convertTo(x, APFloat::IEEEdouble()).convertToDouble();
#endif
}

/// `value` rounded once to `semantics`.
static APFloat fromLongDouble(long double value,
                              const fltSemantics &semantics) {
#if LDBL_MANT_DIG == 64
  uint64_t words[2] = {0, 0};
  std::memcpy(words, &value, 10);
  APFloat extended(APFloat::x87DoubleExtended(), APInt(80, words));
  return convertTo(extended, semantics);
#elif LDBL_MANT_DIG == 113
  uint64_t words[2] = {0, 0};
  std::memcpy(words, &value, 16);
  if (!sys::IsLittleEndianHost)
    std::swap(words[0], words[1]);
  APFloat quad(APFloat::IEEEquad(), APInt(128, words));
  return convertTo(quad, semantics);
#else
  return fromDouble(static_cast<double>(value), semantics);
#endif
}

/// The logistic function in long double, in the form that neither overflows
/// nor cancels for either sign of `x`.
static long double sigmoidLongDouble(long double x) {
  if (x >= 0)
    return 1.0L / (1.0L + std::exp(-x));
  long double e = std::exp(x);
  return e / (1.0L + e);
}

/// sqrt(2) to long double precision.
static constexpr long double kSqrt2 = 1.41421356237309504880168872420969808L;

//===----------------------------------------------------------------------===//
// Piecewise-linear ops
//===----------------------------------------------------------------------===//

APFloat mlir::act::semantics::relu(const APFloat &x, NanMode nanMode) {
  if (x.isNaN()) {
    if (nanMode == NanMode::Ignore)
      return APFloat::getZero(x.getSemantics());
    return x.makeQuiet();
  }
  if (isGreaterThanZero(x))
    return x;
  // +0 for every non-positive input, -0 included: relu's output is never
  // negative.
  return APFloat::getZero(x.getSemantics());
}

APFloat mlir::act::semantics::clamp(const APFloat &x, double min, double max,
                                    NanMode nanMode) {
  const fltSemantics &semantics = x.getSemantics();
  // The bounds are rounded to the element type directly; rounding is
  // monotone, so lo <= hi still holds.
  APFloat lo = fromDouble(min, semantics);
  APFloat hi = fromDouble(max, semantics);
  if (x.isNaN()) {
    if (nanMode == NanMode::Ignore)
      return lo;
    return x.makeQuiet();
  }
  // IEEE 754-2019 maximum/minimum order -0 below +0, so clamp(-0.0, 0, 6) is
  // +0.0 like relu.
  return llvm::minimum(llvm::maximum(x, lo), hi);
}

APFloat mlir::act::semantics::leakyRelu(const APFloat &x, double alpha) {
  if (x.isNaN())
    return x.makeQuiet();
  if (isGreaterThanZero(x))
    return x;
  APFloat product = extendToComputation(x) * parameterInComputation(alpha, x);
  return convertTo(product, x.getSemantics());
}

APFloat mlir::act::semantics::prelu(const APFloat &x, const APFloat &slope) {
  assert(&x.getSemantics() == &slope.getSemantics() && "semantics differ");
  if (x.isNaN())
    return x.makeQuiet();
  if (isGreaterThanZero(x))
    return x;
  // A NaN slope propagates through the multiplication (quieted by it).
  APFloat product = extendToComputation(x) * extendToComputation(slope);
  return convertTo(product, x.getSemantics());
}

APFloat mlir::act::semantics::hardSigmoid(const APFloat &x, double alpha,
                                          double beta) {
  if (x.isNaN())
    return x.makeQuiet();
  // Two rounded operations, no fma: that is what every target can reproduce.
  APFloat t = extendToComputation(x) * parameterInComputation(alpha, x);
  t = t + parameterInComputation(beta, x);
  const fltSemantics &computation = t.getSemantics();
  APFloat r = llvm::minimum(llvm::maximum(t, APFloat::getZero(computation)),
                            APFloat::getOne(computation));
  return convertTo(r, x.getSemantics());
}

APFloat mlir::act::semantics::hardSwish(const APFloat &x) {
  if (x.isNaN())
    return x.makeQuiet();
  APFloat wide = extendToComputation(x);
  const fltSemantics &computation = wide.getSemantics();
  APFloat six(computation, 6);
  APFloat t = wide + APFloat(computation, 3);
  t = llvm::minimum(llvm::maximum(t, APFloat::getZero(computation)), six);
  // The outer pieces are handled separately: x * 0 would be NaN at -inf and
  // x * 6 / 6 could overflow (or not round-trip) for large x.
  if (t.isZero())
    return APFloat::getZero(x.getSemantics(), x.isNegative());
  if (t == six)
    return x;
  APFloat r = (wide * t) / six;
  return convertTo(r, x.getSemantics());
}

APFloat mlir::act::semantics::threshold(const APFloat &x, double threshold,
                                        double value) {
  if (x.isNaN())
    return x.makeQuiet();
  // Compared in the computation type: the threshold rounded to f16 could
  // change which side of it an input lies on.
  if (extendToComputation(x) > parameterInComputation(threshold, x))
    return x;
  return fromDouble(value, x.getSemantics());
}

APFloat mlir::act::semantics::reluGrad(const APFloat &dy, const APFloat &x) {
  assert(&x.getSemantics() == &dy.getSemantics() && "semantics differ");
  // As PyTorch's threshold_backward: the gradient passes unless x <= 0, so a
  // NaN x passes dy and the subgradient at 0 is 0.
  if (!x.isNaN() && !isGreaterThanZero(x))
    return APFloat::getZero(dy.getSemantics());
  return dy.isNaN() ? dy.makeQuiet() : dy;
}

//===----------------------------------------------------------------------===//
// Transcendental ops
//===----------------------------------------------------------------------===//

APFloat mlir::act::semantics::elu(const APFloat &x, double alpha) {
  if (x.isNaN())
    return x.makeQuiet();
  if (isGreaterThanZero(x))
    return x;
  // expm1 is accurate near 0 (exp(x) - 1 would cancel) and keeps -0.
  long double lx = toLongDouble(x);
  return fromLongDouble(alpha * std::expm1(lx), x.getSemantics());
}

APFloat mlir::act::semantics::selu(const APFloat &x) {
  if (x.isNaN())
    return x.makeQuiet();
  long double lx = toLongDouble(x);
  if (isGreaterThanZero(x))
    return fromLongDouble(kSeluScale * lx, x.getSemantics());
  return fromLongDouble((kSeluScale * kSeluAlpha) * std::expm1(lx),
                        x.getSemantics());
}

APFloat mlir::act::semantics::celu(const APFloat &x, double alpha) {
  if (x.isNaN())
    return x.makeQuiet();
  if (isGreaterThanZero(x))
    return x;
  long double lx = toLongDouble(x);
  long double la = alpha;
  return fromLongDouble(la * std::expm1(lx / la), x.getSemantics());
}

/// For |x| below 2^-64, gelu(x) and silu(x) are x/2 + c x^2 + ... with
/// c > 0, and the long double evaluation keeps only x/2. When x/2 is halfway
/// between two values of the element type (x an odd multiple of the smallest
/// subnormal), the dropped positive term decides the rounding: round to
/// nearest with ties towards +inf. Returns std::nullopt for larger |x|.
static std::optional<APFloat> halfWithPositiveResidual(const APFloat &x) {
  APFloat wide = x;
  bool losesInfo = false;
  wide.convert(APFloat::IEEEquad(), APFloat::rmNearestTiesToEven, &losesInfo);
  APFloat limit = scalbn(APFloat(APFloat::IEEEquad(), "1"), -64,
                         APFloat::rmNearestTiesToEven);
  APFloat magnitude = abs(wide);
  if (magnitude.compare(limit) != APFloat::cmpLessThan)
    return std::nullopt;
  wide = scalbn(wide, -1, APFloat::rmNearestTiesToEven); // exact in quad
  const fltSemantics &semantics = x.getSemantics();
  APFloat down = wide, up = wide;
  down.convert(semantics, APFloat::rmTowardNegative, &losesInfo);
  up.convert(semantics, APFloat::rmTowardPositive, &losesInfo);
  if (down.bitwiseIsEqual(up))
    return down;
  APFloat downWide = down, upWide = up;
  downWide.convert(APFloat::IEEEquad(), APFloat::rmNearestTiesToEven,
                   &losesInfo);
  upWide.convert(APFloat::IEEEquad(), APFloat::rmNearestTiesToEven,
                 &losesInfo);
  APFloat below = wide - downWide, above = upWide - wide;
  return below.compare(above) == APFloat::cmpLessThan ? down : up;
}

APFloat mlir::act::semantics::gelu(const APFloat &x,
                                   GeluApproximation approximate) {
  const fltSemantics &semantics = x.getSemantics();
  if (x.isNaN())
    return x.makeQuiet();
  // The limits; the formulas would give inf * 0 or inf / inf.
  if (x.isInfinity())
    return x.isNegative() ? APFloat::getZero(semantics, /*Negative=*/true) : x;
  if (std::optional<APFloat> tiny = halfWithPositiveResidual(x))
    return *tiny;
  long double lx = toLongDouble(x);
  if (approximate == GeluApproximation::None) {
    // 1 + erf(z) cancels for negative z; erfc(-z) is the same value without
    // cancellation.
    return fromLongDouble(0.5L * lx * std::erfc(-lx / kSqrt2), semantics);
  }
  // 0.5 x (1 + tanh(u)) = x * sigmoid(2u) = x / (1 + exp(-2u)), which does
  // not cancel for negative u.
  long double u = kGeluTanhCoefficient * (lx + kGeluTanhCubic * lx * lx * lx);
  return fromLongDouble(lx / (1.0L + std::exp(-2.0L * u)), semantics);
}

APFloat mlir::act::semantics::sigmoid(const APFloat &x) {
  if (x.isNaN())
    return x.makeQuiet();
  return fromLongDouble(sigmoidLongDouble(toLongDouble(x)), x.getSemantics());
}

APFloat mlir::act::semantics::silu(const APFloat &x) {
  const fltSemantics &semantics = x.getSemantics();
  if (x.isNaN())
    return x.makeQuiet();
  if (x.isInfinity() && x.isNegative())
    return APFloat::getZero(semantics, /*Negative=*/true);
  if (std::optional<APFloat> tiny = halfWithPositiveResidual(x))
    return *tiny;
  long double lx = toLongDouble(x);
  if (lx >= 0)
    return fromLongDouble(lx / (1.0L + std::exp(-lx)), semantics);
  long double e = std::exp(lx);
  return fromLongDouble(lx * e / (1.0L + e), semantics);
}

APFloat mlir::act::semantics::softplus(const APFloat &x, double beta,
                                       double threshold) {
  if (x.isNaN())
    return x.makeQuiet();
  // The switch to the identity is decided in the computation type, like the
  // comparisons of the piecewise-linear ops, so lowerings decide identically.
  APFloat bx = extendToComputation(x) * parameterInComputation(beta, x);
  if (bx > parameterInComputation(threshold, x))
    return x;
  long double lx = toLongDouble(x);
  long double lb = beta;
  return fromLongDouble(std::log1p(std::exp(lb * lx)) / lb, x.getSemantics());
}

APFloat mlir::act::semantics::mish(const APFloat &x) {
  const fltSemantics &semantics = x.getSemantics();
  if (x.isNaN())
    return x.makeQuiet();
  if (x.isInfinity())
    return x.isNegative() ? APFloat::getZero(semantics, /*Negative=*/true) : x;
  long double lx = toLongDouble(x);
  // Above 40, softplus(x) = x to long double precision and tanh of it is 1.
  long double sp = lx > 40 ? lx : std::log1p(std::exp(lx));
  return fromLongDouble(lx * std::tanh(sp), semantics);
}

//===----------------------------------------------------------------------===//
// Dispatch
//===----------------------------------------------------------------------===//

APFloat mlir::act::semantics::evaluate(OpKind kind, const Params &params,
                                       ArrayRef<APFloat> operands) {
  assert(operands.size() == getNumOperands(kind) && "wrong operand count");
  const APFloat &x = operands[0];
  switch (kind) {
  case OpKind::Relu:
    return relu(x, params.nanMode);
  case OpKind::Clamp:
    return clamp(x, params.min, params.max, params.nanMode);
  case OpKind::LeakyRelu:
    return leakyRelu(x, params.alpha);
  case OpKind::PRelu:
    return prelu(x, operands[1]);
  case OpKind::Elu:
    return elu(x, params.alpha);
  case OpKind::Selu:
    return selu(x);
  case OpKind::Celu:
    return celu(x, params.alpha);
  case OpKind::Gelu:
    return gelu(x, params.approximate);
  case OpKind::Sigmoid:
    return sigmoid(x);
  case OpKind::Silu:
    return silu(x);
  case OpKind::HardSigmoid:
    return hardSigmoid(x, params.alpha, params.beta);
  case OpKind::HardSwish:
    return hardSwish(x);
  case OpKind::Softplus:
    return softplus(x, params.beta, params.threshold);
  case OpKind::Mish:
    return mish(x);
  case OpKind::Threshold:
    return threshold(x, params.threshold, params.value);
  case OpKind::ReluGrad:
    // Operands are (dy, x).
    return reluGrad(operands[0], operands[1]);
  }
  llvm_unreachable("unknown act op kind");
}

APInt mlir::act::semantics::evaluateInteger(OpKind kind, const Params &params,
                                            const APInt &x) {
  unsigned width = x.getBitWidth();
  switch (kind) {
  case OpKind::Relu:
    return x.isNegative() ? APInt::getZero(width) : x;
  case OpKind::Clamp: {
    // The verifier guarantees integral bounds that fit the type, so these
    // conversions are exact.
    auto toInteger = [width](double bound) {
      APSInt result(width, /*isUnsigned=*/false);
      bool isExact;
      (void)APFloat(bound).convertToInteger(result, APFloat::rmTowardZero,
                                            &isExact);
      assert(isExact && "clamp bound is not an integer of the operand type");
      return APInt(result);
    };
    APInt lo = toInteger(params.min);
    APInt hi = toInteger(params.max);
    if (x.slt(lo))
      return lo;
    if (x.sgt(hi))
      return hi;
    return x;
  }
  default:
    llvm_unreachable("op does not accept integers");
  }
}
