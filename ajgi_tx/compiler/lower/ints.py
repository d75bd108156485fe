"""Counters held as Python ints (compiler/int_counters.py).

Such a counter ``i`` holds a non-negative Python int below 2**53, where an
int and a float compare, add and print alike. Every read still yields a
float, ``i + 0.0``, so whatever consumes it sees the usual number; the
lowered read carries its int form alongside (``_ajgi_as_int``), and the
operators below use that form instead when the int gives the JS result:

    i % 26, 97 + i % 26      int arithmetic on non-negative ints (+, % by a
    i * 7                    positive constant, * of a counter by one up to
                             1024 over its largest step), which stays exact
    i < n, i % 10 === 0      comparisons with another int form, a number, or
                             (relational only) any value behind a float test
    '' + i, s += i           str(i) (an integer below 2**53 prints its digits)
    String.fromCharCode(97 + i % 26)   a list index when the code is below 256
    i < a.length             against len() of a dense array's elements
    a[i], a[i % 4]           compared with len() and indexing the list or
                             str as it is (lower/members.py _int_index_read)

The float form is what is emitted unless an operator takes the int form.
Stores to the counter (``= n``, ``+= n``, ``++``: the only ones the analysis
lets through) store the int form of their value (:func:`store_value`).
"""
import ast
import copy

from ajgi_tx.compiler.lower.expressions import bind, float_test, is_num, mark_index
from runtime.operators import FLOATS, INT_STRINGS

_MAX_CONST = 2 ** 31
_PYOPS = {"<": ast.Lt, ">": ast.Gt, "<=": ast.LtE, ">=": ast.GtE,
          "===": ast.Eq, "==": ast.Eq, "!==": ast.NotEq, "!=": ast.NotEq}
_HELPERS = {"<": "lt", ">": "gt", "<=": "le", ">=": "ge"}


def is_int(e):
    """True when lowered ``e`` carries an int form (a counter read or int
    arithmetic on one)."""
    return hasattr(e, "_ajgi_as_int")


def int_form(e):
    """The int expression ``e`` can be read as (a fresh copy), for a
    counter read, int arithmetic on one or a non-negative integral constant
    below 2**31; else None."""
    if is_int(e):
        return copy.deepcopy(e._ajgi_as_int)
    if isinstance(e, ast.Constant) and type(e.value) is float and e.value.is_integer() \
            and 0 <= e.value < _MAX_CONST:
        return ast.copy_location(ast.Constant(value=int(e.value)), e)
    return None


def int_bound(e):
    """The largest value ``e``'s int form can have, or None (a counter)."""
    return e._ajgi_int_max if is_int(e) else int(e.value)


def _with_int(float_e, int_e, bound):
    float_e._ajgi_as_int = int_e
    float_e._ajgi_int_max = bound
    return float_e


def as_float(lx, int_e):
    """``int_e + 0.0``: the float of a counter's int. The addition is exact
    below 2**53 (and never -0.0) and costs about half a call of ``float``
    (cachegrind, Python 3.11: 251 against 535 instructions)."""
    return lx.b.binop(int_e, ast.Add(), lx.b.const(0.0))


def read(lx, binding):
    """A read of int counter ``binding``: ``i + 0.0`` with ``i`` as its int form."""
    b = lx.b
    return _with_int(mark_index(as_float(lx, b.name(binding.py_name))), b.name(binding.py_name), None)


def arith(lx, op, left, right, result):
    """``result`` (the float form of ``left op right``) with the int form
    attached, when ``op`` is ``+`` or ``%`` by a positive constant on int
    forms (non-negative both: Python's ``%`` is JS's there), or ``*`` of a
    counter by a constant from 1 to 1024 (int_counters lets through only
    those up to 1024 over the counter's largest step: the product takes as
    many stores as a counter to reach 2**53)."""
    if not (is_int(left) or is_int(right)) or op not in ("+", "%", "*"):
        return result
    li, ri = int_form(left), int_form(right)
    if li is None or ri is None:
        return result
    b = lx.b
    if op == "*":
        if is_int(left) == is_int(right):
            return result
        factor, counter = (ri, left) if is_int(left) else (li, right)
        if not 1 <= factor.value <= 1024:
            return result
        bound = int_bound(counter)
        return _with_int(mark_index(result), b.binop(li, ast.Mult(), ri),
                         None if bound is None else bound * factor.value)
    if op == "+":
        lb, rb = int_bound(left), int_bound(right)
        return _with_int(mark_index(result), b.binop(li, ast.Add(), ri),
                         None if lb is None or rb is None else lb + rb)
    if is_int(right) or ri.value == 0:
        return result
    mod = b.binop(li, ast.Mod(), ri)
    if ri.value <= len(FLOATS):
        # the float from the table: no float addition and float % (~100 instructions less)
        result = b.subscript(b.rt("FLOATS"), b.binop(li, ast.Mod(), ri))
    return _with_int(mark_index(result), mod, ri.value - 1)


def compare(lx, op, left, right):
    """``left op right`` on an int form, or None (the float forms then)."""
    if op not in _PYOPS or not (is_int(left) or is_int(right)):
        return None
    b = lx.b
    make = lambda l, r: b.compare(l, [_PYOPS[op]()], [r])  # noqa: E731
    li, ri = int_form(left), int_form(right)
    if li is not None and ri is not None:
        return make(li, ri)
    if op not in _HELPERS:
        return None  # an equality with a non-integral or unknown operand
    # an int compares exactly with a float; undefined answers False as NaN
    if li is not None:
        if is_num(right):
            return make(li, right)
        if assigns(right, li):
            return None  # `i < (i = 5)`: the float forms keep the order of reads
        rf, ra = bind(lx, right)
        test = float_test(lx, rf)
        if op == "<" and isinstance(test, ast.Name):
            # `i < n`, n a parameter no code changes that holds a float:
            # against the int bound computed with its flag (functions.py)
            bounds = lx.fn.__dict__.setdefault("param_bounds", {})
            bounds[test.id] = bound = "_ajgi_pb_" + ra.id
            return b.ifexp(test, make(li, b.name(bound)), b.rt_call(_HELPERS[op], left, ra))
        return b.ifexp(test, make(li, ra), b.rt_call(_HELPERS[op], left, ra))
    if is_num(left):
        return make(left, ri)
    lf, la = bind(lx, left, right)
    return b.ifexp(float_test(lx, lf), make(la, ri), b.rt_call(_HELPERS[op], la, right))


def assigns(e, int_e):
    """True when evaluating ``e`` may store to a name ``int_e`` reads (the
    fast form tests ``e`` before it reads ``int_e``)."""
    names = {n.id for n in ast.walk(int_e) if isinstance(n, ast.Name)}
    return any(isinstance(n, ast.NamedExpr) and n.target.id in names for n in ast.walk(e))


def to_str(lx, e):
    """ToString of an int form: ``_ajgi_INT_STRINGS[i % 50]`` when its bound
    is below the table's 1024 entries (cachegrind: about 850 instructions
    less than the float path's dict probe, about 1,050 less than
    ``str(i)``), else ``str(i)``; None for no int form."""
    if not is_int(e):
        return None
    bound = int_bound(e)
    if bound is not None and bound < len(INT_STRINGS):
        return lx.b.subscript(lx.b.rt("INT_STRINGS"), int_form(e))
    return lx.b.rt_call("str", int_form(e))


def store_value(lx, binding, value):
    """The int a store to int counter ``binding`` writes (the analysis only
    lets literals, ``+= n`` and ``++`` through, all of which have one)."""
    i = int_form(value)
    if i is None:
        raise AssertionError("int counter %s stored a value with no int form" % binding.name)
    return i
