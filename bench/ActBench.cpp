//===- ActBench.cpp - act-mlir kernels against memcpy and peers -*- C++ -*-===//
//
// Part of the act-mlir project.
//
//===----------------------------------------------------------------------===//
//
// The benchmark driver (bench/README.md). In one run it measures, for every
// buffer size and thread count selected:
//
//   copy/memcpy     memcpy of the same bytes: the memory limit
//   unary/<op>      act kernels (compiled ahead of time by act-cpu-pipeline),
//                   the upstream MLIR lowering of the same computation, the
//                   plain C++ loop, Eigen, oneDNN, XNNPACK
//   fused/<op>      bias+relu and scale+shift+relu: one fused pass against
//                   the unfused sequence of passes
//   matmul          matmul alone, with the bias+relu epilogue fused, and
//                   followed by a separate bias+relu pass
//
// and prints GB/s (bytes read + written: 2 x the buffer size for the
// elementwise groups), then a summary with the ratios act/memcpy and
// act/best peer and the accuracy (max ulp against a double-precision
// reference on the benchmark's own data) of every implementation.
//
// Own flags (before Google Benchmark's):
//   --sizes=full|quick|<bytes,...>   bytes per buffer, K/M suffixes allowed
//                                    (full: 4K 16K ... 256M, powers of 4;
//                                    quick: 16K 1M 16M 256M)
//   --threads=1|2|1,2                thread counts (default 1)
//   --no-matmul                      skip the matmul group
//   --accuracy-out=<file>            write the accuracy table as JSON
//
//===----------------------------------------------------------------------===//

#include "Harness.h"
#include "act_bench_kernels.h"

#include <benchmark/benchmark.h>

#include <algorithm>
#include <atomic>
#include <cmath>
#include <condition_variable>
#include <cstdio>
#include <cstdlib>
#include <dlfcn.h>
#include <immintrin.h>
#include <map>
#include <mutex>
#include <set>
#include <sys/mman.h>
#include <thread>

using namespace actbench;

std::vector<Case> &actbench::registry() {
  static std::vector<Case> cases;
  return cases;
}

//===----------------------------------------------------------------------===//
// Two threads: the caller and one helper that spins while work keeps coming
// (as in a 2-thread benchmark) and sleeps otherwise.
//===----------------------------------------------------------------------===//

namespace {
class Helper {
public:
  Helper() : thread([this] { loop(); }) {}
  ~Helper() {
    stop = true;
    wake();
    thread.join();
  }
  void run(const std::function<void()> &mine,
           const std::function<void()> &theirs) {
    task = &theirs;
    uint64_t g = generation.fetch_add(1) + 1;
    wake();
    mine();
    // Spin, then yield: on a loaded machine the helper may not be running.
    for (int spin = 0; done.load(std::memory_order_acquire) != g; ++spin) {
      if (spin < 4096)
        _mm_pause();
      else
        std::this_thread::yield();
    }
  }

private:
  void wake() {
    if (sleeping.load()) {
      std::lock_guard<std::mutex> lock(mutex);
      cv.notify_one();
    }
  }
  void loop() {
    uint64_t seen = 0;
    while (true) {
      for (int spin = 0; generation.load() == seen && !stop && spin < 20000;
           ++spin) {
        if (spin < 4096)
          _mm_pause();
        else
          std::this_thread::yield();
      }
      if (generation.load() == seen && !stop) {
        std::unique_lock<std::mutex> lock(mutex);
        sleeping = true;
        cv.wait(lock, [&] { return generation.load() != seen || stop; });
        sleeping = false;
      }
      if (stop)
        return;
      seen = generation.load();
      (*task)();
      done.store(seen, std::memory_order_release);
    }
  }

  std::atomic<uint64_t> generation{0}, done{0};
  std::atomic<bool> stop{false}, sleeping{false};
  const std::function<void()> *task = nullptr;
  std::mutex mutex;
  std::condition_variable cv;
  std::thread thread;
};
} // namespace

void actbench::parallelFor(int threads, size_t n, size_t grain,
                           const std::function<void(size_t, size_t)> &fn) {
  if (threads <= 1 || n <= grain) {
    fn(0, n);
    return;
  }
  static Helper helper;
  size_t half = (n / 2 + grain - 1) / grain * grain;
  half = std::min(half, n);
  helper.run([&] { fn(0, half); }, [&] { fn(half, n); });
}

void actbench::setOpenMPThreads(int threads) {
  // oneDNN's OpenMP runtime, if it is loaded (no link-time dependency on a
  // particular OpenMP library).
  using SetFn = void (*)(int);
  static SetFn set = reinterpret_cast<SetFn>(
      dlsym(RTLD_DEFAULT, "omp_set_num_threads"));
  if (set)
    set(threads);
}

//===----------------------------------------------------------------------===//
// Buffers
//===----------------------------------------------------------------------===//

namespace {

void *bigAlloc(size_t bytes) {
  void *p = mmap(nullptr, bytes, PROT_READ | PROT_WRITE,
                 MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
  if (p == MAP_FAILED) {
    std::perror("mmap");
    std::exit(1);
  }
  madvise(p, bytes, MADV_HUGEPAGE);
  std::memset(p, 0, bytes); // fault every page in before timing
  return p;
}

struct Data {
  size_t maxBytes = 0;
  float *srcF = nullptr;
  uint16_t *srcH = nullptr;
  void *dst = nullptr, *tmp = nullptr;
  float *vec0 = nullptr, *vec1 = nullptr;

  void init(size_t bytes) {
    maxBytes = bytes;
    srcF = static_cast<float *>(bigAlloc(bytes));
    srcH = static_cast<uint16_t *>(bigAlloc(bytes));
    dst = bigAlloc(bytes);
    tmp = bigAlloc(bytes);
    vec0 = static_cast<float *>(bigAlloc(kChannels * 4));
    vec1 = static_cast<float *>(bigAlloc(kChannels * 4));
    // Uniform in [-8, 8): both signs, the interesting range of every op.
    uint64_t state = 0x9e3779b97f4a7c15ull;
    auto next = [&] {
      state = state * 6364136223846793005ull + 1442695040888963407ull;
      return float((state >> 40) & 0xffffff) * 0x1p-24f;
    };
    for (size_t i = 0; i < bytes / 4; ++i)
      srcF[i] = 16.f * next() - 8.f;
    for (size_t i = 0; i < bytes / 2; ++i)
      srcH[i] = floatToBF16(16.f * next() - 8.f);
    for (int64_t c = 0; c < kChannels; ++c) {
      vec0[c] = 0.5f + next();  // scale in [0.5, 1.5); as bias: shifts
      vec1[c] = 2.f * next() - 1.f;
    }
  }
};
Data data;

/// 64-byte aligned (page-aligned) float buffers, as every peer expects.
struct AlignedBuffer {
  float *ptr = nullptr;
  void resize(size_t n) { ptr = static_cast<float *>(bigAlloc(n * 4)); }
  float &operator[](size_t i) { return ptr[i]; }
  float *data() { return ptr; }
};

struct MatmulData {
  int64_t m, k, n;
  AlignedBuffer a, w, wT, bias, c, tmp;
};
std::map<std::string, MatmulData> matmuls;

std::string shapeName(int64_t m, int64_t k, int64_t n) {
  return std::to_string(m) + "x" + std::to_string(k) + "x" + std::to_string(n);
}

//===----------------------------------------------------------------------===//
// act, upstream MLIR and memcpy cases
//===----------------------------------------------------------------------===//

template <typename T> StridedMemRefType<T, 1> view1(const void *p, size_t n) {
  T *d = static_cast<T *>(const_cast<void *>(p));
  return {d, d, 0, {int64_t(n)}, {1}};
}
ActMemRef2F view2(const void *p, size_t rows) {
  float *d = static_cast<float *>(const_cast<void *>(p));
  return {d, d, 0, {int64_t(rows), kChannels}, {kChannels, 1}};
}
ActMemRef2F viewMat(const float *p, int64_t r, int64_t c) {
  float *d = const_cast<float *>(p);
  return {d, d, 0, {r, c}, {c, 1}};
}

using UnaryF = void (*)(ActMemRef1F *, ActMemRef1F *);
using UnaryH = void (*)(ActMemRef1H *, ActMemRef1H *);
using RowVecFn = void (*)(ActMemRef2F *, ActMemRef1F *, ActMemRef2F *);
using RowVec2Fn = void (*)(ActMemRef2F *, ActMemRef1F *, ActMemRef1F *,
                           ActMemRef2F *);

/// `f`/`h` single-threaded; with two threads, the harness splits the work,
/// or calls `fMT`/`hMT` (kernels compiled with the pipeline's threads=2)
/// when given.
void addMLIRUnary(const std::string &impl, const std::string &op, UnaryF f,
                  UnaryH h, UnaryF fMT = nullptr, UnaryH hMT = nullptr) {
  auto callF = [](UnaryF fn) {
    return [fn](const void *s, void *d, size_t n) {
      auto x = view1<float>(s, n), y = view1<float>(d, n);
      fn(&x, &y);
    };
  };
  auto callH = [](UnaryH fn) {
    return [fn](const void *s, void *d, size_t n) {
      auto x = view1<uint16_t>(s, n), y = view1<uint16_t>(d, n);
      fn(&x, &y);
    };
  };
  Prepare split = splitUnary(Type::F32, callF(f));
  Prepare splitH = splitUnary(Type::BF16, callH(h));
  Prepare mt = fMT ? splitUnary(Type::F32, callF(fMT)) : Prepare();
  Prepare mtH = hMT ? splitUnary(Type::BF16, callH(hMT)) : Prepare();
  add(Group::Unary, op, "f32", impl,
      [split, mt](const Problem &p, int threads) {
        return threads > 1 && mt ? mt(p, 1) : split(p, threads);
      });
  add(Group::Unary, op, "bf16", impl,
      [splitH, mtH](const Problem &p, int threads) {
        return threads > 1 && mtH ? mtH(p, 1) : splitH(p, threads);
      });
}

// fn(x rows, y rows) over row ranges of the problem, split across threads.
Runner rowsRunner(const Problem &p, int threads,
                  std::function<void(const float *, float *, size_t)> fn) {
  const float *x = static_cast<const float *>(p.src);
  float *y = static_cast<float *>(p.dst);
  size_t rows = p.n / kChannels;
  return [=] {
    parallelFor(threads, rows, 1, [&](size_t r0, size_t r1) {
      fn(x + r0 * kChannels, y + r0 * kChannels, r1 - r0);
    });
  };
}

void addFused(const std::string &impl, RowVecFn biasRelu,
              RowVec2Fn scaleShiftRelu, RowVecFn biasReluMT = nullptr,
              RowVec2Fn scaleShiftReluMT = nullptr) {
  add(Group::Fused, "bias_relu", "f32", impl,
      [=](const Problem &p, int threads) {
        auto b = view1<float>(p.vec0, kChannels);
        RowVecFn fn = biasRelu;
        if (threads > 1 && biasReluMT) {
          fn = biasReluMT;
          threads = 1;
        }
        return rowsRunner(p, threads,
                          [=](const float *x, float *y, size_t rows) mutable {
                            auto xv = view2(x, rows), yv = view2(y, rows);
                            fn(&xv, &b, &yv);
                          });
      });
  add(Group::Fused, "scale_shift_relu", "f32", impl,
      [=](const Problem &p, int threads) {
        auto s = view1<float>(p.vec0, kChannels);
        auto h = view1<float>(p.vec1, kChannels);
        RowVec2Fn fn = scaleShiftRelu;
        if (threads > 1 && scaleShiftReluMT) {
          fn = scaleShiftReluMT;
          threads = 1;
        }
        return rowsRunner(p, threads,
                          [=](const float *x, float *y, size_t rows) mutable {
                            auto xv = view2(x, rows), yv = view2(y, rows);
                            fn(&xv, &s, &h, &yv);
                          });
      });
}

// The unfused sequences: every step is a separate kernel and a separate
// pass over the whole buffer (through the scratch buffer), as a runtime
// without fusion executes them.
void addUnfused() {
  add(Group::Fused, "bias_relu", "f32", "act_unfused",
      [](const Problem &p, int threads) -> Runner {
        bool mt = threads > 1;
        threads = 1; // with 2 threads: the kernels compiled with threads=2
        auto biasAdd = mt ? _mlir_ciface_act_mt_bias_add_f32
                          : _mlir_ciface_act_bias_add_f32;
        auto relu = mt ? _mlir_ciface_act_mt_relu_f32 : _mlir_ciface_act_relu_f32;
        auto b = view1<float>(p.vec0, kChannels);
        const float *x = static_cast<const float *>(p.src);
        float *t = static_cast<float *>(p.tmp), *y = static_cast<float *>(p.dst);
        size_t rows = p.n / kChannels;
        return [=]() mutable {
          parallelFor(threads, rows, 1, [&](size_t r0, size_t r1) {
            auto xv = view2(x + r0 * kChannels, r1 - r0),
                 tv = view2(t + r0 * kChannels, r1 - r0);
            biasAdd(&xv, &b, &tv);
          });
          parallelFor(threads, rows * kChannels, 64, [&](size_t i0, size_t i1) {
            auto tv = view1<float>(t + i0, i1 - i0),
                 yv = view1<float>(y + i0, i1 - i0);
            relu(&tv, &yv);
          });
        };
      });
  add(Group::Fused, "scale_shift_relu", "f32", "act_unfused",
      [](const Problem &p, int threads) -> Runner {
        bool mt = threads > 1;
        threads = 1;
        auto scale =
            mt ? _mlir_ciface_act_mt_scale_f32 : _mlir_ciface_act_scale_f32;
        auto biasAdd = mt ? _mlir_ciface_act_mt_bias_add_f32
                          : _mlir_ciface_act_bias_add_f32;
        auto relu = mt ? _mlir_ciface_act_mt_relu_f32 : _mlir_ciface_act_relu_f32;
        auto s = view1<float>(p.vec0, kChannels);
        auto h = view1<float>(p.vec1, kChannels);
        const float *x = static_cast<const float *>(p.src);
        float *t = static_cast<float *>(p.tmp), *y = static_cast<float *>(p.dst);
        size_t rows = p.n / kChannels;
        return [=]() mutable {
          parallelFor(threads, rows, 1, [&](size_t r0, size_t r1) {
            auto xv = view2(x + r0 * kChannels, r1 - r0),
                 yv = view2(y + r0 * kChannels, r1 - r0);
            scale(&xv, &s, &yv);
          });
          parallelFor(threads, rows, 1, [&](size_t r0, size_t r1) {
            auto yv = view2(y + r0 * kChannels, r1 - r0),
                 tv = view2(t + r0 * kChannels, r1 - r0);
            biasAdd(&yv, &h, &tv);
          });
          parallelFor(threads, rows * kChannels, 64, [&](size_t i0, size_t i1) {
            auto tv = view1<float>(t + i0, i1 - i0),
                 yv = view1<float>(y + i0, i1 - i0);
            relu(&tv, &yv);
          });
        };
      });
}

// act matmul kernels have static shapes: one set per shape.
struct ActMatmul {
  int64_t m, k, n;
  void (*plain)(ActMemRef2F *, ActMemRef2F *, ActMemRef2F *);
  void (*fused)(ActMemRef2F *, ActMemRef2F *, ActMemRef1F *, ActMemRef2F *);
  void (*epilogue)(ActMemRef2F *, ActMemRef2F *, ActMemRef1F *, ActMemRef2F *);
};
const ActMatmul kActMatmuls[] = {
#define X(M, K, N)                                                            \
  {M, K, N, _mlir_ciface_act_matmul_##M##x##K##x##N,                          \
   _mlir_ciface_act_matmul_bias_relu_##M##x##K##x##N,                         \
   _mlir_ciface_act_matmul_bias_relu_epi_##M##x##K##x##N},
    ACT_BENCH_MATMUL_SHAPES(X)
#undef X
};

void addActMatmul() {
  auto find = [](const Problem &p) -> const ActMatmul * {
    for (const ActMatmul &mm : kActMatmuls)
      if (mm.m == p.m && mm.k == p.k && mm.n == p.nCols)
        return &mm;
    return nullptr;
  };
  enum Kind { Plain, Fused, Epilogue, Unfused };
  for (auto kindImpl : {std::pair{Plain, "act"}, {Fused, "act_fused"},
                        {Epilogue, "act_fused_epilogue"},
                        {Unfused, "act_unfused"}}) {
    Kind kind = kindImpl.first;
    const char *impl = kindImpl.second;
    add(Group::Matmul, "matmul", "f32", impl,
        [=](const Problem &p, int threads) -> Runner {
          const ActMatmul *mm = find(p);
          if (!mm || threads != 1)
            return {};
          auto a = viewMat(p.a, p.m, p.k), w = viewMat(p.w, p.k, p.nCols),
               c = viewMat(p.c, p.m, p.nCols);
          auto b = view1<float>(p.bias, size_t(p.nCols));
          switch (kind) {
          case Plain:
            return [=]() mutable { mm->plain(&a, &w, &c); };
          case Fused:
            return [=]() mutable { mm->fused(&a, &w, &b, &c); };
          case Epilogue:
            return [=]() mutable { mm->epilogue(&a, &w, &b, &c); };
          case Unfused:
            // A separate bias + relu pass over C (rows of nCols channels).
            return [=]() mutable {
              mm->plain(&a, &w, &c);
              auto t = viewMat(static_cast<float *>(p.tmp), p.m, p.nCols);
              _mlir_ciface_act_bias_add_f32(&c, &b, &t);
              auto tf = view1<float>(p.tmp, size_t(p.m * p.nCols)),
                   cf = view1<float>(p.c, size_t(p.m * p.nCols));
              _mlir_ciface_act_relu_f32(&tf, &cf);
            };
          }
          return {};
        });
  }
}

void registerMLIR() {
#define X(op)                                                                 \
  addMLIRUnary("act", #op, _mlir_ciface_act_##op##_f32,                       \
               _mlir_ciface_act_##op##_bf16, _mlir_ciface_act_mt_##op##_f32,  \
               _mlir_ciface_act_mt_##op##_bf16);                              \
  addMLIRUnary("upstream", #op, _mlir_ciface_upstream_##op##_f32,             \
               _mlir_ciface_upstream_##op##_bf16);
  ACT_BENCH_UNARY_OPS(X)
#undef X
  addFused("act", _mlir_ciface_act_bias_relu_f32,
           _mlir_ciface_act_scale_shift_relu_f32,
           _mlir_ciface_act_mt_bias_relu_f32,
           _mlir_ciface_act_mt_scale_shift_relu_f32);
  addFused("upstream", _mlir_ciface_upstream_bias_relu_f32,
           _mlir_ciface_upstream_scale_shift_relu_f32);
  addUnfused();
  addActMatmul();

  add(Group::Copy, "memcpy", "any", "memcpy",
      splitUnary(Type::F32, [](const void *s, void *d, size_t n) {
        std::memcpy(d, s, n * 4);
      }));
}

//===----------------------------------------------------------------------===//
// Accuracy: max ulp against a double reference on the benchmark data
//===----------------------------------------------------------------------===//

double reference(const std::string &op, double x) {
  if (std::isnan(x))
    return x;
  if (op == "relu")
    return x > 0 ? x : 0;
  if (op == "clamp")
    return std::min(std::max(x, 0.0), 6.0);
  if (op == "leaky_relu")
    return x > 0 ? x : double(0.01f) * x;
  if (op == "gelu")
    return 0.5 * x * std::erfc(-x / std::sqrt(2.0));
  if (op == "gelu_tanh") // 0.5 x (1 + tanh(u)) = x sigmoid(2u), no cancellation
    return x / (1 + std::exp(-2 * 0.79788456080286535588 *
                             (x + 0.044715 * x * x * x)));
  if (op == "sigmoid")
    return 1 / (1 + std::exp(-x));
  if (op == "silu")
    return x / (1 + std::exp(-x));
  if (op == "hardswish")
    return x * std::min(std::max(x + 3, 0.0), 6.0) / 6;
  if (op == "elu")
    return x > 0 ? x : std::expm1(x);
  std::abort();
}

double ulpError(double got, double ref, Type t) {
  if (std::isnan(ref) || std::isnan(got))
    return std::isnan(ref) && std::isnan(got) ? 0 : INFINITY;
  double diff = std::fabs(got - ref);
  if (diff == 0)
    return 0;
  // Results below 2^-102 may be flushed (docs/Numerics.md, Contract).
  if (std::fabs(ref) < 0x1p-102 && diff <= std::fabs(ref))
    return 0;
  int p = t == Type::F32 ? 24 : 8;
  int e = ref == 0 ? -126 : std::max(std::ilogb(ref), -126);
  return diff / std::ldexp(1.0, e - p + 1);
}

std::map<std::string, double> accuracy; // "group/op/type/impl" -> max ulp

std::string caseKey(const Case &c) {
  static const char *groups[] = {"copy", "unary", "fused", "matmul"};
  return std::string(groups[int(c.group)]) + "/" + c.op + "/" + c.type + "/" +
         c.impl;
}

void checkAccuracy(const Case &c) {
  const size_t n = 1 << 16;
  Problem p;
  p.n = n;
  p.dst = data.dst;
  p.tmp = data.tmp;
  p.vec0 = data.vec0;
  p.vec1 = data.vec1;
  Type t = c.type == "bf16" ? Type::BF16 : Type::F32;
  p.src = t == Type::F32 ? static_cast<const void *>(data.srcF)
                         : static_cast<const void *>(data.srcH);
  std::memset(data.dst, 0xff, n * typeSize(t)); // NaN: catches unwritten
  Runner run = c.prepare(p, 1);
  if (!run)
    return;
  run();
  double worst = 0;
  for (size_t i = 0; i < n; ++i) {
    double x, got, ref;
    if (t == Type::F32) {
      x = data.srcF[i];
      got = static_cast<const float *>(data.dst)[i];
    } else {
      x = bf16ToFloat(data.srcH[i]);
      got = bf16ToFloat(static_cast<const uint16_t *>(data.dst)[i]);
    }
    if (c.group == Group::Unary) {
      ref = reference(c.op, x);
    } else {
      size_t ch = i % kChannels;
      float v = c.op == "bias_relu"
                    ? float(x) + data.vec0[ch]
                    : float(float(x) * data.vec0[ch]) + data.vec1[ch];
      ref = v > 0 ? v : 0;
    }
    worst = std::max(worst, ulpError(got, ref, t));
  }
  accuracy[caseKey(c)] = worst;
}

//===----------------------------------------------------------------------===//
// Summary
//===----------------------------------------------------------------------===//

struct Result {
  double bytesPerSecond = 0, seconds = 0;
};
std::map<std::string, Result> results; // benchmark name -> result
std::map<std::string, double> processedBytes; // benchmark name -> bytes/call

/// The statistic the summary uses with --benchmark_repetitions: the fastest
/// repetition (on a shared machine the slower ones measure interference).
double best(const std::vector<double> &v) {
  return v.empty() ? 0 : *std::min_element(v.begin(), v.end());
}

class Reporter : public benchmark::ConsoleReporter {
public:
  void ReportRuns(const std::vector<Run> &runs) override {
    for (const Run &r : runs) {
      if (r.error_occurred)
        continue;
      bool agg = r.run_type == Run::RT_Aggregate;
      if (agg && r.aggregate_name != "best")
        continue;
      if (!agg && r.repetitions > 1)
        continue; // the "best" aggregate follows
      std::string name = r.run_name.function_name;
      Result &res = results[name];
      res.seconds = r.GetAdjustedRealTime() /
                    benchmark::GetTimeUnitMultiplier(r.time_unit);
      res.bytesPerSecond = processedBytes[name] / res.seconds;
    }
    ConsoleReporter::ReportRuns(runs);
  }
};

std::string benchName(const Case &c, const std::string &size, int threads) {
  return caseKey(c) + "/" + size + "/t" + std::to_string(threads);
}

std::string sizeLabel(size_t bytes) {
  if (bytes >= (1u << 20))
    return std::to_string(bytes >> 20) + "M";
  return std::to_string(bytes >> 10) + "K";
}

const Result *find(const std::string &name) {
  auto it = results.find(name);
  return it == results.end() || it->second.seconds == 0 ? nullptr
                                                        : &it->second;
}

void printSummary(const std::vector<size_t> &sizes,
                  const std::vector<int> &threadCounts) {
  std::set<std::string> peers;
  for (const Case &c : registry())
    if (c.group == Group::Unary && c.impl != "act")
      peers.insert(c.impl);
  std::printf("\nSummary: GB/s = (bytes read + written) / time; ratios of act "
              "to memcpy of the same bytes and to the best peer (%s)\n",
              [&] {
                static std::string s;
                for (auto &p : peers)
                  s += (s.empty() ? "" : ", ") + p;
                return s.c_str();
              }());
  for (int th : threadCounts) {
    std::printf("\n%-10s %-4s %5s %2s %8s %8s %8s %-9s %9s %9s %6s\n", "op",
                "type", "size", "t", "act", "memcpy", "best", "(peer)",
                "act/mcpy", "act/best", "ulp");
    for (const std::string &op : unaryOps()) {
      for (const char *type : {"f32", "bf16"}) {
        for (size_t bytes : sizes) {
          std::string size = sizeLabel(bytes), tail =
                                                   "/" + size + "/t" +
                                                   std::to_string(th);
          const Result *act =
              find("unary/" + op + "/" + type + "/act" + tail);
          const Result *mc = find("copy/memcpy/any/memcpy" + tail);
          if (!act)
            continue;
          double best = 0;
          std::string bestName = "-";
          for (const std::string &peer : peers) {
            const Result *r =
                find("unary/" + op + "/" + type + "/" + peer + tail);
            if (r && r->bytesPerSecond > best) {
              best = r->bytesPerSecond;
              bestName = peer;
            }
          }
          double ulp = accuracy["unary/" + op + "/" + type + "/act"];
          std::printf("%-10s %-4s %5s %2d %8.2f %8.2f %8.2f %-9s %9.3f %9.3f "
                      "%6.3g\n",
                      op.c_str(), type, size.c_str(), th,
                      act->bytesPerSecond / 1e9,
                      mc ? mc->bytesPerSecond / 1e9 : 0, best / 1e9,
                      bestName.c_str(),
                      mc ? act->bytesPerSecond / mc->bytesPerSecond : 0,
                      best > 0 ? act->bytesPerSecond / best : 0, ulp);
        }
      }
    }
    std::printf("\n%-16s %5s %2s %8s %8s %8s %11s %10s\n", "fused", "size",
                "t", "fused", "unfused", "relu", "fused/relu",
                "fused/unf");
    for (const char *op : {"bias_relu", "scale_shift_relu"}) {
      for (size_t bytes : sizes) {
        std::string tail = "/" + sizeLabel(bytes) + "/t" + std::to_string(th);
        const Result *f = find(std::string("fused/") + op + "/f32/act" + tail);
        const Result *u =
            find(std::string("fused/") + op + "/f32/act_unfused" + tail);
        const Result *r = find("unary/relu/f32/act" + tail);
        if (!f || !u)
          continue;
        std::printf("%-16s %5s %2d %8.2f %8.2f %8.2f %11.3f %10.3f\n", op,
                    sizeLabel(bytes).c_str(), th, f->bytesPerSecond / 1e9,
                    u->bytesPerSecond / 1e9, r ? r->bytesPerSecond / 1e9 : 0,
                    r ? f->bytesPerSecond / r->bytesPerSecond : 0,
                    f->bytesPerSecond / u->bytesPerSecond);
      }
    }
  }
  std::printf("\n%-12s %-20s %10s %9s %12s\n", "matmul", "impl", "time(us)",
              "GFLOP/s", "vs matmul");
  for (auto &[name, mm] : matmuls) {
    std::map<std::string, std::string> base = {
        {"act", "act"},       {"act_fused", "act"},
        {"act_fused_epilogue", "act"}, {"act_unfused", "act"},
        {"onednn", "onednn"}, {"onednn_fused", "onednn"},
        {"onednn_unfused", "onednn"}, {"xnnpack", "xnnpack"},
        {"xnnpack_fused", "xnnpack"}};
    for (auto &[impl, b] : base) {
      const Result *r = find("matmul/matmul/f32/" + impl + "/" + name + "/t1");
      const Result *r0 = find("matmul/matmul/f32/" + b + "/" + name + "/t1");
      if (!r)
        continue;
      double flops = 2.0 * mm.m * mm.k * mm.n;
      std::printf("%-12s %-20s %10.1f %9.1f %+11.1f%%\n", name.c_str(),
                  impl.c_str(), r->seconds * 1e6, flops / r->seconds / 1e9,
                  r0 ? 100 * (r->seconds / r0->seconds - 1) : 0.0);
    }
  }
  std::printf("\nAccuracy (max ulp vs a double reference on the benchmark "
              "data; f32 and bf16 ulps):\n");
  for (auto &[key, ulp] : accuracy) {
    if (ulp < 1e6)
      std::printf("  %-40s %10.1f\n", key.c_str(), ulp);
    else
      std::printf("  %-40s %10.3g\n", key.c_str(), ulp);
  }
}

size_t parseSize(std::string s) {
  size_t mult = 1;
  if (!s.empty() && (s.back() == 'K' || s.back() == 'k'))
    mult = 1024;
  else if (!s.empty() && (s.back() == 'M' || s.back() == 'm'))
    mult = 1024 * 1024;
  if (mult != 1)
    s.pop_back();
  return size_t(std::stoull(s)) * mult;
}

} // namespace

int main(int argc, char **argv) {
  // OpenMP workers (act's threads=2 kernels, oneDNN) spin 1 ms after a
  // parallel region rather than 200: long enough for back-to-back calls,
  // short enough not to steal the core from the next benchmark.
  setenv("KMP_BLOCKTIME", "1", /*overwrite=*/0);
  std::vector<size_t> sizes;
  for (int e = 12; e <= 28; e += 2)
    sizes.push_back(size_t(1) << e);
  std::vector<int> threadCounts = {1};
  bool doMatmul = true;
  std::string accuracyOut;

  // Own flags first; the rest goes to Google Benchmark.
  std::vector<char *> rest = {argv[0]};
  for (int i = 1; i < argc; ++i) {
    std::string a = argv[i];
    if (a.rfind("--sizes=", 0) == 0) {
      std::string v = a.substr(8);
      sizes.clear();
      if (v == "full") {
        for (int e = 12; e <= 28; e += 2)
          sizes.push_back(size_t(1) << e);
      } else if (v == "quick") {
        sizes = {16u << 10, 1u << 20, 16u << 20, 256u << 20};
      } else {
        size_t pos = 0;
        while (pos <= v.size()) {
          size_t comma = v.find(',', pos);
          if (comma == std::string::npos)
            comma = v.size();
          sizes.push_back(parseSize(v.substr(pos, comma - pos)));
          pos = comma + 1;
        }
      }
    } else if (a.rfind("--threads=", 0) == 0) {
      threadCounts.clear();
      std::string v = a.substr(10);
      for (char ch : v)
        if (ch == '1' || ch == '2')
          threadCounts.push_back(ch - '0');
    } else if (a == "--no-matmul") {
      doMatmul = false;
    } else if (a.rfind("--accuracy-out=", 0) == 0) {
      accuracyOut = a.substr(15);
    } else {
      rest.push_back(argv[i]);
    }
  }
  for (size_t s : sizes)
    if (s < 4096 || s % 4096) {
      std::fprintf(stderr, "sizes must be multiples of 4 KiB\n");
      return 2;
    }

  size_t maxBytes = *std::max_element(sizes.begin(), sizes.end());
  maxBytes = std::max<size_t>(maxBytes, 1 << 18); // the accuracy check
  data.init(maxBytes);

  registerMLIR();
  registerPlainLoops();
#ifdef ACT_BENCH_HAVE_EIGEN
  registerEigen();
#endif
#ifdef ACT_BENCH_HAVE_ONEDNN
  registerOneDNN();
#endif
#ifdef ACT_BENCH_HAVE_XNNPACK
  registerXNNPack();
#endif

  if (doMatmul) {
#define X(M, K, N)                                                            \
  {                                                                           \
    MatmulData &mm = matmuls[shapeName(M, K, N)];                             \
    mm.m = M, mm.k = K, mm.n = N;                                             \
    mm.a.resize(M * K), mm.w.resize(K * N), mm.wT.resize(N * K);              \
    mm.bias.resize(N), mm.c.resize(M * N), mm.tmp.resize(M * N);              \
    for (int64_t i = 0; i < M * K; ++i)                                       \
      mm.a[i] = float((i * 7) % 13 - 6) / 8;                                  \
    for (int64_t k = 0; k < K; ++k)                                           \
      for (int64_t j = 0; j < N; ++j)                                         \
        mm.wT[j * K + k] = mm.w[k * N + j] = float((k * 5 + j * 3) % 11 - 5) / 8; \
    for (int64_t j = 0; j < N; ++j)                                           \
      mm.bias[j] = float(j % 9 - 4) / 4;                                      \
  }
    ACT_BENCH_MATMUL_SHAPES(X)
#undef X
  }

  setOpenMPThreads(1);
  for (const Case &c : registry())
    if (c.group == Group::Unary || c.group == Group::Fused)
      checkAccuracy(c);
  if (!accuracyOut.empty()) {
    FILE *f = std::fopen(accuracyOut.c_str(), "w");
    if (!f) {
      std::perror(accuracyOut.c_str());
      return 2;
    }
    std::fprintf(f, "{\n");
    size_t i = 0;
    for (auto &[key, ulp] : accuracy)
      std::fprintf(f, "  \"%s\": %.6g%s\n", key.c_str(),
                   std::isfinite(ulp) ? ulp : 1e300,
                   ++i < accuracy.size() ? "," : "");
    std::fprintf(f, "}\n");
    std::fclose(f);
  }

  // All single-thread benchmarks first, then the 2-thread ones.
  for (int th : threadCounts) {
    for (const Case &c : registry()) {
      if (c.group == Group::Matmul) {
        if (th != 1)
          continue;
        for (auto &[shape, mm] : matmuls) {
          Problem p;
          p.m = mm.m, p.k = mm.k, p.nCols = mm.n;
          p.a = mm.a.data(), p.w = mm.w.data(), p.wT = mm.wT.data();
          p.bias = mm.bias.data(), p.c = mm.c.data(), p.tmp = mm.tmp.data();
          Runner run = c.prepare(p, 1);
          if (!run)
            continue;
          benchmark::RegisterBenchmark(
              benchName(c, shape, 1).c_str(),
              [run](benchmark::State &state) {
                setOpenMPThreads(1);
                for (auto _ : state)
                  run();
              })
              ->UseRealTime()
              ->Unit(benchmark::kMicrosecond)
              ->MinTime(0.5) // milliseconds per call: more calls
              ->ComputeStatistics("best", best);
        }
        continue;
      }
      for (size_t bytes : sizes) {
        Type t = c.type == "bf16" ? Type::BF16 : Type::F32;
        Problem p;
        p.n = bytes / typeSize(t);
        p.src = t == Type::F32 ? static_cast<const void *>(data.srcF)
                               : static_cast<const void *>(data.srcH);
        p.dst = data.dst;
        p.tmp = data.tmp;
        p.vec0 = data.vec0;
        p.vec1 = data.vec1;
        setOpenMPThreads(th);
        Runner run = c.prepare(p, th);
        if (!run)
          continue;
        int64_t processed = int64_t(2 * bytes);
        std::string name = benchName(c, sizeLabel(bytes), th);
        processedBytes[name] = double(processed);
        benchmark::RegisterBenchmark(
            name.c_str(),
            [run, th, processed](benchmark::State &state) {
              setOpenMPThreads(th);
              if (processed <= (int64_t(64) << 20))
                run(); // warm caches (large sizes: the timed calls do)
              for (auto _ : state)
                run();
              state.SetBytesProcessed(state.iterations() * processed);
            })
            ->UseRealTime()
            ->Unit(benchmark::kMicrosecond)
            ->ComputeStatistics("best", best);
      }
    }
  }

  int bargc = int(rest.size());
  benchmark::Initialize(&bargc, rest.data());
  if (benchmark::ReportUnrecognizedArguments(bargc, rest.data()))
    return 2;
  Reporter reporter;
  benchmark::RunSpecifiedBenchmarks(&reporter);
  printSummary(sizes, threadCounts);
  benchmark::Shutdown();
  return 0;
}
