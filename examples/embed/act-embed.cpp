//===- act-embed.cpp - a tiny compiler embedding act-mlir -------*- C++ -*-===//
//
// Part of the act-mlir project.
//
//===----------------------------------------------------------------------===//
//
// A downstream "compiler" built against the installed act-mlir package
// (find_package(ActMLIR), see CMakeLists.txt). It
//
//   1. builds, with the C++ op builders, the module
//        func.func @layer(%x: tensor<?xf32>) -> tensor<?xf32> {
//          %g = act.gelu %x {approximate = #act.approximate<tanh>}
//          %y = act.clamp %g {min = -1.0, max = 6.0}
//          return %y
//        }
//   2. lowers it with mlir::act::buildCPUPipeline (the C++ builder of
//      act-cpu-pipeline) to the LLVM dialect,
//   3. translates it to LLVM IR and JIT-compiles it (mlir::ExecutionEngine),
//      runs it on a few inputs through its C interface and compares the
//      results with the formula evaluated in double precision.
//
// Usage: act-embed [--print-act | --print-llvm-dialect | --print-llvm-ir]
//   no option: run and print the results (exit status 1 on a mismatch)
//   --print-act           print the module built in step 1
//   --print-llvm-dialect  print the module after step 2
//   --print-llvm-ir       print the LLVM IR of step 3
//
//===----------------------------------------------------------------------===//

#include "act/Dialect/Act/IR/ActOps.h"
#include "act/InitAct.h"
#include "act/Pipelines/Pipelines.h"

#include "mlir/Dialect/Func/IR/FuncOps.h"
#include "mlir/ExecutionEngine/CRunnerUtils.h"
#include "mlir/ExecutionEngine/ExecutionEngine.h"
#include "mlir/IR/Builders.h"
#include "mlir/IR/BuiltinOps.h"
#include "mlir/IR/MLIRContext.h"
#include "mlir/IR/Verifier.h"
#include "mlir/InitAllDialects.h"
#include "mlir/InitAllExtensions.h"
#include "mlir/InitAllPasses.h"
#include "mlir/Pass/PassManager.h"
#include "mlir/Target/LLVMIR/Dialect/All.h"
#include "mlir/Target/LLVMIR/Export.h"
#include "llvm/ADT/StringRef.h"
#include "llvm/IR/LLVMContext.h"
#include "llvm/IR/Module.h"
#include "llvm/Support/TargetSelect.h"
#include "llvm/Support/raw_ostream.h"

#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <limits>
#include <vector>

using namespace mlir;

namespace {

constexpr double kMin = -1.0, kMax = 6.0;

/// Step 1: the module, built op by op.
OwningOpRef<ModuleOp> buildLayer(MLIRContext &context) {
  OpBuilder builder(&context);
  Location loc = NameLoc::get(builder.getStringAttr("act-embed"));
  OwningOpRef<ModuleOp> module = ModuleOp::create(loc);
  builder.setInsertionPointToEnd(module->getBody());

  auto tensorType =
      RankedTensorType::get({ShapedType::kDynamic}, builder.getF32Type());
  auto function =
      func::FuncOp::create(builder, loc, "layer",
                           builder.getFunctionType({tensorType}, {tensorType}));
  Block *entry = function.addEntryBlock();
  builder.setInsertionPointToStart(entry);

  Value gelu = act::GeluOp::create(builder, loc, entry->getArgument(0),
                                   act::GeluApproximation::tanh);
  Value clamped = act::ClampOp::create(builder, loc, gelu, llvm::APFloat(kMin),
                                       llvm::APFloat(kMax));
  func::ReturnOp::create(builder, loc, clamped);
  return module;
}

/// The same computation in double precision.
double reference(double x) {
  if (std::isnan(x))
    return x;
  double inner = 0.7978845608028654 * (x + 0.044715 * x * x * x);
  double gelu = 0.5 * x * (1.0 + std::tanh(inner));
  return std::fmin(std::fmax(gelu, kMin), kMax);
}

int run(ExecutionEngine &engine) {
  std::vector<float> input = {
      -8.0f, -3.0f, -1.0f,  -0.5f,
      0.0f,  0.5f,  1.0f,   2.0f,
      3.0f,  6.5f,  100.0f, std::numeric_limits<float>::quiet_NaN()};
  // The C interface of @layer: the result descriptor first; the kernel
  // fills it with a buffer it allocated with malloc.
  StridedMemRefType<float, 1> in{
      input.data(), input.data(), 0, {int64_t(input.size())}, {1}};
  StridedMemRefType<float, 1> out{};
  void *inPtr = &in, *outPtr = &out;
  void *args[] = {&outPtr, &inPtr};
  if (llvm::Error error = engine.invokePacked("_mlir_ciface_layer", args)) {
    llvm::errs() << "act-embed: " << llvm::toString(std::move(error)) << "\n";
    return 1;
  }

  double maxError = 0;
  bool ok = out.sizes[0] == int64_t(input.size());
  std::printf("%10s  %12s  %12s\n", "x", "layer(x)", "reference");
  for (int64_t i = 0; ok && i < out.sizes[0]; ++i) {
    float got = out.data[i * out.strides[0]];
    double want = reference(input[i]);
    std::printf("%10g  %12.6g  %12.6g\n", input[i], got, want);
    if (std::isnan(want) || std::isnan(got)) {
      ok &= std::isnan(want) && std::isnan(got);
      continue;
    }
    maxError = std::fmax(maxError, std::fabs(got - want));
  }
  std::free(out.basePtr);
  // f32 evaluation of the tanh form: a few ULP of values up to 6.
  ok &= maxError <= 4e-6;
  std::printf("max |error| = %g: %s\n", maxError, ok ? "ok" : "MISMATCH");
  return ok ? 0 : 1;
}

} // namespace

int main(int argc, char **argv) {
  llvm::StringRef mode = argc > 1 ? argv[1] : "";
  if (argc > 2 ||
      (!mode.empty() && mode != "--print-act" &&
       mode != "--print-llvm-dialect" && mode != "--print-llvm-ir")) {
    llvm::errs() << "usage: act-embed [--print-act | --print-llvm-dialect | "
                    "--print-llvm-ir]\n";
    return 2;
  }

  // The pipeline is assembled from registered passes (act's and upstream's).
  registerAllPasses();
  act::registerActPasses();

  DialectRegistry registry;
  registerAllDialects(registry);
  registerAllExtensions(registry);
  registerAllToLLVMIRTranslations(registry);
  act::registerActDialects(registry);
  MLIRContext context(registry);
  context.loadDialect<act::ActDialect, func::FuncDialect>();

  OwningOpRef<ModuleOp> module = buildLayer(context);
  if (failed(verify(*module)))
    return 1;
  if (mode == "--print-act") {
    module->print(llvm::outs());
    return 0;
  }

  // Step 2: act-cpu-pipeline, for the host CPU.
  PassManager pm(&context);
  act::CPUPipelineOptions options;
  options.targetCPU = "host";
  act::buildCPUPipeline(pm, options);
  if (failed(pm.run(*module))) {
    llvm::errs() << "act-embed: act-cpu-pipeline failed\n";
    return 1;
  }
  if (mode == "--print-llvm-dialect") {
    module->print(llvm::outs());
    return 0;
  }

  // Step 3: LLVM IR, then the JIT.
  llvm::InitializeNativeTarget();
  llvm::InitializeNativeTargetAsmPrinter();
  if (mode == "--print-llvm-ir") {
    llvm::LLVMContext llvmContext;
    std::unique_ptr<llvm::Module> llvmModule =
        translateModuleToLLVMIR(*module, llvmContext, "act-embed");
    if (!llvmModule)
      return 1;
    llvmModule->print(llvm::outs(), nullptr);
    return 0;
  }
  auto engine = ExecutionEngine::create(*module);
  if (!engine) {
    llvm::errs() << "act-embed: " << llvm::toString(engine.takeError()) << "\n";
    return 1;
  }
  return run(**engine);
}
