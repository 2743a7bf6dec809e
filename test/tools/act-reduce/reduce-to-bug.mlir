// act-reduce (mlir-reduce with the act dialect) shrinks a module to the part
// that an interestingness script still finds interesting: here, a relu(clamp)
// chain that act-simplify merges. The reduction tree drops the functions
// that do not matter; act passes also serve as reductions.
// RUN: env ACT_OPT=act-opt act-reduce %s \
// RUN:   --reduction-tree='traversal-mode=0 test=/bin/sh test-arg=%S/Inputs/clamp-merge-still-happens.sh' \
// RUN:   | FileCheck %s --check-prefix=TREE
// RUN: env ACT_OPT=act-opt act-reduce %s \
// RUN:   --opt-reduction-pass='opt-pass=func.func(act-simplify) test=/bin/sh test-arg=%S/Inputs/clamp-merge-still-happens.sh' \
// RUN:   | FileCheck %s --check-prefix=PASS

//  TREE-NOT: func.func @unrelated
//      TREE: func.func @culprit
//      TREE:   act.clamp %{{.*}} {max = 6.000000e+00 : f64, min = -1.000000e+00 : f64} : tensor<8xf32>
// TREE-NEXT:   act.relu
//  TREE-NOT: func.func @also_unrelated

//      PASS: func.func @unrelated
//      PASS: func.func @culprit
//      PASS:   act.clamp %{{.*}} {max = 6.000000e+00 : f64, min = 0.000000e+00 : f64} : tensor<8xf32>
//  PASS-NOT:   act.relu
//      PASS: func.func @also_unrelated

func.func @unrelated(%x: tensor<8xf32>) -> tensor<8xf32> {
  %0 = act.gelu %x : tensor<8xf32>
  %1 = act.sigmoid %0 : tensor<8xf32>
  return %1 : tensor<8xf32>
}

func.func @culprit(%x: tensor<8xf32>, %y: tensor<8xf32>) -> tensor<8xf32> {
  %0 = act.gelu %y : tensor<8xf32>
  %1 = act.clamp %x {min = -1.0 : f64, max = 6.0 : f64} : tensor<8xf32>
  %2 = act.relu %1 : tensor<8xf32>
  %3 = act.sigmoid %2 : tensor<8xf32>
  %4 = arith.addf %3, %0 : tensor<8xf32>
  return %4 : tensor<8xf32>
}

func.func @also_unrelated(%x: f32) -> f32 {
  %0 = act.leaky_relu %x {alpha = 0.2 : f64} : f32
  return %0 : f32
}
