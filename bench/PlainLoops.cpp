//===- PlainLoops.cpp - the plain C++ loop peer -----------------*- C++ -*-===//
//
// Part of the act-mlir project.
//
//===----------------------------------------------------------------------===//
//
// What a C++ programmer writes: one loop per op over the buffer, with the
// textbook formula and <cmath>, compiled with `clang -O3 -march=native`
// (bench/CMakeLists.txt sets exactly these flags for this file) and nothing
// else: no -ffast-math, no vector math library. relu and clamp keep act's
// NaN semantics (NaN in, NaN out) so that they compute the same function.
// bf16 goes through clang's __bf16 (converted to float and back).
//
//===----------------------------------------------------------------------===//

#include "Harness.h"

#include <cmath>

using namespace actbench;

namespace {

struct Relu {
  static float f(float x) { return x > 0.f || x != x ? x : 0.f; }
};
struct Clamp {
  static float f(float x) {
    return x != x ? x : (x < 0.f ? 0.f : (x > 6.f ? 6.f : x + 0.f));
  }
};
struct Leaky {
  static float f(float x) { return x > 0.f ? x : 0.01f * x; }
};
struct Gelu {
  static float f(float x) {
    return 0.5f * x * (1.f + std::erf(x * 0.70710678118654752f));
  }
};
struct GeluTanh {
  static float f(float x) {
    return 0.5f * x *
           (1.f + std::tanh(0.79788456080286536f * (x + 0.044715f * x * x * x)));
  }
};
struct Sigmoid {
  static float f(float x) { return 1.f / (1.f + std::exp(-x)); }
};
struct Silu {
  static float f(float x) { return x / (1.f + std::exp(-x)); }
};
struct Hardswish {
  static float f(float x) {
    float r = x + 3.f;
    r = r < 0.f ? 0.f : (r > 6.f ? 6.f : r);
    return x * r / 6.f;
  }
};
struct Elu {
  static float f(float x) { return x > 0.f ? x : std::expm1(x); }
};

template <typename Op>
void loopF32(const void *src, void *dst, size_t n) {
  const float *__restrict x = static_cast<const float *>(src);
  float *__restrict y = static_cast<float *>(dst);
  for (size_t i = 0; i < n; ++i)
    y[i] = Op::f(x[i]);
}

template <typename Op>
void loopBF16(const void *src, void *dst, size_t n) {
  const __bf16 *__restrict x = static_cast<const __bf16 *>(src);
  __bf16 *__restrict y = static_cast<__bf16 *>(dst);
  for (size_t i = 0; i < n; ++i)
    y[i] = static_cast<__bf16>(Op::f(static_cast<float>(x[i])));
}

template <typename Op> void addOp(const char *name) {
  add(Group::Unary, name, "f32", "plain", splitUnary(Type::F32, loopF32<Op>));
  add(Group::Unary, name, "bf16", "plain",
      splitUnary(Type::BF16, loopBF16<Op>));
}

void biasRelu(const float *__restrict x, const float *__restrict b,
              float *__restrict y, size_t rows) {
  for (size_t r = 0; r < rows; ++r)
    for (int64_t c = 0; c < kChannels; ++c)
      y[r * kChannels + c] = Relu::f(x[r * kChannels + c] + b[c]);
}

void scaleShiftRelu(const float *__restrict x, const float *__restrict s,
                    const float *__restrict h, float *__restrict y,
                    size_t rows) {
  for (size_t r = 0; r < rows; ++r)
    for (int64_t c = 0; c < kChannels; ++c)
      y[r * kChannels + c] = Relu::f(x[r * kChannels + c] * s[c] + h[c]);
}

} // namespace

void actbench::registerPlainLoops() {
  addOp<Relu>("relu");
  addOp<Clamp>("clamp");
  addOp<Leaky>("leaky_relu");
  addOp<Gelu>("gelu");
  addOp<GeluTanh>("gelu_tanh");
  addOp<Silu>("silu");
  addOp<Sigmoid>("sigmoid");
  addOp<Hardswish>("hardswish");
  addOp<Elu>("elu");

  add(Group::Fused, "bias_relu", "f32", "plain",
      [](const Problem &p, int threads) -> Runner {
        const float *x = static_cast<const float *>(p.src);
        float *y = static_cast<float *>(p.dst);
        const float *b = p.vec0;
        size_t rows = p.n / kChannels;
        return [=] {
          parallelFor(threads, rows, 1, [&](size_t r0, size_t r1) {
            biasRelu(x + r0 * kChannels, b, y + r0 * kChannels, r1 - r0);
          });
        };
      });
  add(Group::Fused, "scale_shift_relu", "f32", "plain",
      [](const Problem &p, int threads) -> Runner {
        const float *x = static_cast<const float *>(p.src);
        float *y = static_cast<float *>(p.dst);
        const float *s = p.vec0, *h = p.vec1;
        size_t rows = p.n / kChannels;
        return [=] {
          parallelFor(threads, rows, 1, [&](size_t r0, size_t r1) {
            scaleShiftRelu(x + r0 * kChannels, s, h, y + r0 * kChannels,
                           r1 - r0);
          });
        };
      });
}
