//===- act-translate.cpp - act-mlir's translation driver --------*- C++ -*-===//
//
// Part of the act-mlir project.
//
//===----------------------------------------------------------------------===//
//
// mlir-translate for act-mlir's outputs: `act-opt --act-cpu-pipeline` emits
// the LLVM dialect, which `act-translate --mlir-to-llvmir` turns into LLVM IR
// for llc/clang (ahead-of-time objects) or lli.
//
//===----------------------------------------------------------------------===//

#include "act/Config.h"

#include "mlir/InitAllTranslations.h"
#include "mlir/Tools/mlir-translate/MlirTranslateMain.h"
#include "llvm/Support/CommandLine.h"
#include "llvm/Support/PrettyStackTrace.h"
#include "llvm/Support/raw_ostream.h"

int main(int argc, char **argv) {
  llvm::setBugReportMsg(
      "PLEASE report this act-translate crash at the act-mlir issue tracker "
      "with the input IR and the command line.\n");
  llvm::cl::AddExtraVersionPrinter([](llvm::raw_ostream &os) {
    os << "act-mlir version " ACT_VERSION_STRING
          " (built against LLVM/MLIR " ACT_LLVM_VERSION_STRING ")\n";
  });
  mlir::registerAllTranslations();
  return mlir::failed(
      mlir::mlirTranslateMain(argc, argv, "act-mlir translation driver\n"));
}
