#!/usr/bin/env python3
"""Reference for the MLP example, independent of act-mlir and of main.cpp.

Computes y = relu6(gelu(x W1 + b1) W2 + b2) in double precision (math.erf) on
the inputs of main.cpp and test/Integration/CPU/mlp.mlir (37 rows), and prints
the FileCheck lines of that test: every string printMemrefF32 (%g, 6 digits)
may print for an f32 result within DELTA of the reference, spelled out when
there are at most three, else as a common prefix followed by more digits.

Usage: python3 examples/mlp/reference.py
"""
import math, os, re, struct
N, D, H, O = 37, 64, 32, 16
x  = [[(((i*7 + k*3) % 17) - 8) / 2 for k in range(D)] for i in range(N)]
w1 = [[(((k*5 + j*11) % 13) - 6) / 16 for j in range(H)] for k in range(D)]
b1 = [(((j*3) % 7) - 3) / 8 for j in range(H)]
w2 = [[(((j*7 + m*5) % 11) - 5) / 4 for m in range(O)] for j in range(H)]
b2 = [((m % 5) - 2) / 2 for m in range(O)]
gelu = lambda v: 0.5*v*(1+math.erf(v/math.sqrt(2)))
f32 = lambda v: struct.unpack('f', struct.pack('f', v))[0]
clamp = lambda v: min(max(v, 0.0), 6.0)
DELTA = 3e-6  # observed max |f32 - reference| over all 592 outputs: 1.7e-6
def pre(i):
    h = [gelu(sum(x[i][k]*w1[k][j] for k in range(D)) + b1[j]) for j in range(H)]
    return [sum(h[j]*w2[j][m] for j in range(H)) + b2[m] for m in range(O)]
def fmt(o):
    # Every way printMemrefF32 (%g, 6 digits) can print an f32 within DELTA of o.
    outs = {'%g' % f32(clamp(o + DELTA * (t / 1000 - 1))) for t in range(2001)}
    if len(outs) == 1:
        return outs.pop()
    if len(outs) <= 3:
        return '{{' + '|'.join(sorted(outs)) + '}}'
    p = os.path.commonprefix(sorted(outs))
    assert re.fullmatch(r'\d+\.\d*', p) and all(re.fullmatch(r'\d*', s[len(p):]) for s in outs), outs
    return p + '{{[0-9]*}}'
line = lambda i: ', '.join(fmt(o) for o in pre(i))
print('// CHECK: rank = 2 offset = 0 sizes = [37, 16] strides = [16, 1] data =')
print('// CHECK-NEXT: {{\\[\\[}}' + line(0) + '],')
print('// CHECK-NEXT: [' + line(1) + '],')
print('// CHECK: [' + line(36) + ']]')
