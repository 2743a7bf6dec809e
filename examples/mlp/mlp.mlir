// An MLP block, y = relu6(gelu(x W1 + b1) W2 + b2), in linalg on tensors with
// a dynamic batch dimension. Compiled ahead of time by act_add_mlir_object
// (cmake/ActCompileMLIR.cmake; examples/mlp/CMakeLists.txt):
//   act-opt mlp.mlir --act-cpu-pipeline | act-translate --mlir-to-llvmir |
//     llc -O3 -filetype=obj -relocation-model=pic -mcpu=native
// and called from main.cpp as
//   _mlir_ciface_mlp(StridedMemRefType<float, 2> *y, <x>, <W1>, <b1>, <W2>, <b2>)
// (y's buffer is malloc'ed by the kernel). test/Integration/CPU/mlp.mlir runs
// it under mlir-runner.
#rows = affine_map<(i, j) -> (i, j)>
#bias = affine_map<(i, j) -> (j)>

func.func @mlp(%x: tensor<?x64xf32>, %w1: tensor<64x32xf32>, %b1: tensor<32xf32>,
               %w2: tensor<32x16xf32>, %b2: tensor<16xf32>) -> tensor<?x16xf32> {
  %c0 = arith.constant 0 : index
  %zero = arith.constant 0.0 : f32
  %n = tensor.dim %x, %c0 : tensor<?x64xf32>

  %e1 = tensor.empty(%n) : tensor<?x32xf32>
  %z1 = linalg.fill ins(%zero : f32) outs(%e1 : tensor<?x32xf32>) -> tensor<?x32xf32>
  %h = linalg.matmul ins(%x, %w1 : tensor<?x64xf32>, tensor<64x32xf32>)
                     outs(%z1 : tensor<?x32xf32>) -> tensor<?x32xf32>
  %hb = linalg.generic {indexing_maps = [#rows, #bias, #rows],
                        iterator_types = ["parallel", "parallel"]}
      ins(%h, %b1 : tensor<?x32xf32>, tensor<32xf32>) outs(%e1 : tensor<?x32xf32>) {
  ^bb0(%a: f32, %b: f32, %out: f32):
    %s = arith.addf %a, %b : f32
    linalg.yield %s : f32
  } -> tensor<?x32xf32>
  %g = act.gelu %hb : tensor<?x32xf32>

  %e2 = tensor.empty(%n) : tensor<?x16xf32>
  %z2 = linalg.fill ins(%zero : f32) outs(%e2 : tensor<?x16xf32>) -> tensor<?x16xf32>
  %o = linalg.matmul ins(%g, %w2 : tensor<?x32xf32>, tensor<32x16xf32>)
                     outs(%z2 : tensor<?x16xf32>) -> tensor<?x16xf32>
  %ob = linalg.generic {indexing_maps = [#rows, #bias, #rows],
                        iterator_types = ["parallel", "parallel"]}
      ins(%o, %b2 : tensor<?x16xf32>, tensor<16xf32>) outs(%e2 : tensor<?x16xf32>) {
  ^bb0(%a: f32, %b: f32, %out: f32):
    %s = arith.addf %a, %b : f32
    linalg.yield %s : f32
  } -> tensor<?x16xf32>
  %y = act.clamp %ob {min = 0.0 : f64, max = 6.0 : f64} : tensor<?x16xf32>
  return %y : tensor<?x16xf32>
}
