"""Number (ES5.1 15.7), formatting exactly as V8 (node) prints, with the
ES2015 predicates and constants (20.1.2).

Decimal formatting (``toFixed``, ``toExponential``, ``toPrecision``) works
on the exact binary value of the double through :class:`fractions.Fraction`,
so ties are decided on the true value: ``(1.005).toFixed(2)`` is ``"1.00"``
because 1.005 is really 1.00499999999999989...; genuine ties round up
(``(2.5).toFixed(0)`` is ``"3"``), as the spec's "let n be the larger n".
"""

import math
import sys
from fractions import Fraction

from runtime.errors import throw_range_error, throw_type_error
from runtime.numconv import number_to_string
from runtime.conversions import to_integer, to_number
from runtime.values import JSPrimitiveWrapper, undefined

MAX_VALUE = sys.float_info.max
MIN_VALUE = 5e-324
_DIGITS = "0123456789abcdefghijklmnopqrstuvwxyz"


def this_number_value(this, method):
    """thisNumberValue: the number in ``this`` or a TypeError (15.7.4)."""
    if type(this) is float:
        return this
    if isinstance(this, JSPrimitiveWrapper) and this.cls == "Number":
        return this.value
    throw_type_error("Number.prototype.%s requires that 'this' be a Number" % method)


# ---------------------------------------------------------------------------
# Constructor
# ---------------------------------------------------------------------------

def number_call(this, *args):
    """Number(value) called as a function: ToNumber, +0 without argument (15.7.1.1)."""
    return to_number(args[0]) if args else 0.0


def number_construct_in(realm):
    """``new Number(value)`` for ``realm`` (15.7.2.1)."""
    def number_construct(*args):
        return JSPrimitiveWrapper(realm.NumberPrototype, "Number", to_number(args[0]) if args else 0.0)

    return number_construct


# ---------------------------------------------------------------------------
# Radix conversion
# ---------------------------------------------------------------------------

def _next_double(x):
    return math.nextafter(x, math.inf)


def double_to_radix_string(value, radix):
    """Digits of finite ``value`` in base ``radix``, as V8 prints them.

    Fraction digits are produced only up to the precision of the double
    (half the gap to the next double), with round-half-even on the last
    digit and carry propagation; integer digits beyond 2**53 are padded with
    zeros after repeated float division, as V8 does.
    """
    negative = value < 0
    if negative:
        value = -value
    integer = math.floor(value)
    fraction = value - integer
    delta = 0.5 * (_next_double(value) - value)
    delta = max(_next_double(0.0), delta)
    frac_digits = []
    if fraction >= delta:
        while True:
            fraction *= radix
            delta *= radix
            digit = int(fraction)
            frac_digits.append(digit)
            fraction -= digit
            if fraction > 0.5 or (fraction == 0.5 and (digit & 1)):
                if fraction + delta > 1:
                    # Round up, carrying into earlier digits when needed.
                    while True:
                        if not frac_digits:
                            integer += 1
                            break
                        d = frac_digits.pop()
                        if d + 1 < radix:
                            frac_digits.append(d + 1)
                            break
                    break
            if not fraction >= delta:
                break
    integer = float(integer)
    int_digits = []
    # Digits below the double's precision are printed as zeros.
    while integer / radix >= 9007199254740992.0:
        integer /= radix
        int_digits.append("0")
    while True:
        rem = math.fmod(integer, radix)
        int_digits.append(_DIGITS[int(rem)])
        integer = (integer - rem) / radix
        if not integer > 0:
            break
    s = "".join(reversed(int_digits))
    if frac_digits:
        s += "." + "".join(_DIGITS[d] for d in frac_digits)
    return "-" + s if negative else s


# ---------------------------------------------------------------------------
# Exact decimal helpers
# ---------------------------------------------------------------------------

def _round_half_up(q):
    """The integer nearest to Fraction ``q`` >= 0, the larger one on a tie."""
    return math.floor(q + Fraction(1, 2))


def _decimal_exponent(q):
    """e with 10**e <= q < 10**(e+1) for Fraction ``q`` > 0."""
    e = math.floor(math.log10(float(q)))  # a guess, corrected below
    while Fraction(10) ** e > q:
        e -= 1
    while Fraction(10) ** (e + 1) <= q:
        e += 1
    return e


def _digits_with_precision(x, p):
    """(n_str, e): p significant digits of finite x > 0, rounded half up on
    the exact value, so that x ~ n * 10**(e - p + 1)."""
    q = Fraction(x)
    e = _decimal_exponent(q)
    n = _round_half_up(q * Fraction(10) ** (p - 1 - e))
    if n >= 10 ** p:
        n //= 10
        e += 1
    return str(n), e


def _shortest_digits(x):
    """(digits, e): the shortest round-tripping digits of x > 0 (9.8.1)."""
    r = repr(x)
    mant, _, exp = r.partition("e")
    ip, _, fp = mant.partition(".")
    digits = ip + fp
    stripped = digits.lstrip("0")
    point = len(ip) - (len(digits) - len(stripped)) + (int(exp) if exp else 0)
    stripped = stripped.rstrip("0") or "0"
    return stripped, point - 1


def _exponent_suffix(e):
    return "e" + ("+" if e >= 0 else "-") + str(abs(e))


# ---------------------------------------------------------------------------
# Number.prototype
# ---------------------------------------------------------------------------

def number_proto_toString(this, radix=undefined, *_):
    """Number.prototype.toString([radix]) (15.7.4.2)."""
    x = this_number_value(this, "toString")
    if radix is undefined:
        r = 10
    else:
        r = to_integer(radix)
        if r < 2 or r > 36:
            throw_range_error("toString() radix argument must be between 2 and 36")
        r = int(r)
    if r == 10 or x != x or x in (math.inf, -math.inf):
        return number_to_string(x)
    return double_to_radix_string(x, r)


def _group_thousands(int_str):
    out = []
    while len(int_str) > 3:
        out.append(int_str[-3:])
        int_str = int_str[:-3]
    out.append(int_str)
    return ",".join(reversed(out))


def number_proto_toLocaleString(this, *_):
    """Number.prototype.toLocaleString (15.7.4.3), as node's en-US
    Intl.NumberFormat: grouping commas, at most 3 fraction digits rounded
    half away from zero on the shortest decimal form."""
    x = this_number_value(this, "toLocaleString")
    if x != x:
        return "NaN"
    sign = "-" if math.copysign(1.0, x) < 0 else ""
    x = abs(x)
    if x == math.inf:
        return sign + "\u221e"
    if x == 0:
        return sign + "0"
    digits, e = _shortest_digits(x)
    q = Fraction(int(digits)) * Fraction(10) ** (e - len(digits) + 1)
    n = _round_half_up(q * 1000)
    ip, fp = divmod(n, 1000)
    frac = ("%03d" % fp).rstrip("0") if fp else ""
    if ip == 0 and not frac:
        return sign + "0"
    s = _group_thousands(str(ip))
    return sign + s + ("." + frac if frac else "")


def number_proto_valueOf(this, *_):
    """Number.prototype.valueOf (15.7.4.4)."""
    return this_number_value(this, "valueOf")


def number_proto_toFixed(this, fraction_digits=undefined, *_):
    """Number.prototype.toFixed(fractionDigits) (15.7.4.5); node allows 0..100."""
    x = this_number_value(this, "toFixed")
    f = to_integer(fraction_digits)
    if f < 0 or f > 100:
        throw_range_error("toFixed() digits argument must be between 0 and 100")
    f = int(f)
    if x != x:
        return "NaN"
    if x >= 1e21 or x <= -1e21:
        return number_to_string(x)
    sign = ""
    if x < 0:
        sign = "-"
        x = -x
    n = _round_half_up(Fraction(x) * 10 ** f)
    m = str(n)
    if f:
        k = len(m)
        if k <= f:
            m = "0" * (f + 1 - k) + m
            k = f + 1
        m = m[:k - f] + "." + m[k - f:]
    return sign + m


def number_proto_toExponential(this, fraction_digits=undefined, *_):
    """Number.prototype.toExponential(fractionDigits) (15.7.4.6)."""
    x = this_number_value(this, "toExponential")
    f = to_integer(fraction_digits)
    if x != x or x in (math.inf, -math.inf):
        return number_to_string(x)
    if f < 0 or f > 100:
        throw_range_error("toExponential() argument must be between 0 and 100")
    f = int(f)
    sign = ""
    if x < 0:
        sign = "-"
        x = -x
    if x == 0:
        m = "0" * (f + 1) if fraction_digits is not undefined else "0"
        e = 0
    elif fraction_digits is undefined:
        m, e = _shortest_digits(x)
    else:
        m, e = _digits_with_precision(x, f + 1)
    if len(m) > 1:
        m = m[0] + "." + m[1:]
    return sign + m + _exponent_suffix(e)


def number_proto_toPrecision(this, precision=undefined, *_):
    """Number.prototype.toPrecision(precision) (15.7.4.7)."""
    x = this_number_value(this, "toPrecision")
    if precision is undefined:
        return number_to_string(x)
    p = to_integer(precision)
    if x != x or x in (math.inf, -math.inf):
        return number_to_string(x)
    if p < 1 or p > 100:
        throw_range_error("toPrecision() argument must be between 1 and 100")
    p = int(p)
    sign = ""
    if x < 0:
        sign = "-"
        x = -x
    if x == 0:
        m, e = "0" * p, 0
    else:
        m, e = _digits_with_precision(x, p)
    if e < -6 or e >= p:
        if p > 1:
            m = m[0] + "." + m[1:]
        return sign + m + _exponent_suffix(e)
    if e == p - 1:
        return sign + m
    if e >= 0:
        return sign + m[:e + 1] + "." + m[e + 1:]
    return sign + "0." + "0" * (-(e + 1)) + m


# ---------------------------------------------------------------------------
# ES2015 predicates (20.1.2): no conversion, a non-number is simply false
# ---------------------------------------------------------------------------

MAX_SAFE_INTEGER = 9007199254740991.0  # 2**53 - 1


def number_isFinite(this, number=undefined, *_):
    """Number.isFinite (ES2015 20.1.2.2)."""
    return type(number) is float and number - number == 0.0


def number_isInteger(this, number=undefined, *_):
    """Number.isInteger (ES2015 20.1.2.3)."""
    return type(number) is float and number - number == 0.0 and number.is_integer()


def number_isNaN(this, number=undefined, *_):
    """Number.isNaN (ES2015 20.1.2.4)."""
    return type(number) is float and number != number


def number_isSafeInteger(this, number=undefined, *_):
    """Number.isSafeInteger (ES2015 20.1.2.5): an integer of magnitude at most 2**53 - 1."""
    return type(number) is float and number.is_integer() and abs(number) <= MAX_SAFE_INTEGER


# ---------------------------------------------------------------------------
# Installation
# ---------------------------------------------------------------------------

def create_intrinsics(realm):
    """Number.prototype (a Number object itself), created asleep (runtime/lazy.py)."""
    realm.NumberPrototype = JSPrimitiveWrapper(realm.ObjectPrototype, "Number", 0.0)
    return [realm.NumberPrototype]


def install(realm):
    proto = realm.NumberPrototype
    ctor = realm.define_constructor("Number", number_call, 1, proto, number_construct_in(realm))
    for name, value in (("MAX_VALUE", MAX_VALUE), ("MIN_VALUE", MIN_VALUE), ("NaN", math.nan),
                        ("NEGATIVE_INFINITY", -math.inf), ("POSITIVE_INFINITY", math.inf),
                        ("EPSILON", 2.0 ** -52), ("MAX_SAFE_INTEGER", MAX_SAFE_INTEGER),
                        ("MIN_SAFE_INTEGER", -MAX_SAFE_INTEGER)):
        realm.define_value(ctor, name, value, 0)
    realm.define_methods(ctor, {
        "isFinite": (number_isFinite, 1),
        "isInteger": (number_isInteger, 1),
        "isNaN": (number_isNaN, 1),
        "isSafeInteger": (number_isSafeInteger, 1),
    })
    # Number.parseInt and Number.parseFloat are the global functions
    # themselves (ES2015 20.1.2.12-13), as the globals module made them.
    realm.wake_module("globals")
    for name, fn in realm.global_parse_functions.items():
        realm.define_value(ctor, name, fn)
    realm.define_methods(proto, {
        "toString": (number_proto_toString, 1),
        "toLocaleString": (number_proto_toLocaleString, 0),
        "valueOf": (number_proto_valueOf, 0),
        "toFixed": (number_proto_toFixed, 1),
        "toExponential": (number_proto_toExponential, 1),
        "toPrecision": (number_proto_toPrecision, 1),
    })
