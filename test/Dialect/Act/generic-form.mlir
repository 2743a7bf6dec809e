// RUN: act-opt %s | FileCheck %s
// RUN: act-opt %s | act-opt | FileCheck %s

// Every act op written in generic form with every property set parses,
// verifies and prints in custom form; properties equal to their default are
// elided, the others are printed.

// CHECK-LABEL: func.func @relu(
//  CHECK-SAME:     %[[X:[^:]+]]: tensor<?x4xf32>, %[[Q:[^:]+]]: vector<8xi8>)
func.func @relu(%x: tensor<?x4xf32>, %q: vector<8xi8>) -> (tensor<?x4xf32>, tensor<?x4xf32>, vector<8xi8>) {
  // CHECK: %[[R0:.+]] = act.relu %[[X]] fastmath<nnan,ninf> {nan_mode = #act.nan_mode<ignore>} : tensor<?x4xf32>
  %0 = "act.relu"(%x) <{fastmath = #arith.fastmath<nnan,ninf>, nan_mode = #act.nan_mode<ignore>}> : (tensor<?x4xf32>) -> tensor<?x4xf32>
  // CHECK: %[[R1:.+]] = act.relu %[[X]] : tensor<?x4xf32>
  %1 = "act.relu"(%x) <{fastmath = #arith.fastmath<none>, nan_mode = #act.nan_mode<propagate>}> : (tensor<?x4xf32>) -> tensor<?x4xf32>
  // CHECK: %[[R2:.+]] = act.relu %[[Q]] fastmath<fast> {nan_mode = #act.nan_mode<ignore>} : vector<8xi8>
  %2 = "act.relu"(%q) <{fastmath = #arith.fastmath<fast>, nan_mode = #act.nan_mode<ignore>}> : (vector<8xi8>) -> vector<8xi8>
  // CHECK: return %[[R0]], %[[R1]], %[[R2]]
  return %0, %1, %2 : tensor<?x4xf32>, tensor<?x4xf32>, vector<8xi8>
}

// CHECK-LABEL: func.func @relu_no_properties(
//  CHECK-SAME:     %[[X:[^:]+]]: f32)
func.func @relu_no_properties(%x: f32) -> f32 {
  // CHECK: %[[R:.+]] = act.relu %[[X]] : f32
  %0 = "act.relu"(%x) : (f32) -> f32
  // CHECK: return %[[R]]
  return %0 : f32
}

// CHECK-LABEL: func.func @clamp(
//  CHECK-SAME:     %[[X:[^:]+]]: vector<4xbf16>, %[[Q:[^:]+]]: tensor<16xi32>)
func.func @clamp(%x: vector<4xbf16>, %q: tensor<16xi32>) -> (vector<4xbf16>, tensor<16xi32>) {
  // CHECK: %[[R0:.+]] = act.clamp %[[X]] fastmath<nsz> {max = 1.000000e+00 : f64, min = -1.000000e+00 : f64, nan_mode = #act.nan_mode<ignore>} : vector<4xbf16>
  %0 = "act.clamp"(%x) <{fastmath = #arith.fastmath<nsz>, max = 1.0 : f64, min = -1.0 : f64, nan_mode = #act.nan_mode<ignore>}> : (vector<4xbf16>) -> vector<4xbf16>
  // CHECK: %[[R1:.+]] = act.clamp %[[Q]] fastmath<reassoc> {max = 1.270000e+02 : f64, min = -1.280000e+02 : f64, nan_mode = #act.nan_mode<ignore>} : tensor<16xi32>
  %1 = "act.clamp"(%q) <{fastmath = #arith.fastmath<reassoc>, max = 127.0 : f64, min = -128.0 : f64, nan_mode = #act.nan_mode<ignore>}> : (tensor<16xi32>) -> tensor<16xi32>
  // CHECK: return %[[R0]], %[[R1]]
  return %0, %1 : vector<4xbf16>, tensor<16xi32>
}

// CHECK-LABEL: func.func @leaky_relu(
//  CHECK-SAME:     %[[X:[^:]+]]: f16)
func.func @leaky_relu(%x: f16) -> (f16, f16) {
  // CHECK: %[[R0:.+]] = act.leaky_relu %[[X]] fastmath<nnan> {alpha = 2.000000e-01 : f64} : f16
  %0 = "act.leaky_relu"(%x) <{alpha = 0.2 : f64, fastmath = #arith.fastmath<nnan>}> : (f16) -> f16
  // CHECK: %[[R1:.+]] = act.leaky_relu %[[X]] : f16
  %1 = "act.leaky_relu"(%x) <{alpha = 1.000000e-02 : f64, fastmath = #arith.fastmath<none>}> : (f16) -> f16
  // CHECK: return %[[R0]], %[[R1]]
  return %0, %1 : f16, f16
}

// CHECK-LABEL: func.func @prelu(
//  CHECK-SAME:     %[[X:[^:]+]]: tensor<2x?xf64>, %[[S:[^:]+]]: tensor<2x?xf64>)
func.func @prelu(%x: tensor<2x?xf64>, %s: tensor<2x?xf64>) -> tensor<2x?xf64> {
  // CHECK: %[[R:.+]] = act.prelu %[[X]], %[[S]] fastmath<ninf,nsz> : tensor<2x?xf64>
  %0 = "act.prelu"(%x, %s) <{fastmath = #arith.fastmath<ninf,nsz>}> : (tensor<2x?xf64>, tensor<2x?xf64>) -> tensor<2x?xf64>
  // CHECK: return %[[R]]
  return %0 : tensor<2x?xf64>
}

// CHECK-LABEL: func.func @elu(
//  CHECK-SAME:     %[[X:[^:]+]]: f64)
func.func @elu(%x: f64) -> f64 {
  // CHECK: %[[R:.+]] = act.elu %[[X]] fastmath<afn> {alpha = 5.000000e-01 : f64} : f64
  %0 = "act.elu"(%x) <{alpha = 0.5 : f64, fastmath = #arith.fastmath<afn>}> : (f64) -> f64
  // CHECK: return %[[R]]
  return %0 : f64
}

// CHECK-LABEL: func.func @selu(
//  CHECK-SAME:     %[[X:[^:]+]]: tensor<8xf16>)
func.func @selu(%x: tensor<8xf16>) -> tensor<8xf16> {
  // CHECK: %[[R:.+]] = act.selu %[[X]] fastmath<contract> : tensor<8xf16>
  %0 = "act.selu"(%x) <{fastmath = #arith.fastmath<contract>}> : (tensor<8xf16>) -> tensor<8xf16>
  // CHECK: return %[[R]]
  return %0 : tensor<8xf16>
}

// CHECK-LABEL: func.func @celu(
//  CHECK-SAME:     %[[X:[^:]+]]: vector<[4]xf32>)
func.func @celu(%x: vector<[4]xf32>) -> vector<[4]xf32> {
  // CHECK: %[[R:.+]] = act.celu %[[X]] fastmath<arcp> {alpha = 2.500000e+00 : f64} : vector<[4]xf32>
  %0 = "act.celu"(%x) <{alpha = 2.5 : f64, fastmath = #arith.fastmath<arcp>}> : (vector<[4]xf32>) -> vector<[4]xf32>
  // CHECK: return %[[R]]
  return %0 : vector<[4]xf32>
}

// CHECK-LABEL: func.func @gelu(
//  CHECK-SAME:     %[[X:[^:]+]]: tensor<?xbf16>)
func.func @gelu(%x: tensor<?xbf16>) -> (tensor<?xbf16>, tensor<?xbf16>) {
  // CHECK: %[[R0:.+]] = act.gelu %[[X]] fastmath<contract,afn> {approximate = #act.approximate<tanh>} : tensor<?xbf16>
  %0 = "act.gelu"(%x) <{approximate = #act.approximate<tanh>, fastmath = #arith.fastmath<afn,contract>}> : (tensor<?xbf16>) -> tensor<?xbf16>
  // CHECK: %[[R1:.+]] = act.gelu %[[X]] fastmath<afn> : tensor<?xbf16>
  %1 = "act.gelu"(%x) <{approximate = #act.approximate<none>, fastmath = #arith.fastmath<afn>}> : (tensor<?xbf16>) -> tensor<?xbf16>
  // CHECK: return %[[R0]], %[[R1]]
  return %0, %1 : tensor<?xbf16>, tensor<?xbf16>
}

// CHECK-LABEL: func.func @sigmoid(
//  CHECK-SAME:     %[[X:[^:]+]]: f32)
func.func @sigmoid(%x: f32) -> f32 {
  // CHECK: %[[R:.+]] = act.sigmoid %[[X]] fastmath<ninf> : f32
  %0 = "act.sigmoid"(%x) <{fastmath = #arith.fastmath<ninf>}> : (f32) -> f32
  // CHECK: return %[[R]]
  return %0 : f32
}

// CHECK-LABEL: func.func @silu(
//  CHECK-SAME:     %[[X:[^:]+]]: tensor<f32>)
func.func @silu(%x: tensor<f32>) -> tensor<f32> {
  // CHECK: %[[R:.+]] = act.silu %[[X]] fastmath<fast> : tensor<f32>
  %0 = "act.silu"(%x) <{fastmath = #arith.fastmath<fast>}> : (tensor<f32>) -> tensor<f32>
  // CHECK: return %[[R]]
  return %0 : tensor<f32>
}

// CHECK-LABEL: func.func @hardsigmoid(
//  CHECK-SAME:     %[[X:[^:]+]]: vector<2x2xf16>)
func.func @hardsigmoid(%x: vector<2x2xf16>) -> vector<2x2xf16> {
  // CHECK: %[[R:.+]] = act.hardsigmoid %[[X]] fastmath<nnan,nsz> {alpha = 2.000000e-01 : f64, beta = 4.000000e-01 : f64} : vector<2x2xf16>
  %0 = "act.hardsigmoid"(%x) <{alpha = 0.2 : f64, beta = 0.4 : f64, fastmath = #arith.fastmath<nnan,nsz>}> : (vector<2x2xf16>) -> vector<2x2xf16>
  // CHECK: return %[[R]]
  return %0 : vector<2x2xf16>
}

// CHECK-LABEL: func.func @hardswish(
//  CHECK-SAME:     %[[X:[^:]+]]: tensor<3x?xf32>)
func.func @hardswish(%x: tensor<3x?xf32>) -> tensor<3x?xf32> {
  // CHECK: %[[R:.+]] = act.hardswish %[[X]] fastmath<reassoc,contract> : tensor<3x?xf32>
  %0 = "act.hardswish"(%x) <{fastmath = #arith.fastmath<reassoc,contract>}> : (tensor<3x?xf32>) -> tensor<3x?xf32>
  // CHECK: return %[[R]]
  return %0 : tensor<3x?xf32>
}

// CHECK-LABEL: func.func @softplus(
//  CHECK-SAME:     %[[X:[^:]+]]: f64)
func.func @softplus(%x: f64) -> f64 {
  // CHECK: %[[R:.+]] = act.softplus %[[X]] fastmath<afn> {beta = 2.000000e+00 : f64, threshold = 1.000000e+01 : f64} : f64
  %0 = "act.softplus"(%x) <{beta = 2.0 : f64, fastmath = #arith.fastmath<afn>, threshold = 10.0 : f64}> : (f64) -> f64
  // CHECK: return %[[R]]
  return %0 : f64
}

// CHECK-LABEL: func.func @mish(
//  CHECK-SAME:     %[[X:[^:]+]]: vector<16xbf16>)
func.func @mish(%x: vector<16xbf16>) -> vector<16xbf16> {
  // CHECK: %[[R:.+]] = act.mish %[[X]] fastmath<nnan,ninf,nsz> : vector<16xbf16>
  %0 = "act.mish"(%x) <{fastmath = #arith.fastmath<nnan,ninf,nsz>}> : (vector<16xbf16>) -> vector<16xbf16>
  // CHECK: return %[[R]]
  return %0 : vector<16xbf16>
}

// CHECK-LABEL: func.func @threshold(
//  CHECK-SAME:     %[[X:[^:]+]]: tensor<4xf32>)
func.func @threshold(%x: tensor<4xf32>) -> tensor<4xf32> {
  // CHECK: %[[R:.+]] = act.threshold %[[X]] fastmath<nsz> {threshold = 1.000000e-01 : f64, value = -1.000000e+00 : f64} : tensor<4xf32>
  %0 = "act.threshold"(%x) <{fastmath = #arith.fastmath<nsz>, threshold = 0.1 : f64, value = -1.0 : f64}> : (tensor<4xf32>) -> tensor<4xf32>
  // CHECK: return %[[R]]
  return %0 : tensor<4xf32>
}

// CHECK-LABEL: func.func @relu_grad(
//  CHECK-SAME:     %[[DY:[^:]+]]: tensor<?xf16>, %[[X:[^:]+]]: tensor<?xf16>)
func.func @relu_grad(%dy: tensor<?xf16>, %x: tensor<?xf16>) -> tensor<?xf16> {
  // CHECK: %[[R:.+]] = act.relu_grad %[[DY]], %[[X]] fastmath<nnan> : tensor<?xf16>
  %0 = "act.relu_grad"(%dy, %x) <{fastmath = #arith.fastmath<nnan>}> : (tensor<?xf16>, tensor<?xf16>) -> tensor<?xf16>
  // CHECK: return %[[R]]
  return %0 : tensor<?xf16>
}
