#!/usr/bin/env python3
"""Prints a module of N functions (default 300) that exercise every act pass
of act-cpu-pipeline: folding of constants, relu/clamp merges, sign analysis
(through calls between functions), scale commuting, raising of arith
idioms, broadcasts, reshapes and matmul epilogues, on every float type and
static and dynamic shapes. Deterministic (a fixed seed).

usage: many-functions.py [N]
"""
import random
import sys

n = int(sys.argv[1]) if len(sys.argv) > 1 else 300
rng = random.Random(20240613)
types = ["f16", "bf16", "f32", "f64"]
unary = ["relu", "sigmoid", "gelu", "silu", "mish", "softplus", "selu",
         "elu {alpha = 0.5 : f64}", "celu {alpha = 2.0 : f64}", "hardswish",
         "hardsigmoid", "leaky_relu {alpha = 0.1 : f64}",
         "clamp {min = -1.0 : f64, max = 6.0 : f64}",
         "threshold {threshold = 0.5 : f64, value = 0.0 : f64}",
         "relu {nan_mode = #act.nan_mode<ignore>}",
         "gelu {approximate = #act.approximate<tanh>}"]
out = []
types_of = []  # the argument type of every function
for i in range(n):
    t = rng.choice(types)
    shape = rng.choice(["8", "?", "4x?", "3x5", "2x3x4", "?x16"])
    ty = f"tensor<{shape}x{t}>"
    kind = i % 8
    body = []
    if kind == 0:  # a chain of activations, simplify merges some
        v = "%x"
        for k in range(rng.randint(2, 5)):
            op = rng.choice(unary)
            name, _, attrs = op.partition(" ")
            body.append(f"  %c{k} = act.{name} {v} {attrs} : {ty}")
            v = f"%c{k}"
        res = v
    elif kind == 1:  # relu of clamp of relu: merges into one clamp
        body += [f"  %a = act.relu %x : {ty}",
                 f"  %b = act.clamp %a {{min = -2.0 : f64, max = 6.0 : f64}} : {ty}",
                 f"  %c = act.relu %b : {ty}"]
        res = "%c"
    elif kind == 2:  # sign analysis: relu of provably non-negative values
        body += [f"  %s = act.sigmoid %x : {ty}",
                 f"  %q = arith.mulf %x, %x : {ty}",
                 f"  %p = arith.addf %s, %q : {ty}",
                 f"  %r = act.relu %p : {ty}"]
        res = "%r"
    elif kind == 3:  # positive scale out of relu (static shapes only)
        if "?" in shape:
            body.append(f"  %r = act.relu %x : {ty}")
        else:
            body += [f"  %k = arith.constant dense<0.25> : {ty}",
                     f"  %m = arith.mulf %x, %k : {ty}",
                     f"  %r = act.relu %m : {ty}"]
        res = "%r"
    elif kind == 4:  # raising: maximumf(x, 0) is relu
        if "?" in shape:
            body.append(f"  %r = act.hardswish %x : {ty}")
        else:
            body += [f"  %z = arith.constant dense<0.0> : {ty}",
                     f"  %r = arith.maximumf %x, %z : {ty}"]
        res = "%r"
    elif kind == 5:  # constant folding
        st = ty.replace("?", "7")
        body += [f"  %k = arith.constant dense<-1.5> : {st}",
                 f"  %f = act.{rng.choice(['gelu', 'sigmoid', 'relu', 'mish'])} %k : {st}",
                 f"  %c = tensor.cast %f : {st} to {ty}",
                 f"  %r = arith.addf %x, %c : {ty}"]
        res = "%r"
    elif kind == 6:  # a call to a kind-2 function: relu of its result
        ctype = types_of[i - 4]
        out.append(f"func.func @fn{i}(%y: {ctype}) -> {ctype} {{\n"
                   f"  %cv = func.call @fn{i - 4}(%y) : ({ctype}) -> {ctype}\n"
                   f"  %rc = act.relu %cv : {ctype}\n"
                   f"  return %rc : {ctype}\n}}\n")
        types_of.append(ctype)
        continue
    else:  # matmul with a bias and activation epilogue
        mt = f"tensor<8x16x{t}>"
        name, _, attrs = rng.choice(
            ["relu", "gelu", "clamp {min = 0.0 : f64, max = 6.0 : f64}"]).partition(" ")
        body = [f"  %w = arith.constant dense<0.5> : tensor<16x16x{t}>",
                f"  %zero = arith.constant 0.0 : {t}",
                f"  %e = tensor.empty() : {mt}",
                f"  %acc = linalg.fill ins(%zero : {t}) outs(%e : {mt}) -> {mt}",
                f"  %mm = linalg.matmul ins(%x, %w : {mt}, tensor<16x16x{t}>) outs(%acc : {mt}) -> {mt}",
                f"  %r = act.{name} %mm {attrs} : {mt}"]
        ty = mt
        res = "%r"
    types_of.append(ty)
    out.append(f"func.func @fn{i}(%x: {ty}) -> {ty} {{\n" + "\n".join(body) +
               f"\n  return {res} : {ty}\n}}\n")
print("\n".join(out))
