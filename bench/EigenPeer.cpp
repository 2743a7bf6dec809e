//===- EigenPeer.cpp - Eigen array expressions ------------------*- C++ -*-===//
//
// Part of the act-mlir project.
//
//===----------------------------------------------------------------------===//
//
// Eigen 3.4 (libeigen3-dev) array expressions over mapped buffers, compiled
// with -O3 -march=native (AVX-512 packets). The transcendental functions are
// Eigen's vectorized ones (erf from unsupported/SpecialFunctions, tanh,
// logistic, expm1). bf16 is converted to float and back by Eigen's casts.
//
//===----------------------------------------------------------------------===//

#include "Harness.h"

#include <Eigen/Core>
#include <unsupported/Eigen/SpecialFunctions>

using namespace actbench;

namespace {

using ArrF = Eigen::Array<float, Eigen::Dynamic, 1>;
using ArrH = Eigen::Array<Eigen::bfloat16, Eigen::Dynamic, 1>;
using MapF = Eigen::Map<ArrF, Eigen::Aligned64>;
using CMapF = Eigen::Map<const ArrF, Eigen::Aligned64>;
using MapH = Eigen::Map<ArrH>;
using CMapH = Eigen::Map<const ArrH>;

// op(x) on a float array expression.
#define EIGEN_OPS(X)                                                          \
  X(relu, x.cwiseMax(0.f))                                                    \
  X(clamp, x.cwiseMax(0.f).cwiseMin(6.f))                                     \
  X(leaky_relu, (x > 0.f).select(x, x * 0.01f))                               \
  X(gelu, 0.5f * x * (1.f + (x * 0.70710678118654752f).erf()))                \
  X(gelu_tanh,                                                                \
    0.5f * x *                                                                \
        (1.f + (0.79788456080286536f * (x + 0.044715f * x * x * x)).tanh()))  \
  X(silu, x * x.logistic())                                                   \
  X(sigmoid, x.logistic())                                                    \
  X(hardswish, x * (x + 3.f).cwiseMax(0.f).cwiseMin(6.f) / 6.f)               \
  X(elu, (x > 0.f).select(x, x.expm1()))

#define DEFINE(name, expr)                                                    \
  void name##F32(const void *s, void *d, size_t n) {                          \
    CMapF x(static_cast<const float *>(s), Eigen::Index(n));                  \
    MapF(static_cast<float *>(d), Eigen::Index(n)) = expr;                    \
  }                                                                           \
  void name##BF16(const void *s, void *d, size_t n) {                         \
    auto x = CMapH(static_cast<const Eigen::bfloat16 *>(s), Eigen::Index(n))  \
                 .cast<float>();                                              \
    MapH(static_cast<Eigen::bfloat16 *>(d), Eigen::Index(n)) =                \
        (expr).cast<Eigen::bfloat16>();                                       \
  }
EIGEN_OPS(DEFINE)
#undef DEFINE

} // namespace

void actbench::registerEigen() {
#define REGISTER(name, expr)                                                  \
  add(Group::Unary, #name, "f32", "eigen", splitUnary(Type::F32, name##F32)); \
  add(Group::Unary, #name, "bf16", "eigen",                                   \
      splitUnary(Type::BF16, name##BF16));
  EIGEN_OPS(REGISTER)
#undef REGISTER

  // Rows x channels as a column-major channels x rows matrix: the bias is a
  // column vector broadcast over the columns (rows of the problem).
  add(Group::Fused, "bias_relu", "f32", "eigen",
      [](const Problem &p, int threads) -> Runner {
        const float *x = static_cast<const float *>(p.src);
        float *y = static_cast<float *>(p.dst);
        const float *b = p.vec0;
        size_t rows = p.n / kChannels;
        return [=] {
          parallelFor(threads, rows, 1, [&](size_t r0, size_t r1) {
            using M = Eigen::Array<float, kChannels, Eigen::Dynamic>;
            using V = Eigen::Array<float, kChannels, 1>;
            Eigen::Map<const M, Eigen::Aligned64> xm(x + r0 * kChannels,
                                                     kChannels, r1 - r0);
            Eigen::Map<M, Eigen::Aligned64> ym(y + r0 * kChannels, kChannels,
                                               r1 - r0);
            Eigen::Map<const V, Eigen::Aligned64> bv(b);
            ym = (xm.colwise() + bv).cwiseMax(0.f);
          });
        };
      });
  add(Group::Fused, "scale_shift_relu", "f32", "eigen",
      [](const Problem &p, int threads) -> Runner {
        const float *x = static_cast<const float *>(p.src);
        float *y = static_cast<float *>(p.dst);
        const float *s = p.vec0, *h = p.vec1;
        size_t rows = p.n / kChannels;
        return [=] {
          parallelFor(threads, rows, 1, [&](size_t r0, size_t r1) {
            using M = Eigen::Array<float, kChannels, Eigen::Dynamic>;
            using V = Eigen::Array<float, kChannels, 1>;
            Eigen::Map<const M, Eigen::Aligned64> xm(x + r0 * kChannels,
                                                     kChannels, r1 - r0);
            Eigen::Map<M, Eigen::Aligned64> ym(y + r0 * kChannels, kChannels,
                                               r1 - r0);
            Eigen::Map<const V, Eigen::Aligned64> sv(s), hv(h);
            ym = ((xm.colwise() * sv).colwise() + hv).cwiseMax(0.f);
          });
        };
      });
}
