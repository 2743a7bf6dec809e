// Open bug (docs/Reliability.md, "Known bugs"): act-cpu-pipeline does not
// check the range of `vector-width`. A negative width is silently taken as
// "native", 2^32 lanes make vector<4294967296xf32> types, and 2^63 - 1
// aborts in the super-vectorizer ("LLVM ERROR: SmallVector unable to
// grow") instead of reporting the option. Widths should be 0 (native) or 1
// to a sane maximum, with a diagnostic otherwise (as act-gpu-pipeline
// reports its invalid options when it runs).

// XFAIL: *
// RUN: not act-opt %s --act-cpu-pipeline="vector-width=9223372036854775807" -o /dev/null 2>&1 | FileCheck %s
// RUN: %python -c "import subprocess, sys; sys.exit(subprocess.run(sys.argv[1:], stderr=subprocess.DEVNULL).returncode != 1)" act-opt %s --act-cpu-pipeline="vector-width=9223372036854775807" -o /dev/null
// RUN: not act-opt %s --act-cpu-pipeline="vector-width=-1" -o /dev/null 2>&1 | FileCheck %s

// CHECK: error: {{.*}}vector-width

func.func @f(%x: tensor<8xf32>) -> tensor<8xf32> {
  %0 = act.relu %x : tensor<8xf32>
  return %0 : tensor<8xf32>
}
