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
  PassOptions::Option<bool> fastMath{
      *this, "fast-math",
      llvm::cl::desc("Lower activations with fastmath<fast> arith ops "
                     "(faster; NaN, infinities and signed zeros are no longer "
                     "exact)"),
      llvm::cl::init(false)};
  PassOptions::Option<unsigned> threads{
      *this, "threads",
      llvm::cl::desc("Run the outermost loop of every loop nest on this many "
                     "OpenMP threads, in chunks of `thread-chunk` iterations "
                     "(0, the default: single-threaded, no OpenMP runtime "
                     "needed; otherwise link libomp)"),
      llvm::cl::init(0)};
  PassOptions::Option<unsigned> threadChunk{
      *this, "thread-chunk",
      llvm::cl::desc("Iterations of each loop per parallel task when "
                     "`threads` > 0 (a multiple of the vector width)"),
      llvm::cl::init(16384)};
  PassOptions::Option<bool> peel{
      *this, "peel",
      llvm::cl::desc("Split every vectorized loop into full vectors (plain "
                     "loads and stores) and one masked tail iteration; off: "
                     "masked loads and stores in every iteration"),
      llvm::cl::init(true)};
  PassOptions::Option<unsigned> unroll{
      *this, "unroll",
      llvm::cl::desc("Unroll factor of the full-vector loops (with `peel`)"),
      llvm::cl::init(4)};
  PassOptions::Option<int64_t> nontemporalThreshold{
      *this, "nontemporal-threshold",
      llvm::cl::desc("Store with non-temporal (streaming) stores into "
                     "buffers of at least this many bytes, when each vector "
                     "store is aligned to its size (checked at run time; with "
                     "`peel`); 0: never"),
      llvm::cl::init(64 << 20)};
  PassOptions::Option<int64_t> prefetchDistance{
      *this, "prefetch-distance",
      llvm::cl::desc("In the loops with non-temporal stores, prefetch (into "
                     "L2) what is read this many bytes ahead; 0: never"),
      llvm::cl::init(4096)};
  PassOptions::Option<int64_t> halfWidthThreshold{
      *this, "half-width-threshold",
      llvm::cl::desc("Loops of 512-bit vectors over 1-D buffers that only "
                     "stream (relu, clamp, leaky_relu, prelu, threshold, "
                     "relu_grad and non-dividing arith, at most 8 ops): a "
                     "copy at half the width, chosen at run time for written "
                     "buffers of at least this many bytes and below the "
                     "non-temporal threshold (faster in L2; with `peel`); 0: "
                     "never"),
      llvm::cl::init(32 << 10)};
  PassOptions::Option<bool> cInterface{
      *this, "c-interface",
      llvm::cl::desc("Emit C-callable wrappers (llvm.emit_c_interface) for "
                     "every public function"),
      llvm::cl::init(true)};
  PassOptions::Option<bool> raise{
      *this, "raise",
      llvm::cl::desc("Recognize activation idioms of other frontends "
                     "(torch-mlir, TOSA) after elementwise fusion (act-raise)"),
      llvm::cl::init(true)};
  PassOptions::Option<bool> simplify{
      *this, "simplify",
      llvm::cl::desc("Run the exact algebraic and sign-analysis rewrites "
                     "(act-simplify, act-sign-simplify)"),
      llvm::cl::init(true)};
  PassOptions::Option<bool> commute{
      *this, "commute",
      llvm::cl::desc("Move activations across scales and data movement "
                     "(act-commute)"),
      llvm::cl::init(true)};
  PassOptions::Option<bool> fuse{
      *this, "fuse",
      llvm::cl::desc("Fuse activations with elementwise neighbours and into "
                     "matmul/conv epilogues (act-fuse); off: upstream "
                     "elementwise fusion only"),
      llvm::cl::init(true)};
  PassOptions::Option<bool> fuseEpilogue{
      *this, "fuse-epilogue",
      llvm::cl::desc("Also fuse matmul/conv producers into activation "
                     "epilogues by tiling. Experimental: the tiles are "
                     "strided memrefs, which the affine super-vectorizer "
                     "leaves scalar (LLVM may still vectorize them)"),
      llvm::cl::init(false)};
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

/// Options of `act-gpu-pipeline`.
struct GPUPipelineOptions : public PassPipelineOptions<GPUPipelineOptions> {
  PassOptions::Option<std::string> target{
      *this, "target",
      llvm::cl::desc("GPU target: 'nvvm' (NVIDIA, PTX) or 'rocdl' (AMD "
                     "GCN/CDNA)"),
      llvm::cl::init("nvvm")};
  PassOptions::Option<std::string> chip{
      *this, "chip",
      llvm::cl::desc("GPU architecture, e.g. 'sm_80', 'sm_90' (nvvm) or "
                     "'gfx90a', 'gfx942' (rocdl); empty: sm_90 / gfx942"),
      llvm::cl::init("")};
  PassOptions::Option<std::string> features{
      *this, "features",
      llvm::cl::desc("Target features: the PTX ISA version for nvvm (e.g. "
                     "'+ptx80'; default: the chip's minimum), subtarget "
                     "features for rocdl (e.g. '+wavefrontsize64')"),
      llvm::cl::init("")};
  PassOptions::Option<std::string> format{
      *this, "format",
      llvm::cl::desc("What gpu.binary holds: 'isa' (PTX / AMDGPU assembly), "
                     "'bin' (cubin / HSA code object; needs ptxas / "
                     "ld.lld), 'fatbin' (nvvm; needs ptxas and fatbinary), "
                     "'llvm' (LLVM bitcode)"),
      llvm::cl::init("isa")};
  PassOptions::Option<int64_t> vectorWidth{
      *this, "vector-width",
      llvm::cl::desc("Elements each thread loads and stores at once; 0 "
                     "(default): 128 bits (4 x f32, 8 x f16/bf16); 1: "
                     "scalar accesses"),
      llvm::cl::init(0)};
  PassOptions::Option<int64_t> blockSize{
      *this, "block-size", llvm::cl::desc("Threads per block (1 to 1024)"),
      llvm::cl::init(256)};
  PassOptions::Option<int64_t> maxBlocks{
      *this, "max-blocks",
      llvm::cl::desc("Most blocks per launch; beyond, each thread handles "
                     "several vectors (grid-stride loop)"),
      llvm::cl::init(65535)};
  PassOptions::Option<unsigned> optLevel{
      *this, "opt-level",
      llvm::cl::desc("LLVM optimization level of the device code"),
      llvm::cl::init(3)};
  PassOptions::Option<std::string> toolkit{
      *this, "toolkit",
      llvm::cl::desc("CUDA or ROCm toolkit path for format=bin/fatbin "
                     "(default: the one MLIR was configured with)"),
      llvm::cl::init("")};
  PassOptions::Option<bool> cInterface{
      *this, "c-interface",
      llvm::cl::desc("Emit C-callable wrappers (llvm.emit_c_interface) for "
                     "every public host function"),
      llvm::cl::init(true)};
};

/// The chip that `options` select: `chip`, or sm_90 / gfx942 by target.
std::string getGPUChip(const GPUPipelineOptions &options);

/// Builds `act-gpu-pipeline`: act/linalg/arith on tensors or memrefs to
/// GPU kernels (gpu.binary) launched by host code in the LLVM dialect that
/// calls the `mgpu*` runtime functions. Invalid options make the pipeline
/// fail with a diagnostic when it runs.
void buildGPUPipeline(OpPassManager &pm, const GPUPipelineOptions &options);

/// Registers `act-gpu-pipeline` and its two act-specific stages,
/// `act-gpu-map-elementwise` and `act-gpu-lower-to-target`, with the global
/// registry (called by registerActPipelines()).
void registerActGPUPipeline();

/// Registers the named pipelines with the global registry.
void registerActPipelines();

} // namespace act
} // namespace mlir

#endif // ACT_PIPELINES_PIPELINES_H
