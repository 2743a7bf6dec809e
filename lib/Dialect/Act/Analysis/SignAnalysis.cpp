//===- SignAnalysis.cpp - sign and NaN facts of float values ----*- C++ -*-===//
//
// Part of the act-mlir project.
//
//===----------------------------------------------------------------------===//
//
// Transfer functions work on the seven classes in their order
//   -inf < negative finite < -0 < +0 < positive finite < +inf,  and NaN.
// Monotone ops (relu, clamp, maximum, minimum) map classes through that
// order exactly; arithmetic uses IEEE sign rules, with overflow (finite ->
// inf), underflow (finite -> zero) and the NaN cases (inf - inf, 0 * inf,
// 0 / 0, inf / inf) included.
//
//===----------------------------------------------------------------------===//

#include "act/Dialect/Act/Analysis/SignAnalysis.h"

#include "act/Dialect/Act/IR/ActOps.h"

#include "mlir/Analysis/DataFlow/SparseAnalysis.h"
#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/Linalg/IR/Linalg.h"
#include "mlir/Dialect/Math/IR/Math.h"
#include "mlir/Dialect/Tensor/IR/Tensor.h"
#include "mlir/Dialect/Vector/IR/VectorOps.h"
#include "mlir/IR/BuiltinAttributes.h"
#include "mlir/IR/TypeUtilities.h"
#include "llvm/ADT/TypeSwitch.h"

using namespace mlir;
using namespace mlir::act;
using llvm::APFloat;

//===----------------------------------------------------------------------===//
// SignSet
//===----------------------------------------------------------------------===//

SignSet SignSet::of(const APFloat &value) {
  if (value.isNaN())
    return SignSet(NaN);
  bool negative = value.isNegative();
  if (value.isInfinity())
    return SignSet(negative ? NegInf : PosInf);
  if (value.isZero())
    return SignSet(negative ? NegZero : PosZero);
  return SignSet(negative ? NegFinite : PosFinite);
}

void SignSet::print(raw_ostream &os) const {
  static const char *names[] = {"-inf", "-finite", "-0", "+0",
                                "+finite", "+inf", "nan"};
  os << "{";
  bool first = true;
  for (unsigned i = 0; i < 7; ++i) {
    if (!(bits & (1u << i)))
      continue;
    os << (first ? "" : ", ") << names[i];
    first = false;
  }
  os << "}";
}

//===----------------------------------------------------------------------===//
// Class arithmetic
//===----------------------------------------------------------------------===//

namespace {
using S = SignSet;

/// The ordered number classes, index 0 (-inf) to 5 (+inf).
constexpr unsigned kNumberClasses = 6;

uint8_t bitOf(unsigned index) { return static_cast<uint8_t>(1u << index); }
bool isNegativeIndex(unsigned index) { return index < 3; }
uint8_t zeroOf(bool negative) { return negative ? S::NegZero : S::PosZero; }
uint8_t finiteOf(bool negative) {
  return negative ? S::NegFinite : S::PosFinite;
}
uint8_t infOf(bool negative) { return negative ? S::NegInf : S::PosInf; }
bool isZeroIndex(unsigned i) { return i == 2 || i == 3; }
bool isInfIndex(unsigned i) { return i == 0 || i == 5; }

/// Applies `f` to every pair of number classes of `a` and `b`; NaN in either
/// gives NaN.
template <typename F>
uint8_t forPairs(uint8_t a, uint8_t b, F f) {
  uint8_t result = (a | b) & S::NaN;
  for (unsigned i = 0; i < kNumberClasses; ++i)
    if (a & bitOf(i))
      for (unsigned j = 0; j < kNumberClasses; ++j)
        if (b & bitOf(j))
          result |= f(i, j);
  return result;
}

uint8_t negate(uint8_t bits) {
  uint8_t result = bits & S::NaN;
  for (unsigned i = 0; i < kNumberClasses; ++i)
    if (bits & bitOf(i))
      result |= bitOf(kNumberClasses - 1 - i);
  return result;
}

uint8_t absolute(uint8_t bits) {
  uint8_t result = bits & (S::NaN | S::kPositive);
  for (unsigned i = 0; i < 3; ++i)
    if (bits & bitOf(i))
      result |= bitOf(kNumberClasses - 1 - i);
  return result;
}

uint8_t multiply(uint8_t a, uint8_t b) {
  return forPairs(a, b, [](unsigned i, unsigned j) -> uint8_t {
    bool negative = isNegativeIndex(i) != isNegativeIndex(j);
    if ((isZeroIndex(i) && isInfIndex(j)) || (isInfIndex(i) && isZeroIndex(j)))
      return S::NaN;
    if (isZeroIndex(i) || isZeroIndex(j))
      return zeroOf(negative);
    if (isInfIndex(i) || isInfIndex(j))
      return infOf(negative);
    // Finite * finite may underflow or overflow.
    return zeroOf(negative) | finiteOf(negative) | infOf(negative);
  });
}

/// x * x: never negative (the product of equal signs).
uint8_t square(uint8_t bits) {
  uint8_t result = bits & S::NaN;
  if (bits & (S::NegZero | S::PosZero))
    result |= S::PosZero;
  if (bits & (S::NegFinite | S::PosFinite))
    result |= S::PosZero | S::PosFinite | S::PosInf;
  if (bits & (S::NegInf | S::PosInf))
    result |= S::PosInf;
  return result;
}

uint8_t divide(uint8_t a, uint8_t b) {
  return forPairs(a, b, [](unsigned i, unsigned j) -> uint8_t {
    bool negative = isNegativeIndex(i) != isNegativeIndex(j);
    if ((isZeroIndex(i) && isZeroIndex(j)) || (isInfIndex(i) && isInfIndex(j)))
      return S::NaN;
    if (isZeroIndex(i) || isInfIndex(j))
      return zeroOf(negative);
    if (isInfIndex(i) || isZeroIndex(j))
      return infOf(negative);
    return zeroOf(negative) | finiteOf(negative) | infOf(negative);
  });
}

uint8_t add(uint8_t a, uint8_t b) {
  return forPairs(a, b, [](unsigned i, unsigned j) -> uint8_t {
    bool negI = isNegativeIndex(i), negJ = isNegativeIndex(j);
    if (isInfIndex(i) && isInfIndex(j))
      return negI == negJ ? infOf(negI) : S::NaN;
    if (isInfIndex(i))
      return infOf(negI);
    if (isInfIndex(j))
      return infOf(negJ);
    if (isZeroIndex(i) && isZeroIndex(j))
      return negI && negJ ? S::NegZero : S::PosZero;
    if (isZeroIndex(i))
      return finiteOf(negJ);
    if (isZeroIndex(j))
      return finiteOf(negI);
    if (negI == negJ)
      return finiteOf(negI) | infOf(negI);
    // Opposite signs: any finite value, exact cancellation gives +0.
    return S::NegFinite | S::PosZero | S::PosFinite;
  });
}

/// IEEE-754-2019 maximum (or minimum): NaN if either is NaN; otherwise a
/// class at least (at most) the smallest (largest) class of each side.
uint8_t extremum(uint8_t a, uint8_t b, bool isMax) {
  uint8_t result = (a | b) & S::NaN;
  uint8_t numbersA = a & S::kNumbers, numbersB = b & S::kNumbers;
  if (!numbersA || !numbersB)
    return result;
  auto lowest = [](uint8_t bits) { return llvm::countr_zero(bits); };
  auto highest = [](uint8_t bits) { return 7 - llvm::countl_zero(bits); };
  for (unsigned i = 0; i < kNumberClasses; ++i) {
    if (!((numbersA | numbersB) & bitOf(i)))
      continue;
    bool possible =
        isMax ? (int(i) >= lowest(numbersA) && int(i) >= lowest(numbersB))
              : (int(i) <= highest(numbersA) && int(i) <= highest(numbersB));
    if (possible)
      result |= bitOf(i);
  }
  return result;
}

/// The class index of `value` rounded to `semantics`.
unsigned classIndex(double value, const llvm::fltSemantics &semantics) {
  APFloat rounded = semantics::fromDouble(value, semantics);
  return llvm::countr_zero(S::of(rounded).getBits());
}

/// clamp at class granularity: every class below lo maps to lo's class,
/// above hi to hi's class (exact, since clamp is monotone).
uint8_t clampClasses(uint8_t bits, unsigned lo, unsigned hi) {
  uint8_t result = bits & S::NaN;
  for (unsigned i = 0; i < kNumberClasses; ++i)
    if (bits & bitOf(i))
      result |= bitOf(std::min(std::max(i, lo), hi));
  return result;
}

/// Ops with sign(f(x)) = sign(x) and |f(x)| <= C |x| or saturating:
/// negative numbers stay negative or underflow to -0; positive finite values
/// may underflow to +0 or overflow to +inf.
uint8_t signPreserving(uint8_t bits) {
  uint8_t result = bits & (S::NaN | S::NegZero | S::PosZero | S::PosInf);
  if (bits & (S::NegInf | S::NegFinite))
    result |= S::NegFinite | S::NegZero;
  if (bits & S::PosFinite)
    result |= S::PosZero | S::PosFinite | S::PosInf;
  return result;
}

/// The SignSet of a constant attribute, or top.
SignSet ofConstant(Attribute attr) {
  if (auto floatAttr = dyn_cast<FloatAttr>(attr))
    return S::of(floatAttr.getValue());
  if (auto dense = dyn_cast<DenseFPElementsAttr>(attr)) {
    if (dense.isSplat())
      return S::of(dense.getSplatValue<APFloat>());
    uint8_t bits = 0;
    for (const APFloat &value : dense.getValues<APFloat>()) {
      bits |= S::of(value).getBits();
      if (bits == S::kAll)
        break;
    }
    return SignSet(bits);
  }
  return S::top();
}
} // namespace

/// The result classes of an act op given its operands' classes.
static SignSet visitActOp(Operation *op, ArrayRef<uint8_t> in) {
  std::optional<semantics::OpKind> kind = getOpKind(op);
  auto floatType =
      dyn_cast<FloatType>(getElementTypeOrSelf(op->getResult(0).getType()));
  if (!kind || !floatType)
    return S::top();
  const llvm::fltSemantics &sem = floatType.getFloatSemantics();
  semantics::Params params = getParams(op);
  uint8_t x = in.front();
  uint8_t nan = x & S::NaN;
  bool ignore = params.nanMode == semantics::NanMode::Ignore;
  constexpr unsigned kPosZeroIndex = 3, kPosInfIndex = 5;
  switch (*kind) {
  case semantics::OpKind::Relu: {
    uint8_t result = clampClasses(x & S::kNumbers, kPosZeroIndex, kPosInfIndex);
    return SignSet(result | (ignore ? (nan ? S::PosZero : 0) : nan));
  }
  case semantics::OpKind::Clamp: {
    unsigned lo = classIndex(params.min, sem), hi = classIndex(params.max, sem);
    uint8_t result = clampClasses(x & S::kNumbers, lo, hi);
    return SignSet(result | (ignore ? (nan ? bitOf(lo) : 0) : nan));
  }
  case semantics::OpKind::Sigmoid:
    return SignSet(S::PosZero | S::PosFinite | nan);
  case semantics::OpKind::Softplus:
    // beta * x > threshold ? x : log1p(exp(beta * x)) / beta: with a
    // negative threshold, negative x (and -0) above threshold / beta pass.
    return SignSet(S::PosZero | S::PosFinite | S::PosInf | nan |
                   (params.threshold < 0.0 ? x & (S::NegFinite | S::NegZero)
                                           : 0));
  case semantics::OpKind::HardSigmoid:
    return SignSet(S::PosZero | S::PosFinite |
                   (params.alpha == 0.0 && (x & (S::NegInf | S::PosInf))
                        ? S::NaN
                        : nan));
  case semantics::OpKind::LeakyRelu:
  case semantics::OpKind::Elu:
  case semantics::OpKind::Celu:
    if (params.alpha <= 0.0)
      return S::top();
    return SignSet(signPreserving(x));
  case semantics::OpKind::Selu:
  case semantics::OpKind::Gelu:
  case semantics::OpKind::Silu:
  case semantics::OpKind::Mish:
  case semantics::OpKind::HardSwish:
    return SignSet(signPreserving(x));
  case semantics::OpKind::Threshold: {
    unsigned th = classIndex(params.threshold, sem);
    uint8_t above = 0;
    for (unsigned i = th; i < kNumberClasses; ++i)
      above |= bitOf(i);
    return SignSet((x & above) | S::of(semantics::fromDouble(params.value, sem))
                                     .getBits() |
                   nan);
  }
  case semantics::OpKind::ReluGrad:
    // (dy, x) -> +0 or dy.
    return SignSet(S::PosZero | x);
  case semantics::OpKind::PRelu:
    return S::top();
  }
  return S::top();
}

LogicalResult SignAnalysis::visitOperation(
    Operation *op, ArrayRef<const SignLattice *> operands,
    ArrayRef<SignLattice *> results) {
  if (results.size() != 1) {
    setAllToEntryStates(results);
    return success();
  }
  SmallVector<uint8_t> in;
  for (const SignLattice *operand : operands) {
    // An operand not reached yet: wait for it.
    if (operand->getValue().isUninitialized())
      return success();
    in.push_back(operand->getValue().getBits());
  }
  auto first = [&](unsigned n) { return n < in.size() ? in[n] : S::kAll; };

  SignSet result =
      llvm::TypeSwitch<Operation *, SignSet>(op)
          .Case([&](arith::ConstantOp constant) {
            return ofConstant(constant.getValue());
          })
          .Case([&](arith::NegFOp) { return SignSet(negate(first(0))); })
          .Case([&](math::AbsFOp) { return SignSet(absolute(first(0))); })
          .Case([&](arith::AddFOp) {
            return SignSet(add(first(0), first(1)));
          })
          .Case([&](arith::SubFOp) {
            return SignSet(add(first(0), negate(first(1))));
          })
          .Case([&](arith::MulFOp mul) {
            // x * x is never negative.
            if (mul.getLhs() == mul.getRhs())
              return SignSet(square(first(0)));
            return SignSet(multiply(first(0), first(1)));
          })
          .Case([&](arith::DivFOp) {
            return SignSet(divide(first(0), first(1)));
          })
          .Case([&](arith::MaximumFOp) {
            return SignSet(extremum(first(0), first(1), /*isMax=*/true));
          })
          .Case([&](arith::MinimumFOp) {
            return SignSet(extremum(first(0), first(1), /*isMax=*/false));
          })
          .Case([&](arith::SelectOp) { return SignSet(first(1) | first(2)); })
          .Case([&](arith::ExtFOp) { return SignSet(first(0)); })
          .Case([&](arith::TruncFOp) { return SignSet(signPreserving(first(0))); })
          .Case([&](math::ExpOp) {
            return SignSet(S::PosZero | S::PosFinite | S::PosInf |
                           (first(0) & S::NaN));
          })
          // Data movement: the elements of the result are elements of the
          // (first) source.
          .Case<tensor::CastOp, tensor::CollapseShapeOp, tensor::ExpandShapeOp,
                tensor::ExtractSliceOp, tensor::ExtractOp, tensor::ReshapeOp,
                linalg::TransposeOp, linalg::BroadcastOp, vector::BroadcastOp,
                vector::ShapeCastOp, vector::TransposeOp, vector::ExtractOp>(
              [&](Operation *) { return SignSet(first(0)); })
          .Case([&](tensor::ConcatOp) {
            uint8_t bits = 0;
            for (uint8_t b : in)
              bits |= b;
            return SignSet(bits);
          })
          .Default([&](Operation *other) {
            if (isa_and_present<ActDialect>(other->getDialect()))
              return visitActOp(other, in);
            return S::top();
          });
  propagateIfChanged(results.front(), results.front()->join(result));
  return success();
}

void SignAnalysis::setToEntryState(SignLattice *lattice) {
  propagateIfChanged(lattice, lattice->join(SignSet::top()));
}

SignSet mlir::act::getSignSet(DataFlowSolver &solver, Value value) {
  const SignLattice *lattice = solver.lookupState<SignLattice>(value);
  if (!lattice || lattice->getValue().isUninitialized())
    return SignSet::top();
  return lattice->getValue();
}
