// Ops of unregistered dialects (no Dialect object) are skipped by every act
// pass instead of crashing them.
// RUN: act-opt %s --allow-unregistered-dialect --act-raise | FileCheck %s
// RUN: act-opt %s --allow-unregistered-dialect --act-simplify | FileCheck %s
// RUN: act-opt %s --allow-unregistered-dialect --act-sign-simplify | FileCheck %s
// RUN: act-opt %s --allow-unregistered-dialect --act-report-dead | FileCheck %s
// RUN: act-opt %s --allow-unregistered-dialect --act-commute | FileCheck %s
// RUN: act-opt %s --allow-unregistered-dialect --act-fuse | FileCheck %s
// RUN: act-opt %s --allow-unregistered-dialect --convert-act-to-linalg | FileCheck %s --check-prefix=LINALG
// RUN: act-opt %s --allow-unregistered-dialect --convert-act-to-arith | FileCheck %s

// CHECK-LABEL: func @opaque
//       CHECK:   "vendor.opaque"
//       CHECK:   act.relu
// LINALG-LABEL: func @opaque
//       LINALG:   "vendor.opaque"
//       LINALG:   linalg.generic
func.func @opaque(%x: tensor<4xf32>) -> tensor<4xf32> {
  %0 = "vendor.opaque"(%x) : (tensor<4xf32>) -> tensor<4xf32>
  %1 = act.relu %0 : tensor<4xf32>
  return %1 : tensor<4xf32>
}
