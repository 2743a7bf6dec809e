// act-gpu-map-elementwise, the stage of act-gpu-pipeline that turns
// elementwise linalg.generic ops on buffers into gpu.launch grid-stride
// loops: vectors of 128 bits (under a run-time alignment check) and a
// scalar tail when every buffer is contiguous and indexed by the identity;
// a scalar loop over the delinearized index space otherwise (here a
// broadcast bias). Functions that launch kernels allocate, copy and free in
// device memory; their callers free the device buffers they receive.
// RUN: act-opt %s --act-gpu-map-elementwise --canonicalize --cse -split-input-file | FileCheck %s
// RUN: act-opt %s --act-gpu-map-elementwise="vector-width=1 block-size=64" --canonicalize --cse -split-input-file | FileCheck %s --check-prefix=SCALAR

// CHECK: module attributes {gpu.container_module}
// CHECK-LABEL: func.func @relu(
//  CHECK-SAME:     %[[X:.*]]: memref<?xf32>, %[[OUT:.*]]: memref<?xf32>)
//   CHECK-DAG:   %[[C0:.*]] = arith.constant 0 : index
//   CHECK-DAG:   %[[C4:.*]] = arith.constant 4 : index
//   CHECK-DAG:   %[[C15:.*]] = arith.constant 15 : index
//   CHECK-DAG:   %[[C256:.*]] = arith.constant 256 : index
//   CHECK-DAG:   %[[MAX:.*]] = arith.constant 65535 : index
//       CHECK:   %[[N:.*]] = memref.dim %[[X]], %[[C0]]
//       CHECK:   %[[VECTORS:.*]] = arith.ceildivui %[[N]], %[[C4]]
//       CHECK:   %[[BLOCKS:.*]] = arith.ceildivui %[[VECTORS]], %[[C256]]
//       CHECK:   %[[CAPPED:.*]] = arith.minui %[[BLOCKS]], %[[MAX]]
//       CHECK:   %[[GRID:.*]] = arith.maxui %[[CAPPED]], %{{.*}}
//       CHECK:   %[[STRIDE:.*]] = arith.muli %[[GRID]], %[[C256]]
//       CHECK:   gpu.launch blocks(%[[BX:.*]], %{{.*}}, %{{.*}}) in (%{{.*}} = %[[GRID]], {{.*}} threads(%[[TX:.*]], %{{.*}}, %{{.*}}) in (%{{.*}} = %[[C256]],
//       CHECK:     %[[BASE:.*]] = arith.muli %[[BX]], %[[C256]]
//       CHECK:     %[[TID:.*]] = arith.addi %[[BASE]], %[[TX]]
//       CHECK:     %[[PX:.*]] = memref.extract_aligned_pointer_as_index %[[X]]
//       CHECK:     arith.andi %[[PX]], %[[C15]]
//       CHECK:     %[[PO:.*]] = memref.extract_aligned_pointer_as_index %[[OUT]]
//       CHECK:     arith.andi %[[PO]], %[[C15]]
//       CHECK:     %[[ALIGNED:.*]] = arith.andi
//       CHECK:     %[[WHOLE:.*]] = arith.divui %[[N]], %[[C4]]
//       CHECK:     %[[COUNT:.*]] = arith.select %[[ALIGNED]], %[[WHOLE]], %[[C0]]
//       CHECK:     scf.for %[[I:.*]] = %[[TID]] to %[[COUNT]] step %[[STRIDE]] {
//       CHECK:       %[[E:.*]] = arith.muli %[[I]], %[[C4]]
//       CHECK:       %[[V:.*]] = vector.load %[[X]][%[[E]]] {alignment = 16 : i64} : memref<?xf32>, vector<4xf32>
//       CHECK:       %[[R:.*]] = act.relu %[[V]] : vector<4xf32>
//       CHECK:       vector.store %[[R]], %[[OUT]][%[[E]]] {alignment = 16 : i64} : memref<?xf32>, vector<4xf32>
//       CHECK:     }
//       CHECK:     %[[DONE:.*]] = arith.muli %[[COUNT]], %[[C4]]
//       CHECK:     %[[TAIL:.*]] = arith.addi %[[DONE]], %[[TID]]
//       CHECK:     scf.for %[[J:.*]] = %[[TAIL]] to %[[N]] step %[[STRIDE]] {
//       CHECK:       %[[S:.*]] = memref.load %[[X]][%[[J]]] : memref<?xf32>
//       CHECK:       %[[T:.*]] = act.relu %[[S]] : f32
//       CHECK:       memref.store %[[T]], %[[OUT]][%[[J]]] : memref<?xf32>
//       CHECK:     gpu.terminator

// SCALAR-LABEL: func.func @relu(
//   SCALAR-DAG:   %[[C64:.*]] = arith.constant 64 : index
//       SCALAR:   %[[N:.*]] = memref.dim
//       SCALAR:   arith.ceildivui %[[N]], %[[C64]]
//       SCALAR:   gpu.launch
//   SCALAR-NOT:     vector.
//       SCALAR:     scf.for %{{.*}} = %{{.*}} to %[[N]] step
//       SCALAR:       act.relu %{{.*}} : f32
//       SCALAR:     gpu.terminator
func.func @relu(%x: memref<?xf32>, %out: memref<?xf32>) {
  linalg.generic {indexing_maps = [affine_map<(d0) -> (d0)>, affine_map<(d0) -> (d0)>], iterator_types = ["parallel"]} ins(%x : memref<?xf32>) outs(%out : memref<?xf32>) {
  ^bb0(%a: f32, %o: f32):
    %r = act.relu %a : f32
    linalg.yield %r : f32
  }
  return
}

// -----

// 2-D buffers are flattened; scalar operands and constants are broadcast;
// 16-bit elements go 8 per access.
// CHECK-LABEL: func.func @scale_gelu(
//  CHECK-SAME:     %[[X:.*]]: memref<4x?xf16>, %[[SCALE:.*]]: f16, %[[OUT:.*]]: memref<4x?xf16>)
//   CHECK-DAG:   %[[TWO:.*]] = arith.constant dense<2.000000e+00> : vector<8xf16>
//   CHECK-DAG:   %[[FLAT_X:.*]] = memref.collapse_shape %[[X]] {{\[\[}}0, 1]] : memref<4x?xf16> into memref<?xf16>
//   CHECK-DAG:   %[[FLAT_OUT:.*]] = memref.collapse_shape %[[OUT]] {{\[\[}}0, 1]] : memref<4x?xf16> into memref<?xf16>
//       CHECK:   gpu.launch
//       CHECK:     scf.for
//       CHECK:       %[[V:.*]] = vector.load %[[FLAT_X]][%{{.*}}] {alignment = 16 : i64} : memref<?xf16>, vector<8xf16>
//       CHECK:       %[[S:.*]] = vector.broadcast %[[SCALE]] : f16 to vector<8xf16>
//       CHECK:       %[[M:.*]] = arith.mulf %[[V]], %[[S]] : vector<8xf16>
//       CHECK:       %[[A:.*]] = arith.addf %[[M]], %[[TWO]] : vector<8xf16>
//       CHECK:       %[[G:.*]] = act.gelu %[[A]] : vector<8xf16>
//       CHECK:       vector.store %[[G]], %[[FLAT_OUT]][%{{.*}}] {alignment = 16 : i64}
//       CHECK:     scf.for
//       CHECK:       memref.load %[[FLAT_X]]
//       CHECK:       arith.mulf %{{.*}}, %[[SCALE]] : f16
//       CHECK:       act.gelu %{{.*}} : f16
//       CHECK:       memref.store %{{.*}}, %[[FLAT_OUT]]
func.func @scale_gelu(%x: memref<4x?xf16>, %scale: f16, %out: memref<4x?xf16>) {
  linalg.generic {indexing_maps = [affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> ()>, affine_map<(d0, d1) -> (d0, d1)>], iterator_types = ["parallel", "parallel"]} ins(%x, %scale : memref<4x?xf16>, f16) outs(%out : memref<4x?xf16>) {
  ^bb0(%a: f16, %s: f16, %o: f16):
    %m = arith.mulf %a, %s : f16
    %c = arith.constant 2.0 : f16
    %n = arith.addf %m, %c : f16
    %r = act.gelu %n : f16
    linalg.yield %r : f16
  }
  return
}

// -----

// A broadcast operand: scalar loop, indices recovered from the linear one.
// CHECK-LABEL: func.func @bias_relu(
//  CHECK-SAME:     %[[X:.*]]: memref<?x?xf32>, %[[BIAS:.*]]: memref<?xf32>, %[[OUT:.*]]: memref<?x?xf32>)
//       CHECK:   %[[ROWS:.*]] = memref.dim %[[X]], %c0
//       CHECK:   %[[COLS:.*]] = memref.dim %[[X]], %c1
//       CHECK:   %[[N:.*]] = arith.muli %[[ROWS]], %[[COLS]]
//       CHECK:   gpu.launch
//   CHECK-NOT:     vector.
//       CHECK:     scf.for %[[L:.*]] = %{{.*}} to %[[N]] step
//       CHECK:       %[[I:.*]] = arith.divui %[[L]], %[[COLS]]
//       CHECK:       %[[J:.*]] = arith.remui %[[L]], %[[COLS]]
//       CHECK:       %[[A:.*]] = memref.load %[[X]][%[[I]], %[[J]]]
//       CHECK:       %[[B:.*]] = memref.load %[[BIAS]][%[[J]]]
//       CHECK:       %[[S:.*]] = arith.addf %[[A]], %[[B]] : f32
//       CHECK:       %[[R:.*]] = act.relu %[[S]] : f32
//       CHECK:       memref.store %[[R]], %[[OUT]][%[[I]], %[[J]]]
func.func @bias_relu(%x: memref<?x?xf32>, %bias: memref<?xf32>, %out: memref<?x?xf32>) {
  linalg.generic {indexing_maps = [affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> (d1)>, affine_map<(d0, d1) -> (d0, d1)>], iterator_types = ["parallel", "parallel"]} ins(%x, %bias : memref<?x?xf32>, memref<?xf32>) outs(%out : memref<?x?xf32>) {
  ^bb0(%a: f32, %b: f32, %o: f32):
    %s = arith.addf %a, %b : f32
    %r = act.relu %s : f32
    linalg.yield %r : f32
  }
  return
}

// -----

// Buffers of a function that launches kernels live in device memory; the
// caller frees the device buffer it receives with gpu.dealloc and copies it
// back with gpu.memcpy, and keeps its own buffers on the host.
// CHECK-LABEL: func.func @relu_copy(
//       CHECK:   %[[TMP:.*]] = gpu.alloc (%{{.*}}) : memref<?xf32>
//       CHECK:   %[[RESULT:.*]] = gpu.alloc (%{{.*}}) : memref<?xf32>
//       CHECK:   gpu.memcpy %[[TMP]], %arg0 : memref<?xf32>, memref<?xf32>
//       CHECK:   gpu.launch
//       CHECK:   gpu.dealloc %[[TMP]] : memref<?xf32>
//       CHECK:   return %[[RESULT]]
// CHECK-LABEL: func.func @caller(
//       CHECK:   %[[HOST:.*]] = memref.alloc() : memref<16xf32>
//       CHECK:   %[[DEVICE:.*]] = call @relu_copy
//       CHECK:   gpu.memcpy %[[HOST]], %[[DEVICE]] : memref<16xf32>, memref<?xf32>
//       CHECK:   gpu.dealloc %[[DEVICE]] : memref<?xf32>
//       CHECK:   return %[[HOST]]
func.func @relu_copy(%x: memref<?xf32>) -> memref<?xf32> {
  %c0 = arith.constant 0 : index
  %d = memref.dim %x, %c0 : memref<?xf32>
  %tmp = memref.alloc(%d) : memref<?xf32>
  %out = memref.alloc(%d) : memref<?xf32>
  memref.copy %x, %tmp : memref<?xf32> to memref<?xf32>
  linalg.generic {indexing_maps = [affine_map<(d0) -> (d0)>, affine_map<(d0) -> (d0)>], iterator_types = ["parallel"]} ins(%tmp : memref<?xf32>) outs(%out : memref<?xf32>) {
  ^bb0(%a: f32, %o: f32):
    %r = act.relu %a : f32
    linalg.yield %r : f32
  }
  memref.dealloc %tmp : memref<?xf32>
  return %out : memref<?xf32>
}
func.func @caller(%device_input: memref<?xf32>) -> memref<16xf32> {
  %host = memref.alloc() : memref<16xf32>
  %r = call @relu_copy(%device_input) : (memref<?xf32>) -> memref<?xf32>
  memref.copy %r, %host : memref<?xf32> to memref<16xf32>
  memref.dealloc %r : memref<?xf32>
  return %host : memref<16xf32>
}
