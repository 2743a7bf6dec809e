#!/usr/bin/env python3
"""Generates the MLIR kernels of the act-mlir benchmarks (bench/README.md).

  gen_kernels.py act      OUT.mlir   act ops, compiled by act-opt --act-cpu-pipeline
  gen_kernels.py act-mt   OUT.mlir   the same unary and fused kernels named act_mt_*
                                     (compiled with the pipeline's threads=2)
  gen_kernels.py act-epilogue OUT.mlir  matmul + bias + relu (fuse-epilogue=true)
  gen_kernels.py upstream OUT.mlir   the same computations in linalg + arith + math,
                                     compiled with upstream MLIR passes only
  gen_kernels.py header   OUT.h      the C declarations of both (_mlir_ciface_*)

Every kernel is destination-passing over memrefs, so that the benchmark owns
every buffer and no kernel allocates: the inputs enter as tensors through
`bufferization.to_tensor`, the result is written into the caller's buffer with
`bufferization.materialize_in_destination`. Unary kernels are 1-D
(`memref<?xT>`); bias/scale kernels are 2-D rows x channels with per-channel
vectors; matmul kernels have static shapes (epilogue fusion tiles only static
shapes).
"""

import sys

TYPES = ["f32", "bf16"]

# op name -> (act op text, upstream body builder).  The act text is
# formatted with {x} (the input tensor) and {t} (its type).
UNARY = {
    "relu": "act.relu {x} : {t}",
    "clamp": "act.clamp {x} {{min = 0.0 : f64, max = 6.0 : f64}} : {t}",
    "leaky_relu": "act.leaky_relu {x} {{alpha = 0.01 : f64}} : {t}",
    "gelu": "act.gelu {x} : {t}",
    "gelu_tanh": "act.gelu {x} {{approximate = #act.approximate<tanh>}} : {t}",
    "silu": "act.silu {x} : {t}",
    "sigmoid": "act.sigmoid {x} : {t}",
    "hardswish": "act.hardswish {x} : {t}",
    "elu": "act.elu {x} {{alpha = 1.0 : f64}} : {t}",
}

# Matmul shapes (M, K, N): square, one in L2, one beyond.
MATMUL_SHAPES = [(256, 256, 256), (512, 512, 512)]


def upstream_body(op, v):
    """Lines computing op(v) in f32 with arith/math; returns (lines, result)."""
    c = lambda val: f"arith.constant {val} : f32"
    if op == "relu":
        return [f"%z = {c('0.0')}", f"%r = arith.maximumf {v}, %z : f32"], "%r"
    if op == "clamp":
        return [f"%z = {c('0.0')}", f"%six = {c('6.0')}",
                f"%m = arith.maximumf {v}, %z : f32",
                "%r = arith.minimumf %m, %six : f32"], "%r"
    if op == "leaky_relu":
        return [f"%z = {c('0.0')}", f"%a = {c('0.01')}",
                f"%p = arith.cmpf ogt, {v}, %z : f32",
                f"%s = arith.mulf {v}, %a : f32",
                f"%r = arith.select %p, {v}, %s : f32"], "%r"
    if op == "gelu":
        return [f"%h = {c('0.5')}", f"%one = {c('1.0')}",
                f"%k = {c('0.70710678118654752')}",
                f"%u = arith.mulf {v}, %k : f32", "%e = math.erf %u : f32",
                "%p = arith.addf %e, %one : f32",
                f"%hx = arith.mulf {v}, %h : f32",
                "%r = arith.mulf %hx, %p : f32"], "%r"
    if op == "gelu_tanh":
        return [f"%h = {c('0.5')}", f"%one = {c('1.0')}",
                f"%k = {c('0.79788456080286536')}", f"%a = {c('0.044715')}",
                f"%x2 = arith.mulf {v}, {v} : f32", "%x3 = arith.mulf %x2, "
                f"{v} : f32", "%ax3 = arith.mulf %x3, %a : f32",
                f"%inner = arith.addf {v}, %ax3 : f32",
                "%u = arith.mulf %inner, %k : f32", "%th = math.tanh %u : f32",
                "%p = arith.addf %th, %one : f32",
                f"%hx = arith.mulf {v}, %h : f32",
                "%r = arith.mulf %hx, %p : f32"], "%r"
    if op in ("sigmoid", "silu"):
        lines = [f"%one = {c('1.0')}", f"%n = arith.negf {v} : f32",
                 "%e = math.exp %n : f32", "%d = arith.addf %e, %one : f32",
                 "%s = arith.divf %one, %d : f32"]
        if op == "sigmoid":
            return lines, "%s"
        return lines + [f"%r = arith.mulf {v}, %s : f32"], "%r"
    if op == "hardswish":
        return [f"%z = {c('0.0')}", f"%three = {c('3.0')}", f"%six = {c('6.0')}",
                f"%p = arith.addf {v}, %three : f32",
                "%m = arith.maximumf %p, %z : f32",
                "%n = arith.minimumf %m, %six : f32",
                f"%q = arith.mulf {v}, %n : f32",
                "%r = arith.divf %q, %six : f32"], "%r"
    if op == "elu":
        return [f"%z = {c('0.0')}", f"%p = arith.cmpf ogt, {v}, %z : f32",
                f"%e = math.expm1 {v} : f32",
                f"%r = arith.select %p, {v}, %e : f32"], "%r"
    raise ValueError(op)


def generic(maps, ins, outs, body_args, body, yields, iters):
    """A linalg.generic on tensors."""
    ins_s = ", ".join(f"{n}" for n, _ in ins)
    ins_t = ", ".join(t for _, t in ins)
    out_n, out_t = outs
    lines = [f"linalg.generic {{indexing_maps = [{', '.join(maps)}], "
             f"iterator_types = [{', '.join(iters)}]}}",
             f"    ins({ins_s} : {ins_t}) outs({out_n} : {out_t}) {{",
             f"  ^bb0({body_args}):"]
    lines += ["    " + l for l in body]
    lines.append(f"    linalg.yield {yields}")
    lines.append(f"  }} -> {out_t}")
    return lines


def func(name, args, body):
    out = [f"func.func @{name}({', '.join(args)}) {{"]
    out += ["  " + l for l in body]
    out += ["  return", "}", ""]
    return out


def to_tensor(name, memref, tensor):
    return (f"%{name} = bufferization.to_tensor %{name}_m restrict : "
            f"{memref} to {tensor}")


def store(value, memref, tensor):
    return (f"bufferization.materialize_in_destination {value} in restrict "
            f"writable %out : ({tensor}, {memref}) -> ()")


ID1 = "affine_map<(i) -> (i)>"
ID2 = "affine_map<(i, j) -> (i, j)>"
COL = "affine_map<(i, j) -> (j)>"
PAR1 = ['"parallel"']
PAR2 = ['"parallel"', '"parallel"']


def empty2(src, t):
    return ["%c0 = arith.constant 0 : index", "%c1 = arith.constant 1 : index",
            f"%rows = tensor.dim {src}, %c0 : {t}",
            f"%cols = tensor.dim {src}, %c1 : {t}",
            f"%init = tensor.empty(%rows, %cols) : {t}"]


def unary_fn(flavor, op, ty):
    m, t = f"memref<?x{ty}>", f"tensor<?x{ty}>"
    body = [to_tensor("x", m, t)]
    if flavor.startswith("act"):
        body.append(f"%r = " + UNARY[op].format(x="%x", t=t))
    else:
        body += ["%c0 = arith.constant 0 : index",
                 f"%len = tensor.dim %x, %c0 : {t}",
                 f"%init = tensor.empty(%len) : {t}"]
        inner = []
        v = "%in"
        if ty != "f32":
            inner.append(f"%inf = arith.extf %in : {ty} to f32")
            v = "%inf"
        lines, res = upstream_body(op, v)
        inner += lines
        if ty != "f32":
            inner.append(f"%rt = arith.truncf {res} : f32 to {ty}")
            res = "%rt"
        g = generic([ID1, ID1], [("%x", t)], ("%init", t), f"%in: {ty}, %o: {ty}",
                    inner, f"{res} : {ty}", PAR1)
        body += ["%r = " + g[0]] + g[1:]
    body.append(store("%r", m, t))
    return func(f"{flavor}_{op}_{ty}", [f"%x_m: {m}", f"%out: {m}"], body)


def rowvec_generic(name, x, vecs, t, vt, op_lines, res):
    """x (rows x cols) combined with per-channel vectors."""
    maps = [ID2] + [COL] * len(vecs) + [ID2]
    ins = [(x, t)] + [(v, vt) for v in vecs]
    args = ", ".join([f"%a: f32"] + [f"%v{i}: f32" for i in range(len(vecs))]
                     + ["%o: f32"])
    g = generic(maps, ins, ("%init", t), args, op_lines, f"{res} : f32", PAR2)
    return [f"{name} = " + g[0]] + g[1:]


def fused_fns(flavor):
    """bias+relu and scale+shift+relu on f32, rows x channels."""
    m, t = "memref<?x?xf32>", "tensor<?x?xf32>"
    vm, vt = "memref<?xf32>", "tensor<?xf32>"
    out = []

    def relu_of(v, name):
        if flavor.startswith("act"):
            return [f"{name} = act.relu {v} : {t}"]
        return rowvec_generic(name, v, [], t, vt,
                              ["%z = arith.constant 0.0 : f32",
                               "%r = arith.maximumf %a, %z : f32"], "%r")

    # Fused: one function, the pipeline fuses.
    body = [to_tensor("x", m, t), to_tensor("b", vm, vt)] + empty2("%x", t)
    body += rowvec_generic("%s", "%x", ["%b"], t, vt,
                           ["%r = arith.addf %a, %v0 : f32"], "%r")
    body += relu_of("%s", "%y")
    body.append(store("%y", m, t))
    out += func(f"{flavor}_bias_relu_f32",
                [f"%x_m: {m}", f"%b_m: {vm}", f"%out: {m}"], body)

    body = [to_tensor("x", m, t), to_tensor("s", vm, vt),
            to_tensor("h", vm, vt)] + empty2("%x", t)
    body += rowvec_generic("%p", "%x", ["%s"], t, vt,
                           ["%r = arith.mulf %a, %v0 : f32"], "%r")
    body += rowvec_generic("%q", "%p", ["%h"], t, vt,
                           ["%r = arith.addf %a, %v0 : f32"], "%r")
    body += relu_of("%q", "%y")
    body.append(store("%y", m, t))
    out += func(f"{flavor}_scale_shift_relu_f32",
                [f"%x_m: {m}", f"%s_m: {vm}", f"%h_m: {vm}", f"%out: {m}"],
                body)

    if not flavor.startswith("act"):
        return out
    # The unfused sequence: one function per step.
    for name, opline in (("bias_add", "%r = arith.addf %a, %v0 : f32"),
                         ("scale", "%r = arith.mulf %a, %v0 : f32")):
        body = [to_tensor("x", m, t), to_tensor("b", vm, vt)] + empty2("%x", t)
        body += rowvec_generic("%y", "%x", ["%b"], t, vt, [opline], "%r")
        body.append(store("%y", m, t))
        out += func(f"{flavor}_{name}_f32",
                    [f"%x_m: {m}", f"%b_m: {vm}", f"%out: {m}"], body)
    return out


def matmul_fns(fuse_epilogue_variant):
    """matmul alone, and matmul + bias + relu in one function."""
    out = []
    for (mm, kk, nn) in MATMUL_SHAPES:
        a, b, c = (f"tensor<{mm}x{kk}xf32>", f"tensor<{kk}x{nn}xf32>",
                   f"tensor<{mm}x{nn}xf32>")
        am, bm, cm = (x.replace("tensor", "memref") for x in (a, b, c))
        vt, vm = f"tensor<{nn}xf32>", f"memref<{nn}xf32>"
        sfx = f"{mm}x{kk}x{nn}"
        pre = [to_tensor("a", am, a), to_tensor("w", bm, b),
               "%zero = arith.constant 0.0 : f32", f"%init = tensor.empty() : {c}",
               f"%z = linalg.fill ins(%zero : f32) outs(%init : {c}) -> {c}",
               f"%mm = linalg.matmul ins(%a, %w : {a}, {b}) outs(%z : {c}) "
               f"-> {c}"]
        if not fuse_epilogue_variant:
            out += func(f"act_matmul_{sfx}", [f"%a_m: {am}", f"%w_m: {bm}",
                                              f"%out: {cm}"],
                        pre + [store("%mm", cm, c)])
        body = pre + [to_tensor("b", vm, vt)]
        g = generic([ID2, COL, ID2], [("%mm", c), ("%b", vt)], ("%init", c),
                    "%x: f32, %y: f32, %o: f32",
                    ["%r = arith.addf %x, %y : f32"], "%r : f32", PAR2)
        body += ["%s = " + g[0]] + g[1:]
        body += [f"%y = act.relu %s : {c}", store("%y", cm, c)]
        name = "act_matmul_bias_relu_epi" if fuse_epilogue_variant else \
            "act_matmul_bias_relu"
        out += func(f"{name}_{sfx}", [f"%a_m: {am}", f"%w_m: {bm}",
                                      f"%b_m: {vm}", f"%out: {cm}"], body)
    return out


def header():
    lines = ["// Generated by bench/gen_kernels.py: the C interfaces of the "
             "benchmark kernels.",
             "#pragma once", "#include \"mlir/ExecutionEngine/CRunnerUtils.h\"",
             "#include <cstdint>", "",
             "using ActMemRef1F = StridedMemRefType<float, 1>;",
             "using ActMemRef1H = StridedMemRefType<uint16_t, 1>;",
             "using ActMemRef2F = StridedMemRefType<float, 2>;", "",
             'extern "C" {']
    for flavor in ("act", "act_mt", "upstream"):
        for op in UNARY:
            for ty in TYPES:
                r = "ActMemRef1F" if ty == "f32" else "ActMemRef1H"
                lines.append(f"void _mlir_ciface_{flavor}_{op}_{ty}({r} *x, "
                             f"{r} *out);")
        lines.append(f"void _mlir_ciface_{flavor}_bias_relu_f32(ActMemRef2F *x, "
                     "ActMemRef1F *b, ActMemRef2F *out);")
        lines.append(f"void _mlir_ciface_{flavor}_scale_shift_relu_f32("
                     "ActMemRef2F *x, ActMemRef1F *s, ActMemRef1F *h, "
                     "ActMemRef2F *out);")
    for flavor in ("act", "act_mt"):
        for name in ("bias_add", "scale"):
            lines.append(f"void _mlir_ciface_{flavor}_{name}_f32(ActMemRef2F *x, "
                         "ActMemRef1F *b, ActMemRef2F *out);")
    for (mm, kk, nn) in MATMUL_SHAPES:
        sfx = f"{mm}x{kk}x{nn}"
        lines.append(f"void _mlir_ciface_act_matmul_{sfx}(ActMemRef2F *a, "
                     "ActMemRef2F *w, ActMemRef2F *out);")
        for v in ("act_matmul_bias_relu", "act_matmul_bias_relu_epi"):
            lines.append(f"void _mlir_ciface_{v}_{sfx}(ActMemRef2F *a, "
                         "ActMemRef2F *w, ActMemRef1F *b, ActMemRef2F *out);")
    lines += ["}", "", "// X(op) for every unary op.", "#define ACT_BENCH_UNARY_OPS(X) \\"]
    lines += [f"  X({op}) \\" for op in UNARY] + [""]
    lines += ["// X(M, K, N) for every matmul shape.",
              "#define ACT_BENCH_MATMUL_SHAPES(X) \\"]
    lines += [f"  X({mm}, {kk}, {nn}) \\" for (mm, kk, nn) in MATMUL_SHAPES]
    lines += [""]
    return "\n".join(lines) + "\n"


def main():
    if len(sys.argv) != 3 or sys.argv[1] not in (
            "act", "act-mt", "upstream", "header", "act-epilogue"):
        sys.exit(__doc__)
    what, path = sys.argv[1:]
    if what == "header":
        text = header()
    else:
        lines = [f"// Generated by bench/gen_kernels.py {what}: do not edit.", ""]
        if what == "act-epilogue":
            lines += matmul_fns(True)
        else:
            flavor = {"act": "act", "act-mt": "act_mt",
                      "upstream": "upstream"}[what]
            for op in UNARY:
                for ty in TYPES:
                    lines += unary_fn(flavor, op, ty)
            lines += fused_fns(flavor)
            if what == "act":
                lines += matmul_fns(False)
        text = "\n".join(lines)
    with open(path, "w") as f:
        f.write(text)


if __name__ == "__main__":
    main()
