//===- act-lsp-server.cpp - LSP server for act IR ---------------*- C++ -*-===//
//
// Part of the act-mlir project.
//
//===----------------------------------------------------------------------===//
//
// mlir-lsp-server with the act dialect: editors (VS Code's MLIR extension,
// any LSP client) get diagnostics from the parser and the act verifiers,
// hover, go-to-definition and the other features of mlir-lsp-server on
// .mlir files that mix act with the upstream dialects.
//
//===----------------------------------------------------------------------===//

#include "act/InitAct.h"

#include "mlir/IR/DialectRegistry.h"
#include "mlir/InitAllDialects.h"
#include "mlir/InitAllExtensions.h"
#include "mlir/Tools/mlir-lsp-server/MlirLspServerMain.h"

int main(int argc, char **argv) {
  mlir::DialectRegistry registry;
  mlir::registerAllDialects(registry);
  mlir::registerAllExtensions(registry);
  mlir::act::registerActDialects(registry);
  return mlir::failed(mlir::MlirLspServerMain(argc, argv, registry)) ? 1 : 0;
}
