// Malformed input is reported with a diagnostic and exit status 1, never with
// a crash (`not` alone accepts any nonzero status, including a crash's, so the
// status is also compared exactly).

// RUN: not act-opt %s -split-input-file -o /dev/null 2>&1 | FileCheck %s
// RUN: %python -c "import subprocess, sys; sys.exit(subprocess.run(sys.argv[1:], stderr=subprocess.DEVNULL).returncode != 1)" act-opt %s -split-input-file -o /dev/null
// RUN: %python -c "import subprocess, sys; sys.exit(subprocess.run(sys.argv[1:], stderr=subprocess.DEVNULL).returncode != 1)" act-opt %s -split-input-file -canonicalize -o /dev/null

// A verifier error.
// CHECK: invalid-exit-code.mlir:[[# @LINE + 2]]:8: error: 'act.clamp' op attribute 'min' (6.000000e+00) must not be greater than attribute 'max' (0.000000e+00)
func.func @clamp_min_above_max(%x: f32) -> f32 {
  %0 = act.clamp %x {max = 0.0 : f64, min = 6.0 : f64} : f32
  return %0 : f32
}

// -----

// A type constraint of the op.
// CHECK: invalid-exit-code.mlir:[[# @LINE + 2]]:8: error: 'act.gelu' op operand #0 must be f16, bf16, f32 or f64 scalar, or vector or ranked tensor thereof, but got 'i32'
func.func @gelu_on_integers(%x: i32) -> i32 {
  %0 = act.gelu %x : i32
  return %0 : i32
}

// -----

// A parse error of the custom form: the slope operand of prelu is missing.
// CHECK: invalid-exit-code.mlir:[[# @LINE + 2]]:20: error: expected ','
func.func @prelu_without_slope(%x: f32) -> f32 {
  %0 = act.prelu %x : f32
  return %0 : f32
}

// -----

// An unknown enum case.
// CHECK: invalid-exit-code.mlir:[[# @LINE + 2]]:46: error: expected ::mlir::act::NanMode to be one of: propagate, ignore
func.func @relu_bad_nan_mode(%x: f32) -> f32 {
  %0 = act.relu %x {nan_mode = #act.nan_mode<drop>} : f32
  return %0 : f32
}
