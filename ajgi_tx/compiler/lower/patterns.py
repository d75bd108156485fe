"""Destructuring: binding and assignment patterns (ES2015 12.14.5, 13.3.3).

One walker for every place a pattern stands: ``var``/``let``/``const``
declarations, parameters, assignment expressions, catch parameters and
for-in/for-of heads. :func:`destructure` turns ``pattern = value`` into
statements, in the spec's order of evaluation: for each element, the
reference of a member target first, then the value (iterator step or
property read), then the default when the value is undefined, then the
store::

    var [a, b = f()] = it;            _ajgi_t1 = _ajgi_iter_open(it, 'it')
                                      try:
                                          a = _ajgi_iter_next(_ajgi_t1)
                                          _ajgi_t2 = _ajgi_iter_next(_ajgi_t1)
                                          if _ajgi_t2 is _ajgi_undef: _ajgi_t2 = f(...)
                                          b = _ajgi_t2
                                      except _ajgi_Exception:
                                          _ajgi_iter_close_thrown(_ajgi_t1); raise
                                      _ajgi_iter_finish(_ajgi_t1)

    ({a, [k]: o.x} = v);              if v is undefined or null: _ajgi_coercible(v, 'a', 'v')
                                      a = <inline read of v.a>
                                      _ajgi_t3 = _ajgi_ckey(v, k); _ajgi_t4 = o
                                      _ajgi_putn(_ajgi_t4, 'x', <inline read of v[_ajgi_t3]>)

An array pattern over any iterable goes through an iterator record
(runtime/iteration.py; a pristine array's record reads its elements by
index), and an early exit (fewer elements than the iterator has, or an
exception) closes the iterator. A simple pattern (identifiers, holes,
literal defaults) whose stores run no code first tries ``_ajgi_unpack``,
all the values of a pristine array at once, and over an array literal
(``[a, b] = [b, a]``) stores its values without making the array while
Array iteration is pristine (the array then only exists on the slow path).

Identifiers are stored through ``store(ident, value)`` (a declaration
passes the store its binding kind needs); the default store is
:class:`~ajgi_tx.compiler.lower.targets.Target`'s, as for ``x = v``. A
store whose attribute ``runs_no_code`` is true (a plain Python assignment)
allows the fast paths of simple array patterns, which read all values
before storing any.
"""

import ast

from ajgi_tx.compiler.estree import walk

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
    if store is None:
        def store(ident, v):
            return default_store(lx, ident, v)
        store.runs_no_code = True  # a plain local or global: checked per target
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


def _simple_elements(lx, node, store):
    """The fast path of an array pattern applies: identifiers (with a
    literal default at most) and holes, stored without running code."""
    from ajgi_tx.compiler.lower.targets import Target

    declared_pure = getattr(store, "runs_no_code", False)
    for e in node.elements:
        if e is None:
            continue
        if e.type == "AssignmentPattern":
            if e.right.type != "Literal" or e.right.regex is not None:
                return False
            e = e.left
        if e.type != "Identifier":
            return False
        if declared_pure:  # a var/parameter store: pure for a plain Python name
            t = Target(lx, e)
            if t.kind != "name" or t.slow:
                return False
        elif not _code_free(store(e, lx.b.name("_ajgi_probe"))):
            return False
    return True


_CODE_FREE_NODES = (ast.Assign, ast.Name, ast.Subscript, ast.Attribute, ast.Constant, ast.List,
                    ast.Dict, ast.Load, ast.Store)


def _code_free(stmts):
    """A store (a let/const binding's initialisation: a local, a box slot,
    an Env's dict) that runs no script code and cannot throw: assignments
    to names and subscripts of Python containers, the only call the making
    of a fresh per-iteration Env."""
    for stmt in stmts:
        if not isinstance(stmt, ast.Assign) or not all(
                isinstance(t, (ast.Name, ast.Subscript)) for t in stmt.targets):
            return False
        for n in ast.walk(stmt):
            if isinstance(n, ast.Call):
                if not (isinstance(n.func, ast.Name) and n.func.id == "_ajgi_Env") or n.keywords:
                    return False
            elif not isinstance(n, _CODE_FREE_NODES):
                return False
    return True


def _literal_items(value):
    """The element expressions of a lowered array literal without holes
    or spread (``_ajgi_arr(_ajgi_AP, [x, y])``), else None."""
    if isinstance(value, ast.Call) and isinstance(value.func, ast.Name) \
            and value.func.id == "_ajgi_arr" and len(value.args) == 2 \
            and isinstance(value.args[1], ast.List):
        items = value.args[1].elts
        for e in items:
            if isinstance(e, ast.Starred) or (isinstance(e, ast.Name) and e.id == "_ajgi_HOLE"):
                return None
        return items
    return None


def _fast_stores(lx, node, values, store):
    """Stores of ``values`` (Python expressions, one per element; None for
    a hole) into a simple pattern's identifiers, literal defaults applied."""
    b = lx.b
    out = []
    for e, v in zip(node.elements, values):
        if e is None:
            continue
        b.at(e)
        if e.type == "AssignmentPattern":
            t = lx.temp()
            out.append(b.assign(t, v))
            out.append(b.if_(b.is_(b.name(t), b.rt("undef")), [b.assign(t, lx.expr(e.right))]))
            out.extend(store(e.left, b.name(t)))
        else:
            out.extend(store(e, v))
    return out


def _plain_name_store(stmts):
    """The Python name a store is, when it is exactly ``name = value``."""
    if len(stmts) == 1 and isinstance(stmts[0], ast.Assign) and len(stmts[0].targets) == 1 \
            and isinstance(stmts[0].targets[0], ast.Name):
        return stmts[0].targets[0].id
    return None


def _runs_no_code(expr):
    """Evaluating lowered ``expr`` runs no script code and cannot throw (a
    local or temporary, a constant): it may move after a test."""
    return isinstance(expr, ast.Constant) or (
        isinstance(expr, ast.Name) and not expr.id.startswith("_ajgi_") or
        isinstance(expr, ast.Name) and expr.id.startswith("_ajgi_t"))


def _array(lx, node, v, store, what, out):
    """An array pattern. While the realm's arrays iterate as built (the
    flag ``_ajgi_pristine_ArrayIteration`` is their prototype), a simple
    pattern (identifiers, holes, literal defaults) reads a dense array's
    elements by index, and over an array literal takes the literal's
    values without making the array; anything else, and everything once
    array iteration was changed, goes through the iterator record."""
    b = lx.b
    b.at(node)
    if any(e is not None and e.type == "RestElement" for e in node.elements) \
            or not _simple_elements(lx, node, store):
        _array_protocol(lx, node, v, store, what, out)
        return
    items = _literal_items(v)
    if items is not None:
        _array_from_literal(lx, node, items, store, what, out)
        return
    needed = [i for i, e in enumerate(node.elements) if e is not None]
    if not needed:
        _array_protocol(lx, node, v, store, what, out)
        return
    if not isinstance(v, ast.Name):  # a local is read twice at most, nothing runs between
        v = _temp_of(lx, v, out)
    elems = lx.temp()
    # type(v) is JSArray and v.proto is <flag> and len(elems := v.elems or ()) >= k
    # and (t := elems[i]) is not HOLE ...: a hole reads through the
    # prototype chain, a short or sparse array steps past its end: generic
    tests = [b.is_(b.call(b.rt("type"), [v]), b.rt("JSArray")),
             b.is_(b.attr(v, "proto"), b.rt("pristine_ArrayIteration")),
             b.compare(b.call(b.rt("len"), [b.walrus(elems, b.boolop(ast.Or(), [
                 b.attr(v, "elems"), b.tuple([])]))]),
                 [ast.GtE()], [b.const(needed[-1] + 1)])]
    values = [None] * len(node.elements)
    for i in needed:
        t = lx.temp()
        tests.append(b.is_not(b.walrus(t, b.subscript(b.name(elems), b.const(i))), b.rt("HOLE")))
        values[i] = b.name(t)
    generic = []
    _array_protocol(lx, node, v, store, what, generic)
    b.at(node)
    out.append(b.if_(b.boolop(ast.And(), tests), _fast_stores(lx, node, values, store), generic))


def _array_from_literal(lx, node, items, store, what, out):
    """``[a, b] = [b, a]``: while array iteration is as built the literal's
    values go straight to the targets (``a, b = b, a`` when the values are
    locals or constants and the targets plain names); otherwise the array
    is made and iterated."""
    b = lx.b
    n = len(node.elements)
    plain = all(e is None or e.type == "Identifier" for e in node.elements) and len(items) >= n
    if plain and all(_runs_no_code(item) for item in items):
        # nothing runs while the values are read: test first, then one
        # tuple assignment (every value read before any store, as in JS)
        names = []
        for i, item in enumerate(items):
            e = node.elements[i] if i < n else None
            if e is not None:
                b.at(e)
                names.append((_plain_name_store(store(e, item)), item))
            else:  # a hole or a value past the pattern: still read (a global may be missing)
                names.append((lx.temp(), item))
        if all(name is not None for name, _ in names):
            b.at(node)
            fast = b.loc(ast.Assign(targets=[b.loc(ast.Tuple(
                elts=[b.name(name, store=True) for name, _ in names], ctx=ast.Store()))],
                value=b.loc(ast.Tuple(elts=[item for _, item in names], ctx=ast.Load()))))
            generic = []
            _array_protocol(lx, node, b.rt_call("arr", b.rt("AP"), b.list(list(items))), store,
                            what, generic)
            b.at(node)
            out.append(b.if_(b.is_not(b.rt("pristine_ArrayIteration"), b.const(None)),
                             [fast], generic))
            return
    temps = []
    for item in items:
        t = lx.temp()
        out.append(b.assign(t, item))
        temps.append(b.name(t))
    b.at(node)
    values = temps[:n] + [b.rt("undef")] * (n - len(temps))
    generic = []
    _array_protocol(lx, node, b.rt_call("arr", b.rt("AP"), b.list(list(temps))), store,
                    what, generic)
    b.at(node)
    out.append(b.if_(b.is_not(b.rt("pristine_ArrayIteration"), b.const(None)),
                     _fast_stores(lx, node, values, store) or [b.pass_()], generic))


def _array_protocol(lx, node, v, store, what, out):
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
    """An object pattern: RequireObjectCoercible, then each property in
    order (its key, then its target's reference, value, default, store);
    the reads are the inline ones of ``o.x`` / ``o[k]`` (members.py)."""
    from ajgi_tx.compiler.lower.expressions import property_key
    from ajgi_tx.compiler.lower.members import inline_get_keyed, inline_get_named

    b = lx.b
    b.at(node)
    first = None
    if node.properties and node.properties[0].type == "Property" and not node.properties[0].computed:
        first = property_key(node.properties[0].key)
    check = b.rt_call("coercible", v, b.const(first), b.const(what))
    out.append(b.if_(b.boolop(ast.Or(), [b.is_(v, b.rt("undef")), b.is_(v, b.rt("null"))]),
                     [b.expr_stmt(check)]))
    keys = []  # the keys read so far: a rest property leaves them out
    for i, p in enumerate(node.properties):
        b.at(p)
        if p.type == "RestElement":  # ES2018 {a, ...r}
            _check_object_rest(lx, p, i == len(node.properties) - 1)
            b.at(p)
            _element(lx, p.argument, b.rt_call("object_rest", v, b.tuple(list(keys))), store, out)
            continue
        if p.computed:
            key = _temp_of(lx, b.rt_call("ckey", v, lx.expr(p.key)), out)
            b.at(p)
            fetch = inline_get_keyed(lx, v, key)
            keys.append(key)
        else:
            key = b.const(property_key(p.key))
            fetch = inline_get_named(lx, v, key)
            keys.append(key)
        _element(lx, p.value, fetch, store, out)


def _check_object_rest(lx, rest, last):
    """Early errors of an object rest property (ES2018 13.3.3.1,
    12.15.5.1): last, no initializer, and not itself a pattern."""
    if not last:
        lx.syntax_error(rest, "Rest element must be last element")
    if rest.argument.type not in ("Identifier", "MemberExpression"):
        lx.syntax_error(rest.argument, "`...` must be followed by an assignable reference in "
                        "assignment contexts")


def _assigned_names(stmts):
    """The names Python statements bind, not looking into nested defs
    (whose own names are theirs); the defs' names are not included (a
    lifted function expression, its self-name included, is local)."""
    out = set()
    defs = set()
    stack = list(stmts)
    while stack:
        n = stack.pop()
        if isinstance(n, (ast.FunctionDef, ast.AsyncFunctionDef)):
            defs.add(n.name)
            continue
        if isinstance(n, ast.Lambda):
            continue
        if isinstance(n, ast.Name) and isinstance(n.ctx, ast.Store):
            out.add(n.id)
        elif isinstance(n, ast.NamedExpr):
            out.add(n.target.id)
        stack.extend(ast.iter_child_nodes(n))
    return out - defs


def _bindings_made_inside(lx, node):
    """The Python names of the bindings that code inside ``node`` creates in
    the current function: a named class expression's own name (``[a = class
    x {}] = v``: ``x`` is bound only inside the class). The class is
    evaluated inside the expression's nested ``def``, so the binding is
    that def's local, not the enclosing function's (which never binds it)."""
    scope = lx.fn.scope
    names = set()
    for n in walk(node):
        if n.type == "ClassExpression":
            inner = lx.scopes.catch.get(id(n))
            if inner is not None and inner.scope is scope:
                names.add(inner.py_name)
    return names


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
    # every JS variable the statements assign (the pattern's names, and
    # any a default or key assigns: `[a = x += 1] = v`) is the enclosing
    # function's: global or nonlocal here; temporaries and lifted defs
    # (their own numbering) stay local
    scope = lx.fn.scope
    global_names = {n for n in scope.globals_assigned}
    assigned = _assigned_names(lifted + body) - {param} - _bindings_made_inside(lx, node)
    globals_ = [n for n in assigned if n in global_names]
    nonlocals = [n for n in assigned if n not in global_names and not n.startswith("_ajgi_")]
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
