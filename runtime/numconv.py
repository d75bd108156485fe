"""Number <-> string conversions exactly as ES5.1 defines them.

``number_to_string`` is ToString applied to a Number (9.8.1); Python's
``repr`` already yields the shortest round-tripping digits the spec asks
for, so only the layout differs. ``string_to_number`` is ToNumber applied to
a String (9.3.1).
"""

import math
import re

# ES5.1 7.2 WhiteSpace + 7.3 LineTerminator: what trim() and ToNumber strip.
JS_WHITESPACE = (
    "\u0009\u000b\u000c\u0020\u00a0\ufeff\u000a\u000d\u2028\u2029"
    "\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a"
    "\u202f\u205f\u3000"
)

_cache = {}


def _digits_and_exponent(x):
    """Shortest digits ``s`` and exponent ``n`` with x = 0.s * 10**n (9.8.1)."""
    r = repr(x)
    if "e" in r:
        mant, exp = r.split("e")
        exp = int(exp)
    else:
        mant, exp = r, 0
    if "." in mant:
        ip, fp = mant.split(".")
    else:
        ip, fp = mant, ""
    if fp == "0":
        fp = ""
    digits = (ip + fp).lstrip("0")
    # position of decimal point relative to start of ip+fp
    lead_zeros = len(ip + fp) - len((ip + fp).lstrip("0"))
    n = len(ip) - lead_zeros + exp
    digits = digits.rstrip("0")
    return digits, n


def number_to_string(x):
    """ToString(Number) (ES5.1 9.8.1)."""
    if x != x:
        return "NaN"
    if x == 0:
        return "0"
    if x < 0:
        return "-" + number_to_string(-x)
    if x == math.inf:
        return "Infinity"
    if x < 9007199254740992.0 and x.is_integer():
        return str(int(x))
    s = _cache.get(x)
    if s is not None:
        return s
    digits, n = _digits_and_exponent(x)
    k = len(digits)
    if k <= n <= 21:
        s = digits + "0" * (n - k)
    elif 0 < n <= 21:
        s = digits[:n] + "." + digits[n:]
    elif -6 < n <= 0:
        s = "0." + "0" * (-n) + digits
    else:
        e = n - 1
        sign = "+" if e >= 0 else "-"
        if k == 1:
            s = digits + "e" + sign + str(abs(e))
        else:
            s = digits[0] + "." + digits[1:] + "e" + sign + str(abs(e))
    if len(_cache) < 4096:
        _cache[x] = s
    return s


_DECIMAL = re.compile(r"[+-]?(?:Infinity|(?:\d+\.?\d*(?:[eE][+-]?\d+)?|\.\d+(?:[eE][+-]?\d+)?))\Z")
_PREFIXED = re.compile(r"0(?:[xX][0-9a-fA-F]+|[oO][0-7]+|[bB][01]+)\Z")  # ES2015 adds 0o, 0b
_RADIX = {"x": 16, "X": 16, "o": 8, "O": 8, "b": 2, "B": 2}


def string_to_number(s):
    """ToNumber(String) (ES2015 7.1.3.1): NaN when not a StringNumericLiteral
    (``0x``, and ES2015's ``0o``/``0b`` integers, unsigned)."""
    s = s.strip(JS_WHITESPACE)
    if not s:
        return 0.0
    if _DECIMAL.match(s):
        if s.endswith("Infinity"):
            return -math.inf if s[0] == "-" else math.inf
        return float(s)
    if _PREFIXED.match(s):
        return int_to_number(int(s[2:], _RADIX[s[1]]))
    return math.nan


def int_to_number(n):
    """A Python int as a JS number: beyond the double range it is Infinity
    (``float(n)`` would raise OverflowError)."""
    try:
        return float(n)
    except OverflowError:
        return math.inf if n > 0 else -math.inf
