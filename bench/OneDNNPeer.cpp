//===- OneDNNPeer.cpp - oneDNN primitives -----------------------*- C++ -*-===//
//
// Part of the act-mlir project.
//
//===----------------------------------------------------------------------===//
//
// oneDNN (libdnnl-dev, v2.x API, OpenMP runtime): eltwise_forward for the
// unary ops (f32 and bf16), binary primitives with post-ops for the fused
// bias+relu and scale+shift+relu, and matmul with a bias and a relu post-op.
// Primitives are created outside the timed loop; the timed call is
// `execute` + `wait` with a prebuilt argument map. oneDNN threads itself
// (OpenMP; the driver sets the thread count).
//
//===----------------------------------------------------------------------===//

#include "Harness.h"

#include <oneapi/dnnl/dnnl.hpp>

#include <memory>
#include <unordered_map>

using namespace actbench;
using namespace dnnl;

namespace {

engine &cpu() {
  static engine e(engine::kind::cpu, 0);
  return e;
}

using Args = std::unordered_map<int, memory>;

/// A runner that executes `prims` in order with their argument maps.
Runner runAll(std::vector<std::pair<primitive, Args>> steps) {
  auto shared = std::make_shared<std::vector<std::pair<primitive, Args>>>(
      std::move(steps));
  auto s = std::make_shared<stream>(cpu());
  return [shared, s] {
    for (auto &[p, args] : *shared)
      p.execute(*s, args);
    s->wait();
  };
}

memory mem(const memory::desc &md, const void *ptr) {
  return memory(md, cpu(), const_cast<void *>(ptr));
}

struct EltSpec {
  const char *op;
  algorithm alg;
  float alpha, beta;
};

const EltSpec kElt[] = {
    {"relu", algorithm::eltwise_relu, 0.f, 0.f},
    {"clamp", algorithm::eltwise_clip, 0.f, 6.f},
    {"leaky_relu", algorithm::eltwise_relu, 0.01f, 0.f},
    {"gelu", algorithm::eltwise_gelu_erf, 0.f, 0.f},
    {"gelu_tanh", algorithm::eltwise_gelu_tanh, 0.f, 0.f},
    {"silu", algorithm::eltwise_swish, 1.f, 0.f},
    {"sigmoid", algorithm::eltwise_logistic, 0.f, 0.f},
    {"hardswish", algorithm::eltwise_hardswish, 0.f, 0.f},
    {"elu", algorithm::eltwise_elu, 1.f, 0.f},
};

primitive eltwise(const EltSpec &spec, const memory::desc &md) {
  eltwise_forward::desc d(prop_kind::forward_inference, spec.alg, md,
                          spec.alpha, spec.beta);
  return eltwise_forward(eltwise_forward::primitive_desc(d, cpu()));
}

primitive binaryOp(algorithm alg, const memory::desc &src0,
                   const memory::desc &src1, const post_ops &ops) {
  primitive_attr attr;
  attr.set_post_ops(ops);
  binary::desc d(alg, src0, src1, src0);
  return binary(binary::primitive_desc(d, attr, cpu()));
}

post_ops reluOps() {
  post_ops ops;
  ops.append_eltwise(1.f, algorithm::eltwise_relu, 0.f, 0.f);
  return ops;
}

} // namespace

void actbench::registerOneDNN() {
  for (const EltSpec &spec : kElt) {
    for (Type t : {Type::F32, Type::BF16}) {
      add(Group::Unary, spec.op, typeName(t), "onednn",
          [spec, t](const Problem &p, int) -> Runner {
            memory::desc md({memory::dim(p.n)},
                            t == Type::F32 ? memory::data_type::f32
                                           : memory::data_type::bf16,
                            memory::format_tag::a);
            return runAll({{eltwise(spec, md),
                            {{DNNL_ARG_SRC, mem(md, p.src)},
                             {DNNL_ARG_DST, mem(md, p.dst)}}}});
          });
    }
  }

  auto rowsMd = [](const Problem &p) {
    return memory::desc({memory::dim(p.n / kChannels), kChannels},
                        memory::data_type::f32, memory::format_tag::ab);
  };
  memory::desc vecMd({1, kChannels}, memory::data_type::f32,
                     memory::format_tag::ab);

  // bias + relu: a binary add with a relu post-op, and the unfused sequence
  // (add, then relu as a separate eltwise pass).
  add(Group::Fused, "bias_relu", "f32", "onednn",
      [=](const Problem &p, int) -> Runner {
        memory::desc md = rowsMd(p);
        return runAll({{binaryOp(algorithm::binary_add, md, vecMd, reluOps()),
                        {{DNNL_ARG_SRC_0, mem(md, p.src)},
                         {DNNL_ARG_SRC_1, mem(vecMd, p.vec0)},
                         {DNNL_ARG_DST, mem(md, p.dst)}}}});
      });
  add(Group::Fused, "bias_relu", "f32", "onednn_unfused",
      [=](const Problem &p, int) -> Runner {
        memory::desc md = rowsMd(p);
        return runAll(
            {{binaryOp(algorithm::binary_add, md, vecMd, post_ops()),
              {{DNNL_ARG_SRC_0, mem(md, p.src)},
               {DNNL_ARG_SRC_1, mem(vecMd, p.vec0)},
               {DNNL_ARG_DST, mem(md, p.tmp)}}},
             {eltwise(kElt[0], md),
              {{DNNL_ARG_SRC, mem(md, p.tmp)}, {DNNL_ARG_DST, mem(md, p.dst)}}}});
      });

  // scale + shift + relu: a binary mul with binary-add and relu post-ops,
  // and the unfused sequence of three passes.
  add(Group::Fused, "scale_shift_relu", "f32", "onednn",
      [=](const Problem &p, int) -> Runner {
        memory::desc md = rowsMd(p);
        post_ops ops;
        ops.append_binary(algorithm::binary_add, vecMd);
        ops.append_eltwise(1.f, algorithm::eltwise_relu, 0.f, 0.f);
        return runAll(
            {{binaryOp(algorithm::binary_mul, md, vecMd, ops),
              {{DNNL_ARG_SRC_0, mem(md, p.src)},
               {DNNL_ARG_SRC_1, mem(vecMd, p.vec0)},
               {DNNL_ARG_ATTR_MULTIPLE_POST_OP(0) | DNNL_ARG_SRC_1,
                mem(vecMd, p.vec1)},
               {DNNL_ARG_DST, mem(md, p.dst)}}}});
      });
  add(Group::Fused, "scale_shift_relu", "f32", "onednn_unfused",
      [=](const Problem &p, int) -> Runner {
        memory::desc md = rowsMd(p);
        return runAll(
            {{binaryOp(algorithm::binary_mul, md, vecMd, post_ops()),
              {{DNNL_ARG_SRC_0, mem(md, p.src)},
               {DNNL_ARG_SRC_1, mem(vecMd, p.vec0)},
               {DNNL_ARG_DST, mem(md, p.dst)}}},
             {binaryOp(algorithm::binary_add, md, vecMd, post_ops()),
              {{DNNL_ARG_SRC_0, mem(md, p.dst)},
               {DNNL_ARG_SRC_1, mem(vecMd, p.vec1)},
               {DNNL_ARG_DST, mem(md, p.tmp)}}},
             {eltwise(kElt[0], md),
              {{DNNL_ARG_SRC, mem(md, p.tmp)}, {DNNL_ARG_DST, mem(md, p.dst)}}}});
      });

  // Matmul: C = A W; relu(A W + b) with the bias and a relu post-op; and
  // A W followed by a separate bias + relu pass.
  auto mds = [](const Problem &p) {
    using dt = memory::data_type;
    using tag = memory::format_tag;
    return std::array<memory::desc, 4>{
        memory::desc({p.m, p.k}, dt::f32, tag::ab),
        memory::desc({p.k, p.nCols}, dt::f32, tag::ab),
        memory::desc({1, p.nCols}, dt::f32, tag::ab),
        memory::desc({p.m, p.nCols}, dt::f32, tag::ab)};
  };
  add(Group::Matmul, "matmul", "f32", "onednn",
      [=](const Problem &p, int) -> Runner {
        auto [a, w, b, c] = mds(p);
        matmul::desc d(a, w, c);
        return runAll({{matmul(matmul::primitive_desc(d, cpu())),
                        {{DNNL_ARG_SRC, mem(a, p.a)},
                         {DNNL_ARG_WEIGHTS, mem(w, p.w)},
                         {DNNL_ARG_DST, mem(c, p.c)}}}});
      });
  add(Group::Matmul, "matmul", "f32", "onednn_fused",
      [=](const Problem &p, int) -> Runner {
        auto [a, w, b, c] = mds(p);
        matmul::desc d(a, w, b, c);
        primitive_attr attr;
        attr.set_post_ops(reluOps());
        return runAll({{matmul(matmul::primitive_desc(d, attr, cpu())),
                        {{DNNL_ARG_SRC, mem(a, p.a)},
                         {DNNL_ARG_WEIGHTS, mem(w, p.w)},
                         {DNNL_ARG_BIAS, mem(b, p.bias)},
                         {DNNL_ARG_DST, mem(c, p.c)}}}});
      });
  add(Group::Matmul, "matmul", "f32", "onednn_unfused",
      [=](const Problem &p, int) -> Runner {
        auto [a, w, b, c] = mds(p);
        matmul::desc d(a, w, c);
        return runAll({{matmul(matmul::primitive_desc(d, cpu())),
                        {{DNNL_ARG_SRC, mem(a, p.a)},
                         {DNNL_ARG_WEIGHTS, mem(w, p.w)},
                         {DNNL_ARG_DST, mem(c, p.c)}}},
                       {binaryOp(algorithm::binary_add, c, b, reluOps()),
                        {{DNNL_ARG_SRC_0, mem(c, p.c)},
                         {DNNL_ARG_SRC_1, mem(b, p.bias)},
                         {DNNL_ARG_DST, mem(c, p.c)}}}});
      });
}
