// A layer tail as a framework exporter would emit it: bias, a clamp written
// as two activations, and constant activations that fold at compile time.
//
//   act-opt examples/activations.mlir --act-simplify
//
// folds the constant activations through the reference semantics and merges
// relu(clamp(x, -1, 6)) into clamp(x, 0, 6), NaN semantics preserved.
func.func @layer_tail(%x: tensor<4x8xf32>, %bias: tensor<4x8xf32>) -> tensor<4x8xf32> {
  %biased = arith.addf %x, %bias : tensor<4x8xf32>
  %clamped = act.clamp %biased {min = -1.0 : f64, max = 6.0 : f64} : tensor<4x8xf32>
  %relu6 = act.relu %clamped : tensor<4x8xf32>
  return %relu6 : tensor<4x8xf32>
}

func.func @constant_activations() -> (tensor<4xf32>, tensor<4xbf16>) {
  %c = arith.constant dense<[-2.0, -0.0, 0.5, 0x7FC00000]> : tensor<4xf32>
  %gelu = act.gelu %c : tensor<4xf32>
  %cb = arith.constant dense<[-2.0, -0.0, 0.5, 3.0]> : tensor<4xbf16>
  %silu = act.silu %cb : tensor<4xbf16>
  return %gelu, %silu : tensor<4xf32>, tensor<4xbf16>
}
