"""``for-of`` loops and spread elements: the compiled side of
runtime/iteration.py.

``for (x of v) body`` is one Python ``for`` over ``_ajgi_iterate(v)``, a
generator that reads a pristine array, string or arguments object directly
(an array live: a push in the body is seen) and any other iterable through
the protocol. Leaving the loop closes the iterator: ``break``, ``return``
and labeled jumps through the ``finally`` (``return()``'s errors
propagate), an exception through ``_ajgi_iter_abort`` (``return()`` called,
its outcome ignored, the exception kept)::

    for (var x of list) f(x);      _ajgi_t2 = _ajgi_iter_array(_ajgi_t1) if <list is a pristine array>
                                              else _ajgi_iterate(_ajgi_t1, 'list')
                                   try:
                                       for _ajgi_t3 in _ajgi_t2:
                                           if _ajgi_flag[0]: _ajgi_preempt()
                                           x = _ajgi_t3
                                           f(...)
                                   except _ajgi_Exception:
                                       _ajgi_iter_abort(_ajgi_t2); raise
                                   finally:
                                       _ajgi_t2.close()

``f(...a, b)``, ``new F(...a)`` and ``[...a, b]`` are Python's own
starred arguments and list displays over ``a.elems`` while ``a`` is a
pristine array without holes (the same test as for-of's), else over
``_ajgi_spread(a)`` (a list).
"""

import ast

from ajgi_tx.compiler.lower.functions import checkpoint
from ajgi_tx.compiler.lower.patterns import destructure, source_text


def pristine_array_test(lx, value, t):
    """``type(t := value) is JSArray and t.proto is _ajgi_pristine_ArrayIteration``:
    an array of this realm while arrays iterate as built (runtime/builtins/pristine.py),
    whose elements may be read directly."""
    b = lx.b
    return b.boolop(ast.And(), [
        b.is_(b.call(b.rt("type"), [b.walrus(t, value)]), b.rt("JSArray")),
        b.is_(b.attr(b.name(t), "proto"), b.rt("pristine_ArrayIteration"))])


def lower_spread(lx, node):
    """``...v``: a pristine dense array without holes is its element list
    itself (Python copies it into the call's arguments or the new list);
    anything else goes through the runtime's iteration."""
    b = lx.b
    value = lx.expr(node.argument)
    b.at(node)
    helper = "spread_args" if id(node) in lx.call_spreads else "spread"
    t, e = lx.temp(), lx.temp()
    call = b.rt_call(helper, b.name(t), b.const(source_text(lx, node.argument)))
    test = pristine_array_test(lx, value, t)
    test.values += [b.is_not(b.walrus(e, b.attr(b.name(t), "elems")), b.const(None)),
                    b.compare(b.rt("HOLE"), [ast.NotIn()], [b.name(e)])]
    return b.loc(ast.Starred(value=b.ifexp(test, b.name(e), call), ctx=ast.Load()))


def lower_for_of(lx, node, labels=()):
    from ajgi_tx.compiler.lower.statements import _with_target

    b = lx.b
    body_node = node.body
    while body_node.type == "LabeledStatement":
        body_node = body_node.body
    if body_node.type == "FunctionDeclaration":  # 13.7.5.1, 13.1.1 (no Annex B here)
        lx.syntax_error(body_node, "In strict mode code, functions can only be declared at "
                                   "top level or inside a block.")
    left = node.left
    target = left.declarations[0].id if left.type == "VariableDeclaration" else left
    # `for (let/const x of v)`: v is evaluated with x in its dead zone, and
    # each iteration initialises its own binding (13.7.5.12), through the
    # block-scope lowering when this compiler has it (lower/lexical.py)
    lexical = _lexical() if left.type == "VariableDeclaration" and left.kind != "var" else None
    frame = getattr(lx.scopes, "frames", {}).get(id(node)) if lexical is not None else None
    start = lexical.enter(lx, frame) if lexical is not None else []
    with lx.capture() as right_pre:
        right = lx.expr(node.right)
    start.extend(right_pre)
    b.at(node)
    it = lx.temp()
    value = lx.temp()
    # a pristine array is read by the runtime's direct reader without the
    # iterable's kind being looked up (the flag says it all)
    src = lx.temp()
    start.append(b.assign(it, b.ifexp(pristine_array_test(lx, right, src),
                                      b.rt_call("iter_array", b.name(src)),
                                      b.rt_call("iterate", b.name(src), b.const(source_text(lx, node.right))))))
    if lx.options.get("completion") and lx.fn.node.type == "Program":
        # eval code: the loop's completion value is undefined unless its
        # body produces one (ES2015 13.7.5.13 UpdateEmpty)
        start.append(b.assign("_ajgi_cv", b.rt("undef")))

    def build(jump_target):
        b.at(target)
        with lx.capture() as pre:
            if lexical is not None:
                store = destructure(lx, target, b.name(value), lexical.iteration_store(lx))
            else:
                store = destructure(lx, target, b.name(value))
        body = checkpoint(lx) + pre + store + lx.stmt(node.body)
        b.at(node)
        loop = b.loc(ast.For(target=b.name(value, store=True), iter=b.name(it), body=body,
                             orelse=[]))
        handler = b.loc(ast.ExceptHandler(type=b.rt("Exception"), name=None, body=[
            b.expr_stmt(b.rt_call("iter_abort", b.name(it))), b.loc(ast.Raise(exc=None, cause=None))]))
        close = b.expr_stmt(b.call(b.attr(b.name(it), "close"), []))
        return [b.loc(ast.Try(body=[loop], handlers=[handler], orelse=[], finalbody=[close]))]

    out = start + _with_target(lx, "loop", labels, node, build)
    if lexical is not None:
        lexical.leave(lx, frame)
    return out


def _lexical():
    try:
        from ajgi_tx.compiler.lower import lexical
    except ImportError:  # let/const are not lowered by this compiler (yet)
        return None
    return lexical
