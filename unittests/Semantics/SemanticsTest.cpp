//===- SemanticsTest.cpp - Tests of the reference act semantics -----------===//
//
// Part of the act-mlir project.
//
//===----------------------------------------------------------------------===//
//
// Checks the reference semantics against formulations written independently
// of it, with native float/double arithmetic and the C library:
//  * piecewise-linear ops bit for bit against the same IEEE operation
//    sequence in native float (f16, bf16, f32) or double (f64);
//  * transcendental ops against textbook formulas evaluated in double and
//    rounded once to the element type, within the ULP bounds stated below;
//  * every op on the special values of every element type: NaNs (quiet and
//    signaling), signed zeros, infinities, smallest denormals and largest
//    finite values, with the sign of zero checked;
//  * relu and clamp on integers.
// f16 and bf16 are checked exhaustively (all 65536 bit patterns), f32 and f64
// on a sweep of [-30, 30] plus random bit patterns.
//
// Set ACT_SEMANTICS_VERBOSE=1 to print the measured ULP distances.
//
//===----------------------------------------------------------------------===//

#include "act/Dialect/Act/Semantics/Semantics.h"

#include "llvm/ADT/APFloat.h"
#include "llvm/ADT/APInt.h"
#include "llvm/ADT/SmallString.h"
#include "gtest/gtest.h"

#include <algorithm>
#include <array>
#include <cfloat>
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <limits>
#include <random>
#include <sstream>
#include <string>
#include <type_traits>
#include <utility>
#include <vector>

// The mirrors below must perform exactly the rounded operations they spell
// out; a contracted multiply-add would round once instead of twice. The
// pragma covers the default contraction modes; `rounded` below also covers
// -ffp-contract=fast, which ignores the pragma.
#ifdef __clang__
#pragma clang fp contract(off)
#endif

using namespace llvm;
using namespace mlir::act::semantics;

namespace {

//===----------------------------------------------------------------------===//
// Element types and conversions
//===----------------------------------------------------------------------===//

enum class Type { F16, BF16, F32, F64 };

constexpr Type kTypes[] = {Type::F16, Type::BF16, Type::F32, Type::F64};

const fltSemantics &semanticsOf(Type type) {
  switch (type) {
  case Type::F16:
    return APFloat::IEEEhalf();
  case Type::BF16:
    return APFloat::BFloat();
  case Type::F32:
    return APFloat::IEEEsingle();
  case Type::F64:
    return APFloat::IEEEdouble();
  }
  return APFloat::IEEEdouble();
}

const char *nameOf(Type type) {
  switch (type) {
  case Type::F16:
    return "f16";
  case Type::BF16:
    return "bf16";
  case Type::F32:
    return "f32";
  case Type::F64:
    return "f64";
  }
  return "?";
}

APFloat fromBits(const fltSemantics &semantics, uint64_t bits) {
  return APFloat(semantics, APInt(APFloat::getSizeInBits(semantics), bits));
}

uint64_t toBits(const APFloat &x) { return x.bitcastToAPInt().getZExtValue(); }

/// `x` exactly as a double (every tested type widens exactly to double).
double toDouble(const APFloat &x) {
  APFloat wide = x;
  bool losesInfo;
  wide.convert(APFloat::IEEEdouble(), APFloat::rmNearestTiesToEven,
               &losesInfo);
  EXPECT_FALSE(losesInfo);
  return wide.convertToDouble();
}

/// `x` exactly as a float; `x` is f16, bf16 or f32.
float toFloat(const APFloat &x) {
  APFloat wide = x;
  bool losesInfo;
  wide.convert(APFloat::IEEEsingle(), APFloat::rmNearestTiesToEven,
               &losesInfo);
  EXPECT_FALSE(losesInfo);
  return wide.convertToFloat();
}

/// `value` rounded once, to nearest-even, to `semantics`.
template <typename C>
APFloat roundTo(C value, const fltSemantics &semantics) {
  APFloat result(value);
  bool losesInfo;
  result.convert(semantics, APFloat::rmNearestTiesToEven, &losesInfo);
  return result;
}

std::string describe(const APFloat &x) {
  SmallString<32> text;
  x.toString(text, /*FormatPrecision=*/17, /*FormatMaxPadding=*/0);
  std::ostringstream os;
  os << text.str().str() << " (0x" << std::hex << toBits(x) << ")";
  return os.str();
}

/// Bitwise equality, except that any quiet NaN matches an expected NaN: the
/// bits of a NaN produced by native arithmetic are target-specific.
bool sameResult(const APFloat &expected, const APFloat &actual) {
  if (expected.isNaN())
    return actual.isNaN() && !actual.isSignaling();
  return toBits(expected) == toBits(actual);
}

bool isVerbose() {
  const char *verbose = std::getenv("ACT_SEMANTICS_VERBOSE");
  return verbose && *verbose && *verbose != '0';
}

//===----------------------------------------------------------------------===//
// Inputs
//===----------------------------------------------------------------------===//

constexpr unsigned kSweepCount = 20000;
constexpr unsigned kRandomCount = 20000;

/// All bit patterns of a 16-bit type; for f32 and f64 an even sweep of
/// [-30, 30] (where the transcendental ops change shape), both zeros, and
/// random bit patterns (NaNs, huge and tiny magnitudes, denormals).
std::vector<APFloat> inputsFor(Type type) {
  const fltSemantics &semantics = semanticsOf(type);
  std::vector<APFloat> inputs;
  if (type == Type::F16 || type == Type::BF16) {
    for (uint64_t bits = 0; bits <= 0xffff; ++bits)
      inputs.push_back(fromBits(semantics, bits));
    return inputs;
  }
  for (unsigned i = 0; i <= kSweepCount; ++i)
    inputs.push_back(roundTo(-30.0 + 60.0 * i / kSweepCount, semantics));
  inputs.push_back(APFloat::getZero(semantics, /*Negative=*/true));
  std::mt19937_64 random(type == Type::F32 ? 32 : 64);
  unsigned width = APFloat::getSizeInBits(semantics);
  for (unsigned i = 0; i < kRandomCount; ++i) {
    uint64_t bits = random();
    if (width < 64)
      bits &= (uint64_t(1) << width) - 1;
    inputs.push_back(fromBits(semantics, bits));
  }
  return inputs;
}

/// A second operand for input `index`: a fixed pseudo-random permutation of
/// the inputs, so that prelu and relu_grad see every kind of pairing.
const APFloat &partnerOf(const std::vector<APFloat> &inputs, size_t index) {
  return inputs[(index * 40503 + 12345) % inputs.size()];
}

//===----------------------------------------------------------------------===//
// Bit-exact checks of piecewise-linear ops
//===----------------------------------------------------------------------===//

/// `value`, forced through memory so that it is rounded to C and cannot be
/// fused with the operation that consumes it.
template <typename C> C rounded(C value) {
  volatile C result = value;
  return result;
}

/// IEEE 754-2019 maximum/minimum (NaN propagating, -0 < +0) in native
/// arithmetic, as the mirrors need them.
template <typename C> C ieeeMaximum(C a, C b) {
  if (std::isnan(a) || std::isnan(b))
    return std::isnan(a) ? a : b;
  if (a == b)
    return std::signbit(a) ? b : a;
  return a > b ? a : b;
}

template <typename C> C ieeeMinimum(C a, C b) {
  if (std::isnan(a) || std::isnan(b))
    return std::isnan(a) ? a : b;
  if (a == b)
    return std::signbit(a) ? a : b;
  return a < b ? a : b;
}

/// Evaluates the mirror on `operands` in the computation type of `type` and
/// rounds the result once to `type`.
template <typename Mirror>
APFloat evaluateMirror(Type type, Mirror mirror,
                       const std::vector<APFloat> &operands) {
  const fltSemantics &semantics = semanticsOf(type);
  if constexpr (std::is_invocable_v<Mirror, float>) {
    if (type == Type::F64)
      return APFloat(mirror(toDouble(operands[0])));
    return roundTo(mirror(toFloat(operands[0])), semantics);
  } else {
    if (type == Type::F64)
      return APFloat(mirror(toDouble(operands[0]), toDouble(operands[1])));
    return roundTo(mirror(toFloat(operands[0]), toFloat(operands[1])),
                   semantics);
  }
}

/// Checks `kind` with `params` bit for bit against `mirror` on the inputs of
/// `type`. `mirror` is a generic callable on float or double.
template <typename Mirror>
void expectBitExactOn(Type type, OpKind kind, const Params &params,
                      Mirror mirror) {
  std::vector<APFloat> inputs = inputsFor(type);
  unsigned failures = 0;
  for (size_t i = 0; i < inputs.size(); ++i) {
    std::vector<APFloat> operands = {inputs[i]};
    if (getNumOperands(kind) == 2)
      operands.push_back(partnerOf(inputs, i));
    APFloat actual = evaluate(kind, params, operands);
    APFloat expected = evaluateMirror(type, mirror, operands);
    if (sameResult(expected, actual))
      continue;
    if (++failures <= 5) {
      std::string message = std::string(getMnemonic(kind)) + " on " +
                            nameOf(type) + "(" + describe(operands[0]);
      if (operands.size() == 2)
        message += ", " + describe(operands[1]);
      ADD_FAILURE() << message << "): expected " << describe(expected)
                    << ", got " << describe(actual);
    }
  }
  EXPECT_EQ(failures, 0u) << getMnemonic(kind).str() << " on " << nameOf(type);
}

template <typename Mirror>
void expectBitExact(OpKind kind, const Params &params, Mirror mirror) {
  for (Type type : kTypes)
    expectBitExactOn(type, kind, params, mirror);
}

TEST(SemanticsPiecewiseLinearTest, Relu) {
  auto mirror = [](auto x) -> decltype(x) {
    return std::isnan(x) || x > 0 ? x : 0;
  };
  expectBitExact(OpKind::Relu, Params::defaultsFor(OpKind::Relu), mirror);
}

TEST(SemanticsPiecewiseLinearTest, ReluIgnoreNan) {
  auto mirror = [](auto x) -> decltype(x) {
    return std::isnan(x) || !(x > 0) ? 0 : x;
  };
  Params params = Params::defaultsFor(OpKind::Relu);
  params.nanMode = NanMode::Ignore;
  expectBitExact(OpKind::Relu, params, mirror);
}

TEST(SemanticsPiecewiseLinearTest, Clamp) {
  const std::pair<double, double> bounds[] = {
      {0.0, 6.0},    {-1.0, 1.0},   {-0.0, 0.0},  {0.1, 0.7},
      {-1e30, 1e30}, {-3.0, -3.0}, {2.0, 3.0e38}, {-0.0, -0.0}};
  for (NanMode nanMode : {NanMode::Propagate, NanMode::Ignore}) {
    for (auto [min, max] : bounds) {
      Params params = Params::defaultsFor(OpKind::Clamp);
      params.min = min;
      params.max = max;
      params.nanMode = nanMode;
      for (Type type : kTypes) {
        // The bounds are rounded to the element type (then widened exactly).
        double lo = toDouble(roundTo(min, semanticsOf(type)));
        double hi = toDouble(roundTo(max, semanticsOf(type)));
        auto mirror = [lo, hi, nanMode](auto x) {
          using C = decltype(x);
          if (std::isnan(x))
            return nanMode == NanMode::Ignore ? C(lo) : x;
          return ieeeMinimum(ieeeMaximum(x, C(lo)), C(hi));
        };
        expectBitExactOn(type, OpKind::Clamp, params, mirror);
      }
    }
  }
}

TEST(SemanticsPiecewiseLinearTest, LeakyRelu) {
  for (double alpha : {0.01, 0.2, 0.0, -0.5, 3.0}) {
    Params params = Params::defaultsFor(OpKind::LeakyRelu);
    params.alpha = alpha;
    auto mirror = [alpha](auto x) {
      using C = decltype(x);
      return x > 0 ? x : x * C(alpha);
    };
    expectBitExact(OpKind::LeakyRelu, params, mirror);
  }
}

TEST(SemanticsPiecewiseLinearTest, PRelu) {
  auto mirror = [](auto x, auto slope) { return x > 0 ? x : x * slope; };
  expectBitExact(OpKind::PRelu, Params::defaultsFor(OpKind::PRelu), mirror);
}

TEST(SemanticsPiecewiseLinearTest, HardSigmoid) {
  // PyTorch's defaults, ONNX's, and a zero slope (inf * 0 is NaN).
  const std::pair<double, double> coefficients[] = {
      {1.0 / 6.0, 0.5}, {0.2, 0.5}, {0.0, 0.25}, {-0.3, 0.1}};
  for (auto [alpha, beta] : coefficients) {
    Params params = Params::defaultsFor(OpKind::HardSigmoid);
    params.alpha = alpha;
    params.beta = beta;
    auto mirror = [alpha = alpha, beta = beta](auto x) {
      using C = decltype(x);
      C t = rounded(x * C(alpha));
      t = t + C(beta);
      return ieeeMinimum(ieeeMaximum(t, C(0)), C(1));
    };
    expectBitExact(OpKind::HardSigmoid, params, mirror);
  }
}

TEST(SemanticsPiecewiseLinearTest, HardSwish) {
  auto mirror = [](auto x) {
    using C = decltype(x);
    C t = x + C(3);
    t = ieeeMinimum(ieeeMaximum(t, C(0)), C(6));
    if (std::isnan(t))
      return t;
    if (t == 0)
      return std::copysign(C(0), x);
    if (t == 6)
      return x;
    C product = x * t;
    return product / C(6);
  };
  expectBitExact(OpKind::HardSwish, Params::defaultsFor(OpKind::HardSwish),
                 mirror);
}

TEST(SemanticsPiecewiseLinearTest, Threshold) {
  // Values exactly representable in every type, so that the mirror's value
  // (rounded to the computation type) is the element-type value.
  const std::pair<double, double> settings[] = {
      {0.0, 0.0}, {1.0, -2.0}, {-1.0, 0.5}, {0.1, 0.0}, {1e-40, -0.0}};
  for (auto [thresholdValue, value] : settings) {
    Params params = Params::defaultsFor(OpKind::Threshold);
    params.threshold = thresholdValue;
    params.value = value;
    auto mirror = [thresholdValue = thresholdValue, value = value](auto x) {
      using C = decltype(x);
      if (std::isnan(x))
        return x;
      return x > C(thresholdValue) ? x : C(value);
    };
    expectBitExact(OpKind::Threshold, params, mirror);
  }
}

TEST(SemanticsPiecewiseLinearTest, ReluGrad) {
  auto mirror = [](auto dy, auto x) -> decltype(dy) {
    return x <= 0 ? 0 : dy;
  };
  expectBitExact(OpKind::ReluGrad, Params::defaultsFor(OpKind::ReluGrad),
                 mirror);
}

//===----------------------------------------------------------------------===//
// ULP checks of transcendental ops
//===----------------------------------------------------------------------===//

// The ULP bounds. For f16, bf16 and f32 the double formulas are accurate to a
// few double ulps, far below half an ulp of the element type, so the formula
// rounded once to the element type is the correctly rounded result except
// within a hair of a rounding midpoint: the reference must be within 1 ulp
// (measured: identical except for a few dozen near-midpoint cases).
// For f64 the double formulas are themselves up to 3 ulps off where they are
// well conditioned, and much worse elsewhere (erfc(-x / sqrt 2) for x < -1
// loses 2 z^2 half-ulps through the rounding of z; 1 + tanh(u) cancels), so
// f64 is checked within 3 ulp on each formula's well-conditioned range only.
constexpr uint64_t kNarrowUlpBound = 1;
constexpr uint64_t kF64UlpBound = 3;

/// The input range on which f64 is compared with the double formula.
struct F64Range {
  double lo, hi;
};
constexpr F64Range kWholeF64Range = {-DBL_MAX, DBL_MAX};

template <typename Formula>
void expectWithinUlp(OpKind kind, const Params &params, Formula formula,
                     F64Range f64, const char *label = "") {
  for (Type type : kTypes) {
    const fltSemantics &semantics = semanticsOf(type);
    uint64_t bound = type == Type::F64 ? kF64UlpBound : kNarrowUlpBound;
    uint64_t maxUlp = 0;
    size_t checked = 0, inexact = 0;
    unsigned failures = 0;
    for (const APFloat &x : inputsFor(type)) {
      // NaNs and infinities are the special-value table's business.
      if (!x.isFinite())
        continue;
      double xd = toDouble(x);
      if (type == Type::F64 && (xd < f64.lo || xd > f64.hi))
        continue;
      APFloat expected = roundTo(formula(xd), semantics);
      APFloat actual = evaluate(kind, params, {x});
      ++checked;
      auto where = [&] {
        return getMnemonic(kind).str() + label + " on " + nameOf(type) + "(" +
               describe(x) + "): expected " + describe(expected) +
               ", got " + describe(actual);
      };
      if (actual.isNaN() || expected.isNaN()) {
        ADD_FAILURE() << where();
        continue;
      }
      uint64_t ulps = ulpDistance(expected, actual);
      maxUlp = std::max(maxUlp, ulps);
      inexact += ulps != 0;
      if (ulps > bound && ++failures <= 5)
        ADD_FAILURE() << where() << ", " << ulps << " ulp";
    }
    EXPECT_GT(checked, 1000u);
    EXPECT_LE(maxUlp, bound) << getMnemonic(kind).str() << label << " on "
                             << nameOf(type);
    if (isVerbose())
      std::printf("[ measured ] %-12s%-22s %-4s max %llu ulp, %zu of %zu "
                  "differ from the double formula\n",
                  std::string(getMnemonic(kind)).c_str(), label,
                  nameOf(type), (unsigned long long)maxUlp, inexact, checked);
  }
}

constexpr double kSeluAlphaDouble = 1.6732632423543772848;
constexpr double kSeluScaleDouble = 1.0507009873554804934;
constexpr double kSqrtHalf = 0.70710678118654752440;

TEST(SemanticsTranscendentalTest, Elu) {
  for (double alpha : {1.0, 0.5, 2.5}) {
    Params params = Params::defaultsFor(OpKind::Elu);
    params.alpha = alpha;
    auto formula = [alpha](double x) {
      return x > 0 ? x : alpha * std::expm1(x);
    };
    expectWithinUlp(OpKind::Elu, params, formula, kWholeF64Range,
                    alpha == 1.0 ? "" : " alpha!=1");
  }
}

TEST(SemanticsTranscendentalTest, Selu) {
  auto formula = [](double x) {
    return kSeluScaleDouble * (x > 0 ? x : kSeluAlphaDouble * std::expm1(x));
  };
  expectWithinUlp(OpKind::Selu, Params::defaultsFor(OpKind::Selu), formula,
                  kWholeF64Range);
}

TEST(SemanticsTranscendentalTest, Celu) {
  for (double alpha : {1.0, 2.0, 0.3}) {
    Params params = Params::defaultsFor(OpKind::Celu);
    params.alpha = alpha;
    // The textbook form, which differs from the reference only in the sign
    // of zero at x = -0 (checked in the special-value table).
    auto formula = [alpha](double x) {
      return std::fmax(0.0, x) + std::fmin(0.0, alpha * std::expm1(x / alpha));
    };
    expectWithinUlp(OpKind::Celu, params, formula, kWholeF64Range,
                    alpha == 1.0 ? "" : " alpha!=1");
  }
}

TEST(SemanticsTranscendentalTest, Gelu) {
  // The textbook erf form where 1 + erf does not cancel much; the identical
  // erfc form further left. Both are accurate enough for the narrow types
  // everywhere, but in double only for x >= -1.
  auto formula = [](double x) {
    if (x >= -1)
      return 0.5 * x * (1 + std::erf(x * kSqrtHalf));
    return 0.5 * x * std::erfc(-x * kSqrtHalf);
  };
  expectWithinUlp(OpKind::Gelu, Params::defaultsFor(OpKind::Gelu), formula,
                  {-1, DBL_MAX});
}

TEST(SemanticsTranscendentalTest, GeluTanh) {
  Params params = Params::defaultsFor(OpKind::Gelu);
  params.approximate = GeluApproximation::Tanh;
  // 1 + tanh(u) cancels for negative u; below -3 the same value is written
  // with exp. Both are accurate enough for the narrow types everywhere, but
  // in double only for x >= -0.5.
  auto formula = [](double x) {
    double u = 0.7978845608028654 * (x + 0.044715 * x * x * x);
    if (x >= -3)
      return 0.5 * x * (1 + std::tanh(u));
    double e = std::exp(2 * u);
    return x * e / (1 + e);
  };
  expectWithinUlp(OpKind::Gelu, params, formula, {-0.5, DBL_MAX}, " tanh");
}

TEST(SemanticsTranscendentalTest, Sigmoid) {
  auto formula = [](double x) { return 1 / (1 + std::exp(-x)); };
  // Below -709 exp(-x) overflows in double.
  expectWithinUlp(OpKind::Sigmoid, Params::defaultsFor(OpKind::Sigmoid),
                  formula, {-700, DBL_MAX});
}

TEST(SemanticsTranscendentalTest, Silu) {
  auto formula = [](double x) { return x / (1 + std::exp(-x)); };
  expectWithinUlp(OpKind::Silu, Params::defaultsFor(OpKind::Silu), formula,
                  {-700, DBL_MAX});
}

TEST(SemanticsTranscendentalTest, Softplus) {
  // beta values whose products with x are exact, so the double formula
  // switches to the identity exactly where the reference does.
  const std::pair<double, double> settings[] = {
      {1.0, 20.0}, {2.0, 10.0}, {0.5, 20.0}, {1.0, 5.0}};
  for (auto [beta, thresholdValue] : settings) {
    Params params = Params::defaultsFor(OpKind::Softplus);
    params.beta = beta;
    params.threshold = thresholdValue;
    auto formula = [beta = beta, thresholdValue = thresholdValue](double x) {
      return beta * x > thresholdValue ? x
                                       : std::log1p(std::exp(beta * x)) / beta;
    };
    expectWithinUlp(OpKind::Softplus, params, formula, {-700, DBL_MAX},
                    beta == 1.0 && thresholdValue == 20.0 ? "" : " params");
  }
}

TEST(SemanticsTranscendentalTest, Mish) {
  auto formula = [](double x) {
    return x * std::tanh(std::log1p(std::exp(x)));
  };
  expectWithinUlp(OpKind::Mish, Params::defaultsFor(OpKind::Mish), formula,
                  {-700, DBL_MAX});
}

//===----------------------------------------------------------------------===//
// Special values
//===----------------------------------------------------------------------===//

/// The special inputs, in the column order of the table below.
enum class Special {
  QuietNan,
  SignalingNan,
  PosZero,
  NegZero,
  PosInf,
  NegInf,
  PosDenorm,
  NegDenorm,
  PosMax,
  NegMax,
};
constexpr unsigned kNumSpecials = 10;

const char *nameOf(Special special) {
  static const char *const names[] = {
      "qnan", "snan",        "+0",          "-0",   "+inf",
      "-inf", "+denorm_min", "-denorm_min", "+max", "-max"};
  return names[static_cast<unsigned>(special)];
}

APFloat makeSpecial(Special special, const fltSemantics &semantics) {
  switch (special) {
  case Special::QuietNan: {
    // Negative with a payload, to check that both survive.
    APInt payload(64, 5);
    return APFloat::getQNaN(semantics, /*Negative=*/true, &payload);
  }
  case Special::SignalingNan: {
    APInt payload(64, 3);
    return APFloat::getSNaN(semantics, /*Negative=*/false, &payload);
  }
  case Special::PosZero:
    return APFloat::getZero(semantics);
  case Special::NegZero:
    return APFloat::getZero(semantics, /*Negative=*/true);
  case Special::PosInf:
    return APFloat::getInf(semantics);
  case Special::NegInf:
    return APFloat::getInf(semantics, /*Negative=*/true);
  case Special::PosDenorm:
    return APFloat::getSmallest(semantics);
  case Special::NegDenorm:
    return APFloat::getSmallest(semantics, /*Negative=*/true);
  case Special::PosMax:
    return APFloat::getLargest(semantics);
  case Special::NegMax:
    return APFloat::getLargest(semantics, /*Negative=*/true);
  }
  return APFloat::getZero(semantics);
}

/// What a special input must give.
struct Expect {
  enum Kind {
    /// The input NaN, quieted (payload and sign kept).
    QuietInput,
    /// Any quiet NaN.
    AnyQuietNan,
    /// The input itself, bitwise.
    Same,
    /// The gradient operand dy of relu_grad, bitwise.
    Dy,
    PosZero,
    NegZero,
    PosInf,
    NegInf,
    /// `value` rounded to the element type.
    Value,
    /// `value` times the smallest denormal of the element type.
    Denorms,
    /// The input times `value`, both in the computation type (native float or
    /// double), rounded once to the element type.
    ScaledInComputation,
  };
  Kind kind;
  double value = 0;
};

constexpr Expect kQuiet{Expect::QuietInput};
constexpr Expect kAnyNan{Expect::AnyQuietNan};
constexpr Expect kSame{Expect::Same};
constexpr Expect kDy{Expect::Dy};
constexpr Expect kPosZero{Expect::PosZero};
constexpr Expect kNegZero{Expect::NegZero};
constexpr Expect kPosInf{Expect::PosInf};
constexpr Expect kNegInf{Expect::NegInf};
constexpr Expect value(double v) { return {Expect::Value, v}; }
constexpr Expect denorms(double n) { return {Expect::Denorms, n}; }
constexpr Expect scaled(double f) {
  return {Expect::ScaledInComputation, f};
}

/// Which operand the special value is.
enum class Role {
  /// The only operand (or x of prelu, with slope 0.25).
  X,
  /// x of relu_grad, with dy = -3.5.
  GradX,
  /// dy of relu_grad, with x = `Row::other`.
  GradDy,
};

struct Override {
  Type type;
  Special input;
  Expect expect;
};

struct Row {
  const char *label;
  OpKind kind;
  Params params;
  std::array<Expect, kNumSpecials> expects;
  Role role = Role::X;
  double other = 0;
  std::vector<Override> overrides = {};
};

Params with(OpKind kind, void (*tweak)(Params &)) {
  Params params = Params::defaultsFor(kind);
  tweak(params);
  return params;
}

Params defaults(OpKind kind) { return Params::defaultsFor(kind); }

constexpr double kSeluLimit = -1.7580993408473768599;
constexpr double kLn2 = 0.69314718055994530942;

// Columns: qnan snan +0 -0 +inf -inf +denorm_min -denorm_min +max -max.
const std::vector<Row> &specialRows() {
  using K = OpKind;
  static const std::vector<Row> rows = {
      {"relu", K::Relu, defaults(K::Relu),
       {kQuiet, kQuiet, kPosZero, kPosZero, kPosInf, kPosZero, kSame,
        kPosZero, kSame, kPosZero}},
      {"relu ignore", K::Relu,
       with(K::Relu, [](Params &p) { p.nanMode = NanMode::Ignore; }),
       {kPosZero, kPosZero, kPosZero, kPosZero, kPosInf, kPosZero, kSame,
        kPosZero, kSame, kPosZero}},
      {"clamp 0..6", K::Clamp, defaults(K::Clamp),
       {kQuiet, kQuiet, kPosZero, kPosZero, value(6), kPosZero, kSame,
        kPosZero, value(6), kPosZero}},
      {"clamp -1..1 ignore", K::Clamp, with(K::Clamp, [](Params &p) {
         p.min = -1;
         p.max = 1;
         p.nanMode = NanMode::Ignore;
       }),
       {value(-1), value(-1), kPosZero, kNegZero, value(1), value(-1), kSame,
        kSame, value(1), value(-1)}},
      {"clamp -0..+0", K::Clamp, with(K::Clamp, [](Params &p) {
         p.min = -0.0;
         p.max = 0.0;
       }),
       {kQuiet, kQuiet, kPosZero, kNegZero, kPosZero, kNegZero, kPosZero,
        kNegZero, kPosZero, kNegZero}},
      {"leaky_relu", K::LeakyRelu, defaults(K::LeakyRelu),
       {kQuiet, kQuiet, kPosZero, kNegZero, kPosInf, kNegInf, kSame, kNegZero,
        kSame, scaled(0.01)}},
      // +0 is not > 0, so it is multiplied: +0 * -0.5 = -0.
      {"leaky_relu alpha=-0.5", K::LeakyRelu,
       with(K::LeakyRelu, [](Params &p) { p.alpha = -0.5; }),
       {kQuiet, kQuiet, kNegZero, kPosZero, kPosInf, kPosInf, kSame,
        kPosZero, kSame, scaled(-0.5)}},
      {"prelu slope=0.25", K::PRelu, defaults(K::PRelu),
       {kQuiet, kQuiet, kPosZero, kNegZero, kPosInf, kNegInf, kSame, kNegZero,
        kSame, scaled(0.25)}},
      {"elu", K::Elu, defaults(K::Elu),
       {kQuiet, kQuiet, kPosZero, kNegZero, kPosInf, value(-1), kSame, kSame,
        kSame, value(-1)}},
      {"selu", K::Selu, defaults(K::Selu),
       {kQuiet, kQuiet, kPosZero, kNegZero, kPosInf, value(kSeluLimit), kSame,
        denorms(-2), kPosInf, value(kSeluLimit)}},
      {"celu alpha=2", K::Celu, with(K::Celu, [](Params &p) { p.alpha = 2; }),
       {kQuiet, kQuiet, kPosZero, kNegZero, kPosInf, value(-2), kSame, kSame,
        kSame, value(-2)}},
      // gelu(+-denorm_min) = +-denorm_min / 2 + (positive x^2 term): the
      // midpoint is rounded up, to denorm_min and -0.
      {"gelu", K::Gelu, defaults(K::Gelu),
       {kQuiet, kQuiet, kPosZero, kNegZero, kPosInf, kNegZero, kSame,
        kNegZero, kSame, kNegZero}},
      {"gelu tanh", K::Gelu,
       with(K::Gelu,
            [](Params &p) { p.approximate = GeluApproximation::Tanh; }),
       {kQuiet, kQuiet, kPosZero, kNegZero, kPosInf, kNegZero, kSame,
        kNegZero, kSame, kNegZero}},
      {"sigmoid", K::Sigmoid, defaults(K::Sigmoid),
       {kQuiet, kQuiet, value(0.5), value(0.5), value(1), kPosZero,
        value(0.5), value(0.5), value(1), kPosZero}},
      {"silu", K::Silu, defaults(K::Silu),
       {kQuiet, kQuiet, kPosZero, kNegZero, kPosInf, kNegZero, kSame,
        kNegZero, kSame, kNegZero}},
      {"hardsigmoid", K::HardSigmoid, defaults(K::HardSigmoid),
       {kQuiet, kQuiet, value(0.5), value(0.5), value(1), kPosZero,
        value(0.5), value(0.5), value(1), kPosZero}},
      {"hardsigmoid alpha=0", K::HardSigmoid,
       with(K::HardSigmoid,
            [](Params &p) {
              p.alpha = 0;
              p.beta = 0.25;
            }),
       {kQuiet, kQuiet, value(0.25), value(0.25), kAnyNan, kAnyNan,
        value(0.25), value(0.25), value(0.25), value(0.25)}},
      {"hardswish", K::HardSwish, defaults(K::HardSwish),
       {kQuiet, kQuiet, kPosZero, kNegZero, kPosInf, kNegZero, kPosZero,
        kNegZero, kSame, kNegZero}},
      {"softplus", K::Softplus, defaults(K::Softplus),
       {kQuiet, kQuiet, value(kLn2), value(kLn2), kPosInf, kPosZero,
        value(kLn2), value(kLn2), kSame, kPosZero}},
      {"softplus beta=2", K::Softplus,
       with(K::Softplus,
            [](Params &p) {
              p.beta = 2;
              p.threshold = 10;
            }),
       {kQuiet, kQuiet, value(kLn2 / 2), value(kLn2 / 2), kPosInf, kPosZero,
        value(kLn2 / 2), value(kLn2 / 2), kSame, kPosZero}},
      {"mish", K::Mish, defaults(K::Mish),
       {kQuiet, kQuiet, kPosZero, kNegZero, kPosInf, kNegZero, kSame, kSame,
        kSame, kNegZero}},
      {"threshold", K::Threshold, defaults(K::Threshold),
       {kQuiet, kQuiet, kPosZero, kPosZero, kPosInf, kPosZero, kSame,
        kPosZero, kSame, kPosZero}},
      {"threshold 1 -> -2", K::Threshold,
       with(K::Threshold,
            [](Params &p) {
              p.threshold = 1;
              p.value = -2;
            }),
       {kQuiet, kQuiet, value(-2), value(-2), kPosInf, value(-2), value(-2),
        value(-2), kSame, value(-2)}},
      {"threshold -1 -> 0.5", K::Threshold,
       with(K::Threshold,
            [](Params &p) {
              p.threshold = -1;
              p.value = 0.5;
            }),
       {kQuiet, kQuiet, kPosZero, kNegZero, kPosInf, value(0.5), kSame, kSame,
        kSame, value(0.5)}},
      {"relu_grad x special, dy=-3.5", K::ReluGrad, defaults(K::ReluGrad),
       {kDy, kDy, kPosZero, kPosZero, kDy, kPosZero, kDy, kPosZero, kDy,
        kPosZero},
       Role::GradX},
      {"relu_grad dy special, x=1", K::ReluGrad, defaults(K::ReluGrad),
       {kQuiet, kQuiet, kPosZero, kNegZero, kPosInf, kNegInf, kSame, kSame,
        kSame, kSame},
       Role::GradDy, 1.0},
      {"relu_grad dy special, x=-1", K::ReluGrad, defaults(K::ReluGrad),
       {kPosZero, kPosZero, kPosZero, kPosZero, kPosZero, kPosZero, kPosZero,
        kPosZero, kPosZero, kPosZero},
       Role::GradDy, -1.0},
  };
  return rows;
}

APFloat expectedValue(const Expect &expect, Type type, const APFloat &input,
                      const APFloat &dy) {
  const fltSemantics &semantics = semanticsOf(type);
  switch (expect.kind) {
  case Expect::QuietInput:
    return input.makeQuiet();
  case Expect::AnyQuietNan:
    return APFloat::getQNaN(semantics);
  case Expect::Same:
    return input;
  case Expect::Dy:
    return dy;
  case Expect::PosZero:
    return APFloat::getZero(semantics);
  case Expect::NegZero:
    return APFloat::getZero(semantics, /*Negative=*/true);
  case Expect::PosInf:
    return APFloat::getInf(semantics);
  case Expect::NegInf:
    return APFloat::getInf(semantics, /*Negative=*/true);
  case Expect::Value:
    return roundTo(expect.value, semantics);
  case Expect::Denorms: {
    double denormMin = toDouble(APFloat::getSmallest(semantics));
    return roundTo(expect.value * denormMin, semantics);
  }
  case Expect::ScaledInComputation:
    if (type == Type::F64)
      return APFloat(toDouble(input) * expect.value);
    return roundTo(toFloat(input) * static_cast<float>(expect.value),
                   semantics);
  }
  return APFloat::getZero(semantics);
}

TEST(SemanticsSpecialValuesTest, Table) {
  for (const Row &row : specialRows()) {
    ASSERT_EQ(getNumOperands(row.kind), row.kind == OpKind::PRelu ||
                                                row.kind == OpKind::ReluGrad
                                            ? 2u
                                            : 1u);
    for (Type type : kTypes) {
      const fltSemantics &semantics = semanticsOf(type);
      for (unsigned column = 0; column < kNumSpecials; ++column) {
        Special special = static_cast<Special>(column);
        APFloat input = makeSpecial(special, semantics);
        Expect expect = row.expects[column];
        for (const Override &override : row.overrides)
          if (override.type == type && override.input == special)
            expect = override.expect;
        std::vector<APFloat> operands;
        APFloat dy = roundTo(-3.5, semantics);
        switch (row.role) {
        case Role::X:
          operands.push_back(input);
          if (row.kind == OpKind::PRelu)
            operands.push_back(roundTo(0.25, semantics));
          break;
        case Role::GradX:
          operands = {dy, input};
          break;
        case Role::GradDy:
          operands = {input, roundTo(row.other, semantics)};
          break;
        }
        APFloat expected = expectedValue(expect, type, input, dy);
        APFloat actual = evaluate(row.kind, row.params, operands);
        // Bitwise, so the sign of zero and the NaN payload count; any quiet
        // NaN only where the NaN is made by the arithmetic.
        bool matches = expect.kind == Expect::AnyQuietNan
                           ? actual.isNaN() && !actual.isSignaling()
                           : toBits(expected) == toBits(actual);
        EXPECT_TRUE(matches) << row.label << " on " << nameOf(type) << "("
                             << nameOf(special) << "): expected "
                             << describe(expected) << ", got "
                             << describe(actual);
        if (actual.isNaN()) {
          EXPECT_FALSE(actual.isSignaling())
              << row.label << " on " << nameOf(type) << "(" << nameOf(special)
              << ") returned a signaling NaN";
        }
      }
    }
  }
}

/// Every op gives a quiet NaN for a NaN input (relu_grad: a NaN dy with
/// x > 0), on every type, whatever the NaN's sign and payload.
TEST(SemanticsSpecialValuesTest, NanInQuietNanOut) {
  for (Type type : kTypes) {
    const fltSemantics &semantics = semanticsOf(type);
    unsigned mantissaBits = APFloat::semanticsPrecision(semantics) - 1;
    for (unsigned op = 0; op <= static_cast<unsigned>(OpKind::ReluGrad);
         ++op) {
      OpKind kind = static_cast<OpKind>(op);
      for (bool negative : {false, true}) {
        for (bool signaling : {false, true}) {
          // Payloads in the lowest and highest non-quiet mantissa bits.
          for (uint64_t payloadBits :
               {uint64_t(1), uint64_t(1) << (mantissaBits - 2)}) {
            APInt payload(64, payloadBits);
            APFloat nan =
                signaling
                    ? APFloat::getSNaN(semantics, negative, &payload)
                    : APFloat::getQNaN(semantics, negative, &payload);
            std::vector<APFloat> operands = {nan};
            if (kind == OpKind::PRelu)
              operands.push_back(roundTo(0.25, semantics));
            if (kind == OpKind::ReluGrad)
              operands.push_back(roundTo(1.0, semantics));
            APFloat actual = evaluate(kind, defaults(kind), operands);
            EXPECT_EQ(toBits(actual), toBits(nan.makeQuiet()))
                << getMnemonic(kind).str() << " on " << nameOf(type) << "("
                << describe(nan) << "): got " << describe(actual);
          }
        }
      }
    }
  }
}

TEST(SemanticsSpecialValuesTest, PreluNanSlope) {
  for (Type type : kTypes) {
    const fltSemantics &semantics = semanticsOf(type);
    APFloat nan = APFloat::getSNaN(semantics);
    APFloat negative = prelu(roundTo(-2.0, semantics), nan);
    EXPECT_TRUE(negative.isNaN() && !negative.isSignaling()) << nameOf(type);
    // A positive x does not look at the slope.
    EXPECT_EQ(toBits(prelu(roundTo(2.0, semantics), nan)),
              toBits(roundTo(2.0, semantics)))
        << nameOf(type);
  }
}

/// Values where the piecewise-linear ops' computation-type rules matter.
TEST(SemanticsSpecialValuesTest, ComputationTypeCases) {
  // hardswish of the f32 just below 3: x + 3 rounds to 6, so the result is x
  // itself, whereas x * 6 / 6 would be 3.
  APFloat below3(std::nextafter(3.0f, 0.0f));
  EXPECT_EQ(toBits(hardSwish(below3)), toBits(below3));
  // Huge x: no overflow through x * 6.
  APFloat large = APFloat::getLargest(APFloat::IEEEsingle());
  EXPECT_EQ(toBits(hardSwish(large)), toBits(large));
  // hardswish(-1) = -1 * 2 / 6 = -1/3, rounded in f32.
  EXPECT_EQ(hardSwish(APFloat(-1.0f)).convertToFloat(), -1.0f / 3.0f);
  // threshold compares in f32 for f16: 0.1 rounds to f16 0.0999755859375,
  // which is below the f32 threshold 0.1f, so it is replaced.
  APFloat f16Tenth = roundTo(0.1, APFloat::IEEEhalf());
  EXPECT_EQ(toBits(threshold(f16Tenth, 0.1, -1.0)),
            toBits(roundTo(-1.0, APFloat::IEEEhalf())));
  APFloat f16Above = roundTo(0.1001, APFloat::IEEEhalf());
  EXPECT_EQ(toBits(threshold(f16Above, 0.1, -1.0)), toBits(f16Above));
  // clamp rounds its bounds to the element type: 0.1 in f16.
  APFloat clamped = clamp(APFloat::getZero(APFloat::IEEEhalf()), 0.1, 0.7,
                          NanMode::Propagate);
  EXPECT_EQ(toBits(clamped), toBits(f16Tenth));
  EXPECT_EQ(toBits(clamped), 0x2e66u);
  // leaky_relu on f16 multiplies in f32 and rounds once to f16.
  APFloat f16Neg = roundTo(-3.0, APFloat::IEEEhalf());
  EXPECT_EQ(toBits(leakyRelu(f16Neg, 0.01)),
            toBits(roundTo(-3.0f * 0.01f, APFloat::IEEEhalf())));
}

/// Values of the transcendental ops computed with mpmath to 21 digits, which
/// the reference must give correctly rounded to every element type.
TEST(SemanticsSpecialValuesTest, KnownValues) {
  struct Known {
    OpKind kind;
    double x;
    double expected;
    GeluApproximation approximate = GeluApproximation::None;
    double alpha = 0;
  };
  const Known known[] = {
      {OpKind::Elu, -1.0, -0.632120558828557678404, {}, 1.0},
      {OpKind::Celu, -1.0, -0.786938680574733152792, {}, 2.0},
      {OpKind::Selu, 1.0, 1.05070098735548049342},
      {OpKind::Selu, -1.0, -1.1113307378125627618},
      {OpKind::Gelu, 1.0, 0.841344746068542948585},
      {OpKind::Gelu, -1.0, -0.158655253931457051415},
      {OpKind::Gelu, 1.0, 0.841191990608276717097, GeluApproximation::Tanh},
      {OpKind::Sigmoid, 1.0, 0.731058578630004879251},
      {OpKind::Silu, -2.0, -0.238405844044235111881},
      {OpKind::Softplus, 1.0, 1.31326168751822283405},
      {OpKind::Mish, 1.0, 0.865098388267310346116},
  };
  for (const Known &k : known) {
    Params params = defaults(k.kind);
    params.approximate = k.approximate;
    if (k.alpha != 0)
      params.alpha = k.alpha;
    for (Type type : kTypes) {
      const fltSemantics &semantics = semanticsOf(type);
      APFloat actual = evaluate(k.kind, params, {roundTo(k.x, semantics)});
      APFloat expected = roundTo(k.expected, semantics);
      EXPECT_EQ(toBits(actual), toBits(expected))
          << getMnemonic(k.kind).str() << " on " << nameOf(type) << "("
          << k.x << "): expected " << describe(expected) << ", got "
          << describe(actual);
    }
  }
}

/// The extended evaluation resolves cases that double cannot: for tiny x,
/// 2.5 * expm1(x) is 2.5 x (1 + x / 2), and 2.5 x lies exactly halfway
/// between two floats here. The x / 2 term (2^-57 relative) is lost in double
/// but not in long double, so the reference rounds toward zero correctly.
TEST(SemanticsSpecialValuesTest, ExtendedPrecisionBreaksTies) {
  APFloat x(-0x1.c903f8p-56f);
  APFloat result = elu(x, 2.5);
  EXPECT_EQ(result.convertToFloat(), -0x1.1da27ap-54f);
  // The naive double formula rounds the tie to even, away from zero.
  EXPECT_EQ(static_cast<float>(2.5 * std::expm1(-0x1.c903f8p-56)),
            -0x1.1da27cp-54f);
}

/// gelu and silu of tiny x are x/2 + c x^2 + ... with c > 0. Where x/2 is a
/// midpoint of the element type (x an odd multiple of denorm_min), the x^2
/// term, far below long double precision, decides: the result is rounded up.
TEST(SemanticsSpecialValuesTest, TinyInputsRoundMidpointsUp) {
  const Params plain = defaults(OpKind::Gelu);
  const Params tanhForm =
      with(OpKind::Gelu,
           [](Params &p) { p.approximate = GeluApproximation::Tanh; });
  const std::pair<OpKind, Params> ops[] = {
      {OpKind::Gelu, plain},
      {OpKind::Gelu, tanhForm},
      {OpKind::Silu, defaults(OpKind::Silu)}};
  // (multiple of denorm_min in, multiple of denorm_min out)
  const std::pair<int, int> cases[] = {{1, 1}, {-1, 0}, {3, 2}, {-3, -1},
                                       {5, 3}, {-5, -2}, {2, 1}, {-2, -1},
                                       {4, 2}, {-4, -2}};
  for (Type type : kTypes) {
    const fltSemantics &semantics = semanticsOf(type);
    double denormMin = toDouble(APFloat::getSmallest(semantics));
    for (const auto &[kind, params] : ops) {
      for (auto [in, out] : cases) {
        APFloat x = roundTo(in * denormMin, semantics);
        APFloat expected = roundTo(out * denormMin, semantics);
        if (out == 0)
          expected = APFloat::getZero(semantics, /*Negative=*/in < 0);
        APFloat actual = evaluate(kind, params, {x});
        // f16's denorm_min (2^-24) is large enough for the long double
        // evaluation itself; the results are the same.
        EXPECT_EQ(toBits(actual), toBits(expected))
            << getMnemonic(kind).str()
            << (params.approximate == GeluApproximation::Tanh ? " tanh" : "")
            << " on " << nameOf(type) << "(" << in
            << " denorm_min): expected " << describe(expected) << ", got "
            << describe(actual);
      }
    }
    // A tiny normal x: x/2 is representable and is the result.
    if (type != Type::F16) {
      APFloat x = roundTo(0x1p-70, semantics);
      EXPECT_EQ(toBits(gelu(x, GeluApproximation::None)),
                toBits(roundTo(0x1p-71, semantics)));
      EXPECT_EQ(toBits(silu(-x)), toBits(roundTo(-0x1p-71, semantics)));
    }
  }
}

//===----------------------------------------------------------------------===//
// Integers
//===----------------------------------------------------------------------===//

TEST(SemanticsIntegerTest, Relu) {
  Params params = defaults(OpKind::Relu);
  auto relu8 = [&](int64_t v) {
    return evaluateInteger(OpKind::Relu, params, APInt(8, v, /*isSigned=*/true))
        .getSExtValue();
  };
  EXPECT_EQ(relu8(-128), 0);
  EXPECT_EQ(relu8(-1), 0);
  EXPECT_EQ(relu8(0), 0);
  EXPECT_EQ(relu8(1), 1);
  EXPECT_EQ(relu8(127), 127);
  auto relu32 = [&](int64_t v) {
    return evaluateInteger(OpKind::Relu, params,
                           APInt(32, v, /*isSigned=*/true))
        .getSExtValue();
  };
  EXPECT_EQ(relu32(INT32_MIN), 0);
  EXPECT_EQ(relu32(-7), 0);
  EXPECT_EQ(relu32(INT32_MAX), INT32_MAX);
  // Signless i1: the only values are 0 and -1.
  EXPECT_TRUE(
      evaluateInteger(OpKind::Relu, params, APInt(1, 1)).isZero());
}

TEST(SemanticsIntegerTest, Clamp) {
  auto clampN = [](unsigned width, int64_t v, double min, double max) {
    Params params = defaults(OpKind::Clamp);
    params.min = min;
    params.max = max;
    APInt result = evaluateInteger(OpKind::Clamp, params,
                                   APInt(width, v, /*isSigned=*/true));
    EXPECT_EQ(result.getBitWidth(), width);
    return result.getSExtValue();
  };
  // relu6 on i8.
  EXPECT_EQ(clampN(8, -128, 0, 6), 0);
  EXPECT_EQ(clampN(8, -1, 0, 6), 0);
  EXPECT_EQ(clampN(8, 3, 0, 6), 3);
  EXPECT_EQ(clampN(8, 7, 0, 6), 6);
  EXPECT_EQ(clampN(8, 127, 0, 6), 6);
  // The full i8 range and a negative range.
  EXPECT_EQ(clampN(8, -128, -128, 127), -128);
  EXPECT_EQ(clampN(8, 127, -128, 127), 127);
  EXPECT_EQ(clampN(8, -100, -5, -2), -5);
  EXPECT_EQ(clampN(8, 100, -5, -2), -2);
  EXPECT_EQ(clampN(8, -3, -5, -2), -3);
  // i32 extremes.
  EXPECT_EQ(clampN(32, INT32_MIN, -2147483648.0, 2147483647.0), INT32_MIN);
  EXPECT_EQ(clampN(32, INT32_MIN, -1000, 1000), -1000);
  EXPECT_EQ(clampN(32, INT32_MAX, -1000, 1000), 1000);
  EXPECT_EQ(clampN(32, INT32_MAX, 0, 6), 6);
  // i64 bounds beyond 2^32.
  EXPECT_EQ(clampN(64, INT64_MIN, -9007199254740992.0, 0),
            -9007199254740992);
}

//===----------------------------------------------------------------------===//
// Op table and helpers
//===----------------------------------------------------------------------===//

TEST(SemanticsOpTableTest, Mnemonics) {
  const char *names[] = {"relu",        "clamp",     "leaky_relu", "prelu",
                         "elu",         "selu",      "celu",       "gelu",
                         "sigmoid",     "silu",      "hardsigmoid",
                         "hardswish",   "softplus",  "mish",       "threshold",
                         "relu_grad"};
  for (unsigned op = 0; op <= static_cast<unsigned>(OpKind::ReluGrad); ++op) {
    OpKind kind = static_cast<OpKind>(op);
    EXPECT_EQ(getMnemonic(kind).str(), names[op]);
    EXPECT_EQ(symbolizeOpKind(names[op]), kind);
  }
  EXPECT_EQ(symbolizeOpKind("relu6"), std::nullopt);
  EXPECT_EQ(symbolizeOpKind(""), std::nullopt);
}

TEST(SemanticsOpTableTest, Traits) {
  for (unsigned op = 0; op <= static_cast<unsigned>(OpKind::ReluGrad); ++op) {
    OpKind kind = static_cast<OpKind>(op);
    bool binary = kind == OpKind::PRelu || kind == OpKind::ReluGrad;
    EXPECT_EQ(getNumOperands(kind), binary ? 2u : 1u)
        << getMnemonic(kind).str();
    bool linear = kind == OpKind::Relu || kind == OpKind::Clamp ||
                  kind == OpKind::LeakyRelu || kind == OpKind::PRelu ||
                  kind == OpKind::Threshold || kind == OpKind::ReluGrad ||
                  kind == OpKind::HardSigmoid || kind == OpKind::HardSwish;
    EXPECT_EQ(isPiecewiseLinear(kind), linear) << getMnemonic(kind).str();
    EXPECT_EQ(supportsIntegers(kind),
              kind == OpKind::Relu || kind == OpKind::Clamp)
        << getMnemonic(kind).str();
  }
}

TEST(SemanticsOpTableTest, Defaults) {
  EXPECT_EQ(defaults(OpKind::LeakyRelu).alpha, 0.01);
  EXPECT_EQ(defaults(OpKind::Elu).alpha, 1.0);
  EXPECT_EQ(defaults(OpKind::Celu).alpha, 1.0);
  EXPECT_EQ(defaults(OpKind::HardSigmoid).alpha, 1.0 / 6.0);
  EXPECT_EQ(defaults(OpKind::HardSigmoid).beta, 0.5);
  EXPECT_EQ(defaults(OpKind::Softplus).beta, 1.0);
  EXPECT_EQ(defaults(OpKind::Softplus).threshold, 20.0);
  EXPECT_EQ(defaults(OpKind::Clamp).min, 0.0);
  EXPECT_EQ(defaults(OpKind::Clamp).max, 6.0);
  EXPECT_EQ(defaults(OpKind::Threshold).threshold, 0.0);
  EXPECT_EQ(defaults(OpKind::Threshold).value, 0.0);
  for (unsigned op = 0; op <= static_cast<unsigned>(OpKind::ReluGrad); ++op) {
    Params params = defaults(static_cast<OpKind>(op));
    EXPECT_EQ(params.nanMode, NanMode::Propagate);
    EXPECT_EQ(params.approximate, GeluApproximation::None);
  }
}

TEST(SemanticsHelpersTest, ComputationSemantics) {
  EXPECT_EQ(&getComputationSemantics(APFloat::IEEEhalf()),
            &APFloat::IEEEsingle());
  EXPECT_EQ(&getComputationSemantics(APFloat::BFloat()),
            &APFloat::IEEEsingle());
  EXPECT_EQ(&getComputationSemantics(APFloat::IEEEsingle()),
            &APFloat::IEEEsingle());
  EXPECT_EQ(&getComputationSemantics(APFloat::IEEEdouble()),
            &APFloat::IEEEdouble());
}

TEST(SemanticsHelpersTest, Conversions) {
  // 0.1 rounded directly to f16 (not through f32).
  EXPECT_EQ(toBits(fromDouble(0.1, APFloat::IEEEhalf())), 0x2e66u);
  EXPECT_EQ(toBits(fromDouble(1.0 / 3.0, APFloat::BFloat())), 0x3eabu);
  EXPECT_EQ(toBits(fromDouble(-0.0, APFloat::IEEEsingle())), 0x80000000u);
  // Ties to even: 1 + 2^-11 lies halfway between two f16 values.
  EXPECT_EQ(toBits(fromDouble(1.0 + 0x1p-11, APFloat::IEEEhalf())), 0x3c00u);
  EXPECT_EQ(toBits(convertTo(APFloat(65520.0f), APFloat::IEEEhalf())),
            0x7c00u);
}

TEST(SemanticsHelpersTest, UlpDistance) {
  const fltSemantics &f32 = APFloat::IEEEsingle();
  EXPECT_EQ(ulpDistance(APFloat(0.0f), APFloat(-0.0f)), 0u);
  EXPECT_EQ(ulpDistance(APFloat(1.0f), APFloat(1.0f)), 0u);
  EXPECT_EQ(ulpDistance(APFloat(1.0f), APFloat(std::nextafter(1.0f, 2.0f))),
            1u);
  EXPECT_EQ(ulpDistance(APFloat(std::nextafter(1.0f, 2.0f)), APFloat(1.0f)),
            1u);
  EXPECT_EQ(ulpDistance(APFloat::getSmallest(f32),
                        APFloat::getSmallest(f32, /*Negative=*/true)),
            2u);
  EXPECT_EQ(ulpDistance(APFloat::getSmallest(f32), APFloat(-0.0f)), 1u);
  EXPECT_EQ(ulpDistance(APFloat::getLargest(f32), APFloat::getInf(f32)), 1u);
  EXPECT_EQ(ulpDistance(APFloat(-1.0f), APFloat(-2.0f)), 1u << 23);
  EXPECT_EQ(ulpDistance(fromDouble(1.0, APFloat::IEEEhalf()),
                        fromDouble(2.0, APFloat::IEEEhalf())),
            1024u);
  const fltSemantics &f64 = APFloat::IEEEdouble();
  EXPECT_EQ(ulpDistance(APFloat::getInf(f64, /*Negative=*/true),
                        APFloat::getInf(f64)),
            2 * UINT64_C(0x7ff0000000000000));
}

/// evaluate() dispatches to the per-op entry points with the right
/// parameters and operand order.
TEST(SemanticsHelpersTest, EvaluateDispatch) {
  const fltSemantics &f32 = APFloat::IEEEsingle();
  APFloat x(-1.25f), y(0.75f);
  Params p;
  p.alpha = 0.3;
  p.beta = 0.7;
  p.min = -1;
  p.max = 2;
  p.threshold = -2;
  p.value = 5;
  p.nanMode = NanMode::Ignore;
  p.approximate = GeluApproximation::Tanh;
  auto same = [](const APFloat &a, const APFloat &b) {
    return toBits(a) == toBits(b);
  };
  EXPECT_TRUE(same(evaluate(OpKind::Relu, p, {x}), relu(x, p.nanMode)));
  EXPECT_TRUE(same(evaluate(OpKind::Clamp, p, {x}),
                   clamp(x, p.min, p.max, p.nanMode)));
  EXPECT_TRUE(same(evaluate(OpKind::LeakyRelu, p, {x}), leakyRelu(x, 0.3)));
  EXPECT_TRUE(same(evaluate(OpKind::PRelu, p, {x, y}), prelu(x, y)));
  EXPECT_TRUE(same(evaluate(OpKind::Elu, p, {x}), elu(x, 0.3)));
  EXPECT_TRUE(same(evaluate(OpKind::Selu, p, {x}), selu(x)));
  EXPECT_TRUE(same(evaluate(OpKind::Celu, p, {x}), celu(x, 0.3)));
  EXPECT_TRUE(same(evaluate(OpKind::Gelu, p, {x}),
                   gelu(x, GeluApproximation::Tanh)));
  EXPECT_TRUE(same(evaluate(OpKind::Sigmoid, p, {x}), sigmoid(x)));
  EXPECT_TRUE(same(evaluate(OpKind::Silu, p, {x}), silu(x)));
  EXPECT_TRUE(same(evaluate(OpKind::HardSigmoid, p, {x}),
                   hardSigmoid(x, 0.3, 0.7)));
  EXPECT_TRUE(same(evaluate(OpKind::HardSwish, p, {x}), hardSwish(x)));
  EXPECT_TRUE(same(evaluate(OpKind::Softplus, p, {x}),
                   softplus(x, 0.7, -2)));
  EXPECT_TRUE(same(evaluate(OpKind::Mish, p, {x}), mish(x)));
  EXPECT_TRUE(
      same(evaluate(OpKind::Threshold, p, {x}), threshold(x, -2, 5)));
  // relu_grad takes (dy, x): x = 0.75 > 0 passes dy = -1.25.
  EXPECT_TRUE(same(evaluate(OpKind::ReluGrad, p, {x, y}), x));
  EXPECT_TRUE(same(evaluate(OpKind::ReluGrad, p, {y, x}),
                   APFloat::getZero(f32)));
  // The parameterized results differ from the defaults', so the parameters
  // were read.
  EXPECT_FALSE(same(leakyRelu(x, 0.3), leakyRelu(x, 0.01)));
  EXPECT_EQ(evaluate(OpKind::Threshold, p, {x}).convertToFloat(), -1.25f);
  EXPECT_EQ(evaluate(OpKind::Clamp, p, {APFloat(3.0f)}).convertToFloat(),
            2.0f);
}

} // namespace
