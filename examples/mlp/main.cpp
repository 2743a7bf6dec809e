//===- main.cpp - Runs the AOT-compiled MLP block ---------------*- C++ -*-===//
//
// Part of the act-mlir project.
//
//===----------------------------------------------------------------------===//
//
// Calls `@mlp` of mlp.mlir, compiled ahead of time by act_add_mlir_object
// (act-opt --act-cpu-pipeline | act-translate | llc), through its C interface
// `_mlir_ciface_mlp`, and checks it against a plain C++ evaluation of the same
// layer in double precision:
//
//   y = relu6(gelu(x W1 + b1) W2 + b2),  x: N x 64, W1: 64 x 32, W2: 32 x 16
//
// Usage: act-example-mlp [N]   (batch rows, default 37)
//
// Exit status 0 when every output is within the error bound derived below,
// 1 otherwise.
//
//===----------------------------------------------------------------------===//

#include "mlir/ExecutionEngine/CRunnerUtils.h"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <vector>

namespace {

constexpr int64_t kIn = 64, kHidden = 32, kOut = 16;

using MemRef2D = StridedMemRefType<float, 2>;
using MemRef1D = StridedMemRefType<float, 1>;

} // namespace

// The C interface of `func.func @mlp(...) -> tensor<?x16xf32>`: the result
// descriptor comes first; the compiled code fills it with a buffer it
// allocated with malloc.
extern "C" void _mlir_ciface_mlp(MemRef2D *result, MemRef2D *x, MemRef2D *w1,
                                 MemRef1D *b1, MemRef2D *w2, MemRef1D *b2);

namespace {

MemRef2D viewMatrix(std::vector<float> &data, int64_t rows, int64_t cols) {
  return {data.data(), data.data(), 0, {rows, cols}, {cols, 1}};
}

MemRef1D viewVector(std::vector<float> &data) {
  return {data.data(), data.data(), 0, {int64_t(data.size())}, {1}};
}

// Deterministic inputs: small integers over powers of two, so every input is
// exact in f32 and identical in the lit test (test/Integration/CPU/mlp.mlir),
// which builds them with the same formulas in MLIR.
float inputX(int64_t i, int64_t k) {
  return float((i * 7 + k * 3) % 17 - 8) / 2;
}
float inputW1(int64_t k, int64_t j) {
  return float((k * 5 + j * 11) % 13 - 6) / 16;
}
float inputB1(int64_t j) { return float((j * 3) % 7 - 3) / 8; }
float inputW2(int64_t j, int64_t m) {
  return float((j * 7 + m * 5) % 11 - 5) / 4;
}
float inputB2(int64_t m) { return float(m % 5 - 2) / 2; }

double gelu(double v) { return 0.5 * v * (1.0 + std::erf(v / std::sqrt(2.0))); }

// gammaF32(n) = n u / (1 - n u): the relative error bound of an n-term f32 sum
// of products (Higham, Accuracy and Stability of Numerical Algorithms, 3.1).
double gammaF32(int64_t n) {
  const double u = std::ldexp(1.0, -24); // unit roundoff of f32
  return n * u / (1 - n * u);
}

// Whether `v` is a multiple of 2^-5.
bool onGrid(double v) {
  return std::ldexp(v, 5) == std::trunc(std::ldexp(v, 5));
}

} // namespace

int main(int argc, char **argv) {
  const int64_t n = argc > 1 ? std::atoll(argv[1]) : 37;
  if (n <= 0) {
    std::fprintf(stderr, "usage: %s [rows > 0]\n", argv[0]);
    return 2;
  }

  std::vector<float> x(n * kIn), w1(kIn * kHidden), b1(kHidden),
      w2(kHidden * kOut), b2(kOut);
  for (int64_t i = 0; i < n; ++i)
    for (int64_t k = 0; k < kIn; ++k)
      x[i * kIn + k] = inputX(i, k);
  for (int64_t k = 0; k < kIn; ++k)
    for (int64_t j = 0; j < kHidden; ++j)
      w1[k * kHidden + j] = inputW1(k, j);
  for (int64_t j = 0; j < kHidden; ++j) {
    b1[j] = inputB1(j);
    for (int64_t m = 0; m < kOut; ++m)
      w2[j * kOut + m] = inputW2(j, m);
  }
  for (int64_t m = 0; m < kOut; ++m)
    b2[m] = inputB2(m);

  MemRef2D xDesc = viewMatrix(x, n, kIn),
           w1Desc = viewMatrix(w1, kIn, kHidden),
           w2Desc = viewMatrix(w2, kHidden, kOut);
  MemRef1D b1Desc = viewVector(b1), b2Desc = viewVector(b2);
  MemRef2D y{};
  _mlir_ciface_mlp(&y, &xDesc, &w1Desc, &b1Desc, &w2Desc, &b2Desc);
  if (y.sizes[0] != n || y.sizes[1] != kOut) {
    std::fprintf(stderr, "error: result is %lldx%lld, expected %lldx%lld\n",
                 (long long)y.sizes[0], (long long)y.sizes[1], (long long)n,
                 (long long)kOut);
    return 1;
  }
  auto out = [&](int64_t i, int64_t m) {
    return y.data[y.offset + i * y.strides[0] + m * y.strides[1]];
  };

  // Reference in double, and for every output an a-priori bound on the error
  // of any f32 evaluation of the layer (any summation order, FMA or not):
  //  - h = x W1 + b1 is a 65-term sum: |h' - h| <= e1 = gammaF32(65) S1, S1
  //    the sum of the magnitudes of its terms. When every term is a multiple of
  //    2^-5 and S1 < 2^19 (true for the inputs above), every partial sum is
  //    exact in f32 and e1 = 0.
  //  - gelu is 1.13-Lipschitz (|gelu'| <= 1.1289, reached at x = sqrt 2).
  //    docs/Numerics.md bounds the f32 lowering by 156 ulp, reached only for
  //    h < -12, and "a few ulp" elsewhere; we allow 160 ulp (2^-23 |g| each)
  //    below -12 and 16 ulp elsewhere: eg = 1.13 e1 + ulps 2^-23 |g|.
  //  - o = g W2 + b2 is a 33-term sum of perturbed terms:
  //    |o' - o| <= gammaF32(33) S2 + sum_j |W2_jm| eg_j, with
  //    S2 = sum_j (|g_j| + eg_j) |W2_jm| + |b2_m|.
  //  - relu6 (clamp) is exact and 1-Lipschitz.
  // The double reference's own error (~1e-16 S) is far below these bounds.
  // The bound is about 1e-4 here; the actual errors are around 1e-6, and
  // indexing or bias bugs show up as errors of order 0.1 to 1.
  double maxDiff = 0, maxBound = 0, maxRatio = 0;
  int64_t failures = 0, zeros = 0, sixes = 0, exactSums = 0;
  std::vector<double> ref(n * kOut);
  for (int64_t i = 0; i < n; ++i) {
    double g[kHidden], eg[kHidden];
    for (int64_t j = 0; j < kHidden; ++j) {
      double h = b1[j], s1 = std::fabs(b1[j]);
      bool grid = onGrid(b1[j]);
      for (int64_t k = 0; k < kIn; ++k) {
        // Exact: a product of two floats fits in a double.
        double p = double(x[i * kIn + k]) * w1[k * kHidden + j];
        h += p;
        s1 += std::fabs(p);
        grid = grid && onGrid(p);
      }
      double e1 = grid && s1 < 0x1p19 ? 0 : gammaF32(kIn + 1) * s1;
      exactSums += e1 == 0;
      g[j] = gelu(h);
      double ulps = h < -12 ? 160 : 16;
      eg[j] = 1.13 * e1 + ulps * std::ldexp(std::fabs(g[j]), -23);
    }
    for (int64_t m = 0; m < kOut; ++m) {
      double o = b2[m], s2 = std::fabs(b2[m]), propagated = 0;
      for (int64_t j = 0; j < kHidden; ++j) {
        double w = w2[j * kOut + m];
        o += g[j] * w;
        s2 += (std::fabs(g[j]) + eg[j]) * std::fabs(w);
        propagated += eg[j] * std::fabs(w);
      }
      double r = std::min(std::max(o, 0.0), 6.0);
      double bound = gammaF32(kHidden + 1) * s2 + propagated;
      double diff = std::fabs(double(out(i, m)) - r);
      ref[i * kOut + m] = r;
      if (!(diff <= bound)) {
        if (failures++ < 10)
          std::fprintf(stderr, "mismatch y[%lld][%lld] = %.9g, reference %.9g, "
                       "|diff| %.3g > bound %.3g\n", (long long)i,
                       (long long)m, double(out(i, m)), r, diff, bound);
      }
      maxDiff = std::max(maxDiff, diff);
      maxBound = std::max(maxBound, bound);
      maxRatio = std::max(maxRatio, diff / bound);
      zeros += out(i, m) == 0.0f;
      sixes += out(i, m) == 6.0f;
    }
  }

  std::printf("mlp: y = relu6(gelu(x W1 + b1) W2 + b2), x: %lldx%lld, "
              "hidden %lld, y: %lldx%lld\n",
              (long long)n, (long long)kIn, (long long)kHidden, (long long)n,
              (long long)kOut);
  std::vector<int64_t> rows{0};
  if (n > 1)
    rows.push_back(1);
  if (n > 2)
    rows.push_back(n - 1);
  for (int64_t i : rows) {
    char label[32];
    std::snprintf(label, sizeof(label), "y[%lld][0:6]", (long long)i);
    std::printf("%-11s =", label);
    for (int64_t m = 0; m < 6; ++m)
      std::printf(" %9.6f", double(out(i, m)));
    std::printf("\n%-11s =", "reference");
    for (int64_t m = 0; m < 6; ++m)
      std::printf(" %9.6f", ref[i * kOut + m]);
    std::printf("\n");
  }
  std::printf("outputs: %lld, clamped to 0: %lld, clamped to 6: %lld\n",
              (long long)(n * kOut), (long long)zeros, (long long)sixes);
  std::printf("max |y - reference| = %.3g, at most %.2g%% of the error bound"
              " (<= %.3g;\n  x W1 + b1 exact in f32 for %lld of %lld sums)\n",
              maxDiff, 100 * maxRatio, maxBound, (long long)exactSums,
              (long long)(n * kHidden));
  std::free(y.basePtr);

  if (failures) {
    std::printf("FAIL: %lld outputs beyond the error bound\n",
                (long long)failures);
    return 1;
  }
  std::printf("PASS\n");
  return 0;
}
