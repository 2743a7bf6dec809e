// act-cpu-pipeline{threads=2}: chunks of 16 elements on two OpenMP threads
// compute the same results as the single-threaded code (the 19 inputs span
// two chunks, the second with a masked tail).
// REQUIRES: mlir-runner, libomp
// RUN: act-opt %act_src_root/test/Integration/CPU/relu-family.mlir --act-cpu-pipeline="threads=2 thread-chunk=16" \
// RUN:   | mlir-runner -e main -entry-point-result=void \
// RUN:     -shared-libs=%mlir_c_runner_utils,%mlir_runner_utils,%libomp | grep -v base@ > %t.threads
// RUN: act-opt %act_src_root/test/Integration/CPU/relu-family.mlir --act-cpu-pipeline \
// RUN:   | mlir-runner -e main -entry-point-result=void \
// RUN:     -shared-libs=%mlir_c_runner_utils,%mlir_runner_utils | grep -v base@ > %t.single
// RUN: diff %t.single %t.threads
// RUN: FileCheck %s < %t.threads
// CHECK: [0,  0,  0,  1.5,  nan,  0,  inf,  7,  0,  3,  0,  2,  0,  0.25,  6,  100,  0,  5,  0]
