//===- act-reduce.cpp - test-case reducer for act IR ------------*- C++ -*-===//
//
// Part of the act-mlir project.
//
//===----------------------------------------------------------------------===//
//
// mlir-reduce with the act dialect, its passes and the upstream dialects and
// passes: shrinks an input that makes act-opt crash or miscompile while an
// "interestingness" script keeps reporting the problem, e.g.
//
//   act-reduce bug.mlir \
//     --reduction-tree='traversal-mode=0 test=./still-fails.sh'
//
// The script gets the candidate file as its argument and exits with 1 when
// the candidate is still interesting (mlir-reduce's convention), 0 when not.
// act and upstream passes can serve as reductions too
// (--opt-reduction-pass='opt-pass=... test=...').
//
// The act dialect registers no reduction patterns: with patterns that
// rewrite ops inside function bodies, the reduction tree of MLIR 22 expands
// nodes whose module it has already released and crashes.
//
//===----------------------------------------------------------------------===//

#include "act/Config.h"
#include "act/InitAct.h"

#include "mlir/IR/DialectRegistry.h"
#include "mlir/IR/MLIRContext.h"
#include "mlir/InitAllDialects.h"
#include "mlir/InitAllExtensions.h"
#include "mlir/InitAllPasses.h"
#include "mlir/Tools/mlir-reduce/MlirReduceMain.h"
#include "llvm/Support/CommandLine.h"
#include "llvm/Support/raw_ostream.h"

int main(int argc, char **argv) {
  llvm::cl::AddExtraVersionPrinter([](llvm::raw_ostream &os) {
    os << "act-mlir version " ACT_VERSION_STRING
          " (built against LLVM/MLIR " ACT_LLVM_VERSION_STRING ")\n";
  });

  mlir::registerAllPasses();
  mlir::act::registerActPasses();
  mlir::act::registerActPipelines();

  mlir::DialectRegistry registry;
  mlir::registerAllDialects(registry);
  mlir::registerAllExtensions(registry);
  mlir::act::registerActDialects(registry);

  mlir::MLIRContext context(registry);
  return mlir::failed(mlir::mlirReduceMain(argc, argv, context)) ? 1 : 0;
}
