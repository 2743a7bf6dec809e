// act-gpu-pipeline reports what it cannot compile: invalid options, ops
// that are not elementwise, constants in host memory, and transcendental
// f64 ops (which would need libdevice/ocml).
// RUN: act-opt %s --act-gpu-pipeline -split-input-file -verify-diagnostics
// RUN: not act-opt %s --act-gpu-pipeline="target=spirv" 2>&1 | FileCheck %s --check-prefix=TARGET
// RUN: not act-opt %s --act-gpu-pipeline="chip=gfx942" 2>&1 | FileCheck %s --check-prefix=NVVM-CHIP
// RUN: not act-opt %s --act-gpu-pipeline="target=rocdl chip=sm_90" 2>&1 | FileCheck %s --check-prefix=ROCDL-CHIP
// RUN: not act-opt %s --act-gpu-pipeline="target=rocdl format=fatbin" 2>&1 | FileCheck %s --check-prefix=FATBIN
// RUN: not act-opt %s --act-gpu-pipeline="format=cubin" 2>&1 | FileCheck %s --check-prefix=FORMAT
// RUN: not act-opt %s --act-gpu-pipeline="block-size=2048" 2>&1 | FileCheck %s --check-prefix=BLOCK
// RUN: not act-opt %s --act-gpu-pipeline="vector-width=3" 2>&1 | FileCheck %s --check-prefix=WIDTH
// RUN: not act-opt %s --act-gpu-pipeline="max-blocks=0" 2>&1 | FileCheck %s --check-prefix=BLOCKS

// TARGET: error: act-gpu-pipeline: unknown target 'spirv' (expected 'nvvm' or 'rocdl')
// NVVM-CHIP: error: act-gpu-pipeline: chip 'gfx942' is not an NVIDIA architecture (sm_XX)
// ROCDL-CHIP: error: act-gpu-pipeline: chip 'sm_90' is not an AMD architecture (gfxXXX)
// FATBIN: error: act-gpu-pipeline: format 'fatbin' is NVIDIA-only; use 'bin' for rocdl
// FORMAT: error: act-gpu-pipeline: unknown format 'cubin' (expected 'isa', 'bin', 'fatbin' or 'llvm')
// BLOCK: error: act-gpu-pipeline: block-size 2048 is not in [1, 1024]
// WIDTH: error: act-gpu-pipeline: vector-width 3 is not 0 or a power of two
// BLOCKS: error: act-gpu-pipeline: max-blocks 0 is not in [1, 2^31 - 1]

func.func @sum(%x: tensor<?xf32>, %init: tensor<f32>) -> tensor<f32> {
  // expected-error @+1 {{'linalg.generic' op has non-parallel iterators: act-gpu-pipeline maps elementwise ops only}}
  %0 = linalg.reduce ins(%x : tensor<?xf32>) outs(%init : tensor<f32>) dimensions = [0]
    (%a: f32, %b: f32) {
      %s = arith.addf %a, %b : f32
      linalg.yield %s : f32
    }
  return %0 : tensor<f32>
}

// -----

func.func @prelu_constant_slope(%x: tensor<4xf32>) -> tensor<4xf32> {
  %slope = arith.constant dense<[0.1, 0.2, 0.3, 0.4]> : tensor<4xf32>
  // expected-error @+1 {{'linalg.generic' op operand #1 is in host memory (a constant or a stack buffer); act-gpu-pipeline needs device buffers}}
  %0 = act.prelu %x, %slope : tensor<4xf32>
  return %0 : tensor<4xf32>
}

// -----

func.func @gelu_f64(%x: tensor<?xf64>) -> tensor<?xf64> {
  // expected-error @+1 {{'func.call' op calls 'erfc': act-gpu-pipeline links no device library; transcendental act ops are supported on f16, bf16 and f32}}
  %0 = act.gelu %x : tensor<?xf64>
  return %0 : tensor<?xf64>
}
