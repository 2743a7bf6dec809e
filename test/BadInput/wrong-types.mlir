// Wrong types: operand and result types that differ, shapes that differ,
// memrefs and unranked tensors, clamp bounds that an integer element type
// cannot hold. Each gives a located diagnostic and exit status 1.

// RUN: not act-opt %s -split-input-file -o /dev/null 2>&1 | FileCheck %s
// RUN: %python -c "import subprocess, sys; sys.exit(subprocess.run(sys.argv[1:], stderr=subprocess.DEVNULL).returncode != 1)" act-opt %s -split-input-file -o /dev/null

// CHECK: wrong-types.mlir:[[# @LINE + 2]]:8: error: 'act.relu' op requires the same type for all operands and results
func.func @result_type_differs(%x: tensor<4xf32>) -> tensor<4xf16> {
  %0 = "act.relu"(%x) : (tensor<4xf32>) -> tensor<4xf16>
  return %0 : tensor<4xf16>
}

// -----

// CHECK: wrong-types.mlir:[[# @LINE + 2]]:8: error: 'act.prelu' op requires the same type for all operands and results
func.func @slope_type_differs(%x: tensor<4xf32>, %s: tensor<4xf16>) -> tensor<4xf32> {
  %0 = "act.prelu"(%x, %s) : (tensor<4xf32>, tensor<4xf16>) -> tensor<4xf32>
  return %0 : tensor<4xf32>
}

// -----

// CHECK: wrong-types.mlir:[[# @LINE + 2]]:8: error: 'act.sigmoid' op all non-scalar operands/results must have the same shape and base type
func.func @shape_differs(%x: tensor<4xf32>) -> tensor<8xf32> {
  %0 = "act.sigmoid"(%x) : (tensor<4xf32>) -> tensor<8xf32>
  return %0 : tensor<8xf32>
}

// -----

// CHECK: wrong-types.mlir:[[# @LINE + 2]]:17: error: use of value '%x' expects different type than prior uses: 'tensor<8xf32>' vs 'tensor<4xf32>'
func.func @custom_form_type_mismatch(%x: tensor<4xf32>) -> tensor<4xf32> {
  %0 = act.relu %x : tensor<8xf32>
  return %0 : tensor<4xf32>
}

// -----

// CHECK: wrong-types.mlir:[[# @LINE + 2]]:8: error: 'act.relu' op operand #0 must be f16, bf16, f32, f64 or signless integer (at least 2 bits) scalar, or vector or ranked tensor thereof, but got 'memref<4xf32>'
func.func @memref_operand(%x: memref<4xf32>) -> memref<4xf32> {
  %0 = act.relu %x : memref<4xf32>
  return %0 : memref<4xf32>
}

// -----

// CHECK: wrong-types.mlir:[[# @LINE + 2]]:8: error: 'act.gelu' op operand #0 must be f16, bf16, f32 or f64 scalar, or vector or ranked tensor thereof, but got 'tensor<*xf32>'
func.func @unranked_tensor(%x: tensor<*xf32>) -> tensor<*xf32> {
  %0 = act.gelu %x : tensor<*xf32>
  return %0 : tensor<*xf32>
}

// -----

// CHECK: wrong-types.mlir:[[# @LINE + 3]]:3: error: type of return operand 0 ('f32') doesn't match function result type ('f64') in function @return_type_mismatch
func.func @return_type_mismatch(%x: f32) -> f64 {
  %0 = act.relu %x : f32
  return %0 : f32
}

// -----

// CHECK: wrong-types.mlir:[[# @LINE + 2]]:8: error: 'act.relu_grad' op all non-scalar operands/results must have the same shape and base type
func.func @relu_grad_mixed_shapes(%dy: tensor<4xf32>, %x: tensor<2x2xf32>) -> tensor<4xf32> {
  %0 = "act.relu_grad"(%dy, %x) : (tensor<4xf32>, tensor<2x2xf32>) -> tensor<4xf32>
  return %0 : tensor<4xf32>
}

// -----

// CHECK: wrong-types.mlir:[[# @LINE + 2]]:8: error: 'act.clamp' op attribute 'min' must be an integer for element type 'i8', got -1.500000e+00
func.func @clamp_fraction_on_integers(%x: tensor<4xi8>) -> tensor<4xi8> {
  %0 = act.clamp %x {min = -1.5 : f64, max = 6.0 : f64} : tensor<4xi8>
  return %0 : tensor<4xi8>
}

// -----

// CHECK: wrong-types.mlir:[[# @LINE + 2]]:8: error: 'act.clamp' op attribute 'max' is out of range of element type 'i8', got 3.000000e+02
func.func @clamp_out_of_range_on_integers(%x: tensor<4xi8>) -> tensor<4xi8> {
  %0 = act.clamp %x {min = 0.0 : f64, max = 300.0 : f64} : tensor<4xi8>
  return %0 : tensor<4xi8>
}
