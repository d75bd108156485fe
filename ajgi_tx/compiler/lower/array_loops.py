"""Counted loops over an array's indices as a Python ``for``.

::

    for (var k = 0; k < a.length; k++) {   k = -1
        var x = a[k];                      if type(a) is JSArray and (t := a.elems) is not None:
        BODY                                   it, e = t, a
    }                                      else:
                                               it, e, t = _ajgi_index_loop(a)
                                           while True:
                                               for item in it:
                                                   k = k + 1
                                                   if e.elems is not t:
                                                       t = e
                                                       if not <k < a.length>: break
                                                       item = _ajgi_HOLE
                                                   <checkpoint>
                                                   x = item if item is not _ajgi_HOLE else <a[k]>
                                                   BODY
                                               else:
                                                   if e.elems is t:
                                                       k = k + 1
                                                       break
                                                   it = _ajgi_HOLES
                                                   continue
                                               break

The ``while True`` loop costs ~1,000 machine instructions per empty
iteration (the test ``k < a.length`` ~530, ``k++`` ~150) and ``a[k]``
~700 more; this one ~550 in all. ``it`` (runtime/index_loops.py: an
array's own list, a string, or HOLE for ever) is advanced exactly once per
JS iteration, as ``k`` is, so it always stands at ``k``: while ``a.elems``
is still the list it walks (``e.elems is t``), the list iterator's own
``index < len(list)`` is JS's ``k < a.length`` and its item is
``a.elems[k]``. Once anything else holds (the body replaced the list, the
array went sparse, ``a`` is no array), ``t = e`` (an array is never its
own list) and the head evaluates the JS test every time, the body reading
``a[k]`` as it always does: the loop goes on from the current ``k``
exactly as the ``while`` would. When the list runs out while it is still
``a.elems``, ``k >= len(list) == a.length`` and the loop is over (``k``
takes that iteration's step); otherwise the loop goes on over HOLEs with
the JS test. The body is lowered once; ``break``/``continue``/labels are
those of any loop (``continue`` goes to the head, which steps ``k``; a
``break`` leaves the ``for``, then the ``while``). An empty array costs
~350 instructions more than the ``while``; one element already ~650 less.

Taken when ``k`` is a counter no closure sees (compiler/numeric.py; an int
counter, compiler/int_counters.py, steps as an int), the loop starts at 0,
tests ``k < a.length`` and steps by one (``k++``, ``++k``, ``k += 1``), and
nothing else writes ``k`` or ``a``: ``a`` is a ``var`` or parameter of the
same function that no closure, ``eval``, ``with`` or ``arguments`` object
reaches and the body does not assign. The item stands for the first
``a[k]`` the body evaluates when no script code can run before it (the
first statement's leftmost read: ``var x = a[k]``, ``if (a[k].seen)``,
``t += a[k].n`` of a local ``t``), read as it would be when it is a HOLE
or the head took the generic path. Nothing between the iterator's step and
that read runs script code: the checkpoint only lets other scripts run
(each in its own realm).
"""

import ast

from ajgi_tx.compiler.estree import FUNCTION_NODE_TYPES, iter_children
from ajgi_tx.compiler.lower.functions import checkpoint
from ajgi_tx.compiler.lower.literal_types import is_write


class IndexLoop:
    """The bindings of a loop :func:`plan` accepted."""

    def __init__(self, counter, array):
        self.counter = counter
        self.array = array


class LoopItem:
    """The item standing for the ``a[k]`` read node ``read_id`` (the first
    the body evaluates, before any script code can run): an element-read
    region (lower/element_reads.py) taking that node reads ``a[k]`` of
    Python names ``array``/``index`` as ``item`` too (HOLE when the list
    was left or the slot is a hole: never a JSObject)."""

    def __init__(self, read_id, array, index, item):
        self.read_id = read_id
        self.array = array
        self.index = index
        self.item = item


def plan(lx, node):
    """An :class:`IndexLoop` when ``ForStatement`` ``node`` has the shape
    of the module docstring, else None."""
    if lx.scopes.frames.get(id(node)) is not None or lx.completion_code():
        return None
    k = _zero_init(lx, node.init)
    if k is None or not (k in lx.int_counters or (
            k in lx.counters and k.kind == "var" and not k.captured and not k.is_global
            and not k.scope.dynamic)):
        return None
    test = node.test
    if test is None or test.type != "BinaryExpression" or test.operator != "<" \
            or not _is(lx, test.left, k) or test.right.type != "MemberExpression" \
            or test.right.computed or test.right.property.name != "length" \
            or test.right.object.type != "Identifier":
        return None
    a = lx.scopes.binding(test.right.object)
    if not (_private(a, k.scope) and _steps(lx, node.update, k)) or _writes(lx, node.body, (a, k)):
        return None
    return IndexLoop(k, a)


def _zero_init(lx, init):
    """The binding ``var k = 0`` / ``k = 0`` initialises, else None."""
    target, value = init_store(init)
    if target is None or not _is_literal(value, 0):
        return None
    return lx.scopes.binding(target)


def init_store(init):
    """(identifier, value) of a loop's ``var k = v`` / ``k = v``, else (None, None)."""
    if init is None:
        return None, None
    if init.type == "VariableDeclaration":
        if init.kind != "var" or len(init.declarations) != 1:
            return None, None
        target, value = init.declarations[0].id, init.declarations[0].init
    elif init.type == "AssignmentExpression" and init.operator == "=":
        target, value = init.left, init.right
    else:
        return None, None
    if target.type != "Identifier" or value is None:
        return None, None
    return target, value


def _is_literal(node, n):
    return node.type == "Literal" and type(node.value) in (int, float) and node.value == n


def _is(lx, node, binding):
    return node.type == "Identifier" and lx.scopes.binding(node) is binding


def _private(a, scope):
    """Only the function's own code, in plain sight, can write ``a``."""
    return a is not None and a.scope is scope and not a.captured and not scope.dynamic \
        and (a.kind == "var" or (a.kind == "param" and not scope.uses_arguments))


def _steps(lx, update, k):
    """``update`` adds one to ``k``."""
    if update is None:
        return False
    if update.type == "UpdateExpression":
        return update.operator == "++" and _is(lx, update.argument, k)
    return update.type == "AssignmentExpression" and update.operator == "+=" \
        and _is(lx, update.left, k) and _is_literal(update.right, 1)


def _writes(lx, body, bindings):
    """True when ``body`` may store into one of ``bindings`` (or declares a
    function of one's name: a sloppy block function is copied into its var)."""
    names = {b.name for b in bindings}
    stack = [(child, body, None) for child in iter_children(body)]
    while stack:
        node, parent, grandparent = stack.pop()
        if node.type == "Identifier":
            # `{key: k}` of an object literal reads k (is_write answers for patterns)
            literal = parent.type == "Property" and grandparent.type == "ObjectExpression"
            if not literal and is_write(node, parent) and lx.scopes.binding(node) in bindings:
                return True
        elif node.type == "FunctionDeclaration":
            if node.id is not None and node.id.name in names:
                return True
        elif node.type not in FUNCTION_NODE_TYPES:
            stack.extend((child, node, parent) for child in iter_children(node))
    return False


def first_read(lx, stmt, loop):
    """The ``a[k]`` node ``stmt`` (the body's first statement) evaluates
    before any script code can run, or None."""
    node = stmt
    while node is not None:
        t = node.type
        if t == "MemberExpression":
            if node.computed and _is(lx, node.object, loop.array) and _is(lx, node.property, loop.counter):
                return node
            node = node.object
        elif t == "ExpressionStatement":
            node = node.expression
        elif t == "VariableDeclaration":
            node = node.declarations[0].init if node.declarations[0].id.type == "Identifier" else None
        elif t == "IfStatement":
            node = node.test
        elif t in ("ReturnStatement", "ThrowStatement"):
            node = node.argument
        elif t in ("BinaryExpression", "LogicalExpression"):
            node = node.left
        elif t == "ConditionalExpression":
            node = node.test
        elif t == "UnaryExpression":
            node = node.argument if node.operator != "delete" else None
        elif t == "CallExpression" and node.callee.type == "MemberExpression":
            node = node.callee.object  # not the callee itself: its read binds `this`
        elif t == "AssignmentExpression" and _quiet_target(lx, node, loop.counter.scope):
            node = node.right
        else:
            return None
    return None


def _quiet_target(lx, assign, scope):
    """Evaluating ``assign``'s target (and, for ``x += ...``, reading it)
    runs no script code: ``x = ``, or ``x += `` / ``o.p = `` of locals of
    ``scope`` (a global's value may come from a getter)."""
    left = assign.left
    if left.type == "Identifier" and assign.operator == "=":
        return True
    if left.type == "MemberExpression" and assign.operator == "=" and not left.computed:
        left = left.object
    return left.type == "Identifier" and _local(lx.scopes.binding(left), scope)


def _local(b, scope):
    return b is not None and b.scope is scope and not b.is_global and not scope.dynamic


def lower(lx, node, loop, test_parts):
    """The statements of the module docstring; ``test_parts(node)`` lowers
    the JS test to (pre-statements, condition)."""
    b = lx.b
    k, a = loop.counter.py_name, loop.array.py_name
    item, it, e, t = lx.temp(), lx.temp(), lx.temp(), lx.temp()
    pre, cond = test_parts(node.test)
    stmts = node.body.body if node.body.type == "BlockStatement" else [node.body]
    read = first_read(lx, stmts[0], loop) if stmts else None
    saved, saved_item = lx.leaves, lx.loop_item
    if read is not None:
        with lx.capture() as read_pre:
            ordinary = lx.expr(read)
        if not read_pre:
            b.at(read)
            lx.leaves = dict(saved or {})
            lx.leaves[id(read)] = b.ifexp(b.is_not(b.name(item), b.rt("HOLE")), b.name(item), ordinary)
            lx.loop_item = LoopItem(id(read), a, k, item)
    try:
        body = lx.stmt(node.body)
    finally:
        lx.leaves, lx.loop_item = saved, saved_item
    b.at(node)
    one = 1 if loop.counter in lx.int_counters else 1.0
    step = lambda: b.assign(k, b.binop(b.name(k), ast.Add(), b.const(one)))  # noqa: E731
    stored = lambda *names: b.loc(ast.Tuple(elts=[b.name(n, store=True) for n in names],  # noqa: E731
                                            ctx=ast.Store()))
    dense = b.boolop(ast.And(), [b.type_is(b.name(a), "JSArray"),
                                 b.is_not(b.walrus(t, b.attr(b.name(a), "elems")), b.const(None))])
    start = b.if_(dense, [b.loc(ast.Assign(targets=[stored(it, e)], value=b.tuple([b.name(t), b.name(a)])))],
                  [b.loc(ast.Assign(targets=[stored(it, e, t)], value=b.rt_call("index_loop", b.name(a))))])
    generic = [b.assign(t, b.name(e))] + pre + [b.if_(b.not_(cond), [b.break_()]),
                                                 b.assign(item, b.rt("HOLE"))]
    ran_out = [b.if_(b.is_(b.attr(b.name(e), "elems"), b.name(t)), [step(), b.break_()]),
               b.assign(it, b.rt("HOLES")), b.continue_()]
    head = [step(), b.if_(b.is_not(b.attr(b.name(e), "elems"), b.name(t)), generic)]
    walk = b.loc(ast.For(target=b.name(item, store=True), iter=b.name(it),
                         body=head + checkpoint(lx) + body, orelse=ran_out))
    return [b.assign(k, b.const(-one)), start, b.while_(b.const(True), [walk, b.break_()])]
