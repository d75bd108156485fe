"""Fast paths for calls of built-in methods that compiled code may assume
unchanged (runtime/builtins/pristine.py).

A call ``o.m(args)`` whose method name belongs to exactly one built-in
prototype (Array, String or RegExp), or ``String.fromCharCode(c)``, is
lowered to the direct call of the built-in's Python function, guarded by a
test that the method read would find that built-in, with the generic call
as the fallback::

    a.push(v)  ->  (_ajgi_Array_push
                    if _ajgi_type(a) is _ajgi_JSArray and a.proto is _ajgi_pristine_ArrayPrototype
                       and (not a.props or 'push' not in a.props)
                    else <generic read of a.push>)(a, v)
    s.charAt(i)  ->  (_ajgi_String_charAt if _ajgi_type(s) is _ajgi_str and _ajgi_pristine_StringPrototype is not None
                      else ...)(s, i)
    String.fromCharCode(c)  ->  (_ajgi_CHAR_OF_CODE.get(c) or _ajgi_char_from_code(c)) if String is _ajgi_pristine_String
                                else <generic call>

``_ajgi_pristine_ArrayPrototype``/``_ajgi_pristine_StringPrototype``/``_ajgi_pristine_RegExpPrototype``/``_ajgi_pristine_String`` are per-realm entries
naming the built-in object while its own properties are as installed, and
None from the first change on (or before its module is installed).

The guard stands where the generic call reads the method, before the
arguments are evaluated, as JS's read-then-evaluate order requires (a
script replacing the method inside an argument still gets the method read
before). The arguments are lowered and emitted once, except for the
inline ``fromCharCode`` form, whose small argument appears in both
branches (exactly one of which runs).
"""

import ast
import copy
import re

from ajgi_tx.compiler.lower.expressions import (
    _unchanged_by, bind, cheap_to_repeat, is_num, is_pure, mark_str,
)
from ajgi_tx.compiler.lower import ints
from ajgi_tx.compiler.lower.strings import mark_short
from ajgi_tx.compiler.pyast import rt_name
from runtime.builtins import array, math, regexp, string


def _methods_by_name():
    """Method name -> receiver kind, for names only one prototype has;
    and the names both the String and Array prototypes have (includes),
    whose guard tests the receiver's type to pick one."""
    kinds = {}
    for kind, table in (("Array", array.PROTO_METHODS), ("String", string.PROTO_METHODS),
                        ("RegExp", regexp.PROTO_METHODS)):
        for name in table:
            kinds.setdefault(name, set()).add(kind)
    single = {name: ks.pop() for name, ks in kinds.items() if len(ks) == 1}
    both = frozenset(name for name, ks in kinds.items() if ks == {"Array", "String"})
    return single, both


METHOD_KINDS, STRING_OR_ARRAY_METHODS = _methods_by_name()

# kind -> (receiver type helper, realm entry of the pristine prototype)
_RECEIVERS = {"Array": ("JSArray", "pristine_ArrayPrototype"),
              "RegExp": ("JSInternal", "pristine_RegExpPrototype"),
              "String": ("str", "pristine_StringPrototype")}


def method_guard(lx, callee, first, again, key):
    """``(guard, fast, inline)`` for a call of method ``key`` on the
    receiver bound as ``first``/``again``, or None when no fast path
    applies. ``guard`` evaluates ``first``. ``fast`` is the built-in's
    helper, called in place of the method read; ``inline(args)``, when not
    None, builds an expression that replaces the whole call."""
    if not isinstance(key, ast.Constant):
        return None
    name = key.value
    b = lx.b
    if callee.object.type == "Identifier" and isinstance(first, ast.Name) \
            and (callee.object.name, name) == ("String", "fromCharCode"):
        return b.is_(first, b.rt("pristine_String")), b.rt("String_fromCharCode"), lambda args: _from_char_code(lx, args)
    if callee.object.type == "Identifier" and callee.object.name == "Math" and isinstance(first, ast.Name) \
            and name in math.METHODS:
        inline = _MATH_INLINE.get(name)
        return (b.is_(first, b.rt("pristine_Math")), b.rt("%s_%s" % ("Math", name)),
                None if inline is None else lambda args: _math_float(lx, args, inline, name))
    if name in STRING_OR_ARRAY_METHODS:
        # a string or an array: each with its own guard, the helper picked
        # by the receiver's type (the guard evaluated it already)
        guard = b.boolop(ast.Or(), [_guard(lx, "String", first, again, key),
                                    _guard(lx, "Array", again, again, key)])
        helper = b.ifexp(b.type_is(again, "str"), b.rt("%s_%s" % ("String", name)), b.rt("%s_%s" % ("Array", name)))
        return guard, helper, None
    kind = METHOD_KINDS.get(name)
    if kind is None:
        return None
    return _guard(lx, kind, first, again, key), b.rt("%s_%s" % (kind, name)), None


def _guard(lx, kind, first, again, key):
    """The receiver (``first`` evaluates it) would find the pristine
    built-in of ``kind`` under ``key``."""
    b = lx.b
    type_name, entry = _RECEIVERS[kind]
    if kind == "String":
        return b.boolop(ast.And(), [b.type_is(first, type_name), b.is_not(b.rt(entry), b.const(None))])
    return b.boolop(ast.And(), [
        b.type_is(first, type_name),
        b.is_(b.attr(again, "proto"), b.rt(entry)),
        _no_own(lx, again, key)])


def _no_own(lx, o, key):
    """``o`` (an array) has no own property ``key``. An array's own table
    is usually empty: testing that first is cheaper than a lookup in it
    (measured 80 against 207 instructions)."""
    b = lx.b
    return b.boolop(ast.Or(), [b.not_(b.attr(o, "props")),
                               b.compare(key, [ast.NotIn()], [b.attr(o, "props")])])


def pristine_call(lx, fast, receiver, args, generic_func):
    """The call with the method read replaced by the built-in when the
    guard holds: ``(helper if guard else <read>)(receiver, *args)``, so the
    arguments are lowered and emitted once. An ``inline`` form replaces the
    whole call when its arguments are small enough to appear in both
    branches (exactly one of which runs)."""
    guard, helper, inline = fast
    b = lx.b
    if len(args) == 1 and not isinstance(args[0], ast.Starred) and isinstance(helper, ast.Name) \
            and helper.id in _ONE_ARGUMENT:
        if helper.id == _PUSH and not lx.fn.is_async and isinstance(receiver, ast.Name):
            if sum(1 for _ in ast.walk(args[0])) <= _VALUE_BUDGET and _runs_no_script(args[0]):
                return _inline_push_of_value(lx, guard, receiver, args[0], generic_func)
            if is_pure(args[0]) or _unchanged_by(receiver, args[0]):
                return _inline_push(lx, guard, receiver, args[0], generic_func)
        helper = b.rt(_ONE_ARGUMENT[helper.id])
    generic = b.call(generic_func, [receiver] + args)
    if inline is not None and sum(1 for a in args for _ in ast.walk(a)) <= _INLINE_BUDGET:
        body = inline([copy.deepcopy(a) for a in args])
        if body is not None:
            return b.ifexp(guard, body, generic)
    return b.call(b.ifexp(guard, helper, generic_func), [receiver] + args)


# Built-ins with a one-argument variant for the commonest call shape
# (``a.push(v)``: no argument tuple, runtime/builtins/array.py).
_PUSH = rt_name("Array_push")
_ONE_ARGUMENT = {_PUSH: "Array_push1"}


def _inline_push(lx, guard, a, arg, generic_func):
    """``a.push(v)`` of a local array ``a`` that evaluating ``v`` cannot
    reassign: the method is read first (the guard picks
    ``_ajgi_Array_push1`` for the pristine push), then ``v`` is evaluated,
    then, when the method is the pristine push and nothing can intercept
    the new index (as :func:`runtime.builtins.array.array_push_one` tests:
    a dense, extensible array of writable length under the cap, its
    prototypes this realm's Array.prototype and Object.prototype, neither
    with an accessor or a read-only property: one identity test against
    ``_ajgi_plain_ArrayPrototype``, runtime/builtins/pristine.py), a Python
    ``list.append``; anything else calls the method read with the evaluated
    argument::

        (t.append(v) or float(len(t)))
            if (f := <push1 if guard else read>) is not None and (v := <arg>) is not None
               and f is _ajgi_Array_push1 and (t := a.elems) is not None
               and a.extensible and a.length_writable and len(t) < _ajgi_arrmax
               and a.proto is _ajgi_plain_ArrayPrototype
            else f(a, v)

    (``is not None`` holds for every JS value: it only sequences the two
    evaluations.) Saves the call of the helper, about a third of building
    an array of 100,000 small objects. As a statement (``a.push(v);``) the
    fast branch is only ``t.append(v)``: the length nobody reads is not
    converted to a float."""
    b = lx.b
    f, v, t = lx.temp(), lx.temp(), lx.temp()
    read = b.ifexp(guard, b.rt("Array_push1"), generic_func)
    test = b.boolop(ast.And(), [
        b.is_not(b.walrus(f, read), b.const(None)),
        b.is_not(b.walrus(v, arg), b.const(None)),
        b.is_(b.name(f), b.rt("Array_push1"))] + _can_append(lx, a, t) + [_plain_proto(lx, a)])
    return b.ifexp(test, _appended(lx, t, b.name(v)), b.call(b.name(f), [a, b.name(v)]))


def _can_append(lx, a, t):
    """The tests under which calling the pristine push, ``a.push(v)``, is
    ``t.append(v)``, ``t`` bound to ``a.elems`` (as
    :func:`runtime.builtins.array.array_push_one` tests: a dense, extensible
    array of writable length under the cap), but for its prototypes (see
    :func:`_plain_proto`)."""
    b = lx.b
    return [b.is_not(b.walrus(t, b.attr(a, "elems")), b.const(None)),
            b.attr(a, "extensible"),
            b.attr(a, "length_writable"),
            b.compare(b.rt_call("len", b.name(t)), [ast.Lt()], [b.rt("arrmax")])]


def _plain_proto(lx, a):
    """``a``'s prototypes are this realm's Array.prototype and
    Object.prototype, neither with an accessor or a read-only property (so
    none can intercept a new index), and Array.prototype.push is the
    built-in: one identity test against ``_ajgi_plain_ArrayPrototype``
    (runtime/builtins/pristine.py)."""
    b = lx.b
    return b.is_(b.attr(a, "proto"), b.rt("plain_ArrayPrototype"))


def _appended(lx, t, v):
    """``t.append(v) or float(len(t))``, the new length; as a statement
    (``a.push(v);``) only ``t.append(v)`` (targets.lower_discarded)."""
    b = lx.b
    appended = b.call(b.attr(b.name(t), "append"), [v])
    append = b.boolop(ast.Or(), [appended, b.rt_call("float", b.rt_call("len", b.name(t)))])
    append._ajgi_unused_result = appended
    return append


# The size (Python AST nodes) of a value :func:`_inline_push_of_value` may
# emit twice: a record literal is 40-100; a larger value keeps one copy.
_VALUE_BUDGET = 250
_TEMP = re.compile(re.escape(rt_name("t")) + r"\d+")  # Lowerer.temp's names

# Helpers whose call runs no script code and changes nothing a script can
# see: they make a fresh object or array, or convert a number (the compiler
# calls numstr only on numbers and undefined, runtime/operators.py).
_NO_SCRIPT_HELPERS = frozenset(rt_name(n) for n in ("obj", "arr", "numstr", "float", "str", "trunc", "type"))


def _runs_no_script(e):
    """True when evaluating lowered ``e`` runs no script code (no getter,
    valueOf or function) and assigns nothing but its own temps: then it may
    be evaluated before or after any unobservable step. Calls are allowed
    only of :data:`_NO_SCRIPT_HELPERS` and ``_ajgi_NUMBER_STRINGS.get``;
    plain Python operators appear in lowered code only on numbers and
    strings."""
    for n in ast.walk(e):
        if isinstance(n, (ast.Await, ast.Yield, ast.YieldFrom, ast.Lambda)):
            return False
        if isinstance(n, ast.NamedExpr) and not _TEMP.fullmatch(n.target.id):
            return False
        if isinstance(n, ast.Call):
            f = n.func
            if isinstance(f, ast.Name) and f.id in _NO_SCRIPT_HELPERS:
                continue
            if isinstance(f, ast.Attribute) and f.attr == "get" and isinstance(f.value, ast.Name) \
                    and f.value.id == rt_name("NUMBER_STRINGS"):
                continue
            return False
    return True


def _inline_push_of_value(lx, guard, a, arg, generic_func):
    """``a.push(v)`` where evaluating ``v`` runs no script code
    (:func:`_runs_no_script`, e.g. an object literal of numbers and
    strings): when the guard holds, reading the method is unobservable and
    ``v`` cannot change what the tests read, so all of them come first and
    ``v`` is evaluated straight into the append; otherwise the method read,
    then ``v``, then the call, as JS orders them::

        t.append(<v>) if a.proto is _ajgi_plain_ArrayPrototype and (not a.props or 'push' not in a.props)
                         and (t := a.elems) is not None and a.extensible
                         and a.length_writable and len(t) < _ajgi_arrmax
        else (_ajgi_Array_push1 if <guard> else <read>)(a, <v>)

    (``_ajgi_type(a) is _ajgi_JSArray`` first unless ``a`` is known to be
    an array: the guard's tests, with the plain prototype, which implies
    the pristine push, for the pristine one.) ``v`` is emitted twice
    (exactly one copy runs). Saves the two temps and the test of the method
    read that :func:`_inline_push` needs."""
    b = lx.b
    t = lx.temp()
    # the guard (which evaluates the receiver) with the plain prototype for
    # the pristine one
    plain = copy.deepcopy(guard)
    for n in ast.walk(plain):
        if isinstance(n, ast.Name) and n.id == rt_name("pristine_ArrayPrototype"):
            n.id = rt_name("plain_ArrayPrototype")
    tests = plain.values if isinstance(plain, ast.BoolOp) and isinstance(plain.op, ast.And) else [plain]
    can_append = _can_append(lx, a, t)
    fast = b.boolop(ast.And(), tests + can_append)
    read = b.ifexp(guard, b.rt("Array_push1"), generic_func)
    pushed = b.ifexp(fast, _appended(lx, t, copy.deepcopy(arg)), b.call(read, [a, arg]))
    pushed._ajgi_hoistable = HoistablePush(tests + can_append[:-1], t, arg)
    return pushed


class HoistablePush:
    """The parts of :func:`_inline_push_of_value`'s fast form that a loop
    doing nothing else may test once before its first iteration
    (lower/count_loops.py): ``tests``, all of the fast form's tests but
    ``len(t) < _ajgi_arrmax`` (they bind ``list_name``, the array's list),
    and the lowered value, which runs no script code. Nodes of the emitted
    form: copy before reuse."""

    def __init__(self, tests, list_name, value):
        self.tests = tests
        self.list_name = list_name
        self.value = value


def hoistable_push(stmts):
    """The :class:`HoistablePush` of lowered statements that are exactly
    one script-free push (``a.push({...});``), else None."""
    if len(stmts) != 1 or not isinstance(stmts[0], ast.Expr):
        return None
    return getattr(stmts[0].value, "_ajgi_hoistable", None)


# Arguments (in Python AST nodes) an inline fast path may copy: nested
# fast paths would otherwise double the code at every level.
_INLINE_BUDGET = 40


def _from_char_code(lx, args):
    """One code: the shared table of the first 256 characters, else the
    built-in (ToUint16 of any value)."""
    if any(isinstance(a, ast.Starred) for a in args):  # String.fromCharCode(...codes)
        return None
    if len(args) > 1:
        return _char_codes(lx, args)
    if not args:
        return None
    b = lx.b
    if ints.is_int(args[0]) and ints.int_bound(args[0]) is not None and ints.int_bound(args[0]) < 256:
        # `97 + i % 26` on a counter held as an int: the table as a list
        return mark_short(mark_str(b.subscript(b.rt("CHARS"), ints.int_form(args[0]))))
    if cheap_to_repeat(args[0]):
        # the rare fallback computes the code again rather than the common
        # path keeping it in a temp
        first, again = args[0], copy.deepcopy(args[0])
    else:
        first, again = bind(lx, args[0])
    # a one-unit str: `s += String.fromCharCode(c)` appends it unchecked (lower/targets.py)
    return mark_short(mark_str(b.boolop(ast.Or(), [b.call(b.attr(b.rt("CHAR_OF_CODE"), "get"), [first]),
                                                   b.rt_call("char_from_code", again)])))


# Codes a many-argument String.fromCharCode turns into units inline
_MAX_INLINE_CODES = 4


def _char_codes(lx, args):
    """Two to four codes that are names or literals (reading them has no
    effect, so the tests may read them before the fallback reads them
    again, in the same order): one unit each when every code is a float in
    [0, 65536), else the built-in, which converts them in order::

        (_ajgi_chr(_ajgi_trunc(h)) + _ajgi_chr(_ajgi_trunc(l))
         if _ajgi_type(h) is _ajgi_float and 0.0 <= h < 65536.0 and <the same for l>
         else _ajgi_String_fromCharCode(_ajgi_undef, h, l))
    """
    from ajgi_tx.compiler.lower.expressions import is_number, is_simple

    if len(args) > _MAX_INLINE_CODES or not all(is_simple(a) for a in args):
        return None
    b = lx.b
    tests, units = [], []
    for a in args:
        if is_number(a):
            if not 0.0 <= a.value < 65536.0:
                return None
            units.append(b.const(chr(int(a.value))))
            continue
        if not is_num(a):
            tests.append(b.type_is(copy.deepcopy(a), "float"))
        tests.append(b.compare(b.const(0.0), [ast.LtE(), ast.Lt()], [copy.deepcopy(a), b.const(65536.0)]))
        units.append(b.rt_call("chr", b.rt_call("trunc", copy.deepcopy(a))))
    text = units[0]
    for u in units[1:]:
        text = b.binop(text, ast.Add(), u)
    fallback = b.rt_call("String_fromCharCode", b.rt("undef"), *[copy.deepcopy(a) for a in args])
    if not tests:
        return mark_str(text)
    test = tests[0] if len(tests) == 1 else b.boolop(ast.And(), tests)
    return mark_str(b.ifexp(test, text, fallback))


# Math functions whose float case is one Python call with JS's result:
# sqrt of a float >= 0 (NaN and negatives fail the test; sqrt(-0) is -0 in
# both), abs of any float (abs(-0.0) is 0.0, abs(NaN) is NaN, as in JS).
_MATH_INLINE = {"sqrt": ("fsqrt", True), "abs": ("fabs", False)}


def _math_float(lx, args, inline, name):
    """``Math.sqrt(x)`` with one argument: the Python function when ``x``
    is a float it handles exactly, else the built-in (ToNumber of any
    value, the special cases)."""
    if len(args) != 1 or isinstance(args[0], ast.Starred):
        return None
    b = lx.b
    core, nonnegative = inline
    first, again = bind(lx, args[0])
    if nonnegative and is_num(args[0]):
        # a float, or undefined before a numeric local's first store, which
        # answers comparisons with False like NaN
        test = b.compare(first, [ast.GtE()], [b.const(0.0)])
    else:
        test = b.type_is(first, "float")
        if nonnegative:
            test = b.boolop(ast.And(), [test, b.compare(again, [ast.GtE()], [b.const(0.0)])])
    return b.ifexp(test, b.rt_call(core, again), b.call(b.rt("%s_%s" % ("Math", name)), [b.rt("undef"), again]))
