//===- CPUConformanceTest.cpp - lowered code vs reference -------*- C++ -*-===//
//
// Part of the act-mlir project.
//
//===----------------------------------------------------------------------===//
//
// Numerics conformance by execution: every act op on every float type is
// compiled through act-cpu-pipeline into a kernel over memref<?xT>, JIT
// compiled, run on special values and sweeps (all 65536 patterns for f16 and
// bf16), and compared element by element with the reference semantics:
// bit-exact for the piecewise-linear ops, within the stated ULP bound for
// the transcendental ones. The measured maximum is printed so that
// docs/Numerics.md can quote it.
//
//===----------------------------------------------------------------------===//

#include "act/Dialect/Act/IR/ActDialect.h"
#include "act/Dialect/Act/IR/ActOps.h"
#include "act/Dialect/Act/Semantics/Semantics.h"
#include "act/InitAct.h"
#include "act/Pipelines/Pipelines.h"

#include "mlir/ExecutionEngine/CRunnerUtils.h"
#include "mlir/ExecutionEngine/ExecutionEngine.h"
#include "mlir/IR/BuiltinOps.h"
#include "mlir/InitAllDialects.h"
#include "mlir/InitAllExtensions.h"
#include "mlir/InitAllPasses.h"
#include "mlir/Parser/Parser.h"
#include "mlir/Pass/PassManager.h"
#include "mlir/Target/LLVMIR/Dialect/All.h"
#include "llvm/Support/TargetSelect.h"
#include "llvm/Support/raw_ostream.h"

#include "gtest/gtest.h"

#include <cmath>
#include <cstdlib>
#include <cstring>
#include <random>

using namespace mlir;
using llvm::APFloat;
using llvm::APInt;
namespace sem = mlir::act::semantics;

namespace {

struct ElementType {
  const char *name;
  const llvm::fltSemantics &(*semantics)();
  unsigned bits;
};

const ElementType kTypes[] = {
    {"f16", APFloat::IEEEhalf, 16},
    {"bf16", APFloat::BFloat, 16},
    {"f32", APFloat::IEEEsingle, 32},
    {"f64", APFloat::IEEEdouble, 64},
};

struct OpCase {
  const char *name;
  const char *op;    // mnemonic
  const char *attrs; // attribute dictionary, may be empty
  /// Max ULP error allowed for f16/bf16, f32, f64 (0: bit-exact).
  unsigned ulp16, ulp32, ulp64;
};

// Piecewise-linear ops are bit-exact. Transcendental ops meet the targets of
// 1 ulp (f16, bf16) and 4 ulp (f32, f64) except gelu (5 ulp) and f32 mish
// (6 ulp), as measured and explained in docs/Numerics.md. The bounds apply
// to results of magnitude at least 2^-102 (f32 computation) or 2^-969 (f64);
// below that (the underflow tail) results may be flushed towards zero.
const OpCase kCases[] = {
    {"relu", "relu", "", 0, 0, 0},
    {"relu_ignore", "relu", "{nan_mode = #act.nan_mode<ignore>}", 0, 0, 0},
    {"clamp", "clamp", "{min = -1.5 : f64, max = 3.25 : f64}", 0, 0, 0},
    {"relu6_ignore", "clamp",
     "{min = 0.0 : f64, max = 6.0 : f64, nan_mode = #act.nan_mode<ignore>}",
     0, 0, 0},
    // Signed-zero bounds: maximum(x, -0), minimum(x, -0), minimum(x, +0).
    {"clamp_zeros", "clamp", "{min = -0.0 : f64, max = 0.0 : f64}", 0, 0, 0},
    {"clamp_neg_zero_ignore", "clamp",
     "{min = -1.0 : f64, max = -0.0 : f64, nan_mode = #act.nan_mode<ignore>}",
     0, 0, 0},
    {"leaky_relu", "leaky_relu", "{alpha = 0.2 : f64}", 0, 0, 0},
    // The lowering compares x with x * alpha for 0 < alpha <= 1 (tiny
    // products underflow: alpha = 0.01) and alpha > 1, with 0 otherwise.
    {"leaky_relu_default", "leaky_relu", "", 0, 0, 0},
    {"leaky_relu_steep", "leaky_relu", "{alpha = 7.5 : f64}", 0, 0, 0},
    {"leaky_relu_zero", "leaky_relu", "{alpha = 0.0 : f64}", 0, 0, 0},
    {"leaky_relu_negative", "leaky_relu", "{alpha = -0.5 : f64}", 0, 0, 0},
    {"prelu", "prelu", "", 0, 0, 0},
    {"threshold", "threshold", "{threshold = 0.5 : f64, value = -2.0 : f64}",
     0, 0, 0},
    {"relu_grad", "relu_grad", "", 0, 0, 0},
    {"hardsigmoid", "hardsigmoid", "", 0, 0, 0},
    {"hardswish", "hardswish", "", 0, 0, 0},
    {"elu", "elu", "", 1, 4, 4},
    {"selu", "selu", "", 1, 4, 4},
    {"celu", "celu", "{alpha = 2.0 : f64}", 1, 4, 4},
    {"gelu", "gelu", "", 1, 5, 5},
    {"gelu_tanh", "gelu", "{approximate = #act.approximate<tanh>}", 1, 4, 4},
    {"sigmoid", "sigmoid", "", 1, 4, 4},
    {"silu", "silu", "", 1, 4, 4},
    {"softplus", "softplus", "", 1, 4, 4},
    // beta != 1: exp(beta * x) must not amplify the rounding of beta * x.
    {"softplus_beta", "softplus", "{beta = 10.0 : f64, threshold = 30.0 : f64}",
     1, 4, 4},
    {"mish", "mish", "", 1, 6, 4},
};

std::string buildKernel(const OpCase &c, const ElementType &t) {
  std::string s;
  llvm::raw_string_ostream os(s);
  std::string m = std::string("memref<?x") + t.name + ">";
  bool binary = std::string(c.op) == "prelu" || std::string(c.op) == "relu_grad";
  os << "func.func @kernel(%a: " << m << ", %b: " << m << ", %o: " << m
     << ") {\n"
     << "  linalg.generic {indexing_maps = [affine_map<(d0) -> (d0)>, "
        "affine_map<(d0) -> (d0)>, affine_map<(d0) -> (d0)>], "
        "iterator_types = [\"parallel\"]} ins(%a, %b : "
     << m << ", " << m << ") outs(%o : " << m << ") {\n"
     << "  ^bb0(%x: " << t.name << ", %y: " << t.name << ", %z: " << t.name
     << "):\n"
     << "    %r = act." << c.op << " %x" << (binary ? ", %y" : "") << " "
     << c.attrs << " : " << t.name << "\n"
     << "    linalg.yield %r : " << t.name << "\n  }\n  return\n}\n";
  return s;
}

/// Inputs: all patterns (16-bit), or special values, a sweep of [-40, 40]
/// and random bit patterns (f32: 10^7). With ACT_CONFORMANCE_EXHAUSTIVE_F32
/// set, f32 gets every pattern of magnitude in [2^-10, 16) instead, both
/// signs (2.3 * 10^8, minutes per op: for checking a change to an f32
/// approximation, e.g. with --gtest_filter='*gelu_f32*').
std::vector<APFloat> makeInputs(const ElementType &t) {
  const llvm::fltSemantics &s = t.semantics();
  std::vector<APFloat> v;
  if (t.bits == 16) {
    for (unsigned i = 0; i < 65536; ++i)
      v.emplace_back(s, APInt(16, i));
    return v;
  }
  if (t.bits == 32 && std::getenv("ACT_CONFORMANCE_EXHAUSTIVE_F32")) {
    for (uint32_t bits = 0x3A800000u; bits < 0x41800000u; ++bits) {
      v.emplace_back(s, APInt(32, bits));
      v.emplace_back(s, APInt(32, bits | 0x80000000u));
    }
    return v;
  }
  for (bool neg : {false, true}) {
    v.push_back(APFloat::getZero(s, neg));
    v.push_back(APFloat::getInf(s, neg));
    v.push_back(APFloat::getQNaN(s, neg));
    v.push_back(APFloat::getSmallest(s, neg));
    v.push_back(APFloat::getSmallestNormalized(s, neg));
    v.push_back(APFloat::getLargest(s, neg));
  }
  for (int i = -40000; i <= 40000; ++i)
    v.push_back(sem::fromDouble(i / 1000.0, s));
  // Random bit patterns are spread evenly over the exponent range: f32 gets
  // 10^7 of them, f64 (whose reference is libm-based) 10^5.
  std::mt19937_64 rng(42);
  int count = t.bits == 32 ? 10'000'000 : 100'000;
  v.reserve(v.size() + count);
  for (int i = 0; i < count; ++i)
    v.emplace_back(s, APInt(t.bits, rng()));
  return v;
}

/// |v| below 2^(emin + p) of the computation type (f32 for 16/32-bit
/// elements, f64 for f64): 2^-102 and 2^-969.
bool isTiny(const APFloat &v, unsigned bits) {
  double threshold = bits == 64 ? 0x1p-969 : 0x1p-102;
  APFloat wide = v;
  bool losesInfo;
  wide.convert(APFloat::IEEEdouble(), APFloat::rmNearestTiesToEven,
               &losesInfo);
  return std::fabs(wide.convertToDouble()) < threshold;
}

double absoluteError(const APFloat &a, const APFloat &b) {
  APFloat diff = a;
  diff.subtract(b, APFloat::rmNearestTiesToEven);
  bool losesInfo;
  diff.convert(APFloat::IEEEdouble(), APFloat::rmTowardPositive, &losesInfo);
  return std::fabs(diff.convertToDouble());
}

class CPUConformanceTest
    : public ::testing::TestWithParam<std::tuple<OpCase, ElementType>> {
protected:
  static void SetUpTestSuite() {
    llvm::InitializeNativeTarget();
    llvm::InitializeNativeTargetAsmPrinter();
    registerAllPasses();
    act::registerActPasses();
  }
};

TEST_P(CPUConformanceTest, MatchesReference) {
  const auto &[c, t] = GetParam();
  DialectRegistry registry;
  registerAllDialects(registry);
  registerAllExtensions(registry);
  registerAllToLLVMIRTranslations(registry);
  act::registerActDialects(registry);
  MLIRContext context(registry);
  context.loadAllAvailableDialects();

  std::string source = buildKernel(c, t);
  OwningOpRef<ModuleOp> module = parseSourceString<ModuleOp>(source, &context);
  ASSERT_TRUE(module) << source;
  PassManager pm(&context);
  act::CPUPipelineOptions options;
  act::buildCPUPipeline(pm, options);
  ASSERT_TRUE(succeeded(pm.run(*module))) << source;

  ExecutionEngineOptions engineOptions;
  auto engine = ExecutionEngine::create(*module, engineOptions);
  ASSERT_TRUE(static_cast<bool>(engine)) << llvm::toString(engine.takeError());

  std::vector<APFloat> inputs = makeInputs(t);
  size_t n = inputs.size();
  size_t bytes = t.bits / 8;
  std::vector<uint8_t> a(n * bytes), b(n * bytes), o(n * bytes, 0xAB);
  for (size_t i = 0; i < n; ++i) {
    uint64_t bits = inputs[i].bitcastToAPInt().getZExtValue();
    uint64_t other =
        inputs[n - 1 - i].bitcastToAPInt().getZExtValue(); // second operand
    std::memcpy(&a[i * bytes], &bits, bytes);
    std::memcpy(&b[i * bytes], &other, bytes);
  }
  auto descriptor = [&](std::vector<uint8_t> &buffer) {
    StridedMemRefType<uint8_t, 1> d;
    d.basePtr = d.data = buffer.data();
    d.offset = 0;
    d.sizes[0] = static_cast<int64_t>(n);
    d.strides[0] = 1;
    return d;
  };
  auto da = descriptor(a), db = descriptor(b), dout = descriptor(o);
  void *pa = &da, *pb = &db, *po = &dout;
  void *args[] = {&pa, &pb, &po};
  llvm::Error error = (*engine)->invokePacked("_mlir_ciface_kernel", args);
  ASSERT_FALSE(static_cast<bool>(error)) << llvm::toString(std::move(error));

  std::optional<sem::OpKind> kind = sem::symbolizeOpKind(c.op);
  ASSERT_TRUE(kind);
  // The parameters as the op carries them: re-read from the kernel source.
  OwningOpRef<ModuleOp> reparsed =
      parseSourceString<ModuleOp>(source, &context);
  sem::Params params;
  reparsed->walk([&](Operation *op) {
    if (act::getOpKind(op))
      params = act::getParams(op);
  });

  unsigned bound = t.bits == 16 ? c.ulp16 : t.bits == 32 ? c.ulp32 : c.ulp64;
  const llvm::fltSemantics &s = t.semantics();
  uint64_t maxUlp = 0;
  unsigned failures = 0;
  for (size_t i = 0; i < n; ++i) {
    uint64_t bits = 0;
    std::memcpy(&bits, &o[i * bytes], bytes);
    APFloat got(s, APInt(t.bits, bits));
    SmallVector<APFloat, 2> operands{inputs[i]};
    if (sem::getNumOperands(*kind) == 2)
      operands.push_back(inputs[n - 1 - i]);
    APFloat want = sem::evaluate(*kind, params, operands);
    bool ok;
    if (want.isNaN() || got.isNaN()) {
      ok = want.isNaN() && got.isNaN();
    } else if (bound == 0) {
      ok = got.bitwiseIsEqual(want);
    } else if (want.isInfinity() || got.isInfinity()) {
      ok = got.bitwiseIsEqual(want);
    } else if (want.isZero() && inputs[i].isZero()) {
      // f(+-0) = +-0 is exact, sign included (elu(-0) = -0): not a flushed
      // underflow.
      ok = got.bitwiseIsEqual(want);
    } else if (isTiny(want, t.bits)) {
      // The underflow tail, |result| < 2^-102 (f32 computation) or 2^-969
      // (f64): results may be flushed towards zero (exp() intermediates go
      // subnormal there); the error is at most |reference|, or within the
      // ULP bound.
      APFloat absWant = abs(want);
      ok = sem::ulpDistance(got, want) <= bound ||
           (absoluteError(got, want) <=
                absoluteError(absWant, APFloat::getZero(s)) &&
            (got.isZero() || got.isNegative() == want.isNegative()));
    } else {
      uint64_t ulp = sem::ulpDistance(got, want);
      maxUlp = std::max(maxUlp, ulp);
      ok = ulp <= bound;
    }
    if (!ok && ++failures <= 5) {
      llvm::SmallString<32> in, w, g;
      inputs[i].toString(in);
      want.toString(w);
      got.toString(g);
      ADD_FAILURE() << c.name << " " << t.name << "(" << in.str().str()
                    << "): want " << w.str().str() << " (0x" << llvm::utohexstr(want.bitcastToAPInt().getZExtValue())
                    << "), got " << g.str().str() << " (0x"
                    << llvm::utohexstr(bits) << ")";
    }
  }
  std::printf("[ measured ] %s %s: %zu inputs, max error %llu ulp (bound %u)\n",
              c.name, t.name, n, static_cast<unsigned long long>(maxUlp),
              bound);
  EXPECT_EQ(failures, 0u);
}

INSTANTIATE_TEST_SUITE_P(
    AllOpsAllTypes, CPUConformanceTest,
    ::testing::Combine(::testing::ValuesIn(kCases), ::testing::ValuesIn(kTypes)),
    [](const ::testing::TestParamInfo<CPUConformanceTest::ParamType> &info) {
      return std::string(std::get<0>(info.param).name) + "_" +
             std::get<1>(info.param).name;
    });

} // namespace
