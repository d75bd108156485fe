"""ES5.1 operators (clause 11) on JS values: arithmetic, bitwise,
equality and relational comparison.

Compiled code reaches them through ``runtime.abi`` (with inline float fast
paths emitted by the compiler around most of them); built-ins import them
directly.
"""

import math

from runtime.numconv import number_to_string, string_to_number
from runtime.conversions import is_object, to_boolean, to_int32, to_number, to_primitive, to_string, to_uint32
from runtime.symbols import JSSymbol, SYMBOL_HAS_INSTANCE
from runtime.sched import settle
import types
from runtime.values import null, undefined
from runtime.errors import throw_type_error
from runtime.limits import check_string
from runtime.values import FunctionType
from runtime.conversions import to_display_string, to_property_key
from runtime.properties import get_prop, has_property
from runtime.builtins.math import math_pow

_type = type
_float = float
_str = str
_trunc = math.trunc

_nan = math.nan
_inf = math.inf


# ---------------------------------------------------------------------------

def add(a, b):
    """The ``+`` operator (11.6.1)."""
    ta = type(a)
    tb = type(b)
    if ta is tb:
        if ta is float:
            return a + b
        if ta is str:
            return check_string(a + b)  # s + s doubles: the length is checked
    if ta is str and tb is float:
        if -1e15 < b < 1e15 and b.is_integer():
            return a + str(int(b))  # integral: the common "k" + i case
        return a + number_to_string(b)
    if ta is float and tb is str:
        if -1e15 < a < 1e15 and a.is_integer():
            return str(int(a)) + b
        return number_to_string(a) + b
    a = to_primitive(a)
    b = to_primitive(b)
    if type(a) is str or type(b) is str:
        return check_string(to_string(a) + to_string(b))
    return to_number(a) + to_number(b)


def sub(a, b):
    """The ``-`` operator (11.6.2)."""
    return to_number(a) - to_number(b)


def mul(a, b):
    """The ``*`` operator (11.5.1)."""
    return to_number(a) * to_number(b)


def div(a, b):
    """The ``/`` operator (11.5.2): IEEE division, no ZeroDivisionError."""
    a = to_number(a)
    b = to_number(b)
    if b == 0.0:
        if a != a or a == 0.0:
            return _nan
        neg = (math.copysign(1.0, a) < 0) != (math.copysign(1.0, b) < 0)
        return -_inf if neg else _inf
    try:
        return a / b
    except OverflowError:
        return -_inf if (a < 0) != (b < 0) else _inf


def mod(a, b):
    """The ``%`` operator (11.5.3): sign of the dividend, like C fmod."""
    a = to_number(a)
    b = to_number(b)
    if b == 0.0 or a != a or b != b or a == _inf or a == -_inf:
        return _nan
    if b == _inf or b == -_inf:
        return a
    if a == 0.0:
        return a
    r = math.fmod(a, b)
    if r == 0.0:
        return math.copysign(0.0, a)
    return r


def exponentiate(a, b):
    """The ``**`` operator (ES2016 12.6.3): ToNumber of each operand, left
    first, then Math.pow's Number::exponentiate (``1 ** NaN`` is NaN,
    ``(-8) ** (1/3)`` is NaN, overflow is an infinity: never Python's)."""
    return math_pow(None, a if _type(a) is _float else to_number(a),
                    b if _type(b) is _float else to_number(b))


def neg(a):
    """Unary ``-`` (11.4.7)."""
    return -to_number(a)


def pos(a):
    """Unary ``+`` (11.4.6)."""
    return to_number(a)


def _i32(i):
    i &= 0xFFFFFFFF
    return float(i - 0x100000000 if i & 0x80000000 else i)


# The bitwise operators' fast path: a float in (-2**31 - 1, 2**31) truncates
# (int()) to its ToInt32 value directly, and &, |, ^ of two int32 values is
# an int32 value again (Python ints are two's complement without limit).
_I32_LO = -2147483649.0
_I32_HI = 2147483648.0


def bit_and(a, b):
    """``&`` (11.10)."""
    if type(a) is float and type(b) is float and _I32_LO < a < _I32_HI and _I32_LO < b < _I32_HI:
        return float(int(a) & int(b))
    return _i32(to_int32(a) & to_int32(b))


def bit_or(a, b):
    """``|`` (11.10)."""
    if type(a) is float and type(b) is float and _I32_LO < a < _I32_HI and _I32_LO < b < _I32_HI:
        return float(int(a) | int(b))
    return _i32(to_int32(a) | to_int32(b))


def bit_xor(a, b):
    """``^`` (11.10)."""
    if type(a) is float and type(b) is float and _I32_LO < a < _I32_HI and _I32_LO < b < _I32_HI:
        return float(int(a) ^ int(b))
    return _i32(to_int32(a) ^ to_int32(b))


def bit_not(a):
    """``~`` (11.4.8)."""
    return _i32(~to_int32(a))


def shl(a, b):
    """``<<`` (11.7.1)."""
    return _i32(to_int32(a) << (to_uint32(b) & 31))


def sar(a, b):
    """``>>`` (11.7.2)."""
    return float(to_int32(a) >> (to_uint32(b) & 31))


def shr(a, b):
    """``>>>`` (11.7.3)."""
    if type(a) is float and type(b) is float and 0.0 <= a < 4294967296.0 and 0.0 <= b < 32.0:
        return float(int(a) >> int(b))  # already uint32, shift count already below 32
    return float(to_uint32(a) >> (to_uint32(b) & 31))


def strict_equals(a, b):
    """``===`` (11.9.6)."""
    ta = type(a)
    if ta is not type(b):
        return False
    return a == b if ta is float or ta is str or ta is bool else a is b


def loose_equals(a, b):
    """``==`` (11.9.3)."""
    ta = type(a)
    tb = type(b)
    if ta is tb:
        return a == b if ta is float or ta is str or ta is bool else a is b
    a_nullish = a is undefined or a is null
    b_nullish = b is undefined or b is null
    if a_nullish or b_nullish:
        return a_nullish and b_nullish
    if ta is float and tb is str:
        return a == string_to_number(b)
    if ta is str and tb is float:
        return string_to_number(a) == b
    if ta is bool:
        return loose_equals(1.0 if a else 0.0, b)
    if tb is bool:
        return loose_equals(a, 1.0 if b else 0.0)
    a_obj = is_object(a)
    b_obj = is_object(b)
    if (tb is float or tb is str or tb is JSSymbol) and a_obj:
        return loose_equals(to_primitive(a), b)
    if (ta is float or ta is str or ta is JSSymbol) and b_obj:
        return loose_equals(a, to_primitive(b))
    return False


def _compare(a, b, left_first=True):
    """The Abstract Relational Comparison (11.8.5): True, False or None
    (undefined, when a NaN is involved)."""
    if left_first:
        pa = to_primitive(a, "number")
        pb = to_primitive(b, "number")
    else:
        pb = to_primitive(b, "number")
        pa = to_primitive(a, "number")
    if type(pa) is str and type(pb) is str:
        return pa < pb
    na = to_number(pa)
    nb = to_number(pb)
    if na != na or nb != nb:
        return None
    return na < nb


def lt(a, b):
    """``<``"""
    if type(a) is type(b) and (type(a) is float or type(a) is str):
        return a < b
    return _compare(a, b) is True


def gt(a, b):
    """``>``"""
    if type(a) is type(b) and (type(a) is float or type(a) is str):
        return a > b
    return _compare(b, a, False) is True


def le(a, b):
    """``<=``"""
    if type(a) is type(b) and (type(a) is float or type(a) is str):
        return a <= b
    r = _compare(b, a, False)
    return r is False


def ge(a, b):
    """``>=``"""
    if type(a) is type(b) and (type(a) is float or type(a) is str):
        return a >= b
    r = _compare(a, b)
    return r is False


def inc(v):
    """``ToNumber(v) + 1`` for ``++``."""
    return (v if type(v) is float else to_number(v)) + 1.0


def dec(v):
    """``ToNumber(v) - 1`` for ``--``."""
    return (v if type(v) is float else to_number(v)) - 1.0


# -- helpers of compiled string building and comparisons ----------------------------

def addn(*operands):
    """A long left-associative ``+`` chain (flattened by the compiler), with
    the string-building cases (string + string, string + integral number)
    done inline."""
    acc = operands[0]
    add_ = add
    for v in operands[1:]:
        if _type(acc) is _str:
            tv = _type(v)
            if tv is _str:
                acc += v
                continue
            if tv is _float:
                acc += catstr(v)
                continue
        acc = add_(acc, v)
    # the chain grows acc at most len(operands) times over: one check at the end
    return check_string(acc) if _type(acc) is _str else acc


# ToString of the integers below 1024, indexed by an int counter's int form
# whose bound is known (``"k" + (k % 50)``: compiler/lower/ints.py to_str),
# a list index where str() would make a new string.
INT_STRINGS = [_str(i) for i in range(1024)]
# The same strings keyed by float: compiled code probes it inline before
# calling numstr (``"k" + i``, ``s += i``). -0.0 finds 0.0's entry, right
# for ToString; a float key never equals a string.
NUMBER_STRINGS = {float(i): s for i, s in enumerate(INT_STRINGS)}

# The floats 0.0 .. 1023.0 by int: ``x & 1023`` (any mask 0..1023) yields
# its number as FLOATS[i] (a tuple index) rather than float(i) (a call:
# about 200 instructions more, measured with cachegrind).
FLOATS = tuple(float(i) for i in range(1024))


def lt_bound(x):
    """For a float ``x``, the int ``k`` with ``i < x`` exactly when ``i < k``
    for every non-negative int ``i`` below 2**53: a counter held as an int
    (compiler/lower/ints.py) tests ``i < n`` against it, int against int."""
    if x != x or x < 0:
        return 0  # NaN, -Infinity, negative: no counter is below it
    if x == _inf:
        return 2 ** 64  # above every counter
    return math.ceil(x)


def numstr(x):
    """ToString of a value known to be a number (or undefined)."""
    if _type(x) is _float:
        if -1e15 < x < 1e15 and x.is_integer():
            return _str(_trunc(x))  # math.trunc: a cheaper call than int()
        return number_to_string(x)
    return to_string(x)


def catstr(v):
    """ToString(ToPrimitive(v)), the string ``+`` appends when the other
    operand is a string (11.6.1 steps 5-7); compiled code tests for str
    before calling it."""
    t = _type(v)
    if t is _float:
        s = NUMBER_STRINGS.get(v)
        return numstr(v) if s is None else s
    if t is _str:
        return v
    return to_string(to_primitive(v))


def nullish(v):
    """``v == null``"""
    return v is null or v is undefined


def tonum(v):
    return v if _type(v) is _float else to_number(v)


# -- in, instanceof (11.8.6, 11.8.7) ------------------------------------------

def in_operator(k, o):
    """The ``in`` operator (11.8.7)."""
    if not is_object(o):
        throw_type_error("Cannot use 'in' operator to search for '%s' in %s" % (to_display_string(k), to_display_string(o)))
    return has_property(o, to_property_key(k))


def instance_of(v, f):
    """The ``instanceof`` operator (11.8.6) with [[HasInstance]] (15.3.5.3),
    and ES2015's ``[Symbol.hasInstance]`` (12.9.4) when the right-hand side
    is a function with such an own property or any other object (an
    inherited one on a function is not looked up: one dict probe is what
    the common case costs)."""
    if type(f) is not FunctionType:
        if is_object(f):
            handler = get_prop(f, SYMBOL_HAS_INSTANCE)
            if handler is not undefined and handler is not null:
                return _has_instance(handler, f, v)
        throw_type_error("Right-hand side of 'instanceof' is not callable")
    handler = f.props.get(SYMBOL_HAS_INSTANCE)
    if handler is not None:
        return _has_instance(handler, f, v)
    target = f.__dict__.get("bound_target")
    if target is not None:
        return instance_of(v, target)
    if not is_object(v):
        return False
    proto = get_prop(f, "prototype")
    if not is_object(proto):
        throw_type_error("Function has non-object prototype in instanceof check")
    p = v.proto
    while p is not null:
        if p is proto:
            return True
        p = p.proto
    return False


def _has_instance(handler, f, v):
    """Calls a ``[Symbol.hasInstance]`` method (12.9.4 step 4)."""
    if type(handler) is not FunctionType:
        throw_type_error("%s is not a function" % to_display_string(handler))
    r = handler(f, v)
    if type(r) is types.CoroutineType:
        r = settle(r, "Symbol.hasInstance")
    return to_boolean(r)
