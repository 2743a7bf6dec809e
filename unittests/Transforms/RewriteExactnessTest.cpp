//===- RewriteExactnessTest.cpp - exact rewrites, checked exhaustively ----===//
//
// Part of the act-mlir project.
//
//===----------------------------------------------------------------------===//
//
// Each rewrite of act-simplify, act-sign-simplify and act-commute is applied
// to a small scalar function; both the original and the rewritten function
// are then evaluated by a tiny interpreter (act ops through the reference
// semantics, arith/math ops through APFloat in the element type) on all 65536
// f16 and bf16 inputs and 10^5 f32 inputs, and must agree bit for bit (NaN
// compared as NaN).
//
//===----------------------------------------------------------------------===//

#include "act/Dialect/Act/IR/ActOps.h"
#include "act/Dialect/Act/Semantics/Semantics.h"
#include "act/InitAct.h"

#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/Func/IR/FuncOps.h"
#include "mlir/Dialect/Math/IR/Math.h"
#include "mlir/IR/BuiltinOps.h"
#include "mlir/IR/OperationSupport.h"
#include "mlir/InitAllDialects.h"
#include "mlir/Parser/Parser.h"
#include "mlir/Pass/PassManager.h"
#include "mlir/Pass/PassRegistry.h"
#include "llvm/ADT/DenseMap.h"
#include "llvm/ADT/TypeSwitch.h"
#include "llvm/Support/raw_ostream.h"

#include "gtest/gtest.h"

#include <random>

using namespace mlir;
using llvm::APFloat;
using llvm::APInt;
namespace sem = mlir::act::semantics;

namespace {

/// Evaluates a function of one float argument and one float result whose
/// body is straight-line act/arith/math code.
std::optional<APFloat> interpret(func::FuncOp func, const APFloat &input) {
  llvm::DenseMap<Value, APFloat> values;
  values.try_emplace(func.getArgument(0), input);
  auto get = [&](Value v) { return values.find(v)->second; };
  const auto rm = APFloat::rmNearestTiesToEven;
  for (Operation &op : func.getBody().front()) {
    if (auto ret = dyn_cast<func::ReturnOp>(op))
      return get(ret.getOperand(0));
    std::optional<APFloat> result =
        llvm::TypeSwitch<Operation *, std::optional<APFloat>>(&op)
            .Case([&](arith::ConstantOp c) -> std::optional<APFloat> {
              if (auto f = dyn_cast<FloatAttr>(c.getValue()))
                return f.getValue();
              return std::nullopt;
            })
            .Case([&](arith::MulFOp o) {
              APFloat r = get(o.getLhs());
              r.multiply(get(o.getRhs()), rm);
              return r;
            })
            .Case([&](arith::AddFOp o) {
              APFloat r = get(o.getLhs());
              r.add(get(o.getRhs()), rm);
              return r;
            })
            .Case([&](arith::SubFOp o) {
              APFloat r = get(o.getLhs());
              r.subtract(get(o.getRhs()), rm);
              return r;
            })
            .Case([&](arith::NegFOp o) { return neg(get(o.getOperand())); })
            .Case([&](math::AbsFOp o) { return abs(get(o.getOperand())); })
            .Case([&](arith::MaximumFOp o) {
              return llvm::maximum(get(o.getLhs()), get(o.getRhs()));
            })
            .Case([&](arith::MinimumFOp o) {
              return llvm::minimum(get(o.getLhs()), get(o.getRhs()));
            })
            .Default([&](Operation *other) -> std::optional<APFloat> {
              std::optional<sem::OpKind> kind = act::getOpKind(other);
              if (!kind)
                return std::nullopt;
              SmallVector<APFloat, 2> args;
              for (Value v : other->getOperands())
                args.push_back(get(v));
              return sem::evaluate(*kind, act::getParams(other), args);
            });
    if (!result)
      return std::nullopt;
    values.try_emplace(op.getResult(0), *result);
  }
  return std::nullopt;
}

struct RewriteCase {
  const char *name;
  const char *pipeline;
  /// The body of `func.func @f(%x: T) -> T`, with T spelled `TYPE`.
  const char *body;
  /// A substring the rewritten function must (not) contain, to make sure
  /// the rewrite fired.
  const char *mustContain;
  const char *mustNotContain;
};

const RewriteCase kCases[] = {
    {"relu_relu", "func.func(act-simplify)",
     "%0 = act.relu %x : TYPE\n %1 = act.relu %0 : TYPE", "act.relu", nullptr},
    {"relu_ignore_relu", "func.func(act-simplify)",
     "%0 = act.relu %x : TYPE\n %1 = act.relu %0 {nan_mode = "
     "#act.nan_mode<ignore>} : TYPE",
     "ignore", nullptr},
    {"clamp_clamp", "func.func(act-simplify)",
     "%0 = act.clamp %x {min = -2.5 : f64, max = 6.0 : f64} : TYPE\n %1 = "
     "act.clamp %0 {min = -1.0 : f64, max = 3.0 : f64} : TYPE",
     "min = -1", nullptr},
    {"clamp_clamp_disjoint", "func.func(act-simplify)",
     "%0 = act.clamp %x {min = 0.0 : f64, max = 2.0 : f64} : TYPE\n %1 = "
     "act.clamp %0 {min = 3.0 : f64, max = 8.0 : f64} : TYPE",
     "min = 3", "max = 8"},
    {"clamp_ignore_clamp", "func.func(act-simplify)",
     "%0 = act.clamp %x {min = -3.0 : f64, max = 2.0 : f64, nan_mode = "
     "#act.nan_mode<ignore>} : TYPE\n %1 = act.clamp %0 {min = -1.0 : f64, "
     "max = 8.0 : f64} : TYPE",
     "min = -1", nullptr},
    {"relu_clamp_negzero", "func.func(act-simplify)",
     "%0 = act.clamp %x {min = -0.0 : f64, max = 6.0 : f64} : TYPE\n %1 = "
     "act.relu %0 : TYPE",
     "min = 0.0", "min = -0.0"},
    {"relu_ignore_clamp", "func.func(act-simplify)",
     "%0 = act.clamp %x {min = -1.0 : f64, max = 6.0 : f64} : TYPE\n %1 = "
     "act.relu %0 {nan_mode = #act.nan_mode<ignore>} : TYPE",
     "ignore", "act.relu"},
    {"clamp_ignore_relu", "func.func(act-simplify)",
     "%0 = act.relu %x : TYPE\n %1 = act.clamp %0 {min = 0.5 : f64, max = "
     "6.0 : f64, nan_mode = #act.nan_mode<ignore>} : TYPE",
     "ignore", "act.relu"},
    {"threshold_to_relu", "func.func(act-simplify)",
     "%1 = act.threshold %x {threshold = 0.0 : f64, value = 0.0 : f64} : "
     "TYPE",
     "act.relu", "act.threshold"},
    {"relu_of_leaky", "func.func(act-simplify)",
     "%0 = act.leaky_relu %x {alpha = 0.3 : f64} : TYPE\n %1 = act.relu %0 "
     ": TYPE",
     "act.relu", "leaky"},
    {"relu_ignore_of_leaky", "func.func(act-simplify)",
     "%0 = act.leaky_relu %x {alpha = 7.5 : f64} : TYPE\n %1 = act.relu %0 "
     "{nan_mode = #act.nan_mode<ignore>} : TYPE",
     "ignore", "leaky"},
    {"leaky_of_relu", "func.func(act-simplify)",
     "%0 = act.relu %x : TYPE\n %1 = act.leaky_relu %0 {alpha = 0.0 : f64} : "
     "TYPE",
     "act.relu", "leaky"},
    {"relu_of_threshold", "func.func(act-simplify)",
     "%0 = act.threshold %x {threshold = 0.5 : f64, value = -2.0 : f64} : "
     "TYPE\n %1 = act.relu %0 : TYPE",
     "act.threshold", "act.relu"},
    {"relu_of_sigmoid", "act-sign-simplify",
     "%0 = act.sigmoid %x : TYPE\n %1 = act.relu %0 : TYPE", nullptr,
     "act.relu"},
    {"relu_of_square", "act-sign-simplify",
     "%0 = arith.mulf %x, %x : TYPE\n %1 = act.relu %0 : TYPE", nullptr,
     "act.relu"},
    {"relu_of_abs", "act-sign-simplify",
     "%0 = math.absf %x : TYPE\n %1 = act.relu %0 : TYPE", nullptr,
     "act.relu"},
    {"dead_relu_folded", "act-sign-simplify",
     "%0 = act.relu %x {nan_mode = #act.nan_mode<ignore>} : TYPE\n %n = "
     "arith.negf %0 : TYPE\n %1 = act.relu %n : TYPE",
     "arith.constant", nullptr},
    {"scale_out_of_relu", "func.func(act-commute)",
     "%c = arith.constant 0.3 : TYPE\n %0 = arith.mulf %x, %c : TYPE\n %1 = "
     "act.relu %0 : TYPE",
     nullptr, nullptr},
    {"scale_out_of_relu_ignore", "func.func(act-commute)",
     "%c = arith.constant 1.0e3 : TYPE\n %0 = arith.mulf %c, %x : TYPE\n %1 "
     "= act.relu %0 {nan_mode = #act.nan_mode<ignore>} : TYPE",
     nullptr, nullptr},
    {"scale_out_of_relu_tiny", "func.func(act-commute)",
     "%c = arith.constant 1.0e-3 : TYPE\n %0 = arith.mulf %x, %c : TYPE\n %1 "
     "= act.relu %0 : TYPE",
     nullptr, nullptr},
};

struct ElementType {
  const char *name;
  const llvm::fltSemantics &(*semantics)();
};
const ElementType kTypes[] = {{"f16", APFloat::IEEEhalf},
                              {"bf16", APFloat::BFloat},
                              {"f32", APFloat::IEEEsingle}};

class RewriteExactnessTest
    : public ::testing::TestWithParam<std::tuple<RewriteCase, ElementType>> {
protected:
  static void SetUpTestSuite() { act::registerActPasses(); }
};

std::string replaceAll(std::string s, const std::string &from,
                       const std::string &to) {
  for (size_t i = s.find(from); i != std::string::npos;
       i = s.find(from, i + to.size()))
    s.replace(i, from.size(), to);
  return s;
}

TEST_P(RewriteExactnessTest, BothSidesAgree) {
  const auto &[c, t] = GetParam();
  DialectRegistry registry;
  registry.insert<func::FuncDialect, arith::ArithDialect, math::MathDialect>();
  act::registerActDialects(registry);
  MLIRContext context(registry);
  context.loadAllAvailableDialects();

  std::string body = replaceAll(c.body, "TYPE", t.name);
  std::string source = std::string("func.func @f(%x: ") + t.name + ") -> " +
                       t.name + " {\n " + body + "\n return %1 : " + t.name +
                       "\n}\n";
  OwningOpRef<ModuleOp> before = parseSourceString<ModuleOp>(source, &context);
  ASSERT_TRUE(before) << source;
  OwningOpRef<ModuleOp> after = before->clone();
  PassManager pm(&context);
  ASSERT_TRUE(succeeded(parsePassPipeline(
      c.pipeline, pm)));
  ASSERT_TRUE(succeeded(pm.run(*after)));

  std::string printed;
  llvm::raw_string_ostream os(printed);
  after->print(os);
  if (c.mustContain)
    EXPECT_NE(printed.find(c.mustContain), std::string::npos) << printed;
  if (c.mustNotContain)
    EXPECT_EQ(printed.find(c.mustNotContain), std::string::npos) << printed;

  auto funcBefore = *before->getOps<func::FuncOp>().begin();
  auto funcAfter = *after->getOps<func::FuncOp>().begin();
  const llvm::fltSemantics &s = t.semantics();
  unsigned bits = APFloat::getSizeInBits(s);
  std::vector<APFloat> inputs;
  if (bits == 16) {
    for (unsigned i = 0; i < 65536; ++i)
      inputs.emplace_back(s, APInt(16, i));
  } else {
    std::mt19937 rng(7);
    for (int i = 0; i < 100000; ++i)
      inputs.emplace_back(s, APInt(32, rng()));
    for (bool negative : {false, true}) {
      inputs.push_back(APFloat::getZero(s, negative));
      inputs.push_back(APFloat::getInf(s, negative));
      inputs.push_back(APFloat::getQNaN(s, negative));
      inputs.push_back(APFloat::getSmallest(s, negative));
      inputs.push_back(APFloat::getLargest(s, negative));
    }
  }
  unsigned failures = 0;
  for (const APFloat &x : inputs) {
    std::optional<APFloat> a = interpret(funcBefore, x);
    std::optional<APFloat> b = interpret(funcAfter, x);
    ASSERT_TRUE(a && b) << "uninterpretable IR:\n" << printed;
    bool same = (a->isNaN() && b->isNaN()) || a->bitwiseIsEqual(*b);
    if (!same && ++failures <= 5) {
      llvm::SmallString<32> xs, as, bs;
      x.toString(xs);
      a->toString(as);
      b->toString(bs);
      ADD_FAILURE() << c.name << " " << t.name << "(" << xs.str().str()
                    << "): before " << as.str().str() << ", after "
                    << bs.str().str();
    }
  }
  EXPECT_EQ(failures, 0u);
}

INSTANTIATE_TEST_SUITE_P(
    AllRewrites, RewriteExactnessTest,
    ::testing::Combine(::testing::ValuesIn(kCases), ::testing::ValuesIn(kTypes)),
    [](const ::testing::TestParamInfo<RewriteExactnessTest::ParamType> &info) {
      return std::string(std::get<0>(info.param).name) + "_" +
             std::get<1>(info.param).name;
    });

} // namespace
