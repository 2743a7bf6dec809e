// act-cpu-pipeline rejects vector widths outside [1, 1024] (0 means the
// native width) with a diagnostic naming the option and exit code 1. It used
// to take a negative width as "native", build vector<4294967296xf32> types
// for 2^32 and abort in the super-vectorizer for 2^63 - 1 (found by the bad
// input tests, docs/Reliability.md).


// RUN: not act-opt %s --act-cpu-pipeline="vector-width=9223372036854775807" -o /dev/null 2>&1 | FileCheck %s
// RUN: %python -c "import subprocess, sys; sys.exit(subprocess.run(sys.argv[1:], stderr=subprocess.DEVNULL).returncode != 1)" act-opt %s --act-cpu-pipeline="vector-width=9223372036854775807" -o /dev/null
// RUN: not act-opt %s --act-cpu-pipeline="vector-width=-1" -o /dev/null 2>&1 | FileCheck %s

// CHECK: error: {{.*}}vector-width

func.func @f(%x: tensor<8xf32>) -> tensor<8xf32> {
  %0 = act.relu %x : tensor<8xf32>
  return %0 : tensor<8xf32>
}
