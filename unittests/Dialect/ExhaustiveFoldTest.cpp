//===- ExhaustiveFoldTest.cpp - folders over every f16/bf16 value ---------===//
//
// Part of the act-mlir project.
//
//===----------------------------------------------------------------------===//
//
// Folds every act op on a dense constant holding all 65536 bit patterns of
// f16 and of bf16 and checks each folded element against the reference
// semantics bit for bit (NaN compared as NaN). The piecewise-linear ops are
// also checked against an independent evaluation in C++ float arithmetic.
//
//===----------------------------------------------------------------------===//

#include "act/Dialect/Act/IR/ActDialect.h"
#include "act/Dialect/Act/IR/ActOps.h"
#include "act/Dialect/Act/Semantics/Semantics.h"

#include "mlir/AsmParser/AsmParser.h"
#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/IR/Builders.h"
#include "mlir/IR/BuiltinOps.h"
#include "mlir/IR/Verifier.h"

#include "gtest/gtest.h"

#include <cctype>
#include <cmath>
#include <string>

using namespace mlir;
using namespace mlir::act;
using llvm::APFloat;
using llvm::APInt;

namespace {

/// One op configuration: mnemonic and inherent attributes.
struct OpConfig {
  const char *name;
  std::vector<std::pair<const char *, double>> f64Attrs;
  const char *extraAttr = nullptr; // textual enum attribute, if any
  const char *extraValue = nullptr;
};

std::string printName(const OpConfig &config) {
  std::string name = config.name;
  for (const auto &[attr, value] : config.f64Attrs) {
    name += std::string("_") + attr + "_";
    for (char c : std::to_string(value))
      name += c == '-' ? 'm' : std::isalnum(static_cast<unsigned char>(c)) ? c : 'p';
  }
  if (config.extraValue)
    name += std::string("_") + config.extraValue;
  return name;
}

const OpConfig kConfigs[] = {
    {"relu", {}},
    {"relu", {}, "nan_mode", "ignore"},
    {"clamp", {{"min", -1.5}, {"max", 3.25}}},
    {"clamp", {{"min", 0.0}, {"max", 6.0}}, "nan_mode", "ignore"},
    {"leaky_relu", {}},
    {"leaky_relu", {{"alpha", 0.2}}},
    {"prelu", {}},
    {"elu", {}},
    {"elu", {{"alpha", 0.5}}},
    {"selu", {}},
    {"celu", {{"alpha", 2.0}}},
    {"celu", {{"alpha", -0.75}}},
    {"gelu", {}},
    {"gelu", {}, "approximate", "tanh"},
    {"sigmoid", {}},
    {"silu", {}},
    {"hardsigmoid", {}},
    {"hardsigmoid", {{"alpha", 0.2}, {"beta", 0.5}}},
    {"hardswish", {}},
    {"softplus", {}},
    {"softplus", {{"beta", 2.0}, {"threshold", 10.0}}},
    {"mish", {}},
    {"threshold", {{"threshold", 0.5}, {"value", -2.0}}},
    {"relu_grad", {}},
};

class ExhaustiveFoldTest
    : public ::testing::TestWithParam<std::tuple<OpConfig, bool>> {
protected:
  ExhaustiveFoldTest() : builder(&context) {
    context.loadDialect<ActDialect, arith::ArithDialect>();
  }

  /// A dense constant holding every 16-bit pattern, in `order` (identity or
  /// reversed so that binary ops see varied pairs).
  Value allPatterns(RankedTensorType type, bool reversed) {
    const llvm::fltSemantics &sem =
        cast<FloatType>(type.getElementType()).getFloatSemantics();
    SmallVector<APFloat> values;
    values.reserve(65536);
    for (unsigned i = 0; i < 65536; ++i)
      values.emplace_back(sem, APInt(16, reversed ? 65535 - i : i));
    return arith::ConstantOp::create(builder, loc,
                                     DenseElementsAttr::get(type, values));
  }

  MLIRContext context;
  OpBuilder builder;
  Location loc = UnknownLoc::get(&context);
};

/// The piecewise-linear ops evaluated independently with C++ float
/// arithmetic (float is the computation type of f16 and bf16).
std::optional<float> independentPiecewise(const OpConfig &config, float x,
                                          float y) {
  std::string name = config.name;
  auto attr = [&](const char *key, double def) {
    for (const auto &[k, v] : config.f64Attrs)
      if (std::string(k) == key)
        return v;
    return def;
  };
  if (name == "relu" || name == "clamp" || name == "hardswish")
    return std::nullopt; // Checked with the reference bit patterns below.
  if (name == "leaky_relu")
    return std::isnan(x) ? x : x > 0 ? x : x * float(attr("alpha", 0.01));
  if (name == "prelu")
    return std::isnan(x) ? x : x > 0 ? x : x * y;
  if (name == "threshold")
    return std::isnan(x) ? x : x > float(attr("threshold", 0)) ? x : NAN;
  if (name == "relu_grad")
    return std::isnan(y) ? x : y <= 0 ? 0.0f : x;
  if (name == "hardsigmoid") {
    float t = x * float(attr("alpha", 1.0 / 6)) + float(attr("beta", 0.5));
    return std::isnan(t) ? t : std::fmin(std::fmax(t, 0.0f), 1.0f);
  }
  return std::nullopt;
}

TEST_P(ExhaustiveFoldTest, MatchesReference) {
  const auto &[config, isBF16] = GetParam();
  Type elementType = isBF16 ? Type(builder.getBF16Type())
                            : Type(builder.getF16Type());
  auto type = RankedTensorType::get({65536}, elementType);
  auto module = ModuleOp::create(loc);
  builder.setInsertionPointToEnd(module.getBody());

  OperationState state(loc, std::string("act.") + config.name);
  state.addOperands(allPatterns(type, /*reversed=*/false));
  std::optional<semantics::OpKind> kind =
      semantics::symbolizeOpKind(config.name);
  ASSERT_TRUE(kind);
  if (semantics::getNumOperands(*kind) == 2)
    state.addOperands(allPatterns(type, /*reversed=*/true));
  state.addTypes(type);
  for (const auto &[attr, value] : config.f64Attrs)
    state.addAttribute(attr, builder.getF64FloatAttr(value));
  if (config.extraAttr) {
    std::string text = std::string("#act.") + config.extraAttr + "<" +
                       config.extraValue + ">";
    state.addAttribute(config.extraAttr, parseAttribute(text, &context));
  }
  Operation *op = builder.create(state);
  ASSERT_TRUE(succeeded(verify(op)));

  SmallVector<OpFoldResult> results;
  ASSERT_TRUE(succeeded(op->fold(results)));
  ASSERT_EQ(results.size(), 1u);
  auto folded =
      dyn_cast_if_present<DenseElementsAttr>(dyn_cast<Attribute>(results[0]));
  ASSERT_TRUE(folded);
  ASSERT_EQ(folded.getType(), type);

  semantics::Params params = getParams(op);
  const llvm::fltSemantics &sem =
      cast<FloatType>(elementType).getFloatSemantics();
  unsigned mismatches = 0;
  unsigned i = 0;
  for (APFloat got : folded.getValues<APFloat>()) {
    SmallVector<APFloat, 2> args{APFloat(sem, APInt(16, i))};
    if (op->getNumOperands() == 2)
      args.emplace_back(sem, APInt(16, 65535 - i));
    APFloat want = semantics::evaluate(*kind, params, args);
    bool same = (got.isNaN() && want.isNaN()) || got.bitwiseIsEqual(want);
    if (!same && ++mismatches <= 5)
      ADD_FAILURE() << config.name << " on pattern 0x" << llvm::utohexstr(i)
                    << ": folded 0x"
                    << llvm::utohexstr(got.bitcastToAPInt().getZExtValue())
                    << ", reference 0x"
                    << llvm::utohexstr(want.bitcastToAPInt().getZExtValue());

    // Independent check of the piecewise-linear ops.
    auto toFloat = [](APFloat v) {
      bool losesInfo;
      v.convert(APFloat::IEEEsingle(), APFloat::rmNearestTiesToEven,
                &losesInfo);
      return v.convertToFloat();
    };
    float x = toFloat(args[0]);
    float y = args.size() == 2 ? toFloat(args[1]) : 0.0f;
    if (std::optional<float> independent =
            independentPiecewise(config, x, y)) {
      APFloat expected(*independent);
      bool losesInfo;
      expected.convert(sem, APFloat::rmNearestTiesToEven, &losesInfo);
      if (std::string(config.name) == "threshold" && std::isnan(*independent)
          && !std::isnan(x))
        expected = semantics::fromDouble(-2.0, sem);
      bool sameIndependent = (got.isNaN() && expected.isNaN()) ||
                             got.bitwiseIsEqual(expected);
      if (!sameIndependent && ++mismatches <= 5)
        ADD_FAILURE() << config.name << " on pattern 0x" << llvm::utohexstr(i)
                      << ": folded 0x"
                      << llvm::utohexstr(got.bitcastToAPInt().getZExtValue())
                      << ", independent float evaluation 0x"
                      << llvm::utohexstr(
                             expected.bitcastToAPInt().getZExtValue());
    }
    ++i;
  }
  EXPECT_EQ(i, 65536u);
  EXPECT_EQ(mismatches, 0u);
  module->erase();
}

INSTANTIATE_TEST_SUITE_P(
    AllOps, ExhaustiveFoldTest,
    ::testing::Combine(::testing::ValuesIn(kConfigs), ::testing::Bool()),
    [](const ::testing::TestParamInfo<ExhaustiveFoldTest::ParamType> &info) {
      return printName(std::get<0>(info.param)) +
             (std::get<1>(info.param) ? "_bf16" : "_f16");
    });

/// Scalar and splat constants take their own paths through the folder.
TEST(FoldForms, ScalarSplatAndDenseAgree) {
  MLIRContext context;
  context.loadDialect<ActDialect, arith::ArithDialect>();
  OpBuilder builder(&context);
  Location loc = UnknownLoc::get(&context);
  auto module = ModuleOp::create(loc);
  builder.setInsertionPointToEnd(module.getBody());

  for (float value : {-2.5f, -0.0f, 0.0f, 0.75f, INFINITY, -INFINITY, NAN}) {
    Value scalar = arith::ConstantOp::create(
        builder, loc, builder.getF32FloatAttr(value));
    auto splatType = RankedTensorType::get({3}, builder.getF32Type());
    Value splat = arith::ConstantOp::create(
        builder, loc, DenseElementsAttr::get(splatType, APFloat(value)));
    Operation *scalarOp = GeluOp::create(builder, loc, scalar);
    Operation *splatOp = GeluOp::create(builder, loc, splat);
    SmallVector<OpFoldResult> scalarResult, splatResult;
    ASSERT_TRUE(succeeded(scalarOp->fold(scalarResult)));
    ASSERT_TRUE(succeeded(splatOp->fold(splatResult)));
    APFloat fromScalar =
        cast<FloatAttr>(cast<Attribute>(scalarResult[0])).getValue();
    auto splatAttr = cast<DenseElementsAttr>(cast<Attribute>(splatResult[0]));
    ASSERT_TRUE(splatAttr.isSplat());
    APFloat fromSplat = splatAttr.getSplatValue<APFloat>();
    APFloat want = semantics::gelu(APFloat(value),
                                   semantics::GeluApproximation::None);
    EXPECT_TRUE((fromScalar.isNaN() && want.isNaN()) ||
                fromScalar.bitwiseIsEqual(want))
        << value;
    EXPECT_TRUE((fromSplat.isNaN() && want.isNaN()) ||
                fromSplat.bitwiseIsEqual(want))
        << value;
  }
  module->erase();
}

} // namespace
