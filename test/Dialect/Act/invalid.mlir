// RUN: act-opt %s -split-input-file -verify-diagnostics

// clamp: min must not exceed max.
func.func @clamp(%x: f32) -> f32 {
  // expected-error @+1 {{'act.clamp' op attribute 'min' (6.000000e+00) must not be greater than attribute 'max' (0.000000e+00)}}
  %0 = act.clamp %x {max = 0.0 : f64, min = 6.0 : f64} : f32
  return %0 : f32
}

// -----

// clamp: min must not exceed max (integer).
func.func @clamp(%x: i8) -> i8 {
  // expected-error @+1 {{'act.clamp' op attribute 'min' (5.000000e+00) must not be greater than attribute 'max' (-5.000000e+00)}}
  %0 = act.clamp %x {max = -5.0 : f64, min = 5.0 : f64} : i8
  return %0 : i8
}

// -----

// clamp: NaN min.
func.func @clamp(%x: f32) -> f32 {
  // expected-error @+1 {{'act.clamp' op attribute 'min' must be finite, got nan}}
  %0 = act.clamp %x {max = 6.0 : f64, min = 0x7FF8000000000000 : f64} : f32
  return %0 : f32
}

// -----

// clamp: NaN max.
func.func @clamp(%x: tensor<4xf16>) -> tensor<4xf16> {
  // expected-error @+1 {{'act.clamp' op attribute 'max' must be finite, got nan}}
  %0 = act.clamp %x {max = 0x7FF8000000000000 : f64, min = 0.0 : f64} : tensor<4xf16>
  return %0 : tensor<4xf16>
}

// -----

// clamp: infinite max.
func.func @clamp(%x: f32) -> f32 {
  // expected-error @+1 {{'act.clamp' op attribute 'max' must be finite, got INF}}
  %0 = act.clamp %x {max = 0x7FF0000000000000 : f64, min = 0.0 : f64} : f32
  return %0 : f32
}

// -----

// clamp: infinite min.
func.func @clamp(%x: vector<4xbf16>) -> vector<4xbf16> {
  // expected-error @+1 {{'act.clamp' op attribute 'min' must be finite, got -INF}}
  %0 = act.clamp %x {max = 0.0 : f64, min = 0xFFF0000000000000 : f64} : vector<4xbf16>
  return %0 : vector<4xbf16>
}

// -----

// clamp: non-integral min on an integer type.
func.func @clamp(%x: i8) -> i8 {
  // expected-error @+1 {{'act.clamp' op attribute 'min' must be an integer for element type 'i8', got 5.000000e-01}}
  %0 = act.clamp %x {max = 6.0 : f64, min = 0.5 : f64} : i8
  return %0 : i8
}

// -----

// clamp: non-integral max on an integer type.
func.func @clamp(%x: tensor<?xi32>) -> tensor<?xi32> {
  // expected-error @+1 {{'act.clamp' op attribute 'max' must be an integer for element type 'i32', got 6.250000e+00}}
  %0 = act.clamp %x {max = 6.25 : f64, min = 0.0 : f64} : tensor<?xi32>
  return %0 : tensor<?xi32>
}

// -----

// clamp: max above the i8 range.
func.func @clamp(%x: i8) -> i8 {
  // expected-error @+1 {{'act.clamp' op attribute 'max' is out of range of element type 'i8', got 1.280000e+02}}
  %0 = act.clamp %x {max = 128.0 : f64, min = 0.0 : f64} : i8
  return %0 : i8
}

// -----

// clamp: min below the i8 range.
func.func @clamp(%x: vector<16xi8>) -> vector<16xi8> {
  // expected-error @+1 {{'act.clamp' op attribute 'min' is out of range of element type 'i8', got -1.290000e+02}}
  %0 = act.clamp %x {max = 0.0 : f64, min = -129.0 : f64} : vector<16xi8>
  return %0 : vector<16xi8>
}

// -----

// clamp: max above the i32 range.
func.func @clamp(%x: i32) -> i32 {
  // expected-error @+1 {{'act.clamp' op attribute 'max' is out of range of element type 'i32', got 2.147484e+09}}
  %0 = act.clamp %x {max = 2147483648.0 : f64, min = 0.0 : f64} : i32
  return %0 : i32
}

// -----

// clamp: both bounds are required.
func.func @clamp(%x: f32) -> f32 {
  // expected-error @+1 {{'act.clamp' op requires attribute 'max'}}
  %0 = act.clamp %x {min = 0.0 : f64} : f32
  return %0 : f32
}

// -----

// clamp: bounds are f64 attributes.
func.func @clamp(%x: f32) -> f32 {
  // expected-error @+1 {{custom op 'act.clamp' 'act.clamp' op attribute 'max' failed to satisfy constraint: 64-bit float attribute}}
  %0 = act.clamp %x {max = 6.0 : f32, min = 0.0 : f64} : f32
  return %0 : f32
}

// -----

// celu: alpha = 0.
func.func @celu(%x: f32) -> f32 {
  // expected-error @+1 {{'act.celu' op attribute 'alpha' must be nonzero, got 0.000000e+00}}
  %0 = act.celu %x {alpha = 0.0 : f64} : f32
  return %0 : f32
}

// -----

// celu: alpha = -0.
func.func @celu(%x: f64) -> f64 {
  // expected-error @+1 {{'act.celu' op attribute 'alpha' must be nonzero, got -0.000000e+00}}
  %0 = act.celu %x {alpha = -0.0 : f64} : f64
  return %0 : f64
}

// -----

// celu: NaN alpha.
func.func @celu(%x: f32) -> f32 {
  // expected-error @+1 {{'act.celu' op attribute 'alpha' must be finite, got nan}}
  %0 = act.celu %x {alpha = 0x7FF8000000000000 : f64} : f32
  return %0 : f32
}

// -----

// celu: infinite alpha.
func.func @celu(%x: f32) -> f32 {
  // expected-error @+1 {{'act.celu' op attribute 'alpha' must be finite, got INF}}
  %0 = act.celu %x {alpha = 0x7FF0000000000000 : f64} : f32
  return %0 : f32
}

// -----

// softplus: beta = 0.
func.func @softplus(%x: f32) -> f32 {
  // expected-error @+1 {{'act.softplus' op attribute 'beta' must be positive, got 0.000000e+00}}
  %0 = act.softplus %x {beta = 0.0 : f64} : f32
  return %0 : f32
}

// -----

// softplus: beta = -0.
func.func @softplus(%x: f32) -> f32 {
  // expected-error @+1 {{'act.softplus' op attribute 'beta' must be positive, got -0.000000e+00}}
  %0 = act.softplus %x {beta = -0.0 : f64} : f32
  return %0 : f32
}

// -----

// softplus: negative beta.
func.func @softplus(%x: tensor<8xbf16>) -> tensor<8xbf16> {
  // expected-error @+1 {{'act.softplus' op attribute 'beta' must be positive, got -1.000000e+00}}
  %0 = act.softplus %x {beta = -1.0 : f64} : tensor<8xbf16>
  return %0 : tensor<8xbf16>
}

// -----

// softplus: NaN beta.
func.func @softplus(%x: f32) -> f32 {
  // expected-error @+1 {{'act.softplus' op attribute 'beta' must be finite, got nan}}
  %0 = act.softplus %x {beta = 0x7FF8000000000000 : f64} : f32
  return %0 : f32
}

// -----

// softplus: infinite beta.
func.func @softplus(%x: f32) -> f32 {
  // expected-error @+1 {{'act.softplus' op attribute 'beta' must be finite, got INF}}
  %0 = act.softplus %x {beta = 0x7FF0000000000000 : f64} : f32
  return %0 : f32
}

// -----

// softplus: NaN threshold.
func.func @softplus(%x: f16) -> f16 {
  // expected-error @+1 {{'act.softplus' op attribute 'threshold' must be finite, got nan}}
  %0 = act.softplus %x {threshold = 0x7FF8000000000000 : f64} : f16
  return %0 : f16
}

// -----

// softplus: infinite threshold.
func.func @softplus(%x: f32) -> f32 {
  // expected-error @+1 {{'act.softplus' op attribute 'threshold' must be finite, got -INF}}
  %0 = act.softplus %x {threshold = 0xFFF0000000000000 : f64} : f32
  return %0 : f32
}

// -----

// leaky_relu: NaN alpha.
func.func @leaky_relu(%x: f32) -> f32 {
  // expected-error @+1 {{'act.leaky_relu' op attribute 'alpha' must be finite, got nan}}
  %0 = act.leaky_relu %x {alpha = 0x7FF8000000000000 : f64} : f32
  return %0 : f32
}

// -----

// leaky_relu: infinite alpha.
func.func @leaky_relu(%x: vector<4xf32>) -> vector<4xf32> {
  // expected-error @+1 {{'act.leaky_relu' op attribute 'alpha' must be finite, got INF}}
  %0 = act.leaky_relu %x {alpha = 0x7FF0000000000000 : f64} : vector<4xf32>
  return %0 : vector<4xf32>
}

// -----

// elu: NaN alpha.
func.func @elu(%x: f32) -> f32 {
  // expected-error @+1 {{'act.elu' op attribute 'alpha' must be finite, got nan}}
  %0 = act.elu %x {alpha = 0x7FF8000000000000 : f64} : f32
  return %0 : f32
}

// -----

// elu: infinite alpha.
func.func @elu(%x: f64) -> f64 {
  // expected-error @+1 {{'act.elu' op attribute 'alpha' must be finite, got -INF}}
  %0 = act.elu %x {alpha = 0xFFF0000000000000 : f64} : f64
  return %0 : f64
}

// -----

// hardsigmoid: infinite alpha.
func.func @hardsigmoid(%x: f32) -> f32 {
  // expected-error @+1 {{'act.hardsigmoid' op attribute 'alpha' must be finite, got INF}}
  %0 = act.hardsigmoid %x {alpha = 0x7FF0000000000000 : f64} : f32
  return %0 : f32
}

// -----

// hardsigmoid: NaN alpha.
func.func @hardsigmoid(%x: f32) -> f32 {
  // expected-error @+1 {{'act.hardsigmoid' op attribute 'alpha' must be finite, got nan}}
  %0 = act.hardsigmoid %x {alpha = 0x7FF8000000000000 : f64, beta = 0.5 : f64} : f32
  return %0 : f32
}

// -----

// hardsigmoid: NaN beta.
func.func @hardsigmoid(%x: f16) -> f16 {
  // expected-error @+1 {{'act.hardsigmoid' op attribute 'beta' must be finite, got nan}}
  %0 = act.hardsigmoid %x {beta = 0x7FF8000000000000 : f64} : f16
  return %0 : f16
}

// -----

// hardsigmoid: infinite beta.
func.func @hardsigmoid(%x: f32) -> f32 {
  // expected-error @+1 {{'act.hardsigmoid' op attribute 'beta' must be finite, got -INF}}
  %0 = act.hardsigmoid %x {alpha = 2.0e-01 : f64, beta = 0xFFF0000000000000 : f64} : f32
  return %0 : f32
}

// -----

// threshold: NaN threshold.
func.func @threshold(%x: f32) -> f32 {
  // expected-error @+1 {{'act.threshold' op attribute 'threshold' must be finite, got nan}}
  %0 = act.threshold %x {threshold = 0x7FF8000000000000 : f64} : f32
  return %0 : f32
}

// -----

// threshold: infinite threshold.
func.func @threshold(%x: f32) -> f32 {
  // expected-error @+1 {{'act.threshold' op attribute 'threshold' must be finite, got INF}}
  %0 = act.threshold %x {threshold = 0x7FF0000000000000 : f64} : f32
  return %0 : f32
}

// -----

// threshold: infinite value.
func.func @threshold(%x: f32) -> f32 {
  // expected-error @+1 {{'act.threshold' op attribute 'value' must be finite, got -INF}}
  %0 = act.threshold %x {threshold = 0.0 : f64, value = 0xFFF0000000000000 : f64} : f32
  return %0 : f32
}

// -----

// threshold: NaN value.
func.func @threshold(%x: tensor<2x?xf32>) -> tensor<2x?xf32> {
  // expected-error @+1 {{'act.threshold' op attribute 'value' must be finite, got nan}}
  %0 = act.threshold %x {threshold = 1.0 : f64, value = 0x7FF8000000000000 : f64} : tensor<2x?xf32>
  return %0 : tensor<2x?xf32>
}

// -----

// threshold: the threshold is required.
func.func @threshold(%x: f32) -> f32 {
  // expected-error @+1 {{'act.threshold' op requires attribute 'threshold'}}
  %0 = act.threshold %x {value = 1.0 : f64} : f32
  return %0 : f32
}

// -----

// leaky_relu: integer operands are rejected.
func.func @leaky_relu(%x: i32) -> i32 {
  // expected-error @+1 {{'act.leaky_relu' op operand #0 must be f16, bf16, f32 or f64 scalar, or vector or ranked tensor thereof, but got 'i32'}}
  %0 = act.leaky_relu %x : i32
  return %0 : i32
}

// -----

// elu: integer operands are rejected.
func.func @elu(%x: i8) -> i8 {
  // expected-error @+1 {{'act.elu' op operand #0 must be f16, bf16, f32 or f64 scalar, or vector or ranked tensor thereof, but got 'i8'}}
  %0 = act.elu %x : i8
  return %0 : i8
}

// -----

// selu: integer operands are rejected.
func.func @selu(%x: vector<4xi16>) -> vector<4xi16> {
  // expected-error @+1 {{'act.selu' op operand #0 must be f16, bf16, f32 or f64 scalar, or vector or ranked tensor thereof, but got 'vector<4xi16>'}}
  %0 = act.selu %x : vector<4xi16>
  return %0 : vector<4xi16>
}

// -----

// celu: integer operands are rejected.
func.func @celu(%x: i32) -> i32 {
  // expected-error @+1 {{'act.celu' op operand #0 must be f16, bf16, f32 or f64 scalar, or vector or ranked tensor thereof, but got 'i32'}}
  %0 = act.celu %x : i32
  return %0 : i32
}

// -----

// gelu: integer operands are rejected.
func.func @gelu(%x: i32) -> i32 {
  // expected-error @+1 {{'act.gelu' op operand #0 must be f16, bf16, f32 or f64 scalar, or vector or ranked tensor thereof, but got 'i32'}}
  %0 = act.gelu %x : i32
  return %0 : i32
}

// -----

// sigmoid: integer operands are rejected.
func.func @sigmoid(%x: tensor<4xi8>) -> tensor<4xi8> {
  // expected-error @+1 {{'act.sigmoid' op operand #0 must be f16, bf16, f32 or f64 scalar, or vector or ranked tensor thereof, but got 'tensor<4xi8>'}}
  %0 = act.sigmoid %x : tensor<4xi8>
  return %0 : tensor<4xi8>
}

// -----

// silu: integer operands are rejected.
func.func @silu(%x: i64) -> i64 {
  // expected-error @+1 {{'act.silu' op operand #0 must be f16, bf16, f32 or f64 scalar, or vector or ranked tensor thereof, but got 'i64'}}
  %0 = act.silu %x : i64
  return %0 : i64
}

// -----

// hardsigmoid: integer operands are rejected.
func.func @hardsigmoid(%x: i32) -> i32 {
  // expected-error @+1 {{'act.hardsigmoid' op operand #0 must be f16, bf16, f32 or f64 scalar, or vector or ranked tensor thereof, but got 'i32'}}
  %0 = act.hardsigmoid %x : i32
  return %0 : i32
}

// -----

// hardswish: integer operands are rejected.
func.func @hardswish(%x: tensor<?xi32>) -> tensor<?xi32> {
  // expected-error @+1 {{'act.hardswish' op operand #0 must be f16, bf16, f32 or f64 scalar, or vector or ranked tensor thereof, but got 'tensor<?xi32>'}}
  %0 = act.hardswish %x : tensor<?xi32>
  return %0 : tensor<?xi32>
}

// -----

// softplus: integer operands are rejected.
func.func @softplus(%x: i8) -> i8 {
  // expected-error @+1 {{'act.softplus' op operand #0 must be f16, bf16, f32 or f64 scalar, or vector or ranked tensor thereof, but got 'i8'}}
  %0 = act.softplus %x : i8
  return %0 : i8
}

// -----

// mish: integer operands are rejected.
func.func @mish(%x: i32) -> i32 {
  // expected-error @+1 {{'act.mish' op operand #0 must be f16, bf16, f32 or f64 scalar, or vector or ranked tensor thereof, but got 'i32'}}
  %0 = act.mish %x : i32
  return %0 : i32
}

// -----

// threshold: integer operands are rejected.
func.func @threshold(%x: i32) -> i32 {
  // expected-error @+1 {{'act.threshold' op operand #0 must be f16, bf16, f32 or f64 scalar, or vector or ranked tensor thereof, but got 'i32'}}
  %0 = act.threshold %x {threshold = 0.0 : f64} : i32
  return %0 : i32
}

// -----

// prelu: integer operands are rejected.
func.func @prelu(%x: i32, %s: i32) -> i32 {
  // expected-error @+1 {{'act.prelu' op operand #0 must be f16, bf16, f32 or f64 scalar, or vector or ranked tensor thereof, but got 'i32'}}
  %0 = "act.prelu"(%x, %s) : (i32, i32) -> i32
  return %0 : i32
}

// -----

// relu_grad: integer operands are rejected.
func.func @relu_grad(%dy: tensor<4xi8>, %x: tensor<4xi8>) -> tensor<4xi8> {
  // expected-error @+1 {{'act.relu_grad' op operand #0 must be f16, bf16, f32 or f64 scalar, or vector or ranked tensor thereof, but got 'tensor<4xi8>'}}
  %0 = "act.relu_grad"(%dy, %x) : (tensor<4xi8>, tensor<4xi8>) -> tensor<4xi8>
  return %0 : tensor<4xi8>
}

// -----

// relu: element type i1 is rejected.
func.func @relu(%x: i1) -> i1 {
  // expected-error @+1 {{'act.relu' op operand #0 must be f16, bf16, f32, f64 or signless integer (at least 2 bits) scalar, or vector or ranked tensor thereof, but got 'i1'}}
  %0 = act.relu %x : i1
  return %0 : i1
}

// -----

// relu: element type vector<4xi1> is rejected.
func.func @relu(%x: vector<4xi1>) -> vector<4xi1> {
  // expected-error @+1 {{'act.relu' op operand #0 must be f16, bf16, f32, f64 or signless integer (at least 2 bits) scalar, or vector or ranked tensor thereof, but got 'vector<4xi1>'}}
  %0 = act.relu %x : vector<4xi1>
  return %0 : vector<4xi1>
}

// -----

// clamp: element type tensor<4xi1> is rejected.
func.func @clamp(%x: tensor<4xi1>) -> tensor<4xi1> {
  // expected-error @+1 {{'act.clamp' op operand #0 must be f16, bf16, f32, f64 or signless integer (at least 2 bits) scalar, or vector or ranked tensor thereof, but got 'tensor<4xi1>'}}
  %0 = act.clamp %x {max = 1.0 : f64, min = 0.0 : f64} : tensor<4xi1>
  return %0 : tensor<4xi1>
}

// -----

// relu: element type si8 is rejected.
func.func @relu(%x: si8) -> si8 {
  // expected-error @+1 {{'act.relu' op operand #0 must be f16, bf16, f32, f64 or signless integer (at least 2 bits) scalar, or vector or ranked tensor thereof, but got 'si8'}}
  %0 = act.relu %x : si8
  return %0 : si8
}

// -----

// clamp: element type ui8 is rejected.
func.func @clamp(%x: ui8) -> ui8 {
  // expected-error @+1 {{'act.clamp' op operand #0 must be f16, bf16, f32, f64 or signless integer (at least 2 bits) scalar, or vector or ranked tensor thereof, but got 'ui8'}}
  %0 = act.clamp %x {max = 6.0 : f64, min = 0.0 : f64} : ui8
  return %0 : ui8
}

// -----

// relu: element type f8E4M3FN is rejected.
func.func @relu(%x: f8E4M3FN) -> f8E4M3FN {
  // expected-error @+1 {{'act.relu' op operand #0 must be f16, bf16, f32, f64 or signless integer (at least 2 bits) scalar, or vector or ranked tensor thereof, but got 'f8E4M3FN'}}
  %0 = act.relu %x : f8E4M3FN
  return %0 : f8E4M3FN
}

// -----

// sigmoid: element type f8E5M2 is rejected.
func.func @sigmoid(%x: f8E5M2) -> f8E5M2 {
  // expected-error @+1 {{'act.sigmoid' op operand #0 must be f16, bf16, f32 or f64 scalar, or vector or ranked tensor thereof, but got 'f8E5M2'}}
  %0 = act.sigmoid %x : f8E5M2
  return %0 : f8E5M2
}

// -----

// relu: element type tf32 is rejected.
func.func @relu(%x: tf32) -> tf32 {
  // expected-error @+1 {{'act.relu' op operand #0 must be f16, bf16, f32, f64 or signless integer (at least 2 bits) scalar, or vector or ranked tensor thereof, but got 'tf32'}}
  %0 = act.relu %x : tf32
  return %0 : tf32
}

// -----

// sigmoid: element type f80 is rejected.
func.func @sigmoid(%x: f80) -> f80 {
  // expected-error @+1 {{'act.sigmoid' op operand #0 must be f16, bf16, f32 or f64 scalar, or vector or ranked tensor thereof, but got 'f80'}}
  %0 = act.sigmoid %x : f80
  return %0 : f80
}

// -----

// gelu: element type f128 is rejected.
func.func @gelu(%x: f128) -> f128 {
  // expected-error @+1 {{'act.gelu' op operand #0 must be f16, bf16, f32 or f64 scalar, or vector or ranked tensor thereof, but got 'f128'}}
  %0 = act.gelu %x : f128
  return %0 : f128
}

// -----

// relu: element type complex<f32> is rejected.
func.func @relu(%x: complex<f32>) -> complex<f32> {
  // expected-error @+1 {{'act.relu' op operand #0 must be f16, bf16, f32, f64 or signless integer (at least 2 bits) scalar, or vector or ranked tensor thereof, but got 'complex<f32>'}}
  %0 = act.relu %x : complex<f32>
  return %0 : complex<f32>
}

// -----

// silu: element type tensor<4xcomplex<f64>> is rejected.
func.func @silu(%x: tensor<4xcomplex<f64>>) -> tensor<4xcomplex<f64>> {
  // expected-error @+1 {{'act.silu' op operand #0 must be f16, bf16, f32 or f64 scalar, or vector or ranked tensor thereof, but got 'tensor<4xcomplex<f64>>'}}
  %0 = act.silu %x : tensor<4xcomplex<f64>>
  return %0 : tensor<4xcomplex<f64>>
}

// -----

// relu: element type tensor<*xf32> is rejected.
func.func @relu(%x: tensor<*xf32>) -> tensor<*xf32> {
  // expected-error @+1 {{'act.relu' op operand #0 must be f16, bf16, f32, f64 or signless integer (at least 2 bits) scalar, or vector or ranked tensor thereof, but got 'tensor<*xf32>'}}
  %0 = act.relu %x : tensor<*xf32>
  return %0 : tensor<*xf32>
}

// -----

// mish: element type tensor<*xf16> is rejected.
func.func @mish(%x: tensor<*xf16>) -> tensor<*xf16> {
  // expected-error @+1 {{'act.mish' op operand #0 must be f16, bf16, f32 or f64 scalar, or vector or ranked tensor thereof, but got 'tensor<*xf16>'}}
  %0 = act.mish %x : tensor<*xf16>
  return %0 : tensor<*xf16>
}

// -----

// relu: element type index is rejected.
func.func @relu(%x: index) -> index {
  // expected-error @+1 {{'act.relu' op operand #0 must be f16, bf16, f32, f64 or signless integer (at least 2 bits) scalar, or vector or ranked tensor thereof, but got 'index'}}
  %0 = act.relu %x : index
  return %0 : index
}

// -----

// clamp: element type tensor<4xindex> is rejected.
func.func @clamp(%x: tensor<4xindex>) -> tensor<4xindex> {
  // expected-error @+1 {{'act.clamp' op operand #0 must be f16, bf16, f32, f64 or signless integer (at least 2 bits) scalar, or vector or ranked tensor thereof, but got 'tensor<4xindex>'}}
  %0 = act.clamp %x {max = 6.0 : f64, min = 0.0 : f64} : tensor<4xindex>
  return %0 : tensor<4xindex>
}

// -----

// relu: element type memref<4xf32> is rejected.
func.func @relu(%x: memref<4xf32>) -> memref<4xf32> {
  // expected-error @+1 {{'act.relu' op operand #0 must be f16, bf16, f32, f64 or signless integer (at least 2 bits) scalar, or vector or ranked tensor thereof, but got 'memref<4xf32>'}}
  %0 = act.relu %x : memref<4xf32>
  return %0 : memref<4xf32>
}

// -----

// prelu: the slope must have the type of the input.
func.func @prelu(%x: tensor<4xf32>, %s: tensor<4xf16>) -> tensor<4xf32> {
  // expected-error @+1 {{'act.prelu' op requires the same type for all operands and results}}
  %0 = "act.prelu"(%x, %s) : (tensor<4xf32>, tensor<4xf16>) -> tensor<4xf32>
  return %0 : tensor<4xf32>
}

// -----

// prelu: a scalar slope is not broadcast.
func.func @prelu(%x: tensor<4xf32>, %s: f32) -> tensor<4xf32> {
  // expected-error @+1 {{'act.prelu' op requires the same type for all operands and results}}
  %0 = "act.prelu"(%x, %s) : (tensor<4xf32>, f32) -> tensor<4xf32>
  return %0 : tensor<4xf32>
}

// -----

// relu_grad: dy and x must have the same type.
func.func @relu_grad(%dy: vector<4xf32>, %x: vector<4xbf16>) -> vector<4xf32> {
  // expected-error @+1 {{'act.relu_grad' op requires the same type for all operands and results}}
  %0 = "act.relu_grad"(%dy, %x) : (vector<4xf32>, vector<4xbf16>) -> vector<4xf32>
  return %0 : vector<4xf32>
}

// -----

// relu_grad: dy and x must have the same shape.
func.func @relu_grad(%dy: tensor<4xf32>, %x: tensor<5xf32>) -> tensor<4xf32> {
  // expected-error @+1 {{'act.relu_grad' op all non-scalar operands/results must have the same shape and base type}}
  %0 = "act.relu_grad"(%dy, %x) : (tensor<4xf32>, tensor<5xf32>) -> tensor<4xf32>
  return %0 : tensor<4xf32>
}

// -----

// gelu: the result type must be the operand type.
func.func @gelu(%x: tensor<4xf32>) -> tensor<4xf16> {
  // expected-error @+1 {{'act.gelu' op requires the same type for all operands and results}}
  %0 = "act.gelu"(%x) : (tensor<4xf32>) -> tensor<4xf16>
  return %0 : tensor<4xf16>
}

// -----

// sigmoid: the result shape must be the operand shape.
func.func @sigmoid(%x: vector<4xf32>) -> vector<8xf32> {
  // expected-error @+1 {{'act.sigmoid' op all non-scalar operands/results must have the same shape and base type}}
  %0 = "act.sigmoid"(%x) : (vector<4xf32>) -> vector<8xf32>
  return %0 : vector<8xf32>
}

// -----

// relu: a static operand does not give a dynamic result.
func.func @relu(%x: tensor<4xf32>) -> tensor<?xf32> {
  // expected-error @+2 {{'act.relu' op inferred type(s) 'tensor<4xf32>' are incompatible with return type(s) of operation 'tensor<?xf32>'}}
  // expected-error @+1 {{'act.relu' op failed to infer returned types}}
  %0 = "act.relu"(%x) : (tensor<4xf32>) -> tensor<?xf32>
  return %0 : tensor<?xf32>
}

// -----

// relu_grad: the result type must be the operand type.
func.func @relu_grad(%dy: f32, %x: f32) -> f64 {
  // expected-error @+1 {{'act.relu_grad' op requires the same type for all operands and results}}
  %0 = "act.relu_grad"(%dy, %x) : (f32, f32) -> f64
  return %0 : f64
}

// -----

func.func @relu_i0(%x: i0) -> i0 {
  // expected-error @+1 {{'act.relu' op operand #0 must be f16, bf16, f32, f64 or signless integer (at least 2 bits) scalar, or vector or ranked tensor thereof, but got 'i0'}}
  %0 = act.relu %x : i0
  return %0 : i0
}

// -----

// The clamp order has -0.0 < +0.0.
func.func @clamp_pos_zero_above_neg_zero(%x: f32) -> f32 {
  // expected-error @+1 {{'act.clamp' op attribute 'min' (0.000000e+00) must not be greater than attribute 'max' (-0.000000e+00)}}
  %0 = act.clamp %x {min = 0.0 : f64, max = -0.0 : f64} : f32
  return %0 : f32
}
