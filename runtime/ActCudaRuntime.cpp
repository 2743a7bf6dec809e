//===- ActCudaRuntime.cpp - mgpu* entry points on the CUDA driver API -----===//
//
// Part of the act-mlir project.
//
//===----------------------------------------------------------------------===//
//
// The functions that upstream MLIR's gpu-to-llvm conversion calls from host
// code (module load, kernel launch, streams, events, memory), implemented on
// the CUDA driver API, so that the output of act-gpu-pipeline runs under
// `mlir-runner --shared-libs=libact_cuda_runtime.so` or in an
// ExecutionEngine. The signatures are those that MLIR 22's gpu-to-llvm and
// the gpu.binary translation (#gpu.select_object) emit.
//
// Every call works in the primary context of the default device (device 0
// unless mgpuSetDefaultDevice says otherwise), made current for the
// duration of the call, as a CUDA runtime program would. Errors are
// reported on stderr with the failing call and counted
// (actCudaRuntimeErrorCount); ACT_CUDA_ABORT_ON_ERROR=1 in the environment
// aborts on the first one instead.
//
//===----------------------------------------------------------------------===//

#include "cuda.h"

#include <atomic>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <mutex>
#include <vector>

#define ACT_CUDA_EXPORT extern "C" __attribute__((visibility("default")))

namespace {

std::atomic<int> errorCount{0};

/// Reports a failed driver call: what failed and why.
void report(CUresult result, const char *call) {
  if (result == CUDA_SUCCESS)
    return;
  const char *name = nullptr;
  const char *description = nullptr;
  cuGetErrorName(result, &name);
  cuGetErrorString(result, &description);
  std::fprintf(stderr, "act_cuda_runtime: %s failed: %s (%s)\n", call,
               name ? name : "unknown error",
               description ? description : "no description");
  ++errorCount;
  const char *abortOnError = std::getenv("ACT_CUDA_ABORT_ON_ERROR");
  if (abortOnError && abortOnError[0] == '1')
    std::abort();
}

#define CHECK(call) report((call), #call)

int defaultDevice = 0;

/// The primary context of the default device, retained once.
CUcontext getPrimaryContext() {
  static std::mutex mutex;
  static std::vector<CUcontext> contexts;
  std::lock_guard<std::mutex> lock(mutex);
  if (contexts.empty()) {
    CHECK(cuInit(/*Flags=*/0));
    int count = 0;
    CHECK(cuDeviceGetCount(&count));
    contexts.assign(count > 0 ? count : 0, nullptr);
  }
  if (defaultDevice < 0 || defaultDevice >= static_cast<int>(contexts.size())) {
    std::fprintf(stderr, "act_cuda_runtime: no CUDA device %d\n",
                 defaultDevice);
    ++errorCount;
    return nullptr;
  }
  CUcontext &context = contexts[defaultDevice];
  if (!context) {
    CUdevice device;
    CHECK(cuDeviceGet(&device, defaultDevice));
    CHECK(cuDevicePrimaryCtxRetain(&context, device));
  }
  return context;
}

/// Makes the primary context current for the lifetime of the object.
class ScopedContext {
public:
  ScopedContext() : pushed(false) {
    if (CUcontext context = getPrimaryContext()) {
      CHECK(cuCtxPushCurrent(context));
      pushed = true;
    }
  }
  ~ScopedContext() {
    if (pushed)
      CHECK(cuCtxPopCurrent(nullptr));
  }
  ScopedContext(const ScopedContext &) = delete;
  ScopedContext &operator=(const ScopedContext &) = delete;

private:
  bool pushed;
};

/// Kernels that need more than the default 48 KiB of dynamic shared memory
/// must opt in.
void allowSharedMemory(CUfunction function, int32_t bytes) {
  if (bytes <= 48 * 1024)
    return;
  CHECK(cuFuncSetAttribute(
      function, CU_FUNC_ATTRIBUTE_MAX_DYNAMIC_SHARED_SIZE_BYTES, bytes));
}

/// A ranked memref descriptor: allocated and aligned pointers, offset, then
/// `rank` sizes and `rank` strides.
struct MemRefDescriptor {
  char *allocated;
  char *aligned;
  int64_t offset;
  int64_t sizesAndStrides[1];
};

/// The bytes a dense memref spans, and where they start.
void getDenseExtent(int64_t rank, const MemRefDescriptor *descriptor,
                    int64_t elementSize, char **start, uint64_t *bytes) {
  const int64_t *sizes = descriptor->sizesAndStrides;
  int64_t elements = 1;
  for (int64_t dim = 0; dim < rank; ++dim)
    elements *= sizes[dim];
  *start = descriptor->aligned + descriptor->offset * elementSize;
  *bytes = static_cast<uint64_t>(elements * elementSize);
}

} // namespace

//===----------------------------------------------------------------------===//
// Modules and launches
//===----------------------------------------------------------------------===//

/// Loads a cubin or fatbin (format=bin/fatbin).
ACT_CUDA_EXPORT CUmodule mgpuModuleLoad(void *data, size_t /*size*/) {
  ScopedContext context;
  CUmodule module = nullptr;
  CHECK(cuModuleLoadData(&module, data));
  return module;
}

/// JIT-compiles and loads PTX (format=isa); the text is NUL-terminated.
ACT_CUDA_EXPORT CUmodule mgpuModuleLoadJIT(void *data, int optLevel) {
  ScopedContext context;
  CUmodule module = nullptr;
  char log[8192] = {0};
  CUjit_option options[] = {CU_JIT_OPTIMIZATION_LEVEL, CU_JIT_ERROR_LOG_BUFFER,
                            CU_JIT_ERROR_LOG_BUFFER_SIZE_BYTES};
  void *values[] = {
      reinterpret_cast<void *>(static_cast<intptr_t>(optLevel)), log,
      reinterpret_cast<void *>(static_cast<uintptr_t>(sizeof(log)))};
  CUresult result = cuModuleLoadDataEx(&module, data, 3, options, values);
  if (result != CUDA_SUCCESS && log[0])
    std::fprintf(stderr, "act_cuda_runtime: PTX JIT log:\n%s\n", log);
  report(result, "cuModuleLoadDataEx(&module, data, ...)");
  return module;
}

ACT_CUDA_EXPORT void mgpuModuleUnload(CUmodule module) {
  ScopedContext context;
  CHECK(cuModuleUnload(module));
}

ACT_CUDA_EXPORT CUfunction mgpuModuleGetFunction(CUmodule module,
                                                 const char *name) {
  ScopedContext context;
  CUfunction function = nullptr;
  CHECK(cuModuleGetFunction(&function, module, name));
  return function;
}

/// Sizes are intptr_t (MLIR's index) rather than CUDA's unsigned int.
ACT_CUDA_EXPORT void mgpuLaunchKernel(CUfunction function, intptr_t gridX,
                                      intptr_t gridY, intptr_t gridZ,
                                      intptr_t blockX, intptr_t blockY,
                                      intptr_t blockZ, int32_t sharedBytes,
                                      CUstream stream, void **params,
                                      void **extra, size_t /*paramsCount*/) {
  ScopedContext context;
  allowSharedMemory(function, sharedBytes);
  CHECK(cuLaunchKernel(function, gridX, gridY, gridZ, blockX, blockY, blockZ,
                       sharedBytes, stream, params, extra));
}

ACT_CUDA_EXPORT void
mgpuLaunchClusterKernel(CUfunction function, intptr_t clusterX,
                        intptr_t clusterY, intptr_t clusterZ, intptr_t gridX,
                        intptr_t gridY, intptr_t gridZ, intptr_t blockX,
                        intptr_t blockY, intptr_t blockZ, int32_t sharedBytes,
                        CUstream stream, void **params, void **extra) {
  ScopedContext context;
#if CUDA_VERSION >= 12000
  allowSharedMemory(function, sharedBytes);
  CUlaunchAttribute attribute;
  attribute.id = CU_LAUNCH_ATTRIBUTE_CLUSTER_DIMENSION;
  attribute.value.clusterDim.x = static_cast<unsigned>(clusterX);
  attribute.value.clusterDim.y = static_cast<unsigned>(clusterY);
  attribute.value.clusterDim.z = static_cast<unsigned>(clusterZ);
  CUlaunchConfig config = {};
  config.gridDimX = static_cast<unsigned>(gridX);
  config.gridDimY = static_cast<unsigned>(gridY);
  config.gridDimZ = static_cast<unsigned>(gridZ);
  config.blockDimX = static_cast<unsigned>(blockX);
  config.blockDimY = static_cast<unsigned>(blockY);
  config.blockDimZ = static_cast<unsigned>(blockZ);
  config.sharedMemBytes = static_cast<unsigned>(sharedBytes);
  config.hStream = stream;
  config.attrs = &attribute;
  config.numAttrs = 1;
  CHECK(cuLaunchKernelEx(&config, function, params, extra));
#else
  (void)function, (void)clusterX, (void)clusterY, (void)clusterZ;
  (void)gridX, (void)gridY, (void)gridZ, (void)blockX, (void)blockY;
  (void)blockZ, (void)sharedBytes, (void)stream, (void)params, (void)extra;
  report(CUDA_ERROR_NOT_SUPPORTED, "cluster launch (needs CUDA 12)");
#endif
}

//===----------------------------------------------------------------------===//
// Streams and events
//===----------------------------------------------------------------------===//

ACT_CUDA_EXPORT CUstream mgpuStreamCreate() {
  ScopedContext context;
  CUstream stream = nullptr;
  CHECK(cuStreamCreate(&stream, CU_STREAM_NON_BLOCKING));
  return stream;
}

ACT_CUDA_EXPORT void mgpuStreamDestroy(CUstream stream) {
  ScopedContext context;
  CHECK(cuStreamDestroy(stream));
}

ACT_CUDA_EXPORT void mgpuStreamSynchronize(CUstream stream) {
  ScopedContext context;
  CHECK(cuStreamSynchronize(stream));
}

ACT_CUDA_EXPORT void mgpuStreamWaitEvent(CUstream stream, CUevent event) {
  ScopedContext context;
  CHECK(cuStreamWaitEvent(stream, event, /*Flags=*/0));
}

ACT_CUDA_EXPORT CUevent mgpuEventCreate() {
  ScopedContext context;
  CUevent event = nullptr;
  CHECK(cuEventCreate(&event, CU_EVENT_DISABLE_TIMING));
  return event;
}

ACT_CUDA_EXPORT void mgpuEventDestroy(CUevent event) {
  ScopedContext context;
  CHECK(cuEventDestroy(event));
}

ACT_CUDA_EXPORT void mgpuEventSynchronize(CUevent event) {
  ScopedContext context;
  CHECK(cuEventSynchronize(event));
}

ACT_CUDA_EXPORT void mgpuEventRecord(CUevent event, CUstream stream) {
  ScopedContext context;
  CHECK(cuEventRecord(event, stream));
}

//===----------------------------------------------------------------------===//
// Memory
//===----------------------------------------------------------------------===//

/// Device memory (256-byte aligned), or managed memory for `host_shared`
/// allocations. Synchronous, as cuMemFree below: a buffer may be freed on
/// another stream than the one that last used it.
ACT_CUDA_EXPORT void *mgpuMemAlloc(uint64_t bytes, CUstream /*stream*/,
                                   bool isHostShared) {
  if (bytes == 0)
    return nullptr;
  ScopedContext context;
  CUdeviceptr pointer = 0;
  if (isHostShared)
    CHECK(cuMemAllocManaged(&pointer, bytes, CU_MEM_ATTACH_GLOBAL));
  else
    CHECK(cuMemAlloc(&pointer, bytes));
  return reinterpret_cast<void *>(pointer);
}

ACT_CUDA_EXPORT void mgpuMemFree(void *pointer, CUstream /*stream*/) {
  if (!pointer)
    return;
  ScopedContext context;
  CHECK(cuMemFree(reinterpret_cast<CUdeviceptr>(pointer)));
}

/// Any direction: unified addressing tells host from device pointers.
ACT_CUDA_EXPORT void mgpuMemcpy(void *destination, void *source, size_t bytes,
                                CUstream stream) {
  ScopedContext context;
  CHECK(cuMemcpyAsync(reinterpret_cast<CUdeviceptr>(destination),
                      reinterpret_cast<CUdeviceptr>(source), bytes, stream));
}

ACT_CUDA_EXPORT void mgpuMemset32(void *destination, unsigned int value,
                                  size_t count, CUstream stream) {
  ScopedContext context;
  CHECK(cuMemsetD32Async(reinterpret_cast<CUdeviceptr>(destination), value,
                         count, stream));
}

ACT_CUDA_EXPORT void mgpuMemset16(void *destination, unsigned short value,
                                  size_t count, CUstream stream) {
  ScopedContext context;
  CHECK(cuMemsetD16Async(reinterpret_cast<CUdeviceptr>(destination), value,
                         count, stream));
}

/// Page-locks host memory so that kernels can access it (gpu.host_register).
ACT_CUDA_EXPORT void mgpuMemHostRegister(void *pointer, uint64_t bytes) {
  ScopedContext context;
  CHECK(cuMemHostRegister(pointer, bytes, CU_MEMHOSTREGISTER_PORTABLE));
}

ACT_CUDA_EXPORT void mgpuMemHostUnregister(void *pointer) {
  ScopedContext context;
  CHECK(cuMemHostUnregister(pointer));
}

/// gpu.host_register of a dense memref of `rank` dimensions.
ACT_CUDA_EXPORT void mgpuMemHostRegisterMemRef(int64_t rank, void *descriptor,
                                               int64_t elementSize) {
  char *start = nullptr;
  uint64_t bytes = 0;
  getDenseExtent(rank, static_cast<const MemRefDescriptor *>(descriptor),
                 elementSize, &start, &bytes);
  if (bytes)
    mgpuMemHostRegister(start, bytes);
}

ACT_CUDA_EXPORT void mgpuMemHostUnregisterMemRef(int64_t rank, void *descriptor,
                                                 int64_t elementSize) {
  char *start = nullptr;
  uint64_t bytes = 0;
  getDenseExtent(rank, static_cast<const MemRefDescriptor *>(descriptor),
                 elementSize, &start, &bytes);
  if (bytes)
    mgpuMemHostUnregister(start);
}

//===----------------------------------------------------------------------===//
// Configuration and diagnostics
//===----------------------------------------------------------------------===//

/// Selects the device of the calls that follow (all threads).
ACT_CUDA_EXPORT void mgpuSetDefaultDevice(int32_t device) {
  defaultDevice = device;
}

/// How many driver calls have failed so far (for test harnesses).
ACT_CUDA_EXPORT int actCudaRuntimeErrorCount() { return errorCount.load(); }
