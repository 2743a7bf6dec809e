// act-gpu-pipeline output under mlir-runner with libact_cuda_runtime.so, on
// an NVIDIA GPU: the host copies inputs to the device, calls act functions
// on tensors (their results are device buffers) and prints the results
// copied back. 7 and 11 elements: one vector and a scalar tail.
// REQUIRES: cuda-gpu, act-cuda-runtime, mlir-runner
// RUN: act-opt %s --act-gpu-pipeline="chip=sm_80" \
// RUN: | mlir-runner -e main -entry-point-result=void \
// RUN:   -shared-libs=%act_cuda_runtime,%mlir_runner_utils,%mlir_c_runner_utils \
// RUN: | FileCheck %s

func.func @relu(%x: tensor<?xf32>) -> tensor<?xf32> {
  %0 = act.relu %x : tensor<?xf32>
  return %0 : tensor<?xf32>
}

func.func @hardswish(%x: tensor<?xf16>) -> tensor<?xf16> {
  %0 = act.hardswish %x : tensor<?xf16>
  return %0 : tensor<?xf16>
}

func.func private @printMemrefF32(memref<*xf32>) attributes {llvm.emit_c_interface}
func.func private @printMemrefF16(memref<*xf16>) attributes {llvm.emit_c_interface}

func.func @main() {
  %c0 = arith.constant 0 : index
  %c7 = arith.constant 7 : index
  %c11 = arith.constant 11 : index

  // relu(-2, -0, 0, 1.5, NaN, inf, -inf) = (0, 0, 0, 1.5, NaN, inf, 0).
  %h = memref.alloc(%c7) : memref<?xf32>
  %v = arith.constant dense<[-2.0, -0.0, 0.0, 1.5, 0x7FC00000, 0x7F800000, 0xFF800000]> : vector<7xf32>
  vector.store %v, %h[%c0] : memref<?xf32>, vector<7xf32>
  %d = gpu.alloc (%c7) : memref<?xf32>
  gpu.memcpy %d, %h : memref<?xf32>, memref<?xf32>
  %t = bufferization.to_tensor %d restrict : memref<?xf32> to tensor<?xf32>
  %r = call @relu(%t) : (tensor<?xf32>) -> tensor<?xf32>
  %rm = bufferization.to_buffer %r : tensor<?xf32> to memref<?xf32>
  gpu.memcpy %h, %rm : memref<?xf32>, memref<?xf32>
  %u = memref.cast %h : memref<?xf32> to memref<*xf32>
  // CHECK: [0,  0,  0,  1.5,  nan,  inf,  0]
  call @printMemrefF32(%u) : (memref<*xf32>) -> ()

  // hardswish(x) = x * relu6(x + 3) / 6.
  %h16 = memref.alloc(%c11) : memref<?xf16>
  %v16 = arith.constant dense<[-4.0, -3.0, -1.5, -0.0, 0.0, 0.75, 1.5, 3.0, 6.0, 0xFC00, 0x7C00]> : vector<11xf16>
  vector.store %v16, %h16[%c0] : memref<?xf16>, vector<11xf16>
  %d16 = gpu.alloc (%c11) : memref<?xf16>
  gpu.memcpy %d16, %h16 : memref<?xf16>, memref<?xf16>
  %t16 = bufferization.to_tensor %d16 restrict : memref<?xf16> to tensor<?xf16>
  %r16 = call @hardswish(%t16) : (tensor<?xf16>) -> tensor<?xf16>
  %rm16 = bufferization.to_buffer %r16 : tensor<?xf16> to memref<?xf16>
  gpu.memcpy %h16, %rm16 : memref<?xf16>, memref<?xf16>
  %u16 = memref.cast %h16 : memref<?xf16> to memref<*xf16>
  // CHECK: [-0,  -0,  -0.375,  -0,  0,  0.46875,  1.125,  3,  6,  -0,  inf]
  call @printMemrefF16(%u16) : (memref<*xf16>) -> ()
  return
}
