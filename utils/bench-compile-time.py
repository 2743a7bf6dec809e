#!/usr/bin/env python3
"""Compile-time benchmark of `act-opt --act-cpu-pipeline` (bench/README.md).

Generates modules of 100, 1000 and 10000 activation ops in two shapes and
times the pipeline on each (the best of --repeat runs, every size alike; the
first run of the largest module also gives the per-pass breakdown, with
--mlir-timing):

  funcs  N/10 functions, each a chain of 10 ops (the 9 benchmarked
         activations and a bias add) on tensor<?x1024xf32>: the shape of a
         real model, many small layers.
  chain  one function with one chain of N ops: it fuses into loops of up
         to 256 ops (act-fuse's max-fused-ops), so a pass that is quadratic
         in the length of a fused chain or a function shows here.

Cost must grow linearly: the table gives CPU microseconds per op (user +
system time of act-opt, all its threads: unlike wall time, it does not
depend on what else runs on the machine), which should stay flat from 100
to 10000 ops. For the largest module of each shape it
also lists the most expensive passes (--mlir-timing).

Every size gets the same number of runs: a best of 3 for the small modules
against one run of the largest biased the growth: on the shared development
machine the same module's CPU time varied between runs (the 1000-op chain
from 5.0 to 8.8 s), and 5.0 s (best of 3) against 78.5 s for the 10000-op
chain (one run) read as x1.56.

  bench-compile-time.py --act-opt build/bin/act-opt [--json OUT] [--repeat 2]
"""

import argparse
import json
import os
import re
import resource
import subprocess
import sys
import tempfile
import time

OPS = [
    "act.relu {x} : {t}",
    "act.clamp {x} {{min = 0.0 : f64, max = 6.0 : f64}} : {t}",
    "act.leaky_relu {x} {{alpha = 0.01 : f64}} : {t}",
    "act.gelu {x} : {t}",
    "act.gelu {x} {{approximate = #act.approximate<tanh>}} : {t}",
    "act.silu {x} : {t}",
    "act.sigmoid {x} : {t}",
    "act.hardswish {x} : {t}",
    "act.elu {x} {{alpha = 1.0 : f64}} : {t}",
    "arith.addf {x}, %b : {t}",
]
TYPE = "tensor<?x1024xf32>"


def chain(n, lines, first="%x"):
    v = first
    for i in range(n):
        lines.append(f"  %v{i} = " + OPS[i % len(OPS)].format(x=v, t=TYPE))
        v = f"%v{i}"
    return v


def module(shape, n):
    lines = []
    if shape == "funcs":
        for f in range(n // 10):
            lines.append(f"func.func @layer{f}(%x: {TYPE}, %b: {TYPE}) -> {TYPE} {{")
            v = chain(10, lines)
            lines += [f"  return {v} : {TYPE}", "}"]
    else:
        lines.append(f"func.func @chain(%x: {TYPE}, %b: {TYPE}) -> {TYPE} {{")
        v = chain(n, lines)
        lines += [f"  return {v} : {TYPE}", "}"]
    return "\n".join(lines) + "\n"


def run(act_opt, path, extra=()):
    """(wall seconds, CPU seconds of act-opt, its stderr)."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    proc = subprocess.run([act_opt, path, "--act-cpu-pipeline", "-o", os.devnull,
                           *extra], capture_output=True, text=True)
    elapsed = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if proc.returncode != 0:
        sys.exit(f"act-opt failed on {path}:\n{proc.stderr[-2000:]}")
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return elapsed, cpu, proc.stderr


def top_passes(stderr, count=5):
    """(seconds, name) of the most expensive passes in --mlir-timing output."""
    rows = []
    pair = r"([0-9.]+)\s+\(\s*[0-9.]+%\)\s+"
    for line in stderr.splitlines():
        # "wall (pct) name", or "user (pct) wall (pct) name" when MLIR runs
        # function passes on several threads: the last pair is the wall time.
        m = re.match(rf"\s*(?:{pair})?{pair}(\S.*)$", line)
        if m and m.group(3).strip() not in ("Total", "root"):
            rows.append((float(m.group(2)), m.group(3).strip()))
    rows.sort(reverse=True)
    return rows[:count]


def main():
    ap = argparse.ArgumentParser(description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--act-opt", required=True)
    ap.add_argument("--json", help="write the results here")
    ap.add_argument("--repeat", type=int, default=2,
                    help="runs per module, the best counts (default 2)")
    ap.add_argument("--sizes", default="100,1000,10000")
    args = ap.parse_args()
    sizes = [int(s) for s in args.sizes.split(",")]

    results = []
    with tempfile.TemporaryDirectory() as tmp:
        for shape in ("funcs", "chain"):
            for n in sizes:
                path = os.path.join(tmp, f"{shape}{n}.mlir")
                with open(path, "w") as f:
                    f.write(module(shape, n))
                largest = n == max(sizes)
                # The first run of the largest module with --mlir-timing (its
                # overhead is small) for the per-pass breakdown.
                timing = ["--mlir-timing", "--mlir-timing-display=list"]
                runs = [run(args.act_opt, path,
                            timing if largest and i == 0 else ())
                        for i in range(max(1, args.repeat))]
                best = min(runs, key=lambda r: r[1])
                row = {"shape": shape, "ops": n, "seconds": best[0],
                       "cpu_seconds": best[1],
                       "us_per_op": best[1] / n * 1e6,
                       "bytes": os.path.getsize(path)}
                if largest:
                    row["top_passes"] = top_passes(runs[0][2])
                results.append(row)
                print(f"{shape:6} {n:6} ops  {best[0]:8.3f} s wall  "
                      f"{best[1]:8.3f} s CPU  {row['us_per_op']:8.1f} "
                      "us CPU/op", flush=True)
    for shape in ("funcs", "chain"):
        rows = [r for r in results if r["shape"] == shape]
        if len(rows) >= 2:
            growth = (rows[-1]["cpu_seconds"] / rows[-2]["cpu_seconds"]) / \
                (rows[-1]["ops"] / rows[-2]["ops"])
            print(f"{shape}: CPU time grows {growth:.2f}x as fast as the op count "
                  f"from {rows[-2]['ops']} to {rows[-1]['ops']} ops "
                  "(1.0 = linear)")
        for row in rows:
            for sec, name in row.get("top_passes", []):
                print(f"  {shape} {row['ops']}: {sec:8.3f} s  {name}")
    if args.json:
        with open(args.json, "w") as f:
            json.dump(results, f, indent=1)


if __name__ == "__main__":
    main()
