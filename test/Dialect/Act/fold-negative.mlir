// RUN: act-opt %s -canonicalize -split-input-file | FileCheck %s

// Cases where the act folders must leave the op alone.

// Non-constant operands: nothing to fold, for every op.
// CHECK-LABEL: func.func @non_constant(
//  CHECK-SAME:     %[[X:[^:]+]]: tensor<4xf32>, %[[Y:[^:]+]]: tensor<4xf32>)
//       CHECK:   act.relu %[[X]] : tensor<4xf32>
//       CHECK:   act.clamp %[[X]] {max = 6.000000e+00 : f64, min = 0.000000e+00 : f64} : tensor<4xf32>
//       CHECK:   act.leaky_relu %[[X]] : tensor<4xf32>
//       CHECK:   act.prelu %[[X]], %[[Y]] : tensor<4xf32>
//       CHECK:   act.elu %[[X]] : tensor<4xf32>
//       CHECK:   act.selu %[[X]] : tensor<4xf32>
//       CHECK:   act.celu %[[X]] : tensor<4xf32>
//       CHECK:   act.gelu %[[X]] : tensor<4xf32>
//       CHECK:   act.sigmoid %[[X]] : tensor<4xf32>
//       CHECK:   act.silu %[[X]] : tensor<4xf32>
//       CHECK:   act.hardsigmoid %[[X]] : tensor<4xf32>
//       CHECK:   act.hardswish %[[X]] : tensor<4xf32>
//       CHECK:   act.softplus %[[X]] : tensor<4xf32>
//       CHECK:   act.mish %[[X]] : tensor<4xf32>
//       CHECK:   act.threshold %[[X]] {threshold = 1.000000e+00 : f64} : tensor<4xf32>
//       CHECK:   act.relu_grad %[[Y]], %[[X]] : tensor<4xf32>
func.func @non_constant(%x: tensor<4xf32>, %y: tensor<4xf32>)
    -> (tensor<4xf32>, tensor<4xf32>, tensor<4xf32>, tensor<4xf32>,
        tensor<4xf32>, tensor<4xf32>, tensor<4xf32>, tensor<4xf32>,
        tensor<4xf32>, tensor<4xf32>, tensor<4xf32>, tensor<4xf32>,
        tensor<4xf32>, tensor<4xf32>, tensor<4xf32>, tensor<4xf32>) {
  %0 = act.relu %x : tensor<4xf32>
  %1 = act.clamp %x {max = 6.0 : f64, min = 0.0 : f64} : tensor<4xf32>
  %2 = act.leaky_relu %x : tensor<4xf32>
  %3 = act.prelu %x, %y : tensor<4xf32>
  %4 = act.elu %x : tensor<4xf32>
  %5 = act.selu %x : tensor<4xf32>
  %6 = act.celu %x : tensor<4xf32>
  %7 = act.gelu %x : tensor<4xf32>
  %8 = act.sigmoid %x : tensor<4xf32>
  %9 = act.silu %x : tensor<4xf32>
  %10 = act.hardsigmoid %x : tensor<4xf32>
  %11 = act.hardswish %x : tensor<4xf32>
  %12 = act.softplus %x : tensor<4xf32>
  %13 = act.mish %x : tensor<4xf32>
  %14 = act.threshold %x {threshold = 1.0 : f64} : tensor<4xf32>
  %15 = act.relu_grad %y, %x : tensor<4xf32>
  return %0, %1, %2, %3, %4, %5, %6, %7, %8, %9, %10, %11, %12, %13, %14, %15
      : tensor<4xf32>, tensor<4xf32>, tensor<4xf32>, tensor<4xf32>,
        tensor<4xf32>, tensor<4xf32>, tensor<4xf32>, tensor<4xf32>,
        tensor<4xf32>, tensor<4xf32>, tensor<4xf32>, tensor<4xf32>,
        tensor<4xf32>, tensor<4xf32>, tensor<4xf32>, tensor<4xf32>
}

// -----

// Non-constant scalars, integer ones included.
// CHECK-LABEL: func.func @non_constant_scalars(
//  CHECK-SAME:     %[[F:[^:]+]]: f16, %[[I:[^:]+]]: i8)
//       CHECK:   %[[R0:.+]] = act.relu %[[F]] : f16
//       CHECK:   %[[R1:.+]] = act.clamp %[[I]] {max = 5.000000e+00 : f64, min = -5.000000e+00 : f64} : i8
//       CHECK:   return %[[R0]], %[[R1]]
func.func @non_constant_scalars(%f: f16, %i: i8) -> (f16, i8) {
  %0 = act.relu %f : f16
  %1 = act.clamp %i {max = 5.0 : f64, min = -5.0 : f64} : i8
  return %0, %1 : f16, i8
}

// -----

// prelu with only x constant.
// CHECK-LABEL: func.func @prelu_constant_x_only(
//  CHECK-SAME:     %[[S:[^:]+]]: tensor<3xf32>)
//       CHECK:   %[[X:.+]] = arith.constant dense<[-1.000000e+00, 0.000000e+00, 2.000000e+00]> : tensor<3xf32>
//       CHECK:   %[[R:.+]] = act.prelu %[[X]], %[[S]] : tensor<3xf32>
//       CHECK:   return %[[R]]
func.func @prelu_constant_x_only(%s: tensor<3xf32>) -> tensor<3xf32> {
  %x = arith.constant dense<[-1.0, 0.0, 2.0]> : tensor<3xf32>
  %0 = act.prelu %x, %s : tensor<3xf32>
  return %0 : tensor<3xf32>
}

// -----

// prelu with only the slope constant.
// CHECK-LABEL: func.func @prelu_constant_slope_only(
//  CHECK-SAME:     %[[X:[^:]+]]: tensor<3xf32>)
//       CHECK:   %[[S:.+]] = arith.constant dense<2.500000e-01> : tensor<3xf32>
//       CHECK:   %[[R:.+]] = act.prelu %[[X]], %[[S]] : tensor<3xf32>
//       CHECK:   return %[[R]]
func.func @prelu_constant_slope_only(%x: tensor<3xf32>) -> tensor<3xf32> {
  %s = arith.constant dense<0.25> : tensor<3xf32>
  %0 = act.prelu %x, %s : tensor<3xf32>
  return %0 : tensor<3xf32>
}

// -----

// relu_grad with a constant dy and a non-constant x.
// CHECK-LABEL: func.func @relu_grad_constant_dy_only(
//  CHECK-SAME:     %[[X:[^:]+]]: tensor<4xf32>)
//       CHECK:   %[[DY:.+]] = arith.constant dense<1.000000e+00> : tensor<4xf32>
//       CHECK:   %[[R:.+]] = act.relu_grad %[[DY]], %[[X]] : tensor<4xf32>
//       CHECK:   return %[[R]]
func.func @relu_grad_constant_dy_only(%x: tensor<4xf32>) -> tensor<4xf32> {
  %dy = arith.constant dense<1.0> : tensor<4xf32>
  %0 = act.relu_grad %dy, %x : tensor<4xf32>
  return %0 : tensor<4xf32>
}

// -----

// relu_grad with a constant x that has a positive element: the result depends
// on dy.
// CHECK-LABEL: func.func @relu_grad_x_has_positive(
//  CHECK-SAME:     %[[DY:[^:]+]]: tensor<3xf32>)
//       CHECK:   %[[X:.+]] = arith.constant dense<[-1.000000e+00, 0.000000e+00, 1.000000e+00]> : tensor<3xf32>
//       CHECK:   %[[R:.+]] = act.relu_grad %[[DY]], %[[X]] : tensor<3xf32>
//       CHECK:   return %[[R]]
func.func @relu_grad_x_has_positive(%dy: tensor<3xf32>) -> tensor<3xf32> {
  %x = arith.constant dense<[-1.0, 0.0, 1.0]> : tensor<3xf32>
  %0 = act.relu_grad %dy, %x : tensor<3xf32>
  return %0 : tensor<3xf32>
}

// -----

// relu_grad with a constant x that has a NaN: a NaN x passes dy.
// CHECK-LABEL: func.func @relu_grad_x_has_nan(
//  CHECK-SAME:     %[[DY:[^:]+]]: tensor<2xf32>)
//       CHECK:   %[[X:.+]] = arith.constant dense<[-1.000000e+00, 0x7FC00000]> : tensor<2xf32>
//       CHECK:   %[[R:.+]] = act.relu_grad %[[DY]], %[[X]] : tensor<2xf32>
//       CHECK:   return %[[R]]
func.func @relu_grad_x_has_nan(%dy: tensor<2xf32>) -> tensor<2xf32> {
  %x = arith.constant dense<[-1.0, 0x7FC00000]> : tensor<2xf32>
  %0 = act.relu_grad %dy, %x : tensor<2xf32>
  return %0 : tensor<2xf32>
}

// -----

// relu_grad with a splat NaN x, scalar form.
// CHECK-LABEL: func.func @relu_grad_scalar_nan_x(
//  CHECK-SAME:     %[[DY:[^:]+]]: f32)
//       CHECK:   %[[X:.+]] = arith.constant 0x7FC00000 : f32
//       CHECK:   %[[R:.+]] = act.relu_grad %[[DY]], %[[X]] : f32
//       CHECK:   return %[[R]]
func.func @relu_grad_scalar_nan_x(%dy: f32) -> f32 {
  %x = arith.constant 0x7FC00000 : f32
  %0 = act.relu_grad %dy, %x : f32
  return %0 : f32
}

// -----

// A dynamically shaped x that is known to be <= 0 (a cast of a constant) is
// not a constant: there is no static shape to build a zero splat from.
// CHECK-LABEL: func.func @relu_grad_dynamic(
//  CHECK-SAME:     %[[DY:[^:]+]]: tensor<?xf32>)
//       CHECK:   %[[R:.+]] = act.relu_grad %[[DY]], %{{.+}} : tensor<?xf32>
//       CHECK:   return %[[R]]
func.func @relu_grad_dynamic(%dy: tensor<?xf32>) -> tensor<?xf32> {
  %c = arith.constant dense<-1.0> : tensor<4xf32>
  %x = tensor.cast %c : tensor<4xf32> to tensor<?xf32>
  %0 = act.relu_grad %dy, %x : tensor<?xf32>
  return %0 : tensor<?xf32>
}

// -----

// A dynamically shaped input that comes from a constant through a cast is not
// folded either.
// CHECK-LABEL: func.func @relu_dynamic_from_cast()
//       CHECK:   %[[R:.+]] = act.relu %{{.+}} : tensor<?xf32>
//       CHECK:   return %[[R]]
func.func @relu_dynamic_from_cast() -> tensor<?xf32> {
  %c = arith.constant dense<[-1.0, 2.0]> : tensor<2xf32>
  %x = tensor.cast %c : tensor<2xf32> to tensor<?xf32>
  %0 = act.relu %x : tensor<?xf32>
  return %0 : tensor<?xf32>
}

// -----

// clamp with min = max on a dynamically shaped tensor: the result would be a
// constant, but it has no static shape, so the op stays.
// CHECK-LABEL: func.func @clamp_point_dynamic(
//  CHECK-SAME:     %[[X:[^:]+]]: tensor<?xf32>, %[[Q:[^:]+]]: tensor<?x4xi8>)
//       CHECK:   %[[R0:.+]] = act.clamp %[[X]] {max = 1.000000e+00 : f64, min = 1.000000e+00 : f64, nan_mode = #act.nan_mode<ignore>} : tensor<?xf32>
//       CHECK:   %[[R1:.+]] = act.clamp %[[Q]] {max = 3.000000e+00 : f64, min = 3.000000e+00 : f64} : tensor<?x4xi8>
//       CHECK:   return %[[R0]], %[[R1]]
func.func @clamp_point_dynamic(%x: tensor<?xf32>, %q: tensor<?x4xi8>) -> (tensor<?xf32>, tensor<?x4xi8>) {
  %0 = act.clamp %x {max = 1.0 : f64, min = 1.0 : f64, nan_mode = #act.nan_mode<ignore>} : tensor<?xf32>
  %1 = act.clamp %q {max = 3.0 : f64, min = 3.0 : f64} : tensor<?x4xi8>
  return %0, %1 : tensor<?xf32>, tensor<?x4xi8>
}

// -----

// clamp with min = max and nan_mode = propagate: a NaN input gives NaN, so the
// result is not a constant.
// CHECK-LABEL: func.func @clamp_point_propagate(
//  CHECK-SAME:     %[[X:[^:]+]]: f32)
//       CHECK:   %[[R:.+]] = act.clamp %[[X]] {max = 2.000000e+00 : f64, min = 2.000000e+00 : f64} : f32
//       CHECK:   return %[[R]]
func.func @clamp_point_propagate(%x: f32) -> f32 {
  %0 = act.clamp %x {max = 2.0 : f64, min = 2.0 : f64} : f32
  return %0 : f32
}
