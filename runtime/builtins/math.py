"""The Math object (ES5.1 15.8), with the ES2015 functions (20.2.2).

Python's ``math`` raises on domain errors and overflow where JS returns NaN
or an infinity, and it differs on some IEEE special cases (``pow(1, NaN)``,
signed zeros), so every function handles the special values first and
catches the remaining Python errors.
"""

import math
import random as _random
import struct

from runtime.builtins import math_ieee
from runtime.builtins.pristine import publish
from runtime.builtins.math_ieee import bits_of as _bits_of, double_of as _double_of
from runtime.conversions import to_number, to_uint32
from runtime.symbols import SYMBOL_TO_STRING_TAG
from runtime.values import C, JSObject, undefined

_inf = math.inf
_nan = math.nan
_copysign = math.copysign
_PI_LO = 1.2246467991473532e-16  # pi - float(pi)


def _num(v):
    return v if type(v) is float else to_number(v)


def _is_odd_integer(y):
    return y.is_integer() and abs(y) < 2.0 ** 53 and int(y) % 2 == 1


def math_abs(this, x=undefined, *_):
    """Math.abs (15.8.2.1)."""
    return abs(_num(x))


def math_acos(this, x=undefined, *_):
    """Math.acos (15.8.2.2): NaN outside [-1, 1]."""
    x = _num(x)
    if x != x or x > 1 or x < -1:
        return _nan
    return math.acos(x)


def math_asin(this, x=undefined, *_):
    """Math.asin (15.8.2.3): NaN outside [-1, 1]; keeps -0."""
    x = _num(x)
    if x != x or x > 1 or x < -1:
        return _nan
    return math.asin(x)


def math_atan(this, x=undefined, *_):
    """Math.atan (15.8.2.4)."""
    return math.atan(_num(x))


def math_atan2(this, y=undefined, x=undefined, *_):
    """Math.atan2 (15.8.2.5); IEEE signed-zero cases as the spec lists them."""
    y = _num(y)
    x = _num(x)
    if x != x or y != y:
        return _nan
    if x == 0 or y == 0 or x in (_inf, -_inf) or y in (_inf, -_inf):
        return math.atan2(y, x)
    # Reduce to atan(|y/x|) and fix the quadrant, as V8 does, rather than
    # libm's atan2: node's last digit then agrees far more often.
    z = math.atan(abs(y / x))
    if x > 0:
        return z if y > 0 else -z
    return math.pi - (z - _PI_LO) if y > 0 else (z - _PI_LO) - math.pi


def math_ceil(this, x=undefined, *_):
    """Math.ceil (15.8.2.6): -0 for values in (-1, 0)."""
    x = _num(x)
    if x != x or x in (_inf, -_inf) or x == 0:
        return x
    if -1 < x < 0:
        return -0.0
    return float(math.ceil(x))


def math_cos(this, x=undefined, *_):
    """Math.cos (15.8.2.7): NaN for infinities."""
    x = _num(x)
    if x != x or x in (_inf, -_inf):
        return _nan
    return math.cos(x)


def math_exp(this, x=undefined, *_):
    """Math.exp (15.8.2.8): overflow gives +Infinity."""
    x = _num(x)
    if x != x:
        return x
    try:
        return math.exp(x)
    except OverflowError:
        return _inf


def math_floor(this, x=undefined, *_):
    """Math.floor (15.8.2.9): keeps -0."""
    x = _num(x)
    if x != x or x in (_inf, -_inf) or x == 0:
        return x
    return float(math.floor(x))


def math_log(this, x=undefined, *_):
    """Math.log (15.8.2.10): NaN below 0, -Infinity at +-0."""
    x = _num(x)
    if x != x or x < 0:
        return _nan
    if x == 0:
        return -_inf
    if x == _inf:
        return x
    return math.log(x)


def _max_min(args, pick_max):
    # Every argument is converted first, even after a NaN (15.8.2.11 step 1).
    nums = [_num(a) for a in args]
    result = -_inf if pick_max else _inf
    for n in nums:
        if n != n:
            return _nan
        if pick_max:
            # +0 is larger than -0 here.
            if n > result or (n == 0 and result == 0 and _copysign(1.0, result) < 0):
                result = n
        else:
            if n < result or (n == 0 and result == 0 and _copysign(1.0, n) < 0):
                result = n
    return result


def math_max(this, *args):
    """Math.max (15.8.2.11): -Infinity without arguments; NaN wins."""
    return _max_min(args, True)


def math_min(this, *args):
    """Math.min (15.8.2.12): +Infinity without arguments; NaN wins."""
    return _max_min(args, False)


def math_pow(this, x=undefined, y=undefined, *_):
    """Math.pow (15.8.2.13), with every special case of the spec."""
    x = _num(x)
    y = _num(y)
    if y != y:
        return _nan
    if y == 0:
        return 1.0
    if x != x:
        return _nan
    ax = abs(x)
    if y == _inf:
        if ax == 1:
            return _nan
        return _inf if ax > 1 else 0.0
    if y == -_inf:
        if ax == 1:
            return _nan
        return 0.0 if ax > 1 else _inf
    if x == _inf:
        return _inf if y > 0 else 0.0
    if x == -_inf:
        if y > 0:
            return -_inf if _is_odd_integer(y) else _inf
        return -0.0 if _is_odd_integer(y) else 0.0
    if x == 0:
        negative_zero = _copysign(1.0, x) < 0
        if y > 0:
            return -0.0 if negative_zero and _is_odd_integer(y) else 0.0
        return -_inf if negative_zero and _is_odd_integer(y) else _inf
    if x < 0 and not y.is_integer():
        return _nan
    try:
        return math.pow(x, y)
    except OverflowError:
        return -_inf if x < 0 and _is_odd_integer(y) else _inf
    except ValueError:
        return _nan


def math_random(this, *_):
    """Math.random (15.8.2.14): uniform in [0, 1)."""
    return _random.random()


def math_round(this, x=undefined, *_):
    """Math.round (15.8.2.15): ties go up; -0 for [-0.5, -0]."""
    x = _num(x)
    if x != x or x in (_inf, -_inf) or x.is_integer():
        return x
    if -0.5 <= x < 0:
        return -0.0
    # floor(x + 0.5) in floats would round 0.49999999999999994 up to 1.
    f = math.floor(x)
    return float(f + 1 if x - f >= 0.5 else f)


def math_sin(this, x=undefined, *_):
    """Math.sin (15.8.2.16): NaN for infinities; keeps -0."""
    x = _num(x)
    if x != x or x in (_inf, -_inf):
        return _nan
    return math.sin(x)


def math_sqrt(this, x=undefined, *_):
    """Math.sqrt (15.8.2.17): NaN below 0; keeps -0."""
    x = _num(x)
    if x != x or x < 0:
        return _nan
    return math.sqrt(x)


def math_tan(this, x=undefined, *_):
    """Math.tan (15.8.2.18): NaN for infinities; keeps -0."""
    x = _num(x)
    if x != x or x in (_inf, -_inf):
        return _nan
    return math.tan(x)


# ---------------------------------------------------------------------------
# ES2015 (20.2.2). Python's math functions raise on domain errors and
# overflow, so the special values are answered first, as above.
# ---------------------------------------------------------------------------

def math_trunc(this, x=undefined, *_):
    """Math.trunc (ES2015 20.2.2.35): keeps -0, and gives -0 in (-1, 0)."""
    x = _num(x)
    if x != x or x in (_inf, -_inf) or x == 0:
        return x
    return _copysign(float(math.trunc(x)), x)


def math_sign(this, x=undefined, *_):
    """Math.sign (ES2015 20.2.2.29): NaN, +-0 as given, else +-1."""
    x = _num(x)
    if x != x or x == 0:
        return x
    return 1.0 if x > 0 else -1.0


def math_cbrt(this, x=undefined, *_):
    """Math.cbrt (ES2015 20.2.2.9), computed as V8 does (fdlibm's method:
    an exponent-divided first guess, a polynomial to 23 bits, one Newton
    step), so the last digit agrees with node; libm's cbrt differs there
    for about half of all inputs (27 gives 3.0000000000000004)."""
    x = _num(x)
    if x != x or x == 0 or x in (_inf, -_inf):
        return x
    b = _bits_of(x)
    sign = b & 0x8000000000000000
    high = (b >> 32) & 0x7FFFFFFF
    if high < 0x00100000:
        # subnormal: scale by 2**54 to read a usable exponent
        tb = _bits_of(x * 18014398509481984.0)
        t = _double_of(sign | ((((tb >> 32) & 0x7FFFFFFF) // 3 + 696219795) << 32) | (tb & 0xFFFFFFFF))
    else:
        t = _double_of(sign | ((high // 3 + 715094163) << 32))
    # |1/cbrt(x) - p(r)| < 2**-23.5
    r = (t * t) * (t / x)
    t = t * ((1.87595182427177009643 + r * (-1.88497979543377169875 + r * 1.621429720105354466140))
             + ((r * r) * r) * (-0.758397934778766047437 + r * 0.145996192886612446982))
    # round away from zero to 23 bits, so that t*t below is exact
    t = _double_of((_bits_of(t) + 0x80000000) & 0xFFFFFFFFC0000000)
    s = t * t
    r = x / s
    r = (r - t) / ((t + t) + r)
    return t + t * r


def _log_of(fn, x):
    # log2 / log10: NaN below 0, -Infinity at +-0, Infinity at Infinity
    if x != x or x < 0:
        return _nan
    if x == 0:
        return -_inf
    if x == _inf:
        return x
    return fn(x)


def math_log2(this, x=undefined, *_):
    """Math.log2 (ES2015 20.2.2.23)."""
    return _log_of(math_ieee.log2, _num(x))


def math_log10(this, x=undefined, *_):
    """Math.log10 (ES2015 20.2.2.22)."""
    return _log_of(math_ieee.log10, _num(x))


def math_log1p(this, x=undefined, *_):
    """Math.log1p (ES2015 20.2.2.21): NaN below -1, -Infinity at -1; keeps -0."""
    x = _num(x)
    if x != x or x < -1:
        return _nan
    if x == -1:
        return -_inf
    if x == _inf:
        return x
    return math_ieee.log1p(x)


def math_expm1(this, x=undefined, *_):
    """Math.expm1 (ES2015 20.2.2.15): -1 at -Infinity, overflow gives Infinity; keeps -0."""
    x = _num(x)
    if x != x or x in (_inf, -_inf):
        return x if x > 0 or x != x else -1.0
    return math_ieee.expm1(x)


_LN2 = 6.93147180559945286227e-01
_TWO28 = 268435456.0  # 2**28
_TINY = 2.0 ** -28
_OVERFLOW = 7.09782712893383973096e+02  # log(MAX_VALUE)
_SINH_OVERFLOW = 7.10475860073943863426e+02  # past it sinh/cosh overflow

# The hyperbolic functions follow fdlibm's case split, as V8 does, on the
# exp/log/log1p that V8 uses (math_ieee), so the last digit is node's.


def math_sinh(this, x=undefined, *_):
    """Math.sinh (ES2015 20.2.2.31): overflow gives a signed infinity; keeps -0."""
    x = _num(x)
    if x != x or x in (_inf, -_inf):
        return x
    h = -0.5 if x < 0 else 0.5
    a = abs(x)
    if a < 22:
        if a < _TINY:
            return x
        t = math_ieee.expm1(a)
        if a < 1:
            return h * (2.0 * t - t * t / (t + 1.0))
        return h * (t + t / (t + 1.0))
    if a < _OVERFLOW:
        return h * math_ieee.exp(a)
    if a <= _SINH_OVERFLOW:
        w = math_ieee.exp(0.5 * a)
        return (h * w) * w
    return _copysign(_inf, x)


def math_cosh(this, x=undefined, *_):
    """Math.cosh (ES2015 20.2.2.13): overflow gives Infinity."""
    x = _num(x)
    if x != x:
        return x
    a = abs(x)
    if a < 0.5 * _LN2:
        t = math_ieee.expm1(a)
        w = 1.0 + t
        if a < 2.0 ** -55:
            return w
        return 1.0 + (t * t) / (w + w)
    if a < 22:
        t = math_ieee.exp(a)
        return 0.5 * t + 0.5 / t
    if a < _OVERFLOW:
        return 0.5 * math_ieee.exp(a)
    if a <= _SINH_OVERFLOW:
        w = math_ieee.exp(0.5 * a)
        return (0.5 * w) * w
    return _inf


def math_tanh(this, x=undefined, *_):
    """Math.tanh (ES2015 20.2.2.34): +-1 at the infinities; keeps -0."""
    x = _num(x)
    if x != x:
        return x
    a = abs(x)
    if a in (_inf,):
        return _copysign(1.0, x)
    if a < 22:
        if a < _TINY:
            return x
        if a >= 1:
            t = math_ieee.expm1(a + a)
            z = 1.0 - 2.0 / (t + 2.0)
        else:
            t = math_ieee.expm1(-(a + a))
            z = -t / (t + 2.0)
    else:
        z = 1.0
    return _copysign(z, x)


def math_asinh(this, x=undefined, *_):
    """Math.asinh (ES2015 20.2.2.6): keeps -0 and the infinities."""
    x = _num(x)
    if x != x or x in (_inf, -_inf):
        return x
    a = abs(x)
    if a < _TINY:
        return x
    if a > _TWO28:
        w = math_ieee.log(a) + _LN2
    elif a > 2:
        w = math_ieee.log(2.0 * a + 1.0 / (math.sqrt(x * x + 1.0) + a))
    else:
        t = x * x
        w = math_ieee.log1p(a + t / (1.0 + math.sqrt(1.0 + t)))
    return _copysign(w, x)


def math_acosh(this, x=undefined, *_):
    """Math.acosh (ES2015 20.2.2.3): NaN below 1."""
    x = _num(x)
    if x != x or x < 1:
        return _nan
    if x >= _TWO28:
        if x == _inf:
            return x
        return math_ieee.log(x) + _LN2
    if x == 1:
        return 0.0
    if x > 2:
        t = x * x
        return math_ieee.log(2.0 * x - 1.0 / (x + math.sqrt(t - 1.0)))
    t = x - 1.0
    return math_ieee.log1p(t + math.sqrt(2.0 * t + t * t))


def math_atanh(this, x=undefined, *_):
    """Math.atanh (ES2015 20.2.2.7): NaN outside [-1, 1], +-Infinity at +-1; keeps -0."""
    x = _num(x)
    if x != x or x > 1 or x < -1:
        return _nan
    if x == 1 or x == -1:
        return _copysign(_inf, x)
    a = abs(x)
    if a < _TINY:
        return x
    if a < 0.5:
        t = a + a
        t = 0.5 * math_ieee.log1p(t + t * a / (1.0 - a))
    else:
        t = 0.5 * math_ieee.log1p((a + a) / (1.0 - a))
    return _copysign(t, x)


def math_hypot(this, *args):
    """Math.hypot (ES2015 20.2.2.18): every argument is converted first;
    an infinity wins over NaN, NaN over the rest; +0 without arguments.
    Summed as V8 does (scaled by the largest magnitude, Kahan-compensated),
    so the last digit agrees with node where libm's hypot differs."""
    nums = [abs(_num(a)) for a in args]
    if not nums:
        return 0.0
    if _inf in nums:
        return _inf
    biggest = max(nums)
    if biggest != biggest or any(n != n for n in nums):
        return _nan
    if biggest == 0:
        return 0.0
    total = 0.0
    compensation = 0.0
    for n in nums:
        n = n / biggest
        summand = n * n - compensation
        preliminary = total + summand
        compensation = (preliminary - total) - summand
        total = preliminary
    return math.sqrt(total) * biggest


def math_fround(this, x=undefined, *_):
    """Math.fround (ES2015 20.2.2.16): the nearest float32, ties to even."""
    x = _num(x)
    if x != x or x in (_inf, -_inf) or x == 0:
        return x
    try:
        return struct.unpack("<f", struct.pack("<f", x))[0]
    except OverflowError:  # past float32's range: rounds to an infinity
        return _copysign(_inf, x)


def math_imul(this, a=undefined, b=undefined, *_):
    """Math.imul (ES2015 20.2.2.19): the low 32 bits of the product, signed."""
    p = (to_uint32(a) * to_uint32(b)) & 0xFFFFFFFF
    return float(p - 0x100000000 if p & 0x80000000 else p)


def math_clz32(this, x=undefined, *_):
    """Math.clz32 (ES2015 20.2.2.11): leading zero bits of ToUint32(x)."""
    return float(32 - to_uint32(x).bit_length())


CONSTANTS = (
    ("E", math.e), ("LN10", math.log(10)), ("LN2", math.log(2)), ("LOG2E", 1.4426950408889634),
    ("LOG10E", 0.4342944819032518), ("PI", math.pi), ("SQRT1_2", math.sqrt(0.5)), ("SQRT2", math.sqrt(2)),
)


# name -> (function, length); compiled code may call them directly while
# the Math object keeps them (compiler/lower/intrinsics.py, pristine.py)
METHODS = {
    "abs": (math_abs, 1), "acos": (math_acos, 1), "asin": (math_asin, 1), "atan": (math_atan, 1),
    "atan2": (math_atan2, 2), "ceil": (math_ceil, 1), "cos": (math_cos, 1), "exp": (math_exp, 1),
    "floor": (math_floor, 1), "log": (math_log, 1), "max": (math_max, 2), "min": (math_min, 2),
    "pow": (math_pow, 2), "random": (math_random, 0), "round": (math_round, 1), "sin": (math_sin, 1),
    "sqrt": (math_sqrt, 1), "tan": (math_tan, 1),
    "trunc": (math_trunc, 1), "sign": (math_sign, 1), "cbrt": (math_cbrt, 1), "log2": (math_log2, 1),
    "log10": (math_log10, 1), "log1p": (math_log1p, 1), "expm1": (math_expm1, 1), "sinh": (math_sinh, 1),
    "cosh": (math_cosh, 1), "tanh": (math_tanh, 1), "asinh": (math_asinh, 1), "acosh": (math_acosh, 1),
    "atanh": (math_atanh, 1), "hypot": (math_hypot, 2), "fround": (math_fround, 1), "imul": (math_imul, 2),
    "clz32": (math_clz32, 1),
}


def install(realm):
    m = JSObject(realm.ObjectPrototype, "Math")
    for name, value in CONSTANTS:
        realm.define_value(m, name, value, 0)
    realm.define_methods(m, METHODS)
    realm.define_value(m, SYMBOL_TO_STRING_TAG, "Math", C)  # ES2015 20.2.1.9
    realm.define_value(realm.global_object, "Math", m)
    publish(realm, m, "_ajgi_pristine_Math", METHODS)
