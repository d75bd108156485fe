"""Expressions: literals, names, operators (calls: lower/calls.py; members: lower/members.py).

Operators get an inline fast path when both operands are floats (or both
strings for ``+`` and comparisons), falling back to the spec operation::

    a + b   ->  (a + b if _ajgi_type(a) is _ajgi_type(b) is _ajgi_float
                 else _ajgi_add(a, b))

Operands that are not plain names or constants are first bound to
temporaries with ``:=`` so each is evaluated once, left to right.
JS truthiness differs from Python's only for NaN, so a condition ``x``
becomes ``(x and x == x)`` unless ``x`` is known to be a boolean.
"""

import ast
import copy
import math

from runtime.numconv import number_to_string
from runtime.values import js_string

# -- helpers ------------------------------------------------------------------


def is_simple(e):
    """True for expressions that are cheap and side-effect free to repeat."""
    return isinstance(e, ast.Constant) or (isinstance(e, ast.Name) and not e.id.startswith("_ajgi_f"))


def is_bool(e):
    """True when ``e`` is known to produce a Python bool."""
    if isinstance(e, ast.Compare):
        return True
    if isinstance(e, ast.UnaryOp) and isinstance(e.op, ast.Not):
        return True
    if isinstance(e, ast.Constant) and isinstance(e.value, bool):
        return True
    if isinstance(e, ast.BoolOp):
        return all(is_bool(v) for v in e.values)
    if isinstance(e, ast.IfExp):
        return is_bool(e.body) and is_bool(e.orelse)
    if isinstance(e, ast.Call) and isinstance(e.func, ast.Name) and e.func.id in BOOL_HELPERS:
        return True
    return False


BOOL_HELPERS = {"_ajgi_" + n for n in (
    "seq", "leq", "lt", "gt", "le", "ge", "in_", "instanceof", "truthy", "delete_member",
    "delete_name", "nullish")}


def is_number(e):
    return isinstance(e, ast.Constant) and type(e.value) is float


def is_num(e):
    """True when ``e`` yields a float (or undefined, which acts as NaN):
    a float constant or an expression marked by :func:`mark_num`."""
    return (isinstance(e, ast.Constant) and type(e.value) is float) or \
        getattr(e, "_ajgi_num", False)


def mark_num(e):
    """Marks a lowered expression as producing a number."""
    e._ajgi_num = True
    return e


def is_index(e):
    """True when ``e`` yields undefined, NaN, +Infinity or a non-negative
    integral float (a counter, numeric.analyze_counters, or a counter
    ``%`` a positive integer): a valid array index once it is below a
    length, with no sign or integrality test (members.inline_get_index)."""
    return getattr(e, "_ajgi_index", False)


def mark_index(e):
    """Marks a lowered expression as :func:`is_index` (and a number)."""
    e._ajgi_index = e._ajgi_num = True
    return e


def is_string(e):
    return isinstance(e, ast.Constant) and type(e.value) is str


def is_str(e):
    """True when ``e`` yields a Python str: a string constant or an
    expression marked by :func:`mark_str` (a string concatenation)."""
    return is_string(e) or getattr(e, "_ajgi_str", False)


def mark_str(e):
    """Marks a lowered expression as producing a string."""
    e._ajgi_str = True
    return e


def is_primitive(e):
    """True when ``e`` is known to yield a primitive (ToPrimitive is a no-op)."""
    return is_str(e) or is_num(e) or is_bool(e)


def is_pure(e):
    """True when evaluating ``e`` cannot change any variable (no calls,
    no assignments, no awaits anywhere inside)."""
    for n in ast.walk(e):
        if isinstance(n, (ast.Call, ast.NamedExpr, ast.Await)):
            return False
    return True


def _unchanged_by(e, before):
    """True when evaluating ``before`` cannot change the local read by
    ``e``: a function's own ``var`` that no nested function assigns can
    only change through an assignment in ``before`` itself (calls, getters
    and valueOf cannot reach it)."""
    if not getattr(e, "_ajgi_stable", False):
        return False
    return not any(isinstance(n, ast.NamedExpr) and n.target.id == e.id for n in ast.walk(before))


def bind(lx, e, before=None):
    """Returns (first_use, later_use) for ``e``: a walrus-bound temp when
    ``e`` is not simple, else ``e`` twice. A name is copied to a temp when
    ``before`` (an expression evaluated between the two uses) may assign it:
    ``x + (x = 10)`` must add the old ``x``."""
    if isinstance(e, ast.Constant) or (is_simple(e) and (before is None or is_pure(before)
                                                        or _unchanged_by(e, before))):
        return e, e
    t = lx.temp()
    return lx.b.walrus(t, e), lx.b.name(t)


def truthy(lx, e):
    """A Python condition for JS ToBoolean(e)."""
    b = lx.b
    if is_bool(e):
        return e
    if isinstance(e, ast.Constant):
        v = e.value
        if type(v) is float:
            return b.const(not (v == 0 or v != v))
        if type(v) is str:
            return b.const(len(v) > 0)
    if hasattr(e, "_ajgi_truth_parts"):
        from ajgi_tx.compiler.lower.members import named_read_truth

        return named_read_truth(lx, e)
    # NaN is the one value Python finds true and JS false, and the one not equal to itself
    first, again = bind(lx, e)
    return b.boolop(ast.And(), [first, b.compare(again, [ast.Eq()], [again])])


def number_const(lx, v):
    b = lx.b
    if v != v:
        return b.rt("NaN")
    if v == math.inf:
        return b.rt("Inf")
    if v == -math.inf:
        return b.loc(ast.UnaryOp(op=ast.USub(), operand=b.rt("Inf")))
    return b.const(float(v))


# -- literals and names ---------------------------------------------------------------


def lower_literal(lx, node):
    b = lx.b
    if node.regex is not None:
        _check_regex(lx, node)
        return b.rt_call("regexp", b.rt("realm"), b.const(js_string(node.regex.pattern)),
                         b.const(node.regex.flags))
    v = node.value
    if v is None:
        return b.rt("null")
    if isinstance(v, bool):
        return b.const(v)
    if isinstance(v, (int, float)):
        raw = node.raw or ""
        if len(raw) > 1 and raw[0] == "0" and raw[1:].isdigit():
            if lx.fn.strict:
                lx.syntax_error(node, "Octal literals are not allowed in strict mode.")
            if all(c in "01234567" for c in raw[1:]):
                v = int(raw[1:], 8)  # legacy octal (Annex B)
        return number_const(lx, float(v))
    if isinstance(v, str):
        return b.const(js_string(v))
    lx.unsupported(node, "literal %r" % (v,))


def _check_regex(lx, node):
    try:
        from runtime.builtins.regexp import translate, RegExpSyntaxError
    except ImportError:
        return
    try:
        translate(js_string(node.regex.pattern), node.regex.flags)
    except RegExpSyntaxError as e:
        lx.syntax_error(node, str(e))


_CONST_GLOBALS = {"undefined": "undef", "NaN": "NaN", "Infinity": "Inf"}


def lower_identifier(lx, node):
    b = lx.b
    binding = lx.scopes.binding(node)
    if binding is None:
        lx.unsupported(node, "unresolved identifier %s" % node.name)
    from ajgi_tx.compiler.lower.dynamic import is_dynamic_ref, dyn_get

    if is_dynamic_ref(lx, binding):
        return dyn_get(lx, node.name)
    if binding.is_global:
        if binding.kind == "implicit" and node.name in _CONST_GLOBALS:
            return b.rt(_CONST_GLOBALS[node.name])
        if binding.slow_global:
            return b.rt_call("gget", b.rt("G"), b.const(node.name))
    if binding.lexical:
        from ajgi_tx.compiler.lower import lexical

        value = lexical.read(lx, node, binding)
        if binding in lx.counters:
            return mark_index(value)
        return mark_num(value) if binding in lx.numeric else value
    if binding in lx.int_counters:
        from ajgi_tx.compiler.lower import ints

        return ints.read(lx, binding)
    name = b.name(binding.py_name)
    if binding.kind == "var" and not binding.is_global and not binding.assigned_inner:
        name._ajgi_stable = True  # see _unchanged_by
    if binding in lx.counters:
        return mark_index(name)
    if binding in lx.numeric:
        return mark_num(name)
    if b.known_type(name.id) == "str":
        return mark_str(name)  # a local that always holds a string (string_locals.py)
    return name


def lower_this(lx, node):
    from ajgi_tx.compiler.lower.classes import lower_this_value

    return lower_this_value(lx)


# -- operators -----------------------------------------------------------------

_ARITH = {
    "-": (ast.Sub(), "sub"),
    "*": (ast.Mult(), "mul"),
}
_NUMERIC_OPS = frozenset(("-", "*", "/", "%", "**", "&", "|", "^", "<<", ">>", ">>>"))


def js_is_number(node):
    """True when JS expression ``node`` always evaluates to a number."""
    t = node.type
    if t == "Literal":
        return isinstance(node.value, (int, float)) and not isinstance(node.value, bool)
    if t == "BinaryExpression":
        return node.operator in _NUMERIC_OPS
    if t == "UnaryExpression":
        return node.operator in ("-", "+", "~")
    if t == "UpdateExpression":
        return True
    if t == "AssignmentExpression":
        return node.operator[:-1] in _NUMERIC_OPS
    return False
_CMP = {"<": (ast.Lt(), "lt"), ">": (ast.Gt(), "gt"), "<=": (ast.LtE(), "le"), ">=": (ast.GtE(), "ge")}
_SIMPLE_HELPERS = {
    "/": "div", "&": "bit_and", "|": "bit_or", "^": "bit_xor", "<<": "shl",
    ">>": "sar", ">>>": "shr", "in": "in_", "instanceof": "instanceof",
}


def binary(lx, op, left, right, numeric=False):
    """Lowers ``left op right`` for already-lowered operands; ``numeric``
    says one operand is known to be a number (so ``+`` adds when the other
    one is a float too)."""
    from ajgi_tx.compiler.lower import ints

    b = lx.b
    if op == "+":
        if is_num(left) and is_num(right):
            return ints.arith(lx, op, left, right, mark_num(b.binop(left, ast.Add(), right)))
        if (numeric or is_num(left) or is_num(right)) and not (is_string(left) or is_string(right)):
            return _float_fast(lx, left, right, lambda l, r: b.binop(l, ast.Add(), r), "add")
        return _add(lx, left, right)
    if op == "%":
        return ints.arith(lx, op, left, right, mark_num(_mod(lx, left, right)))
    if op == "/":
        return mark_num(_div(lx, left, right))
    if op == "**":
        return mark_num(b.rt_call("pow", left, right))
    if op in _ARITH:
        pyop, helper = _ARITH[op]
        result = mark_num(_float_fast(lx, left, right, lambda l, r: b.binop(l, pyop, r), helper))
        return ints.arith(lx, op, left, right, result) if op == "*" else result
    if op in ("&", "|", "^", "<<", ">>", ">>>"):
        from ajgi_tx.compiler.lower.bitwise import lower_bitwise

        return lower_bitwise(lx, op, left, right)
    if op in _ARITH:
        pyop, helper = _ARITH[op]
        return _float_fast(lx, left, right, lambda l, r: b.binop(l, pyop, r), helper)
    if op in _CMP:
        pyop, helper = _CMP[op]
        if is_num(left) and hasattr(right, "_ajgi_dense_length") \
                or is_num(right) and hasattr(left, "_ajgi_dense_length"):
            return compare_length(lx, pyop, helper, left, right)
        on_ints = ints.compare(lx, op, left, right)
        if on_ints is not None:
            return on_ints
        if is_string(left) or is_string(right):
            return _typed_fast(lx, left, right, "str", lambda l, r: b.compare(l, [pyop], [r]), helper)
        if is_num(left) and is_num(right):
            return b.compare(left, [pyop], [right])
        return _float_fast(lx, left, right, lambda l, r: b.compare(l, [pyop], [r]), helper)
    on_ints = ints.compare(lx, op, left, right)
    if on_ints is not None:
        return on_ints
    if op == "===":
        return _strict_eq(lx, left, right)
    if op == "!==":
        return b.not_(_strict_eq(lx, left, right))
    if op == "==":
        return _loose_eq(lx, left, right)
    if op == "!=":
        return b.not_(_loose_eq(lx, left, right))
    if op == "/":
        return _float_fast(lx, left, right, None, "div")
    helper = _SIMPLE_HELPERS.get(op)
    if helper is None:
        raise ValueError(op)
    return b.rt_call(helper, left, right)


def compare_length(lx, pyop, helper, left, right):
    """``i < a.length`` (or ``a.length > i``, any relational operator) for a
    number ``i``: a dense array's length compared as the int ``len(elems)``
    (a float compares exactly with an int in Python; undefined answers
    False like NaN), without converting it and testing the result's type;
    other receivers compare with the generic read::

        (i < _ajgi_len(e) if <dense test of a> else <i < generic a.length>)
    """
    from ajgi_tx.compiler.lower import ints

    b = lx.b
    make = lambda l, r: b.compare(l, [pyop], [r])  # noqa: E731
    if is_num(left):
        dense, length, rest = right._ajgi_dense_length
        if ints.is_int(left) and not ints.assigns(dense, left._ajgi_as_int):
            # a counter held as an int compares with len() as it is
            return b.ifexp(dense, make(ints.int_form(left), length), _float_fast(lx, left, rest, make, helper))
        lf, la = bind(lx, left, right)
        test = dense if lf is la else _walrus_first(lx, lf, dense)
        return b.ifexp(test, make(la, length), _float_fast(lx, la, rest, make, helper))
    dense, length, rest = left._ajgi_dense_length
    rf, ra = bind(lx, right)
    # the length (the dense test) is read before the right operand, in either branch
    return b.ifexp(dense, make(length, rf), _float_fast(lx, rest, ra if rf is ra else rf, make, helper))


def float_member(lx, left, right, make, helper):
    """``o.x > 500`` (any operator of :func:`_float_fast`) where ``o.x`` is
    an inline named read of a plain receiver and the other operand a simple
    number: one float test of the own property replaces the read's
    accessor test and the operator's type test (a float is no accessor and
    no missing key); anything else runs the operator on the full read::

        (make(v, 500.0) if _ajgi_type(o) is _ajgi_JSObject
                            and _ajgi_type(v := o.props.get('x')) is _ajgi_float
         else <the generic operator on the inline read>)
    """
    b = lx.b
    from ajgi_tx.compiler.lower.members import own_float_lookup

    read = left if hasattr(left, "_ajgi_named_read") else right
    receiver, key = read._ajgi_named_read
    v = lx.temp()
    test = b.boolop(ast.And(), [b.type_is(receiver, "JSObject"),
                                b.type_is(b.walrus(v, own_float_lookup(lx, receiver, key)), "float")])
    fast = make(b.name(v), right) if read is left else make(left, b.name(v))
    del read._ajgi_named_read  # the generic form below must not come back here
    return b.ifexp(test, fast, _float_fast(lx, left, right, make, helper))


def _float_fast(lx, left, right, make, helper):
    """``make(l, r)`` when both operands are floats, else ``helper(l, r)``;
    operands known to be numbers need no check."""
    b = lx.b
    if make is None or (is_number(left) and is_number(right)):
        return b.rt_call(helper, left, right)
    if is_num(left) and is_num(right):
        return make(left, right)
    if is_num(right) and hasattr(left, "_ajgi_named_read") and is_simple(right) \
            or is_num(left) and hasattr(right, "_ajgi_named_read") and is_simple(left):
        return float_member(lx, left, right, make, helper)
    if is_num(right):
        # the left operand is checked in the test; the right one is
        # evaluated after it, in whichever branch runs
        lf, la = bind(lx, left, right)
        return b.ifexp(float_test(lx, lf), make(la, right), b.rt_call(helper, la, right))
    lf, la = bind(lx, left, right)
    rf, ra = bind(lx, right)
    if is_num(left):
        test = float_test(lx, rf)
        if lf is not la:
            test = _walrus_first(lx, lf, test)
        return b.ifexp(test, make(la, ra), b.rt_call(helper, la, ra))
    test = b.compare(b.rt_call("type", lf), [ast.Is(), ast.Is()], [b.rt_call("type", rf), b.rt("float")])
    return b.ifexp(test, make(la, ra), b.rt_call(helper, la, ra))


def float_test(lx, e):
    """``_ajgi_type(e) is _ajgi_float``; inside a loop, for a parameter no
    code can change (never assigned, no ``arguments``, no eval/with), a
    local computed once at the function's entry instead
    (``_ajgi_pf_n = _ajgi_type(n) is _ajgi_float``, functions.py): the
    loop test ``i < n`` then costs one local read per iteration."""
    b = lx.b
    fn = lx.fn
    if isinstance(e, ast.Name) and any(j.kind == "loop" for j in fn.jumps):
        binding = _invariant_param(fn, e.id)
        if binding is not None:
            flags = fn.__dict__.setdefault("param_flags", {})
            flags[e.id] = "_ajgi_pf_" + e.id
            return b.name(flags[e.id])
    return b.type_is(e, "float")


def _invariant_param(fn, py_name):
    scope = fn.scope
    if scope.dynamic or scope.uses_arguments or not scope.simple_params or fn.node.type == "Program" \
            or fn.node.type == "ArrowFunctionExpression":
        return None
    for n in scope.params:
        bd = scope.bindings.get(n)
        if bd is not None and bd.py_name == py_name and bd.kind == "param" and not bd.assigned:
            return bd
    return None


def _div(lx, left, right):
    """``/``: Python raises on a zero divisor, so only nonzero ones are fast."""
    b = lx.b
    if is_num(left) and isinstance(right, ast.Constant) and type(right.value) is float:
        # a literal divisor: the zero test is made here (`x / 2`, `0 / 0`)
        return b.binop(left, ast.Div(), right) if right.value else b.rt_call("div", left, right)
    if is_num(left) and is_num(right):
        lf, la = bind(lx, left, right)
        rf, ra = bind(lx, right)
        test = rf if lf is la else _walrus_first(lx, lf, rf)
        return b.ifexp(test, b.binop(la, ast.Div(), ra), b.rt_call("div", la, ra))
    return b.rt_call("div", left, right)


def _walrus_first(lx, lf, rf):
    """A test evaluating ``lf`` (for its binding) and then ``rf``'s truth."""
    b = lx.b
    return b.subscript(b.tuple([lf, rf]), b.const(1))


def _mod(lx, left, right):
    """``%``: Python's ``%`` equals C fmod (JS) for floats a > 0 < b
    (not for a = -0.0: Python's -0.0 % b is +0.0, JS keeps the sign)."""
    b = lx.b
    if is_index(left) and is_number(right) and right.value > 0:
        # no -0.0 or negative left operand (is_index): Python's % is fmod
        # (undefined, NaN and Infinity give NaN in both)
        mod = b.binop(left, ast.Mod(), right)
        return mark_index(mod) if right.value.is_integer() else mod
    lf, la = bind(lx, left, right)
    rf, ra = bind(lx, right)
    if is_num(left) and is_num(right):
        if is_number(right) and right.value > 0:
            test = b.compare(lf, [ast.Gt()], [b.const(0.0)])
        elif rf is ra:
            test = b.compare(lf, [ast.Gt(), ast.Lt()], [b.const(0.0), ra])
        else:
            # a chained ``lf > 0.0 < rf`` would skip binding the right
            # operand, which the fallback call reads, when lf <= 0
            both = b.subscript(b.tuple([lf, rf]), b.const(0))
            test = b.compare(both, [ast.Gt(), ast.Lt()], [b.const(0.0), ra])
        return b.ifexp(test, b.binop(la, ast.Mod(), ra), b.rt_call("mod", la, ra))
    if is_number(right) and right.value > 0:
        test = b.boolop(ast.And(), [b.type_is(lf, "float"), b.compare(la, [ast.Gt()], [b.const(0.0)])])
    else:
        test = b.boolop(ast.And(), [
            b.compare(b.rt_call("type", lf), [ast.Is(), ast.Is()], [b.rt_call("type", rf), b.rt("float")]),
            b.compare(la, [ast.Gt(), ast.Lt()], [b.const(0.0), ra])])
    return b.ifexp(test, b.binop(la, ast.Mod(), ra), b.rt_call("mod", la, ra))


def _typed_fast(lx, left, right, tname, make, helper):
    """Fast path when the non-constant operand has type ``tname`` (the
    other one is a constant of that type)."""
    b = lx.b
    if is_string(left) and is_string(right):
        return b.rt_call(helper, left, right)
    if is_string(right):
        lf, la = bind(lx, left)
        return b.ifexp(b.type_is(lf, tname), make(la, right), b.rt_call(helper, la, right))
    rf, ra = bind(lx, right)
    return b.ifexp(b.type_is(rf, tname), make(left, ra), b.rt_call(helper, left, ra))


def _add(lx, left, right):
    from ajgi_tx.compiler.lower.strings import concat, length_checked, string_piece

    b = lx.b
    plus = lambda l, r: b.binop(l, ast.Add(), r)  # noqa: E731
    if is_string(left) and is_string(right):
        return b.const(left.value + right.value)
    if is_str(left) or (is_str(right) and (is_primitive(left) or is_string(right))):
        return concat(lx, [string_piece(lx, left), string_piece(lx, right)])
    if is_string(right) or is_string(left):
        return _typed_fast(lx, left, right, "str", plus, "add")
    if is_number(right) or is_number(left):
        return _float_fast(lx, left, right, plus, "add")
    lf, la = bind(lx, left, right)
    rf, ra = bind(lx, right)
    t = lx.temp()
    # both floats or both strings: Python's + is JS's + (two strings of any
    # length can double one: the sum's length is checked)
    floats = b.boolop(ast.And(), [
        b.compare(b.walrus(t, b.rt_call("type", lf)), [ast.Is()], [b.rt_call("type", rf)]),
        b.is_(b.name(t), b.rt("float"))])
    strings = b.compare(b.name(t), [ast.Is(), ast.Is()], [b.rt("str"), b.rt_call("type", ra)])
    return b.ifexp(floats, plus(la, ra),
                   b.ifexp(strings, length_checked(lx, plus(la, ra)), b.rt_call("add", la, ra)))


def _strict_eq(lx, left, right):
    b = lx.b
    for a, c in ((left, right), (right, left)):
        if isinstance(c, ast.Name) and c.id in ("_ajgi_undef", "_ajgi_null"):
            return b.is_(a, c)
        if is_string(c):
            return b.compare(a, [ast.Eq()], [c])
        if is_number(c) and c.value == c.value:
            if is_num(a):
                return b.compare(a, [ast.Eq()], [c])
            af, aa = bind(lx, a)
            return b.boolop(ast.And(), [b.type_is(af, "float"), b.compare(aa, [ast.Eq()], [c])])
        if isinstance(c, ast.Constant) and isinstance(c.value, bool):
            return b.is_(a, c)
    if is_str(left) or is_str(right):
        # a str equals only a str of the same code units: Python's == of a
        # str and any other value of the model is False (no value class
        # defines __eq__), as a string literal's comparison above relies on
        return b.compare(left, [ast.Eq()], [right])
    if isinstance(left, ast.IfExp) and is_str(left.body):
        # a guarded intrinsic (``String.fromCharCode(h, l) === s``): its
        # fast branch's str is compared with ==, the other one's value by
        # the helper; the test, a branch, then the right side, as before
        return b.ifexp(left.test, b.compare(left.body, [ast.Eq()], [right]), b.rt_call("seq", left.orelse, copy.deepcopy(right)))
    if isinstance(right, ast.IfExp) and is_str(right.body):
        # the left side is evaluated (into a temp, unless the right side
        # cannot change it) before the test
        lf, la = bind(lx, left, right)
        test = right.test if lf is la else b.subscript(b.tuple([lf, right.test]), b.const(1))
        return b.ifexp(test, b.compare(la, [ast.Eq()], [right.body]), b.rt_call("seq", la, right.orelse))
    return b.rt_call("seq", left, right)


def _loose_eq(lx, left, right):
    b = lx.b
    for a, c in ((left, right), (right, left)):
        if isinstance(c, ast.Name) and c.id in ("_ajgi_undef", "_ajgi_null"):
            return b.rt_call("nullish", a)
    return b.rt_call("leq", left, right)


# -- string concatenation ---------------------------------------------------------------


_REPEATABLE_OPS = (ast.Add, ast.Sub, ast.Mult)


def cheap_to_repeat(e):
    """True when ``e`` is plain float arithmetic (``97.0 + i % 26.0``) on
    locals and constants: evaluating it twice gives the same number, with
    no call, no assignment and nothing that can raise (a ``%`` only by a
    non-zero constant)."""
    if not is_num(e):
        return False
    for n in ast.walk(e):
        if isinstance(n, ast.BinOp):
            if isinstance(n.op, ast.Mod):
                if not (isinstance(n.right, ast.Constant) and type(n.right.value) is float and n.right.value != 0):
                    return False
            elif not isinstance(n.op, _REPEATABLE_OPS):
                return False
        elif isinstance(n, ast.UnaryOp):
            if not isinstance(n.op, ast.USub):
                return False
        elif isinstance(n, ast.Name):
            if n.id.startswith("_ajgi_") or not isinstance(n.ctx, ast.Load):
                return False
        elif isinstance(n, ast.Constant):
            if type(n.value) is not float:
                return False
        elif not isinstance(n, (ast.expr_context, ast.operator, ast.unaryop)):
            return False
    return True


def pairwise(lx, node, op, operands, nodes):
    """``((o0 op o1) op o2) ...`` one :func:`binary` step at a time."""
    acc = operands[0]
    acc_num = js_is_number(nodes[0])
    for i, right in enumerate(operands[1:], 1):
        right_num = js_is_number(nodes[i])
        lx.b.at(node)
        acc = binary(lx, op, acc, right, numeric=acc_num or right_num)
        acc_num = op != "+" or (acc_num and right_num)
    return acc


def lower_binary(lx, node):
    # Left-deep chains of one operator (long `+` concatenations) are
    # flattened iteratively: no recursion proportional to their length.
    op = node.operator
    chain = []
    cur = node
    while cur.type == "BinaryExpression" and cur.operator == op:
        chain.append(cur.right)
        cur = cur.left
    chain.append(cur)
    chain.reverse()
    operands = [lx.expr(e) for e in chain]
    if op == "+":
        from ajgi_tx.compiler.lower.strings import plus_chain
        return plus_chain(lx, node, operands, chain)
    return pairwise(lx, node, op, operands, chain)


def lower_logical(lx, node):
    b = lx.b
    left = lx.expr(node.left)
    with lx.capture() as pre:
        right = lx.expr(node.right)
    if pre:
        # the right operand lifted statements (a function expression): keep
        # them conditional by evaluating through a helper thunk is overkill;
        # the lifted defs are side-effect free, so emitting them early is safe.
        lx.pre.extend(pre)
    b.at(node)
    if is_bool(left):
        op = ast.And() if node.operator == "&&" else ast.Or()
        return b.boolop(op, [left, right])
    first, again = bind(lx, left)
    if isinstance(first, ast.Constant):
        cond = truthy(lx, first)
    else:
        cond = b.boolop(ast.And(), [first, b.compare(again, [ast.Eq()], [again])])
    e = b.ifexp(cond, right, again) if node.operator == "&&" else b.ifexp(cond, again, right)
    return mark_num(e) if is_num(left) and is_num(right) else e


def lower_conditional(lx, node):
    test = truthy(lx, lx.expr(node.test))
    body = lx.expr(node.consequent)
    orelse = lx.expr(node.alternate)
    lx.b.at(node)
    e = lx.b.ifexp(test, body, orelse)
    if is_str(body) and is_str(orelse):
        return mark_str(e)
    if is_num(body) and is_num(orelse):
        return mark_num(e)
    return e


def lower_unary(lx, node):
    b = lx.b
    op = node.operator
    arg = node.argument
    if op == "typeof":
        if arg.type == "Identifier":
            binding = lx.scopes.binding(arg)
            from ajgi_tx.compiler.lower.dynamic import is_dynamic_ref, env_expr

            if binding is not None and is_dynamic_ref(lx, binding):
                b.at(node)
                return b.rt_call("dtypeof", env_expr(lx), b.const(arg.name))
            if binding is not None and binding.is_global and binding.kind == "implicit" \
                    and arg.name not in _CONST_GLOBALS:
                b.at(node)
                return b.rt_call("typeof_global", b.rt("G"), b.const(arg.name))
        return b.rt_call("typeof", lx.expr(arg))
    if op == "-" and arg.type == "Literal" and isinstance(arg.value, (int, float)) \
            and not isinstance(arg.value, bool):
        v = lower_literal(lx, arg)
        if isinstance(v, ast.Constant):
            return b.const(-v.value)
    if op in ("-", "+", "~"):
        return mark_num(_lower_unary_value(lx, node))
    if op == "delete":
        from ajgi_tx.compiler.lower.targets import lower_delete

        return lower_delete(lx, node)
    if op == "-" and arg.type == "Literal" and isinstance(arg.value, (int, float)) \
            and not isinstance(arg.value, bool):
        v = lower_literal(lx, arg)
        if isinstance(v, ast.Constant):
            return b.const(-v.value)
    return _lower_unary_value(lx, node)


def _lower_unary_value(lx, node):
    b = lx.b
    op = node.operator
    value = lx.expr(node.argument)
    b.at(node)
    if op == "!":
        return b.not_(truthy(lx, value))
    if op == "-":
        if is_num(value):
            return b.loc(ast.UnaryOp(op=ast.USub(), operand=value))
        f, a = bind(lx, value)
        return b.ifexp(b.type_is(f, "float"), b.loc(ast.UnaryOp(op=ast.USub(), operand=a)),
                       b.rt_call("neg", a))
    if op == "+":
        if is_num(value):
            return value
        return b.rt_call("tonum", value)
    if op == "~":
        from ajgi_tx.compiler.lower.bitwise import lower_bit_not

        return lower_bit_not(lx, value)
    if op == "void":
        if isinstance(value, ast.Constant):
            return b.rt("undef")
        return b.subscript(b.tuple([value, b.rt("undef")]), b.const(1))
    lx.unsupported(node, "unary operator %s" % op)


def lower_sequence(lx, node):
    b = lx.b
    items = [lx.expr(e) for e in node.expressions]
    b.at(node)
    return b.subscript(b.tuple(items), b.const(-1))


# -- calls (member reads: members.py) -------------------------------------------

def property_key(node):
    """The constant property name of a non-computed member or literal key."""
    if node.type == "Identifier":
        return node.name
    v = node.value
    if isinstance(v, str):
        return js_string(v)
    if isinstance(v, bool) or v is None:
        return str(v).lower() if v is not None else "null"
    return number_to_string(float(v))


def call_args(lx, node):
    """A call's arguments, lowered left to right (lower/calls.py, dynamic.py)."""
    return [lx.expr(a) for a in node.arguments]


def wrap_call(lx, node, call):
    """Applies the EffectInfo call mode: plain, ``await``, or await-if-coroutine."""
    mode = lx.effects.call_mode(node)
    b = lx.b
    if mode == "sync" or not lx.fn.is_async:
        return call
    if mode == "await":
        return b.await_(call)
    t = lx.temp()
    return b.ifexp(b.is_(b.rt_call("type", b.walrus(t, call)), b.rt("Coro")),
                   b.await_(b.name(t)), b.name(t))
