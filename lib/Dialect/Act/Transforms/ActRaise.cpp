//===- ActRaise.cpp - recognize activations in incoming IR ------*- C++ -*-===//
//
// Part of the act-mlir project.
//
//===----------------------------------------------------------------------===//
//
// Recognizes activation functions spelled with arith/math/tosa ops (in
// linalg.generic bodies, or directly on tensors and vectors) and replaces
// them by act ops. The contract of every pattern, and the argument that it
// holds, is written next to the matcher; docs/Raising.md has the summary.
//
// Policy. The composite is read as the function its operations spell.
//  * NaN, infinities and signed zeros must behave exactly as the act op
//    documents (docs/Semantics.md) on every input, and the piecewise choices
//    (which branch, which bound) must be the same. NaNs are compared as NaNs:
//    payloads and the signaling bit are not preserved (the act ops quiet).
//  * Finite values may change by the rounding of the intermediate steps: the
//    act op computes the same mathematical function within its documented
//    accuracy (correctly rounded for the transcendental ops), which is at
//    least as accurate as the composite and much more so where the composite
//    cancels (`1 + erf(z)` for negative z) or overflows (`exp(-x)`).
//    relu and clamp involve no arithmetic and are raised bit-exactly.
//  * Where the composite differs in a special case (for instance x*sigmoid(x)
//    is NaN at -inf, silu(-inf) is -0), the pattern requires the fastmath
//    flag that makes that case poison (`ninf`, `nsz`) on the operation that
//    would produce the different result, and is not applied otherwise.
//  * Interior operations must have no users outside the pattern, so raising
//    never duplicates work.
// The act op receives the fastmath flags common to all matched operations.
//
//===----------------------------------------------------------------------===//

#include "act/Dialect/Act/IR/ActDialect.h"
#include "act/Dialect/Act/IR/ActOps.h"
#include "act/Dialect/Act/Semantics/Semantics.h"
#include "act/Dialect/Act/Transforms/Passes.h"

#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/Linalg/IR/Linalg.h"
#include "mlir/Dialect/Math/IR/Math.h"
#include "mlir/Dialect/Tensor/IR/Tensor.h"
#include "mlir/Dialect/Tosa/IR/TosaOps.h"
#include "mlir/Dialect/Vector/IR/VectorOps.h"
#include "mlir/IR/IRMapping.h"
#include "mlir/IR/PatternMatch.h"
#include "mlir/Transforms/GreedyPatternRewriteDriver.h"
#include "llvm/ADT/SetVector.h"

#include <cmath>
#include <optional>

namespace mlir {
namespace act {
#define GEN_PASS_DEF_ACTRAISEPASS
#include "act/Dialect/Act/Transforms/Passes.h.inc"
} // namespace act
} // namespace mlir

using namespace mlir;
using namespace mlir::act;
using llvm::APFloat;
using llvm::APInt;
using semantics::OpKind;

//===----------------------------------------------------------------------===//
// Constants
//===----------------------------------------------------------------------===//

namespace {
/// Bounds the recursion through constant expressions and splat producers.
constexpr unsigned kMaxDepth = 16;
} // namespace

static const llvm::fltSemantics *getFloatSemantics(Type type) {
  if (auto floatType = dyn_cast<FloatType>(getElementTypeOrSelf(type)))
    return &floatType.getFloatSemantics();
  return nullptr;
}

/// Follows producers that make every element of `v` equal to one value (a
/// splat constant, a fill, a broadcast, a reshape of one, the block argument
/// of a linalg.generic bound to one, the result of an elementwise generic
/// yielding one) to the value that defines that element.
static Value traceSplatSource(Value v) {
  for (unsigned depth = 0; depth < kMaxDepth; ++depth) {
    if (auto arg = dyn_cast<BlockArgument>(v)) {
      auto generic = dyn_cast<linalg::GenericOp>(arg.getOwner()->getParentOp());
      if (!generic || arg.getOwner() != generic.getBody() ||
          arg.getArgNumber() >= generic->getNumOperands())
        return v;
      // An output argument holds the init value only in parallel loops.
      if (arg.getArgNumber() >= generic.getNumDpsInputs() &&
          generic.getNumParallelLoops() != generic.getNumLoops())
        return v;
      v = generic->getOperand(arg.getArgNumber());
      continue;
    }
    Operation *op = v.getDefiningOp();
    if (!op)
      return v;
    if (auto fill = dyn_cast<linalg::FillOp>(op)) {
      v = fill.value();
      continue;
    }
    if (auto generic = dyn_cast<linalg::GenericOp>(op)) {
      if (generic.getNumParallelLoops() != generic.getNumLoops())
        return v;
      auto yield = cast<linalg::YieldOp>(generic.getBody()->getTerminator());
      v = yield.getOperand(cast<OpResult>(v).getResultNumber());
      continue;
    }
    if (isa<tensor::SplatOp, vector::BroadcastOp, tensor::CastOp,
            tensor::CollapseShapeOp, tensor::ExpandShapeOp, tosa::ReshapeOp>(
            op)) {
      v = op->getOperand(0);
      continue;
    }
    return v;
  }
  return v;
}

static std::optional<APInt> getIntConstant(Value v, unsigned depth = 0);

/// The value of every element of `v` when it is a compile-time constant:
/// splat constants and constant expressions of arith ops (each operation
/// rounded as IEEE-754 prescribes), in the semantics of `v`'s element type.
static std::optional<APFloat> getFloatConstant(Value v, unsigned depth = 0) {
  const llvm::fltSemantics *sem = getFloatSemantics(v.getType());
  if (!sem || depth > kMaxDepth)
    return std::nullopt;
  v = traceSplatSource(v);
  Operation *op = v.getDefiningOp();
  if (!op)
    return std::nullopt;
  auto splatOf = [](Attribute attr) -> std::optional<APFloat> {
    if (auto floatAttr = dyn_cast_or_null<FloatAttr>(attr))
      return floatAttr.getValue();
    if (auto dense = dyn_cast_or_null<DenseElementsAttr>(attr))
      if (dense.isSplat() && isa<FloatType>(dense.getElementType()))
        return dense.getSplatValue<APFloat>();
    return std::nullopt;
  };
  if (auto constant = dyn_cast<arith::ConstantOp>(op))
    return splatOf(constant.getValue());
  if (auto constant = dyn_cast<tosa::ConstOp>(op))
    return splatOf(constant.getValues());

  auto operand = [&](unsigned i) {
    return getFloatConstant(op->getOperand(i), depth + 1);
  };
  constexpr auto rm = APFloat::rmNearestTiesToEven;
  if (isa<arith::SIToFPOp, arith::UIToFPOp>(op)) {
    std::optional<APInt> i = getIntConstant(op->getOperand(0), depth + 1);
    if (!i)
      return std::nullopt;
    APFloat result(*sem);
    result.convertFromAPInt(*i, isa<arith::SIToFPOp>(op), rm);
    return result;
  }
  if (auto trunc = dyn_cast<arith::TruncFOp>(op)) {
    if (trunc.getRoundingmodeAttr() &&
        trunc.getRoundingmode() != arith::RoundingMode::to_nearest_even)
      return std::nullopt;
  }
  if (isa<arith::TruncFOp, arith::ExtFOp>(op)) {
    std::optional<APFloat> x = operand(0);
    if (!x)
      return std::nullopt;
    bool losesInfo;
    x->convert(*sem, rm, &losesInfo);
    return x;
  }
  if (isa<arith::NegFOp>(op)) {
    std::optional<APFloat> x = operand(0);
    if (x)
      x->changeSign();
    return x;
  }
  if (isa<math::SqrtOp>(op)) {
    // sqrt of an f16/bf16/f32 value computed in double and rounded once is
    // correctly rounded (double has more than 2p + 2 bits); f64 is direct.
    std::optional<APFloat> x = operand(0);
    if (!x)
      return std::nullopt;
    bool losesInfo;
    APFloat d = *x;
    d.convert(APFloat::IEEEdouble(), rm, &losesInfo);
    APFloat result(std::sqrt(d.convertToDouble()));
    result.convert(*sem, rm, &losesInfo);
    return result;
  }
  if (isa<arith::AddFOp, arith::SubFOp, arith::MulFOp, arith::DivFOp>(op)) {
    std::optional<APFloat> lhs = operand(0), rhs = operand(1);
    if (!lhs || !rhs)
      return std::nullopt;
    if (isa<arith::AddFOp>(op))
      lhs->add(*rhs, rm);
    else if (isa<arith::SubFOp>(op))
      lhs->subtract(*rhs, rm);
    else if (isa<arith::MulFOp>(op))
      lhs->multiply(*rhs, rm);
    else
      lhs->divide(*rhs, rm);
    return lhs;
  }
  return std::nullopt;
}

static std::optional<APInt> getIntConstant(Value v, unsigned depth) {
  if (depth > kMaxDepth)
    return std::nullopt;
  v = traceSplatSource(v);
  Operation *op = v.getDefiningOp();
  if (!op)
    return std::nullopt;
  Attribute attr;
  if (auto constant = dyn_cast<arith::ConstantOp>(op))
    attr = constant.getValue();
  else if (auto constant = dyn_cast<tosa::ConstOp>(op))
    attr = constant.getValues();
  if (auto intAttr = dyn_cast_or_null<IntegerAttr>(attr))
    return intAttr.getValue();
  if (auto dense = dyn_cast_or_null<DenseElementsAttr>(attr))
    if (dense.isSplat() && isa<IntegerType>(dense.getElementType()))
      return dense.getSplatValue<APInt>();
  return std::nullopt;
}

static long double toLongDouble(const APFloat &value) {
  bool losesInfo;
  APFloat d = value;
  d.convert(APFloat::IEEEdouble(), APFloat::rmNearestTiesToEven, &losesInfo);
  return d.convertToDouble();
}

/// True if `v` is the constant `expected` exactly (a zero of either sign
/// matches `expected == 0` only if `anyZero`).
static bool isConstant(Value v, double expected, bool anyZero = false) {
  std::optional<APFloat> c = getFloatConstant(v);
  if (!c || c->isNaN())
    return false;
  if (expected == 0.0 && anyZero)
    return c->isZero();
  return toLongDouble(*c) == expected &&
         c->isNegative() == std::signbit(expected);
}

/// True if `value` is within one unit in the last place of `exact` in
/// `sem`: coefficients written with a few decimals fewer, or computed by a
/// division in the element type, are accepted.
static bool isNear(long double value, long double exact,
                   const llvm::fltSemantics &sem) {
  if (!std::isfinite(value) || exact == 0)
    return false;
  int precision = APFloat::semanticsPrecision(sem);
  long double ulp = std::ldexp(1.0L, std::ilogb(exact) - (precision - 1));
  return std::fabs(value - exact) <= ulp;
}

//===----------------------------------------------------------------------===//
// Match state
//===----------------------------------------------------------------------===//

namespace {
/// The operations matched so far (the root first); patterns roll it back on
/// failure with `attempt`.
struct Match {
  llvm::SetVector<Operation *> ops;
  /// The activation input once bound.
  Value input;

  void add(Operation *op) { ops.insert(op); }
};

/// Runs `fn` and restores `m` if it fails.
template <typename Fn> bool attempt(Match &m, Fn &&fn) {
  size_t size = m.ops.size();
  Value input = m.input;
  if (fn())
    return true;
  while (m.ops.size() > size)
    m.ops.pop_back();
  m.input = input;
  return false;
}

/// Tries `fn(a, b)` and `fn(b, a)`.
template <typename Fn> bool eitherOrder(Match &m, Value a, Value b, Fn &&fn) {
  return attempt(m, [&] { return fn(a, b); }) ||
         attempt(m, [&] { return fn(b, a); });
}
} // namespace

static bool hasFlags(Operation *op, arith::FastMathFlags flags) {
  auto fastMath = dyn_cast_or_null<arith::ArithFastMathInterface>(op);
  if (!fastMath || !fastMath.getFastMathFlagsAttr())
    return false;
  return arith::bitEnumContainsAll(fastMath.getFastMathFlagsAttr().getValue(),
                                   flags);
}

/// The fastmath flags every matched floating-point operation carries.
static arith::FastMathFlags getCommonFlags(const Match &m) {
  arith::FastMathFlags flags = arith::FastMathFlags::fast;
  for (Operation *op : m.ops) {
    if (isa<arith::SelectOp>(op))
      continue;
    if (auto fastMath = dyn_cast<arith::ArithFastMathInterface>(op)) {
      arith::FastMathFlagsAttr attr = fastMath.getFastMathFlagsAttr();
      flags = flags & (attr ? attr.getValue() : arith::FastMathFlags::none);
      continue;
    }
    auto attr = op->getAttrOfType<arith::FastMathFlagsAttr>("fastmath");
    flags = flags & (attr ? attr.getValue() : arith::FastMathFlags::none);
  }
  return flags;
}

//===----------------------------------------------------------------------===//
// Views of arith, math and tosa ops
//===----------------------------------------------------------------------===//

namespace {
struct Binary {
  Operation *op = nullptr;
  Value lhs, rhs;
  explicit operator bool() const { return op; }
};
struct Unary {
  Operation *op = nullptr;
  Value input;
  explicit operator bool() const { return op; }
};
} // namespace

static Binary viewAdd(Value v) {
  Operation *op = v.getDefiningOp();
  if (auto add = dyn_cast_or_null<arith::AddFOp>(op))
    return {op, add.getLhs(), add.getRhs()};
  if (auto add = dyn_cast_or_null<tosa::AddOp>(op))
    return {op, add.getInput1(), add.getInput2()};
  return {};
}

static Binary viewSub(Value v) {
  Operation *op = v.getDefiningOp();
  if (auto sub = dyn_cast_or_null<arith::SubFOp>(op))
    return {op, sub.getLhs(), sub.getRhs()};
  if (auto sub = dyn_cast_or_null<tosa::SubOp>(op))
    return {op, sub.getInput1(), sub.getInput2()};
  return {};
}

static Binary viewMul(Value v) {
  Operation *op = v.getDefiningOp();
  if (auto mul = dyn_cast_or_null<arith::MulFOp>(op))
    return {op, mul.getLhs(), mul.getRhs()};
  if (auto mul = dyn_cast_or_null<tosa::MulOp>(op)) {
    std::optional<APInt> shift = getIntConstant(mul.getShift());
    if (shift && shift->isZero())
      return {op, mul.getInput1(), mul.getInput2()};
  }
  return {};
}

static Binary viewDiv(Value v) {
  if (auto div = v.getDefiningOp<arith::DivFOp>())
    return {div, div.getLhs(), div.getRhs()};
  return {};
}

/// -x in any spelling whose value is -x for every nonzero x (the sign of a
/// zero may differ: only use where it does not matter, as inside exp).
static Unary viewNegation(Value v) {
  Operation *op = v.getDefiningOp();
  if (auto neg = dyn_cast_or_null<arith::NegFOp>(op))
    return {op, neg.getOperand()};
  if (auto neg = dyn_cast_or_null<tosa::NegateOp>(op)) {
    std::optional<APFloat> inZp = getFloatConstant(neg.getInput1Zp());
    std::optional<APFloat> outZp = getFloatConstant(neg.getOutputZp());
    if (inZp && outZp && inZp->isZero() && outZp->isZero())
      return {op, neg.getInput1()};
    return {};
  }
  if (Binary sub = viewSub(v); sub && isConstant(sub.lhs, 0.0, true))
    return {sub.op, sub.rhs};
  if (Binary mul = viewMul(v)) {
    if (isConstant(mul.rhs, -1.0))
      return {mul.op, mul.lhs};
    if (isConstant(mul.lhs, -1.0))
      return {mul.op, mul.rhs};
  }
  return {};
}

template <typename MathOp, typename TosaOp = void>
static Unary viewFunction(Value v) {
  Operation *op = v.getDefiningOp();
  if (auto fn = dyn_cast_or_null<MathOp>(op))
    return {op, fn.getOperand()};
  if constexpr (!std::is_void_v<TosaOp>)
    if (auto fn = dyn_cast_or_null<TosaOp>(op))
      return {op, op->getOperand(0)};
  return {};
}

static Unary viewExp(Value v) {
  return viewFunction<math::ExpOp, tosa::ExpOp>(v);
}
static Unary viewExpm1(Value v) { return viewFunction<math::ExpM1Op>(v); }
static Unary viewLog(Value v) {
  return viewFunction<math::LogOp, tosa::LogOp>(v);
}
static Unary viewLog1p(Value v) { return viewFunction<math::Log1pOp>(v); }
static Unary viewErf(Value v) {
  return viewFunction<math::ErfOp, tosa::ErfOp>(v);
}
static Unary viewErfc(Value v) { return viewFunction<math::ErfcOp>(v); }
static Unary viewTanh(Value v) {
  return viewFunction<math::TanhOp, tosa::TanhOp>(v);
}

/// 1 / y: tosa.reciprocal, or arith.divf with the dividend exactly 1.
static Unary viewReciprocal(Value v) {
  if (auto recip = v.getDefiningOp<tosa::ReciprocalOp>())
    return {recip, recip.getInput1()};
  if (Binary div = viewDiv(v); div && isConstant(div.lhs, 1.0))
    return {div.op, div.rhs};
  return {};
}

//===----------------------------------------------------------------------===//
// Building blocks
//===----------------------------------------------------------------------===//

/// Binds the activation input to `v`, or checks that `v` is the bound input,
/// looking through operations that are the identity on every value
/// (x * 1, x / 1, x - (+0), x + (-0)): frontends emit them for default
/// `alpha`/`scale` arguments.
static bool matchInput(Value v, Match &m) {
  for (unsigned depth = 0; depth < kMaxDepth; ++depth) {
    Value next;
    if (Binary mul = viewMul(v)) {
      if (isConstant(mul.rhs, 1.0))
        next = mul.lhs;
      else if (isConstant(mul.lhs, 1.0))
        next = mul.rhs;
    } else if (Binary div = viewDiv(v); div && isConstant(div.rhs, 1.0)) {
      next = div.lhs;
    } else if (Binary sub = viewSub(v); sub && isConstant(sub.rhs, 0.0)) {
      next = sub.lhs;
    } else if (Binary add = viewAdd(v)) {
      if (isConstant(add.rhs, -0.0))
        next = add.lhs;
      else if (isConstant(add.lhs, -0.0))
        next = add.rhs;
    }
    if (!next)
      break;
    m.add(v.getDefiningOp());
    v = next;
  }
  if (m.input)
    return v == m.input;
  if (!getFloatSemantics(v.getType()) || getFloatConstant(v))
    return false;
  m.input = v;
  return true;
}

namespace {
/// A value written as scale * (product of factors), through multiplications
/// and divisions by constants. `scale` is accumulated in long double from the
/// constants of the element type.
struct Product {
  struct Factor {
    Value value;
    /// The multiplication or division that reads `value` (null at the root).
    Operation *user;
  };
  SmallVector<Factor, 4> factors;
  long double scale = 1.0L;
};
} // namespace

static void flattenInto(Value v, Operation *user, Product &p, Match &m,
                        unsigned depth) {
  if (depth < kMaxDepth) {
    if (std::optional<APFloat> c = getFloatConstant(v)) {
      p.scale *= toLongDouble(*c);
      return;
    }
    if (Binary mul = viewMul(v)) {
      m.add(mul.op);
      flattenInto(mul.lhs, mul.op, p, m, depth + 1);
      flattenInto(mul.rhs, mul.op, p, m, depth + 1);
      return;
    }
    if (Binary div = viewDiv(v)) {
      if (std::optional<APFloat> c = getFloatConstant(div.rhs)) {
        m.add(div.op);
        p.scale /= toLongDouble(*c);
        flattenInto(div.lhs, div.op, p, m, depth + 1);
        return;
      }
    }
  }
  p.factors.push_back({v, user});
}

static Product flatten(Value v, Match &m) {
  Product p;
  flattenInto(v, nullptr, p, m, 0);
  return p;
}

/// `v` is `input * scale` with a finite nonzero constant scale, returned.
static std::optional<long double> matchScaledInput(Value v, Match &m) {
  std::optional<long double> result;
  attempt(m, [&] {
    Product p = flatten(v, m);
    if (p.factors.size() != 1 || !std::isfinite(p.scale) || p.scale == 0 ||
        !matchInput(p.factors[0].value, m))
      return false;
    result = p.scale;
    return true;
  });
  return result;
}

/// The multiplication or division of `p` that reads the factor `value`.
/// With ninf on it, an infinite input makes the whole product poison: the
/// rest of the product tree only multiplies and divides.
static Operation *getFactorUser(const Product &p, Value value) {
  for (const Product::Factor &factor : p.factors)
    if (factor.value == value)
      return factor.user;
  return nullptr;
}

//===----------------------------------------------------------------------===//
// Comparisons and bounds
//===----------------------------------------------------------------------===//

namespace {
/// How two values compare: the four outcomes of an IEEE comparison.
enum class Relation { Less, Equal, Greater, Unordered };

/// A comparison of the form `value <pred> constant`.
struct Comparison {
  Operation *op = nullptr;
  Value value;
  Value constant;
  arith::CmpFPredicate predicate;
  /// True if the constant is the left operand in the IR.
  bool swapped = false;

  /// The outcome of the comparison for `value rel constant`.
  bool holds(Relation rel) const {
    if (swapped && rel == Relation::Less)
      rel = Relation::Greater;
    else if (swapped && rel == Relation::Greater)
      rel = Relation::Less;
    using P = arith::CmpFPredicate;
    bool lt = rel == Relation::Less, eq = rel == Relation::Equal,
         gt = rel == Relation::Greater, un = rel == Relation::Unordered;
    switch (predicate) {
    case P::AlwaysFalse:
      return false;
    case P::OEQ:
      return eq;
    case P::OGT:
      return gt;
    case P::OGE:
      return gt || eq;
    case P::OLT:
      return lt;
    case P::OLE:
      return lt || eq;
    case P::ONE:
      return lt || gt;
    case P::ORD:
      return !un;
    case P::UEQ:
      return eq || un;
    case P::UGT:
      return gt || un;
    case P::UGE:
      return gt || eq || un;
    case P::ULT:
      return lt || un;
    case P::ULE:
      return lt || eq || un;
    case P::UNE:
      return !eq;
    case P::UNO:
      return un;
    case P::AlwaysTrue:
      return true;
    }
    return false;
  }
};
} // namespace

/// `v` is arith.cmpf of a non-constant value against a constant.
static std::optional<Comparison> viewComparison(Value v) {
  auto cmp = v.getDefiningOp<arith::CmpFOp>();
  if (!cmp)
    return std::nullopt;
  bool lhsConstant = getFloatConstant(cmp.getLhs()).has_value();
  bool rhsConstant = getFloatConstant(cmp.getRhs()).has_value();
  if (lhsConstant == rhsConstant)
    return std::nullopt;
  Comparison c;
  c.op = cmp;
  c.predicate = cmp.getPredicate();
  c.swapped = lhsConstant;
  c.value = lhsConstant ? cmp.getRhs() : cmp.getLhs();
  c.constant = lhsConstant ? cmp.getLhs() : cmp.getRhs();
  return c;
}

namespace {
/// What a bound operation returns for a NaN input.
enum class NanResult { Nan, Lower, Upper };

/// One step of a clamp: `max(input, bound)` (lower) or `min(input, bound)`
/// (upper) for every ordered input, in the order -0 < +0 if `zeroExact`.
struct BoundStep {
  Value input;
  bool isLower;
  APFloat bound{0.0};
  /// A NaN input gives NaN, or the bound.
  bool nanToBound;
  /// Zeros are ordered -0 < +0 as IEEE maximum/minimum do; false if the step
  /// may return the wrong zero when the input and the bound are zeros of
  /// opposite signs.
  bool zeroExact;
};

/// A clamp `min(max(input, lo), hi)` (hi absent for relu).
struct ClampInfo {
  Value input;
  APFloat lo{0.0};
  std::optional<APFloat> hi;
  NanResult nan;
  bool zeroExact;
};
} // namespace

/// The select form of a bound step: select(cmp(v, c), a, b) with {a, b} =
/// {v, c'}, c' == c. Which of v and c' it returns in each relation decides
/// whether it is a lower or an upper bound, its NaN result and whether it
/// orders zeros like IEEE maximum/minimum.
static std::optional<BoundStep> matchSelectBound(arith::SelectOp select) {
  std::optional<Comparison> cmp = viewComparison(select.getCondition());
  if (!cmp)
    return std::nullopt;
  Value v = cmp->value;
  bool valueIfTrue;
  Value boundArm;
  if (select.getTrueValue() == v) {
    valueIfTrue = true;
    boundArm = select.getFalseValue();
  } else if (select.getFalseValue() == v) {
    valueIfTrue = false;
    boundArm = select.getTrueValue();
  } else {
    return std::nullopt;
  }
  std::optional<APFloat> compared = getFloatConstant(cmp->constant);
  std::optional<APFloat> bound = getFloatConstant(boundArm);
  if (!compared || !bound || compared->isNaN() || bound->isNaN() ||
      compared->compare(*bound) != APFloat::cmpEqual)
    return std::nullopt;
  auto returnsValue = [&](Relation rel) {
    return cmp->holds(rel) == valueIfTrue;
  };
  BoundStep step;
  step.input = v;
  step.bound = *bound;
  if (returnsValue(Relation::Greater) && !returnsValue(Relation::Less))
    step.isLower = true;
  else if (!returnsValue(Relation::Greater) && returnsValue(Relation::Less))
    step.isLower = false;
  else
    return std::nullopt;
  step.nanToBound = !returnsValue(Relation::Unordered);
  // On equality the step returns v or the bound; with zeros of opposite
  // signs only one is the IEEE maximum (minimum).
  bool upperZero = step.isLower == !returnsValue(Relation::Equal);
  step.zeroExact = !bound->isZero() || bound->isNegative() != upperZero;
  return step;
}

/// One bound step in any of its spellings. act.relu counts as `max(x, +0)`.
static std::optional<BoundStep> matchBoundStep(Value v, Match &m) {
  Operation *op = v.getDefiningOp();
  if (!op || op->getNumResults() != 1)
    return std::nullopt;
  std::optional<BoundStep> step;
  auto binary = [&](Value lhs, Value rhs, bool isLower, bool nanToBound,
                    bool zeroExact) {
    for (auto [input, boundValue] :
         {std::pair(lhs, rhs), std::pair(rhs, lhs)}) {
      std::optional<APFloat> bound = getFloatConstant(boundValue);
      if (!bound || bound->isNaN() || getFloatConstant(input))
        continue;
      step = BoundStep{input, isLower, *bound, nanToBound,
                       zeroExact || !bound->isZero()};
      return;
    }
  };
  bool nsz = hasFlags(op, arith::FastMathFlags::nsz);
  if (auto max = dyn_cast<arith::MaximumFOp>(op))
    binary(max.getLhs(), max.getRhs(), true, false, true);
  else if (auto min = dyn_cast<arith::MinimumFOp>(op))
    binary(min.getLhs(), min.getRhs(), false, false, true);
  // maxnum/minnum may return either zero when both operands are zeros.
  else if (auto max = dyn_cast<arith::MaxNumFOp>(op))
    binary(max.getLhs(), max.getRhs(), true, true, nsz);
  else if (auto min = dyn_cast<arith::MinNumFOp>(op))
    binary(min.getLhs(), min.getRhs(), false, true, nsz);
  // tosa-to-linalg lowers both NaN modes with arith.maximumf/minimumf, so
  // zeros are ordered; IGNORE returns the other operand for a NaN.
  else if (auto max = dyn_cast<tosa::MaximumOp>(op))
    binary(max.getInput1(), max.getInput2(), true,
           max.getNanMode() == tosa::NanPropagationMode::IGNORE, true);
  else if (auto min = dyn_cast<tosa::MinimumOp>(op))
    binary(min.getInput1(), min.getInput2(), false,
           min.getNanMode() == tosa::NanPropagationMode::IGNORE, true);
  else if (auto select = dyn_cast<arith::SelectOp>(op))
    step = matchSelectBound(select);
  else if (auto relu = dyn_cast<ReluOp>(op);
           relu && getFloatSemantics(relu.getType()))
    step = BoundStep{relu.getInput(), true,
                     APFloat::getZero(*getFloatSemantics(relu.getType())),
                     relu.getNanMode() == NanMode::ignore, true};
  if (!step)
    return std::nullopt;
  m.add(op);
  if (auto select = dyn_cast<arith::SelectOp>(op))
    m.add(select.getCondition().getDefiningOp());
  return step;
}

/// True if lo <= hi with -0 < +0.
static bool isOrderedPair(const APFloat &lo, const APFloat &hi) {
  APFloat::cmpResult cmp = lo.compare(hi);
  if (cmp == APFloat::cmpLessThan)
    return true;
  return cmp == APFloat::cmpEqual &&
         !(lo.isZero() && !lo.isNegative() && hi.isNegative());
}

/// A relu (one lower step) or clamp (a lower and an upper step in either
/// order, or act.clamp, tosa.clamp) of a float value.
static std::optional<ClampInfo> matchClamp(Value v, Match &m) {
  std::optional<ClampInfo> result;
  Operation *op = v.getDefiningOp();
  if (auto clamp = dyn_cast_or_null<ClampOp>(op)) {
    if (!getFloatSemantics(clamp.getType()))
      return std::nullopt;
    const llvm::fltSemantics &sem = *getFloatSemantics(clamp.getType());
    m.add(op);
    return ClampInfo{
        clamp.getInput(),
        semantics::fromDouble(clamp.getMin().convertToDouble(), sem),
        semantics::fromDouble(clamp.getMax().convertToDouble(), sem),
        clamp.getNanMode() == NanMode::ignore ? NanResult::Lower
                                              : NanResult::Nan,
        true};
  }
  if (auto clamp = dyn_cast_or_null<tosa::ClampOp>(op)) {
    auto lo = dyn_cast<FloatAttr>(clamp.getMinValAttr());
    auto hi = dyn_cast<FloatAttr>(clamp.getMaxValAttr());
    if (!lo || !hi || !getFloatSemantics(clamp.getType()))
      return std::nullopt;
    m.add(op);
    return ClampInfo{clamp.getInput(), lo.getValue(), hi.getValue(),
                     clamp.getNanMode() == tosa::NanPropagationMode::IGNORE
                         ? NanResult::Lower
                         : NanResult::Nan,
                     true};
  }
  attempt(m, [&] {
    std::optional<BoundStep> outer = matchBoundStep(v, m);
    if (!outer)
      return false;
    // Two steps of opposite kinds make a clamp.
    bool isClamp = attempt(m, [&] {
      std::optional<BoundStep> inner = matchBoundStep(outer->input, m);
      if (!inner || inner->isLower == outer->isLower)
        return false;
      const BoundStep &lower = outer->isLower ? *outer : *inner;
      const BoundStep &upper = outer->isLower ? *inner : *outer;
      // NaN through both steps: the inner step gives NaN or its bound, the
      // outer step maps NaN to NaN or its bound, and a bound to itself
      // (lo <= hi) or to the other bound.
      NanResult nan;
      if (!inner->nanToBound)
        nan = !outer->nanToBound ? NanResult::Nan
              : outer->isLower   ? NanResult::Lower
                                 : NanResult::Upper;
      else
        nan = inner->isLower ? NanResult::Lower : NanResult::Upper;
      result = ClampInfo{inner->input, lower.bound, upper.bound, nan,
                         lower.zeroExact && upper.zeroExact};
      return true;
    });
    if (isClamp)
      return true;
    if (!outer->isLower)
      return false;
    result = ClampInfo{outer->input, outer->bound, std::nullopt,
                       outer->nanToBound ? NanResult::Lower : NanResult::Nan,
                       outer->zeroExact};
    return true;
  });
  return result;
}

//===----------------------------------------------------------------------===//
// Activation matchers
//===----------------------------------------------------------------------===//

namespace {
/// A recognized activation: the act op to build on `Match::input`.
struct Raised {
  OpKind kind;
  semantics::Params params;
};
} // namespace

/// relu and clamp (bit-exact):
///   relu: a lower step with bound +0 that orders zeros (maximumf(x, +0);
///     select(x ugt 0, x, +0) propagates NaN, select(x ogt 0, x, +0) maps it
///     to +0: nan_mode = ignore; maxnumf(x, +0) only with nsz, as ignore).
///   clamp: lower and upper steps with finite lo <= hi, NaN giving NaN
///     (propagate) or lo (ignore); NaN giving hi has no act equivalent.
///   A NaN guard select(isnan(x), lo, relu/clamp(x)) makes nan_mode = ignore.
static std::optional<Raised> matchReluOrClamp(Value root, Match &m) {
  std::optional<Raised> result;
  auto build = [&](ClampInfo info, NanResult nan) {
    // min(y, +inf) = y for every y, NaN included.
    if (info.hi && info.hi->isInfinity() && !info.hi->isNegative()) {
      info.hi.reset();
      if (nan == NanResult::Upper)
        return false;
    }
    if (!info.zeroExact || !info.lo.isFinite() ||
        (info.hi && !info.hi->isFinite()) ||
        (info.hi && !isOrderedPair(info.lo, *info.hi)))
      return false;
    if (nan == NanResult::Upper && info.hi && info.lo.bitwiseIsEqual(*info.hi))
      nan = NanResult::Lower;
    if (nan == NanResult::Upper)
      return false;
    if (!matchInput(info.input, m))
      return false;
    semantics::Params params;
    params.nanMode = nan == NanResult::Lower ? semantics::NanMode::Ignore
                                             : semantics::NanMode::Propagate;
    if (!info.hi) {
      if (!info.lo.isPosZero())
        return false;
      result = Raised{OpKind::Relu, params};
      return true;
    }
    params.min = toLongDouble(info.lo);
    params.max = toLongDouble(*info.hi);
    result = Raised{OpKind::Clamp, params};
    return true;
  };

  // The NaN guard of tosa-to-linalg's IGNORE lowering.
  if (auto select = root.getDefiningOp<arith::SelectOp>()) {
    attempt(m, [&] {
      auto cmp = select.getCondition().getDefiningOp<arith::CmpFOp>();
      if (!cmp)
        return false;
      using P = arith::CmpFPredicate;
      P pred = cmp.getPredicate();
      Value x = cmp.getLhs();
      bool sameOperands = cmp.getLhs() == cmp.getRhs();
      std::optional<APFloat> other = getFloatConstant(cmp.getRhs());
      bool isNanTest = (pred == P::UNO || pred == P::UNE) && sameOperands;
      isNanTest |= pred == P::UNO && other && !other->isNaN();
      bool isOrderedTest = (pred == P::ORD || pred == P::OEQ) && sameOperands;
      isOrderedTest |= pred == P::ORD && other && !other->isNaN();
      if (!isNanTest && !isOrderedTest)
        return false;
      Value nanArm = isNanTest ? select.getTrueValue() : select.getFalseValue();
      Value otherArm =
          isNanTest ? select.getFalseValue() : select.getTrueValue();
      std::optional<APFloat> nanValue = getFloatConstant(nanArm);
      if (!nanValue)
        return false;
      m.add(select);
      m.add(cmp);
      std::optional<ClampInfo> info = matchClamp(otherArm, m);
      if (!info || info->input != x || !nanValue->bitwiseIsEqual(info->lo))
        return false;
      return build(*info, NanResult::Lower);
    });
    if (result)
      return result;
  }

  attempt(m, [&] {
    std::optional<ClampInfo> info = matchClamp(root, m);
    return info && build(*info, info->nan);
  });
  return result;
}

/// sigmoid(x): act.sigmoid, tosa.sigmoid, or 1 / (1 + exp(-x)).
/// NaN -> NaN, +inf -> 1/(1+0) = 1, -inf -> 1/(1+inf) = +0, +-0 -> 1/2, as
/// act.sigmoid. The composite flushes to +0 where exp(-x) overflows (x below
/// about -88.7 in f32, -11.1 in f16); act.sigmoid keeps the tiny result.
static bool matchSigmoidOf(Value v, Match &m) {
  Operation *op = v.getDefiningOp();
  if (isa_and_nonnull<SigmoidOp, tosa::SigmoidOp>(op)) {
    m.add(op);
    return matchInput(op->getOperand(0), m);
  }
  return attempt(m, [&] {
    Unary recip = viewReciprocal(v);
    Binary add = recip ? viewAdd(recip.input) : Binary{};
    if (!add)
      return false;
    m.add(recip.op);
    m.add(add.op);
    return eitherOrder(m, add.lhs, add.rhs, [&](Value one, Value e) {
      Unary exp = viewExp(e);
      Unary neg = exp ? viewNegation(exp.input) : Unary{};
      if (!isConstant(one, 1.0) || !neg)
        return false;
      m.add(exp.op);
      m.add(neg.op);
      return matchInput(neg.input, m);
    });
  });
}

static std::optional<Raised> matchSigmoid(Value root, Match &m) {
  if (!matchSigmoidOf(root, m))
    return std::nullopt;
  return Raised{OpKind::Sigmoid, {}};
}

/// A product of the input, one other factor accepted by `matchOther`, and
/// constants whose product is `expectedScale` (exactly, or within an ulp if
/// `scaleIsApproximate`), with ninf on the operation that reads the input.
static bool matchInputTimes(Value root, Match &m, long double expectedScale,
                            bool scaleIsApproximate,
                            llvm::function_ref<bool(Value)> matchOther) {
  return attempt(m, [&] {
    Product p = flatten(root, m);
    const llvm::fltSemantics &sem = *getFloatSemantics(root.getType());
    bool scaleMatches = scaleIsApproximate ? isNear(p.scale, expectedScale, sem)
                                           : p.scale == expectedScale;
    if (p.factors.size() != 2 || !scaleMatches)
      return false;
    return eitherOrder(
        m, p.factors[0].value, p.factors[1].value, [&](Value x, Value other) {
          if (!matchInput(x, m) || !matchOther(other))
            return false;
          // x = -inf gives -inf * 0 = NaN where the act op
          // gives -0: require ninf on the operation that
          // reads x, so that the product is poison there.
          return hasFlags(getFactorUser(p, x), arith::FastMathFlags::ninf);
        });
  });
}

/// silu(x): x * sigmoid(x) or x / (1 + exp(-x)), with ninf on the operation
/// that reads x: at x = -inf both composites are NaN (-inf * 0, -inf / inf)
/// while silu(-inf) = -0. +inf, +-0 and NaN agree (inf * 1, +-0 * 0.5).
static std::optional<Raised> matchSilu(Value root, Match &m) {
  if (matchInputTimes(root, m, 1.0L, false,
                      [&](Value s) { return matchSigmoidOf(s, m); }))
    return Raised{OpKind::Silu, {}};
  bool isDivForm = attempt(m, [&] {
    Binary div = viewDiv(root);
    Binary add = div ? viewAdd(div.rhs) : Binary{};
    if (!add || !hasFlags(div.op, arith::FastMathFlags::ninf))
      return false;
    m.add(div.op);
    m.add(add.op);
    if (!matchInput(div.lhs, m))
      return false;
    return eitherOrder(m, add.lhs, add.rhs, [&](Value one, Value e) {
      Unary exp = viewExp(e);
      Unary neg = exp ? viewNegation(exp.input) : Unary{};
      if (!isConstant(one, 1.0) || !neg)
        return false;
      m.add(exp.op);
      m.add(neg.op);
      return matchInput(neg.input, m);
    });
  });
  if (isDivForm)
    return Raised{OpKind::Silu, {}};
  return std::nullopt;
}

/// 1 + f(z) with the 1 exact.
static bool matchOnePlus(Value v, Match &m,
                         llvm::function_ref<bool(Value)> fn) {
  return attempt(m, [&] {
    Binary add = viewAdd(v);
    if (!add)
      return false;
    m.add(add.op);
    return eitherOrder(m, add.lhs, add.rhs, [&](Value one, Value f) {
      return isConstant(one, 1.0) && fn(f);
    });
  });
}

/// gelu(x), approximate = none: 0.5 * x * (1 + erf(x / sqrt 2)) in any
/// association (x * (0.5 * (1 + erf)), (0.5 * x) * (1 + erf), x * (1 + erf)
/// / 2, ...), the argument as x * (1/sqrt 2) or x / sqrt 2 (the constant
/// within an ulp), or 0.5 * x * erfc(-x / sqrt 2). ninf on the product that
/// reads x (-inf * 0 at -inf; gelu(-inf) = -0). +inf, +-0 and NaN agree.
/// The composite cancels in 1 + erf for x below about -3; act.gelu does not.
static std::optional<Raised> matchGeluErf(Value root, Match &m) {
  const llvm::fltSemantics &sem = *getFloatSemantics(root.getType());
  constexpr long double kInvSqrt2 = 0.707106781186547524400844362104849L;
  auto erfForm = [&](Value f) {
    return matchOnePlus(f, m, [&](Value e) {
      Unary erf = viewErf(e);
      if (!erf)
        return false;
      m.add(erf.op);
      std::optional<long double> scale = matchScaledInput(erf.input, m);
      return scale && isNear(*scale, kInvSqrt2, sem);
    });
  };
  auto erfcForm = [&](Value f) {
    return attempt(m, [&] {
      Unary erfc = viewErfc(f);
      if (!erfc)
        return false;
      m.add(erfc.op);
      std::optional<long double> scale = matchScaledInput(erfc.input, m);
      return scale && isNear(*scale, -kInvSqrt2, sem);
    });
  };
  if (matchInputTimes(root, m, 0.5L, false, erfForm) ||
      matchInputTimes(root, m, 0.5L, false, erfcForm)) {
    semantics::Params params;
    params.approximate = semantics::GeluApproximation::None;
    return Raised{OpKind::Gelu, params};
  }
  return std::nullopt;
}

/// gelu(x), approximate = tanh: 0.5 * x * (1 + tanh(c1 * (x + c2 * x^3)))
/// with c1 = 0.7978845608028654 and c2 = 0.044715 within an ulp of the
/// element type (torch-mlir's 0.7977240352174656 is a different function in
/// f32 and f64 and is not raised), x^3 as x * x * x or math.fpowi(x, 3).
/// Special values as for the erf form.
static std::optional<Raised> matchGeluTanh(Value root, Match &m) {
  const llvm::fltSemantics &sem = *getFloatSemantics(root.getType());
  auto isCube = [&](Value k) {
    return attempt(m, [&] {
      Product cube = flatten(k, m);
      if (!isNear(cube.scale, semantics::kGeluTanhCubic, sem))
        return false;
      if (cube.factors.size() == 3)
        return llvm::all_of(cube.factors, [&](const Product::Factor &f) {
          return matchInput(f.value, m);
        });
      if (cube.factors.size() != 1)
        return false;
      auto powi = cube.factors[0].value.getDefiningOp<math::FPowIOp>();
      std::optional<APInt> exponent =
          powi ? getIntConstant(powi.getRhs()) : std::nullopt;
      if (!exponent || *exponent != 3)
        return false;
      m.add(powi);
      return matchInput(powi.getLhs(), m);
    });
  };
  auto tanhForm = [&](Value f) {
    return matchOnePlus(f, m, [&](Value t) {
      Unary tanh = viewTanh(t);
      if (!tanh)
        return false;
      m.add(tanh.op);
      Product u = flatten(tanh.input, m);
      if (u.factors.size() != 1 ||
          !isNear(u.scale, semantics::kGeluTanhCoefficient, sem))
        return false;
      Binary add = viewAdd(u.factors[0].value);
      if (!add)
        return false;
      m.add(add.op);
      return eitherOrder(m, add.lhs, add.rhs, [&](Value x, Value k) {
        return matchInput(x, m) && isCube(k);
      });
    });
  };
  if (matchInputTimes(root, m, 0.5L, false, tanhForm)) {
    semantics::Params params;
    params.approximate = semantics::GeluApproximation::Tanh;
    return Raised{OpKind::Gelu, params};
  }
  return std::nullopt;
}

namespace {
struct SoftplusInfo {
  long double beta = 1.0L;
  /// Absent for the form without the threshold select.
  std::optional<APFloat> threshold;
  Operation *exp = nullptr;
};
} // namespace

/// log1p(exp(beta x)) / beta, or log(1 + exp(beta x)) / beta.
static bool matchSoftplusBody(Value v, Match &m, SoftplusInfo &info) {
  return attempt(m, [&] {
    const llvm::fltSemantics &sem = *getFloatSemantics(v.getType());
    Product p = flatten(v, m);
    if (p.factors.size() != 1)
      return false;
    Value log = p.factors[0].value;
    Value expValue;
    if (Unary log1p = viewLog1p(log)) {
      m.add(log1p.op);
      expValue = log1p.input;
    } else if (Unary ln = viewLog(log)) {
      m.add(ln.op);
      bool ok = matchOnePlus(ln.input, m, [&](Value e) {
        expValue = e;
        return true;
      });
      if (!ok)
        return false;
    } else {
      return false;
    }
    Unary exp = viewExp(expValue);
    if (!exp)
      return false;
    m.add(exp.op);
    std::optional<long double> beta = matchScaledInput(exp.input, m);
    if (!beta || *beta <= 0 || !isNear(1.0L / p.scale, *beta, sem))
      return false;
    info.beta = *beta;
    info.exp = exp.op;
    return true;
  });
}

/// softplus(x) as PyTorch writes it: select(beta x > t, x, log1p(exp(beta
/// x)) / beta) (the comparison ogt or ugt, either select order), or the body
/// alone, or act.softplus.
static bool matchSoftplusOf(Value v, Match &m, SoftplusInfo &info) {
  if (auto softplus = v.getDefiningOp<SoftplusOp>()) {
    m.add(softplus);
    info.beta = softplus.getBeta().convertToDouble();
    info.threshold = softplus.getThreshold();
    return matchInput(softplus.getInput(), m);
  }
  if (auto select = v.getDefiningOp<arith::SelectOp>()) {
    return attempt(m, [&] {
      std::optional<Comparison> cmp = viewComparison(select.getCondition());
      if (!cmp)
        return false;
      m.add(select);
      m.add(cmp->op);
      return eitherOrder(
          m, select.getTrueValue(), select.getFalseValue(),
          [&](Value identityArm, Value bodyArm) {
            // The input arm is taken exactly when beta x > t; NaN either
            // way (both arms give NaN).
            bool identityIfTrue = identityArm == select.getTrueValue();
            auto takesInput = [&](Relation rel) {
              return cmp->holds(rel) == identityIfTrue;
            };
            if (!takesInput(Relation::Greater) || takesInput(Relation::Equal) ||
                takesInput(Relation::Less))
              return false;
            std::optional<APFloat> threshold = getFloatConstant(cmp->constant);
            if (!threshold || !threshold->isFinite() ||
                !matchInput(identityArm, m) ||
                !matchSoftplusBody(bodyArm, m, info))
              return false;
            std::optional<long double> beta = matchScaledInput(cmp->value, m);
            if (!beta || *beta != info.beta)
              return false;
            info.threshold = *threshold;
            return true;
          });
    });
  }
  return matchSoftplusBody(v, m, info);
}

/// softplus(x) with beta > 0:
///  * with the threshold select, as act.softplus{beta, threshold} when
///    exp(threshold) is finite in the element type (otherwise the composite
///    overflows to +inf below the threshold: f16 with threshold 20). NaN,
///    +-inf, +-0 agree (the comparison is false for NaN, and the body gives
///    NaN; +inf takes the input arm; -inf gives log1p(0) = +0).
///  * without it, with ninf on the exp (which overflows for large x, where
///    softplus(x) = x): act.softplus with the threshold floor(ln(max)), above
///    which log1p(exp(x)) rounds to x in every element type.
/// The log(1 + exp) spelling flushes to 0 where exp(x) < ulp(1)/2.
static std::optional<Raised> matchSoftplus(Value root, Match &m) {
  SoftplusInfo info;
  if (!attempt(m, [&] { return matchSoftplusOf(root, m, info); }) ||
      isa<SoftplusOp>(root.getDefiningOp()))
    return std::nullopt;
  const llvm::fltSemantics &sem = *getFloatSemantics(root.getType());
  long double logMax = std::log(toLongDouble(APFloat::getLargest(sem)));
  semantics::Params params;
  params.beta = info.beta;
  if (info.threshold) {
    if (!(toLongDouble(*info.threshold) < logMax))
      return std::nullopt;
    params.threshold = toLongDouble(*info.threshold);
  } else {
    if (!hasFlags(info.exp, arith::FastMathFlags::ninf))
      return std::nullopt;
    params.threshold = std::floor(logMax);
  }
  return Raised{OpKind::Softplus, params};
}

/// mish(x) = x * tanh(softplus(x)) with beta = 1 and a threshold >= 20 (or
/// none): above 20, tanh(x) = tanh(softplus(x)) = 1 in every element type, and
/// where exp overflows, tanh(inf) = 1 is the right value too. ninf on the
/// product reading x (-inf * tanh(0) = NaN; mish(-inf) = -0).
static std::optional<Raised> matchMish(Value root, Match &m) {
  auto tanhOfSoftplus = [&](Value t) {
    return attempt(m, [&] {
      Unary tanh = viewTanh(t);
      if (!tanh)
        return false;
      m.add(tanh.op);
      SoftplusInfo info;
      if (!matchSoftplusOf(tanh.input, m, info) || info.beta != 1.0L)
        return false;
      return !info.threshold || toLongDouble(*info.threshold) >= 20.0L;
    });
  };
  if (matchInputTimes(root, m, 1.0L, false, tanhOfSoftplus))
    return Raised{OpKind::Mish, {}};
  return std::nullopt;
}

/// elu(x) = select(x > 0, x, alpha * expm1(x)) in either select order. The
/// comparison may be ogt or ugt (NaN gives NaN in both arms), or >= when
/// alpha > 0 (then alpha * expm1(+-0) = +-0 = x). alpha * (exp(x) - 1) gives
/// +0 at x = -0 (elu(-0) = -0) and flushes tiny negative x to +0: raised
/// only with nsz on the subtraction. -inf gives -alpha in both.
static std::optional<Raised> matchElu(Value root, Match &m) {
  auto select = root.getDefiningOp<arith::SelectOp>();
  if (!select)
    return std::nullopt;
  std::optional<Raised> result;
  attempt(m, [&] {
    std::optional<Comparison> cmp = viewComparison(select.getCondition());
    if (!cmp || !isConstant(cmp->constant, 0.0, true))
      return false;
    m.add(select);
    m.add(cmp->op);
    return eitherOrder(
        m, select.getTrueValue(), select.getFalseValue(),
        [&](Value identityArm, Value negativeArm) {
          bool identityIfTrue = identityArm == select.getTrueValue();
          auto takesInput = [&](Relation rel) {
            return cmp->holds(rel) == identityIfTrue;
          };
          if (!takesInput(Relation::Greater) || takesInput(Relation::Less))
            return false;
          if (!matchInput(identityArm, m) || !matchInput(cmp->value, m))
            return false;
          Product p = flatten(negativeArm, m);
          if (p.factors.size() != 1 || !std::isfinite(p.scale))
            return false;
          if (takesInput(Relation::Equal) && !(p.scale > 0))
            return false;
          Value e = p.factors[0].value;
          if (Unary expm1 = viewExpm1(e)) {
            m.add(expm1.op);
            if (!matchInput(expm1.input, m))
              return false;
          } else if (Binary sub = viewSub(e)) {
            Unary exp = viewExp(sub.lhs);
            if (!exp || !isConstant(sub.rhs, 1.0) ||
                !hasFlags(sub.op, arith::FastMathFlags::nsz))
              return false;
            m.add(sub.op);
            m.add(exp.op);
            if (!matchInput(exp.input, m))
              return false;
          } else {
            return false;
          }
          semantics::Params params;
          params.alpha = p.scale;
          result = Raised{OpKind::Elu, params};
          return true;
        });
  });
  return result;
}

/// relu6(x + 3) as frontends spell it: a clamp of x + 3 to [+0, 6] in any
/// NaN mode. x + 3 is never -0, so the zero handling of the steps does not
/// matter; the lower bound must be +0 (the result for x < -3).
static std::optional<NanResult> matchRelu6OfInputPlus3(Value v, Match &m) {
  std::optional<NanResult> nan;
  attempt(m, [&] {
    std::optional<ClampInfo> info = matchClamp(v, m);
    if (!info || !info->hi || !info->lo.isPosZero())
      return false;
    if (toLongDouble(*info->hi) != 6.0L || info->hi->isNegative())
      return false;
    Binary add = viewAdd(info->input);
    if (!add)
      return false;
    m.add(add.op);
    bool ok = eitherOrder(m, add.lhs, add.rhs, [&](Value x, Value three) {
      return isConstant(three, 3.0) && matchInput(x, m);
    });
    if (ok)
      nan = info->nan;
    return ok;
  });
  return nan;
}

/// hardswish(x) = x * relu6(x + 3) / 6 in either association (torch-mlir
/// divides first: x * (relu6(x + 3) / 6)), the 1/6 within an ulp. ninf on
/// the product reading x: at -inf, -inf * 0 = NaN (hardswish(-inf) = -0), and
/// (x * 6) / 6 overflows for large x where hardswish(x) = x. A NaN x gives
/// NaN whatever relu6 does with it. The middle piece rounds differently from
/// the act op's ((x * t) / 6 in f32): at most 2 ulp apart (RaiseTest).
static std::optional<Raised> matchHardSwish(Value root, Match &m) {
  if (matchInputTimes(root, m, 1.0L / 6.0L, true, [&](Value r) {
        return matchRelu6OfInputPlus3(r, m).has_value();
      }))
    return Raised{OpKind::HardSwish, {}};
  return std::nullopt;
}

/// hardsigmoid(x) = clamp(alpha * x + beta, 0, 1) propagating NaN (ONNX,
/// TOSA), as act.hardsigmoid{alpha, beta}: the operation sequence the op is
/// defined by (bit-exact for f32 and f64). PyTorch's relu6(x + 3) / 6 is not
/// raised: it rounds differently (near x = -3, alpha * x + beta cancels, so
/// the two differ by up to ~170 ulp of the tiny f32 result), and torch-mlir's
/// relu6 maps NaN to 6, giving 1 for NaN.
static std::optional<Raised> matchHardSigmoid(Value root, Match &m) {
  std::optional<Raised> result;
  attempt(m, [&] {
    std::optional<ClampInfo> info = matchClamp(root, m);
    if (!info || !info->hi || info->nan != NanResult::Nan ||
        !info->lo.isPosZero() || toLongDouble(*info->hi) != 1.0L)
      return false;
    Binary add = viewAdd(info->input);
    if (!add)
      return false;
    m.add(add.op);
    return eitherOrder(m, add.lhs, add.rhs, [&](Value scaled, Value offset) {
      std::optional<APFloat> beta = getFloatConstant(offset);
      if (!beta || !beta->isFinite())
        return false;
      // t = alpha x + beta is -0 only if beta is -0.
      if (!info->zeroExact && beta->isNegZero())
        return false;
      std::optional<long double> alpha = matchScaledInput(scaled, m);
      if (!alpha)
        return false;
      semantics::Params params;
      params.alpha = *alpha;
      params.beta = toLongDouble(*beta);
      result = Raised{OpKind::HardSigmoid, params};
      return true;
    });
  });
  return result;
}

/// Tries every activation, the larger patterns first.
static std::optional<Raised> matchActivation(Value root, Match &m) {
  using Matcher = std::optional<Raised> (*)(Value, Match &);
  static const Matcher matchers[] = {
      matchSilu,      matchGeluErf,     matchGeluTanh, matchMish,
      matchHardSwish, matchHardSigmoid, matchSigmoid,  matchElu,
      matchSoftplus,  matchReluOrClamp};
  for (Matcher matcher : matchers) {
    std::optional<Raised> raised;
    attempt(m, [&] {
      raised = matcher(root, m);
      return raised.has_value();
    });
    if (raised)
      return raised;
  }
  return std::nullopt;
}

//===----------------------------------------------------------------------===//
// Rewrites
//===----------------------------------------------------------------------===//

static Value buildActOp(OpBuilder &b, Location loc, const Raised &raised,
                        Value input, arith::FastMathFlags flags) {
  const semantics::Params &p = raised.params;
  auto nanMode = p.nanMode == semantics::NanMode::Ignore ? NanMode::ignore
                                                         : NanMode::propagate;
  switch (raised.kind) {
  case OpKind::Relu:
    return ReluOp::create(b, loc, input, nanMode, flags);
  case OpKind::Clamp:
    return ClampOp::create(b, loc, input, APFloat(p.min), APFloat(p.max),
                           nanMode, flags);
  case OpKind::Elu:
    return EluOp::create(b, loc, input, APFloat(p.alpha), flags);
  case OpKind::Gelu:
    return GeluOp::create(b, loc, input,
                          p.approximate == semantics::GeluApproximation::Tanh
                              ? GeluApproximation::tanh
                              : GeluApproximation::none,
                          flags);
  case OpKind::Sigmoid:
    return SigmoidOp::create(b, loc, input, flags);
  case OpKind::Silu:
    return SiluOp::create(b, loc, input, flags);
  case OpKind::HardSigmoid:
    return HardSigmoidOp::create(b, loc, input, APFloat(p.alpha),
                                 APFloat(p.beta), flags);
  case OpKind::HardSwish:
    return HardSwishOp::create(b, loc, input, flags);
  case OpKind::Softplus:
    return SoftplusOp::create(b, loc, input, APFloat(p.beta),
                              APFloat(p.threshold), flags);
  case OpKind::Mish:
    return MishOp::create(b, loc, input, flags);
  default:
    llvm_unreachable("no raising pattern builds this op");
  }
}

/// True for f16, bf16, f32, f64 scalars, vectors and ranked tensors.
static bool isActFloatType(Type type) {
  if (!isa<FloatType, VectorType, RankedTensorType>(type))
    return false;
  Type element = getElementTypeOrSelf(type);
  return element.isF16() || element.isBF16() || element.isF32() ||
         element.isF64();
}

namespace {
/// Raises the activation computed by the root op's result.
struct RaiseActivation : public RewritePattern {
  RaiseActivation(MLIRContext *context)
      : RewritePattern(MatchAnyOpTypeTag(), /*benefit=*/1, context) {}

  LogicalResult matchAndRewrite(Operation *op,
                                PatternRewriter &rewriter) const override {
    if (op->getNumResults() != 1 ||
        !isa_and_present<arith::ArithDialect, math::MathDialect,
                         tosa::TosaDialect>(
            op->getDialect()) ||
        isa<arith::ConstantOp, tosa::ConstOp>(op))
      return failure();
    Value root = op->getResult(0);
    if (!isActFloatType(root.getType()))
      return rewriter.notifyMatchFailure(op, "not an f16/bf16/f32/f64 value");
    Match m;
    std::optional<Raised> raised = matchActivation(root, m);
    if (!raised)
      return rewriter.notifyMatchFailure(op, "no activation pattern");
    if (m.input.getType() != root.getType())
      return rewriter.notifyMatchFailure(op, "input and result types differ");
    // Interior operations must feed only the pattern.
    for (Operation *interior : m.ops) {
      if (interior == op)
        continue;
      for (Operation *user : interior->getUsers())
        if (!m.ops.contains(user))
          return rewriter.notifyMatchFailure(
              op, "an intermediate value has other users");
    }
    Value result =
        buildActOp(rewriter, op->getLoc(), *raised, m.input, getCommonFlags(m));
    rewriter.replaceOp(op, result);
    return success();
  }
};

/// tosa.clamp on signless integers: act.clamp with the bounds converted
/// exactly (TOSA integers are signed, as act.clamp's integer semantics).
struct RaiseTosaIntegerClamp : public OpRewritePattern<tosa::ClampOp> {
  using OpRewritePattern::OpRewritePattern;

  LogicalResult matchAndRewrite(tosa::ClampOp clamp,
                                PatternRewriter &rewriter) const override {
    auto type = dyn_cast<RankedTensorType>(clamp.getType());
    auto element =
        type ? dyn_cast<IntegerType>(type.getElementType()) : IntegerType();
    if (!element || !element.isSignless() || element.getWidth() < 2 ||
        clamp.getInput().getType() != type)
      return failure();
    auto lo = dyn_cast<IntegerAttr>(clamp.getMinValAttr());
    auto hi = dyn_cast<IntegerAttr>(clamp.getMaxValAttr());
    if (!lo || !hi)
      return failure();
    int64_t min = lo.getValue().getSExtValue();
    int64_t max = hi.getValue().getSExtValue();
    // act.clamp keeps its bounds as f64 attributes.
    constexpr int64_t kExactInDouble = int64_t(1) << 53;
    if (min > max || min < -kExactInDouble || max > kExactInDouble)
      return failure();
    rewriter.replaceOpWithNewOp<ClampOp>(clamp, clamp.getInput(),
                                         APFloat(static_cast<double>(min)),
                                         APFloat(static_cast<double>(max)));
    return success();
  }
};

/// A linalg.generic whose body applies one unary act op to one of its
/// inputs, read and written with identity maps (other inputs unused), is that
/// act op on the input tensor.
struct LiftElementwiseGeneric : public OpRewritePattern<linalg::GenericOp> {
  using OpRewritePattern::OpRewritePattern;

  LogicalResult matchAndRewrite(linalg::GenericOp generic,
                                PatternRewriter &rewriter) const override {
    if (!generic.hasPureTensorSemantics() || generic.getNumDpsInits() != 1 ||
        generic.getNumParallelLoops() != generic.getNumLoops())
      return failure();
    Block *body = generic.getBody();
    if (!llvm::hasSingleElement(body->without_terminator()))
      return failure();
    Operation &actOp = body->front();
    auto yield = cast<linalg::YieldOp>(body->getTerminator());
    if (!isa_and_present<ActDialect>(actOp.getDialect()) || actOp.getNumOperands() != 1 ||
        yield.getOperand(0) != actOp.getResult(0))
      return failure();
    auto arg = dyn_cast<BlockArgument>(actOp.getOperand(0));
    if (!arg || arg.getOwner() != body ||
        arg.getArgNumber() >= generic.getNumDpsInputs())
      return failure();
    // Every other block argument, the output's included, is unused.
    for (BlockArgument other : body->getArguments())
      if (other != arg && !other.use_empty())
        return failure();
    OpOperand *input = generic.getDpsInputOperand(arg.getArgNumber());
    OpOperand *init = generic.getDpsInitOperand(0);
    Type resultType = generic->getResult(0).getType();
    if (input->get().getType() != resultType ||
        !generic.getMatchingIndexingMap(input).isIdentity() ||
        !generic.getMatchingIndexingMap(init).isIdentity())
      return failure();
    IRMapping mapping;
    mapping.map(arg, input->get());
    Operation *lifted = rewriter.clone(actOp, mapping);
    lifted->getResult(0).setType(resultType);
    rewriter.replaceOp(generic, lifted->getResults());
    return success();
  }
};
} // namespace

void mlir::act::populateActRaisePatterns(RewritePatternSet &patterns,
                                         bool liftGenerics) {
  patterns.add<RaiseActivation, RaiseTosaIntegerClamp>(patterns.getContext());
  if (liftGenerics)
    patterns.add<LiftElementwiseGeneric>(patterns.getContext());
}

//===----------------------------------------------------------------------===//
// Pass
//===----------------------------------------------------------------------===//

namespace {
/// Counts the act ops the patterns create.
class RaiseCounter : public RewriterBase::Listener {
public:
  void notifyOperationInserted(Operation *op, OpBuilder::InsertPoint) override {
    if (isa_and_present<ActDialect>(op->getDialect()))
      ++numRaised;
  }
  uint64_t numRaised = 0;
};

struct ActRaisePass : public act::impl::ActRaisePassBase<ActRaisePass> {
  using ActRaisePassBase::ActRaisePassBase;

  LogicalResult initialize(MLIRContext *context) override {
    RewritePatternSet patternList(context);
    populateActRaisePatterns(patternList, liftGenerics);
    patterns = std::move(patternList);
    return success();
  }

  void runOnOperation() override {
    RaiseCounter counter;
    GreedyRewriteConfig config;
    config.setListener(&counter);
    // Only the raising patterns run: no folding of other dialects' ops, no
    // constant CSE, no region simplification.
    config.enableFolding(false);
    config.enableConstantCSE(false);
    config.setRegionSimplificationLevel(GreedySimplifyRegionLevel::Disabled);
    if (failed(applyPatternsGreedily(getOperation(), patterns, config)))
      getOperation()->emitWarning()
          << "act-raise did not converge; the IR is correct but may not be "
             "fully raised";
    numRaised += counter.numRaised;
  }

  FrozenRewritePatternSet patterns;
};
} // namespace
