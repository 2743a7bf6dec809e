//===- act-plugin.cpp - act-mlir as a plugin of the stock mlir-opt --------===//
//
// Part of the act-mlir project.
//
//===----------------------------------------------------------------------===//
//
// A MODULE library that the stock `mlir-opt` of the LLVM packages loads with
//
//   mlir-opt --load-dialect-plugin=ActPlugin.so --load-pass-plugin=ActPlugin.so
//
// It links libMLIR.so like mlir-opt itself, so the process holds one copy of
// MLIR and the act dialect, passes and pipelines share mlir-opt's registries.
// The upstream passes that the pipelines nest are registered by mlir-opt.
//
//===----------------------------------------------------------------------===//

#include "act/Config.h"
#include "act/InitAct.h"

#include "mlir/Tools/Plugins/DialectPlugin.h"
#include "mlir/Tools/Plugins/PassPlugin.h"
#include "llvm/Support/Compiler.h"

using namespace mlir;

/// Registers the passes and pipelines once, whichever entry point mlir-opt
/// calls first (a plugin loaded both ways gets both calls).
static void registerActPassesAndPipelines() {
  static bool registered = [] {
    act::registerActPasses();
    act::registerActPipelines();
    return true;
  }();
  (void)registered;
}

extern "C" LLVM_ATTRIBUTE_WEAK DialectPluginLibraryInfo
mlirGetDialectPluginInfo() {
  return {MLIR_PLUGIN_API_VERSION, "ActDialect", ACT_VERSION_STRING,
          [](DialectRegistry *registry) {
            act::registerActDialects(*registry);
            // Passes too, so --load-dialect-plugin alone suffices for
            // --pass-pipeline strings naming act passes.
            registerActPassesAndPipelines();
          }};
}

extern "C" LLVM_ATTRIBUTE_WEAK PassPluginLibraryInfo mlirGetPassPluginInfo() {
  return {MLIR_PLUGIN_API_VERSION, "ActPasses", ACT_VERSION_STRING,
          []() { registerActPassesAndPipelines(); }};
}
