//===- Harness.h - act-mlir benchmark harness -------------------*- C++ -*-===//
//
// Part of the act-mlir project.
//
//===----------------------------------------------------------------------===//
//
// What every implementation (act kernels, memcpy, the plain C++ loop, the
// upstream MLIR lowering, oneDNN, Eigen, XNNPACK) registers with the
// benchmark driver (ActBench.cpp): a "case" named
//
//   <group>/<op>/<type>/<impl>
//
// with a `prepare` function that, given the problem and a thread count,
// returns the closure that is timed (one call = one pass over the data).
// Everything that is not the computation (primitive creation, descriptors,
// argument maps) happens in `prepare`.
//
//===----------------------------------------------------------------------===//

#ifndef ACT_BENCH_HARNESS_H
#define ACT_BENCH_HARNESS_H

#include <cstddef>
#include <cstdint>
#include <cstring>
#include <functional>
#include <string>
#include <vector>

namespace actbench {

/// Element types of the benchmarks.
enum class Type { F32, BF16 };
inline const char *typeName(Type t) { return t == Type::F32 ? "f32" : "bf16"; }
inline size_t typeSize(Type t) { return t == Type::F32 ? 4 : 2; }

/// Channels (columns) of the rows x channels problems (bias, scale, shift).
constexpr int64_t kChannels = 1024;

/// The data of one benchmark. Unary: `src` -> `dst`, `n` elements.
/// Rows x channels: `src`/`dst` hold rows x kChannels elements (f32), `vec0`
/// and `vec1` kChannels each (bias, or scale and shift). Matmul: `a` (M x K),
/// `w` (K x N, row-major), `wT` (N x K), `bias` (N), `c` (M x N).
struct Problem {
  const void *src = nullptr;
  void *dst = nullptr;
  void *tmp = nullptr; // scratch of the unfused sequences, as large as dst
  size_t n = 0;
  const float *vec0 = nullptr, *vec1 = nullptr;
  int64_t m = 0, k = 0, nCols = 0;
  const float *a = nullptr, *w = nullptr, *wT = nullptr, *bias = nullptr;
  float *c = nullptr;
};

using Runner = std::function<void()>;
/// Returns the timed closure, or an empty Runner when the case does not
/// support this problem or thread count (it is then skipped).
using Prepare = std::function<Runner(const Problem &, int threads)>;

enum class Group { Copy, Unary, Fused, Matmul };

struct Case {
  Group group;
  std::string op;   // relu, ..., bias_relu, matmul 256x256x256
  std::string type; // f32, bf16, any
  std::string impl; // act, act_unfused, memcpy, plain, eigen, onednn, ...
  Prepare prepare;
};

/// The registry that every peer adds to.
std::vector<Case> &registry();
inline void add(Group g, std::string op, std::string type, std::string impl,
                Prepare p) {
  registry().push_back({g, std::move(op), std::move(type), std::move(impl),
                        std::move(p)});
}

/// Runs fn(begin, end) over [0, n) split in `threads` contiguous chunks
/// (multiples of `grain`), the first on the calling thread and the second
/// on the harness's helper thread (at most 2 threads).
void parallelFor(int threads, size_t n, size_t grain,
                 const std::function<void(size_t, size_t)> &fn);

/// A unary case whose work can be split: fn(src, dst, count) on element
/// ranges; the harness parallelizes it.
template <typename Fn> Prepare splitUnary(Type t, Fn fn) {
  size_t es = typeSize(t);
  return [fn, es](const Problem &p, int threads) -> Runner {
    const char *src = static_cast<const char *>(p.src);
    char *dst = static_cast<char *>(p.dst);
    size_t n = p.n;
    if (threads == 1)
      return [fn, src, dst, n] { fn(src, dst, n); };
    return [fn, src, dst, n, es, threads] {
      parallelFor(threads, n, 64, [&](size_t b, size_t e) {
        fn(src + b * es, dst + b * es, e - b);
      });
    };
  };
}

// The unary ops, in the order of the tables.
inline const std::vector<std::string> &unaryOps() {
  static const std::vector<std::string> ops = {
      "relu", "clamp",   "leaky_relu", "gelu", "gelu_tanh",
      "silu", "sigmoid", "hardswish",  "elu"};
  return ops;
}

/// Bits of a bf16 <-> float, round to nearest even (NaN kept quiet).
inline float bf16ToFloat(uint16_t h) {
  uint32_t u = uint32_t(h) << 16;
  float f;
  std::memcpy(&f, &u, 4);
  return f;
}
inline uint16_t floatToBF16(float f) {
  uint32_t u;
  std::memcpy(&u, &f, 4);
  if ((u & 0x7fffffffu) > 0x7f800000u)
    return uint16_t((u >> 16) | 0x40);
  u += 0x7fffu + ((u >> 16) & 1);
  return uint16_t(u >> 16);
}

// Peers, each in its own file (compiled with its own flags); the driver calls
// those that were built.
void registerPlainLoops();
void registerEigen();
void registerOneDNN();
void registerXNNPack();

/// oneDNN's and XNNPACK's own thread counts are set per case; these hooks
/// let the driver tell the OpenMP runtime of oneDNN how many to use.
void setOpenMPThreads(int threads);

} // namespace actbench

#endif // ACT_BENCH_HARNESS_H
