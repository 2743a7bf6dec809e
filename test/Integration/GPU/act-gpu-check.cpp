//===- act-gpu-check.cpp - act-gpu-pipeline on an NVIDIA GPU ----*- C++ -*-===//
//
// Part of the act-mlir project.
//
//===----------------------------------------------------------------------===//
//
// The execution check of act-gpu-pipeline, run by run-on-nvidia.sh on a
// machine with an NVIDIA GPU:
//
//  1. Conformance: every act op on f16, bf16 and f32 is compiled for the GPU
//     present (a kernel over memref<?xT>, as the CPU conformance test
//     builds it), JIT-compiled on the host with the CUDA runtime library,
//     and run on all 65536 bit patterns (f16, bf16) or the special values,
//     a sweep of [-40, 40] and random bit patterns (f32). Every result is
//     compared with the reference semantics: bit-exact for the
//     piecewise-linear ops, within the CPU's ULP bounds for the others. Each
//     kernel runs twice: on 256-byte aligned buffers (the 128-bit vector
//     path and its scalar tail) and on buffers shifted by one element (the
//     scalar path that misaligned views take).
//  2. Bandwidth: relu on 2^28 f32 elements against cuMemcpyDtoD of the same
//     bytes, in the same run; GB/s count the bytes read plus written. The
//     other unary ops and relu on f16 and bf16 follow, each against a copy
//     of its own bytes.
//
// Prints one line per case and a summary; exits with 1 on any mismatch.
//
//===----------------------------------------------------------------------===//

#include "act/Dialect/Act/IR/ActDialect.h"
#include "act/Dialect/Act/IR/ActOps.h"
#include "act/Dialect/Act/Semantics/Semantics.h"
#include "act/InitAct.h"
#include "act/Pipelines/Pipelines.h"

#include "mlir/ExecutionEngine/CRunnerUtils.h"
#include "mlir/ExecutionEngine/ExecutionEngine.h"
#include "mlir/IR/BuiltinOps.h"
#include "mlir/InitAllDialects.h"
#include "mlir/InitAllExtensions.h"
#include "mlir/InitAllPasses.h"
#include "mlir/Parser/Parser.h"
#include "mlir/Pass/PassManager.h"
#include "mlir/Target/LLVMIR/Dialect/All.h"
#include "llvm/ADT/SmallString.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/Support/CommandLine.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/Format.h"
#include "llvm/Support/InitLLVM.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/TargetSelect.h"
#include "llvm/Support/raw_ostream.h"

#include "cuda.h"

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cmath>
#include <cstring>
#include <functional>
#include <map>
#include <mutex>
#include <optional>
#include <random>
#include <thread>

using namespace mlir;
using llvm::APFloat;
using llvm::APInt;
namespace sem = mlir::act::semantics;

static llvm::cl::opt<std::string> runtimeLibrary(
    "runtime",
    llvm::cl::desc("Path of libact_cuda_runtime.so (default: ../lib/ "
                   "next to this executable)"),
    llvm::cl::init(""));
static llvm::cl::opt<std::string>
    chipOption("chip",
               llvm::cl::desc("Chip to compile for (default: the GPU's, "
                              "sm_<major><minor>)"),
               llvm::cl::init(""));
static llvm::cl::opt<std::string>
    formatOption("format",
                 llvm::cl::desc("gpu.binary format: isa (PTX, JIT-compiled "
                                "by the driver) or bin (cubin, needs ptxas)"),
                 llvm::cl::init("isa"));
static llvm::cl::list<std::string>
    caseNames("cases",
              llvm::cl::desc("Check only these cases, e.g. relu,gelu_tanh "
                             "(default: all)"),
              llvm::cl::CommaSeparated);
static llvm::cl::list<std::string>
    typeNames("types",
              llvm::cl::desc("Check only these element types: f16, bf16, "
                             "f32 (default: all)"),
              llvm::cl::CommaSeparated);
static llvm::cl::opt<unsigned>
    randomCount("random", llvm::cl::desc("Random f32 bit patterns per op"),
                llvm::cl::init(1u << 20));
static llvm::cl::opt<unsigned> bandwidthLog2(
    "bandwidth-log2",
    llvm::cl::desc("log2 of the f32 elements of the bandwidth run (0: skip)"),
    llvm::cl::init(28));
static llvm::cl::list<std::string> bandwidthCases(
    "bandwidth-cases",
    llvm::cl::desc("Unary cases of the bandwidth run, as case:type "
                   "(default: relu:f32 first, then relu on f16 and bf16 and "
                   "clamp, leaky_relu, hardswish, elu, gelu, gelu_tanh, "
                   "sigmoid, silu, mish on f32)"),
    llvm::cl::CommaSeparated);
static llvm::cl::opt<unsigned>
    repetitions("repetitions",
                llvm::cl::desc("Timed runs of each bandwidth measurement"),
                llvm::cl::init(20));

//===----------------------------------------------------------------------===//
// Cases (as in unittests/Conversion/CPUConformanceTest.cpp)
//===----------------------------------------------------------------------===//

namespace {
struct ElementType {
  const char *name;
  const llvm::fltSemantics &(*semantics)();
  unsigned bits;
};

const ElementType kTypes[] = {
    {"f16", APFloat::IEEEhalf, 16},
    {"bf16", APFloat::BFloat, 16},
    {"f32", APFloat::IEEEsingle, 32},
};

struct OpCase {
  const char *name;
  const char *op;
  const char *attrs;
  /// Max ULP error for f16/bf16 and f32 (0: bit-exact).
  unsigned ulp16, ulp32;
};

// The bounds the CPU lowering meets (docs/Numerics.md); the GPU code uses
// the same builders and approximations.
const OpCase kCases[] = {
    {"relu", "relu", "", 0, 0},
    {"relu_ignore", "relu", "{nan_mode = #act.nan_mode<ignore>}", 0, 0},
    {"clamp", "clamp", "{min = -1.5 : f64, max = 3.25 : f64}", 0, 0},
    {"relu6_ignore", "clamp",
     "{min = 0.0 : f64, max = 6.0 : f64, nan_mode = #act.nan_mode<ignore>}", 0,
     0},
    {"leaky_relu", "leaky_relu", "{alpha = 0.2 : f64}", 0, 0},
    {"prelu", "prelu", "", 0, 0},
    {"threshold", "threshold", "{threshold = 0.5 : f64, value = -2.0 : f64}", 0,
     0},
    {"relu_grad", "relu_grad", "", 0, 0},
    {"hardsigmoid", "hardsigmoid", "", 0, 0},
    {"hardswish", "hardswish", "", 0, 0},
    {"elu", "elu", "", 1, 4},
    {"selu", "selu", "", 1, 4},
    {"celu", "celu", "{alpha = 2.0 : f64}", 1, 4},
    {"gelu", "gelu", "", 1, 5},
    {"gelu_tanh", "gelu", "{approximate = #act.approximate<tanh>}", 1, 4},
    {"sigmoid", "sigmoid", "", 1, 4},
    {"silu", "silu", "", 1, 4},
    {"softplus", "softplus", "", 1, 4},
    {"mish", "mish", "", 1, 6},
};

bool isBinary(const OpCase &c) {
  return std::strcmp(c.op, "prelu") == 0 || std::strcmp(c.op, "relu_grad") == 0;
}

/// A kernel over memrefs: out = op(a [, b]).
std::string buildKernel(const OpCase &c, const char *type) {
  std::string s;
  llvm::raw_string_ostream os(s);
  std::string m = std::string("memref<?x") + type + ">";
  bool binary = isBinary(c);
  std::string map = "affine_map<(d0) -> (d0)>";
  os << "func.func @kernel(%a: " << m << (binary ? ", %b: " + m : "")
     << ", %o: " << m << ") {\n"
     << "  linalg.generic {indexing_maps = [" << map << ", " << map
     << (binary ? ", " + map : "") << "], iterator_types = [\"parallel\"]} "
     << "ins(%a" << (binary ? ", %b" : "") << " : " << m
     << (binary ? ", " + m : "") << ") outs(%o : " << m << ") {\n"
     << "  ^bb0(%x: " << type << (binary ? std::string(", %y: ") + type : "")
     << ", %z: " << type << "):\n"
     << "    %r = act." << c.op << " %x" << (binary ? ", %y" : "") << " "
     << c.attrs << " : " << type << "\n"
     << "    linalg.yield %r : " << type << "\n  }\n  return\n}\n";
  return s;
}

/// All bit patterns (16-bit types), or special values, a sweep of [-40, 40]
/// and random bit patterns (f32); three more special values make the count
/// odd, so that the vector loop leaves a tail.
std::vector<APFloat> makeInputs(const ElementType &t) {
  const llvm::fltSemantics &s = t.semantics();
  std::vector<APFloat> v;
  if (t.bits == 16) {
    for (unsigned i = 0; i < 65536; ++i)
      v.emplace_back(s, APInt(16, i));
  } else {
    for (bool negative : {false, true}) {
      v.push_back(APFloat::getZero(s, negative));
      v.push_back(APFloat::getInf(s, negative));
      v.push_back(APFloat::getQNaN(s, negative));
      v.push_back(APFloat::getSmallest(s, negative));
      v.push_back(APFloat::getSmallestNormalized(s, negative));
      v.push_back(APFloat::getLargest(s, negative));
    }
    for (int i = -40000; i <= 40000; ++i)
      v.push_back(sem::fromDouble(i / 1000.0, s));
    std::mt19937_64 rng(42);
    for (unsigned i = 0; i < randomCount; ++i)
      v.emplace_back(s, APInt(32, rng() & 0xffffffffu));
  }
  v.push_back(APFloat::getZero(s, /*Negative=*/true));
  v.push_back(APFloat::getQNaN(s));
  v.push_back(APFloat::getInf(s, /*Negative=*/true));
  if (v.size() % 2 == 0)
    v.push_back(APFloat::getSmallest(s));
  return v;
}

bool isTiny(const APFloat &v) {
  APFloat wide = v;
  bool losesInfo;
  wide.convert(APFloat::IEEEdouble(), APFloat::rmNearestTiesToEven, &losesInfo);
  return std::fabs(wide.convertToDouble()) < 0x1p-102;
}

double absoluteError(const APFloat &a, const APFloat &b) {
  APFloat difference = a;
  difference.subtract(b, APFloat::rmNearestTiesToEven);
  bool losesInfo;
  difference.convert(APFloat::IEEEdouble(), APFloat::rmTowardPositive,
                     &losesInfo);
  return std::fabs(difference.convertToDouble());
}

/// The comparison of the CPU conformance test.
bool matches(const APFloat &got, const APFloat &want, unsigned bound,
             uint64_t &ulp) {
  ulp = 0;
  if (want.isNaN() || got.isNaN())
    return want.isNaN() && got.isNaN();
  if (bound == 0 || want.isInfinity() || got.isInfinity())
    return got.bitwiseIsEqual(want);
  if (isTiny(want)) {
    APFloat absWant = abs(want);
    return sem::ulpDistance(got, want) <= bound ||
           (absoluteError(got, want) <=
                absoluteError(absWant, APFloat::getZero(want.getSemantics())) &&
            (got.isZero() || got.isNegative() == want.isNegative()));
  }
  ulp = sem::ulpDistance(got, want);
  return ulp <= bound;
}

/// Runs `body(begin, end)` over [0, n) on all hardware threads.
void parallelFor(size_t n, const std::function<void(size_t, size_t)> &body) {
  unsigned threads = std::max(1u, std::thread::hardware_concurrency());
  size_t chunk = (n + threads - 1) / threads;
  std::vector<std::thread> pool;
  for (size_t begin = 0; begin < n; begin += chunk)
    pool.emplace_back(body, begin, std::min(n, begin + chunk));
  for (std::thread &thread : pool)
    thread.join();
}

//===----------------------------------------------------------------------===//
// CUDA and the JIT
//===----------------------------------------------------------------------===//

bool check(CUresult result, const char *call) {
  if (result == CUDA_SUCCESS)
    return true;
  const char *name = nullptr;
  cuGetErrorName(result, &name);
  llvm::errs() << "act-gpu-check: " << call
               << " failed: " << (name ? name : "unknown") << "\n";
  return false;
}
#define CHECK_CUDA(call)                                                       \
  do {                                                                         \
    if (!check((call), #call))                                                 \
      std::exit(2);                                                            \
  } while (false)

/// A device buffer.
struct DeviceBuffer {
  explicit DeviceBuffer(size_t bytes) : bytes(bytes) {
    CHECK_CUDA(cuMemAlloc(&pointer, bytes));
  }
  ~DeviceBuffer() { cuMemFree(pointer); }
  DeviceBuffer(const DeviceBuffer &) = delete;
  DeviceBuffer &operator=(const DeviceBuffer &) = delete;
  CUdeviceptr pointer = 0;
  size_t bytes;
};

/// A 1-D memref descriptor of `size` elements at `pointer`.
StridedMemRefType<uint8_t, 1> describe(CUdeviceptr pointer, int64_t size) {
  StridedMemRefType<uint8_t, 1> d;
  d.basePtr = d.data = reinterpret_cast<uint8_t *>(pointer);
  d.offset = 0;
  d.sizes[0] = size;
  d.strides[0] = 1;
  return d;
}

class Checker {
public:
  Checker(MLIRContext &context, std::string chip, std::string runtime)
      : context(context), chip(std::move(chip)), runtime(std::move(runtime)) {}

  /// Compiles `source` for the GPU and JIT-compiles its host code.
  std::unique_ptr<ExecutionEngine> compile(const std::string &source) {
    OwningOpRef<ModuleOp> module =
        parseSourceString<ModuleOp>(source, &context);
    if (!module)
      return nullptr;
    PassManager pm(&context);
    act::GPUPipelineOptions options;
    options.chip = chip;
    options.format = formatOption.getValue();
    act::buildGPUPipeline(pm, options);
    if (failed(pm.run(*module)))
      return nullptr;
    ExecutionEngineOptions engineOptions;
    SmallVector<StringRef> libraries{runtime};
    engineOptions.sharedLibPaths = libraries;
    auto engine = ExecutionEngine::create(*module, engineOptions);
    if (!engine) {
      llvm::errs() << "act-gpu-check: " << llvm::toString(engine.takeError())
                   << "\n";
      return nullptr;
    }
    return std::move(*engine);
  }

  /// Calls `_mlir_ciface_kernel` on `descriptors` and waits for the GPU.
  bool run(ExecutionEngine &engine,
           MutableArrayRef<StridedMemRefType<uint8_t, 1>> descriptors) {
    SmallVector<void *> pointers, args;
    for (auto &descriptor : descriptors)
      pointers.push_back(&descriptor);
    for (void *&pointer : pointers)
      args.push_back(&pointer);
    llvm::Error error = engine.invokePacked("_mlir_ciface_kernel", args);
    if (error) {
      llvm::errs() << "act-gpu-check: " << llvm::toString(std::move(error))
                   << "\n";
      return false;
    }
    return check(cuCtxSynchronize(), "cuCtxSynchronize()");
  }

  /// Checks one op on one element type; prints its line.
  bool checkCase(const OpCase &c, const ElementType &t);

  /// Measures each of `cases` (unary) on 2^log2Elements elements against
  /// cuMemcpyDtoD of the same bytes; prints a table.
  bool measureBandwidth(
      ArrayRef<std::pair<const OpCase *, const ElementType *>> cases,
      unsigned log2Elements);

private:
  /// The reference semantics of the act op in `source` (a buildKernel of
  /// `c`): its kind and the parameters of its attributes.
  struct Reference {
    sem::OpKind kind;
    sem::Params params;
    APFloat operator()(ArrayRef<APFloat> operands) const {
      return sem::evaluate(kind, params, operands);
    }
  };
  Reference reference(const OpCase &c, const std::string &source) {
    sem::Params params;
    OwningOpRef<ModuleOp> parsed =
        parseSourceString<ModuleOp>(source, &context);
    parsed->walk([&](Operation *op) {
      if (act::getOpKind(op))
        params = act::getParams(op);
    });
    return {*sem::symbolizeOpKind(c.op), params};
  }

  MLIRContext &context;
  std::string chip;
  std::string runtime;
};

/// The ULP bound of `c` on `t` (0: bit-exact).
unsigned boundOf(const OpCase &c, const ElementType &t) {
  return t.bits == 16 ? c.ulp16 : c.ulp32;
}

bool Checker::checkCase(const OpCase &c, const ElementType &t) {
  std::string source = buildKernel(c, t.name);
  std::unique_ptr<ExecutionEngine> engine = compile(source);
  if (!engine) {
    llvm::outs() << "[FAIL] " << c.name << " " << t.name
                 << ": does not compile\n";
    return false;
  }
  std::vector<APFloat> inputs = makeInputs(t);
  size_t n = inputs.size(), bytes = t.bits / 8;
  std::vector<uint8_t> a(n * bytes), b(n * bytes), out(n * bytes);
  for (size_t i = 0; i < n; ++i) {
    uint64_t x = inputs[i].bitcastToAPInt().getZExtValue();
    uint64_t y = inputs[n - 1 - i].bitcastToAPInt().getZExtValue();
    std::memcpy(&a[i * bytes], &x, bytes);
    std::memcpy(&b[i * bytes], &y, bytes);
  }
  DeviceBuffer da(n * bytes), db(n * bytes), dout(n * bytes);
  CHECK_CUDA(cuMemcpyHtoD(da.pointer, a.data(), n * bytes));
  CHECK_CUDA(cuMemcpyHtoD(db.pointer, b.data(), n * bytes));

  // The reference, once for both runs.
  Reference ref = reference(c, source);
  std::vector<APFloat> want(n, APFloat(t.semantics()));
  parallelFor(n, [&](size_t begin, size_t end) {
    for (size_t i = begin; i < end; ++i) {
      SmallVector<APFloat, 2> operands{inputs[i]};
      if (isBinary(c))
        operands.push_back(inputs[n - 1 - i]);
      want[i] = ref(operands);
    }
  });

  unsigned bound = boundOf(c, t);
  std::atomic<uint64_t> maxUlp{0};
  std::atomic<unsigned> failures{0};
  std::string firstFailures;
  std::mutex firstFailuresMutex;
  bool ok = true;
  // shift 0: aligned buffers; shift 1: every pointer one element further.
  for (size_t shift : {0, 1}) {
    CHECK_CUDA(cuMemsetD8(dout.pointer, 0xAB, n * bytes));
    SmallVector<StridedMemRefType<uint8_t, 1>> descriptors;
    int64_t size = static_cast<int64_t>(n - shift);
    descriptors.push_back(describe(da.pointer + shift * bytes, size));
    if (isBinary(c))
      descriptors.push_back(describe(db.pointer + shift * bytes, size));
    descriptors.push_back(describe(dout.pointer + shift * bytes, size));
    if (!run(*engine, descriptors)) {
      ok = false;
      break;
    }
    CHECK_CUDA(cuMemcpyDtoH(out.data(), dout.pointer, n * bytes));
    parallelFor(n - shift, [&](size_t begin, size_t end) {
      uint64_t localMax = 0;
      for (size_t i = begin + shift; i < end + shift; ++i) {
        uint64_t bits = 0;
        std::memcpy(&bits, &out[i * bytes], bytes);
        APFloat got(t.semantics(), APInt(t.bits, bits));
        uint64_t ulp;
        if (matches(got, want[i], bound, ulp)) {
          localMax = std::max(localMax, ulp);
          continue;
        }
        if (++failures <= 5) {
          llvm::SmallString<32> in, w, g;
          inputs[i].toString(in);
          want[i].toString(w);
          got.toString(g);
          std::lock_guard<std::mutex> lock(firstFailuresMutex);
          firstFailures += "       " + std::string(c.name) + " " + t.name +
                           (shift ? " (misaligned)" : "") + "(" +
                           in.str().str() + "): want " + w.str().str() +
                           ", got " + g.str().str() + " (0x" +
                           llvm::utohexstr(bits) + ")\n";
        }
      }
      uint64_t seen = maxUlp.load();
      while (localMax > seen && !maxUlp.compare_exchange_weak(seen, localMax))
        ;
    });
  }
  ok = ok && failures == 0;
  llvm::outs() << (ok ? "[ ok ] " : "[FAIL] ") << c.name << " " << t.name
               << ": " << n << " inputs x 2 runs, max error " << maxUlp.load()
               << " ulp (bound " << bound << ")";
  if (failures)
    llvm::outs() << ", " << failures.load() << " mismatches";
  llvm::outs() << "\n" << firstFailures;
  llvm::outs().flush();
  return ok;
}

bool Checker::measureBandwidth(
    ArrayRef<std::pair<const OpCase *, const ElementType *>> cases,
    unsigned log2Elements) {
  using Clock = std::chrono::steady_clock;
  // Sorted seconds of `repetitions` runs after 3 warm-ups (and module load);
  // empty on failure.
  auto time = [&](const std::function<bool()> &body) {
    std::vector<double> seconds;
    for (unsigned i = 0; i < 3; ++i)
      if (!body())
        return std::vector<double>();
    for (unsigned i = 0; i < repetitions; ++i) {
      auto start = Clock::now();
      if (!body())
        return std::vector<double>();
      seconds.push_back(
          std::chrono::duration<double>(Clock::now() - start).count());
    }
    std::sort(seconds.begin(), seconds.end());
    return seconds;
  };

  size_t n = size_t(1) << log2Elements;
  llvm::outs() << "bandwidth: 2^" << log2Elements << " elements, "
               << repetitions.getValue()
               << " timed runs each, host wall clock; GB/s count the bytes "
                  "read plus written\n"
               << llvm::format("  %-28s %10s %10s %10s %8s\n", "kernel",
                               "best GB/s", "median", "ms", "/ copy");
  std::map<unsigned, double> copyRates; // element bits -> median GB/s
  bool ok = true;
  for (auto [c, t] : cases) {
    size_t elementBytes = t->bits / 8, bytes = n * elementBytes;
    double moved = 2.0 * static_cast<double>(bytes) / 1e9;
    DeviceBuffer input(bytes), output(bytes);
    // Random values in [-8, 8), 2^20 of them repeated over the buffer.
    size_t chunk = std::min(n, size_t(1) << 20);
    std::vector<APFloat> values;
    std::vector<uint8_t> host(chunk * elementBytes);
    std::mt19937 rng(7);
    std::uniform_real_distribution<double> distribution(-8.0, 8.0);
    for (size_t i = 0; i < chunk; ++i) {
      values.push_back(sem::fromDouble(distribution(rng), t->semantics()));
      uint64_t bits = values.back().bitcastToAPInt().getZExtValue();
      std::memcpy(&host[i * elementBytes], &bits, elementBytes);
    }
    for (size_t offset = 0; offset < bytes; offset += host.size())
      CHECK_CUDA(cuMemcpyHtoD(input.pointer + offset, host.data(),
                              std::min(host.size(), bytes - offset)));

    auto report = [&](StringRef what, const std::vector<double> &seconds,
                      double copyRate) {
      double median = seconds[seconds.size() / 2];
      double rate = moved / median;
      llvm::outs() << llvm::format("  %-28s %10.1f %10.1f %10.3f",
                                   what.str().c_str(), moved / seconds.front(),
                                   rate, median * 1e3);
      if (copyRate > 0)
        llvm::outs() << llvm::format(" %8.3f", rate / copyRate);
      llvm::outs() << "\n";
      llvm::outs().flush();
      return rate;
    };
    if (!copyRates.count(t->bits)) {
      std::vector<double> copyTimes = time([&] {
        return check(cuMemcpyDtoD(output.pointer, input.pointer, bytes),
                     "cuMemcpyDtoD") &&
               check(cuCtxSynchronize(), "cuCtxSynchronize()");
      });
      if (copyTimes.empty())
        return false;
      copyRates[t->bits] =
          report((Twine("cuMemcpyDtoD (") + Twine(t->bits) + "-bit)").str(),
                 copyTimes, 0);
    }

    std::string source = buildKernel(*c, t->name);
    std::unique_ptr<ExecutionEngine> engine = compile(source);
    std::string name = (Twine(c->name) + " " + t->name).str();
    if (!engine) {
      llvm::outs() << "[FAIL] " << name << ": does not compile\n";
      ok = false;
      continue;
    }
    SmallVector<StridedMemRefType<uint8_t, 1>> descriptors{
        describe(input.pointer, static_cast<int64_t>(n)),
        describe(output.pointer, static_cast<int64_t>(n))};
    std::vector<double> times = time([&] { return run(*engine, descriptors); });
    if (times.empty())
      return false;
    report(name, times, copyRates[t->bits]);

    // Spot check of the last chunk of the output (n is a multiple of
    // chunk: its inputs are `values` in order).
    Reference ref = reference(*c, source);
    std::vector<uint8_t> out(host.size());
    CHECK_CUDA(cuMemcpyDtoH(out.data(), output.pointer + bytes - out.size(),
                            out.size()));
    unsigned bound = boundOf(*c, *t);
    for (size_t i = 0; i < chunk; ++i) {
      uint64_t bits = 0, ulp;
      std::memcpy(&bits, &out[i * elementBytes], elementBytes);
      APFloat got(t->semantics(), APInt(t->bits, bits));
      SmallVector<APFloat, 1> operands{values[i]};
      if (!matches(got, ref(operands), bound, ulp)) {
        llvm::outs() << "[FAIL] " << name << " bandwidth run: wrong result\n";
        ok = false;
        break;
      }
    }
  }
  return ok;
}
} // namespace

int main(int argc, char **argv) {
  llvm::InitLLVM init(argc, argv);
  llvm::cl::ParseCommandLineOptions(
      argc, argv,
      "act-gpu-check: act-gpu-pipeline conformance and bandwidth on an "
      "NVIDIA GPU\n");

  // The cases of the bandwidth run, checked before anything runs.
  SmallVector<std::string> names(bandwidthCases.begin(), bandwidthCases.end());
  if (names.empty())
    names = {"relu:f32",       "relu:f16",      "relu:bf16", "clamp:f32",
             "leaky_relu:f32", "hardswish:f32", "elu:f32",   "gelu:f32",
             "gelu_tanh:f32",  "sigmoid:f32",   "silu:f32",  "mish:f32",
             "sigmoid:bf16",   "silu:f16"};
  SmallVector<std::pair<const OpCase *, const ElementType *>> cases;
  for (StringRef name : names) {
    std::pair<StringRef, StringRef> parts = name.split(':');
    StringRef caseName = parts.first, typeName = parts.second;
    const OpCase *c = llvm::find_if(
        kCases, [&](const OpCase &c) { return caseName == c.name; });
    const ElementType *t = llvm::find_if(
        kTypes, [&](const ElementType &t) { return typeName == t.name; });
    if (c == std::end(kCases) || t == std::end(kTypes) || isBinary(*c)) {
      llvm::errs() << "act-gpu-check: --bandwidth-cases: '" << name
                   << "' is not a unary case:type\n";
      return 2;
    }
    cases.push_back({c, t});
  }

  std::string runtime = runtimeLibrary;
  if (runtime.empty()) {
    std::string executable =
        llvm::sys::fs::getMainExecutable(argv[0], (void *)&main);
    llvm::SmallString<256> path(
        llvm::sys::path::parent_path(llvm::sys::path::parent_path(executable)));
    llvm::sys::path::append(path, "lib", "libact_cuda_runtime.so");
    runtime = path.str().str();
  }
  if (!llvm::sys::fs::exists(runtime)) {
    llvm::errs() << "act-gpu-check: no runtime library at " << runtime
                 << " (--runtime=)\n";
    return 2;
  }

  CHECK_CUDA(cuInit(0));
  CUdevice device;
  CHECK_CUDA(cuDeviceGet(&device, 0));
  char name[256] = {0};
  CHECK_CUDA(cuDeviceGetName(name, sizeof(name), device));
  int major = 0, minor = 0, driver = 0;
  CHECK_CUDA(cuDeviceGetAttribute(
      &major, CU_DEVICE_ATTRIBUTE_COMPUTE_CAPABILITY_MAJOR, device));
  CHECK_CUDA(cuDeviceGetAttribute(
      &minor, CU_DEVICE_ATTRIBUTE_COMPUTE_CAPABILITY_MINOR, device));
  CHECK_CUDA(cuDriverGetVersion(&driver));
  CUcontext primary;
  CHECK_CUDA(cuDevicePrimaryCtxRetain(&primary, device));
  CHECK_CUDA(cuCtxSetCurrent(primary));
  std::string chip = chipOption.empty()
                         ? "sm_" + std::to_string(major * 10 + minor)
                         : chipOption.getValue();
  llvm::outs() << "device: " << name << " (compute capability " << major << "."
               << minor << "), CUDA driver " << driver / 1000 << "."
               << (driver % 1000) / 10 << "; compiling for " << chip
               << ", format=" << formatOption.getValue() << "\n";

  llvm::InitializeNativeTarget();
  llvm::InitializeNativeTargetAsmPrinter();
  registerAllPasses();
  act::registerActPasses();
  DialectRegistry registry;
  registerAllDialects(registry);
  registerAllExtensions(registry);
  registerAllToLLVMIRTranslations(registry);
  act::registerActDialects(registry);
  MLIRContext context(registry);
  context.loadAllAvailableDialects();

  Checker checker(context, chip, runtime);
  unsigned passed = 0, failed = 0;
  auto start = std::chrono::steady_clock::now();
  auto selected = [](const llvm::cl::list<std::string> &names, StringRef name) {
    return names.empty() || llvm::is_contained(names, name.str());
  };
  for (const ElementType &t : kTypes)
    for (const OpCase &c : kCases)
      if (selected(typeNames, t.name) && selected(caseNames, c.name))
        (checker.checkCase(c, t) ? passed : failed) += 1;
  double seconds =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - start)
          .count();
  llvm::outs() << "conformance: " << passed << " passed, " << failed
               << " failed (" << llvm::format("%.1f", seconds) << " s)\n";

  bool bandwidthOk = true;
  if (bandwidthLog2 > 0)
    bandwidthOk = checker.measureBandwidth(cases, bandwidthLog2);
  return failed == 0 && bandwidthOk ? 0 : 1;
}
