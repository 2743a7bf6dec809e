// RUN: act-opt --help | FileCheck %s --check-prefix=HELP
// RUN: act-opt --version | FileCheck %s --check-prefix=VERSION
// RUN: not act-opt %s --act-simplify=bogus-option=1 2>&1 | FileCheck %s --check-prefix=BADOPT

// HELP: act-mlir optimizer driver
// HELP: --act-simplify
// HELP-SAME: Fold and simplify act ops with exact rewrites only

// VERSION: LLVM version 22.
// VERSION: act-mlir version {{[0-9]+\.[0-9]+\.[0-9]+}} (built against LLVM/MLIR 22.

// BADOPT: no such option bogus-option
