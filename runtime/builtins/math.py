"""The Math object (ES5.1 15.8).

Python's ``math`` raises on domain errors and overflow where JS returns NaN
or an infinity, and it differs on some IEEE special cases (``pow(1, NaN)``,
signed zeros), so every function handles the special values first and
catches the remaining Python errors.
"""

import math
import random as _random

from runtime.conversions import to_number
from runtime.values import JSObject, undefined

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


CONSTANTS = (
    ("E", math.e), ("LN10", math.log(10)), ("LN2", math.log(2)), ("LOG2E", 1.4426950408889634),
    ("LOG10E", 0.4342944819032518), ("PI", math.pi), ("SQRT1_2", math.sqrt(0.5)), ("SQRT2", math.sqrt(2)),
)


def install(realm):
    m = JSObject(realm.ObjectPrototype, "Math")
    for name, value in CONSTANTS:
        realm.define_value(m, name, value, 0)
    realm.define_methods(m, {
        "abs": (math_abs, 1), "acos": (math_acos, 1), "asin": (math_asin, 1), "atan": (math_atan, 1),
        "atan2": (math_atan2, 2), "ceil": (math_ceil, 1), "cos": (math_cos, 1), "exp": (math_exp, 1),
        "floor": (math_floor, 1), "log": (math_log, 1), "max": (math_max, 2), "min": (math_min, 2),
        "pow": (math_pow, 2), "random": (math_random, 0), "round": (math_round, 1), "sin": (math_sin, 1),
        "sqrt": (math_sqrt, 1), "tan": (math_tan, 1),
    })
    realm.define_value(realm.global_object, "Math", m)
