// RUN: act-opt %s --act-cpu-pipeline="vector-width=16" | FileCheck %s
// RUN: act-opt %s --act-cpu-pipeline="vector-width=16 nontemporal-threshold=0 unroll=1" | FileCheck %s --check-prefix=TEMPORAL
// RUN: act-opt %s --act-cpu-pipeline="vector-width=16 peel=false" | FileCheck %s --check-prefix=MASKED
// RUN: act-opt %s --act-cpu-pipeline="vector-width=16 prefetch-distance=0" | FileCheck %s --check-prefix=NOPREFETCH
// RUN: act-opt %s --act-cpu-pipeline="vector-width=16" | FileCheck %s --check-prefix=ROWS
// RUN: act-opt %s --act-cpu-pipeline="vector-width=16" | FileCheck %s --check-prefix=HALF
// RUN: act-opt %s --act-cpu-pipeline="vector-width=16 half-width-threshold=0" | FileCheck %s --check-prefixes=NOHALF,NOHALF16
// RUN: act-opt %s --act-cpu-pipeline="vector-width=8" | FileCheck %s --check-prefix=NOHALF

// A destination-passing kernel writes straight into its output buffer
// (eliminate-empty-tensors: no allocation, no copy). Its vectorized loop is
// split into full vectors (plain loads and stores, unrolled 4 times, and a
// copy with non-temporal stores chosen at run time for outputs of at least
// 64 MiB aligned to 64 bytes) and a masked tail. The non-temporal copy
// prefetches its input 4096 bytes (1024 f32) ahead, at most up to the last
// element (max(n - 1, 0)); the other loops do not prefetch.

// CHECK-LABEL: llvm.func @relu_dps
//   CHECK-NOT:   @malloc
//       CHECK:   %[[D:.*]] = llvm.mlir.constant(1024 : index) : i64
//       CHECK:   %[[NM1:.*]] = llvm.sub %arg3, %{{.*}} : i64
//       CHECK:   %[[LAST:.*]] = llvm.intr.smax(%[[NM1]], %{{.*}})
//       CHECK:   %[[AHEAD:.*]] = llvm.add %[[IV:.*]], %[[D]] : i64
//       CHECK:   %[[AT:.*]] = llvm.intr.smin(%[[AHEAD]], %[[LAST]])
//       CHECK:   %[[P:.*]] = llvm.getelementptr %arg1[%[[AT]]]
//       CHECK:   "llvm.intr.prefetch"(%[[P]]) <{cache = 1 : i32, hint = 2 : i32, rw = 0 : i32}>
//       CHECK:   llvm.getelementptr %arg1[%[[IV]]]
//       CHECK:   llvm.load {{.*}} -> vector<16xf32>
//       CHECK:   llvm.store {{.*}} {alignment = 64 : i64, nontemporal} : vector<16xf32>, !llvm.ptr
//       CHECK:   llvm.load {{.*}} -> vector<16xf32>
//   CHECK-NOT:   nontemporal
//   CHECK-NOT:   prefetch
//       CHECK:   llvm.store {{.*}} : vector<16xf32>, !llvm.ptr
//       CHECK:   llvm.intr.masked.load
//       CHECK:   llvm.intr.masked.store
//       CHECK: llvm.func @_mlir_ciface_relu_dps

// TEMPORAL-LABEL: llvm.func @relu_dps
//   TEMPORAL-NOT:   {{nontemporal|prefetch}}
//       TEMPORAL:   llvm.load {{.*}} -> vector<16xf32>
//       TEMPORAL:   llvm.store {{.*}} : vector<16xf32>, !llvm.ptr
//       TEMPORAL:   llvm.intr.masked.load
//       TEMPORAL: llvm.func @_mlir_ciface_relu_dps

// NOPREFETCH-LABEL: llvm.func @relu_dps
//   NOPREFETCH-NOT:   prefetch
//       NOPREFETCH:   llvm.store {{.*}} {alignment = 64 : i64, nontemporal}
//   NOPREFETCH-NOT:   prefetch
//       NOPREFETCH: llvm.func @_mlir_ciface_relu_dps

// MASKED-LABEL: llvm.func @relu_dps
//   MASKED-NOT:   nontemporal
//   MASKED-NOT:   llvm.load {{.*}} -> vector<16xf32>
//       MASKED:   llvm.intr.masked.load
//       MASKED:   llvm.intr.masked.store
//       MASKED: llvm.func @_mlir_ciface_relu_dps
// A loop that only streams (relu, clamp, leaky_relu, prelu, threshold,
// relu_grad and arith without divisions) on 512-bit vectors gets a third
// full-vector copy at half the width, chosen at run time below the
// non-temporal threshold for outputs of at least 32 KiB
// (half-width-threshold): in L2, 256-bit loads and stores stream faster on
// AVX-512 CPUs (bench/analysis.md). Upstream's vector unrolling splits
// each operation; the select stays a select (no vfixupimmps at 256 bits).
// Not with half-width-threshold=0 or 256-bit vectors.
// HALF-LABEL: llvm.func @relu_dps
//       HALF:   %[[T:.*]] = llvm.mlir.constant(32768 : index) : i64
//       HALF:   %[[BIG:.*]] = llvm.icmp "uge" %{{.*}}, %[[T]] : i64
//       HALF:   llvm.store {{.*}} {alignment = 64 : i64, nontemporal} : vector<16xf32>
//       HALF:   llvm.cond_br %[[BIG]]
//       HALF:   %[[V:.*]] = llvm.load {{.*}} -> vector<8xf32>
//       HALF:   %[[LE:.*]] = llvm.fcmp "ole" %[[V]], %{{.*}} : vector<8xf32>
//       HALF:   %[[R:.*]] = llvm.select %[[LE]], %{{.*}}, %[[V]] : vector<8xi1>, vector<8xf32>
//       HALF:   llvm.store %[[R]], %{{.*}} : vector<8xf32>, !llvm.ptr
//       HALF:   llvm.load {{.*}} -> vector<16xf32>
//       HALF:   llvm.store {{.*}} : vector<16xf32>, !llvm.ptr
//       HALF:   llvm.intr.masked.store
//       HALF: llvm.func @_mlir_ciface_relu_dps
// NOHALF-LABEL: llvm.func @relu_dps
//   NOHALF-NOT:   32768
//   NOHALF-NOT:   vector<4xf32>
// NOHALF16-NOT:   vector<8xf32>
//       NOHALF:   llvm.intr.masked.store
//       NOHALF: llvm.func @_mlir_ciface_relu_dps
func.func @relu_dps(%x_m: memref<?xf32>, %out: memref<?xf32>) {
  %x = bufferization.to_tensor %x_m restrict : memref<?xf32> to tensor<?xf32>
  %r = act.relu %x : tensor<?xf32>
  bufferization.materialize_in_destination %r in restrict writable %out
      : (tensor<?xf32>, memref<?xf32>) -> ()
  return
}

// A loop that holds vector transfers in the input is left as it is: its
// out-of-bounds reads may be intended (here they read the padding).
// CHECK-LABEL: llvm.func @input_vector_loop
//   CHECK-NOT:   nontemporal
//   CHECK-NOT:   llvm.load {{.*}} -> vector<16xf32>
//       CHECK:   llvm.intr.masked.load
//       CHECK: llvm.func @_mlir_ciface_input_vector_loop
func.func @input_vector_loop(%in: memref<?xf32>, %out: memref<?xf32>, %n: index) {
  %pad = arith.constant 0.0 : f32
  affine.for %i = 0 to %n step 16 {
    %v = vector.transfer_read %in[%i], %pad : memref<?xf32>, vector<16xf32>
    vector.transfer_write %v, %out[%i] : vector<16xf32>, memref<?xf32>
  }
  return
}

// Rows shorter than the prefetch distance: the prefetch goes on into the
// following rows (the buffer seen as the 1-D memref of the elements it
// spans, row * stride + column + 1024, at most its last element). The
// per-channel bias, of lower rank than the output, is not prefetched: only
// %x (%arg1), once per vector of the 4x unrolled loop.
// Rows of a 2-D buffer get no half-width copy (it made the fused kernels
// slower at 256 MiB).
// HALF-LABEL: llvm.func @bias_relu_rows
//   HALF-NOT:   vector<8xf32>
//       HALF: llvm.func @_mlir_ciface_bias_relu_rows
// ROWS-LABEL: llvm.func @bias_relu_rows
// ROWS-COUNT-4: "llvm.intr.prefetch"
//   ROWS-NOT: "llvm.intr.prefetch"
//       ROWS: llvm.func @_mlir_ciface_bias_relu_rows
// CHECK-LABEL: llvm.func @bias_relu_rows
//       CHECK:   %[[C1024:.*]] = llvm.mlir.constant(1024 : index) : i64
//       CHECK:   %[[AHEAD:.*]] = llvm.add %[[ROW:.*]], %[[C1024]] : i64
//       CHECK:   %[[LIN:.*]] = llvm.add %[[AHEAD]], %{{.*}} : i64
//       CHECK:   %[[AT:.*]] = llvm.intr.smin(%[[LIN]], %{{.*}})
//       CHECK:   %[[P:.*]] = llvm.getelementptr %arg1[%[[AT]]]
//       CHECK:   "llvm.intr.prefetch"(%[[P]])
//       CHECK:   llvm.store {{.*}} {alignment = 64 : i64, nontemporal} : vector<16xf32>, !llvm.ptr
//       CHECK: llvm.func @_mlir_ciface_bias_relu_rows
func.func @bias_relu_rows(%x: memref<?x1024xf32>, %b: memref<1024xf32>,
                          %out: memref<?x1024xf32>) {
  linalg.generic {
      indexing_maps = [affine_map<(i, j) -> (i, j)>, affine_map<(i, j) -> (j)>,
                       affine_map<(i, j) -> (i, j)>],
      iterator_types = ["parallel", "parallel"]}
      ins(%x, %b : memref<?x1024xf32>, memref<1024xf32>)
      outs(%out : memref<?x1024xf32>) {
  ^bb0(%v: f32, %c: f32, %o: f32):
    %s = arith.addf %v, %c : f32
    %r = act.relu %s : f32
    linalg.yield %r : f32
  }
  return
}

// A loop with a transcendental op is compute-bound at every size: no
// half-width copy.
// HALF-LABEL: llvm.func @sigmoid_dps
//   HALF-NOT:   vector<8xf32>
//       HALF: llvm.func @_mlir_ciface_sigmoid_dps
func.func @sigmoid_dps(%x_m: memref<?xf32>, %out: memref<?xf32>) {
  %x = bufferization.to_tensor %x_m restrict : memref<?xf32> to tensor<?xf32>
  %r = act.sigmoid %x : tensor<?xf32>
  bufferization.materialize_in_destination %r in restrict writable %out
      : (tensor<?xf32>, memref<?xf32>) -> ()
  return
}
