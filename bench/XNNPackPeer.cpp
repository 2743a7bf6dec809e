//===- XNNPackPeer.cpp - XNNPACK operators ----------------------*- C++ -*-===//
//
// Part of the act-mlir project.
//
//===----------------------------------------------------------------------===//
//
// XNNPACK (libxnnpack-dev, the 2022 snapshot Debian 12 ships): the f32
// elementwise operators it has (clamp for relu and relu6, leaky_relu,
// sigmoid, hardswish, elu; no GELU or SiLU, no bf16) and the fully
// connected operator (matmul) with a bias and a [0, +inf) clamp as the fused
// relu. Operators are created and set up outside the timed loop; the timed
// call is xnn_run_operator. Two threads go through a pthreadpool.
//
//===----------------------------------------------------------------------===//

#include "Harness.h"

#include <pthreadpool.h>
#include <xnnpack.h>

#include <cstdio>
#include <cstdlib>
#include <limits>
#include <memory>

using namespace actbench;

namespace {

void check(xnn_status s, const char *what) {
  if (s != xnn_status_success) {
    std::fprintf(stderr, "xnnpack: %s failed (%d)\n", what, int(s));
    std::abort();
  }
}

pthreadpool_t pool(int threads) {
  static pthreadpool_t two = pthreadpool_create(2);
  return threads > 1 ? two : nullptr;
}

Runner runOp(xnn_operator_t op, int threads) {
  std::shared_ptr<xnn_operator> owner(op, xnn_delete_operator);
  pthreadpool_t tp = pool(threads);
  return [owner, tp] { check(xnn_run_operator(owner.get(), tp), "run"); };
}

constexpr float kInf = std::numeric_limits<float>::infinity();

// create(op*) then setup(op, batch, in, out, pool).
template <typename Create, typename Setup>
void addUnary(const char *name, Create create, Setup setup) {
  add(Group::Unary, name, "f32", "xnnpack",
      [=](const Problem &p, int threads) -> Runner {
        xnn_operator_t op = nullptr;
        check(create(&op), "create");
        check(setup(op, p.n, static_cast<const float *>(p.src),
                    static_cast<float *>(p.dst), pool(threads)),
              "setup");
        return runOp(op, threads);
      });
}

} // namespace

void actbench::registerXNNPack() {
  check(xnn_initialize(nullptr), "initialize");
  addUnary(
      "relu",
      [](xnn_operator_t *op) {
        return xnn_create_clamp_nc_f32(1, 1, 1, 0.f, kInf, 0, op);
      },
      xnn_setup_clamp_nc_f32);
  addUnary(
      "clamp",
      [](xnn_operator_t *op) {
        return xnn_create_clamp_nc_f32(1, 1, 1, 0.f, 6.f, 0, op);
      },
      xnn_setup_clamp_nc_f32);
  addUnary(
      "leaky_relu",
      [](xnn_operator_t *op) {
        return xnn_create_leaky_relu_nc_f32(1, 1, 1, 0.01f, 0, op);
      },
      xnn_setup_leaky_relu_nc_f32);
  addUnary(
      "sigmoid",
      [](xnn_operator_t *op) {
        return xnn_create_sigmoid_nc_f32(1, 1, 1, 0, op);
      },
      xnn_setup_sigmoid_nc_f32);
  addUnary(
      "hardswish",
      [](xnn_operator_t *op) {
        return xnn_create_hardswish_nc_f32(1, 1, 1, 0, op);
      },
      xnn_setup_hardswish_nc_f32);
  addUnary(
      "elu",
      [](xnn_operator_t *op) {
        return xnn_create_elu_nc_f32(1, 1, 1, 1.f, 0, op);
      },
      xnn_setup_elu_nc_f32);

  // Fully connected: y = x W^T (+ b, clamped to [0, inf) as the fused relu).
  for (bool fused : {false, true}) {
    add(Group::Matmul, "matmul", "f32", fused ? "xnnpack_fused" : "xnnpack",
        [fused](const Problem &p, int threads) -> Runner {
          xnn_operator_t op = nullptr;
          check(xnn_create_fully_connected_nc_f32(
                    size_t(p.k), size_t(p.nCols), size_t(p.k),
                    size_t(p.nCols), p.wT, fused ? p.bias : nullptr,
                    fused ? 0.f : -kInf, kInf, 0, &op),
                "create fully connected");
          check(xnn_setup_fully_connected_nc_f32(op, size_t(p.m), p.a, p.c,
                                                 pool(threads)),
                "setup fully connected");
          return runOp(op, threads);
        });
  }
}
