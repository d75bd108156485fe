"""Counting loops as a Python ``for`` over a ``range``.

::

    for (var i = S; i < n; i++) {      i = S
        BODY                           t = range(S, _ajgi_lt_bound(n)) if _ajgi_type(n) is _ajgi_float \\
    }                                      else _ajgi_count_range(S, n)
                                       for i in t:
                                           <checkpoint>
                                           BODY
                                       else:
                                           i = t.stop if t.stop > S else S

``i`` an int counter (compiler/int_counters.py: a Python int), ``S`` an
int literal. The ``while`` form's test (``i < _ajgi_pb_n if _ajgi_pf_n
else ...``) and step (``i = i + 1``) cost ~480 machine instructions per
empty iteration (cachegrind, with the checkpoint); the range's own step
~310. A float counter keeps the ``while``: ``map(float, range(...))`` or
``i = t + 0.0`` per step cost more (~530, ~490) than its ``i < n`` and
``i = i + 1.0`` (~390).

The range stands for the JS test only while nothing can change ``n``'s
answer: ``n`` is a ``var`` or parameter of the same function that no
closure, ``eval``, ``with`` or ``arguments`` object reaches and the body
does not assign (nor ``i``: the ``for`` steps it), an int counter of the
function (then ``range(S, n)``), or a number literal below 2**53 (its
bound computed here). A float ``n`` gives its bound (runtime
``lt_bound``: NaN, negatives give none, Infinity one no counter reaches);
anything else is runtime/count_loops.py's (a primitive's ToNumber once,
an object's ``valueOf`` at every step). After the last iteration the
``else`` leaves ``i`` at the value the JS test failed for; ``break`` skips
it with ``i`` where the body left it, ``continue`` takes the next item,
which is ``i++``. An object's test that throws after the first iteration
would leave ``i`` one below JS's: the loop is only taken for such an
``n`` in a function without ``try``, where nothing can read ``i`` then.
"""

import ast
import copy

from ajgi_tx.compiler.estree import walk_function_body
from ajgi_tx.compiler.lower.array_loops import _is, _private, _steps, _writes, init_store
from ajgi_tx.compiler.lower.functions import checkpoint
from ajgi_tx.compiler.lower.intrinsics import hoistable_push
from ajgi_tx.compiler.pyast import rt_name
from runtime.values import PLAIN_OBJECT_SLOTS

_MAX_START = 2 ** 31  # int_counters' stores
_MAX_BOUND = 2 ** 53  # where a float counter and an int part ways


class CountLoop:
    """What :func:`plan` found: the counter, its start, and the bound: a
    binding (``n_int`` when it holds an int counter) or a number."""

    def __init__(self, counter, start, bound, n_int):
        self.counter = counter
        self.start = start
        self.bound = bound
        self.n_int = n_int


def plan(lx, node):
    """A :class:`CountLoop` for a ``ForStatement`` of the module docstring's
    shape, else None."""
    if lx.scopes.frames.get(id(node)) is not None or lx.completion_code():
        return None
    k, start = _int_init(lx, node.init)
    if k is None or k not in lx.int_counters or not _steps(lx, node.update, k):
        return None
    test = node.test
    if test is None or test.type != "BinaryExpression" or test.operator != "<" or not _is(lx, test.left, k):
        return None
    right = test.right
    if right.type == "Literal" and type(right.value) in (int, float):
        if not 0 <= right.value < _MAX_BOUND:
            return None
        return None if _writes(lx, node.body, (k,)) else CountLoop(k, start, right.value, False)
    if right.type != "Identifier":
        return None
    n = lx.scopes.binding(right)
    if not _private(n, k.scope) or n is k or _writes(lx, node.body, (k, n)):
        return None
    n_int = n in lx.int_counters
    if not n_int and _has_try(lx):
        return None
    return CountLoop(k, start, n, n_int)


def _int_init(lx, init):
    """(binding, S) for ``var i = S`` / ``i = S``, else (None, None)."""
    target, value = init_store(init)
    if target is None or value.type != "Literal" or type(value.value) not in (int, float) \
            or not float(value.value).is_integer() or not 0 <= value.value < _MAX_START:
        return None, None
    return lx.scopes.binding(target), int(value.value)


def _has_try(lx):
    """The function being lowered has a ``try`` statement of its own."""
    fn = lx.fn
    if "has_try" not in fn.__dict__:
        fn.has_try = any(n.type == "TryStatement" for n in walk_function_body(fn.node))
    return fn.has_try


def lower(lx, node, loop, init):
    """The statements of the module docstring; ``init`` those of the loop's init."""
    b = lx.b
    stmts = lx.stmt(node.body)
    push = hoistable_push(stmts)
    body = checkpoint(lx) + stmts
    b.at(node)
    i, start = loop.counter.py_name, b.const(loop.start)
    setup = []
    may_count_lt = False
    if loop.n_int:  # an int counter: the bound itself
        n = b.name(loop.bound.py_name)
        iterable, stop = b.rt_call("range", start, n), loop.bound.py_name
    elif not isinstance(loop.bound, (int, float)):
        n = b.name(loop.bound.py_name)
        t = lx.temp()
        setup.append(b.assign(t, b.ifexp(b.type_is(n, "float"),
                                         b.rt_call("range", start, b.rt_call("lt_bound", n)),
                                         b.rt_call("count_range", start, b.name(loop.bound.py_name)))))
        iterable, stop, may_count_lt = b.name(t), None, True
    else:  # a literal
        bound = max(loop.start, _lt_bound(loop.bound))
        iterable, stop = b.rt_call("range", start, b.const(bound)), bound
    if isinstance(stop, int):
        after = b.const(stop)
    else:  # the range's stop, or the int counter bounding it
        stopped = (lambda: b.attr(b.name(t), "stop")) if stop is None else (lambda: b.name(stop))
        after = stopped()
        if loop.start:  # a range may stop below S
            after = b.ifexp(b.compare(after, [ast.Gt()], [start]), stopped(), start)
    if push is not None:
        return init + setup + _hoisted(lx, i, iterable, body, after, push, may_count_lt)
    walk = b.loc(ast.For(target=b.name(i, store=True), iter=iterable, body=body,
                         orelse=[b.assign(i, after)]))
    return init + setup + [walk]


def _hoisted(lx, i, iterable, body, after, push, may_count_lt):
    """A loop whose body is one push of a value that runs no script code
    (``a.push({id: i, ...})``, intrinsics.hoistable_push), its iterations
    after the first made without the push's tests once they hold::

        r = <the range>                    (unless already a temp)
        it = _ajgi_iter(r)
        for i in it:
            <checkpoint>
            <the push as it is>
            if <the push's tests, but the cap> and _ajgi_type(r) is _ajgi_range
                    and _ajgi_len(t) - i + r.stop <= _ajgi_arrmax:
                for i in it:               (the same iterator: the rest of the range)
                    <checkpoint>
                    t.append(<value>)
        else:
            i = <after>

    Nothing in such a loop runs script code, so nothing can change what the
    tests read between iterations (the checkpoint only lets scripts of
    other realms run), and the cap holds for every append when it holds
    for the last. The first iteration is the push as it is because its
    method read may be what wakes Array.prototype (whose plain entry is
    None until then); when the tests never hold, every iteration pays them
    twice. They are ~970 machine instructions of the ~7,000 that building a
    small object and pushing it takes. (``r.stop``, not ``len(r)``: a range
    to 2**64 stands for a bound of Infinity, too long for ``len``;
    ``type(r)`` only when the bound may be an object, which count_range
    steps with ``CountLt``.)"""
    b = lx.b
    setup = []
    if not isinstance(iterable, ast.Name):
        r = lx.temp()
        setup.append(b.assign(r, iterable))
        iterable = b.name(r)
    it, t = lx.temp(), push.list_name
    setup.append(b.assign(it, b.rt_call("iter", iterable)))
    room = b.compare(b.binop(b.binop(b.rt_call("len", b.name(t)), ast.Sub(), b.name(i)),
                             ast.Add(), b.attr(copy.deepcopy(iterable), "stop")),
                     [ast.LtE()], [b.rt("arrmax")])
    tests = copy.deepcopy(push.tests) + \
        ([b.type_is(copy.deepcopy(iterable), "range")] if may_count_lt else []) + [room]
    rest = b.loc(ast.For(target=b.name(i, store=True), iter=b.name(it),
                         body=checkpoint(lx) + _appends(lx, t, push.value), orelse=[]))
    walk = b.loc(ast.For(target=b.name(i, store=True), iter=b.name(it),
                         body=body + [b.if_(b.boolop(ast.And(), tests), [rest])],
                         orelse=[b.assign(i, after)]))
    return setup + [walk]


def _appends(lx, t, value):
    """``t.append(<value>)``; a plain object literal's ``_ajgi_obj(proto,
    {...})`` as make_object's stores, written out::

        o = _ajgi_alloc(_ajgi_JSObject)
        o.props = {...}
        o.proto = proto
        o.attrs = None ... (runtime.values.PLAIN_OBJECT_SLOTS)
        t.append(o)

    saving the call (~380 machine instructions of the ~5,900 an object
    and its push take in such a loop). The value runs no script code, so
    making the object first is unobservable."""
    b = lx.b
    value = copy.deepcopy(value)
    if not (isinstance(value, ast.Call) and isinstance(value.func, ast.Name)
            and value.func.id == rt_name("obj") and len(value.args) == 2 and not value.keywords
            and isinstance(value.args[1], ast.Dict)):
        return [b.expr_stmt(b.call(b.attr(b.name(t), "append"), [value]))]
    proto, props = value.args
    o = lx.temp()
    store = lambda slot, v: b.loc(ast.Assign(  # noqa: E731
        targets=[b.loc(ast.Attribute(value=b.name(o), attr=slot, ctx=ast.Store()))], value=v))
    return [b.assign(o, b.rt_call("alloc", b.rt("JSObject"))), store("props", props), store("proto", proto)] \
        + [store(slot, b.const(v)) for slot, v in PLAIN_OBJECT_SLOTS] \
        + [b.expr_stmt(b.call(b.attr(b.name(t), "append"), [b.name(o)]))]


def _lt_bound(x):
    """runtime lt_bound for a literal (finite, non-negative)."""
    k = int(x)
    return k if k == x else k + 1
