// Unsupported element types: the act ops take f16, bf16, f32 and f64 (relu
// and clamp also signless integers of at least 2 bits); every other element
// type is rejected by the verifier with the list of what is accepted, and
// act-opt exits with status 1.

// RUN: not act-opt %s -split-input-file -o /dev/null 2>&1 | FileCheck %s
// RUN: %python -c "import subprocess, sys; sys.exit(subprocess.run(sys.argv[1:], stderr=subprocess.DEVNULL).returncode != 1)" act-opt %s -split-input-file -o /dev/null

// CHECK: unsupported-element-types.mlir:[[# @LINE + 2]]:8: error: 'act.sigmoid' op operand #0 must be f16, bf16, f32 or f64 scalar, or vector or ranked tensor thereof, but got 'f8E4M3FN'
func.func @sigmoid_on_f8E4M3FN(%x: f8E4M3FN) -> f8E4M3FN {
  %0 = act.sigmoid %x : f8E4M3FN
  return %0 : f8E4M3FN
}

// -----

// CHECK: unsupported-element-types.mlir:[[# @LINE + 2]]:8: error: 'act.relu' op operand #0 must be f16, bf16, f32, f64 or signless integer (at least 2 bits) scalar, or vector or ranked tensor thereof, but got 'f8E5M2'
func.func @relu_on_f8E5M2(%x: f8E5M2) -> f8E5M2 {
  %0 = act.relu %x : f8E5M2
  return %0 : f8E5M2
}

// -----

// CHECK: unsupported-element-types.mlir:[[# @LINE + 2]]:8: error: 'act.gelu' op operand #0 must be f16, bf16, f32 or f64 scalar, or vector or ranked tensor thereof, but got 'f80'
func.func @gelu_on_f80(%x: f80) -> f80 {
  %0 = act.gelu %x : f80
  return %0 : f80
}

// -----

// CHECK: unsupported-element-types.mlir:[[# @LINE + 2]]:8: error: 'act.silu' op operand #0 must be f16, bf16, f32 or f64 scalar, or vector or ranked tensor thereof, but got 'f128'
func.func @silu_on_f128(%x: f128) -> f128 {
  %0 = act.silu %x : f128
  return %0 : f128
}

// -----

// CHECK: unsupported-element-types.mlir:[[# @LINE + 2]]:8: error: 'act.elu' op operand #0 must be f16, bf16, f32 or f64 scalar, or vector or ranked tensor thereof, but got 'tf32'
func.func @elu_on_tf32(%x: tf32) -> tf32 {
  %0 = act.elu %x : tf32
  return %0 : tf32
}

// -----

// CHECK: unsupported-element-types.mlir:[[# @LINE + 2]]:8: error: 'act.mish' op operand #0 must be f16, bf16, f32 or f64 scalar, or vector or ranked tensor thereof, but got 'complex<f32>'
func.func @mish_on_complex_f32_(%x: complex<f32>) -> complex<f32> {
  %0 = act.mish %x : complex<f32>
  return %0 : complex<f32>
}

// -----

// CHECK: unsupported-element-types.mlir:[[# @LINE + 2]]:8: error: 'act.relu' op operand #0 must be f16, bf16, f32, f64 or signless integer (at least 2 bits) scalar, or vector or ranked tensor thereof, but got 'index'
func.func @relu_on_index(%x: index) -> index {
  %0 = act.relu %x : index
  return %0 : index
}

// -----

// CHECK: unsupported-element-types.mlir:[[# @LINE + 2]]:8: error: 'act.relu' op operand #0 must be f16, bf16, f32, f64 or signless integer (at least 2 bits) scalar, or vector or ranked tensor thereof, but got 'i1'
func.func @relu_on_i1(%x: i1) -> i1 {
  %0 = act.relu %x : i1
  return %0 : i1
}

// -----

// CHECK: unsupported-element-types.mlir:[[# @LINE + 2]]:8: error: 'act.relu' op operand #0 must be f16, bf16, f32, f64 or signless integer (at least 2 bits) scalar, or vector or ranked tensor thereof, but got 'ui8'
func.func @relu_on_ui8(%x: ui8) -> ui8 {
  %0 = act.relu %x : ui8
  return %0 : ui8
}

// -----

// CHECK: unsupported-element-types.mlir:[[# @LINE + 2]]:8: error: 'act.clamp' op operand #0 must be f16, bf16, f32, f64 or signless integer (at least 2 bits) scalar, or vector or ranked tensor thereof, but got 'si32'
func.func @clamp_on_si32(%x: si32) -> si32 {
  %0 = act.clamp %x {min = 0.0 : f64, max = 6.0 : f64} : si32
  return %0 : si32
}

// -----

// CHECK: unsupported-element-types.mlir:[[# @LINE + 2]]:8: error: 'act.gelu' op operand #0 must be f16, bf16, f32 or f64 scalar, or vector or ranked tensor thereof, but got 'i32'
func.func @gelu_on_i32(%x: i32) -> i32 {
  %0 = act.gelu %x : i32
  return %0 : i32
}

// -----

// CHECK: unsupported-element-types.mlir:[[# @LINE + 2]]:8: error: 'act.leaky_relu' op operand #0 must be f16, bf16, f32 or f64 scalar, or vector or ranked tensor thereof, but got 'i8'
func.func @leaky_relu_on_i8(%x: i8) -> i8 {
  %0 = act.leaky_relu %x : i8
  return %0 : i8
}

// -----

// CHECK: unsupported-element-types.mlir:[[# @LINE + 2]]:8: error: 'act.hardswish' op operand #0 must be f16, bf16, f32 or f64 scalar, or vector or ranked tensor thereof, but got 'vector<4xi16>'
func.func @hardswish_on_vector_4xi16_(%x: vector<4xi16>) -> vector<4xi16> {
  %0 = act.hardswish %x : vector<4xi16>
  return %0 : vector<4xi16>
}

// -----

// CHECK: unsupported-element-types.mlir:[[# @LINE + 2]]:8: error: 'act.softplus' op operand #0 must be f16, bf16, f32 or f64 scalar, or vector or ranked tensor thereof, but got 'tensor<4xf8E4M3FN>'
func.func @softplus_on_tensor_4xf8E4M3FN_(%x: tensor<4xf8E4M3FN>) -> tensor<4xf8E4M3FN> {
  %0 = act.softplus %x : tensor<4xf8E4M3FN>
  return %0 : tensor<4xf8E4M3FN>
}
