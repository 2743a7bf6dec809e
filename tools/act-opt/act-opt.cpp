//===- act-opt.cpp - the act-mlir optimizer driver --------------*- C++ -*-===//
//
// Part of the act-mlir project.
//
//===----------------------------------------------------------------------===//
//
// An mlir-opt with the act dialect, its passes and pipelines, and the
// upstream dialects and passes that surround activations in real programs.
//
//===----------------------------------------------------------------------===//

#include "act/Config.h"
#include "act/InitAct.h"

#include "mlir/IR/DialectRegistry.h"
#include "mlir/InitAllDialects.h"
#include "mlir/InitAllExtensions.h"
#include "mlir/InitAllPasses.h"
#include "mlir/Tools/mlir-opt/MlirOptMain.h"
#include "llvm/Support/CommandLine.h"
#include "llvm/Support/PrettyStackTrace.h"
#include "llvm/Support/raw_ostream.h"

int main(int argc, char **argv) {
  llvm::setBugReportMsg(
      "PLEASE report this act-opt crash at the act-mlir issue tracker with "
      "the input IR and the command line (act-reduce can shrink the input).\n");
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

  return mlir::asMainReturnCode(mlir::MlirOptMain(
      argc, argv, "act-mlir optimizer driver\n", registry));
}
