// The differential tester itself (utils/difftest.sh runs the real slice):
// a few seeds pass, an injected mismatch is caught, and the
// reproducer it writes runs and shows the difference. Also runs in the
// sanitizer build, where it checks the harness and the pipeline under ASan.

// REQUIRES: act-difftest, mlir-runner
// RUN: %act_difftest --seed=1 --count=12 --jobs=2 --quiet | FileCheck %s
// CHECK: act-difftest: 12 programs (seeds 1..12)
// CHECK: passed: 12
// CHECK-NOT: failing seeds

// The comparison and the reproducer, checked with a fault injected into
// what (b) computes (its first element's lowest bit is flipped): the
// mismatch is reported against the reference and against (a), and the
// reproducer, compiled and run, prints the correct element.
// RUN: rm -rf %t && not %act_difftest --seed=29 --count=1 --no-fork --inject-mismatch --repro-dir=%t 2> %t.err | FileCheck %s --check-prefix=INJECTED
// RUN: FileCheck %s --check-prefix=REPORT < %t.err
// INJECTED: mismatch: 1
// INJECTED: failing seeds: 29 (mismatch)
// REPORT: FAIL seed 29 (b: vector-width=1
// REPORT: (b) result #0[0, 0]: got 6.195E-3 (0x3bcb), want 6.165E-3 (0x3bca)
// REPORT: (a) != (b) result #0[0, 0]: 6.165E-3 (0x3bca) vs 6.195E-3 (0x3bcb)
// REPORT: reproducer: {{.*}}seed-29.mlir

// The reproducer prints the raw bits of every result element: 0x3bca first.
// RUN: act-opt %t/seed-29.mlir --act-cpu-pipeline="raise=0 simplify=0 commute=0 fuse=0" | \
// RUN:   mlir-runner -e main -entry-point-result=void -shared-libs=%mlir_c_runner_utils,%mlir_runner_utils | \
// RUN:   FileCheck %s --check-prefix=REPRO
// REPRO: sizes = [{{[0-9]+}}, 16]
// REPRO-NEXT: {{\[\[}}15306,
