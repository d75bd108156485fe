"""Value properties and functions of the global object (ES5.1 15.1).

The URI functions and Annex B escape/unescape live in
:mod:`runtime.builtins.uri`; this module installs them too.
"""

import math
import re

from runtime.builtins.uri import URI_METHODS
from runtime.numconv import JS_WHITESPACE
from runtime.conversions import to_int32, to_number, to_string
from runtime.values import undefined

_DIGIT_VALUE = {c: i for i, c in enumerate("0123456789abcdefghijklmnopqrstuvwxyz")}
_DIGIT_VALUE.update({c.upper(): i for c, i in list(_DIGIT_VALUE.items()) if c.isalpha()})

# StrDecimalLiteral (9.3.1) without the requirement to reach the end.
_FLOAT_PREFIX = re.compile(r"[+-]?(?:Infinity|(?:[0-9]+(?:\.[0-9]*)?|\.[0-9]+)(?:[eE][+-]?[0-9]+)?)")

# A chunk of a generic-radix parseInt: V8 multiplies chunk by chunk while the
# chunk's multiplier stays below this, which fixes its rounding for radices
# other than 2, 4, 8, 10, 16, 32 (allowed by 15.1.2.2 step 13).
_MAX_CHUNK_MULTIPLIER = 0xFFFFFFFF // 36


def _radix_digits_prefix(s, radix):
    """The longest prefix of ``s`` made of radix-``radix`` digits."""
    end = 0
    for ch in s:
        d = _DIGIT_VALUE.get(ch)
        if d is None or d >= radix:
            break
        end += 1
    return s[:end]


def _generic_radix_value(digits, radix):
    """The value of ``digits`` in a radix that is not a power of 2 or 10,
    accumulated in float chunks exactly as V8 does (so results match node)."""
    result = 0.0
    i = 0
    n = len(digits)
    while i < n:
        part = 0
        multiplier = 1
        while i < n:
            m = multiplier * radix
            if m > _MAX_CHUNK_MULTIPLIER:
                break
            part = part * radix + _DIGIT_VALUE[digits[i]]
            multiplier = m
            i += 1
        result = result * multiplier + part
    return result


def _digits_value(digits, radix):
    """The mathematical value of a non-empty digit string as a float."""
    if radix == 10:
        digits = digits.lstrip("0") or "0"
        if len(digits) > 400:  # past 1.8e308, and int() limits long strings
            return math.inf
        radix_is_exact = True
    else:
        # Powers of two are exact, then rounded once (half to even) too.
        radix_is_exact = radix & (radix - 1) == 0
    if radix_is_exact:
        try:
            return float(int(digits, radix))
        except OverflowError:
            return math.inf
    # Leading zeros would shift V8's chunk boundaries: it skips them first.
    return _generic_radix_value(digits.lstrip("0"), radix)


def global_parseInt(this, string=undefined, radix=undefined, *_):
    """parseInt(string, radix) (15.1.2.2)."""
    if type(string) is str and (radix is undefined or radix == 10.0) and 0 < len(string) <= 15 \
            and string.isdigit() and string.isascii():
        return float(int(string))  # plain decimal digits: exact below 2**53
    s = to_string(string).lstrip(JS_WHITESPACE)
    sign = 1.0
    if s[:1] == "-":
        sign = -1.0
    if s[:1] in ("-", "+"):
        s = s[1:]
    r = to_int32(radix)
    strip_prefix = True
    if r != 0:
        if r < 2 or r > 36:
            return math.nan
        if r != 16:
            strip_prefix = False
    else:
        r = 10
    if strip_prefix and s[:2] in ("0x", "0X"):
        s = s[2:]
        r = 16
    digits = _radix_digits_prefix(s, r)
    if not digits:
        return math.nan
    return sign * _digits_value(digits, r)


def global_parseFloat(this, string=undefined, *_):
    """parseFloat(string) (15.1.2.3): the longest StrDecimalLiteral prefix."""
    s = to_string(string).lstrip(JS_WHITESPACE)
    m = _FLOAT_PREFIX.match(s)
    if not m:
        return math.nan
    text = m.group()
    if text.endswith("Infinity"):
        return -math.inf if text[0] == "-" else math.inf
    return float(text)


def global_isNaN(this, number=undefined, *_):
    """isNaN(number) (15.1.2.4)."""
    n = to_number(number)
    return n != n


def global_isFinite(this, number=undefined, *_):
    """isFinite(number) (15.1.2.5)."""
    n = to_number(number)
    return not (n != n or n == math.inf or n == -math.inf)


def install(realm):
    g = realm.global_object
    realm.define_value(g, "NaN", math.nan, 0)
    realm.define_value(g, "Infinity", math.inf, 0)
    realm.define_value(g, "undefined", undefined, 0)
    realm.define_methods(g, {
        "parseInt": (global_parseInt, 2),
        "parseFloat": (global_parseFloat, 1),
        "isNaN": (global_isNaN, 1),
        "isFinite": (global_isFinite, 1),
    })
    # the originals, for Number.parseInt/parseFloat (the same objects, ES2015 20.1.2.12)
    realm.global_parse_functions = {n: g.props[n] for n in ("parseInt", "parseFloat")}
    # compiled code parses a string of digits inline while the global is this one
    # (compiler/lower/parse_int.py): an identity test, nothing to withdraw
    g.props["_ajgi_pristine_parseInt"] = g.props["parseInt"]
    realm.define_methods(g, URI_METHODS)
