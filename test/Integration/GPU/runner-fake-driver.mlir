// relu-runner.mlir under mlir-runner with libact_cuda_runtime.so and a
// fake CUDA driver (Inputs/fake-libcuda.c), without a GPU: the host code of
// act-gpu-pipeline loads both PTX modules through the runtime, launches one
// block per kernel on a stream, copies between host and "device" and
// prints. The fake driver runs no kernel, so the values are not checked.
// REQUIRES: act-cuda-runtime, mlir-runner
// RUN: rm -rf %t && mkdir -p %t
// RUN: clang -shared -fPIC -w %S/Inputs/fake-libcuda.c -o %t/libcuda.so.1 -Wl,-soname,libcuda.so.1
// RUN: act-opt %S/relu-runner.mlir --act-gpu-pipeline="chip=sm_80" -o %t/relu-runner.mlir
// RUN: env LD_LIBRARY_PATH=%t mlir-runner %t/relu-runner.mlir -e main -entry-point-result=void \
// RUN:   -shared-libs=%act_cuda_runtime,%mlir_runner_utils,%mlir_c_runner_utils 2>&1 | FileCheck %s

// CHECK:      fake: loaded PTX for sm_80
// CHECK-NEXT: fake: loaded PTX for sm_80
// CHECK-NEXT: fake: launch relu_kernel grid (1, 1, 1) block (256, 1, 1)
// CHECK-NEXT: Unranked Memref {{.*}} rank = 1 offset = 0 sizes = [7] strides = [1] data =
// CHECK-NEXT: [{{.*}}]
// CHECK-NEXT: fake: launch hardswish_kernel grid (1, 1, 1) block (256, 1, 1)
// CHECK-NEXT: Unranked Memref {{.*}} rank = 1 offset = 0 sizes = [11] strides = [1] data =
// CHECK-NEXT: [{{.*}}]
// CHECK-NOT:  act_cuda_runtime:
