// Compiled ahead of time by act_add_mlir_object (ActCompileMLIR.cmake, from
// the installed package) with the installed act-opt and act-translate.
func.func @relu6(%x: tensor<?xf32>) -> tensor<?xf32> {
  %0 = act.clamp %x {min = 0.0 : f64, max = 6.0 : f64} : tensor<?xf32>
  return %0 : tensor<?xf32>
}
