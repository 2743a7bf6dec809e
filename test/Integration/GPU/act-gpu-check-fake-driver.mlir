// The host side of act-gpu-check and libact_cuda_runtime.so against a fake
// CUDA driver (Inputs/fake-libcuda.c), without a GPU: every kernel is
// compiled in-process by act-gpu-pipeline for the device's sm_90, its host
// code JIT-compiled, its PTX loaded (it must be NUL-terminated PTX defining
// the kernel the host code looks up), and launched with one vector per
// thread: 65539 f16 elements in ceil(65539 / 8 / 256) = 33 blocks, 80017
// f32 elements in ceil(80017 / 4 / 256) = 79 blocks. The fake driver runs
// no kernel, so every comparison fails; the real check is run-on-nvidia.sh.
// REQUIRES: act-gpu-check, act-cuda-runtime
// RUN: rm -rf %t && mkdir -p %t
// RUN: clang -shared -fPIC -w %S/Inputs/fake-libcuda.c -o %t/libcuda.so.1 -Wl,-soname,libcuda.so.1
// RUN: not env LD_LIBRARY_PATH=%t %act_gpu_check --runtime=%act_cuda_runtime \
// RUN:   --cases=relu,gelu_tanh --types=f16,f32 --random=0 --bandwidth-log2=0 \
// RUN:   > %t/out.txt 2> %t/err.txt
// RUN: FileCheck %s --input-file=%t/out.txt
// RUN: FileCheck %s --input-file=%t/err.txt --check-prefix=DRIVER

// CHECK: device: Fake GPU (compute capability 9.0), CUDA driver 13.0; compiling for sm_90, format=isa
// CHECK: [FAIL] relu f16: 65539 inputs x 2 runs
// CHECK: [FAIL] gelu_tanh f16: 65539 inputs x 2 runs
// CHECK: [FAIL] relu f32: 80017 inputs x 2 runs
// CHECK: [FAIL] gelu_tanh f32: 80017 inputs x 2 runs
// CHECK: conformance: 0 passed, 4 failed

// DRIVER:      fake: loaded PTX for sm_90
// DRIVER-NEXT: fake: launch kernel_kernel grid (33, 1, 1) block (256, 1, 1)
// DRIVER-NEXT: fake: launch kernel_kernel grid (33, 1, 1) block (256, 1, 1)
// DRIVER-NEXT: fake: loaded PTX for sm_90
// DRIVER-NEXT: fake: launch kernel_kernel grid (33, 1, 1) block (256, 1, 1)
// DRIVER-NEXT: fake: launch kernel_kernel grid (33, 1, 1) block (256, 1, 1)
// DRIVER-NEXT: fake: loaded PTX for sm_90
// DRIVER-NEXT: fake: launch kernel_kernel grid (79, 1, 1) block (256, 1, 1)
// DRIVER-NEXT: fake: launch kernel_kernel grid (79, 1, 1) block (256, 1, 1)
// DRIVER-NEXT: fake: loaded PTX for sm_90
// DRIVER-NEXT: fake: launch kernel_kernel grid (79, 1, 1) block (256, 1, 1)
// DRIVER-NEXT: fake: launch kernel_kernel grid (79, 1, 1) block (256, 1, 1)
// DRIVER-NOT:  {{.}}

// A bandwidth case that is not a unary case:type is rejected before anything
// runs.
// RUN: not env LD_LIBRARY_PATH=%t %act_gpu_check --runtime=%act_cuda_runtime \
// RUN:   --bandwidth-cases=relu:f32,prelu:f32 2>&1 \
// RUN:   | FileCheck %s --check-prefix=BADCASE
// BADCASE: act-gpu-check: --bandwidth-cases: 'prelu:f32' is not a unary case:type
// BADCASE-NOT: device:
