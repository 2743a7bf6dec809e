//===- act-fuzz.cpp - libFuzzer target: MLIR text through the act passes --===//
//
// Part of the act-mlir project.
//
//===----------------------------------------------------------------------===//
//
// Parses the input bytes as MLIR with the dialects act-opt registers, and on
// what parses and verifies checks:
//
//  1. the printed module parses again and verifies (generic and custom
//     forms round-trip);
//  2. each act pass (act-simplify, act-sign-simplify, act-commute,
//     act-raise, convert-act-to-linalg, convert-act-to-arith) either fails
//     with a diagnostic or leaves IR that verifies;
//  3. act-cpu-pipeline, likewise, on modules of the dialects it is made for.
//
// A violated check aborts, as does any crash or sanitizer report. Errors are
// reported as diagnostics and swallowed: malformed input is the expected
// case. Build with -DACT_BUILD_FUZZERS=ON (and -DACT_ENABLE_SANITIZERS=ON);
// utils/fuzz.sh runs it on the seed corpus made from test/.
//
//===----------------------------------------------------------------------===//

#include "act/InitAct.h"
#include "act/Pipelines/Pipelines.h"

#include "mlir/Dialect/Linalg/IR/Linalg.h"
#include "mlir/Dialect/Tensor/IR/Tensor.h"
#include "mlir/IR/AsmState.h"
#include "mlir/IR/BuiltinOps.h"
#include "mlir/IR/Diagnostics.h"
#include "mlir/IR/MLIRContext.h"
#include "mlir/IR/Verifier.h"
#include "mlir/InitAllDialects.h"
#include "mlir/InitAllExtensions.h"
#include "mlir/InitAllPasses.h"
#include "mlir/Parser/Parser.h"
#include "mlir/Pass/PassInstrumentation.h"
#include "mlir/Pass/PassManager.h"
#include "llvm/Support/raw_ostream.h"

#include <cstdint>
#include <cstdio>
#include <cstdlib>

using namespace mlir;

namespace {

/// The dialect registry of act-opt, built once.
DialectRegistry &getRegistry() {
  static DialectRegistry *registry = [] {
    auto *r = new DialectRegistry();
    registerAllDialects(*r);
    registerAllExtensions(*r);
    act::registerActDialects(*r);
    return r;
  }();
  return *registry;
}

[[noreturn]] void die(const char *what, ModuleOp module,
                      const std::string &detail) {
  llvm::errs() << "act-fuzz: " << what << "\n" << detail << "\n";
  if (module)
    module->print(llvm::errs(), OpPrintingFlags().printGenericOpForm());
  llvm::errs() << "\n";
  std::abort();
}

/// Records whether a failure of a pass run came from a pass itself (a
/// diagnostic, fine) or from the verifier after a pass that succeeded (a
/// bug of that pass).
struct FailureOrigin : public PassInstrumentation {
  unsigned passFailures = 0;
  std::string lastSucceeded;
  static bool isAdaptor(Pass *pass) { return pass->getArgument().empty(); }
  void runAfterPass(Pass *pass, Operation *) override {
    if (!isAdaptor(pass))
      lastSucceeded = pass->getArgument().str();
  }
  void runAfterPassFailed(Pass *pass, Operation *) override {
    if (!isAdaptor(pass))
      ++passFailures;
  }
};

/// Runs `pipeline` on a copy of `module`; a pass may fail with a diagnostic,
/// but a pass that succeeds must leave valid IR.
void runPipeline(ModuleOp module, llvm::StringRef pipeline,
                 std::string &diagnostics) {
  OwningOpRef<ModuleOp> copy = module.clone();
  PassManager pm(module.getContext());
  pm.enableVerifier(true);
  auto origin = std::make_unique<FailureOrigin>();
  FailureOrigin *originPtr = origin.get();
  pm.addInstrumentation(std::move(origin));
  std::string parseErrors;
  llvm::raw_string_ostream os(parseErrors);
  if (failed(parsePassPipeline(pipeline, pm, os)))
    die("bad pipeline", nullptr, parseErrors);
  diagnostics.clear();
  if (succeeded(pm.run(*copy))) {
    if (failed(verify(*copy)))
      die("pipeline left invalid IR", *copy, pipeline.str());
    return;
  }
  if (originPtr->passFailures == 0)
    die("a pass produced IR that does not verify", module,
        pipeline.str() + ", after " + originPtr->lastSucceeded + ":\n" +
            diagnostics);
}

/// Whether act-cpu-pipeline is meant for `module`: ops of func, arith,
/// math, tensor, linalg and act only (the pipeline's input; other dialects
/// are out of its scope, and upstream lowerings of them are not what this
/// target tests).
bool isPipelineInput(ModuleOp module) {
  bool ok = true;
  module->walk([&](Operation *op) {
    llvm::StringRef ns = op->getName().getDialectNamespace();
    if (!(ns == "builtin" || ns == "func" || ns == "arith" || ns == "math" ||
          ns == "tensor" || ns == "linalg" || ns == "act"))
      ok = false;
  });
  return ok;
}

/// Inputs that crash upstream MLIR 22 in code act-mlir does not own
/// (docs/Reliability.md lists them): skipped, so that the fuzzer keeps
/// looking for act-mlir's bugs.
bool hitsKnownUpstreamCrash(llvm::StringRef text) {
  // The custom parsers of linalg.transpose and linalg.broadcast crash
  // (null attribute) when `permutation =` / `dimensions =` is not followed
  // by a valid `[...]` list.
  for (llvm::StringRef keyword : {"permutation", "dimensions"}) {
    size_t pos = 0;
    while ((pos = text.find(keyword, pos)) != llvm::StringRef::npos) {
      llvm::StringRef rest = text.drop_front(pos + keyword.size()).ltrim();
      if (rest.consume_front("=")) {
        rest = rest.ltrim();
        if (!rest.starts_with("["))
          return true;
        // Only integers, commas and spaces up to the closing bracket.
        size_t close = rest.find(']');
        if (close == llvm::StringRef::npos ||
            rest.substr(1, close - 1).find_first_not_of("0123456789, -") !=
                llvm::StringRef::npos)
          return true;
      }
      pos += keyword.size();
    }
  }
  return false;
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv) {
  registerAllPasses();
  act::registerActPasses();
  act::registerActPipelines();
  getRegistry();
  return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  // Very large inputs only slow the search down.
  if (size > 1 << 16)
    return 0;
  // MLIR's lexer expects the NUL that ends a std::string (the fuzzer's
  // buffer has none).
  const std::string source(reinterpret_cast<const char *>(data), size);
  llvm::StringRef text(source);
  if (hitsKnownUpstreamCrash(text))
    return 0;
  MLIRContext context(getRegistry(), MLIRContext::Threading::DISABLED);
  std::string diagnostics;
  ScopedDiagnosticHandler handler(&context, [&](Diagnostic &d) {
    llvm::raw_string_ostream os(diagnostics);
    os << d << "\n";
    return success();
  });
  ParserConfig config(&context);
  OwningOpRef<ModuleOp> module = parseSourceString<ModuleOp>(text, config);
  if (!module || failed(verify(*module)))
    return 0;

  // 1. Round trip through both printed forms.
  for (bool generic : {false, true}) {
    std::string printed;
    llvm::raw_string_ostream os(printed);
    OpPrintingFlags flags;
    if (generic)
      flags.printGenericOpForm();
    module->print(os, flags);
    diagnostics.clear();
    OwningOpRef<ModuleOp> again =
        parseSourceString<ModuleOp>(printed, ParserConfig(&context));
    if (!again)
      die(generic ? "generic form does not parse again"
                  : "custom form does not parse again",
          *module, printed + "\n" + diagnostics);
    if (failed(verify(*again)))
      die("printed module does not verify again", *module, printed);
  }

  // 2. The act passes, one at a time.
  static const char *const kPasses[] = {"func.func(act-simplify)",
                                        "act-sign-simplify",
                                        "func.func(act-commute)",
                                        "func.func(act-raise)",
                                        "func.func(convert-act-to-linalg)",
                                        "convert-act-to-arith",
                                        "func.func(act-fuse)"};
  for (const char *pass : kPasses)
    runPipeline(*module, pass, diagnostics);

  // 3. The CPU pipeline.
  if (isPipelineInput(*module))
    runPipeline(*module, "act-cpu-pipeline", diagnostics);
  return 0;
}
