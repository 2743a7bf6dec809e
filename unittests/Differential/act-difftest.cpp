//===- act-difftest.cpp - differential testing of act-cpu-pipeline --------===//
//
// Part of the act-mlir project.
//
//===----------------------------------------------------------------------===//
//
// For every seed: generate a random act program (Generator.h) and random
// inputs (special values, small integers, break points of the activations,
// random bit patterns), compile it twice through act-cpu-pipeline,
//
//   (a) without act rewrites: raise=0 simplify=0 commute=0 fuse=0, and
//   (b) with the full pipeline, under randomly chosen options
//       (vector width, epilogue fusion, LLVM optimization level),
//
// JIT-execute both, and compare every result element with the reference
// interpreter (Interpreter.h): bit for bit for exact programs, within the
// ULP bounds of docs/Numerics.md for transcendental ones; (a) and (b) must
// also agree bit for bit unless (b) folds a transcendental op on constants.
//
// Each program runs in a forked child (a crash, a hang or an LLVM fatal
// error is a finding, not the end of the run). A failing seed is replayed
// with --seed=N --count=1 --no-fork, and --repro-dir writes a runnable
// reproducer (the program, its inputs and the reference result) for a lit
// regression test.
//
//===----------------------------------------------------------------------===//

#include "Generator.h"
#include "Interpreter.h"

#include "act/InitAct.h"
#include "act/Pipelines/Pipelines.h"

#include "mlir/Dialect/Func/IR/FuncOps.h"
#include "mlir/ExecutionEngine/ExecutionEngine.h"
#include "mlir/ExecutionEngine/OptUtils.h"
#include "mlir/IR/BuiltinOps.h"
#include "mlir/IR/Diagnostics.h"
#include "mlir/IR/MLIRContext.h"
#include "mlir/InitAllDialects.h"
#include "mlir/InitAllExtensions.h"
#include "mlir/InitAllPasses.h"
#include "mlir/Parser/Parser.h"
#include "mlir/Pass/PassManager.h"
#include "mlir/Target/LLVMIR/Dialect/All.h"
#include "llvm/Support/CommandLine.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/InitLLVM.h"
#include "llvm/Support/TargetSelect.h"
#include "llvm/Support/raw_ostream.h"

#include <chrono>
#include <cstdlib>
#include <cstring>
#include <map>
#include <random>
#include <set>
#include <sys/wait.h>
#include <unistd.h>

using namespace mlir;
using namespace mlir::act::difftest;
using llvm::APFloat;
using llvm::APInt;

namespace cl = llvm::cl;

static cl::opt<uint64_t> firstSeed("seed", cl::desc("First seed"), cl::init(1));
static cl::opt<uint64_t> count("count", cl::desc("Number of programs"),
                               cl::init(100));
static cl::opt<double>
    timeBudget("time-budget",
               cl::desc("Stop starting programs after this many seconds "
                        "(0: no limit)"),
               cl::init(0));
static cl::opt<unsigned> jobs("jobs", cl::desc("Programs run at once (forked)"),
                              cl::init(1));
static cl::opt<bool> noFork("no-fork", cl::desc("Run programs in this process"),
                            cl::init(false));
static cl::opt<unsigned>
    timeout("timeout", cl::desc("Seconds one program may take (forked)"),
            cl::init(120));
static cl::opt<std::string>
    reproDir("repro-dir",
             cl::desc("Write a runnable reproducer for every failing seed"),
             cl::init(""));
static cl::opt<bool> printPrograms("print", cl::desc("Print every program"),
                                   cl::init(false));
static cl::opt<unsigned> maxNodes("max-nodes", cl::desc("DAG nodes at most"),
                                  cl::init(10));
static cl::opt<unsigned>
    maxTranscendental("max-transcendental",
                      cl::desc("Transcendental act ops per program at most"),
                      cl::init(3));
static cl::opt<unsigned>
    integerPercent("integer-percent",
                   cl::desc("Percentage of programs on integer elements"),
                   cl::init(10));
static cl::opt<std::string>
    runnerUtils("shared-libs",
                cl::desc("Runtime library of the lowered code (memrefCopy)"),
                cl::init(ACT_DIFFTEST_C_RUNNER_UTILS));
static cl::opt<bool> injectMismatch(
    "inject-mismatch",
    cl::desc("Flip the lowest bit of the first element (b) computes: a "
             "self-test of the comparison and the reproducers"),
    cl::init(false), cl::Hidden);
static cl::opt<bool> quiet("quiet",
                           cl::desc("Print only failures and the "
                                    "summary"),
                           cl::init(false));

namespace {

/// What one program reports, written out at once (children run in
/// parallel).
std::string reportBuffer;
llvm::raw_string_ostream reportOS(reportBuffer);

void flushReport() {
  reportOS.flush();
  if (reportBuffer.empty())
    return;
  llvm::errs() << reportBuffer;
  llvm::errs().flush();
  reportBuffer.clear();
}

enum Status : int {
  Passed = 0,
  Mismatch = 1,
  CompileFailure = 2,
  HarnessError = 3, // generator or interpreter bug
};

/// Counters a child reports to the parent through a pipe.
struct Stats {
  uint64_t elementsChecked = 0;
  uint64_t elementsUnknown = 0;
  uint64_t elementsInexact = 0;
};

/// The per-seed compilation choices of the optimized pipeline (b).
struct Config {
  int64_t vectorWidth = 0;
  bool fuseEpilogue = false;
  bool approximateMath = true;
  unsigned llvmOptLevel = 0;

  std::string pipelineOptions() const {
    std::string s = "vector-width=" + std::to_string(vectorWidth);
    if (fuseEpilogue)
      s += " fuse-epilogue=1";
    if (!approximateMath)
      s += " approximate-math=0";
    return s;
  }
};

Config chooseConfig(std::mt19937_64 &rng, const Program &program) {
  Config c;
  static const int64_t kWidths[] = {0, 0, 1, 4, 8, 16};
  c.vectorWidth = kWidths[rng() % std::size(kWidths)];
  c.fuseEpilogue = rng() % 3 == 0;
  c.approximateMath = rng() % 5 != 0;
  c.llvmOptLevel = rng() % 2 ? 2 : 0;
  return c;
}

/// A random element: special values, break points of the activations,
/// small values, random bit patterns.
uint64_t randomElement(std::mt19937_64 &rng, const ElementInfo &e) {
  uint64_t choice = rng() % 100;
  if (!e.isFloat()) {
    uint64_t raw;
    if (choice < 30) {
      static const int64_t kInts[] = {0, 1, -1, 5, -5, 6, -6, 127, -128, 1000};
      raw = static_cast<uint64_t>(kInts[rng() % std::size(kInts)]);
    } else if (choice < 70) {
      raw = static_cast<uint64_t>(static_cast<int64_t>(rng() % 41) - 20);
    } else {
      raw = rng();
    }
    return APInt(64, raw).trunc(e.bits).getZExtValue();
  }
  const llvm::fltSemantics &s = *e.semantics;
  auto raw = [](const APFloat &v) { return v.bitcastToAPInt().getZExtValue(); };
  if (choice < 15) {
    bool neg = rng() % 2;
    switch (rng() % 7) {
    case 0:
      return raw(APFloat::getZero(s, neg));
    case 1:
      return raw(APFloat::getInf(s, neg));
    case 2:
      return raw(APFloat::getQNaN(s, neg));
    case 3:
      return raw(APFloat::getSmallest(s, neg));
    case 4:
      return raw(APFloat::getSmallestNormalized(s, neg));
    case 5:
      return raw(APFloat::getLargest(s, neg));
    default: {
      // A NaN with a payload.
      APInt payload(e.bits, rng() | 1);
      return raw(APFloat::getSNaN(s, neg, &payload));
    }
    }
  }
  double d;
  if (choice < 35) {
    static const double kBreakPoints[] = {-3.0, 3.0,  0.5,  -0.5, 1.0,
                                          -1.0, 6.0,  -6.0, 20.0, -20.0,
                                          2.0,  -1.5, 0.25};
    d = kBreakPoints[rng() % std::size(kBreakPoints)];
  } else if (choice < 50) {
    d = static_cast<double>(static_cast<int64_t>(rng() % 21) - 10);
  } else if (choice < 85) {
    d = std::ldexp(static_cast<double>(rng() % (1 << 20)) / (1 << 20), 4) -
        8.0; // [-8, 8)
  } else {
    return APInt(64, rng()).trunc(e.bits).getZExtValue();
  }
  APFloat v(d);
  bool losesInfo;
  v.convert(s, APFloat::rmNearestTiesToEven, &losesInfo);
  return raw(v);
}

unsigned elementBytes(const ElementInfo &e) { return (e.bits + 7) / 8; }

/// A memref descriptor {allocated, aligned, offset, sizes, strides}.
std::vector<int64_t> descriptor(void *data, const std::vector<int64_t> &shape) {
  std::vector<int64_t> d = {reinterpret_cast<int64_t>(data),
                            reinterpret_cast<int64_t>(data), 0};
  for (int64_t s : shape)
    d.push_back(s);
  int64_t stride = 1;
  std::vector<int64_t> strides(shape.size());
  for (int64_t i = static_cast<int64_t>(shape.size()) - 1; i >= 0; --i) {
    strides[i] = stride;
    stride *= shape[i];
  }
  d.insert(d.end(), strides.begin(), strides.end());
  return d;
}

struct Compiled {
  std::vector<Buffer> results;
  std::string error; // non-empty: compilation or execution failed
};

/// Compiles `source` with act-cpu-pipeline{options} and runs @f on `args`.
Compiled compileAndRun(MLIRContext &context, const std::string &source,
                       const std::string &options, unsigned llvmOptLevel,
                       const std::vector<Buffer> &args) {
  Compiled out;
  std::string diagnostics;
  llvm::raw_string_ostream diagOS(diagnostics);
  ScopedDiagnosticHandler handler(&context, [&](Diagnostic &d) {
    diagOS << d.getLocation() << ": " << d << "\n";
    return success();
  });
  OwningOpRef<ModuleOp> module = parseSourceString<ModuleOp>(source, &context);
  if (!module) {
    out.error = "parse error: " + diagnostics;
    return out;
  }
  auto func = module->lookupSymbol<func::FuncOp>("f");
  FunctionType type = func.getFunctionType();
  PassManager pm(&context);
  std::string pipeline = "act-cpu-pipeline{" + options + "}";
  if (failed(parsePassPipeline(pipeline, pm, diagOS))) {
    out.error = "bad pipeline: " + diagnostics;
    return out;
  }
  if (failed(pm.run(*module))) {
    out.error = "act-cpu-pipeline{" + options + "} failed:\n" + diagnostics;
    return out;
  }
  if (getenv("ACT_DIFFTEST_DUMP"))
    module->print(reportOS);
  auto transformer = makeOptimizingTransformer(llvmOptLevel, 0, nullptr);
  ExecutionEngineOptions engineOptions;
  engineOptions.transformer = transformer;
  SmallVector<StringRef, 1> sharedLibs;
  if (!runnerUtils.empty())
    sharedLibs.push_back(runnerUtils);
  engineOptions.sharedLibPaths = sharedLibs;
  auto engine = ExecutionEngine::create(*module, engineOptions);
  if (!engine) {
    out.error =
        "JIT: " + llvm::toString(engine.takeError()) + "\n" + diagnostics;
    return out;
  }

  // Inputs: contiguous buffers (at least one byte, so pointers differ).
  std::vector<std::vector<uint8_t>> storage;
  std::vector<std::vector<int64_t>> descriptors;
  std::set<int64_t> inputPointers;
  for (const Buffer &b : args) {
    auto t = cast<RankedTensorType>(type.getInput(storage.size()));
    ElementInfo e = *ElementInfo::get(t.getElementType());
    unsigned bytes = elementBytes(e);
    std::vector<uint8_t> data(std::max<size_t>(1, b.data.size() * bytes));
    for (size_t i = 0; i < b.data.size(); ++i)
      std::memcpy(&data[i * bytes], &b.data[i], bytes);
    storage.push_back(std::move(data));
    descriptors.push_back(descriptor(storage.back().data(), b.shape));
    inputPointers.insert(reinterpret_cast<int64_t>(storage.back().data()));
  }
  size_t resultWords = 0;
  for (Type t : type.getResults())
    resultWords += 3 + 2 * cast<RankedTensorType>(t).getRank();
  std::vector<int64_t> resultStorage(resultWords, 0);
  std::vector<void *> pointers;
  pointers.push_back(resultStorage.data());
  for (auto &d : descriptors)
    pointers.push_back(d.data());
  std::vector<void *> packed;
  for (void *&p : pointers)
    packed.push_back(&p);
  if (llvm::Error error = (*engine)->invokePacked("_mlir_ciface_f", packed)) {
    out.error = "invoke: " + llvm::toString(std::move(error));
    return out;
  }

  size_t offset = 0;
  std::set<int64_t> allocations;
  for (Type t : type.getResults()) {
    auto tensorType = cast<RankedTensorType>(t);
    ElementInfo e = *ElementInfo::get(tensorType.getElementType());
    unsigned bytes = elementBytes(e);
    int64_t rank = tensorType.getRank();
    const int64_t *d = &resultStorage[offset];
    offset += 3 + 2 * rank;
    Buffer b;
    b.shape.assign(d + 3, d + 3 + rank);
    int64_t n = 1;
    for (int64_t s : b.shape)
      n *= s;
    const uint8_t *base = reinterpret_cast<const uint8_t *>(d[1]);
    for (int64_t linear = 0; linear < n; ++linear) {
      int64_t rest = linear, element = d[2];
      for (int64_t i = rank - 1; i >= 0; --i) {
        element += (rest % b.shape[i]) * d[3 + rank + i];
        rest /= b.shape[i];
      }
      uint64_t raw = 0;
      std::memcpy(&raw, base + element * bytes, bytes);
      b.data.push_back(raw);
    }
    out.results.push_back(std::move(b));
    allocations.insert(d[0]);
  }
  // Result buffers the function allocated belong to the caller (once, even
  // when returned twice); views of arguments and constants (allocated
  // pointer 0xdeadbeef) do not.
  for (int64_t allocated : allocations)
    if (allocated && allocated != 0xdeadbeef && !inputPointers.count(allocated))
      std::free(reinterpret_cast<void *>(allocated));
  return out;
}

std::string formatIndex(const std::vector<int64_t> &shape, size_t linear) {
  std::vector<int64_t> idx(shape.size());
  for (int64_t i = static_cast<int64_t>(shape.size()) - 1; i >= 0; --i) {
    idx[i] = shape[i] ? linear % shape[i] : 0;
    linear = shape[i] ? linear / shape[i] : 0;
  }
  std::string s = "[";
  for (size_t i = 0; i < idx.size(); ++i)
    s += (i ? ", " : "") + std::to_string(idx[i]);
  return s + "]";
}

std::string formatShape(const std::vector<int64_t> &shape) {
  std::string s;
  for (int64_t d : shape)
    s += std::to_string(d) + "x";
  return s.empty() ? "scalar" : s.substr(0, s.size() - 1);
}

/// A dense literal of raw element bits (hexadecimal for floats).
std::string denseLiteral(const ElementInfo &e, const Buffer &b) {
  std::string s;
  size_t next = 0;
  std::function<void(size_t)> emit = [&](size_t dim) {
    if (dim == b.shape.size()) {
      char buffer[32];
      if (e.isFloat())
        std::snprintf(buffer, sizeof buffer, "0x%0*llX",
                      static_cast<int>(e.bits / 4),
                      static_cast<unsigned long long>(b.data[next++]));
      else
        std::snprintf(buffer, sizeof buffer, "%lld",
                      static_cast<long long>(e.key(b.data[next++])));
      s += buffer;
      return;
    }
    s += "[";
    for (int64_t i = 0; i < b.shape[dim]; ++i) {
      if (i)
        s += ", ";
      emit(dim + 1);
    }
    s += "]";
  };
  emit(0);
  return s;
}

std::string staticType(const ElementInfo &e, Type elementType,
                       const std::vector<int64_t> &shape) {
  std::string s;
  llvm::raw_string_ostream os(s);
  os << "tensor<";
  for (int64_t d : shape)
    os << d << "x";
  os << elementType << ">";
  (void)e;
  return s;
}

/// A reproducer: the program, and a @main that calls it on the failing
/// inputs and prints the raw bits of every result element (printMemrefI64),
/// with the reference result as comments.
void writeReproducer(const Program &program, func::FuncOp func,
                     const std::vector<Buffer> &args,
                     const std::vector<IntervalBuffer> &reference,
                     const std::string &what) {
  std::string path =
      reproDir + "/seed-" + std::to_string(program.seed) + ".mlir";
  std::error_code ec;
  llvm::raw_fd_ostream os(path, ec);
  if (ec) {
    reportOS << "cannot write " << path << ": " << ec.message() << "\n";
    return;
  }
  os << "// act-difftest --seed=" << program.seed << " --count=1\n";
  for (llvm::StringRef line : llvm::split(what, '\n'))
    if (!line.empty())
      os << "// " << line << "\n";
  os << "// Run: act-opt FILE --act-cpu-pipeline[=...] | mlir-runner -e main "
        "-entry-point-result=void -shared-libs=...\n\n";
  os << program.source << "\n";
  os << "func.func private @printMemrefI64(tensor<*xi64>)\n\n";
  os << "func.func @main() {\n";
  FunctionType type = func.getFunctionType();
  std::string callArgs, callTypes;
  for (size_t i = 0; i < args.size(); ++i) {
    auto t = cast<RankedTensorType>(type.getInput(i));
    ElementInfo e = *ElementInfo::get(t.getElementType());
    std::string st = staticType(e, t.getElementType(), args[i].shape);
    os << "  %in" << i << " = arith.constant dense<" << denseLiteral(e, args[i])
       << "> : " << st << "\n";
    std::string argType;
    llvm::raw_string_ostream ts(argType);
    ts << t;
    os << "  %arg" << i << " = tensor.cast %in" << i << " : " << st << " to "
       << argType << "\n";
    callArgs += (i ? ", " : "") + ("%arg" + std::to_string(i));
    callTypes += (i ? ", " : "") + argType;
  }
  std::string resultTypes;
  for (size_t i = 0; i < type.getNumResults(); ++i) {
    llvm::raw_string_ostream rs(resultTypes);
    rs << (i ? ", " : "") << type.getResult(i);
  }
  os << "  %r:" << type.getNumResults() << " = call @f(" << callArgs << ") : ("
     << callTypes << ") -> (" << resultTypes << ")\n";
  for (size_t i = 0; i < type.getNumResults(); ++i) {
    auto t = cast<RankedTensorType>(type.getResult(i));
    ElementInfo e = *ElementInfo::get(t.getElementType());
    std::string shapePrefix;
    for (int64_t d : t.getShape())
      shapePrefix +=
          (ShapedType::isDynamic(d) ? std::string("?") : std::to_string(d)) +
          "x";
    std::string intType =
        "tensor<" + shapePrefix + "i" + std::to_string(e.bits) + ">";
    std::string i64Type = "tensor<" + shapePrefix + "i64>";
    std::string bits = "%r#" + std::to_string(i);
    if (e.isFloat()) {
      os << "  %bits" << i << " = arith.bitcast %r#" << i << " : " << t
         << " to " << intType << "\n";
      bits = "%bits" + std::to_string(i);
    }
    if (e.bits != 64) {
      os << "  %wide" << i << " = arith.extui " << bits << " : " << intType
         << " to " << i64Type << "\n";
      bits = "%wide" + std::to_string(i);
    }
    os << "  %u" << i << " = tensor.cast " << bits << " : " << i64Type
       << " to tensor<*xi64>\n";
    os << "  call @printMemrefI64(%u" << i << ") : (tensor<*xi64>) -> ()\n";
  }
  os << "  return\n}\n\n";
  for (size_t i = 0; i < reference.size(); ++i) {
    os << "// Reference result #" << i << ":\n";
    for (size_t k = 0; k < reference[i].data.size(); ++k)
      os << "//   " << formatIndex(reference[i].shape, k) << " "
         << describe(reference[i].element, reference[i].data[k]) << "\n";
  }
  reportOS << "  reproducer: " << path << "\n";
}

/// Runs one seed; prints what went wrong.
Status runOne(const Program &program, Stats &stats) {
  std::mt19937_64 rng(program.seed * 0x9E3779B97F4A7C15ull + 12345);
  Config config = chooseConfig(rng, program);

  DialectRegistry registry;
  registerAllDialects(registry);
  registerAllExtensions(registry);
  registerAllToLLVMIRTranslations(registry);
  act::registerActDialects(registry);
  MLIRContext context(registry, MLIRContext::Threading::DISABLED);
  context.loadAllAvailableDialects();

  std::string diagnostics;
  llvm::raw_string_ostream diagOS(diagnostics);
  OwningOpRef<ModuleOp> module;
  {
    ScopedDiagnosticHandler handler(&context, [&](Diagnostic &d) {
      diagOS << d.getLocation() << ": " << d << "\n";
      return success();
    });
    module = parseSourceString<ModuleOp>(program.source, &context);
  }
  auto header = [&] {
    return "seed " + std::to_string(program.seed) +
           " (b: " + config.pipelineOptions() + ", LLVM -O" +
           std::to_string(config.llvmOptLevel) + ")";
  };
  if (!module) {
    reportOS << "FAIL " << header() << ": generated program does not "
             << "parse\n"
             << diagnostics << program.source;
    return HarnessError;
  }
  auto func = module->lookupSymbol<func::FuncOp>("f");

  std::vector<Buffer> args;
  for (size_t i = 0; i < program.argShapes.size(); ++i) {
    auto t = cast<RankedTensorType>(func.getFunctionType().getInput(i));
    ElementInfo e = *ElementInfo::get(t.getElementType());
    Buffer b;
    b.shape = program.argShapes[i];
    int64_t n = 1;
    for (int64_t d : b.shape)
      n *= d;
    for (int64_t k = 0; k < n; ++k)
      b.data.push_back(randomElement(rng, e));
    args.push_back(std::move(b));
  }

  std::vector<IntervalBuffer> reference;
  std::string error;
  if (!interpret(func, args, reference, error)) {
    reportOS << "FAIL " << header() << ": interpreter: " << error << "\n"
             << program.source;
    return HarnessError;
  }

  Compiled a = compileAndRun(context, program.source,
                             "raise=0 simplify=0 commute=0 fuse=0", 0, args);
  Compiled b = compileAndRun(context, program.source, config.pipelineOptions(),
                             config.llvmOptLevel, args);
  if (injectMismatch)
    for (Buffer &result : b.results)
      if (!result.data.empty()) {
        result.data.front() ^= 1;
        break;
      }
  std::string report;
  llvm::raw_string_ostream rs(report);
  Status status = Passed;
  for (auto [name, compiled] :
       {std::pair<const char *, Compiled *>{"(a)", &a}, {"(b)", &b}}) {
    if (!compiled->error.empty()) {
      rs << name << " " << compiled->error << "\n";
      status = CompileFailure;
    }
  }
  auto check = [&](const char *name, const Compiled &c) {
    if (!c.error.empty())
      return;
    unsigned shown = 0;
    for (size_t r = 0; r < reference.size(); ++r) {
      const IntervalBuffer &want = reference[r];
      const Buffer &got = c.results[r];
      if (got.shape != want.shape) {
        rs << name << " result #" << r << ": shape " << formatShape(got.shape)
           << ", want " << formatShape(want.shape) << "\n";
        status = Mismatch;
        continue;
      }
      for (size_t k = 0; k < want.data.size(); ++k) {
        ++stats.elementsChecked;
        if (want.data[k].unknown)
          ++stats.elementsUnknown;
        else if (!want.data[k].isPoint())
          ++stats.elementsInexact;
        if (accepts(want.element, want.data[k], got.data[k]))
          continue;
        status = Mismatch;
        if (++shown <= 5)
          rs << name << " result #" << r << formatIndex(want.shape, k)
             << ": got " << want.element.format(got.data[k]) << ", want "
             << describe(want.element, want.data[k]) << "\n";
      }
    }
  };
  check("(a)", a);
  check("(b)", b);
  if (a.error.empty() && b.error.empty() && program.bitwiseAcrossPipelines &&
      config.approximateMath) {
    unsigned shown = 0;
    for (size_t r = 0; r < reference.size(); ++r) {
      const ElementInfo &e = reference[r].element;
      for (size_t k = 0;
           k < a.results[r].data.size() && k < b.results[r].data.size(); ++k) {
        uint64_t x = a.results[r].data[k], y = b.results[r].data[k];
        if (x == y || (e.isNaN(x) && e.isNaN(y)) ||
            reference[r].data[k].unknown)
          continue;
        status = Mismatch;
        if (++shown <= 5)
          rs << "(a) != (b) result #" << r << formatIndex(reference[r].shape, k)
             << ": " << e.format(x) << " vs " << e.format(y) << "\n";
      }
    }
  }
  if (status != Passed) {
    reportOS << "FAIL " << header() << "\n" << report << program.source;
    reportOS << "inputs:\n";
    for (size_t i = 0; i < args.size(); ++i) {
      auto t = cast<RankedTensorType>(func.getFunctionType().getInput(i));
      ElementInfo e = *ElementInfo::get(t.getElementType());
      reportOS << "  %a" << i << " " << formatIndex(args[i].shape, 0) << ":";
      for (size_t k = 0; k < args[i].data.size() && k < 16; ++k)
        reportOS << " " << e.format(args[i].data[k]);
      reportOS << (args[i].data.size() > 16 ? " ..." : "") << "\n";
    }
    if (!reproDir.empty())
      writeReproducer(program, func, args, reference, header() + "\n" + report);
  }
  return status;
}

} // namespace

int main(int argc, char **argv) {
  llvm::InitLLVM initLLVM(argc, argv);
  cl::ParseCommandLineOptions(argc, argv,
                              "act-mlir differential tester: random act "
                              "programs through act-cpu-pipeline vs the "
                              "reference semantics\n");
  llvm::InitializeNativeTarget();
  llvm::InitializeNativeTargetAsmPrinter();
  registerAllPasses();
  act::registerActPasses();
  act::registerActPipelines();
  if (!reproDir.empty())
    llvm::sys::fs::create_directories(reproDir);

  GeneratorOptions generatorOptions;
  generatorOptions.maxNodes = maxNodes;
  generatorOptions.maxTranscendental = maxTranscendental;
  generatorOptions.integerPercent = integerPercent;

  auto start = std::chrono::steady_clock::now();
  std::map<std::string, uint64_t> outcomes;
  std::map<std::string, uint64_t> features;
  std::map<uint64_t, std::string> failures;
  Stats total;
  uint64_t tried = 0;
  auto record = [&](uint64_t seed, const std::string &outcome,
                    const Stats &stats) {
    ++outcomes[outcome];
    total.elementsChecked += stats.elementsChecked;
    total.elementsUnknown += stats.elementsUnknown;
    total.elementsInexact += stats.elementsInexact;
    if (outcome != "passed")
      failures[seed] = outcome;
    else if (!quiet)
      llvm::outs() << "seed " << seed << ": passed\n";
  };
  auto statusName = [](int status) -> std::string {
    switch (status) {
    case Passed:
      return "passed";
    case Mismatch:
      return "mismatch";
    case CompileFailure:
      return "compile failure";
    case HarnessError:
      return "harness error";
    default:
      return "crash (exit " + std::to_string(status) + ")";
    }
  };

  struct Child {
    uint64_t seed;
    int fd;
  };
  std::map<pid_t, Child> running;
  // Waits for one child and records its outcome.
  auto reap = [&] {
    int wstatus = 0;
    pid_t pid = waitpid(-1, &wstatus, 0);
    auto it = running.find(pid);
    if (pid <= 0 || it == running.end())
      return;
    Child child = it->second;
    running.erase(it);
    Stats stats;
    if (read(child.fd, &stats, sizeof stats) != sizeof stats)
      stats = Stats();
    close(child.fd);
    std::string outcome;
    if (WIFEXITED(wstatus)) {
      outcome = statusName(WEXITSTATUS(wstatus));
    } else if (WIFSIGNALED(wstatus)) {
      int sig = WTERMSIG(wstatus);
      outcome = sig == SIGALRM ? std::string("timeout")
                               : "crash (" + std::string(strsignal(sig)) + ")";
      Program program = generateProgram(child.seed, generatorOptions);
      llvm::errs() << "FAIL seed " << child.seed << ": " << outcome << "\n"
                   << program.source;
    }
    record(child.seed, outcome, stats);
  };

  for (uint64_t seed = firstSeed; seed < firstSeed + count; ++seed) {
    double elapsed =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - start)
            .count();
    if (timeBudget > 0 && elapsed > timeBudget)
      break;
    Program program = generateProgram(seed, generatorOptions);
    for (const std::string &f : program.features)
      ++features[f];
    if (printPrograms)
      llvm::outs() << "// seed " << seed << "\n" << program.source << "\n";
    ++tried;
    if (noFork) {
      Stats stats;
      Status status = runOne(program, stats);
      flushReport();
      record(seed, statusName(status), stats);
      continue;
    }
    while (running.size() >= std::max(1u, unsigned(jobs)))
      reap();
    int fds[2];
    if (pipe(fds) != 0) {
      perror("pipe");
      return 2;
    }
    llvm::outs().flush();
    llvm::errs().flush();
    pid_t pid = fork();
    if (pid == 0) {
      close(fds[0]);
      alarm(timeout);
      Stats stats;
      Status status = runOne(program, stats);
      flushReport();
      ssize_t written = write(fds[1], &stats, sizeof stats);
      (void)written;
      _exit(status);
    }
    close(fds[1]);
    running[pid] = {seed, fds[0]};
  }
  while (!running.empty())
    reap();
  double elapsed =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - start)
          .count();
  llvm::outs() << "\n=== act-difftest: " << tried << " programs (seeds "
               << firstSeed << ".." << firstSeed + tried - 1 << ") in "
               << llvm::format("%.1f", elapsed) << " s\n";
  for (const auto &[name, n] : outcomes)
    llvm::outs() << "  " << name << ": " << n << "\n";
  llvm::outs() << "  elements compared: " << total.elementsChecked
               << " (within an error bound: " << total.elementsInexact
               << ", unbounded, not checked: " << total.elementsUnknown
               << ")\n";
  llvm::outs() << "  program features:";
  for (const auto &[name, n] : features)
    llvm::outs() << " " << name << "=" << n;
  llvm::outs() << "\n";
  if (!failures.empty()) {
    llvm::outs() << "  failing seeds:";
    for (const auto &[seed, outcome] : failures)
      llvm::outs() << " " << seed << " (" << outcome << ")";
    llvm::outs() << "\n";
  }
  return failures.empty() ? 0 : 1;
}
