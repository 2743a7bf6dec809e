// The differential tester itself (utils/difftest.sh runs the real slice):
// a few seeds pass, a known bug is caught when asked for, and the
// reproducer it writes runs and shows the difference. Also runs in the
// sanitizer build, where it checks the harness and the pipeline under ASan.

// REQUIRES: act-difftest, mlir-runner
// RUN: %act_difftest --seed=1 --count=12 --jobs=2 --quiet | FileCheck %s
// CHECK: act-difftest: 12 programs (seeds 1..12)
// CHECK: passed: 12
// CHECK-NOT: failing seeds

// Seed 29 with the known bugs: bf16 with one vector lane flushes
// subnormals (test XFAIL-bf16-vector-width-1-flushes-subnormals.mlir).
// (A change to the generator changes what each seed is: pick another seed
// that shows a known bug, `act-difftest --include-known-bugs --count=100`.)
// RUN: rm -rf %t && not %act_difftest --seed=29 --count=1 --no-fork --include-known-bugs --repro-dir=%t 2> %t.err | FileCheck %s --check-prefix=KNOWN
// RUN: FileCheck %s --check-prefix=REPORT < %t.err
// KNOWN: mismatch: 1
// KNOWN: failing seeds: 29 (mismatch)
// REPORT: FAIL seed 29 (b: vector-width=1
// REPORT: (b) result #0[1, 6]: got -0.0E+0 (0x8000), want -9.184E-41 (0x8001)
// REPORT: reproducer: {{.*}}seed-29.mlir

// The reproducer prints the raw bits of every result element.
// RUN: act-opt %t/seed-29.mlir --act-cpu-pipeline="raise=0 simplify=0 commute=0 fuse=0" | \
// RUN:   mlir-runner -e main -entry-point-result=void -shared-libs=%mlir_c_runner_utils,%mlir_runner_utils | \
// RUN:   FileCheck %s --check-prefix=REPRO
// REPRO: sizes = [8, 16]
// REPRO: 32769
