// RUN: act-opt %s --act-legalize-reshapes --split-input-file | FileCheck %s

// A reshape of a tensor without elements is an empty tensor of the
// result's sizes.
// CHECK-LABEL: func.func @collapse_empty
// CHECK-NOT: tensor.collapse_shape
// CHECK: %[[E:.*]] = tensor.empty() : tensor<0xf16>
// CHECK: return %[[E]]
func.func @collapse_empty(%x: tensor<8x4x0xf16>) -> tensor<0xf16> {
  %0 = tensor.collapse_shape %x [[0, 1, 2]] : tensor<8x4x0xf16> into tensor<0xf16>
  return %0 : tensor<0xf16>
}

// -----

// CHECK-LABEL: func.func @expand_empty
// CHECK-SAME: %{{.*}}: tensor<?xf32>, %[[N:.*]]: index
// CHECK: %[[E:.*]] = tensor.empty(%[[N]]) : tensor<?x0xf32>
// CHECK: return %[[E]]
func.func @expand_empty(%x: tensor<?xf32>, %n: index) -> tensor<?x0xf32> {
  %0 = tensor.expand_shape %x [[0, 1]] output_shape [%n, 0] : tensor<?xf32> into tensor<?x0xf32>
  return %0 : tensor<?x0xf32>
}

// -----

// Reshapes that may hold elements stay.
// CHECK-LABEL: func.func @not_empty
// CHECK: tensor.expand_shape
// CHECK: memref.expand_shape
func.func @not_empty(%x: tensor<?xf32>, %m: memref<?xf32>, %n: index) -> (tensor<?x4xf32>, memref<?x4xf32>) {
  %0 = tensor.expand_shape %x [[0, 1]] output_shape [%n, 4] : tensor<?xf32> into tensor<?x4xf32>
  %1 = memref.expand_shape %m [[0, 1]] output_shape [%n, 4] : memref<?xf32> into memref<?x4xf32>
  return %0, %1 : tensor<?x4xf32>, memref<?x4xf32>
}

// -----

// Two dynamic sizes in one group: a reinterpret_cast of the base buffer,
// strides [3 * %n, 3] from the source's stride 3.
// CHECK-LABEL: func.func @two_dynamic
// CHECK-SAME: %[[M:.*]]: memref<?xf32, strided<[3], offset: 1>>, %[[K:.*]]: index, %[[N:.*]]: index
// CHECK-DAG: %[[C3:.*]] = arith.constant 3 : index
// CHECK-DAG: %[[BASE:.*]], %{{.*}}, %{{.*}}, %{{.*}} = memref.extract_strided_metadata %[[M]]
// CHECK: %[[S0:.*]] = arith.muli %[[C3]], %[[N]] : index
// CHECK: %[[R:.*]] = memref.reinterpret_cast %[[BASE]] to offset: [1], sizes: [%[[K]], %[[N]]], strides: [%[[S0]], 3]
// CHECK-SAME: to memref<?x?xf32, strided<[?, 3], offset: 1>>
// CHECK: return %[[R]]
func.func @two_dynamic(%m: memref<?xf32, strided<[3], offset: 1>>, %k: index, %n: index) -> memref<?x?xf32, strided<[?, 3], offset: 1>> {
  %0 = memref.expand_shape %m [[0, 1]] output_shape [%k, %n] : memref<?xf32, strided<[3], offset: 1>> into memref<?x?xf32, strided<[?, 3], offset: 1>>
  return %0 : memref<?x?xf32, strided<[?, 3], offset: 1>>
}

// -----

// A dynamic size beside a static 0; the other group keeps its stride.
// CHECK-LABEL: func.func @dynamic_and_zero
// CHECK: memref.reinterpret_cast %{{.*}} to offset: [0], sizes: [%{{.*}}, 0, 5], strides: [0, 5, 1]
func.func @dynamic_and_zero(%m: memref<?x5xf32>, %n: index) -> memref<?x0x5xf32> {
  %0 = memref.expand_shape %m [[0, 1], [2]] output_shape [%n, 0, 5] : memref<?x5xf32> into memref<?x0x5xf32>
  return %0 : memref<?x0x5xf32>
}
