#!/usr/bin/env python3
"""Regenerates the measured table of docs/Numerics.md.

Usage: build/unittests/ActCPUConformanceTests | python3 utils/update-numerics-doc.py

Reads the "[ measured ]" lines the conformance test prints and replaces the
table between the BEGIN/END markers of docs/Numerics.md.
"""

import os
import re
import sys

LINE = re.compile(r"\[ measured \] (\S+) (\S+): (\d+) inputs, max error (\d+) ulp "
                  r"\(bound (\d+)\)")
TYPES = ["f16", "bf16", "f32", "f64"]


def main():
    rows, inputs = {}, {}
    for line in sys.stdin:
        m = LINE.search(line)
        if m:
            op, ty, n, ulp, bound = m.groups()
            rows.setdefault(op, {})[ty] = (int(ulp), int(bound))
            inputs[ty] = int(n)
    if not rows:
        sys.exit("no '[ measured ]' lines on stdin")
    table = ["| op | " + " | ".join(TYPES) + " |", "|---" * (len(TYPES) + 1) + "|"]
    for op, cells in rows.items():
        out = []
        for ty in TYPES:
            ulp, bound = cells.get(ty, (None, None))
            if ulp is None:
                out.append("-")
            elif bound == 0:
                out.append("bit-exact")
            else:
                out.append(f"{ulp} (bound {bound})")
        table.append(f"| {op} | " + " | ".join(out) + " |")
    table.append("")
    table.append("Inputs per op: " + ", ".join(f"{ty} {inputs[ty]}" for ty in TYPES
                                                 if ty in inputs) + ".")
    path = os.path.join(os.path.dirname(__file__), "..", "docs", "Numerics.md")
    text = open(path).read()
    begin, end = "<!-- BEGIN measured -->", "<!-- END measured -->"
    head, rest = text.split(begin)
    _, tail = rest.split(end)
    open(path, "w").write(head + begin + "\n" + "\n".join(table) + "\n" + end + tail)


if __name__ == "__main__":
    main()
