"""Destructuring: binding and assignment patterns (ES2015 12.14.5, 13.3.3).

One walker for every place a pattern stands: ``var``/``let``/``const``
declarations, parameters, assignment expressions, catch parameters and
for-in/for-of heads. :func:`destructure` turns ``pattern = value`` into
statements, in the spec's order of evaluation: for each element, the
reference of a member target first, then the value (iterator step or
property read), then the default when the value is undefined, then the
store::

    var [a, b = f()] = arr;           _ajgi_t1 = arr
                                      _ajgi_t2 = _ajgi_iter_open(_ajgi_t1, 'arr')
                                      try:
                                          a = _ajgi_iter_next(_ajgi_t2)
                                          _ajgi_t3 = _ajgi_iter_next(_ajgi_t2)
                                          if _ajgi_t3 is _ajgi_undef: _ajgi_t3 = f(...)
                                          b = _ajgi_t3
                                      except _ajgi_Exception:
                                          _ajgi_iter_close_thrown(_ajgi_t2); raise
                                      _ajgi_iter_finish(_ajgi_t2)

    ({a, [k]: o.x} = v);              _ajgi_coercible(v, 'a', 'v')
                                      a = getn(v, 'a'); ...

An array pattern over a pristine array reads its elements directly
(runtime/iteration.py ``_ArrayRecord``); any other iterable goes through the
protocol, and an early exit (fewer elements than the iterator has, or an
exception) closes the iterator.

Identifiers are stored through ``store(ident, value)`` (a declaration
passes the store its binding kind needs); the default store is
:class:`~ajgi_tx.compiler.lower.targets.Target`'s, as for ``x = v``.
"""

import ast

from ajgi_tx.compiler.estree import pattern_names

PATTERNS = ("ArrayPattern", "ObjectPattern")
_MAX_SHOWN = 30


def source_text(lx, node):
    """The script text of ``node`` when short and on one line (how node
    names a value in "x is not iterable"), else None."""
    if not node.range or lx.source is None:
        return None
    start, end = node.range
    text = lx.source[start:end]
    if len(text) > _MAX_SHOWN or "\n" in text or len(lx.source) < end:
        return None
    return text


def default_store(lx, ident, value):
    from ajgi_tx.compiler.lower.targets import Target

    return Target(lx, ident).store_stmt(value)


def destructure(lx, pattern, value, store=None, what=None):
    """Statements binding ``pattern`` (an ESTree pattern, identifier or
    member expression) to the Python expression ``value`` (evaluated once,
    first). ``what`` names the value in error messages (its source text)."""
    store = store or (lambda ident, v: default_store(lx, ident, v))
    out = []
    _bind(lx, pattern, value, store, what, out)
    return out


def _temp_of(lx, value, out):
    if isinstance(value, ast.Name) and value.id.startswith("_ajgi_t"):
        return value  # a temporary: nothing in the pattern can reassign it
    t = lx.temp()
    out.append(lx.b.assign(t, value))
    return lx.b.name(t)


def _bind(lx, pattern, value, store, what, out):
    t = pattern.type
    if t == "ArrayPattern":  # the value is read once, by GetIterator
        _array(lx, pattern, value, store, what, out)
    elif t == "ObjectPattern":
        _object(lx, pattern, _temp_of(lx, value, out), store, what, out)
    elif t == "Identifier":
        out.extend(store(pattern, value))
    elif t == "MemberExpression":
        put = _member_reference(lx, pattern, out)
        out.extend(put(value))
    else:
        lx.syntax_error(pattern, "Invalid destructuring assignment target")


def _member_reference(lx, node, out):
    """Evaluates the object and key of a member target now (12.14.5.3:
    the reference comes before the value); returns ``put(value)``."""
    from ajgi_tx.compiler.lower.members import member_key

    b = lx.b
    o = _temp_of(lx, lx.expr(node.object), out)
    named, key = member_key(lx, node)
    b.at(node)
    if not named:
        key = _temp_of(lx, b.rt_call("ckey", o, key), out)
    helper = ("sputn" if named else "sputm") if lx.fn.strict else ("putn" if named else "putm")

    def put(value):
        b.at(node)
        return [b.expr_stmt(b.rt_call(helper, o, key, value))]

    return put


def _element(lx, target, fetch, store, out):
    """One element or property: reference, value, default, store."""
    b = lx.b
    default = None
    if target.type == "AssignmentPattern":
        target, default = target.left, target.right
    if default is None and target.type == "Identifier":
        out.extend(store(target, fetch))
        return
    put = None
    if target.type == "MemberExpression":
        put = _member_reference(lx, target, out)
    v = lx.temp()
    out.append(b.assign(v, fetch))
    if default is not None:
        with lx.capture() as pre:
            d = lx.expr(default)
        b.at(default)
        out.append(b.if_(b.is_(b.name(v), b.rt("undef")), pre + [b.assign(v, d)]))
    if put is not None:
        out.extend(put(b.name(v)))
    else:
        _bind(lx, target, b.name(v), store, None, out)


def _array(lx, node, v, store, what, out):
    b = lx.b
    b.at(node)
    rec = lx.temp()
    out.append(b.assign(rec, b.rt_call("iter_open", v, b.const(what))))
    r = b.name(rec)
    body = []
    for i, e in enumerate(node.elements):
        if e is not None and e.type == "RestElement":
            _check_rest(lx, e, i == len(node.elements) - 1)
        if e is None:
            b.at(node)
            body.append(b.expr_stmt(b.rt_call("iter_skip", r)))
        elif e.type == "RestElement":
            b.at(e)
            _element(lx, e.argument, b.rt_call("iter_rest", r), store, body)
        else:
            b.at(e)
            _element(lx, e, b.rt_call("iter_next", r), store, body)
    b.at(node)
    if body:
        handler = b.loc(ast.ExceptHandler(type=b.rt("Exception"), name=None, body=[
            b.expr_stmt(b.rt_call("iter_close_thrown", r)), b.loc(ast.Raise(exc=None, cause=None))]))
        out.append(b.loc(ast.Try(body=body, handlers=[handler], orelse=[], finalbody=[])))
    out.append(b.expr_stmt(b.rt_call("iter_finish", r)))


def _check_rest(lx, rest, last):
    """Early errors of a rest element (13.3.3.1, 12.14.5.1)."""
    if not last:
        lx.syntax_error(rest, "Rest element must be last element")
    if rest.argument.type == "AssignmentPattern":
        lx.syntax_error(rest, "Rest element may not have a default initializer")


def _object(lx, node, v, store, what, out):
    from ajgi_tx.compiler.lower.expressions import property_key

    b = lx.b
    b.at(node)
    first = None
    if node.properties and not node.properties[0].computed:
        first = property_key(node.properties[0].key)
    out.append(b.expr_stmt(b.rt_call("coercible", v, b.const(first), b.const(what))))
    for p in node.properties:
        b.at(p)
        if p.computed:
            key = _temp_of(lx, b.rt_call("ckey", v, lx.expr(p.key)), out)
            b.at(p)
            fetch = b.rt_call("getm", v, key)
        else:
            fetch = b.rt_call("getn", v, b.const(property_key(p.key)))
        _element(lx, p.value, fetch, store, out)


def destructure_expression(lx, node, value):
    """An assignment pattern used as a value (``x = [a, b] = arr``): the
    statements go into a nested ``def`` (``nonlocal``/``global`` for the
    names it assigns) lifted before the statement; the expression calls
    it and yields the right-hand side."""
    b = lx.b
    lx.fn_count += 1
    name = "_ajgi_d%d" % lx.fn_count
    param = lx.temp()
    saved_pre = lx.pre
    lx.pre = []
    try:
        body = destructure(lx, node, b.name(param))
    finally:
        lifted, lx.pre = lx.pre, saved_pre
    globals_, nonlocals = [], []
    for ident in pattern_names(node):
        bd = lx.scopes.binding(ident)
        if bd is None:
            continue
        from ajgi_tx.compiler.lower.dynamic import is_dynamic_ref

        if is_dynamic_ref(lx, bd):
            continue
        if bd.is_global:
            if not bd.slow_global and not (bd.kind == "implicit" and lx.fn.strict):
                globals_.append(bd.py_name)
        else:
            nonlocals.append(bd.py_name)
    decls = []
    if globals_:
        decls.append(b.loc(ast.Global(names=sorted(set(globals_)))))
    if nonlocals:
        decls.append(b.loc(ast.Nonlocal(names=sorted(set(nonlocals)))))
    is_async = lx.fn.is_async
    cls = ast.AsyncFunctionDef if is_async else ast.FunctionDef
    args = ast.arguments(posonlyargs=[], args=[b.arg(param)], vararg=None, kwonlyargs=[],
                         kw_defaults=[], kwarg=None, defaults=[])
    fdef = b.loc(cls(name=name, args=args, body=decls + lifted + body + [b.return_(b.name(param))],
                     decorator_list=[], returns=None))
    lx.pre.append(fdef)
    call = b.call(b.name(name), [value])
    return b.await_(call) if is_async else call
