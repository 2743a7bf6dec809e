//===- act-embed-aot.cpp - calls an ahead-of-time act kernel ----*- C++ -*-===//
//
// Part of the act-mlir project.
//
//===----------------------------------------------------------------------===//
//
// Calls `@relu6` of relu6.mlir, compiled at build time by act_add_mlir_object
// of the installed package, through its C interface. Exit status 0 when the
// results are exact.
//
//===----------------------------------------------------------------------===//

#include "mlir/ExecutionEngine/CRunnerUtils.h"

#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <vector>

extern "C" void _mlir_ciface_relu6(StridedMemRefType<float, 1> *result,
                                   StridedMemRefType<float, 1> *input);

int main() {
  std::vector<float> input = {-2.0f, -0.0f, 0.5f, 3.0f, 6.0f, 7.5f, 1e30f};
  StridedMemRefType<float, 1> in{
      input.data(), input.data(), 0, {int64_t(input.size())}, {1}};
  StridedMemRefType<float, 1> out{};
  _mlir_ciface_relu6(&out, &in);
  bool ok = out.sizes[0] == int64_t(input.size());
  for (int64_t i = 0; ok && i < out.sizes[0]; ++i) {
    float want = std::fmin(std::fmax(input[i], 0.0f), 6.0f);
    float got = out.data[i];
    std::printf("relu6(%g) = %g\n", input[i], got);
    ok &= got == want && !std::signbit(got);
  }
  std::free(out.basePtr);
  std::printf("%s\n", ok ? "ok" : "MISMATCH");
  return ok ? 0 : 1;
}
