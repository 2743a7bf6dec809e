// Compiled by act-cpu-pipeline and run by utils/run-example.sh:
//   act-opt examples/relu-family.mlir --act-cpu-pipeline | mlir-runner -e main \
//     -entry-point-result=void -shared-libs=<libmlir_c_runner_utils.so>,<libmlir_runner_utils.so>

// 19 elements: one full 16-lane vector and a masked tail of 3.
func.func @kernels(%x: tensor<?xf32>) -> (tensor<?xf32>, tensor<?xf32>, tensor<?xf32>, tensor<?xf32>) {
  %relu = act.relu %x : tensor<?xf32>
  %relu6 = act.clamp %x {min = 0.0 : f64, max = 6.0 : f64, nan_mode = #act.nan_mode<ignore>} : tensor<?xf32>
  %leaky = act.leaky_relu %x {alpha = 0.5 : f64} : tensor<?xf32>
  %hswish = act.hardswish %x : tensor<?xf32>
  return %relu, %relu6, %leaky, %hswish : tensor<?xf32>, tensor<?xf32>, tensor<?xf32>, tensor<?xf32>
}

func.func private @printMemrefF32(memref<*xf32>)

func.func @print(%t: tensor<?xf32>) {
  %m = bufferization.to_buffer %t : tensor<?xf32> to memref<?xf32>
  %u = memref.cast %m : memref<?xf32> to memref<*xf32>
  call @printMemrefF32(%u) : (memref<*xf32>) -> ()
  return
}

func.func @main() {
  %c = arith.constant dense<[-2.0, -0.0, 0.0, 1.5, 0x7FC00000, 0xFF800000, 0x7F800000, 7.0, -4.0,
                             3.0, -3.0, 2.0, -1.0, 0.25, 6.0, 100.0, -100.0, 5.0, -6.0]> : tensor<19xf32>
  %x = tensor.cast %c : tensor<19xf32> to tensor<?xf32>
  %r:4 = call @kernels(%x) : (tensor<?xf32>) -> (tensor<?xf32>, tensor<?xf32>, tensor<?xf32>, tensor<?xf32>)
  call @print(%r#0) : (tensor<?xf32>) -> ()
  call @print(%r#1) : (tensor<?xf32>) -> ()
  call @print(%r#2) : (tensor<?xf32>) -> ()
  // hardswish: x <= -3 -> -0, x >= 3 -> x, else x (x + 3) / 6.
  call @print(%r#3) : (tensor<?xf32>) -> ()
  return
}
