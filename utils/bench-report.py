#!/usr/bin/env python3
"""Turns one run of act-bench (and of utils/bench-compile-time.py) into
docs/Benchmarks.md and its plot (bench/README.md; run by utils/bench.sh).

  bench-report.py --results act-bench-t1.json [--results act-bench-t2.json]
                  --accuracy accuracy.json
                  [--compile-time compile-time.json] --command "..."
                  [--context "..."] --out docs/Benchmarks.md
                  --plot docs/benchmarks.png [--analysis bench/analysis.md]

Every number comes from the given run. GB/s counts the bytes read and
written (2 x the buffer size: one input, one output; the per-channel vectors
of the fused kernels are not counted); with repetitions, the fastest
repetition is used (the "best" statistic of act-bench).
"""

import argparse
import json
import os
import platform
import re
import shutil
import subprocess
import sys
import tempfile
from collections import defaultdict

UNARY = ["relu", "clamp", "leaky_relu", "gelu", "gelu_tanh", "silu",
         "sigmoid", "hardswish", "elu"]
PEERS = ["upstream", "plain", "eigen", "onednn", "xnnpack"]
PEER_TITLES = {
    "memcpy": "memcpy", "act": "act", "upstream": "upstream MLIR",
    "plain": "C++ loop", "eigen": "Eigen", "onednn": "oneDNN",
    "xnnpack": "XNNPACK",
}
# Buffer sizes (per buffer) from which the targets "beyond the last-level
# cache" are evaluated (see the doc's "Machine" section).
BEYOND_LLC = 64 << 20


def size_bytes(label):
    m = re.fullmatch(r"(\d+)([KM])", label)
    return int(m.group(1)) << (10 if m.group(2) == "K" else 20)


def size_label(b):
    return f"{b >> 20} MiB" if b >= 1 << 20 else f"{b >> 10} KiB"


def load_results(path):
    """name -> seconds per call (fastest repetition)."""
    with open(path) as f:
        data = json.load(f)
    scale = {"ns": 1e-9, "us": 1e-6, "ms": 1e-3, "s": 1.0}
    best, single = {}, {}
    for b in data["benchmarks"]:
        # Drop Google Benchmark's suffixes (/min_time:..., /real_time).
        name = re.sub(r"/(min_time:[^/]*|real_time)", "", b["run_name"])
        t = b["real_time"] * scale[b["time_unit"]]
        if b.get("run_type") == "aggregate":
            if b.get("aggregate_name") == "best":
                best[name] = t
        elif "error_occurred" not in b or not b["error_occurred"]:
            single[name] = min(t, single.get(name, float("inf")))
    single.update(best)
    return single, data.get("context", {})


class Run:
    def __init__(self, times):
        self.t = times  # (group, op, type, impl, size, threads) -> seconds
        self.sizes = sorted({k[4] for k in times if k[0] != "matmul"})
        self.threads = sorted({k[5] for k in times})

    @staticmethod
    def parse(times):
        out = {}
        for name, t in times.items():
            parts = name.split("/")
            if len(parts) != 6:
                continue
            group, op, ty, impl, size, th = parts
            if group != "matmul":
                size = size_bytes(size)
            out[(group, op, ty, impl, size, int(th[1:]))] = t
        return Run(out)

    def gbs(self, group, op, ty, impl, size, th):
        t = self.t.get((group, op, ty, impl, size, th))
        return None if t is None else 2 * size / t / 1e9

    def memcpy(self, size, th):
        return self.gbs("copy", "memcpy", "any", "memcpy", size, th)

    def best_peer(self, op, ty, size, th):
        best = (None, None)
        for p in PEERS:
            g = self.gbs("unary", op, ty, p, size, th)
            if g is not None and (best[1] is None or g > best[1]):
                best = (p, g)
        return best


def fmt(v, digits=1):
    return "–" if v is None else f"{v:.{digits}f}"


def ratio(a, b):
    return None if a is None or b is None or b == 0 else a / b


def unary_table(run, op, th):
    lines = []
    impls = ["act"] + [p for p in PEERS
                       if any(run.gbs("unary", op, ty, p, s, th) is not None
                              for ty in ("f32", "bf16") for s in run.sizes)]
    head = ["type", "size", "memcpy"] + [PEER_TITLES[i] for i in impls] + \
        ["act / memcpy", "act / best peer"]
    lines.append("| " + " | ".join(head) + " |")
    lines.append("|" + "---|" * len(head))
    for ty in ("f32", "bf16"):
        for s in run.sizes:
            act = run.gbs("unary", op, ty, "act", s, th)
            if act is None:
                continue
            peer, bestv = run.best_peer(op, ty, s, th)
            cells = [ty, size_label(s), fmt(run.memcpy(s, th))]
            for i in impls:
                v = run.gbs("unary", op, ty, i, s, th)
                cells.append(f"**{fmt(v)}**" if i == peer else fmt(v))
            cells.append(fmt(ratio(act, run.memcpy(s, th)), 2))
            cells.append(fmt(ratio(act, bestv), 2) +
                         (f" ({PEER_TITLES[peer]})" if peer else ""))
            lines.append("| " + " | ".join(cells) + " |")
    return lines


def summary_table(run, th):
    """act against memcpy and the best peer, every op, f32 and bf16."""
    lines = ["| op | type | " + " | ".join(size_label(s) for s in run.sizes)
             + " |", "|---|---|" + "---|" * len(run.sizes)]
    for op in UNARY:
        for ty in ("f32", "bf16"):
            cells = []
            for s in run.sizes:
                act = run.gbs("unary", op, ty, "act", s, th)
                peer, bestv = run.best_peer(op, ty, s, th)
                cells.append(f"{fmt(ratio(act, run.memcpy(s, th)), 2)} / "
                             f"{fmt(ratio(act, bestv), 2)}")
            lines.append(f"| {op} | {ty} | " + " | ".join(cells) + " |")
    return lines


def fused_table(run, th):
    lines = ["| kernel | size | act fused | act unfused | upstream MLIR | "
             "C++ loop | Eigen | oneDNN fused | oneDNN unfused | act relu "
             "alone | fused / relu | fused / unfused |",
             "|---|---|---|---|---|---|---|---|---|---|---|---|"]
    for op in ("bias_relu", "scale_shift_relu"):
        for s in run.sizes:
            g = lambda impl: run.gbs("fused", op, "f32", impl, s, th)
            f, u = g("act"), g("act_unfused")
            if f is None:
                continue
            relu = run.gbs("unary", "relu", "f32", "act", s, th)
            lines.append(
                f"| {op} | {size_label(s)} | {fmt(f)} | {fmt(u)} | "
                f"{fmt(g('upstream'))} | {fmt(g('plain'))} | {fmt(g('eigen'))} | "
                f"{fmt(g('onednn'))} | {fmt(g('onednn_unfused'))} | "
                f"{fmt(relu)} | {fmt(ratio(f, relu), 2)} | "
                f"{fmt(ratio(f, u), 2)} |")
    return lines


MATMUL_BASE = {
    "act": "act", "act_fused": "act", "act_fused_epilogue": "act",
    "act_unfused": "act", "onednn": "onednn", "onednn_fused": "onednn",
    "onednn_unfused": "onednn", "xnnpack": "xnnpack",
    "xnnpack_fused": "xnnpack",
}
MATMUL_TITLES = {
    "act": "act: matmul alone",
    "act_fused": "act: matmul + bias + relu, one function (default pipeline)",
    "act_fused_epilogue": "act: the same, fuse-epilogue=true",
    "act_unfused": "act: matmul, then a bias + relu kernel",
    "onednn": "oneDNN: matmul alone",
    "onednn_fused": "oneDNN: bias + relu post-op",
    "onednn_unfused": "oneDNN: matmul, then binary add + relu",
    "xnnpack": "XNNPACK: fully connected, no bias or clamp",
    "xnnpack_fused": "XNNPACK: bias + [0, inf) clamp",
}


def matmul_table(run):
    shapes = sorted({k[4] for k in run.t if k[0] == "matmul"},
                    key=lambda s: int(s.split("x")[0]))
    lines = ["| M x K x N | implementation | time (us) | GFLOP/s | "
             "time vs matmul alone |", "|---|---|---|---|---|"]
    for shape in shapes:
        m, k, n = (int(v) for v in shape.split("x"))
        for impl, base in MATMUL_BASE.items():
            t = run.t.get(("matmul", "matmul", "f32", impl, shape, 1))
            t0 = run.t.get(("matmul", "matmul", "f32", base, shape, 1))
            if t is None:
                continue
            over = "" if impl == base else f"{100 * (t / t0 - 1):+.1f}%"
            lines.append(f"| {shape} | {MATMUL_TITLES[impl]} | {t * 1e6:.1f} | "
                         f"{2 * m * k * n / t / 1e9:.1f} | {over} |")
    return lines


def matmul_overhead(run, impl, base):
    out = []
    for k, t in run.t.items():
        if k[0] == "matmul" and k[3] == impl:
            t0 = run.t.get(("matmul", "matmul", "f32", base, k[4], 1))
            if t0:
                out.append((k[4], t / t0 - 1))
    return out


def accuracy_table(acc):
    def cell(v):
        if v is None:
            return "–"
        if v == 0:
            return "exact"
        if v >= 1e6:
            return f"{v:.1e}"
        return f"{v:.1f}"
    impls = ["act"] + PEERS
    lines = ["| op | type | " + " | ".join(PEER_TITLES[i] for i in impls) +
             " |", "|---|---|" + "---|" * len(impls)]
    for op in UNARY:
        for ty in ("f32", "bf16"):
            lines.append(f"| {op} | {ty} | " + " | ".join(
                cell(acc.get(f"unary/{op}/{ty}/{i}")) for i in impls) + " |")
    return lines


def fmt_ratio(value, target):
    """`value` with 2 decimals, or 3 where 2 would round a miss up to the
    target (0.997 against 1.0)."""
    return f"{value:.3f}" if value < target <= round(value, 2) else \
        f"{value:.2f}"


def missed(value, target, unit="%"):
    """The shortfall of `value` below `target`, in percent or points, with a
    decimal where it is below 1."""
    gap = 100 * (target - value)
    return f"missed by {gap:.1f}{unit}" if gap < 1 else \
        f"missed by {gap:.0f}{unit}"


def targets(run, acc, ct):
    """(target, measured, verdict) rows for the single-thread run."""
    rows = []
    th = 1
    big = [s for s in run.sizes if s >= BEYOND_LLC]

    def worst(values):
        values = [v for v in values if v[1] is not None]
        return min(values, key=lambda v: v[1]) if values else (None, None)

    for op in ("relu", "clamp", "leaky_relu"):
        w = worst([(s, ratio(run.gbs("unary", op, "f32", "act", s, th),
                             run.memcpy(s, th))) for s in big])
        if w[1] is not None:
            rows.append((f"{op} f32 >= 0.95 x memcpy beyond the LLC",
                         f"min {fmt_ratio(w[1], 0.95)} (at "
                         f"{size_label(w[0])})",
                         "met" if w[1] >= 0.95 else
                         missed(w[1], 0.95, " points")))
        w = worst([(s, ratio(run.gbs("unary", op, "f32", "act", s, th),
                             run.best_peer(op, "f32", s, th)[1]))
                   for s in run.sizes])
        if w[1] is not None:
            peer = run.best_peer(op, "f32", w[0], th)[0]
            rows.append((f"{op} f32 >= 1.0 x best peer at every size",
                         f"min {fmt_ratio(w[1], 1.0)} (at "
                         f"{size_label(w[0])}, {PEER_TITLES[peer]})",
                         "met" if w[1] >= 1.0 else missed(w[1], 1.0)))
    # gelu covers both forms: the issue lists gelu (none and tanh).
    for op in ("gelu", "gelu_tanh", "silu", "sigmoid", "elu"):
        for ty in ("f32", "bf16"):
            w = worst([(s, ratio(run.gbs("unary", op, ty, "act", s, th),
                                 run.gbs("unary", op, ty, "onednn", s, th)))
                       for s in run.sizes])
            if w[1] is None:
                continue
            a = acc.get(f"unary/{op}/{ty}/act")
            o = acc.get(f"unary/{op}/{ty}/onednn")
            rows.append((f"{op} {ty} >= 1.0 x oneDNN at every size",
                         f"min {fmt_ratio(w[1], 1.0)} (at "
                         f"{size_label(w[0])}); max ulp "
                         f"act {a:.3g}, oneDNN {o:.3g}",
                         "met" if w[1] >= 1.0 else missed(w[1], 1.0)))
    for op in ("bias_relu", "scale_shift_relu"):
        w = worst([(s, ratio(run.gbs("fused", op, "f32", "act", s, th),
                             run.gbs("unary", "relu", "f32", "act", s, th)))
                   for s in big])
        u = worst([(s, ratio(run.gbs("fused", op, "f32", "act", s, th),
                             run.gbs("fused", op, "f32", "act_unfused", s, th)))
                   for s in big])
        if w[1] is not None:
            rows.append((f"fused {op} >= 0.95 x relu alone beyond the LLC",
                         f"min {fmt_ratio(w[1], 0.95)} (at "
                         f"{size_label(w[0])}); vs unfused: min {u[1]:.2f}x",
                         "met" if w[1] >= 0.95 else
                         missed(w[1], 0.95, " points")))
    for impl in ("act_fused", "act_fused_epilogue"):
        for shape, over in sorted(matmul_overhead(run, impl, "act"),
                                  key=lambda v: int(v[0].split("x")[0])):
            rows.append((f"matmul {shape} + bias + relu ({impl}): "
                         "<= 3% over matmul", f"{100 * over:+.1f}%",
                         "met" if over <= 0.03 else
                         f"missed by {100 * (over - 0.03):.1f} points"))
    if ct:
        for shape in ("funcs", "chain"):
            r = [x for x in ct if x["shape"] == shape]
            if len(r) >= 2:
                a, b = r[-2], r[-1]
                key = "cpu_seconds" if "cpu_seconds" in a else "seconds"
                g = (b[key] / a[key]) / (b["ops"] / a["ops"])
                rows.append((f"compile time linear in ops ({shape})",
                             f"{a['ops']} -> {b['ops']} ops: CPU time x"
                             f"{b[key] / a[key]:.1f} "
                             f"(per-op cost x{g:.2f}); "
                             + ", ".join(f"{x['ops']}: {x[key]:.1f} s"
                                         for x in r),
                             "met" if g <= 1.3 else "missed (superlinear)"))
    return rows


def plot(run, path):
    gnuplot = shutil.which("gnuplot")
    if not gnuplot:
        print("bench-report: gnuplot not found, no plot", file=sys.stderr)
        return False
    th = 1
    with tempfile.TemporaryDirectory() as tmp:
        def series(name, values):
            p = os.path.join(tmp, name + ".dat")
            with open(p, "w") as f:
                for s, v in values:
                    if v is not None:
                        f.write(f"{s} {v}\n")
            return p

        panels = []
        for op in ("relu", "gelu"):
            curves = [("memcpy", series(f"{op}-memcpy",
                                         [(s, run.memcpy(s, th))
                                          for s in run.sizes]))]
            for impl in ["act"] + PEERS:
                vals = [(s, run.gbs("unary", op, "f32", impl, s, th))
                        for s in run.sizes]
                if any(v for _, v in vals):
                    curves.append((PEER_TITLES[impl],
                                   series(f"{op}-{impl}", vals)))
            panels.append((f"{op} f32, 1 thread: GB/s (read + written)",
                           curves, "GB/s", True))
        curves = []
        for impl, title in (("act", "act fused"), ("act_unfused", "act unfused"),
                            ("onednn", "oneDNN post-op"),
                            ("onednn_unfused", "oneDNN unfused")):
            vals = [(s, run.gbs("fused", "bias_relu", "f32", impl, s, th))
                    for s in run.sizes]
            if any(v for _, v in vals):
                curves.append((title, series(f"br-{impl}", vals)))
        curves.append(("act relu alone", series(
            "br-relu", [(s, run.gbs("unary", "relu", "f32", "act", s, th))
                        for s in run.sizes])))
        panels.append(("bias + relu f32, 1 thread: GB/s", curves, "GB/s",
                       True))
        curves = []
        for op in UNARY:
            curves.append((op, series(f"ratio-{op}", [
                (s, ratio(run.gbs("unary", op, "f32", "act", s, th),
                          run.memcpy(s, th))) for s in run.sizes])))
        panels.append(("act / memcpy, f32, 1 thread", curves, "ratio",
                       False))

        script = [f"set terminal pngcairo noenhanced size 1600,1150 font 'sans,11'",
                  f"set output '{path}'", "set multiplot layout 2,2",
                  "set logscale x 2", "set grid",
                  "set format x '%.0b%B'", "set xlabel 'bytes per buffer'",
                  "set key left bottom font ',9'"]
        for title, curves, ylabel, logy in panels:
            script += [f"set title \"{title}\"", f"set ylabel '{ylabel}'",
                       "set key left bottom" if logy else
                       "set key outside right top",
                       "set logscale y" if logy else "unset logscale y",
                       "set yrange [*:*]" if logy else "set yrange [0:*]"]
            plots = [f"'{p}' using 1:2 with linespoints lw 2 title '{t}'"
                     for t, p in curves]
            script.append("plot " + ", ".join(plots))
        script.append("unset multiplot")
        sp = os.path.join(tmp, "plot.gp")
        with open(sp, "w") as f:
            f.write("\n".join(script) + "\n")
        subprocess.run([gnuplot, sp], check=True)
    return True


def machine(context):
    out = []
    try:
        lscpu = subprocess.run(["lscpu"], capture_output=True,
                               text=True).stdout
        for key in ("Model name", "CPU(s)", "Thread(s) per core",
                    "L1d cache", "L2 cache", "L3 cache", "Hypervisor vendor"):
            m = re.search(rf"^{re.escape(key)}:\s*(.*)$", lscpu, re.M)
            if m:
                out.append(f"{key}: {m.group(1).strip()}")
        flags = re.search(r"^Flags:\s*(.*)$", lscpu, re.M)
        if flags:
            f = flags.group(1).split()
            out.append("vector ISA: " + ", ".join(
                x for x in ("avx2", "avx512f", "avx512bw", "avx512_bf16",
                            "avx512_fp16", "amx_bf16") if x in f))
    except OSError:
        pass
    try:
        with open("/proc/meminfo") as f:
            m = re.search(r"MemTotal:\s*(\d+)", f.read())
            out.append(f"memory: {int(m.group(1)) // (1 << 20)} GiB")
    except OSError:
        pass
    try:
        with open("/sys/kernel/mm/transparent_hugepage/enabled") as f:
            out.append("transparent huge pages: " + f.read().strip() +
                       " (the benchmark buffers are madvise'd)")
    except OSError:
        pass
    out.append(f"kernel: {platform.release()}")
    pkgs = subprocess.run(
        ["dpkg-query", "-W", "-f", "${Package} ${Version}\\n", "clang-22",
         "mlir-22-tools", "libdnnl-dev", "libeigen3-dev", "libxnnpack-dev",
         "libbenchmark-dev", "libc6"], capture_output=True, text=True).stdout
    out.append("packages: " + ", ".join(l for l in pkgs.splitlines() if l))
    if context.get("date"):
        out.append(f"run started: {context['date']}")
    return out


def main():
    ap = argparse.ArgumentParser(description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--results", required=True, action="append",
                    help="act-bench JSON output (repeatable: runs merged)")
    ap.add_argument("--accuracy", required=True)
    ap.add_argument("--compile-time")
    ap.add_argument("--command", required=True)
    ap.add_argument("--context", default="")
    ap.add_argument("--analysis")
    ap.add_argument("--out", required=True)
    ap.add_argument("--plot", required=True)
    args = ap.parse_args()

    times, context = {}, {}
    for path in args.results:
        t, c = load_results(path)
        times.update(t)
        context = context or c
    run = Run.parse(times)
    with open(args.accuracy) as f:
        acc = json.load(f)
    ct = None
    if args.compile_time and os.path.exists(args.compile_time):
        with open(args.compile_time) as f:
            ct = json.load(f)

    have_plot = plot(run, args.plot)
    doc = ["# Benchmarks", "",
           "<!-- Generated by utils/bench-report.py from one run of "
           "utils/bench.sh; do not edit by hand. -->", "",
           "act-mlir's compiled kernels against the memory limit (memcpy of "
           "the same bytes) and the libraries a user would otherwise call, "
           "measured in one run on one machine. How the suite works: "
           "[bench/README.md](../bench/README.md).", "",
           "Produced by:", "", "```sh", args.command, "```", ""]
    doc += ["## Machine", ""] + [f"- {l}" for l in machine(context)]
    if args.context:
        doc += [f"- {l}" for l in args.context.split("\\n") if l]
    doc += ["", "GB/s counts the bytes read and written: 2 x the buffer size "
            "(one input, one output). Sizes are per buffer. Times are the "
            "fastest of the repetitions. \"Beyond the LLC\" means buffers of "
            f"{size_label(BEYOND_LLC)} and more: memcpy's and the kernels' "
            "throughput drops to DRAM level there on this machine (the "
            "L3 it reports is shared with other virtual machines).", ""]

    if have_plot:
        doc += [f"![act-mlir benchmarks]({os.path.basename(args.plot)})", ""]

    doc += ["## Targets (single thread)", "",
            "| target | measured | verdict |", "|---|---|---|"]
    doc += [f"| {a} | {b} | {c} |" for a, b, c in targets(run, acc, ct)]
    doc += [""]
    if args.analysis:
        with open(args.analysis) as f:
            doc += [f.read().rstrip(), ""]

    for th in run.threads:
        doc += [f"## act against memcpy and the best peer ({th} "
                f"thread{'s' if th > 1 else ''})", "",
                "act / memcpy and act / best peer per op, type and buffer "
                "size (1.0: as fast).", ""]
        doc += summary_table(run, th) + [""]
    for th in run.threads:
        doc += [f"## Elementwise activations, GB/s ({th} "
                f"thread{'s' if th > 1 else ''})", "",
                "The fastest peer of each row is in bold.", ""]
        for op in UNARY:
            doc += [f"### {op}", ""] + unary_table(run, op, th) + [""]
    for th in run.threads:
        doc += [f"## Fused bias + relu, scale + shift + relu, GB/s ({th} "
                f"thread{'s' if th > 1 else ''})", "",
                "Rows x 1024 channels, per-channel vectors. Unfused: each "
                "step a separate kernel and pass (through a scratch buffer); "
                "GB/s of every variant counts the fused kernel's bytes.", ""]
        doc += fused_table(run, th) + [""]
    if any(k[0] == "matmul" for k in run.t):
        doc += ["## Matmul + bias + relu (1 thread)", ""]
        doc += matmul_table(run) + [""]
    doc += ["## Accuracy on the benchmark data", "",
            "Max error in ulp of the result type against a double-precision "
            "evaluation of the definition (docs/Semantics.md), over the first "
            "65536 benchmark inputs (uniform in [-8, 8)). Large values are "
            "relative errors of results that cancel (GELU's tail, "
            "expm1 near 0, hardswish near -3) or the FMA contraction of the "
            "C++ loop.", ""]
    doc += accuracy_table(acc) + [""]
    if ct:
        doc += ["## Compile time of act-cpu-pipeline", "",
                "`act-opt --act-cpu-pipeline` on generated modules "
                "(utils/bench-compile-time.py): `funcs`, functions of 10 ops "
                "each; `chain`, one function with one chain of all the ops "
                "(which fuses into a single loop).", "",
                "CPU time is act-opt's user + system time (all threads); it "
                "depends less than wall time on the machine's other load.", "",
                "| shape | ops | wall seconds | CPU seconds | CPU us per op |",
                "|---|---|---|---|---|"]
        for r in ct:
            doc.append(f"| {r['shape']} | {r['ops']} | {r['seconds']:.2f} | "
                       f"{r.get('cpu_seconds', r['seconds']):.2f} | "
                       f"{r['us_per_op']:.0f} |")
        doc += [""]
        for r in ct:
            if r.get("top_passes"):
                doc.append(f"Most expensive passes, {r['shape']} {r['ops']}: " +
                           "; ".join(f"{n} {s:.1f} s"
                                     for s, n in r["top_passes"]) + ".")
                doc.append("")
    with open(args.out, "w") as f:
        f.write("\n".join(doc).rstrip() + "\n")


if __name__ == "__main__":
    main()
