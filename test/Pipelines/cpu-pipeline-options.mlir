// RUN: act-opt %s --act-cpu-pipeline="fast-math=1 vector-width=8" | FileCheck %s --check-prefix=FAST
// RUN: act-opt %s --act-cpu-pipeline="vector-width=8" | FileCheck %s --check-prefix=EXACT
// RUN: act-opt %s --act-cpu-pipeline="threads=2 thread-chunk=1024 vector-width=8" | FileCheck %s --check-prefix=THREADS
// RUN: act-opt %s --act-cpu-pipeline="vector-width=8" | FileCheck %s --check-prefix=SINGLE

// fast-math marks the generated arithmetic, which lets LLVM drop the NaN and
// signed-zero handling.
//  FAST-LABEL: llvm.func @relu
//        FAST:   llvm.fcmp "ole" {{.*}} {fastmathFlags = #llvm.fastmath<fast>} : vector<8xf32>
// EXACT-LABEL: llvm.func @relu
//   EXACT-NOT:   fastmath<fast>
//       EXACT:   llvm.fcmp "ole" {{.*}} : vector<8xf32>

// threads=N runs chunks of the loop on OpenMP threads.
// THREADS-LABEL: llvm.func @relu
//       THREADS:   omp.parallel num_threads
//       THREADS:     omp.wsloop
//       THREADS:       omp.loop_nest
//       THREADS:         llvm.intr.masked.load {{.*}} -> vector<8xf32>
// SINGLE-LABEL: llvm.func @relu
//   SINGLE-NOT:   omp.
func.func @relu(%x: tensor<?xf32>) -> tensor<?xf32> {
  %0 = act.relu %x : tensor<?xf32>
  return %0 : tensor<?xf32>
}
