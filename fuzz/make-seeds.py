#!/usr/bin/env python3
"""Writes the seed corpus of act-fuzz: every split (`// -----`) of every
test/**/*.mlir and examples/*.mlir file, except the XFAIL tests (open
crashes) and files over 64 KiB.

usage: make-seeds.py SOURCE_ROOT OUTPUT_DIR
"""
import hashlib
import os
import pathlib
import sys

root = pathlib.Path(sys.argv[1])
out = pathlib.Path(sys.argv[2])
out.mkdir(parents=True, exist_ok=True)
for old in out.iterdir():
    old.unlink()
count = 0
files = sorted(list(root.glob("test/**/*.mlir")) + list(root.glob("examples/*.mlir")))
for path in files:
    text = path.read_text(errors="replace")
    if "XFAIL:" in text:
        continue
    for chunk in text.split("\n// -----\n"):
        data = chunk.encode()
        if not data.strip() or len(data) > 65536:
            continue
        name = hashlib.sha1(data).hexdigest()
        (out / name).write_bytes(data)
        count += 1
print(f"make-seeds: {count} seeds from {len(files)} files in {out}")
