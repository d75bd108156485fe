"""Read-modify-write statements speculated on floats.

An assignment statement whose right-hand side is arithmetic on numbers,
locals and properties of locals gets a second, guarded copy that assumes
every value it reads is a float::

    p.x = (p.x + p.y) % 10007

    if _ajgi_type(p) is _ajgi_JSObject and not p.special \\
            and _ajgi_type((_t1 := p.props.get('x'))) is _ajgi_float \\
            and _ajgi_type((_t2 := p.props.get('y'))) is _ajgi_float:
        p.props['x'] = _t3 % 10007.0 if (_t3 := _t1 + _t2) > 0.0 else _ajgi_mod(_t3, 10007.0)
    else:
        <the statement as lowered without speculation>

Why the copy is exact ES5: the guard only looks (type tests and dict
lookups run no script code). When it holds, every property read finds an
own data property (a float is neither an accessor nor a missing key's None), and
the operators, given floats, call no script code either, so nothing can
change an object or a local between the reads and the store. The stored
property is an own property of a plain object without read-only or
accessor own properties (``special`` is False), where [[Put]] is a dict
store. Receivers and computed keys are locals, so reading them in the
guard and again in the copy is unobservable, and a computed key that is a
string is its own ToString. One type test per receiver and per key serves
every access of the statement (the generic lowering tests the receiver
once per access).

Measured on bench/scripts/object_props.js (300,000 iterations of
``p.x = (p.x + p.y) % 10007``, ``total = (total + p.x) % M`` and
``counts[key] = (counts[key] || 0) + 1``): 228 -> 176 ms.
"""

import ast
import collections

from ajgi_tx.compiler.lower.expressions import binary, is_num, lower_identifier, mark_num
from ajgi_tx.compiler.lower.members import own_float_lookup
from runtime.values import js_string

# operators whose result, for float operands, is a float computed without
# calling script code (the helpers they fall back to convert floats only)
_FLOAT_OPS = frozenset(("+", "-", "*", "/", "%", "&", "|", "^", "<<", ">>", ">>>"))


class _Guard:
    """The reads of one statement, each tested once, and the lowered float
    that stands for every JS node the copy reads."""

    def __init__(self, lx):
        self.lx = lx
        self.local_tests = {}     # Python name -> test that the local holds a float
        self.receiver_tests = {}  # receiver name -> test that it is a plain object
        self.key_tests = {}       # key name -> test that it is a string
        self.store_tests = []     # the stored property can be written with a dict store
        self.reads = {}           # (receiver, key) -> temp holding the property value
        self.read_tests = []
        self.leaves = {}          # id(JS node) -> lowered float read in the copy
        self.touched = []         # (receiver, key identity) of every read and store, in order
        self.store_receivers = set()  # receivers tested for `not special`

    def test(self):
        """The whole guard: cheap type tests first, so that a statement
        that does not fit (a string local, an array) leaves it early."""
        tests = (list(self.local_tests.values()) + list(self.receiver_tests.values())
                 + list(self.key_tests.values()) + self.store_tests + self.read_tests)
        return self.lx.b.boolop(ast.And(), tests)


def _local(lx, node):
    """The Python name of a function-local variable (or ``this``) read by
    ``node``, or None for anything else."""
    if node.type == "ThisExpression":
        return "this"
    if node.type != "Identifier":
        return None
    binding = lx.scopes.binding(node)
    if binding is None or binding.is_global:
        return None
    name = lower_identifier(lx, node)  # a call for a name resolved at run time
    return name.id if isinstance(name, ast.Name) else None


def _is_numeric_local(lx, node):
    return node.type == "Identifier" and lx.scopes.binding(node) in lx.numeric


def constant_key(node):
    """The property name of member ``node`` when it is a constant."""
    if not node.computed:
        return js_string(node.property.name)
    if node.property.type == "Literal" and isinstance(node.property.value, str):
        return js_string(node.property.value)
    return None


def _key(lx, node, guard):
    """(key expression, key identity) of member ``node`` when the guard can
    test it (registering that test), else None."""
    b = lx.b
    name = constant_key(node)
    if name == "length":
        return None  # nearly always an array's or a string's: the guard would fail
    if name is not None:
        return b.const(name), ("name", name)
    k = _local(lx, node.property)
    if k is None or k == "this" or _is_numeric_local(lx, node.property):
        return None  # number keys are array indexes: not plain-object work
    if k not in guard.key_tests:
        guard.key_tests[k] = b.type_is(b.name(k), "str")
    return b.name(k), ("local", k)


def _property(lx, node, guard):
    """(receiver, key expression, key identity) of member ``node`` whose
    receiver and key the guard can test, or None. Registers those tests."""
    b = lx.b
    if node.object.type != "ThisExpression" and _is_numeric_local(lx, node.object):
        return None
    receiver = _local(lx, node.object)
    key = None if receiver is None else _key(lx, node, guard)
    if key is None:
        return None
    if receiver not in guard.receiver_tests:
        guard.receiver_tests[receiver] = b.type_is(b.name(receiver), "JSObject")
    return (receiver,) + key


def _read(lx, node, guard):
    """Registers the guarded float read of member or local ``node``; False
    when it cannot be speculated."""
    b = lx.b
    if node.type == "MemberExpression":
        prop = _property(lx, node, guard)
        if prop is None:
            return False
        receiver, key, key_id = prop
        guard.touched.append((receiver, key_id))
        t = guard.reads.get((receiver, key_id))
        if t is None:
            t = guard.reads[(receiver, key_id)] = lx.temp()
            lookup = own_float_lookup(lx, b.name(receiver), key)
            guard.read_tests.append(b.type_is(b.walrus(t, lookup), "float"))
        guard.leaves[id(node)] = mark_num(b.name(t))
        return True
    name = _local(lx, node)
    if name is None or name == "this":
        return False
    if not _is_numeric_local(lx, node):  # a numeric local needs no test
        if name not in guard.local_tests:
            guard.local_tests[name] = b.type_is(b.name(name), "float")
        guard.leaves[id(node)] = mark_num(b.name(name))
    return True


def _collect(lx, node, guard):
    """True when ``node`` is float arithmetic on reads the guard can test;
    registers those reads."""
    t = node.type
    if t == "Literal":
        return isinstance(node.value, (int, float)) and not isinstance(node.value, bool)
    if t in ("Identifier", "MemberExpression"):
        return _read(lx, node, guard)
    if t == "BinaryExpression":
        return node.operator in _FLOAT_OPS and _collect(lx, node.left, guard) \
            and _collect(lx, node.right, guard)
    if t == "LogicalExpression":
        return _collect(lx, node.left, guard) and _collect(lx, node.right, guard)
    if t == "UnaryExpression":
        return node.operator in ("-", "+") and _collect(lx, node.argument, guard)
    return False


def _guard_store(lx, target, guard):
    """Adds the tests that let the copy store into ``target`` directly;
    returns the store's (receiver, key), a local's name, or None when the
    target cannot be speculated."""
    b = lx.b
    if target.type == "Identifier":
        name = _local(lx, target)
        return None if name in (None, "this") else name
    if target.type != "MemberExpression":
        return None
    prop = _property(lx, target, guard)
    if prop is None:
        return None
    receiver, key, key_id = prop
    guard.touched.append((receiver, key_id))
    props = b.attr(b.name(receiver), "props")
    if receiver not in guard.store_receivers:
        guard.store_receivers.add(receiver)
        guard.store_tests.append(b.not_(b.attr(b.name(receiver), "special")))
    if (receiver, key_id) not in guard.reads:
        # a property the statement does not read must exist already (no
        # prototype setter, no extensibility question)
        guard.store_tests.append(b.compare(key, [ast.In()], [props]))
    return receiver, key


def _store(lx, target, place, value):
    """The statements storing ``value`` into ``target`` (at ``place``, from
    :func:`_guard_store`) when the guard holds."""
    b = lx.b
    if target.type == "Identifier":
        from ajgi_tx.compiler.lower.targets import Target

        return Target(lx, target).store_stmt(value)
    receiver, key = place
    store = ast.Subscript(value=b.attr(b.name(receiver), "props"), slice=key, ctx=ast.Store())
    return [b.loc(ast.Assign(targets=[b.loc(store)], value=value))]


def _float_value(lx, node, guard):
    """Lowers ``node`` with every read replaced by its guarded float."""
    saved = lx.leaves
    lx.leaves = guard.leaves
    try:
        return lx.expr(node)
    finally:
        lx.leaves = saved


def _collect_statement(lx, node, guard):
    """Registers the reads and the store of statement ``node``; returns
    the stored place (see :func:`_guard_store`) or None when ``node`` does
    not fit."""
    if node.type == "UpdateExpression":
        target, reads = node.argument, [node.argument]
    elif node.operator == "=":
        if node.right.type in ("Identifier", "MemberExpression", "Literal"):
            return None  # a plain copy has no operator type tests to save
        target, reads = node.left, [node.right]
    elif node.operator[:-1] in _FLOAT_OPS:
        target, reads = node.left, [node.left, node.right]
    else:
        return None
    # the reads first: a stored property that is also read needs no
    # existence test
    if not all(_collect(lx, r, guard) for r in reads):
        return None
    return _guard_store(lx, target, guard)


def _float_statement_value(lx, node, guard):
    """The value ``node`` stores, lowered with the guarded floats."""
    b = lx.b
    if node.type == "UpdateExpression":
        old = _float_value(lx, node.argument, guard)
        return binary(lx, node.operator[0], old, b.const(1.0))
    if node.operator == "=":
        return _float_value(lx, node.right, guard)
    old = _float_value(lx, node.left, guard)
    return binary(lx, node.operator[:-1], old, _float_value(lx, node.right, guard))


def speculated(lx, node, generic):
    """``generic`` (the lowered statement ``node``, an assignment or an
    update) behind a guarded float copy when ``node`` reads properties and
    fits (see the module docstring); ``generic`` alone otherwise."""
    b = lx.b
    guard = _Guard(lx)
    place = _collect_statement(lx, node, guard)
    if place is None or not guard.reads:
        return generic  # locals only: the generic lowering tests them inline already
    b.at(node)
    value = _float_statement_value(lx, node, guard)
    if not is_num(value):
        return generic
    b.at(node)
    target = node.argument if node.type == "UpdateExpression" else node.left
    return [_guarded(lx, guard, _store(lx, target, place, value), generic)]


def _guarded(lx, guard, body, generic):
    """``if <guard>: body else: generic``, each receiver's ``props`` read
    once when it is read three times or more: the guard's first test that
    reads it binds it to a temp, which its later tests and ``body`` read (a
    name in place of an attribute read: ~17 machine instructions per use). Nothing between the guard and
    the end of ``body`` runs script code, so the table read is the one
    ``body`` stores into. (A test reads at most one table.)"""
    b = lx.b
    test = guard.test()
    uses = collections.Counter()
    for root in [test] + body:
        _replace_props(root, lambda n: uses.update((n.value.id,)) or n)
    temps = {}

    def bind(node):
        receiver = node.value.id
        if receiver in temps:
            return b.name(temps[receiver])
        if uses[receiver] < 3:  # the walrus costs what two attribute reads save
            return node
        temps[receiver] = lx.temp()
        return b.walrus(temps[receiver], node)

    for node in test.values if isinstance(test, ast.BoolOp) else [test]:
        _replace_props(node, bind)
    for node in body:
        _replace_props(node, lambda n: b.name(temps[n.value.id]) if n.value.id in temps else n)
    return b.if_(test, body, generic)


def _replace_props(root, replace):
    """Replaces each ``<local>.props`` read under ``root`` by
    ``replace(node)``."""
    for parent in ast.walk(root):
        for field, child in ast.iter_fields(parent):
            if isinstance(child, list):
                for i, item in enumerate(child):
                    if _props_of(item):
                        child[i] = replace(item)
            elif _props_of(child):
                setattr(parent, field, replace(child))


def _props_of(node):
    """``node`` is ``<local>.props``."""
    return isinstance(node, ast.Attribute) and node.attr == "props" and isinstance(node.value, ast.Name) \
        and isinstance(node.ctx, ast.Load)


# -- runs of statements ------------------------------------------------------------


_COMPARISONS = frozenset(("<", ">", "<=", ">="))


def _fits_run(node):
    """An expression statement :func:`speculated` could take, or an ``if``
    without ``else`` whose body is made of such statements."""
    if node.type == "IfStatement":
        body = node.consequent
        body = body.body if body.type == "BlockStatement" else [body]
        return node.alternate is None and node.test.type == "BinaryExpression" \
            and node.test.operator in _COMPARISONS and bool(body) \
            and all(_fits_run(n) and n.type != "IfStatement" for n in body)
    if node.type != "ExpressionStatement" or node.directive is not None:
        return False
    e = node.expression
    if e.type == "UpdateExpression":
        return True
    return e.type == "AssignmentExpression" and e.left.type in ("Identifier", "MemberExpression")


def _may_alias(stored, place):
    """True when a store to ``stored`` (receiver, key identity) may change
    what reading ``place`` gives, other than by being that very place: two
    receivers may be one object, a computed key may be any name."""
    if stored == place:
        return False
    (_, k1), (_, k2) = stored, place
    return not (k1[0] == "name" and k2[0] == "name" and k1[1] != k2[1])


def _snapshot(guard):
    return ({k: dict(v) if isinstance(v, dict) else list(v) for k, v in vars(guard).items()
             if k != "lx"})


def speculated_run(lx, nodes, start):
    """``(count, statements)`` when the statements ``nodes[start:start +
    count]`` (count >= 2) fit one guard, else None.

    ``p.x = (p.x + p.y) % M; total = (total + p.x) % N;`` tests ``p`` and
    reads ``p.x`` and ``p.y`` once; the second statement reads the value
    the first stored::

        if <one guard for both>:
            p.props['x'] = t = <float value>
            total = <float value reading t>
        else:
            <both statements as lowered one by one>

    Exact for the reasons the one-statement copy is (no script code runs
    between the guard and the last store), provided that what an earlier
    statement of the run changes is not read stale by a later one: a
    local an earlier statement assigns is no later receiver or key (it
    may be read as a number: the guard tests its old value, the new one is
    a float anyway), and a property an earlier statement stores is read
    later only as that same receiver and key, never through another
    receiver or a computed key that could name it.

    A run may also hold ``if (a < b) { ... }`` (no ``else``) comparing
    such floats, its body statements of the run's kind or stores of a
    constant (``o.seen = true``): the comparison of floats calls nothing,
    a float stored in the body goes to the temp the property already has
    (so later statements read whichever value it holds), and a property
    holding a constant or stored there without such a temp is touched by
    no later statement of the run."""
    end = start
    while end < len(nodes) and _fits_run(nodes[end]):
        end += 1
    if end - start < 2 or lx.completion_code():
        return None
    b = lx.b
    guard = _Guard(lx)
    body = []
    count = 0
    state = _RunState()
    for node in nodes[start:end]:
        saved = _snapshot(guard)
        statement = _run_member(lx, node, guard, state)
        if statement is None:
            for k, v in saved.items():
                setattr(guard, k, v)
            break
        body.extend(statement)
        count += 1
    if count < 2 or not guard.reads:
        return None
    generic = []
    for node in nodes[start:start + count]:
        generic.extend(lx.stmt(node))
    b.at(nodes[start])
    return count, [_guarded(lx, guard, body, generic)]


class _RunState:
    """What the statements of a run so far changed."""

    def __init__(self):
        self.stored_places = []     # (receiver, key identity) stored into
        self.stored_locals = set()  # locals assigned
        self.poisoned = set()       # places no later statement may touch: they hold a
        #                             non-float or, stored conditionally, no float temp


def _run_member(lx, node, guard, state):
    """The copy of run member ``node`` (a statement), or None."""
    if node.type == "ExpressionStatement":
        return _run_statement(lx, node.expression, guard, state, False)
    b = lx.b
    first = len(guard.touched)
    with lx.capture() as pre:
        test = node.test
        if not (_collect(lx, test.left, guard) and _collect(lx, test.right, guard)):
            return None
        if not _fresh(guard.touched[first:], state):
            return None
        b.at(test)
        cond = _float_value(lx, test, guard)
    if pre:
        return None
    body = node.consequent.body if node.consequent.type == "BlockStatement" else [node.consequent]
    inner = []
    for n in body:
        stmts = _run_statement(lx, n.expression, guard, state, True)
        if stmts is None:
            return None
        inner.extend(stmts)
    b.at(node)
    return [b.if_(cond, inner)]


def _fresh(touched, state):
    """True when the places and locals ``touched`` were not changed by the
    run in a way that makes reading them again stale (see
    :func:`speculated_run`)."""
    if any(t in state.poisoned for t in touched):
        return False
    if any(r in state.stored_locals or (k[0] == "local" and k[1] in state.stored_locals)
           for r, k in touched):
        return False
    return not any(_may_alias(s, t) for s in state.stored_places for t in touched)


def _run_statement(lx, node, guard, state, conditional):
    """The float copy of statement expression ``node`` in a run, or None
    when it does not fit (see :func:`speculated_run`). A ``conditional``
    statement (in an ``if`` of the run) stores a property into the temp
    that already holds it, so that later statements read whichever value
    it has; one with no temp yet is poisoned for the rest of the run."""
    b = lx.b
    first = len(guard.touched)
    with lx.capture() as pre:
        constant = node.type == "AssignmentExpression" and node.operator == "=" \
            and node.right.type == "Literal" and getattr(node.right, "regex", None) is None
        if constant:
            place = _guard_store(lx, node.left, guard)  # stored as it is
        else:
            place = _collect_statement(lx, node, guard)
        if place is None:
            return None
        touched = guard.touched[first:]
        if not _fresh(touched, state):
            return None
        b.at(node)
        value = lx.expr(node.right) if constant else _float_statement_value(lx, node, guard)
    if pre:
        return None
    b.at(node)
    target = node.argument if node.type == "UpdateExpression" else node.left
    if isinstance(place, str):
        if conditional or not is_num(value):
            return None  # a local's type after the run must not depend on it
        state.stored_locals.add(place)
        return _store(lx, target, place, value)
    receiver, key = place
    key_id = touched[-1][1]  # the store's own place comes last (_guard_store)
    state.stored_places.append((receiver, key_id))
    store = b.loc(ast.Subscript(value=b.attr(b.name(receiver), "props"), slice=key, ctx=ast.Store()))
    t = guard.reads.get((receiver, key_id))
    if not is_num(value) or (conditional and t is None):
        state.poisoned.add((receiver, key_id))
        return [b.loc(ast.Assign(targets=[store], value=value))]
    if not conditional:
        t = guard.reads[(receiver, key_id)] = lx.temp()  # later statements read the stored float
    return [b.loc(ast.Assign(targets=[store, b.name(t, store=True)], value=value))]
