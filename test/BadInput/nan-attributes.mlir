// NaN (and infinite) attributes: every f64 parameter of the act ops must be
// finite; the verifier names the op, the attribute and the value, in the
// custom and the generic form, and act-opt exits with status 1. (NaN data,
// e.g. in constants, is valid: every op defines its result for it.)

// RUN: not act-opt %s -split-input-file -o /dev/null 2>&1 | FileCheck %s
// RUN: %python -c "import subprocess, sys; sys.exit(subprocess.run(sys.argv[1:], stderr=subprocess.DEVNULL).returncode != 1)" act-opt %s -split-input-file -o /dev/null

// CHECK: nan-attributes.mlir:[[# @LINE + 2]]:8: error: 'act.clamp' op attribute 'min' must be finite, got nan
func.func @clamp_min_nan(%x: tensor<4xf32>) -> tensor<4xf32> {
  %0 = act.clamp %x {min = 0x7FF8000000000000 : f64, max = 1.0 : f64} : tensor<4xf32>
  return %0 : tensor<4xf32>
}

// -----

// CHECK: nan-attributes.mlir:[[# @LINE + 2]]:8: error: 'act.clamp' op attribute 'max' must be finite, got nan
func.func @clamp_max_negative_nan(%x: tensor<4xf32>) -> tensor<4xf32> {
  %0 = act.clamp %x {min = 0.0 : f64, max = 0xFFF8000000000001 : f64} : tensor<4xf32>
  return %0 : tensor<4xf32>
}

// -----

// CHECK: nan-attributes.mlir:[[# @LINE + 2]]:8: error: 'act.clamp' op attribute 'min' must be finite, got -INF
func.func @clamp_min_negative_infinity(%x: tensor<4xf32>) -> tensor<4xf32> {
  %0 = act.clamp %x {min = 0xFFF0000000000000 : f64, max = 1.0 : f64} : tensor<4xf32>
  return %0 : tensor<4xf32>
}

// -----

// CHECK: nan-attributes.mlir:[[# @LINE + 2]]:8: error: 'act.leaky_relu' op attribute 'alpha' must be finite, got nan
func.func @leaky_relu_alpha_nan(%x: tensor<4xf32>) -> tensor<4xf32> {
  %0 = act.leaky_relu %x {alpha = 0x7FF8000000000000 : f64} : tensor<4xf32>
  return %0 : tensor<4xf32>
}

// -----

// CHECK: nan-attributes.mlir:[[# @LINE + 2]]:8: error: 'act.elu' op attribute 'alpha' must be finite, got nan
func.func @elu_alpha_nan(%x: tensor<4xf32>) -> tensor<4xf32> {
  %0 = act.elu %x {alpha = 0x7FF8000000000000 : f64} : tensor<4xf32>
  return %0 : tensor<4xf32>
}

// -----

// CHECK: nan-attributes.mlir:[[# @LINE + 2]]:8: error: 'act.celu' op attribute 'alpha' must be finite, got nan
func.func @celu_alpha_nan(%x: tensor<4xf32>) -> tensor<4xf32> {
  %0 = act.celu %x {alpha = 0x7FF8000000000000 : f64} : tensor<4xf32>
  return %0 : tensor<4xf32>
}

// -----

// CHECK: nan-attributes.mlir:[[# @LINE + 2]]:8: error: 'act.hardsigmoid' op attribute 'alpha' must be finite, got nan
func.func @hardsigmoid_alpha_nan(%x: tensor<4xf32>) -> tensor<4xf32> {
  %0 = act.hardsigmoid %x {alpha = 0x7FF8000000000000 : f64} : tensor<4xf32>
  return %0 : tensor<4xf32>
}

// -----

// CHECK: nan-attributes.mlir:[[# @LINE + 2]]:8: error: 'act.hardsigmoid' op attribute 'beta' must be finite, got INF
func.func @hardsigmoid_beta_infinity(%x: tensor<4xf32>) -> tensor<4xf32> {
  %0 = act.hardsigmoid %x {beta = 0x7FF0000000000000 : f64} : tensor<4xf32>
  return %0 : tensor<4xf32>
}

// -----

// CHECK: nan-attributes.mlir:[[# @LINE + 2]]:8: error: 'act.softplus' op attribute 'beta' must be finite, got nan
func.func @softplus_beta_nan(%x: tensor<4xf32>) -> tensor<4xf32> {
  %0 = act.softplus %x {beta = 0x7FF8000000000000 : f64} : tensor<4xf32>
  return %0 : tensor<4xf32>
}

// -----

// CHECK: nan-attributes.mlir:[[# @LINE + 2]]:8: error: 'act.softplus' op attribute 'threshold' must be finite, got nan
func.func @softplus_threshold_nan(%x: tensor<4xf32>) -> tensor<4xf32> {
  %0 = act.softplus %x {threshold = 0x7FF8000000000000 : f64} : tensor<4xf32>
  return %0 : tensor<4xf32>
}

// -----

// CHECK: nan-attributes.mlir:[[# @LINE + 2]]:8: error: 'act.threshold' op attribute 'threshold' must be finite, got nan
func.func @threshold_threshold_nan(%x: tensor<4xf32>) -> tensor<4xf32> {
  %0 = act.threshold %x {threshold = 0x7FF8000000000000 : f64} : tensor<4xf32>
  return %0 : tensor<4xf32>
}

// -----

// CHECK: nan-attributes.mlir:[[# @LINE + 2]]:8: error: 'act.threshold' op attribute 'value' must be finite, got nan
func.func @threshold_value_nan(%x: tensor<4xf32>) -> tensor<4xf32> {
  %0 = act.threshold %x {threshold = 1.0 : f64, value = 0x7FF8000000000000 : f64} : tensor<4xf32>
  return %0 : tensor<4xf32>
}

// -----

// CHECK: nan-attributes.mlir:[[# @LINE + 2]]:8: error: 'act.threshold' op attribute 'value' must be finite, got -INF
func.func @threshold_value_infinity(%x: tensor<4xf32>) -> tensor<4xf32> {
  %0 = act.threshold %x {threshold = 1.0 : f64, value = 0xFFF0000000000000 : f64} : tensor<4xf32>
  return %0 : tensor<4xf32>
}

// -----

// CHECK: nan-attributes.mlir:[[# @LINE + 2]]:8: error: 'act.leaky_relu' op attribute 'alpha' must be finite, got nan
func.func @generic_form_nan(%x: f32) -> f32 {
  %0 = "act.leaky_relu"(%x) <{alpha = 0x7FF8000000000000 : f64}> : (f32) -> f32
  return %0 : f32
}
