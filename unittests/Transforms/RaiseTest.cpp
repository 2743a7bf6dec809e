//===- RaiseTest.cpp - act-raise patterns, checked exhaustively -----------===//
//
// Part of the act-mlir project.
//
//===----------------------------------------------------------------------===//
//
// Every pattern of act-raise is applied to a scalar function spelling an
// activation the way frontends do. The test checks that it fired, then
// evaluates the original function (a small interpreter: arith ops in APFloat
// in the element type, math functions in long double rounded once to it)
// and the raised act op (the reference semantics) on all 65536 f16 and bf16
// inputs and 40000 f32 inputs:
//
//  * relu/clamp patterns must agree bit for bit (NaN compared as NaN);
//  * the others must agree exactly on NaN, +-inf and +-0 inputs, agree
//    everywhere on NaN-ness, infinity and sign, and agree within 2 ulp where
//    the composite is well-conditioned (its evaluation in the element type
//    is within an ulp of its evaluation in long double, and nonzero). Where
//    the composite cancels or overflows, the act op is the accurate one; the
//    test counts those inputs.
// Inputs a pattern's fastmath flags make poison (ninf: infinities; nsz: the
// sign of zero results) are skipped as documented in ActRaise.cpp.
//
// A second test evaluates the forms act-raise refuses to raise against the
// act op they resemble and checks that they really differ.
//
//===----------------------------------------------------------------------===//

#include "act/Dialect/Act/IR/ActOps.h"
#include "act/Dialect/Act/Semantics/Semantics.h"
#include "act/Dialect/Act/Transforms/Passes.h"
#include "act/InitAct.h"

#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/Func/IR/FuncOps.h"
#include "mlir/Dialect/Math/IR/Math.h"
#include "mlir/IR/BuiltinOps.h"
#include "mlir/Parser/Parser.h"
#include "mlir/Transforms/GreedyPatternRewriteDriver.h"
#include "llvm/ADT/DenseMap.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/ADT/TypeSwitch.h"

#include "gtest/gtest.h"

#include <cmath>
#include <cstdio>
#include <cstring>
#include <limits>
#include <random>

using namespace mlir;
using llvm::APFloat;
using llvm::APInt;
namespace sem = mlir::act::semantics;

namespace {

//===----------------------------------------------------------------------===//
// Interpreter
//===----------------------------------------------------------------------===//

constexpr auto kRound = APFloat::rmNearestTiesToEven;

long double toLongDouble(const APFloat &x) {
  if (&x.getSemantics() == &APFloat::x87DoubleExtended()) {
    APInt bits = x.bitcastToAPInt();
    long double result = 0.0L;
    uint64_t words[2] = {bits.getRawData()[0], bits.getRawData()[1]};
    std::memcpy(&result, words, 10);
    return result;
  }
  bool losesInfo;
  APFloat d = x;
  d.convert(APFloat::IEEEdouble(), kRound, &losesInfo);
  return d.convertToDouble();
}

APFloat fromLongDouble(long double value, const llvm::fltSemantics &target) {
  uint64_t words[2] = {0, 0};
  std::memcpy(words, &value, 10);
  APFloat x(APFloat::x87DoubleExtended(), APInt(80, words));
  bool losesInfo;
  x.convert(target, kRound, &losesInfo);
  return x;
}

APFloat convert(APFloat x, const llvm::fltSemantics &target) {
  bool losesInfo;
  x.convert(target, kRound, &losesInfo);
  return x;
}

bool evalPredicate(arith::CmpFPredicate p, APFloat::cmpResult r) {
  using P = arith::CmpFPredicate;
  bool lt = r == APFloat::cmpLessThan, eq = r == APFloat::cmpEqual,
       gt = r == APFloat::cmpGreaterThan, un = r == APFloat::cmpUnordered;
  switch (p) {
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
    return !lt;
  case P::ULT:
    return lt || un;
  case P::ULE:
    return !gt;
  case P::UNE:
    return !eq;
  case P::UNO:
    return un;
  case P::AlwaysTrue:
    return true;
  }
  return false;
}

/// True for a coefficient such as 1/sqrt(2) or 0.044715 rounded to the
/// element type, unlike 0.5, 3 or 20: not a multiple of 1/64.
bool isRoundedCoefficient(const APFloat &c) {
  if (!c.isFiniteNonZero())
    return false;
  return !llvm::scalbn(c, 6, kRound).isInteger();
}

/// Evaluates a straight-line function of one float argument. Floats are
/// held in `working` semantics (the element type, or x87 extended to
/// evaluate the composite without intermediate rounding); math functions are
/// computed in long double and rounded once to `working`; act ops use the
/// reference semantics in the element type. With `perturbation`, every
/// rounded coefficient is scaled by 1 + perturbation.
std::optional<APFloat> interpret(func::FuncOp func, const APFloat &input,
                                 const llvm::fltSemantics &working,
                                 long double perturbation = 0) {
  const llvm::fltSemantics &element = input.getSemantics();
  llvm::DenseMap<Value, APFloat> floats;
  llvm::DenseMap<Value, APInt> ints;
  floats.try_emplace(func.getArgument(0), convert(input, working));
  auto get = [&](Value v) { return floats.find(v)->second; };
  auto math = [&](Value v, long double (*fn)(long double)) {
    return fromLongDouble(fn(toLongDouble(get(v))), working);
  };
  for (Operation &op : func.getBody().front()) {
    if (auto ret = dyn_cast<func::ReturnOp>(op))
      return convert(get(ret.getOperand(0)), element);
    if (auto c = dyn_cast<arith::ConstantOp>(op)) {
      if (auto f = dyn_cast<FloatAttr>(c.getValue()))
        floats.try_emplace(
            c,
            perturbation != 0 && isRoundedCoefficient(f.getValue())
                ? fromLongDouble(
                      toLongDouble(f.getValue()) * (1 + perturbation), working)
                : convert(f.getValue(), working));
      else if (auto i = dyn_cast<IntegerAttr>(c.getValue()))
        ints.try_emplace(c, i.getValue());
      else
        return std::nullopt;
      continue;
    }
    if (auto cmp = dyn_cast<arith::CmpFOp>(op)) {
      bool holds = evalPredicate(cmp.getPredicate(),
                                 get(cmp.getLhs()).compare(get(cmp.getRhs())));
      ints.try_emplace(cmp, APInt(1, holds));
      continue;
    }
    if (auto select = dyn_cast<arith::SelectOp>(op)) {
      bool c = ints.find(select.getCondition())->second.getBoolValue();
      floats.try_emplace(
          select, get(c ? select.getTrueValue() : select.getFalseValue()));
      continue;
    }
    std::optional<APFloat> result =
        llvm::TypeSwitch<Operation *, std::optional<APFloat>>(&op)
            .Case([&](arith::AddFOp o) {
              APFloat r = get(o.getLhs());
              r.add(get(o.getRhs()), kRound);
              return r;
            })
            .Case([&](arith::SubFOp o) {
              APFloat r = get(o.getLhs());
              r.subtract(get(o.getRhs()), kRound);
              return r;
            })
            .Case([&](arith::MulFOp o) {
              APFloat r = get(o.getLhs());
              r.multiply(get(o.getRhs()), kRound);
              return r;
            })
            .Case([&](arith::DivFOp o) {
              APFloat r = get(o.getLhs());
              r.divide(get(o.getRhs()), kRound);
              return r;
            })
            .Case([&](arith::NegFOp o) {
              APFloat r = get(o.getOperand());
              r.changeSign();
              return r;
            })
            .Case([&](arith::MaximumFOp o) {
              return llvm::maximum(get(o.getLhs()), get(o.getRhs()));
            })
            .Case([&](arith::MinimumFOp o) {
              return llvm::minimum(get(o.getLhs()), get(o.getRhs()));
            })
            .Case([&](arith::MaxNumFOp o) {
              return llvm::maxnum(get(o.getLhs()), get(o.getRhs()));
            })
            .Case([&](arith::MinNumFOp o) {
              return llvm::minnum(get(o.getLhs()), get(o.getRhs()));
            })
            .Case([&](math::ExpOp o) { return math(o.getOperand(), expl); })
            .Case([&](math::ExpM1Op o) { return math(o.getOperand(), expm1l); })
            .Case([&](math::LogOp o) { return math(o.getOperand(), logl); })
            .Case([&](math::Log1pOp o) { return math(o.getOperand(), log1pl); })
            .Case([&](math::ErfOp o) { return math(o.getOperand(), erfl); })
            .Case([&](math::ErfcOp o) { return math(o.getOperand(), erfcl); })
            .Case([&](math::TanhOp o) { return math(o.getOperand(), tanhl); })
            .Case([&](math::SqrtOp o) { return math(o.getOperand(), sqrtl); })
            .Case([&](math::FPowIOp o) {
              long double x = toLongDouble(get(o.getLhs()));
              int64_t n = ints.find(o.getRhs())->second.getSExtValue();
              return fromLongDouble(std::pow(x, static_cast<long double>(n)),
                                    working);
            })
            .Default([&](Operation *other) -> std::optional<APFloat> {
              std::optional<sem::OpKind> kind = act::getOpKind(other);
              if (!kind)
                return std::nullopt;
              APFloat x = convert(get(other->getOperand(0)), element);
              return convert(sem::evaluate(*kind, act::getParams(other), {x}),
                             working);
            });
    if (!result)
      return std::nullopt;
    floats.try_emplace(op.getResult(0), *result);
  }
  return std::nullopt;
}

//===----------------------------------------------------------------------===//
// Inputs
//===----------------------------------------------------------------------===//

struct ElementType {
  const char *name;
  const llvm::fltSemantics &(*semantics)();
};
const ElementType kTypes[] = {{"f16", APFloat::IEEEhalf},
                              {"bf16", APFloat::BFloat},
                              {"f32", APFloat::IEEEsingle}};

/// All bit patterns of 16-bit types; for f32 a sweep of [-30, 30], random bit
/// patterns, and the special values.
std::vector<APFloat> getInputs(const llvm::fltSemantics &semantics) {
  std::vector<APFloat> inputs;
  unsigned width = APFloat::getSizeInBits(semantics);
  if (width == 16) {
    for (uint32_t bits = 0; bits < 0x10000; ++bits)
      inputs.emplace_back(semantics, APInt(16, bits));
    return inputs;
  }
  for (int i = 0; i <= 20000; ++i)
    inputs.emplace_back(static_cast<float>(-30.0 + 60.0 * i / 20000));
  std::mt19937 rng(12345);
  for (int i = 0; i < 20000; ++i)
    inputs.emplace_back(semantics, APInt(32, rng()));
  for (bool negative : {false, true}) {
    inputs.push_back(APFloat::getZero(semantics, negative));
    inputs.push_back(APFloat::getInf(semantics, negative));
    inputs.push_back(APFloat::getSmallest(semantics, negative));
    inputs.push_back(APFloat::getLargest(semantics, negative));
  }
  inputs.push_back(APFloat::getNaN(semantics));
  return inputs;
}

std::string replaceAll(std::string s, const std::string &from,
                       const std::string &to) {
  for (size_t i = s.find(from); i != std::string::npos;
       i = s.find(from, i + to.size()))
    s.replace(i, from.size(), to);
  return s;
}

std::string printValue(const APFloat &x) {
  SmallString<32> text;
  x.toString(text);
  return (text + " (0x" + llvm::utohexstr(x.bitcastToAPInt().getZExtValue()) +
          ")")
      .str();
}

/// Parses `func.func @f(%x: T) -> T { body; return %r : T }`.
func::FuncOp parseFunction(MLIRContext &context, const std::string &body,
                           const char *type, OwningOpRef<ModuleOp> &module) {
  std::string source = replaceAll("func.func @f(%x: TYPE) -> TYPE {\n" + body +
                                      "\n return %r : TYPE\n}",
                                  "TYPE", type);
  module = parseSourceString<ModuleOp>(source, &context);
  if (!module)
    return {};
  return cast<func::FuncOp>(module->getBody()->front());
}

MLIRContext &getContext() {
  static MLIRContext *context = [] {
    DialectRegistry registry;
    registry
        .insert<func::FuncDialect, arith::ArithDialect, math::MathDialect>();
    act::registerActDialects(registry);
    auto *ctx = new MLIRContext(registry);
    ctx->loadAllAvailableDialects();
    return ctx;
  }();
  return *context;
}

//===----------------------------------------------------------------------===//
// Raised patterns
//===----------------------------------------------------------------------===//

enum Check : unsigned {
  /// Bit-exact (NaN as NaN).
  Exact = 1,
  /// Infinite inputs and results are poison (ninf on the operation reading
  /// the input).
  NoInf = 2,
  /// The sign of zero results is insignificant (nsz).
  NoSignedZeros = 4,
};

struct RaiseCase {
  const char *name;
  /// The body of `func.func @f(%x: TYPE) -> TYPE`, defining %r.
  const char *body;
  /// The act op the function must be raised to.
  const char *expected;
  unsigned checks;
  /// Element types for which the pattern must not fire.
  const char *notRaisedFor = "";
};

const RaiseCase kRaiseCases[] = {
    // relu and clamp.
    {"relu_maximumf",
     "%z = arith.constant 0.0 : TYPE\n %r = arith.maximumf %x, %z : TYPE",
     "act.relu", Exact},
    {"relu_ugt_torch",
     "%z = arith.constant 0.0 : TYPE\n %c = arith.cmpf ugt, %x, %z : TYPE\n"
     " %r = arith.select %c, %x, %z : TYPE",
     "act.relu", Exact},
    {"relu_ogt_ignore",
     "%z = arith.constant 0.0 : TYPE\n %c = arith.cmpf ogt, %x, %z : TYPE\n"
     " %r = arith.select %c, %x, %z : TYPE",
     "ignore", Exact},
    {"relu_ole_inverted",
     "%z = arith.constant 0.0 : TYPE\n %c = arith.cmpf ole, %x, %z : TYPE\n"
     " %r = arith.select %c, %z, %x : TYPE",
     "act.relu", Exact},
    {"relu_ule_inverted",
     "%z = arith.constant 0.0 : TYPE\n %c = arith.cmpf ule, %x, %z : TYPE\n"
     " %r = arith.select %c, %z, %x : TYPE",
     "ignore", Exact},
    {"relu_swapped_compare",
     "%z = arith.constant -0.0 : TYPE\n %p = arith.constant 0.0 : TYPE\n"
     " %c = arith.cmpf olt, %z, %x : TYPE\n"
     " %r = arith.select %c, %x, %p : TYPE",
     "ignore", Exact},
    {"relu_maxnum_nsz",
     "%z = arith.constant 0.0 : TYPE\n"
     " %r = arith.maxnumf %x, %z fastmath<nsz> : TYPE",
     "ignore", Exact | NoSignedZeros},
    {"clamp_tosa_order",
     "%lo = arith.constant 0.0 : TYPE\n %hi = arith.constant 6.0 : TYPE\n"
     " %0 = arith.minimumf %x, %hi : TYPE\n"
     " %r = arith.maximumf %0, %lo : TYPE",
     "act.clamp", Exact},
    {"clamp_negative_zero_bound",
     "%lo = arith.constant -0.0 : TYPE\n %hi = arith.constant 0.0 : TYPE\n"
     " %0 = arith.maximumf %x, %lo : TYPE\n"
     " %r = arith.minimumf %0, %hi : TYPE",
     "act.clamp", Exact},
    {"clamp_tosa_ignore_guard",
     "%lo = arith.constant -1.5 : TYPE\n %hi = arith.constant 2.25 : TYPE\n"
     " %0 = arith.minimumf %x, %hi : TYPE\n"
     " %1 = arith.maximumf %0, %lo : TYPE\n"
     " %c = arith.cmpf uno, %x, %x : TYPE\n"
     " %r = arith.select %c, %lo, %1 : TYPE",
     "ignore", Exact},
    {"hardtanh_torch",
     "%lo = arith.constant -1.0 : TYPE\n %hi = arith.constant 1.0 : TYPE\n"
     " %0 = arith.cmpf ult, %x, %lo : TYPE\n"
     " %1 = arith.select %0, %lo, %x : TYPE\n"
     " %2 = arith.cmpf ugt, %1, %hi : TYPE\n"
     " %r = arith.select %2, %hi, %1 : TYPE",
     "ignore", Exact},
    {"clamp_ogt_olt_selects",
     "%lo = arith.constant -2.0 : TYPE\n %hi = arith.constant 3.0 : TYPE\n"
     " %0 = arith.cmpf ogt, %x, %lo : TYPE\n"
     " %1 = arith.select %0, %x, %lo : TYPE\n"
     " %2 = arith.cmpf olt, %1, %hi : TYPE\n"
     " %r = arith.select %2, %1, %hi : TYPE",
     "ignore", Exact},
    {"clamp_maxnum_nonzero_bounds",
     "%lo = arith.constant -1.0 : TYPE\n %hi = arith.constant 1.0 : TYPE\n"
     " %0 = arith.maxnumf %x, %lo : TYPE\n"
     " %r = arith.minnumf %0, %hi : TYPE",
     "ignore", Exact},
    {"relu6_relu_minimumf",
     "%z = arith.constant 0.0 : TYPE\n %six = arith.constant 6.0 : TYPE\n"
     " %0 = arith.cmpf ugt, %x, %z : TYPE\n"
     " %1 = arith.select %0, %x, %z : TYPE\n"
     " %r = arith.minimumf %1, %six : TYPE",
     "act.clamp", Exact},

    // Transcendental and composite activations.
    {"sigmoid_tosa_lowering",
     "%one = arith.constant 1.0 : TYPE\n %0 = arith.negf %x : TYPE\n"
     " %1 = math.exp %0 : TYPE\n %2 = arith.addf %1, %one : TYPE\n"
     " %r = arith.divf %one, %2 : TYPE",
     "act.sigmoid", 0},
    {"silu_product",
     "%one = arith.constant 1.0 : TYPE\n %0 = arith.negf %x : TYPE\n"
     " %1 = math.exp %0 : TYPE\n %2 = arith.addf %1, %one : TYPE\n"
     " %3 = arith.divf %one, %2 : TYPE\n"
     " %r = arith.mulf %x, %3 fastmath<ninf> : TYPE",
     "act.silu", NoInf},
    {"silu_quotient",
     "%one = arith.constant 1.0 : TYPE\n %0 = arith.negf %x : TYPE\n"
     " %1 = math.exp %0 : TYPE\n %2 = arith.addf %one, %1 : TYPE\n"
     " %r = arith.divf %x, %2 fastmath<ninf> : TYPE",
     "act.silu", NoInf},
    {"gelu_torch",
     "%z = arith.constant 0.0 : TYPE\n %0 = arith.subf %x, %z : TYPE\n"
     " %two = arith.constant 2.0 : TYPE\n %s = math.sqrt %two : TYPE\n"
     " %1 = arith.divf %0, %s : TYPE\n %2 = math.erf %1 : TYPE\n"
     " %one = arith.constant 1.0 : TYPE\n %3 = arith.addf %one, %2 : TYPE\n"
     " %half = arith.constant 0.5 : TYPE\n %4 = arith.mulf %half, %3 : TYPE\n"
     " %r = arith.mulf %x, %4 fastmath<ninf> : TYPE",
     "act.gelu", NoInf},
    {"gelu_scaled_argument",
     "%k = arith.constant 0.70710678118654752 : TYPE\n"
     " %half = arith.constant 0.5 : TYPE\n %one = arith.constant 1.0 : TYPE\n"
     " %0 = arith.mulf %x, %half fastmath<ninf> : TYPE\n"
     " %1 = arith.mulf %k, %x : TYPE\n %2 = math.erf %1 : TYPE\n"
     " %3 = arith.addf %2, %one : TYPE\n"
     " %r = arith.mulf %0, %3 : TYPE",
     "act.gelu", NoInf},
    {"gelu_erfc",
     "%k = arith.constant -0.70710678118654752 : TYPE\n"
     " %half = arith.constant 0.5 : TYPE\n"
     " %0 = arith.mulf %x, %k : TYPE\n %1 = math.erfc %0 : TYPE\n"
     " %2 = arith.mulf %x, %1 fastmath<ninf> : TYPE\n"
     " %r = arith.mulf %2, %half : TYPE",
     "act.gelu", NoInf},
    {"gelu_tanh_fpowi",
     "%c3 = arith.constant 3 : i64\n %k = arith.constant 0.044715 : TYPE\n"
     " %b = arith.constant 0.7978845608028654 : TYPE\n"
     " %one = arith.constant 1.0 : TYPE\n %half = arith.constant 0.5 : TYPE\n"
     " %0 = math.fpowi %x, %c3 : TYPE, i64\n %1 = arith.mulf %0, %k : TYPE\n"
     " %2 = arith.addf %x, %1 : TYPE\n %3 = arith.mulf %b, %2 : TYPE\n"
     " %4 = math.tanh %3 : TYPE\n %5 = arith.addf %one, %4 : TYPE\n"
     " %6 = arith.mulf %half, %5 : TYPE\n"
     " %r = arith.mulf %x, %6 fastmath<ninf> : TYPE",
     "approximate<tanh>", NoInf},
    {"gelu_tanh_product_cube",
     "%k = arith.constant 0.044715 : TYPE\n"
     " %b = arith.constant 0.7978845608028654 : TYPE\n"
     " %one = arith.constant 1.0 : TYPE\n %half = arith.constant 0.5 : TYPE\n"
     " %0 = arith.mulf %x, %x : TYPE\n %1 = arith.mulf %0, %x : TYPE\n"
     " %2 = arith.mulf %k, %1 : TYPE\n %3 = arith.addf %2, %x : TYPE\n"
     " %4 = arith.mulf %3, %b : TYPE\n %5 = math.tanh %4 : TYPE\n"
     " %6 = arith.addf %5, %one : TYPE\n"
     " %7 = arith.mulf %x, %half fastmath<ninf> : TYPE\n"
     " %r = arith.mulf %7, %6 : TYPE",
     "approximate<tanh>", NoInf},
    {"softplus_torch",
     "%t = arith.constant 20.0 : TYPE\n %0 = math.exp %x : TYPE\n"
     " %1 = math.log1p %0 : TYPE\n %c = arith.cmpf ogt, %x, %t : TYPE\n"
     " %r = arith.select %c, %x, %1 : TYPE",
     "act.softplus", 0, "f16"},
    {"softplus_beta_log",
     "%t = arith.constant 10.0 : TYPE\n %b = arith.constant 2.0 : TYPE\n"
     " %one = arith.constant 1.0 : TYPE\n %y = arith.mulf %x, %b : TYPE\n"
     " %0 = math.exp %y : TYPE\n %1 = arith.addf %one, %0 : TYPE\n"
     " %2 = math.log %1 : TYPE\n %3 = arith.divf %2, %b : TYPE\n"
     " %c = arith.cmpf ugt, %y, %t : TYPE\n"
     " %r = arith.select %c, %x, %3 : TYPE",
     "act.softplus", 0},
    {"softplus_no_threshold",
     "%0 = math.exp %x fastmath<ninf> : TYPE\n %r = math.log1p %0 : TYPE",
     "act.softplus", NoInf},
    {"mish_threshold",
     "%t = arith.constant 20.0 : TYPE\n %0 = math.exp %x : TYPE\n"
     " %1 = math.log1p %0 : TYPE\n %c = arith.cmpf ogt, %x, %t : TYPE\n"
     " %2 = arith.select %c, %x, %1 : TYPE\n %3 = math.tanh %2 : TYPE\n"
     " %r = arith.mulf %x, %3 fastmath<ninf> : TYPE",
     "act.mish", NoInf},
    {"mish_log_one_plus",
     "%one = arith.constant 1.0 : TYPE\n %0 = math.exp %x : TYPE\n"
     " %1 = arith.addf %0, %one : TYPE\n %2 = math.log %1 : TYPE\n"
     " %3 = math.tanh %2 : TYPE\n"
     " %r = arith.mulf %3, %x fastmath<ninf> : TYPE",
     "act.mish", NoInf},
    {"elu_expm1",
     "%z = arith.constant 0.0 : TYPE\n %0 = math.expm1 %x : TYPE\n"
     " %c = arith.cmpf ogt, %x, %z : TYPE\n"
     " %r = arith.select %c, %x, %0 : TYPE",
     "act.elu", 0},
    {"elu_alpha_inverted",
     "%z = arith.constant 0.0 : TYPE\n %a = arith.constant 0.75 : TYPE\n"
     " %0 = math.expm1 %x : TYPE\n %1 = arith.mulf %a, %0 : TYPE\n"
     " %c = arith.cmpf ule, %x, %z : TYPE\n"
     " %r = arith.select %c, %1, %x : TYPE",
     "act.elu", 0},
    {"elu_ge_positive_alpha",
     "%z = arith.constant 0.0 : TYPE\n %a = arith.constant 1.5 : TYPE\n"
     " %0 = math.expm1 %x : TYPE\n %1 = arith.mulf %0, %a : TYPE\n"
     " %c = arith.cmpf uge, %x, %z : TYPE\n"
     " %r = arith.select %c, %x, %1 : TYPE",
     "act.elu", 0},
    {"elu_exp_minus_one_nsz",
     "%z = arith.constant 0.0 : TYPE\n %one = arith.constant 1.0 : TYPE\n"
     " %0 = math.exp %x : TYPE\n %1 = arith.subf %0, %one fastmath<nsz> : "
     "TYPE\n %c = arith.cmpf ogt, %x, %z : TYPE\n"
     " %r = arith.select %c, %x, %1 : TYPE",
     "act.elu", NoSignedZeros},
    {"hardswish_torch",
     "%three = arith.constant 3.0 : TYPE\n %six = arith.constant 6.0 : TYPE\n"
     " %z = arith.constant 0.0 : TYPE\n %0 = arith.addf %x, %three : TYPE\n"
     " %1 = arith.cmpf ugt, %0, %z : TYPE\n"
     " %2 = arith.select %1, %0, %z : TYPE\n"
     " %3 = arith.cmpf olt, %2, %six : TYPE\n"
     " %4 = arith.select %3, %2, %six : TYPE\n"
     " %5 = arith.divf %4, %six : TYPE\n"
     " %r = arith.mulf %x, %5 fastmath<ninf> : TYPE",
     "act.hardswish", NoInf},
    {"hardswish_product_first",
     "%three = arith.constant 3.0 : TYPE\n %six = arith.constant 6.0 : TYPE\n"
     " %z = arith.constant 0.0 : TYPE\n %0 = arith.addf %three, %x : TYPE\n"
     " %1 = arith.maximumf %0, %z : TYPE\n"
     " %2 = arith.minimumf %1, %six : TYPE\n"
     " %3 = arith.mulf %x, %2 fastmath<ninf> : TYPE\n"
     " %r = arith.divf %3, %six : TYPE",
     "act.hardswish", NoInf},
    {"hardsigmoid_onnx",
     "%a = arith.constant 0.2 : TYPE\n %b = arith.constant 0.5 : TYPE\n"
     " %z = arith.constant 0.0 : TYPE\n %one = arith.constant 1.0 : TYPE\n"
     " %0 = arith.mulf %x, %a : TYPE\n %1 = arith.addf %0, %b : TYPE\n"
     " %2 = arith.maximumf %1, %z : TYPE\n"
     " %r = arith.minimumf %2, %one : TYPE",
     "act.hardsigmoid", 0},
};

bool isSpecial(const APFloat &x) {
  return x.isNaN() || x.isInfinity() || x.isZero();
}

class RaiseTest
    : public ::testing::TestWithParam<std::tuple<RaiseCase, ElementType>> {};

TEST_P(RaiseTest, RaisedOpMatchesComposite) {
  const auto &[c, t] = GetParam();
  MLIRContext &context = getContext();
  OwningOpRef<ModuleOp> original, raised;
  func::FuncOp f = parseFunction(context, c.body, t.name, original);
  func::FuncOp g = parseFunction(context, c.body, t.name, raised);
  ASSERT_TRUE(f && g) << c.body;

  RewritePatternSet patterns(&context);
  act::populateActRaisePatterns(patterns);
  ASSERT_TRUE(succeeded(applyPatternsGreedily(g, std::move(patterns))));
  std::string text;
  llvm::raw_string_ostream os(text);
  g.print(os);
  bool expectRaise = StringRef(c.notRaisedFor).split(',').first != t.name;
  if (!expectRaise) {
    EXPECT_EQ(text.find("act."), std::string::npos) << text;
    return;
  }
  // Fully raised: one act op, nothing else computed.
  ASSERT_NE(text.find(c.expected), std::string::npos) << text;
  unsigned numComputeOps = 0;
  g.walk([&](Operation *op) {
    if (!isa<func::FuncOp, func::ReturnOp, arith::ConstantOp>(op))
      ++numComputeOps;
  });
  ASSERT_EQ(numComputeOps, 1u) << text;

  const llvm::fltSemantics &semantics = t.semantics();
  int precision = APFloat::semanticsPrecision(semantics);
  int minExponent = APFloat::semanticsMinExponent(semantics);
  unsigned numChecked = 0, numIllConditioned = 0, numFinite = 0;
  unsigned maxUlp = 0, numBeyondTwo = 0;
  for (const APFloat &x : getInputs(semantics)) {
    // LLVM may treat every NaN as quiet (LangRef, "Behavior of
    // Floating-Point NaN values"), so the composite is evaluated on the
    // quiet NaN: maxnumf(sNaN, 0) may be 0.
    APFloat quietX = x.isSignaling() ? x.makeQuiet() : x;
    std::optional<APFloat> o = interpret(f, quietX, semantics);
    std::optional<APFloat> r = interpret(g, x, semantics);
    ASSERT_TRUE(o && r);
    std::string where = "at x = " + printValue(x) + ": composite " +
                        printValue(*o) + ", act " + printValue(*r);
    if ((c.checks & NoInf) && (x.isInfinity() || o->isInfinity()))
      continue;
    ASSERT_EQ(o->isNaN(), r->isNaN()) << where;
    if (o->isNaN())
      continue;
    bool zeroSignFree =
        (c.checks & NoSignedZeros) && (o->isZero() || r->isZero());
    if (c.checks & Exact) {
      if (zeroSignFree && o->isZero() && r->isZero())
        continue;
      ASSERT_TRUE(o->bitwiseIsEqual(*r)) << where;
      continue;
    }
    ASSERT_EQ(o->isInfinity(), r->isInfinity()) << where;
    if (!zeroSignFree)
      ASSERT_EQ(o->isNegative(), r->isNegative()) << where;
    if (isSpecial(x) || o->isInfinity()) {
      if (!zeroSignFree)
        ASSERT_TRUE(o->bitwiseIsEqual(*r)) << where;
      continue;
    }
    ++numFinite;
    // The composite evaluated without intermediate rounding.
    APFloat e = *interpret(f, quietX, APFloat::x87DoubleExtended());
    bool wellConditioned = !o->isZero() && !e.isNaN() && !e.isInfinity() &&
                           e.isNegative() == o->isNegative() &&
                           sem::ulpDistance(*o, e) <= 1;
    if (!wellConditioned) {
      ++numIllConditioned;
      continue;
    }
    ++numChecked;
    // The composite's coefficients are the true ones rounded to the element
    // type (within an ulp, as the matcher accepts them); the act op uses the
    // true ones. Their effect is measured by moving every coefficient by one
    // ulp, and allowed on top of 2 ulp of rounding.
    APFloat moved = *interpret(f, quietX, APFloat::x87DoubleExtended(),
                               std::ldexp(1.0L, 1 - precision));
    long double unit = std::ldexp(1.0L, std::max(llvm::ilogb(*o), minExponent) -
                                            (precision - 1));
    long double sensitivity =
        std::fabs(toLongDouble(moved) - toLongDouble(e)) / unit;
    uint64_t allowed = 2 + static_cast<uint64_t>(std::ceil(sensitivity));
    uint64_t ulp = sem::ulpDistance(*o, *r);
    maxUlp = std::max<unsigned>(maxUlp, ulp);
    if (ulp > 2)
      ++numBeyondTwo;
    ASSERT_LE(ulp, allowed) << where << " (coefficient sensitivity "
                            << static_cast<double>(sensitivity) << " ulp)";
  }
  if (!(c.checks & Exact)) {
    // The value comparison must cover most finite inputs.
    EXPECT_GE(numChecked, numFinite / 2)
        << numIllConditioned << " ill-conditioned of " << numFinite;
    std::printf("[ %s %s ] %u finite inputs within %u ulp (%u beyond 2, "
                "from rounded coefficients), %u where the composite is "
                "ill-conditioned\n",
                c.name, t.name, numChecked, maxUlp, numBeyondTwo,
                numIllConditioned);
  }
}

std::string caseName(
    const ::testing::TestParamInfo<std::tuple<RaiseCase, ElementType>> &info) {
  return std::string(std::get<0>(info.param).name) + "_" +
         std::get<1>(info.param).name;
}

INSTANTIATE_TEST_SUITE_P(Patterns, RaiseTest,
                         ::testing::Combine(::testing::ValuesIn(kRaiseCases),
                                            ::testing::ValuesIn(kTypes)),
                         caseName);

//===----------------------------------------------------------------------===//
// Refused patterns
//===----------------------------------------------------------------------===//

struct RefusedCase {
  const char *name;
  /// A composite act-raise leaves alone.
  const char *body;
  /// The act op it resembles, on %x.
  const char *actOp;
  /// The element type and the input on which the difference shows.
  const char *type;
  double witness;
};

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();
constexpr double kInf = std::numeric_limits<double>::infinity();

const RefusedCase kRefusedCases[] = {
    {"relu_olt_keeps_negative_zero",
     "%z = arith.constant 0.0 : TYPE\n %c = arith.cmpf olt, %x, %z : TYPE\n"
     " %r = arith.select %c, %z, %x : TYPE",
     "act.relu %x : TYPE", "f16", -0.0},
    {"relu6_torch_clamp_keeps_negative_zero",
     "%lo = arith.constant 0.0 : TYPE\n %hi = arith.constant 6.0 : TYPE\n"
     " %0 = arith.cmpf ult, %x, %lo : TYPE\n"
     " %1 = arith.select %0, %lo, %x : TYPE\n"
     " %2 = arith.cmpf ugt, %1, %hi : TYPE\n"
     " %r = arith.select %2, %hi, %1 : TYPE",
     "act.clamp %x {min = 0.0 : f64, max = 6.0 : f64, nan_mode = "
     "#act.nan_mode<ignore>} : TYPE",
     "f16", -0.0},
    {"relu6_torch_minimum_nan_to_six",
     "%z = arith.constant 0.0 : TYPE\n %six = arith.constant 6.0 : TYPE\n"
     " %0 = arith.cmpf ugt, %x, %z : TYPE\n"
     " %1 = arith.select %0, %x, %z : TYPE\n"
     " %2 = arith.cmpf olt, %1, %six : TYPE\n"
     " %r = arith.select %2, %1, %six : TYPE",
     "act.clamp %x {min = 0.0 : f64, max = 6.0 : f64} : TYPE", "f16", kNaN},
    {"silu_without_ninf",
     "%one = arith.constant 1.0 : TYPE\n %0 = arith.negf %x : TYPE\n"
     " %1 = math.exp %0 : TYPE\n %2 = arith.addf %1, %one : TYPE\n"
     " %3 = arith.divf %one, %2 : TYPE\n %r = arith.mulf %x, %3 : TYPE",
     "act.silu %x : TYPE", "f16", -kInf},
    {"gelu_tanh_torch_constant",
     "%c3 = arith.constant 3 : i64\n %k = arith.constant 0.044715 : TYPE\n"
     " %b = arith.constant 0.7977240352174656 : TYPE\n"
     " %one = arith.constant 1.0 : TYPE\n %half = arith.constant 0.5 : TYPE\n"
     " %0 = math.fpowi %x, %c3 : TYPE, i64\n %1 = arith.mulf %0, %k : TYPE\n"
     " %2 = arith.addf %x, %1 : TYPE\n %3 = arith.mulf %b, %2 : TYPE\n"
     " %4 = math.tanh %3 : TYPE\n %5 = arith.addf %one, %4 : TYPE\n"
     " %6 = arith.mulf %half, %5 : TYPE\n %r = arith.mulf %x, %6 : TYPE",
     "act.gelu %x {approximate = #act.approximate<tanh>} : TYPE", "f32", -3.0},
    {"softplus_f16_threshold_20",
     "%t = arith.constant 20.0 : TYPE\n %0 = math.exp %x : TYPE\n"
     " %1 = math.log1p %0 : TYPE\n %c = arith.cmpf ogt, %x, %t : TYPE\n"
     " %r = arith.select %c, %x, %1 : TYPE",
     "act.softplus %x : TYPE", "f16", 15.0},
    {"softplus_no_threshold_overflows",
     "%0 = math.exp %x : TYPE\n %r = math.log1p %0 : TYPE",
     "act.softplus %x : TYPE", "bf16", 100.0},
    {"elu_exp_minus_one",
     "%z = arith.constant 0.0 : TYPE\n %one = arith.constant 1.0 : TYPE\n"
     " %0 = math.exp %x : TYPE\n %1 = arith.subf %0, %one : TYPE\n"
     " %c = arith.cmpf ogt, %x, %z : TYPE\n"
     " %r = arith.select %c, %x, %1 : TYPE",
     "act.elu %x : TYPE", "f16", -0.0},
    {"hardsigmoid_torch_nan_to_one",
     "%three = arith.constant 3.0 : TYPE\n %six = arith.constant 6.0 : TYPE\n"
     " %z = arith.constant 0.0 : TYPE\n %0 = arith.addf %x, %three : TYPE\n"
     " %1 = arith.cmpf ugt, %0, %z : TYPE\n"
     " %2 = arith.select %1, %0, %z : TYPE\n"
     " %3 = arith.cmpf olt, %2, %six : TYPE\n"
     " %4 = arith.select %3, %2, %six : TYPE\n"
     " %r = arith.divf %4, %six : TYPE",
     "act.hardsigmoid %x : TYPE", "f16", kNaN},
    {"hardsigmoid_relu6_rounds_differently",
     "%three = arith.constant 3.0 : TYPE\n %six = arith.constant 6.0 : TYPE\n"
     " %z = arith.constant 0.0 : TYPE\n %0 = arith.addf %x, %three : TYPE\n"
     " %1 = arith.maximumf %0, %z : TYPE\n"
     " %2 = arith.minimumf %1, %six : TYPE\n"
     " %r = arith.divf %2, %six : TYPE",
     "act.hardsigmoid %x : TYPE", "f32", -2.997},
    {"hardswish_without_ninf",
     "%three = arith.constant 3.0 : TYPE\n %six = arith.constant 6.0 : TYPE\n"
     " %z = arith.constant 0.0 : TYPE\n %0 = arith.addf %x, %three : TYPE\n"
     " %1 = arith.maximumf %0, %z : TYPE\n"
     " %2 = arith.minimumf %1, %six : TYPE\n"
     " %3 = arith.divf %2, %six : TYPE\n %r = arith.mulf %x, %3 : TYPE",
     "act.hardswish %x : TYPE", "f16", -kInf},
};

class RefusedTest : public ::testing::TestWithParam<RefusedCase> {};

TEST_P(RefusedTest, NotRaisedAndReallyDifferent) {
  const RefusedCase &c = GetParam();
  MLIRContext &context = getContext();
  OwningOpRef<ModuleOp> original, raised, act;
  func::FuncOp f = parseFunction(context, c.body, c.type, original);
  func::FuncOp g = parseFunction(context, c.body, c.type, raised);
  func::FuncOp a =
      parseFunction(context, std::string("%r = ") + c.actOp, c.type, act);
  ASSERT_TRUE(f && g && a);

  RewritePatternSet patterns(&context);
  act::populateActRaisePatterns(patterns);
  ASSERT_TRUE(succeeded(applyPatternsGreedily(g, std::move(patterns))));
  std::string name =
      StringRef(c.actOp).split(' ').first.str(); // e.g. "act.clamp"
  std::string text;
  llvm::raw_string_ostream os(text);
  g.print(os);
  EXPECT_EQ(text.find(name + " %arg0"), std::string::npos) << text;

  // At the witness the composite and the act op differ in NaN-ness,
  // infinity or zero sign, or by more than 4 ulp.
  const llvm::fltSemantics &semantics =
      StringRef(c.type) == "f16"    ? APFloat::IEEEhalf()
      : StringRef(c.type) == "bf16" ? APFloat::BFloat()
                                    : APFloat::IEEEsingle();
  APFloat x = convert(APFloat(c.witness), semantics);
  APFloat o = *interpret(f, x, semantics);
  APFloat r = *interpret(a, x, semantics);
  bool differs =
      o.isNaN() != r.isNaN() ||
      (!o.isNaN() &&
       (o.isInfinity() != r.isInfinity() || o.isNegative() != r.isNegative() ||
        (!o.isInfinity() && sem::ulpDistance(o, r) > 4)));
  EXPECT_TRUE(differs) << "x = " << printValue(x);
  std::printf("[ %s ] x = %s: composite %s, %s %s\n", c.name,
              printValue(x).c_str(), printValue(o).c_str(), name.c_str(),
              printValue(r).c_str());
}

INSTANTIATE_TEST_SUITE_P(Negative, RefusedTest,
                         ::testing::ValuesIn(kRefusedCases),
                         [](const ::testing::TestParamInfo<RefusedCase> &info) {
                           return std::string(info.param.name);
                         });

} // namespace
