"""String concatenation and the ToString of numbers in it.

``a + b + c`` with a string among its operands is one concatenation of
ToString pieces (one f-string or ``''.join``, not a copy per ``+``), each
piece converted right after its operand is evaluated; a number's ToString
comes from the small-integer table when it can. Pieces that may be long are
marked, so that only a concatenation that could double a string pays the
length check against the string length cap.
"""

import ast
import copy

from ajgi_tx.compiler.lower import ints
from ajgi_tx.compiler.lower.expressions import (
    bind, cheap_to_repeat, is_index, is_num, is_number, is_primitive, is_str, is_string, mark_str,
    pairwise,
)
from runtime.numconv import number_to_string


def number_to_str(lx, e):
    """ToString of ``e``, a number (or undefined): small integral values
    come from the ``_ajgi_NUMBER_STRINGS`` table (one dict probe instead of a call),
    the rest from ``_ajgi_numstr``::

        _ajgi_NUMBER_STRINGS.get(t) or _ajgi_numstr(t)
    """
    b = lx.b
    if is_number(e):
        return b.const(number_to_string(e.value))
    if ints.is_int(e):
        return mark_short(ints.to_str(lx, e))
    if cheap_to_repeat(e):
        # the rare fallback computes the number again rather than the
        # common path keeping it in a temp
        f, a = e, copy.deepcopy(e)
    else:
        f, a = bind(lx, e)
    rest = b.rt_call("numstr", a)
    if is_index(e) and isinstance(a, ast.Name):
        # a counter past the table (`s += i` up to 1e5): its digits without
        # a call; undefined, NaN, +Infinity and 1e15 up (where JS may print
        # an exponent) still take numstr
        guard = b.boolop(ast.And(), [b.type_is(a, "float"), b.compare(a, [ast.Lt()], [b.const(1e15)])])
        rest = b.ifexp(guard, b.rt_call("str", b.rt_call("trunc", a)), rest)
    return mark_short(b.boolop(ast.Or(), [b.call(b.attr(b.rt("NUMBER_STRINGS"), "get"), [f]), rest]))


def mark_short(e):
    """Marks a lowered str expression as short whatever the input (a
    number's ToString): appending it cannot double a string."""
    e._ajgi_short = True
    return e


def can_grow(e):
    """True when ``e``, a str piece of a concatenation, may be as long as
    the string it is appended to (neither a constant nor a number's
    ToString): two such pieces can double a string at each step."""
    return not (is_string(e) or getattr(e, "_ajgi_short", False))


def length_checked(lx, e):
    """``e``, a str expression that can double a string, with the length
    check of ``runtime/limits.py`` inline (no call unless it fails)::

        (r if _ajgi_len(r := e) <= _ajgi_strmax else _ajgi_strlong())
    """
    b = lx.b
    r = lx.temp()
    test = b.compare(b.rt_call("len", b.walrus(r, e)), [ast.LtE()], [b.rt("strmax")])
    return b.ifexp(test, b.name(r), b.rt_call("strlong"))


def string_piece(lx, e, helper="catstr"):
    """ToString(ToPrimitive(e)): what ``+`` appends once the other operand
    is a string (11.6.1 steps 5-7): strings as they are, numbers through
    the number table, the rest through the runtime ``helper`` (a template
    substitution passes ``"tostring"``: hint String, a Symbol throws)."""
    b = lx.b
    if is_str(e):
        return e
    if is_num(e):
        return number_to_str(lx, e)
    if isinstance(e, ast.IfExp):
        # a guarded read whose fast branch is a string (a string local's
        # code unit, behind one or two guards): only the fallbacks' values
        # are converted
        body = string_piece(lx, e.body, helper) if isinstance(e.body, ast.IfExp) else e.body
        if is_str(body):
            return mark_str(b.ifexp(e.test, body, string_piece(lx, e.orelse, helper)))
    f, a = bind(lx, e)
    return b.ifexp(b.type_is(f, "str"), a, b.rt_call(helper, a))


def _has_fstring(e):
    return any(isinstance(n, ast.JoinedStr) for n in ast.walk(e))


def concat(lx, pieces):
    """Concatenates str expressions, evaluated left to right: adjacent
    constants are folded, three or more pieces become one f-string (a
    single BUILD_STRING instead of a copy per ``+``), or a ``''.join`` when
    a piece holds an f-string itself (nested f-strings have no readable
    source before Python 3.12)."""
    b = lx.b
    parts = []
    for p in pieces:
        if is_string(p) and parts and is_string(parts[-1]):
            parts[-1] = b.const(parts[-1].value + p.value)
        elif not (is_string(p) and p.value == ""):
            parts.append(p)
    if not parts:
        return mark_str(b.const(""))
    if len(parts) == 1:
        return parts[0] if is_string(parts[0]) else mark_str(parts[0])
    if len(parts) == 2:
        joined = b.binop(parts[0], ast.Add(), parts[1])
    elif any(_has_fstring(p) for p in parts if not is_string(p)):
        joined = b.call(b.attr(b.const(""), "join"), [b.tuple(parts)])
    else:
        joined = b.loc(ast.JoinedStr(values=[
            p if is_string(p) else b.loc(ast.FormattedValue(value=p, conversion=-1, format_spec=None))
            for p in parts]))
    if sum(map(can_grow, parts)) >= 2:
        joined = length_checked(lx, joined)
    return mark_str(joined)


def plus_chain(lx, node, operands, nodes):
    """``o0 + o1 + ... + on`` (left-associative). From the first operand
    known to be a string on, every step is a string concatenation, so the
    rest of the chain is one :func:`concat` of ToString pieces; each piece
    is converted right after its operand is evaluated, as the spec's
    left-to-right ToPrimitive calls require."""
    b = lx.b
    s = next((i for i, e in enumerate(operands) if is_str(e)), None)
    if s is None:
        if len(operands) > 8:
            return b.rt_call("addn", *operands)
        return pairwise(lx, node, "+", operands, nodes)
    if s == 0:
        head = [operands[0]]
    elif s == 1 and not (is_primitive(operands[0]) or is_string(operands[1])):
        # ToPrimitive(o0) must wait until o1 (which may have effects) is evaluated
        head = [string_piece(lx, pairwise(lx, node, "+", operands[:2], nodes[:2]))]
    else:
        prefix = operands[0] if s == 1 else plus_chain(lx, node, operands[:s], nodes[:s])
        head = [string_piece(lx, prefix), operands[s]]
    b.at(node)
    rest = [string_piece(lx, e) for e in operands[s + 1:]]
    return concat(lx, head + rest)
