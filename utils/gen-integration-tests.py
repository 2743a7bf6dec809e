#!/usr/bin/env python3
"""Generates the special-value execution tests of the act ops.

    utils/gen-integration-tests.py [--out-dir test/Integration/CPU] [--self-test]

writes test/Integration/CPU/special-values-{f16,bf16,f32,f64}.mlir. Each file
compiles one function per act op (and attribute variant) on `tensor<?xT>`
with `act-opt --act-cpu-pipeline`, runs it with mlir-runner on NaN, +-0,
+-inf, +-denorm_min, +-max and the op's branch points, prints the results
with printMemref{F16,BF16,F32,F64} and FileChecks them.

Independence. The expected values are computed here, from the definitions
in docs/Semantics.md, with Python's stdlib only (math, struct, fractions);
nothing of act-mlir (its Semantics library, folders or lowerings) is used.

* Piecewise-linear ops (relu, clamp, leaky_relu, prelu, threshold,
  relu_grad, hardsigmoid, hardswish) follow the exact operation sequence of
  Semantics.md: every step in the computation type C (f32 for f16/bf16/f32,
  f64 for f64), rounded to C, and one final rounding to T. A step in f32 is
  evaluated in Python's double and then rounded to f32: for +, -, *, / of
  f32 operands the double result rounded to f32 is the correctly rounded f32
  result (53 >= 2*24 + 2, so double rounding is innocuous). Signed zeros,
  infinities and NaN follow IEEE-754 through Python floats; maximum/minimum
  are the IEEE-754-2019 operations written out. These rows are checked
  exactly, signed zeros included; only the sign of a NaN is left open
  ({{-?nan}}), as Semantics.md leaves NaN signs and payloads unspecified.

* Transcendental ops (elu, selu, celu, gelu, sigmoid, silu, softplus, mish)
  are defined as the mathematical value rounded once to T. It is evaluated
  here with the stable formula of Semantics.md in double (math.expm1,
  math.erfc, math.exp, math.log1p, math.tanh), with products by x and by
  the exact decimal constants (SELU) done in Fraction so that nothing
  underflows before the final rounding, a series for expm1 of tiny
  arguments, and the tiny-input rule of gelu/silu (x/2, ties up). Since the
  generated code differs from the correctly rounded value by a few ulp
  (f32 uses polynomial approximations, f64 libm), and a few ulp can move a
  6-digit printout across a rounding boundary, the CHECK accepts the
  printouts of every T value that the code may produce under this model:

      v     = the reference value (double accuracy, about 1e-16 relative),
      r     = (K_ULP + cond(x)) ulp of C at v (doubled for C = f64, for
              the error of the double evaluation itself),
      accepted = { round_T(round_C(w)) : w in [v - r, v + r] }

  with K_ULP = 8 (above the few-ulp errors of upstream's approximations and
  of libm), cond(x) = x^2 for gelu at x < 0 (the rounding of x/sqrt 2,
  resp. of u in the tanh form, is amplified by about x^2; the inputs keep
  |x| <= 10 apart from the specials). For f16/bf16 that is usually a single
  value; two neighbours only where the exact value is within r of a
  rounding midpoint of T. For f64 it is usually a single 6-digit string,
  two adjacent ones (a regex alternation) where v is within r of a 6-digit
  rounding boundary; for f32, r is about 1e-6 relative, the size of a
  6-digit step, so two adjacent strings are common. An overflow to inf is
  accepted only where the reference itself rounds to inf. Where v is
  subnormal in C, r is 1/4 ulp (absolute) and never crosses zero.
  Underflow tail (the contract of docs/Numerics.md): results of magnitude
  below 2^-102 (C = f32) or 2^-969 (C = f64) may be flushed towards zero
  with the sign kept and an error of at most |reference|, so there every T
  value of the reference's sign with magnitude in [0, 2 |reference|] is also
  accepted (only the tiny inputs are concerned).
  Exact results of the definitions (NaN, the limits at +-inf, signed zeros
  of +-0 inputs, the pass-through x of elu/celu/softplus/mish for large or
  positive x) are checked exactly.

Printing. printMemref prints `std::cout << value` (f16/bf16 converted to
float): C++ default stream format, i.e. printf("%g") with 6 significant
digits, "inf", "-inf", "nan"/"-nan", "-0". Python's '%g' produces the same
strings for finite values.

Every input vector has an odd length > 16, so that with 16 (AVX-512), 8
(AVX2) or 4 lanes the vectorized loop runs full vectors and a masked tail.
"""

import argparse
import math
import os
import struct
import sys
from fractions import Fraction

# --------------------------------------------------------------------------
# Floating-point formats.
# --------------------------------------------------------------------------


class Fmt:
    def __init__(self, name, p, emin, emax, bits, printer):
        self.name = name          # MLIR spelling
        self.p = p                # significand bits, implicit bit included
        self.emin = emin
        self.emax = emax
        self.bits = bits
        self.printer = printer    # printMemref function
        self.max = (Fraction(2) - Fraction(1, 2 ** (p - 1))) * Fraction(2) ** emax
        self.denorm_min = Fraction(1, 2 ** (p - 1 - emin))

    def __repr__(self):
        return self.name


F16 = Fmt("f16", 11, -14, 15, 16, "printMemrefF16")
BF16 = Fmt("bf16", 8, -126, 127, 16, "printMemrefBF16")
F32 = Fmt("f32", 24, -126, 127, 32, "printMemrefF32")
F64 = Fmt("f64", 53, -1022, 1023, 64, "printMemrefF64")
FORMATS = {"f16": F16, "bf16": BF16, "f32": F32, "f64": F64}


def comp(fmt):
    """The computation type C of element type `fmt`."""
    return F64 if fmt is F64 else F32


INF = math.inf
NAN = math.nan


def round_to(fmt, v, ties="even"):
    """`v` (a float or a Fraction) rounded once to `fmt`, as a float.

    Round to nearest; ties to even, or `ties="up"` (towards +inf). Overflow
    gives +-inf. Floats keep their sign of zero, NaN and infinities."""
    if isinstance(v, float):
        if math.isnan(v) or math.isinf(v) or v == 0.0:
            return v
        v = Fraction(v)
    assert v != 0, "exact zero has no sign: handle it before rounding"
    neg = v < 0
    a = -v if neg else v
    e = a.numerator.bit_length() - a.denominator.bit_length()
    if Fraction(2) ** e > a:
        e -= 1
    assert Fraction(2) ** e <= a < Fraction(2) ** (e + 1)
    e = max(e, fmt.emin)
    q = Fraction(2) ** (e - fmt.p + 1)
    n = a / q
    fl = n.numerator // n.denominator
    rem = n - fl
    half = Fraction(1, 2)
    if rem > half:
        fl += 1
    elif rem == half:
        if ties == "even":
            fl += fl % 2
        elif ties == "up":
            fl += 0 if neg else 1
        else:
            raise ValueError(ties)
    r = fl * q
    if r > fmt.max:
        return -INF if neg else INF
    f = float(r)
    assert Fraction(f) == r
    return -f if neg else f


def to_bits(fmt, x):
    """The encoding of the `fmt` value `x` (NaN: the canonical quiet NaN with
    the sign of x)."""
    if math.isnan(x):
        sign = math.copysign(1.0, x) < 0
        quiet = {16: 0x7E00, 32: 0x7FC00000, 64: 0x7FF8000000000000}
        if fmt is BF16:
            q = 0x7FC0
        else:
            q = quiet[fmt.bits]
        return q | (1 << (fmt.bits - 1)) if sign else q
    if fmt is F64:
        return struct.unpack("<Q", struct.pack("<d", x))[0]
    if fmt is F32:
        return struct.unpack("<I", struct.pack("<f", x))[0]
    if fmt is F16:
        return struct.unpack("<H", struct.pack("<e", x))[0]
    b = struct.unpack("<I", struct.pack("<f", x))[0]
    assert b & 0xFFFF == 0, "not a bf16 value"
    return b >> 16


def from_bits(fmt, b):
    if fmt is F64:
        return struct.unpack("<d", struct.pack("<Q", b))[0]
    if fmt is F32:
        return struct.unpack("<f", struct.pack("<I", b))[0]
    if fmt is F16:
        return struct.unpack("<e", struct.pack("<H", b))[0]
    return struct.unpack("<f", struct.pack("<I", b << 16))[0]


def is_value(fmt, x):
    return math.isnan(x) or math.isinf(x) or x == 0 or round_to(fmt, x) == x


def next_up(fmt, x):
    """The next `fmt` value above the finite `x`."""
    if x == 0:
        return float(fmt.denorm_min)
    b = to_bits(fmt, x)
    return from_bits(fmt, b + 1 if x > 0 else b - 1)


def next_down(fmt, x):
    return -next_up(fmt, -x)


def magnitudes_between(fmt, a, b):
    """All `fmt` values with the sign of a and b (same sign, a == b allowed)
    whose magnitude lies between |a| and |b|."""
    sign = -1.0 if math.copysign(1.0, a) < 0 else 1.0
    assert math.copysign(1.0, b) == sign
    lo, hi = sorted((to_bits(fmt, abs(a)), to_bits(fmt, abs(b))))
    assert hi - lo <= 512, (fmt, a, b)
    return [math.copysign(from_bits(fmt, m), sign) for m in range(lo, hi + 1)]


def ulp(fmt, v):
    """The ulp of `fmt` at the nonzero Fraction v: the spacing of the `fmt`
    values in the binade of |v| (denorm_min below the normal range)."""
    a = abs(v)
    e = a.numerator.bit_length() - a.denominator.bit_length()
    if Fraction(2) ** e > a:
        e -= 1
    return Fraction(2) ** (max(e, fmt.emin) - fmt.p + 1)


def fmt_ieee(x):
    """`std::cout << x` with the default stream format."""
    if math.isnan(x):
        return "nan"
    if math.isinf(x):
        return "inf" if x > 0 else "-inf"
    return "%g" % x


# --------------------------------------------------------------------------
# IEEE helpers on Python floats.
# --------------------------------------------------------------------------


def maximum(x, y):
    """IEEE-754-2019 maximum: NaN-propagating, -0 < +0."""
    if math.isnan(x) or math.isnan(y):
        return NAN
    if x == 0 and y == 0:
        return x if math.copysign(1.0, x) > 0 else y
    return x if x > y else y


def minimum(x, y):
    if math.isnan(x) or math.isnan(y):
        return NAN
    if x == 0 and y == 0:
        return x if math.copysign(1.0, x) < 0 else y
    return x if x < y else y


def safe_exp(x):
    try:
        return math.exp(x)
    except OverflowError:
        return INF


def expm1_exact(y):
    """expm1(y) for a Fraction or float y, as a Fraction or float (inf)."""
    y = Fraction(y) if not isinstance(y, float) or math.isfinite(y) else y
    if isinstance(y, Fraction) and abs(y) < Fraction(1, 2 ** 30):
        # The series: the relative error of these terms is below 2^-90.
        return y + y * y / 2 + y * y * y / 6
    try:
        return Fraction(math.expm1(float(y)))
    except OverflowError:
        return INF


# --------------------------------------------------------------------------
# Expected results: Exact(value) or Approx(reference, cond).
# --------------------------------------------------------------------------


class Exact:
    def __init__(self, v):
        assert isinstance(v, float)
        self.v = v


class Approx:
    def __init__(self, v, cond=0.0):
        self.v = v        # Fraction or float, nonzero, finite or inf
        self.cond = cond  # extra ulps (conditioning of the formula)


K_ULP = 8
TAIL = {"f32": Fraction(1, 2 ** 102), "f64": Fraction(1, 2 ** 969)}


def approx_or_exact(v, cond=0.0):
    if isinstance(v, float) and (math.isinf(v) or math.isnan(v) or v == 0):
        return Exact(v)
    return Approx(Fraction(v), cond)


def accepted_values(fmt, e):
    """The T values accepted for the expectation `e`."""
    if isinstance(e, Exact):
        return [e.v]
    c = comp(fmt)
    v = e.v
    if isinstance(v, float) and math.isinf(v):
        return [v]
    # `width` ulps of C at v (doubled for f64: the double evaluation here
    # has an error of its own of the same order).
    width = (K_ULP + Fraction(e.cond)) * (2 if c is F64 else 1)
    if abs(v) < Fraction(2) ** c.emin:
        # Subnormal in C: the result is fixed by the final rounding of a
        # product with a factor of magnitude <= 2, whose error is absolute;
        # a relative bound does not apply. Both neighbours are accepted
        # only where v is within 1/4 ulp of a midpoint (e.g. x/2 in gelu
        # and silu of odd multiples of denorm_min).
        width = Fraction(1, 4)
    radius = width * ulp(c, v)
    ref = round_to(fmt, v)
    ends = []
    for w in (v - radius, v + radius):
        if (w > 0) != (v > 0):
            w = math.copysign(0.0, v)  # the sign is kept
        ends.append(round_to(fmt, round_to(c, w)))
    # round_T(round_C(.)) is monotone: everything between the ends.
    if math.isinf(ref):
        vals = [ref] if all(math.isinf(x) for x in ends) else None
        assert vals is not None, "reference near the overflow threshold"
    else:
        big = float(fmt.max)
        ends = [math.copysign(min(abs(x), big), x) for x in ends]
        vals = magnitudes_between(fmt, ends[0], ends[1])
    if abs(v) < TAIL[c.name]:
        # Flushed towards zero, the sign kept, or any error up to |ref| (the
        # contract of docs/Numerics.md): every value of the sign of ref within
        # [0, 2 |ref|] in magnitude.
        vals += magnitudes_between(fmt, ref, math.copysign(0.0, ref))
        vals += magnitudes_between(fmt, ref, 2 * ref)
    assert ref in vals
    return vals


def check_pattern(fmt, e):
    """The FileCheck pattern of one element."""
    vals = accepted_values(fmt, e)
    if any(math.isnan(x) for x in vals):
        assert len(vals) == 1
        return "{{-?nan}}"
    strs = sorted(set(fmt_ieee(x) for x in vals),
                  key=lambda s: float(s) if s not in ("inf", "-inf") else 0)
    if len(strs) == 1:
        return strs[0]
    return "{{" + "|".join(regex_escape(s) for s in strs) + "}}"


def regex_escape(s):
    return "".join("\\" + ch if ch in ".+*?()[]{}|^$\\" else ch for ch in s)


# --------------------------------------------------------------------------
# The ops.
# --------------------------------------------------------------------------

SELU_SCALE = Fraction("1.0507009873554804934193349852946")
SELU_ALPHA = Fraction("1.6732632423543772848170429916717")
GELU_C = Fraction("0.7978845608028654")
GELU_K = Fraction("0.044715")
TINY = 2.0 ** -64


def isnan(x):
    return math.isnan(x)


def ref_relu(T, x):
    return Exact(NAN if isnan(x) else maximum(x, 0.0))


def ref_relu_ignore(T, x):
    if isnan(x):
        return Exact(0.0)
    return Exact(x if x > 0 else 0.0)


def make_clamp(lo, hi, ignore):
    def ref(T, x):
        l, h = round_to(T, lo), round_to(T, hi)
        if isnan(x):
            return Exact(l if ignore else NAN)
        return Exact(minimum(maximum(x, l), h))
    return ref


def make_leaky(alpha):
    def ref(T, x):
        C = comp(T)
        if isnan(x):
            return Exact(NAN)
        if x > 0:
            return Exact(x)
        return Exact(round_to(T, round_to(C, x * round_to(C, alpha))))
    return ref


def ref_prelu(T, x, s):
    C = comp(T)
    if isnan(x):
        return Exact(NAN)
    if x > 0:
        return Exact(x)
    return Exact(round_to(T, round_to(C, x * s)))


def make_threshold(thr, value):
    def ref(T, x):
        C = comp(T)
        if isnan(x):
            return Exact(NAN)
        return Exact(x if x > round_to(C, thr) else round_to(T, value))
    return ref


def ref_relu_grad(T, dy, x):
    # Operands (dy, x): x <= 0 ? +0 : dy; a NaN x passes dy.
    if not isnan(x) and x <= 0:
        return Exact(0.0)
    return Exact(dy)


def make_hardsigmoid(alpha, beta):
    def ref(T, x):
        C = comp(T)
        if isnan(x):
            return Exact(NAN)
        t = round_to(C, x * round_to(C, alpha))
        t = round_to(C, t + round_to(C, beta))
        return Exact(round_to(T, minimum(maximum(t, 0.0), 1.0)))
    return ref


def ref_hardswish(T, x):
    C = comp(T)
    if isnan(x):
        return Exact(NAN)
    t = minimum(maximum(round_to(C, x + 3.0), 0.0), 6.0)
    if t == 0:
        return Exact(math.copysign(0.0, x))
    if t == 6:
        return Exact(x)
    return Exact(round_to(T, round_to(C, round_to(C, x * t) / 6.0)))


def make_elu(alpha):
    # elu(x) = x > 0 ? x : alpha * expm1(x); celu with alpha = elu's.
    return make_celu(alpha, scale_x=False)


def make_celu(alpha, scale_x=True):
    a = Fraction(alpha)

    def ref(T, x):
        if isnan(x):
            return Exact(NAN)
        if x > 0:
            return Exact(x)
        if x == 0:
            return Exact(x)  # alpha * expm1(+-0) = +-0 (alpha > 0)
        if math.isinf(x):
            return Exact(round_to(T, -a))  # -alpha (alpha > 0)
        y = Fraction(x) / a if scale_x else Fraction(x)
        return approx_or_exact(a * expm1_exact(y))
    return ref


def ref_selu(T, x):
    if isnan(x):
        return Exact(NAN)
    if x == 0:
        return Exact(x)
    if math.isinf(x):
        if x > 0:
            return Exact(x)
        # -scale*alpha rounded to T; the code rounds the constant to C first.
        return Approx(-SELU_SCALE * SELU_ALPHA)
    if x > 0:
        return approx_or_exact(SELU_SCALE * Fraction(x))
    return approx_or_exact(SELU_SCALE * SELU_ALPHA * expm1_exact(x))


def make_gelu(tanh_form):
    def ref(T, x):
        if isnan(x):
            return Exact(NAN)
        if math.isinf(x):
            return Exact(x if x > 0 else -0.0)
        if x == 0:
            return Exact(x)
        if abs(x) < TINY:
            # round_up_ties(x / 2): the midpoint x/2 (the x^2 term is below
            # every precision here); the tolerance accepts both neighbours.
            return Approx(Fraction(x) / 2)
        cond = x * x if x < 0 else 0.0  # only the left tail is ill-conditioned
        if tanh_form:
            fx = Fraction(x)
            u = GELU_C * (fx + GELU_K * fx ** 3)
            if u > 400:
                d = 1.0
            elif u < -400:
                d = INF
            else:
                d = 1 + safe_exp(float(-2 * u))
            if math.isinf(d):
                return Exact(-0.0 if x < 0 else 0.0)
            return approx_or_exact(fx / Fraction(d), cond)
        e = math.erfc(-x / math.sqrt(2.0))
        if e == 0:
            return Exact(-0.0)
        return approx_or_exact(Fraction(x) / 2 * Fraction(e), cond)
    return ref


def sigmoid_double(x):
    if x >= 0:
        return 1.0 / (1.0 + safe_exp(-x))
    e = safe_exp(x)
    return e / (1.0 + e)


def ref_sigmoid(T, x):
    if isnan(x):
        return Exact(NAN)
    return approx_or_exact(sigmoid_double(x))


def ref_silu(T, x):
    if isnan(x):
        return Exact(NAN)
    if math.isinf(x):
        return Exact(x if x > 0 else -0.0)
    if x == 0:
        return Exact(x)
    if abs(x) < TINY:
        return Approx(Fraction(x) / 2)
    s = sigmoid_double(x)
    if s == 0:
        return Exact(-0.0)
    return approx_or_exact(Fraction(x) * Fraction(s))


def make_softplus(beta, threshold):
    def ref(T, x):
        C = comp(T)
        if isnan(x):
            return Exact(NAN)
        bx = round_to(C, x * round_to(C, beta))
        if bx > round_to(C, threshold):
            return Exact(x)
        # log1p(exp(beta x)) / beta, > 0 for every finite x.
        v = math.log1p(safe_exp(beta * x)) / beta
        return approx_or_exact(v)
    return ref


def ref_mish(T, x):
    if isnan(x):
        return Exact(NAN)
    if math.isinf(x):
        return Exact(x if x > 0 else -0.0)
    if x == 0:
        return Exact(x)
    sp = x if x > 40 else math.log1p(safe_exp(x))
    t = math.tanh(sp)
    if t == 0:
        return Exact(-0.0 if x < 0 else 0.0)
    return approx_or_exact(Fraction(x) * Fraction(t))


# --------------------------------------------------------------------------
# Inputs.
# --------------------------------------------------------------------------


def specials(T):
    """NaN (both signs), +-0, +-inf, +-denorm_min, +-max."""
    dm, mx = float(T.denorm_min), float(T.max)
    return [NAN, math.copysign(NAN, -1.0), 0.0, -0.0, INF, -INF,
            dm, -dm, mx, -mx]


def around(T, v):
    """v rounded to T and its two neighbours."""
    r = round_to(T, v)
    return [next_down(T, r), r, next_up(T, r)]


# Ordinary values appended to reach an odd length > 16.
FILLER = [0.25, -0.75, 1.5, -2.5, 4.0, -6.5, 0.125, -0.0625, 10.0, -10.0]


def finish(T, xs):
    xs = [x if isnan(x) or math.isinf(x) or x == 0 else round_to(T, x)
          for x in xs]
    i = 0
    while len(xs) < 17 or len(xs) % 2 == 0:
        xs.append(round_to(T, FILLER[i]))
        i += 1
    return xs


class Row:
    """One op (with attributes) applied to one input vector."""

    def __init__(self, name, op, ref, xs, second=None, comment=""):
        self.name = name      # function name
        self.op = op          # act op text, e.g. 'act.relu %x' (+ attr-dict)
        self.ref = ref
        self.xs = xs          # inputs (for relu_grad: x, the forward input)
        self.second = second  # prelu: slopes; relu_grad: dy
        self.comment = comment


def rows_for(T):
    S = specials(T)
    dm = float(T.denorm_min)
    rows = []

    def add(name, op, ref, extra, comment=""):
        rows.append(Row(name, op, ref, finish(T, S + extra), comment=comment))

    # -- piecewise-linear ---------------------------------------------------
    add("relu", "act.relu %x", ref_relu,
        [1.0, -1.0, 1.5, -2.0, 2 * dm, -2 * dm] + around(T, 0.5))
    add("relu_ignore", "act.relu %x {nan_mode = #act.nan_mode<ignore>}",
        ref_relu_ignore, [1.0, -1.0, 1.5, -2.0, 2 * dm, -2 * dm])
    add("relu6", "act.clamp %x {min = 0.0 : f64, max = 6.0 : f64}",
        make_clamp(0.0, 6.0, False),
        around(T, 6.0) + [3.0, -3.0, 7.0, 0.5])
    add("relu6_ignore",
        "act.clamp %x {min = 0.0 : f64, max = 6.0 : f64, "
        "nan_mode = #act.nan_mode<ignore>}",
        make_clamp(0.0, 6.0, True), around(T, 6.0) + [3.0, -3.0])
    add("clamp_pm1_ignore",
        "act.clamp %x {min = -1.0 : f64, max = 1.0 : f64, "
        "nan_mode = #act.nan_mode<ignore>}",
        make_clamp(-1.0, 1.0, True),
        around(T, -1.0) + around(T, 1.0) + [0.5, -0.5, 2.0, -2.0])
    add("clamp_signed_zeros",
        "act.clamp %x {min = -0.0 : f64, max = 0.0 : f64}",
        make_clamp(-0.0, 0.0, False), [1.0, -1.0, 2 * dm, -2 * dm],
        "min = -0, max = +0: every non-NaN input gives a zero of its sign")
    add("clamp_inexact_bounds",
        "act.clamp %x {min = -0.1 : f64, max = 0.3 : f64}",
        make_clamp(-0.1, 0.3, False),
        around(T, -0.1) + around(T, 0.3) + [0.2, -0.05, 1.0, -1.0],
        "the bounds are rounded once, directly to the element type")
    add("leaky_relu", "act.leaky_relu %x", make_leaky(0.01),
        [1.0, -1.0, -100.0, -3.0, 2 * dm, -1000 * dm, 0.5, -0.5])
    add("leaky_relu_0_2", "act.leaky_relu %x {alpha = 2.000000e-01 : f64}",
        make_leaky(0.2), [1.0, -1.0, -100.0, -3.0, -5 * dm, -0.1])
    add("threshold_1", "act.threshold %x {threshold = 1.0 : f64, value = -2.0 : f64}",
        make_threshold(1.0, -2.0), around(T, 1.0) + [0.5, 2.0, -1.0])
    # The comparison is in C against the threshold rounded to C, the
    # replacement value rounded directly to T.
    thr_inputs = around(T, 0.1)
    if round_to(T, round_to(F32, 0.1)) not in thr_inputs:
        thr_inputs.append(round_to(F32, 0.1))
    thr_inputs += [0.2, 0.05, -0.1]
    add("threshold_inexact",
        "act.threshold %x {threshold = 0.1 : f64, value = 0.3 : f64}",
        make_threshold(0.1, 0.3), thr_inputs,
        "compared in C with threshold rounded to C; value rounded to T")
    add("hardsigmoid", "act.hardsigmoid %x", make_hardsigmoid(1 / 6, 0.5),
        around(T, 3.0) + around(T, -3.0) + [1.0, -1.0, 2.5, -2.5, 0.001])
    add("hardsigmoid_onnx",
        "act.hardsigmoid %x {alpha = 2.000000e-01 : f64, beta = 5.000000e-01 : f64}",
        make_hardsigmoid(0.2, 0.5),
        around(T, 2.5) + around(T, -2.5) + [1.0, -1.0, 0.3])
    add("hardswish", "act.hardswish %x", ref_hardswish,
        around(T, 3.0) + around(T, -3.0) + [1.0, -1.0, 1.5, -1.5, 0.1, 5.0])

    # prelu: (x, slope) pairs.
    nn = math.copysign(NAN, -1.0)
    mx = float(T.max)
    pairs = [(NAN, 0.25), (nn, -0.5), (0.0, 0.25), (-0.0, 0.25), (0.0, -0.5),
             (-0.0, -0.5), (INF, 0.25), (-INF, 0.25), (-INF, 0.0),
             (-INF, -0.5), (dm, 0.25), (-dm, 0.25), (-dm, -3.0), (mx, 0.25),
             (-mx, 0.25), (-mx, 2.0), (-2.0, NAN), (2.0, NAN), (-1.0, 0.1),
             (-3.0, -0.5), (1.0, -0.5), (-0.5, 1.0)]
    xs = finish(T, [p[0] for p in pairs])
    ss = finish(T, [p[1] for p in pairs])
    rows.append(Row("prelu", "act.prelu %x, %y", ref_prelu, xs, ss,
                    "x > 0 ? x : slope * x; inputs are (x, slope) pairs"))

    # relu_grad: (dy, x) pairs; x runs over the specials.
    grads = [1.5, -2.5, NAN, -0.0, INF, -INF, 7.0, NAN, -0.0, 3.0,
             NAN, 2.0, -4.0, 0.5, 1.0, -1.0, 9.0, NAN, 6.0]
    gx = S + [1.0, -1.0, 2.0, -2.0, 0.5, -0.5, 1.0, 0.25, -0.25]
    gx = finish(T, gx)
    grads = finish(T, (grads * 3)[:len(gx)])
    rows.append(Row("relu_grad", "act.relu_grad %y, %x", ref_relu_grad, gx,
                    grads, "x <= 0 ? +0 : dy; inputs are (dy, x) pairs"))

    # -- transcendental -----------------------------------------------------
    elu_in = [-1.0, 1.0, -0.5, 0.5, -2.0, -10.0, -20.0, 0.001, -0.001, 2.0]
    add("elu", "act.elu %x", make_elu(1.0), elu_in)
    add("elu_alpha", "act.elu %x {alpha = 5.000000e-01 : f64}", make_elu(0.5),
        elu_in)
    add("selu", "act.selu %x", ref_selu, elu_in)
    add("celu", "act.celu %x", make_celu(1.0), elu_in)
    add("celu_alpha", "act.celu %x {alpha = 2.000000e+00 : f64}",
        make_celu(2.0), elu_in + [-4.0, 3 * dm, -3 * dm])
    gelu_in = [3 * dm, -3 * dm, -1.0, 1.0, 0.5, -0.5, 3.0, -3.0, -5.0, 2.0,
               10.0, 0.001]
    if T is not F16:  # the bound of the tiny-input rule, 2^-64
        gelu_in += [TINY, -TINY]
    add("gelu", "act.gelu %x", make_gelu(False), gelu_in)
    add("gelu_tanh", "act.gelu %x {approximate = #act.approximate<tanh>}",
        make_gelu(True), gelu_in)
    add("sigmoid", "act.sigmoid %x", ref_sigmoid,
        [1.0, -1.0, 5.0, -5.0, 20.0, -20.0, 2.0, 0.5, -30.0])
    add("silu", "act.silu %x", ref_silu,
        [3 * dm, -3 * dm, 1.0, -1.0, 5.0, -5.0, 20.0, -20.0, 0.5])
    add("softplus", "act.softplus %x", make_softplus(1.0, 20.0),
        around(T, 20.0) + [19.0, 21.0, -20.0, 1.0, -1.0, 0.5, 5.0, -5.0, 30.0])
    add("softplus_beta",
        "act.softplus %x {beta = 2.000000e+00 : f64, threshold = 1.000000e+01 : f64}",
        make_softplus(2.0, 10.0),
        around(T, 5.0) + [4.0, 6.0, -5.0, 1.0, -1.0, 0.5])
    add("mish", "act.mish %x", ref_mish,
        [1.0, -1.0, 5.0, -5.0, -20.0, 20.0, 40.0, 41.0, 0.5, 3.0, -3.0])
    return rows


# --------------------------------------------------------------------------
# Emission.
# --------------------------------------------------------------------------


def literal(T, x):
    """An MLIR literal of the T value x: decimal where short and exact, the
    bit pattern otherwise (NaN, infinities, zeros, denormals, extremes)."""
    if not (isnan(x) or math.isinf(x) or x == 0):
        s = repr(x)
        if "e" not in s and len(s) <= 10 and round_to(T, float(s)) == x:
            return s
    return "0x%0*X" % (T.bits // 4, to_bits(T, x))


def readable(x):
    if isnan(x):
        return "-nan" if math.copysign(1.0, x) < 0 else "nan"
    if math.isinf(x):
        return "inf" if x > 0 else "-inf"
    return "%.9g" % x


def emit(T):
    ty = "tensor<?x%s>" % T.name
    rows = rows_for(T)
    out = []
    w = out.append
    w("// Generated by utils/gen-integration-tests.py; do not edit by hand:")
    w("// change the script and rerun it.")
    w("// Every act op on %s special values (NaN, +-0, +-inf, +-denorm_min," % T.name)
    w("// +-max) and its branch points, through --act-cpu-pipeline; expected")
    w("// values computed independently from docs/Semantics.md (see the script")
    w("// for the tolerance of the transcendental ops).")
    w("")
    w("// REQUIRES: mlir-runner")
    w("// RUN: act-opt %s --act-cpu-pipeline | mlir-runner -e main -entry-point-result=void \\")
    w("// RUN:   -shared-libs=%mlir_c_runner_utils,%mlir_runner_utils | FileCheck %s")
    w("")
    for r in rows:
        if r.second is None:
            w("func.func @%s(%%x: %s) -> %s {" % (r.name, ty, ty))
        elif r.name == "relu_grad":
            w("func.func @%s(%%y: %s, %%x: %s) -> %s {" % (r.name, ty, ty, ty))
        else:
            w("func.func @%s(%%x: %s, %%y: %s) -> %s {" % (r.name, ty, ty, ty))
        w("  %%0 = %s : %s" % (r.op, ty))
        w("  return %%0 : %s" % ty)
        w("}")
        w("")
    ciface = " attributes {llvm.emit_c_interface}"
    w("func.func private @%s(memref<*x%s>)%s" % (T.printer, T.name, ciface))
    w("")
    w("func.func @print(%%t: %s) {" % ty)
    w("  %%m = bufferization.to_buffer %%t : %s to memref<?x%s>" % (ty, T.name))
    w("  %%u = memref.cast %%m : memref<?x%s> to memref<*x%s>" % (T.name, T.name))
    w("  call @%s(%%u) : (memref<*x%s>) -> ()" % (T.printer, T.name))
    w("  return")
    w("}")
    w("")
    w("func.func @main() {")

    def const(name, vals):
        n = len(vals)
        st = "tensor<%dx%s>" % (n, T.name)
        lits = [literal(T, v) for v in vals]
        lines = []
        line = "  %%%s_c = arith.constant dense<[" % name
        for i, l in enumerate(lits):
            piece = l + (", " if i + 1 < n else "")
            if len(line) + len(piece) > 100:
                lines.append(line.rstrip())
                line = "      "
            line += piece
        lines.append(line + "]> : " + st)
        for l in lines:
            w(l)
        w("  %%%s = tensor.cast %%%s_c : %s to %s" % (name, name, st, ty))

    for i, r in enumerate(rows):
        n = len(r.xs)
        assert n > 16 and n % 2 == 1
        w("")
        w("  // %s: %s%s" % (r.name, r.op.replace("%x", "x").replace("%y", "y"),
                             ("  (" + r.comment + ")") if r.comment else ""))
        if r.second is None:
            exps = [r.ref(T, x) for x in r.xs]
            w("  // x  = [%s]" % ", ".join(readable(x) for x in r.xs))
            const("x%d" % i, r.xs)
            w("  %%r%d = call @%s(%%x%d) : (%s) -> %s" % (i, r.name, i, ty, ty))
        else:
            assert len(r.second) == n
            if r.name == "relu_grad":
                exps = [r.ref(T, dy, x) for dy, x in zip(r.second, r.xs)]
                w("  // dy = [%s]" % ", ".join(readable(x) for x in r.second))
                w("  // x  = [%s]" % ", ".join(readable(x) for x in r.xs))
            else:
                exps = [r.ref(T, x, s) for x, s in zip(r.xs, r.second)]
                w("  // x  = [%s]" % ", ".join(readable(x) for x in r.xs))
                w("  // y  = [%s]" % ", ".join(readable(x) for x in r.second))
            const("x%d" % i, r.xs)
            const("y%d" % i, r.second)
            if r.name == "relu_grad":
                w("  %%r%d = call @%s(%%y%d, %%x%d) : (%s, %s) -> %s"
                  % (i, r.name, i, i, ty, ty, ty))
            else:
                w("  %%r%d = call @%s(%%x%d, %%y%d) : (%s, %s) -> %s"
                  % (i, r.name, i, i, ty, ty, ty))
        pats = [check_pattern(T, e) for e in exps]
        # One printout per row, in order: every line is matched with
        # CHECK-NEXT after the first, so no row can be skipped.
        w("  // CHECK%s: Unranked Memref {{.*}} sizes = [%d] strides = [1] data ="
          % ("" if i == 0 else "-NEXT", n))
        w("  // CHECK-NEXT: [%s]" % ",  ".join(pats))
        w("  call @print(%%r%d) : (%s) -> ()" % (i, ty))
    w("  return")
    w("}")
    return "\n".join(out) + "\n"


# --------------------------------------------------------------------------
# Self-test of the rounding and formatting helpers against struct.
# --------------------------------------------------------------------------


def self_test():
    import random
    rng = random.Random(1)
    for _ in range(20000):
        b = rng.getrandbits(64)
        d = struct.unpack("<d", struct.pack("<Q", b))[0]
        if not math.isfinite(d):
            continue
        d = math.ldexp(math.frexp(d)[0], rng.randint(-160, 140))
        # f32: struct 'f' (C's double -> float conversion, round to nearest
        # even); it raises on overflow.
        try:
            f = struct.unpack("<f", struct.pack("<f", d))[0]
        except OverflowError:
            f = math.copysign(INF, d)
        assert round_to(F32, d) == f or (f == 0 and round_to(F32, d) == 0), (d, f)
        # f16: struct 'e'.
        try:
            h = struct.unpack("<e", struct.pack("<e", d))[0]
        except OverflowError:
            h = math.copysign(INF, d)
        assert round_to(F16, d) == h or (h == 0 and round_to(F16, d) == 0), (d, h)
        # bf16: round-to-nearest-even on the bits of the f32 (exact only
        # when d is an f32, i.e. no double rounding).
        if math.isfinite(f) and f != 0:
            fb = struct.unpack("<I", struct.pack("<f", f))[0]
            r = (fb + 0x7FFF + ((fb >> 16) & 1)) >> 16
            bf = from_bits(BF16, r) if (r & 0x7F80) != 0x7F80 else math.copysign(INF, f)
            assert round_to(BF16, f) == bf, (f, bf)
    assert round_to(F32, Fraction(1, 2 ** 150), "up") == 2.0 ** -149
    assert round_to(F32, -Fraction(1, 2 ** 150), "up") == 0.0
    assert fmt_ieee(-0.0) == "-0" and fmt_ieee(1.401298464324817e-45) == "1.4013e-45"
    assert fmt_ieee(65504.0) == "65504" and fmt_ieee(3.4028234663852886e38) == "3.40282e+38"
    print("self-test passed")


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out-dir", default=os.path.join(
        os.path.dirname(os.path.abspath(__file__)), "..", "test",
        "Integration", "CPU"))
    ap.add_argument("--self-test", action="store_true")
    args = ap.parse_args()
    if args.self_test:
        self_test()
        return
    for name in ("f16", "bf16", "f32", "f64"):
        path = os.path.join(args.out_dir, "special-values-%s.mlir" % name)
        with open(path, "w") as f:
            f.write(emit(FORMATS[name]))
        print("wrote", os.path.normpath(path))


if __name__ == "__main__":
    sys.exit(main())
