//===- Pipelines.h - act-mlir's named pass pipelines ------------*- C++ -*-===//
//
// Part of the act-mlir project.
//
//===----------------------------------------------------------------------===//

#ifndef ACT_PIPELINES_PIPELINES_H
#define ACT_PIPELINES_PIPELINES_H

#include "mlir/Pass/PassManager.h"
#include "mlir/Pass/PassOptions.h"

#include <string>

namespace mlir {
namespace act {

/// Options of `act-cpu-pipeline`.
struct CPUPipelineOptions : public PassPipelineOptions<CPUPipelineOptions> {
  PassOptions::Option<std::string> targetCPU{
      *this, "target-cpu",
      llvm::cl::desc("CPU whose native vector width is used: 'host' (this "
                     "machine) or an LLVM CPU name such as 'skylake-avx512', "
                     "'haswell', 'x86-64', 'neoverse-v1'"),
      llvm::cl::init("host")};
  PassOptions::Option<std::string> targetFeatures{
      *this, "target-features",
      llvm::cl::desc("Extra target features, e.g. '+avx512f' or '-avx512f'; "
                     "they override what target-cpu implies"),
      llvm::cl::init("")};
  PassOptions::Option<int64_t> vectorWidth{
      *this, "vector-width",
      llvm::cl::desc("Lanes per vector; 0 (default) picks the target's "
                     "native width for 32-bit elements (AVX-512: 16, AVX2: "
                     "8, SSE/NEON: 4)"),
      llvm::cl::init(0)};
  PassOptions::Option<bool> cInterface{
      *this, "c-interface",
      llvm::cl::desc("Emit C-callable wrappers (llvm.emit_c_interface) for "
                     "every public function"),
      llvm::cl::init(true)};
  PassOptions::Option<bool> approximateMath{
      *this, "approximate-math",
      llvm::cl::desc("Replace f32 transcendental math ops by upstream MLIR's "
                     "vectorizable polynomial approximations (off: libm)"),
      llvm::cl::init(true)};
};

/// The vector width (lanes of 32-bit elements) that `options` select.
int64_t getCPUVectorWidth(const CPUPipelineOptions &options);

/// Builds `act-cpu-pipeline`: act/linalg/arith on tensors or memrefs to the
/// LLVM dialect, vectorized for the target CPU.
void buildCPUPipeline(OpPassManager &pm, const CPUPipelineOptions &options);

/// Registers the named pipelines with the global registry.
void registerActPipelines();

} // namespace act
} // namespace mlir

#endif // ACT_PIPELINES_PIPELINES_H
