#!/usr/bin/env python3
"""Reads lowered MLIR on stdin and prints it with the constant globals that
bufferization creates (@__constant_<shape>[_<n>]) renamed after their
contents and sorted: one-shot-bufferize creates them in an order, and with
suffixes, that depend on pointer values (they differ from run to run even
without threads), while everything else must be identical.
"""
import hashlib
import re
import sys

text = sys.stdin.read()
lines = text.split("\n")
decl = re.compile(r"^\s*(llvm\.mlir\.global|memref\.global)\b.*@(__constant_[A-Za-z0-9_]+)")
renames = {}
for line in lines:
    m = decl.match(line)
    if m:
        body = line.replace("@" + m.group(2), "@G")
        renames[m.group(2)] = "__constant_" + hashlib.sha1(body.encode()).hexdigest()[:12]
def rename(line):
    return re.sub(r"@(__constant_[A-Za-z0-9_]+)",
                  lambda m: "@" + renames.get(m.group(1), m.group(1)), line)
globals_, rest = [], []
for line in lines:
    (globals_ if decl.match(line) else rest).append(rename(line))
print("\n".join(sorted(globals_)))
print("\n".join(rest))
