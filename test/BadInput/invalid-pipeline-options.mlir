// Invalid options of act-cpu-pipeline, given as --act-cpu-pipeline="..." or
// inside --pass-pipeline: each is reported (naming the option and the value)
// and act-opt exits with status 1 before it runs anything. (Out-of-range
// vector widths: pipeline-vector-width-range.mlir.)

// DEFINE: %{status} = %python -c "import subprocess, sys; sys.exit(subprocess.run(sys.argv[1:], stderr=subprocess.DEVNULL).returncode != 1)"

// RUN: not act-opt %s --act-cpu-pipeline="vector-width=abc" -o /dev/null 2>&1 | FileCheck %s --check-prefix=WIDTH
// RUN: %{status} act-opt %s --act-cpu-pipeline="vector-width=abc" -o /dev/null
// WIDTH: for the --vector-width option: 'abc' value invalid for long argument!

// RUN: not act-opt %s --act-cpu-pipeline="no-such-option=1" -o /dev/null 2>&1 | FileCheck %s --check-prefix=UNKNOWN
// RUN: %{status} act-opt %s --act-cpu-pipeline="no-such-option=1" -o /dev/null
// UNKNOWN: no such option no-such-option

// RUN: not act-opt %s --act-cpu-pipeline="raise=maybe" -o /dev/null 2>&1 | FileCheck %s --check-prefix=BOOL
// RUN: %{status} act-opt %s --act-cpu-pipeline="raise=maybe" -o /dev/null
// BOOL: for the --raise option: 'maybe' is invalid value for boolean argument! Try 0 or 1

// RUN: not act-opt %s --act-cpu-pipeline="c-interface=2" -o /dev/null 2>&1 | FileCheck %s --check-prefix=BOOL2
// RUN: %{status} act-opt %s --act-cpu-pipeline="c-interface=2" -o /dev/null
// BOOL2: for the --c-interface option: '2' is invalid value for boolean argument! Try 0 or 1

// RUN: not act-opt %s --act-cpu-pipeline="threads=-1" -o /dev/null 2>&1 | FileCheck %s --check-prefix=THREADS
// RUN: %{status} act-opt %s --act-cpu-pipeline="threads=-1" -o /dev/null
// THREADS: for the --threads option: '-1' value invalid for uint argument!

// RUN: not act-opt %s --pass-pipeline="builtin.module(act-cpu-pipeline{vector-width=abc})" -o /dev/null 2>&1 | FileCheck %s --check-prefix=NESTED
// RUN: %{status} act-opt %s --pass-pipeline="builtin.module(act-cpu-pipeline{vector-width=abc})" -o /dev/null
// NESTED: error: failed to add `act-cpu-pipeline` with options `vector-width=abc`

// RUN: not act-opt %s --pass-pipeline="builtin.module(act-cpu-pipeline{vector-width=4)" -o /dev/null 2>&1 | FileCheck %s --check-prefix=SYNTAX
// RUN: %{status} act-opt %s --pass-pipeline="builtin.module(act-cpu-pipeline{vector-width=4)" -o /dev/null
// SYNTAX: error: missing closing '}' while processing pass options

// RUN: not act-opt %s --pass-pipeline="builtin.module(act-cpu-pipelin)" -o /dev/null 2>&1 | FileCheck %s --check-prefix=NAME
// RUN: %{status} act-opt %s --pass-pipeline="builtin.module(act-cpu-pipelin)" -o /dev/null
// NAME: error: 'act-cpu-pipelin' does not refer to a registered pass or pass pipeline

func.func @f(%x: tensor<8xf32>) -> tensor<8xf32> {
  %0 = act.relu %x : tensor<8xf32>
  return %0 : tensor<8xf32>
}
