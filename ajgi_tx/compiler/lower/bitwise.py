"""Bitwise operators (``& | ^ << >> >>>`` and ``~``) on Python ints inline.

ToInt32 (ES5.1 9.5) of a float strictly between -2^31-1 and 2^31 is its
truncation toward zero (``math.trunc``: -0.0 and -0.5 give 0, 1.5 gives 1),
already an int32; Python's ``& | ^ ~`` on int32 ints give int32 ints (its
ints act as infinite two's complement), and ``>>`` is the arithmetic shift
JS's ``>>`` is. ``<<`` can leave the int32 range, so its result is wrapped
(``(x & 0xFFFFFFFF ^ 0x80000000) - 0x80000000`` keeps the low 32 bits, sign
extended); ``>>>`` works on ToUint32, ``trunc(x) & 0xFFFFFFFF`` for any
float in (-2^31-1, 2^32). A shift count is ToUint32(count) & 31, which is
``trunc(count) & 31`` for any finite count. So, for floats in range::

    a & 63    ->  (_ajgi_FLOATS[_ajgi_trunc(a) & 63]
                   if _ajgi_type(a) is _ajgi_float and -2147483649.0 < a < 2147483648.0
                   else _ajgi_bit_and(a, 63.0))
    a >>> b   ->  (_ajgi_float((_ajgi_trunc(a) & 4294967295) >> (_ajgi_trunc(b) & 31))
                   if <a a float in (-2^31-1, 2^32)> and <b a float in (-2^31-1, 2^31)>
                   else _ajgi_shr(a, b))

Anything else (NaN, infinities, larger magnitudes, strings, objects with
valueOf) takes the runtime operator, which converts the left operand, then
the right one, as the spec orders it. Both operands are evaluated, left to
right, before the test. A numeric literal operand is converted at compile
time; an operand known to be a number (numeric.py) needs no type test: the
range test fails for NaN and for the ``undefined`` of an unassigned numeric
local alike. An operator whose left operand is another one's result and
whose right operand is a literal (``(n >> 4) & 15``) works on the inner
int directly behind the inner test, the runtime operators nested in the
fallback (every operator but ``>>>`` yields an int32, always in range).
"""

import ast

from ajgi_tx.compiler.lower.expressions import bind, is_num, is_number, mark_index, mark_num
from runtime import operators
from runtime.conversions import to_int32, to_uint32

_INT32_LO = -2147483649.0
_INT32_HI = 2147483648.0
_UINT32_HI = 4294967296.0

_HELPERS = {"&": "bit_and", "|": "bit_or", "^": "bit_xor", "<<": "shl", ">>": "sar", ">>>": "shr"}
# the runtime operators, to fold two numeric literals at compile time
_FOLD = {"&": operators.bit_and, "|": operators.bit_or, "^": operators.bit_xor,
         "<<": operators.shl, ">>": operators.sar, ">>>": operators.shr}
_PY_OPS = {"&": ast.BitAnd, "|": ast.BitOr, "^": ast.BitXor}
BITWISE_OPS = frozenset(_HELPERS)


def lower_bitwise(lx, op, left, right):
    """``left op right`` for a bitwise or shift operator ``op``, both
    operands already lowered."""
    b = lx.b
    helper = _HELPERS[op]
    if is_number(left) and is_number(right):
        return mark_num(b.const(_FOLD[op](left.value, right.value)))
    inner = getattr(left, "_ajgi_int32", None)
    if inner is not None and is_number(right):
        # ``(n >> 4) & 15``: the inner operator's int is used as it is, not
        # made a float and range-tested again (an int32 is in range); its
        # fallback's number goes to this operator's runtime helper
        test, int32, slow = inner
        int_result = _int_result(lx, op, left, int32, right, right, as_int=True)
        e = b.ifexp(test, _as_float(lx, op, left, right, int_result), b.rt_call(helper, slow, right))
    else:
        lf, la = bind(lx, left, right)
        rf, ra = bind(lx, right)
        left_hi = _UINT32_HI if op == ">>>" else _INT32_HI
        test = _all(lx, _operand_tests(lx, (left, lf, la, left_hi), (right, rf, ra, _INT32_HI)))
        int_result = _int_result(lx, op, left, la, right, ra)
        e = b.ifexp(test, _as_float(lx, op, left, right, int_result), b.rt_call(helper, la, ra))
    if op != ">>>":  # every other operator's result is an int32
        e._ajgi_int32 = (test, int_result, e.orelse)
    # ``x & 255`` and ``x >>> n`` are non-negative integers in either branch
    if op == ">>>" or op == "&" and (_nonnegative_const(left) or _nonnegative_const(right)):
        return mark_index(e)
    return mark_num(e)


def lower_bit_not(lx, value):
    """``~value``: ``float(~trunc(v))`` for a float in the int32 range."""
    b = lx.b
    if is_number(value):
        return mark_num(b.const(operators.bit_not(value.value)))
    f, a = bind(lx, value)
    tests = _range_tests(lx, value, f, a, _INT32_HI)
    fast = b.rt_call("float", b.loc(ast.UnaryOp(op=ast.Invert(), operand=b.rt_call("trunc", a))))
    return mark_num(b.ifexp(_all(lx, tests), fast, b.rt_call("bit_not", a)))


def _as_float(lx, op, left, right, int_result):
    """The number of the operator's int: ``x & m`` with a mask ``m`` in
    0..1023 is in 0..m, an element of the FLOATS table; anything else is
    converted with float()."""
    b = lx.b
    mask = left if is_number(left) else right
    if op == "&" and is_number(mask) and 0 <= to_int32(mask.value) < len(operators.FLOATS):
        return b.subscript(b.rt("FLOATS"), int_result)
    return b.rt_call("float", int_result)


def _all(lx, tests):
    return tests[0] if len(tests) == 1 else lx.b.boolop(ast.And(), tests)


def _nonnegative_const(e):
    return is_number(e) and to_int32(e.value) >= 0


def _range_tests(lx, e, first, again, hi):
    """The tests that operand ``e`` is a float strictly between -2^31-1 and
    ``hi`` (``first`` is its first use): none for a literal, no type test
    for a known number."""
    b = lx.b
    if is_number(e):
        return []
    in_range = b.compare(b.const(_INT32_LO), [ast.Lt(), ast.Lt()], [first, b.const(hi)])
    if is_num(e):
        return [in_range]
    in_range.comparators[0] = again
    return [b.type_is(first, "float"), in_range]


def _operand_tests(lx, left, right):
    """The range tests of both operands (each ``(e, first, again, hi)``) as
    one ``and`` list that evaluates the left operand, then the right one,
    before any test can fail: the fallback call reads both temporaries."""
    e, lf, la, left_hi = left
    r, rf, ra, right_hi = right
    if rf is ra or is_number(e):
        # the right operand is a name or a literal, or the left one is a
        # literal: nothing to reorder
        return _range_tests(lx, e, lf, la, left_hi) + _range_tests(lx, r, rf, ra, right_hi)
    right_tests = _range_tests(lx, r, rf, ra, right_hi)
    if lf is la:
        # the left operand is a name: testing it second changes nothing
        return right_tests + _range_tests(lx, e, la, la, left_hi)
    # both are bound to temporaries: the left one's binding rides on the
    # right one's first test
    first = lx.b.subscript(lx.b.tuple([lf, right_tests[0]]), lx.b.const(1))
    return [first] + right_tests[1:] + _range_tests(lx, e, la, la, left_hi)


def _int_result(lx, op, left, la, right, ra, as_int=False):
    """The int the operator yields for in-range operands (``la`` an int32
    expression already when ``as_int``)."""
    b = lx.b
    left_int = la if as_int else _int32_of(lx, left, la)
    if op in _PY_OPS:
        if op != "&" and is_number(right) and to_int32(right.value) == 0:
            return left_int  # x | 0, x ^ 0: ToInt32(x)
        return b.binop(left_int, _PY_OPS[op](), _int32_of(lx, right, ra))
    if is_number(right):
        count = b.const(to_uint32(right.value) & 31)
    else:
        count = b.binop(b.rt_call("trunc", ra), ast.BitAnd(), b.const(31))
    shift = (lambda value: value) if isinstance(count, ast.Constant) and count.value == 0 \
        else (lambda value: b.binop(value, ast.RShift(), count))
    if op == ">>":
        return shift(left_int)
    if op == ">>>":
        if is_number(left):
            return shift(b.const(to_uint32(left.value)))
        return shift(b.binop(la if as_int else b.rt_call("trunc", la), ast.BitAnd(), b.const(0xFFFFFFFF)))
    # <<: keep the low 32 bits, sign-extended
    shifted = b.binop(left_int, ast.LShift(), count)
    low = b.binop(b.binop(shifted, ast.BitAnd(), b.const(0xFFFFFFFF)), ast.BitXor(), b.const(0x80000000))
    return b.binop(low, ast.Sub(), b.const(0x80000000))


def _int32_of(lx, e, again):
    """ToInt32 of an in-range operand as a Python int expression."""
    if is_number(e):
        return lx.b.const(to_int32(e.value))
    return lx.b.rt_call("trunc", again)
