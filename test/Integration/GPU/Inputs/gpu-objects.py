#!/usr/bin/env python3
"""Prints or checks the objects that gpu-module-to-binary embeds in MLIR.

Usage:
  gpu-objects.py FILE            print every object (PTX, AMDGPU assembly...)
                                 after a '// gpu.binary @NAME' line
  gpu-objects.py FILE --each CMD run CMD on every object, '{}' standing for
                                 a file holding it; fail if any run fails

The objects are string attributes of #gpu.object<...> in the textual IR,
escaped as MLIR prints strings (\\XX hex escapes and \\\\).
"""

import re
import subprocess
import sys
import tempfile

OPEN = "<{[("
CLOSE = ">}])"


def parse_string(text, start):
    """Decodes the MLIR string literal whose opening quote is at `start`;
    returns (bytes, index after the closing quote)."""
    out = bytearray()
    i = start + 1
    while text[i] != '"':
        c = text[i]
        if c == "\\":
            if text[i + 1] == "\\":
                out.append(ord("\\"))
                i += 2
            else:
                out.append(int(text[i + 1:i + 3], 16))
                i += 3
        else:
            out.extend(c.encode())
            i += 1
    return bytes(out), i + 1


def objects(text):
    """Yields (binary name, payload) for every #gpu.object in `text`."""
    for binary in re.finditer(r"gpu\.binary\s+@([\w$.]+)", text):
        i = text.index("#gpu.object<", binary.end()) + len("#gpu.object<")
        depth, payload = 1, None
        while depth > 0:
            c = text[i]
            if c == '"':
                value, i = parse_string(text, i)
                if depth == 1:
                    payload = value
                continue
            if c == "-" and text[i + 1] == ">":  # '->' in types
                i += 2
                continue
            if c in OPEN:
                depth += 1
            elif c in CLOSE:
                depth -= 1
            i += 1
        yield binary.group(1), payload


def main():
    if len(sys.argv) not in (2, 4) or (len(sys.argv) == 4 and
                                       sys.argv[2] != "--each"):
        sys.exit(__doc__)
    with open(sys.argv[1]) as f:
        text = f.read()
    found = list(objects(text))
    if not found:
        sys.exit("no gpu.binary object in " + sys.argv[1])
    if len(sys.argv) == 2:
        for name, payload in found:
            sys.stdout.write("// gpu.binary @%s\n" % name)
            sys.stdout.flush()
            sys.stdout.buffer.write(payload)
            sys.stdout.buffer.write(b"\n")
        return
    failures = 0
    for name, payload in found:
        with tempfile.NamedTemporaryFile(suffix=".obj") as f:
            f.write(payload)
            f.flush()
            command = sys.argv[3].replace("{}", f.name)
            result = subprocess.run(command, shell=True)
            if result.returncode != 0:
                print("FAILED on @%s: %s" % (name, command), file=sys.stderr)
                failures += 1
    print("checked %d objects, %d failed" % (len(found), failures))
    sys.exit(1 if failures else 0)


if __name__ == "__main__":
    main()
