"""Member access: every read of ``o.x`` / ``o[k]`` the compiler emits.

The one owner of member reads. :func:`lower_member` reads a value; call
sites take their function from :func:`method_read` (with the pristine
built-in fast path of intrinsics.py); l-values (targets.py) and the
speculated read-modify-write (speculate.py) read through
:func:`generic_read` and :func:`own_value_lookup`. At run time the reads
fall back to ``runtime/properties.py``'s ``get_named`` / ``get_member``.

Shapes (``o`` and ``k`` bound to temporaries where they are no plain
names)::

    o.x     ->  (v if type(o) is JSObject or Function and
                      type(v := o.props.get('x', MISSING_AS_ACCESSOR)) is not Accessor
                 else getn(o, 'x'))
    a[i]    ->  (v if type(a) is JSArray and (e := a.elems) is not None
                      and 0.0 <= i < len(e) and i.is_integer()
                      and (v := e[trunc(i)]) is not HOLE else getm(a, i))
    o[k]    ->  (v if type(o) is JSObject and type(k) is str and
                      type(v := o.props.get(k, MISSING_AS_ACCESSOR)) is not Accessor
                 else getm(o, k))
    o.length -> len(elems) of a dense array, len(s) of a string, else as o.x
"""

import ast
import copy

from ajgi_tx.compiler.lower.expressions import (
    bind, is_index, is_num, is_number, is_pure, is_str, mark_num, mark_str,
)
from ajgi_tx.compiler.lower import ints
from ajgi_tx.compiler.lower.regexp_matches import match_read
from runtime.values import js_string


def member_key(lx, node):
    """(is_named, lowered key) for a MemberExpression."""
    if not node.computed:
        return True, lx.b.const(node.property.name)
    p = node.property
    if p.type == "Literal" and isinstance(p.value, str):
        return True, lx.b.const(js_string(p.value))
    return False, lx.expr(p)


def lower_member(lx, node):
    b = lx.b
    if node.object.type == "Super":
        from ajgi_tx.compiler.lower.classes import lower_super_member

        return lower_super_member(lx, node, member_key(lx, node)[1])
    obj = lx.expr(node.object)
    named, key = member_key(lx, node)
    b.at(node)
    if named and not isinstance(obj, ast.Constant):
        if isinstance(key, ast.Constant) and key.value == "length":
            return inline_get_length(lx, obj)
        return inline_get_named(lx, obj, key)
    if not named and is_num(key) and not isinstance(obj, ast.Constant):
        return match_read(lx, node, obj, inline_get_index(lx, obj, key))
    if not named and not isinstance(obj, ast.Constant) and not isinstance(key, ast.Constant):
        return inline_get_keyed(lx, obj, key)
    return generic_read(lx, named, obj, key)


def inline_get_length(lx, obj):
    """``o.length``: mostly a dense array's or a string's, read inline
    (``length == len(elems)`` for a dense array, see runtime/values.py);
    anything else through the named read::

        (_ajgi_float(_ajgi_len(e)) if (t := _ajgi_type(o)) is _ajgi_JSArray
                                       and (e := o.elems) is not None
         else _ajgi_float(_ajgi_len(o)) if t is _ajgi_str
         else <inline o.length of a plain object, or _ajgi_getn>)
    """
    b = lx.b
    as_float = lambda x: b.rt_call("float", b.rt_call("len", x))  # noqa: E731
    if is_str(obj):
        # a string (a concatenation, a local that always holds one): its
        # length is its count of UTF-16 code units, len() of the str
        return mark_num(as_float(obj))
    of, oa = bind(lx, obj)
    t, e = lx.temp(), lx.temp()
    other = _inline_get_bound(lx, oa, oa, b.const("length"))
    if isinstance(of, ast.Name) and b.known_type(of.id) == "JSArray":
        # a local holding its array literal (literal_types.py): only a
        # sparse array takes the named read
        dense = b.is_not(b.walrus(e, b.attr(oa, "elems")), b.const(None))
        rest = other
    else:
        dense = b.boolop(ast.And(), [b.is_(b.walrus(t, b.rt_call("type", of)), b.rt("JSArray")),
                                     b.is_not(b.walrus(e, b.attr(oa, "elems")), b.const(None))])
        rest = b.ifexp(b.is_(b.name(t), b.rt("str")), as_float(oa), other)
    read = b.ifexp(dense, as_float(b.name(e)), rest)
    # for a comparison with a number (expressions.compare_length):
    # the dense test, the int length it guards, the read of other receivers
    read._ajgi_dense_length = (dense, b.rt_call("len", b.name(e)), rest)
    return read


def _receiver_type_test(lx, of, kf, ka, tname):
    """``type(o) is <tname>`` as the first test of an inline member read;
    a key bound to a temporary is evaluated there too (after the object),
    so the fallback call can use the temporary whichever branch runs."""
    b = lx.b
    if kf is ka:
        return b.type_is(of, tname)
    return b.is_(b.subscript(b.tuple([b.rt_call("type", of), kf]), b.const(0)), b.rt(tname))


def inline_get_keyed(lx, obj, key):
    """``o[k]`` with a key of unknown type: a string key naming an own data
    property of a plain object is read inline (maps built from objects),
    everything else goes through ``_ajgi_getm``."""
    b = lx.b
    of, oa = bind(lx, obj, key)
    kf, ka = bind(lx, key)
    v = lx.temp()
    first = _receiver_type_test(lx, of, kf, ka, "JSObject")
    lookup = own_value_lookup(lx, oa, ka)
    test = b.boolop(ast.And(), [
        first,
        b.type_is(ka, "str"),
        b.is_not(b.rt_call("type", b.walrus(v, lookup)), b.rt("Accessor"))])
    return b.ifexp(test, b.name(v), generic_read(lx, False, oa, ka))


def inline_get_index(lx, obj, key):
    """``a[i]`` for a number ``i``: a present element of a dense array, or
    a code unit of a string, is read inline, anything else goes through
    ``_ajgi_getm``::

        (v if (t := _ajgi_type(a)) is _ajgi_JSArray and (e := a.elems) is not None
              and 0.0 <= i < _ajgi_len(e) and i.is_integer()
              and (v := e[_ajgi_trunc(i)]) is not _ajgi_HOLE
         else a[_ajgi_trunc(i)] if t is _ajgi_str and 0.0 <= i < _ajgi_len(a) and i.is_integer()
         else _ajgi_getm(a, i))

    (A string's index properties below its length are its own and
    read-only: String.prototype cannot hide them.)
    """
    b = lx.b
    if ints.is_int(key):
        return _int_index_read(lx, obj, key)
    if isinstance(obj, ast.Name) and is_index(key) and obj.id in lx.fn.string_tables:
        return _table_read(lx, obj, key, lx.fn.string_tables[obj.id])
    of, oa = bind(lx, obj, key)
    string_local = isinstance(of, ast.Name) and b.known_type(of.id) == "str"
    inner = getattr(key, "_ajgi_int32", None)
    if string_local and inner is not None and is_index(key):
        # ``s[n & 15]``: the int of the bitwise operator (bitwise.py), not
        # its float, is compared with the length and indexes the string
        test, int32, slow = inner
        i = lx.temp()
        read = b.ifexp(b.compare(b.walrus(i, int32), [ast.Lt()], [b.rt_call("len", oa)]),
                       mark_str(b.subscript(oa, b.name(i))),
                       generic_read(lx, False, oa, b.rt_call("float", b.name(i))))
        return b.ifexp(test, read, generic_read(lx, False, oa, slow))
    kf, ka = bind(lx, key)
    if string_local:
        # a local that always holds a string (string_locals.py): no type
        # test, no array branch
        tests, at = _index_tests(lx, key, lambda: kf, ka, b.rt_call("len", oa))
        return b.ifexp(b.boolop(ast.And(), tests) if len(tests) > 1 else tests[0],
                       mark_str(b.subscript(oa, at)), generic_read(lx, False, oa, ka))
    e, v, t = lx.temp(), lx.temp(), lx.temp()
    # a local holding its array literal (literal_types.py) is never a
    # string: no type test, no string branch
    known_array = isinstance(of, ast.Name) and b.known_type(of.id) == "JSArray"
    if is_index(key) and kf is not ka and is_pure(key):
        # a key like ``k % 1000.0`` is evaluated in the range test, not
        # bound up front with the object's type test (a tuple per read),
        # and again by the fallback: it cannot change anything or fail
        range_key, fallback_key = (lambda: b.walrus(ka.id, copy.deepcopy(key))), copy.deepcopy(key)
        first = b.const(True) if known_array else b.is_(b.walrus(t, b.rt_call("type", of)), b.rt("JSArray"))
    elif known_array:
        range_key, fallback_key = (lambda: ka), ka
        first = _receiver_type_test(lx, of, kf, ka, "JSArray")
    else:
        range_key, fallback_key = (lambda: ka), ka
        typed = b.walrus(t, b.rt_call("type", of))
        first = b.is_(typed if kf is ka else b.subscript(b.tuple([typed, kf]), b.const(0)), b.rt("JSArray"))
    elems = b.is_not(b.walrus(e, b.attr(oa, "elems")), b.const(None))
    array_tests, at = _index_tests(lx, key, range_key, ka, b.rt_call("len", b.name(e)))
    array_tests.append(b.is_not(b.walrus(v, b.subscript(b.name(e), at)), b.rt("HOLE")))
    test = b.boolop(ast.And(), [first, elems] + array_tests)
    rest = generic_read(lx, False, oa, fallback_key)
    if not known_array:
        string_tests, at = _index_tests(lx, key, range_key, ka, b.rt_call("len", oa))
        string = b.boolop(ast.And(), [b.is_(b.name(t), b.rt("str"))] + string_tests)
        rest = b.ifexp(string, b.subscript(oa, at), rest)
    return b.ifexp(test, b.name(v), rest)


def _int_index_read(lx, obj, key):
    """``a[i]`` for a key with an int form (a counter held as an int, or
    ``i % c`` on one: lower/ints.py): the int is compared with the length
    and indexes the list or str as it is (a non-negative int below 2**53,
    no integrality test, no trunc); the fallback reads with the key's float
    form, which is computed again (float arithmetic on locals: no effect)::

        (v if (t := _ajgi_type(a)) is _ajgi_JSArray and (e := a.elems) is not None
              and (j := k % 1000) < _ajgi_len(e) and (v := e[j]) is not _ajgi_HOLE
         else a[j] if t is _ajgi_str and (j := k % 1000) < _ajgi_len(a)
         else _ajgi_getm(a, _ajgi_float(k) % 1000.0))

    A local of known type drops the tests it needs not (a string local,
    an array literal); a fixed string table indexes its tuple constant.
    """
    b = lx.b
    int_key = ints.int_form(key)
    of, oa = bind(lx, obj, int_key)
    if isinstance(int_key, ast.Name):
        first = again = lambda: ints.int_form(key)  # noqa: E731
    else:
        j = lx.temp()
        first, again = (lambda: b.walrus(j, ints.int_form(key))), (lambda: b.name(j))
    below = lambda length: b.compare(first(), [ast.Lt()], [length])  # noqa: E731
    fallback = generic_read(lx, False, oa, copy.deepcopy(key))
    known = b.known_type(of.id) if isinstance(of, ast.Name) else None
    if isinstance(of, ast.Name) and of.id in lx.fn.string_tables:
        strings = lx.fn.string_tables[of.id]
        # a guarded str, as _table_read's
        return b.ifexp(below(b.const(len(strings))), mark_str(b.subscript(b.const(strings), again())), fallback)
    if known == "str":
        return b.ifexp(below(b.rt_call("len", oa)), mark_str(b.subscript(oa, again())), fallback)
    e, v, t = lx.temp(), lx.temp(), lx.temp()
    tests = [] if known == "JSArray" else [b.is_(b.walrus(t, b.rt_call("type", of)), b.rt("JSArray"))]
    tests += [b.is_not(b.walrus(e, b.attr(oa, "elems")), b.const(None)),
              below(b.rt_call("len", b.name(e))),
              b.is_not(b.walrus(v, b.subscript(b.name(e), again())), b.rt("HOLE"))]
    if known != "JSArray":
        string = b.boolop(ast.And(), [b.is_(b.name(t), b.rt("str")), below(b.rt_call("len", oa))])
        fallback = b.ifexp(string, b.subscript(oa, again()), fallback)
    return b.ifexp(b.boolop(ast.And(), tests), b.name(v), fallback)


def _table_read(lx, name, key, strings):
    """``a[i]`` of a local holding a fixed table of strings
    (lower/string_tables.py), for an index ``i`` (``is_index``)::

        (('x', 'y')[_ajgi_trunc(t)] if (t := i) < 2.0 else _ajgi_getm(a, t))
    """
    b = lx.b
    kf, ka = bind(lx, key)
    # a guarded str: strings.string_piece converts only the fallback's value
    return b.ifexp(b.compare(kf, [ast.Lt()], [b.const(float(len(strings)))]),
                   mark_str(b.subscript(b.const(strings), b.rt_call("trunc", ka))),
                   generic_read(lx, False, name, ka))


def _index_tests(lx, key, range_key, ka, length):
    """(tests, index): the tests that number ``key`` is an integer index
    below ``length`` (``range_key()`` gives its first use), and the Python
    int index they allow."""
    b = lx.b
    if is_number(key) and key.value.is_integer() and 0 <= key.value < 2 ** 31:
        # a constant index: no range or integrality test at run time
        i = b.const(int(key.value))
        return [b.compare(length, [ast.Gt()], [i])], i
    at = b.rt_call("trunc", ka)
    if is_index(key):
        # a counter (numeric.analyze_counters): below the length means a
        # valid index; undefined, NaN and Infinity compare False
        return [b.compare(range_key(), [ast.Lt()], [length])], at
    # math.trunc is a cheaper call than int(); is_integer() than % 1.0
    return [b.compare(b.const(0.0), [ast.LtE(), ast.Lt()], [range_key(), length]),
            b.call(b.attr(ka, "is_integer"), [])], at


def inline_get_named(lx, obj, key):
    """``o.key`` with the own-data-property case of a plain object or a
    function inline
    (no call: about 40% cheaper than the helper); everything else, and
    accessors, go through ``_ajgi_getn``::

        (v if _ajgi_type(o) is _ajgi_JSObject
              and _ajgi_type(v := o.props.get('x', _ajgi_MISSING_AS_ACCESSOR)) is not _ajgi_Accessor
              else _ajgi_getn(o, 'x'))

    ``_ajgi_MISSING_AS_ACCESSOR`` (the default of a missing key) is an Accessor itself, so
    one type test rules out both a missing key and an accessor.
    """
    of, oa = bind(lx, obj)
    return _inline_get_bound(lx, of, oa, key)


def own_value_lookup(lx, obj, key):
    """``obj.props.get(key, _ajgi_MISSING_AS_ACCESSOR)``: an own property's
    stored value, or an Accessor when there is none (see
    :func:`inline_get_named`); every inline read starts with it."""
    b = lx.b
    return b.call(b.attr(b.attr(obj, "props"), "get"), [key, b.rt("MISSING_AS_ACCESSOR")])


def own_float_lookup(lx, obj, key):
    """``obj.props.get(key)`` for a read whose value is then tested to be a
    float (or ``true`` / ``false``, :func:`named_read_truth`): a missing
    key's None fails that test as an Accessor does, so the default argument
    of :func:`own_value_lookup` is not needed."""
    b = lx.b
    return b.call(b.attr(b.attr(obj, "props"), "get"), [key])


def generic_read(lx, named, obj, key):
    """``_ajgi_getn(o, 'x')`` / ``_ajgi_getm(o, k)``: the full [[Get]]
    (runtime/properties.py get_named / get_member), for any receiver."""
    return lx.b.rt_call("getn" if named else "getm", obj, key)


def method_read(lx, callee):
    """The function of a method call ``o.m(...)`` / ``o[k](...)``:
    ``(func, receiver, fast)`` where ``receiver`` reads the bound object
    again (it is ``this``) and ``fast``, when not None, is the pristine
    built-in's guard and helper (intrinsics.method_guard)."""
    from ajgi_tx.compiler.lower.intrinsics import method_guard

    b = lx.b
    if callee.object.type == "Super":
        from ajgi_tx.compiler.lower.classes import lower_super_member, lower_this_value

        return lower_super_member(lx, callee, member_key(lx, callee)[1]), lower_this_value(lx), None
    obj = lx.expr(callee.object)
    named, key = member_key(lx, callee)
    first, again = bind(lx, obj)
    b.at(callee)
    fast = None
    if named and not isinstance(obj, ast.Constant):
        fast = method_guard(lx, callee, first, again, key)
        if fast is not None:
            first = again  # the guard evaluates the receiver
        func = _inline_get_bound(lx, first, again, key)
    else:
        func = generic_read(lx, named, first, key)
    return func, again, fast


def _inline_get_bound(lx, of, oa, key):
    """:func:`inline_get_named` for an object already bound by :func:`bind`
    (``of`` evaluates it, ``oa`` reads it again)."""
    b = lx.b
    v = lx.temp()
    lookup = own_value_lookup(lx, oa, key)
    ty = lx.temp()
    plain = b.boolop(ast.Or(), [b.is_(b.walrus(ty, b.rt_call("type", of)), b.rt("JSObject")),
                                b.is_(b.name(ty), b.rt("Function"))])
    test = b.boolop(ast.And(), [
        plain,
        b.is_not(b.rt_call("type", b.walrus(v, lookup)), b.rt("Accessor"))])
    read = b.ifexp(test, b.name(v), generic_read(lx, True, oa, key))
    # for a read only tested for truthiness (expressions.truthy): the parts
    # to build :func:`named_read_truth` from
    read._ajgi_truth_parts = (of, oa, key)
    if of is oa:
        # for arithmetic with a number (expressions.float_member): the
        # receiver, read again by a float test, and the key
        read._ajgi_named_read = (oa, key)
    return read


def named_read_truth(lx, read):
    """ToBoolean(o.x) for an inline named read (:func:`_inline_get_bound`)
    whose value is only tested: a stored ``true`` / ``false`` (the common
    case) is decided by identity, before the accessor test the read itself
    needs; anything else is the read's value tested as
    :func:`expressions.truthy` does::

        ((v := o.props.get('x') if (t := _ajgi_type(o)) is _ajgi_JSObject
                                   or t is _ajgi_Function else None) is True
         or v is not False
            and ((v if v is not None and _ajgi_type(v) is not _ajgi_Accessor
                  else (v := _ajgi_getn(o, 'x'))) and v == v))

    ``None`` is no JS value: it stands for a missing own key (the prototype
    chain is consulted) and for a receiver that is no plain object or
    function (a primitive, an array, a proxy...); both, like an accessor,
    take the full [[Get]]."""
    b = lx.b
    of, oa, key = read._ajgi_truth_parts
    v, ty = lx.temp(), lx.temp()
    plain = b.boolop(ast.Or(), [b.is_(b.walrus(ty, b.rt_call("type", of)), b.rt("JSObject")),
                                b.is_(b.name(ty), b.rt("Function"))])
    stored = b.walrus(v, b.ifexp(plain, own_float_lookup(lx, oa, key), b.const(None)))
    data = b.boolop(ast.And(), [b.is_not(b.name(v), b.const(None)),
                                b.is_not(b.rt_call("type", b.name(v)), b.rt("Accessor"))])
    value = b.ifexp(data, b.name(v), b.walrus(v, generic_read(lx, True, oa, key)))
    other = b.boolop(ast.And(), [value, b.compare(b.name(v), [ast.Eq()], [b.name(v)])])
    return b.boolop(ast.Or(), [
        b.is_(stored, b.const(True)),
        b.boolop(ast.And(), [b.is_not(b.name(v), b.const(False)), other])])
