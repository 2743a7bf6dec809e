//===- CPUPipeline.cpp - act-cpu-pipeline -----------------------*- C++ -*-===//
//
// Part of the act-mlir project.
//
//===----------------------------------------------------------------------===//
//
// Upstream MLIR does the heavy lifting: elementwise fusion, one-shot
// bufferization, lowering to affine loops and the affine super-vectorizer
// (whose out-of-bounds transfers become masked loads/stores for the tail).
// act-mlir contributes the act-to-linalg and act-to-arith conversions and the
// choice of the vector width for the target.
//
//===----------------------------------------------------------------------===//

#include "act/Pipelines/Pipelines.h"

#include "act/Conversion/Passes.h"
#include "act/Dialect/Act/Transforms/Passes.h"

#include "mlir/Pass/PassManager.h"
#include "mlir/Pass/PassRegistry.h"
#include "llvm/ADT/StringMap.h"
#include "llvm/ADT/StringSwitch.h"
#include "llvm/Support/raw_ostream.h"
#include "llvm/TargetParser/Host.h"

using namespace mlir;
using namespace mlir::act;

/// Lanes of 32-bit elements in the widest vector register of `cpu`.
static int64_t getNativeWidth(StringRef cpu, StringRef features) {
  int64_t width = 4; // SSE, NEON: 128 bits.
  if (cpu == "host") {
    llvm::StringMap<bool> hostFeatures = llvm::sys::getHostCPUFeatures();
    if (hostFeatures.lookup("avx512f"))
      width = 16;
    else if (hostFeatures.lookup("avx"))
      width = 8;
  } else {
    width = llvm::StringSwitch<int64_t>(cpu)
                .StartsWith("skylake-avx512", 16)
                .StartsWith("cascadelake", 16)
                .StartsWith("cooperlake", 16)
                .StartsWith("icelake", 16)
                .StartsWith("tigerlake", 16)
                .StartsWith("sapphirerapids", 16)
                .StartsWith("graniterapids", 16)
                .StartsWith("emeraldrapids", 16)
                .StartsWith("znver4", 16)
                .StartsWith("znver5", 16)
                .StartsWith("x86-64-v4", 16)
                .StartsWith("haswell", 8)
                .StartsWith("broadwell", 8)
                .StartsWith("skylake", 8)
                .StartsWith("alderlake", 8)
                .StartsWith("znver", 8)
                .StartsWith("x86-64-v3", 8)
                .StartsWith("sandybridge", 8)
                .StartsWith("ivybridge", 8)
                .Default(4);
  }
  // Explicit features override the CPU's.
  SmallVector<StringRef> list;
  features.split(list, ',', /*MaxSplit=*/-1, /*KeepEmpty=*/false);
  for (StringRef feature : list) {
    feature = feature.trim();
    if (feature == "+avx512f")
      width = 16;
    else if (feature == "-avx512f" && width == 16)
      width = 8;
    else if ((feature == "+avx" || feature == "+avx2") && width < 8)
      width = 8;
    else if (feature == "-avx" && width > 4)
      width = 4;
  }
  return width;
}

int64_t mlir::act::getCPUVectorWidth(const CPUPipelineOptions &options) {
  if (options.vectorWidth > 0)
    return options.vectorWidth;
  return getNativeWidth(options.targetCPU, options.targetFeatures);
}

void mlir::act::buildCPUPipeline(OpPassManager &pm,
                                 const CPUPipelineOptions &options) {
  std::string pipeline;
  llvm::raw_string_ostream os(pipeline);
  if (options.raise)
    os << "linalg-fuse-elementwise-ops,func.func(act-raise),";
  if (options.simplify)
    os << "func.func(act-simplify),act-sign-simplify,";
  if (options.commute)
    os << "func.func(act-commute),";
  // Shapes are resolved from the function arguments so that producers keep
  // a single use and elementwise fusion applies to dynamic shapes too.
  os << "func.func(convert-act-to-linalg,convert-elementwise-to-linalg),"
     << "resolve-ranked-shaped-type-result-dims,";
  if (options.fuse)
    os << "func.func(act-fuse{epilogue="
       << (options.fuseEpilogue ? "true" : "false") << "}),canonicalize,cse,";
  else
    os << "linalg-fuse-elementwise-ops,";
  os << "one-shot-bufferize{bufferize-function-boundaries "
        "function-boundary-type-conversion=identity-layout-map},"
     << "buffer-deallocation-pipeline,"
     << "func.func(convert-linalg-to-affine-loops,";
  // Multithreading: strip-mine every loop nest into chunks and run the
  // outermost chunk loop in parallel; vectorization works within chunks.
  if (options.threads > 0)
    os << "affine-loop-tile{tile-size=" << options.threadChunk << "},"
       << "affine-parallelize{max-nested=1},";
  os << "act-vectorize{vector-size=" << getCPUVectorWidth(options) << "}),"
     << "convert-act-to-arith{fast-math="
     << (options.fastMath ? "true" : "false") << "},";
  // Before libm declarations appear: only the user's functions get wrappers.
  if (options.cInterface)
    os << "func.func(llvm-request-c-wrappers),";
  os << "act-approximate-math{polynomial="
     << (options.approximateMath ? "true" : "false") << "},";
  // f32 -> bf16 rounding by integer ops: the AVX512-BF16 conversion
  // instructions flush denormals, the reference does not.
  os << "act-expand-bf16,";
  os << "canonicalize,cse,"
     << "lower-affine,";
  if (options.threads > 0)
    os << "convert-scf-to-openmp{num-threads=" << options.threads
       << "},canonicalize,";
  os << "convert-scf-to-cf,"
     << "expand-strided-metadata,lower-affine,convert-vector-to-llvm,";
  os << "convert-to-llvm,reconcile-unrealized-casts,canonicalize";
  if (failed(parsePassPipeline(pipeline, pm, llvm::errs())))
    llvm::report_fatal_error("act-cpu-pipeline: upstream passes are not "
                             "registered; call mlir::registerAllPasses()");
}

void mlir::act::registerActPipelines() {
  PassPipelineRegistration<CPUPipelineOptions>(
      "act-cpu-pipeline",
      "Lower act/linalg/arith on tensors or memrefs to the LLVM dialect, "
      "fused, bufferized and vectorized for the target CPU",
      buildCPUPipeline);
  registerActGPUPipeline();
}
