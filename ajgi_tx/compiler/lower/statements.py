"""Statements: control flow, loops, switch, labels, try, throw, return.

Every loop, ``switch`` and labeled non-loop statement is exactly one
Python loop (a switch or labeled block is a one-shot ``while True: ...;
break``), so ``break``/``continue`` that target the innermost one are
plain Python jumps. A jump across several of them sets ``_ajgi_jmp`` to the
target's id and breaks; after each loop crossed, a dispatcher either
finishes the jump (``break``/``continue`` of its own loop) or keeps
breaking outwards::

    outer: for (...) {              while ...:
        for (...) {                     while ...:
            continue outer;                 _ajgi_jmp = 2; break
        }                               if _ajgi_jmp == 2: _ajgi_jmp = 0; continue
    }

Every loop is ``while True:`` with the test as an ``if not ...: break``
inside: CPython 3.11 only warms up (specializes) code at an unconditional
backward jump, so a ``while cond:`` loop run once would never leave the
slow generic bytecode (measured: 3.3x slower, and ``s += x`` string
building turns quadratic).

``for (init; test; update)`` whose body continues becomes
``while True: if first: first = False else: update; if not test: break``
so that ``continue`` still runs ``update``.
"""

import ast

from ajgi_tx.compiler.lower.state import JumpTarget
from ajgi_tx.compiler.lower.expressions import truthy
from ajgi_tx.compiler.lower.functions import checkpoint
from ajgi_tx.compiler.lower.targets import Target
from ajgi_tx.compiler.lower.dynamic import binding_in_env, env_expr
from ajgi_tx.compiler.lower import array_loops, count_loops, lexical

# -- simple statements -------------------------------------------------------------


def lower_expression_statement(lx, node):
    if node.directive is not None and lx.fn.node.type != "Program":
        return []
    if lx.options.get("strict") and lx.fn.node.type == "Program" and node.range[0] == 0 \
            and node.directive == "use strict":
        return []  # the directive parse.py put in front of strict eval code
    if lx.options.get("completion") and lx.fn.node.type == "Program":
        # eval code: the value of the last expression statement is the result
        value = lx.expr(node.expression)
        lx.b.at(node)
        return [lx.b.assign("_ajgi_cv", value)]
    if node.directive is not None:
        return []
    return lx.expr_discard(node.expression)


def lower_var(lx, node):
    if node.kind != "var":
        return _lower_lexical_declaration(lx, node)
    out = []
    for d in node.declarations:
        if d.init is None:
            continue
        lx.b.at(d)
        if d.id.type != "Identifier":  # var [a, b] = ... (lower/patterns.py)
            from ajgi_tx.compiler.lower.patterns import destructure, source_text

            value = lx.expr(d.init)
            out.extend(destructure(lx, d.id, value, what=source_text(lx, d.init)))
            continue
        target = Target(lx, d.id)
        value = lx.expr(d.init)
        lx.b.at(d)
        out.extend(target.store_stmt(value))
    return out


def _lower_lexical_declaration(lx, node):
    """``let``/``const``: each declarator initialises its binding (``let x;``
    to undefined), in order."""
    b = lx.b
    out = []
    for d in node.declarations:
        b.at(d)
        if d.id.type != "Identifier":  # let [a, b] = ... (lower/patterns.py)
            from ajgi_tx.compiler.lower.patterns import destructure, source_text

            value = lx.expr(d.init)
            b.at(d)
            out.extend(destructure(lx, d.id, value, what=source_text(lx, d.init),
                                   store=lambda i, v: lexical.init_stmt(lx, lx.scopes.binding(i), v)))
            continue
        binding = lx.scopes.binding(d.id)
        if d.init is not None and d.init.type == "FunctionExpression" and d.init.id is None:
            value = _named_function(lx, d.init, binding.name)
        else:
            value = lx.expr(d.init) if d.init is not None else b.rt("undef")
        b.at(d)
        out.extend(lexical.init_stmt(lx, binding, value))
    return out


def _named_function(lx, node, name):
    """``let f = function () {}``: the anonymous function is named after the
    binding (ES2015 14.1.20 SetFunctionName; ``var`` keeps ES5's "")."""
    from ajgi_tx.compiler.lower.functions import function_def
    from ajgi_tx.compiler.names import RESERVED_PREFIX

    lx.fn_count += 1
    py_name = "%sf%d" % (RESERVED_PREFIX, lx.fn_count)
    defs = function_def(lx, node, py_name)
    wrap = defs[-1].value  # py_name = _ajgi_fn(py_name, '<js name>', length, ...)
    wrap.args[1] = lx.b.const(name)
    lx.pre.extend(defs)
    lx.b.at(node)
    return lx.b.name(py_name)


def lower_empty(lx, node):
    return []


def lower_function_declaration(lx, node):
    # hoisted: emitted at the top of the enclosing function or block; a
    # sloppy block function is also copied to its var here (Annex B.3.3)
    return lexical.enter(lx, lx.scopes.frames.get(id(node))) + lexical.block_function_copy(lx, node)


def lower_block(lx, node):
    frame = lx.scopes.frames.get(id(node))
    out = lexical.enter(lx, frame) + lx.stmts(node.body)
    lexical.leave(lx, frame)
    return out


def lower_if(lx, node):
    b = lx.b
    test = truthy(lx, lx.expr(node.test))
    body = lx.stmt(node.consequent)
    orelse = lx.stmt(node.alternate) if node.alternate is not None else []
    b.at(node)
    return [b.if_(test, body, orelse)]


def lower_return(lx, node):
    b = lx.b
    if node.argument is None:
        return [b.return_(b.rt("undef"))]
    value = lx.expr(node.argument)
    b.at(node)
    return [b.return_(value)]


def lower_throw(lx, node):
    b = lx.b
    value = lx.expr(node.argument)
    b.at(node)
    return [b.raise_(b.rt_call("JSThrow", value))]


def lower_debugger(lx, node):
    return []


# -- jumps --------------------------------------------------------------------------

def _jump_id(lx, target, kind):
    attr = kind + "_id"
    if getattr(target, attr) is None:
        lx.fn.jump_ids += 1
        setattr(target, attr, lx.fn.jump_ids)
    return getattr(target, attr)


def _find_target(lx, node, kind):
    jumps = lx.fn.jumps
    label = node.label.name if node.label is not None else None
    for i in range(len(jumps) - 1, -1, -1):
        t = jumps[i]
        if label is not None:
            if label in t.labels:
                if kind == "continue" and t.kind != "loop":
                    lx.syntax_error(node, "Illegal continue statement: '%s' does not denote an "
                                          "iteration statement" % label)
                return i, t
        elif t.kind == "loop" or (kind == "break" and t.kind == "switch"):
            return i, t
    if label is not None:
        lx.syntax_error(node, "Undefined label '%s'" % label)
    lx.syntax_error(node, "Illegal %s statement" % kind)


def _lower_jump(lx, node, kind):
    b = lx.b
    i, target = _find_target(lx, node, kind)
    jumps = lx.fn.jumps
    if kind == "continue":
        target.has_continue = True
    if i == len(jumps) - 1:
        return [b.break_() if kind == "break" else b.continue_()]
    jid = _jump_id(lx, target, kind)
    lx.fn.uses_jump_var = True
    for t in jumps[i + 1:]:
        t.escapes.append((target, kind, jid))
    return [b.assign("_ajgi_jmp", b.const(jid)), b.break_()]


def lower_break(lx, node):
    return _lower_jump(lx, node, "break")


def lower_continue(lx, node):
    return _lower_jump(lx, node, "continue")


def _dispatch_after(lx, target):
    """Statements after the Python loop of ``target`` finishing escaped jumps."""
    b = lx.b
    if not target.escapes:
        return []
    parent = lx.fn.jumps[-1] if lx.fn.jumps else None
    out = []
    propagate = False
    handled = set()
    for dest, kind, jid in target.escapes:
        if dest is parent:
            if jid in handled:
                continue
            handled.add(jid)
            out.append(b.if_(b.compare(b.name("_ajgi_jmp"), [ast.Eq()], [b.const(jid)]),
                             [b.assign("_ajgi_jmp", b.const(0)),
                              b.break_() if kind == "break" else b.continue_()]))
        else:
            propagate = True
    if propagate:
        out.append(b.if_(b.name("_ajgi_jmp"), [b.break_()]))
    return out


def _with_target(lx, kind, labels, node, build):
    """Pushes a jump target, lowers via ``build(target)``, pops, dispatches."""
    target = JumpTarget(kind, labels, node)
    lx.fn.jumps.append(target)
    try:
        stmts = build(target)
    finally:
        lx.fn.jumps.pop()
    lx.b.at(node)
    return stmts + _dispatch_after(lx, target)


# -- loops ----------------------------------------------------------------------------

def _test_parts(lx, test_node):
    """(pre-statements, python condition) for a loop test."""
    with lx.capture() as pre:
        cond = truthy(lx, lx.expr(test_node))
    return pre, cond


def _exit_unless(lx, cond):
    """``if not cond: break``, or nothing for a test that is a true
    constant (``while (true)``, ``for (;1;)``): a loop left only by
    ``break``, ``return`` or a throw reads as one."""
    if cond is None or (isinstance(cond, ast.Constant) and cond.value):
        return []
    return [lx.b.if_(lx.b.not_(cond), [lx.b.break_()])]


def lower_while(lx, node, labels=()):
    b = lx.b

    def build(target):
        pre, cond = _test_parts(lx, node.test)
        body = checkpoint(lx) + lx.stmt(node.body)
        b.at(node)
        return [b.while_(b.const(True), pre + _exit_unless(lx, cond) + body)]

    return _with_target(lx, "loop", labels, node, build)


def lower_do_while(lx, node, labels=()):
    b = lx.b

    def build(target):
        body = lx.stmt(node.body)
        pre, cond = _test_parts(lx, node.test)
        b.at(node)
        test = pre + _exit_unless(lx, cond)
        if not test:  # do { ... } while (true): no test to skip the first time
            return [b.while_(b.const(True), checkpoint(lx) + body)]
        first = lx.temp()
        init = b.assign(first, b.const(True))
        head = [b.if_(b.not_(b.name(first)), test)]
        loop = b.while_(b.const(True), head + [b.assign(first, b.const(False))]
                        + checkpoint(lx) + body)
        return [init, loop]

    return _with_target(lx, "loop", labels, node, build)


def _for_init(lx, init):
    """The statements of a ``for``'s init (a declaration or an expression)."""
    if init.type == "VariableDeclaration":
        return lx.stmt(init)
    with lx.capture() as pre:
        stmts = lx.expr_discard(init)
    return pre + stmts


def lower_for(lx, node, labels=()):
    b = lx.b
    index_loop = array_loops.plan(lx, node)
    if index_loop is not None:  # for (var k = 0; k < a.length; k++)
        return _with_target(lx, "loop", labels, node, lambda target: array_loops.lower(
            lx, node, index_loop, lambda test: _test_parts(lx, test)))
    count_loop = count_loops.plan(lx, node)
    if count_loop is not None:  # for (var i = 0; i < n; i++), i an int
        return _with_target(lx, "loop", labels, node, lambda target: count_loops.lower(
            lx, node, count_loop, _for_init(lx, node.init)))
    frame = lx.scopes.frames.get(id(node))
    init = lexical.enter(lx, frame)
    if node.init is not None:
        init += _for_init(lx, node.init)

    def build(target):
        if node.test is not None:
            pre, cond = _test_parts(lx, node.test)
        else:
            pre, cond = [], None
        body = checkpoint(lx) + lx.stmt(node.body)
        update = []
        if node.update is not None:
            with lx.capture() as upre:
                ustmts = lx.expr_discard(node.update)
            update = upre + ustmts
        copies = lexical.fresh_boxes(lx, frame)
        b.at(node)
        if not copies and (not target.has_continue or not update):
            return [b.while_(b.const(True), pre + _exit_unless(lx, cond) + body + update)]
        # closures capture the loop's `let`: each iteration gets a copy of
        # the binding before the update runs (13.7.4.9), hence the flag
        first = lx.temp()
        head = copies + [b.if_(b.name(first), [b.assign(first, b.const(False))], update)]
        head += pre + _exit_unless(lx, cond)
        return [b.assign(first, b.const(True)), b.while_(b.const(True), head + body)]

    out = init + _with_target(lx, "loop", labels, node, build)
    lexical.leave(lx, frame)
    return out


def lower_for_in(lx, node, labels=()):
    b = lx.b
    # `for (let k in o)`: o is evaluated with k in its dead zone (13.7.5.12)
    frame = lx.scopes.frames.get(id(node))
    pre_loop = lexical.enter(lx, frame)
    with lx.capture() as right_pre:
        obj = lx.expr(node.right)
    pre_loop.extend(right_pre)
    b.at(node)
    obj_t = lx.temp()
    key_t = lx.temp()
    left = node.left
    fresh = None  # the lexical binding made anew per iteration
    fresh_lexical = False  # let/const head (a pattern's bindings too)
    if left.type == "VariableDeclaration":
        decl = left.declarations[0]
        if decl.init is not None:
            pre_loop.extend(Target(lx, decl.id).store_stmt(lx.expr(decl.init)))
        target_node = decl.id
        if left.kind != "var":
            fresh_lexical = True
            if decl.id.type == "Identifier":
                fresh = lx.scopes.binding(decl.id)
    else:
        target_node = left

    def build(target):
        b.at(node)
        skip = b.if_(b.not_(b.rt_call("forin_has", b.name(obj_t), b.name(key_t))), [b.continue_()])
        b.at(target_node)
        if fresh is not None and target_node.type == "Identifier":
            store = lexical.iteration_init(lx, fresh, b.name(key_t))
        elif target_node.type in ("ArrayPattern", "ObjectPattern"):  # for (var [a, b] in o)
            from ajgi_tx.compiler.lower.patterns import destructure

            if fresh_lexical:
                istore = lexical.iteration_store(lx)
            else:
                istore = None
            with lx.capture() as store_pre:
                store = destructure(lx, target_node, b.name(key_t), istore)
            store = store_pre + store
        else:
            store = Target(lx, target_node).store_stmt(b.name(key_t))
        body = [skip] + store + checkpoint(lx) + lx.stmt(node.body)
        b.at(node)
        loop = b.loc(ast.For(target=b.name(key_t, store=True),
                             iter=b.rt_call("forin", b.walrus(obj_t, obj)), body=body, orelse=[]))
        return [loop]

    out = pre_loop + _with_target(lx, "loop", labels, node, build)
    lexical.leave(lx, frame)
    return out



# labeled loops: the loop handlers take the labels (lower_labeled)
_LOOPS = {
    "WhileStatement": lower_while,
    "DoWhileStatement": lower_do_while,
    "ForStatement": lower_for,
    "ForInStatement": lower_for_in,
    "ForOfStatement": lambda lx, node, labels=(): _for_of(lx, node, labels),
}


def _for_of(lx, node, labels):
    from ajgi_tx.compiler.lower.iteration import lower_for_of

    return lower_for_of(lx, node, labels)


def lower_labeled(lx, node):
    labels = [node.label.name]
    body = node.body
    while body.type == "LabeledStatement":
        labels.append(body.label.name)
        body = body.body
    for t in lx.fn.jumps:
        for lab in labels:
            if lab in t.labels:
                lx.syntax_error(node, "Label '%s' has already been declared" % lab)
    loop = _LOOPS.get(body.type)
    if loop is not None:
        lx.b.at(body)
        out = loop(lx, body, labels)
        if body.type != "ForOfStatement" and lx.completion_code():  # as lx.stmt would (UPDATE_EMPTY)
            out = [lx.b.assign("_ajgi_cv", lx.b.rt("undef"))] + out
        return out
    b = lx.b

    def build(target):
        stmts = lx.stmt(body)
        b.at(node)
        return [b.while_(b.const(True), stmts + [b.break_()])]

    return _with_target(lx, "block", labels, node, build)


# -- switch -----------------------------------------------------------------------------

def lower_switch(lx, node):
    """``switch`` = pick the entry index, then a one-shot loop whose case
    bodies run from that index on (fallthrough), ``default`` anywhere."""
    b = lx.b
    disc = lx.expr(node.discriminant)
    b.at(node)
    d = lx.temp()
    idx = lx.temp()
    frame = lx.scopes.frames.get(id(node))
    out = [b.assign(d, disc)] + lexical.enter(lx, frame)
    b.at(node)
    cases = node.cases
    default_index = len(cases)
    for i, c in enumerate(cases):
        if c.test is None:
            default_index = i
    # build the if/elif chain from the last case backwards
    from ajgi_tx.compiler.lower.expressions import binary

    chain = [b.assign(idx, b.const(default_index))]
    for i in range(len(cases) - 1, -1, -1):
        c = cases[i]
        if c.test is None:
            continue
        with lx.capture() as pre:
            test = binary(lx, "===", b.name(d), lx.expr(c.test))
        b.at(c)
        chain = pre + [b.if_(test, [b.assign(idx, b.const(i))], chain)]
    out.extend(chain)

    def build(target):
        body = []
        for i, c in enumerate(cases):
            stmts = lx.stmts(c.consequent)
            if not stmts:
                continue
            b.at(c)
            body.append(b.if_(b.compare(b.name(idx), [ast.LtE()], [b.const(i)]), stmts))
        b.at(node)
        return [b.while_(b.const(True), body + [b.break_()])]

    out = out + _with_target(lx, "switch", (), node, build)
    lexical.leave(lx, frame)
    return out


# -- try ---------------------------------------------------------------------------------

def _catch_in_env(lx, h, binding, value):
    """The catch block of a function with `with` or eval: the parameter is
    a declarative Env of its own (12.14 step 4), inner to the function's
    environment and outer to any `with` inside the block."""
    b = lx.b
    fn = lx.fn
    fn.catch_count += 1
    env_name = "_ajgi_env%d_c%d" % (fn.depth, fn.catch_count)
    keys, values = [b.const(binding.name)], [value]
    pattern = h.param.type != "Identifier"
    if pattern:  # catch ({a, b}): the names in this Env, destructured into it
        from ajgi_tx.compiler.estree import pattern_names

        for ident in pattern_names(h.param):
            keys.append(b.const(ident.name))
            values.append(b.rt("undef"))
    setup = b.assign(env_name, b.rt_call("Env", env_expr(lx), b.dict(keys, values)))
    saved = fn.env_var
    fn.env_var = env_name
    fn.block_envs.add(env_name)
    try:
        out = [setup]
        if pattern:
            from ajgi_tx.compiler.lower.patterns import destructure

            thrown = b.subscript(b.attr(b.name(env_name), "vars"), b.const(binding.name))
            with lx.capture() as pre:
                stmts = destructure(lx, h.param, thrown)
            out += pre + stmts
        return out + lx.stmt(h.body)
    finally:
        fn.env_var = saved


def lower_try(lx, node):
    b = lx.b
    body = lx.stmt(node.block)
    handlers = []
    if node.handler is not None:
        h = node.handler
        binding = lx.scopes.catch[id(h)]
        b.at(h)
        value = b.rt_call("catchval", b.name("_ajgi_e"))
        if binding_in_env(lx, binding):
            hbody = _catch_in_env(lx, h, binding, value)
        else:
            hbody = [b.assign(binding.py_name, value)]
            if h.param.type != "Identifier":  # catch ({message}) (lower/patterns.py)
                from ajgi_tx.compiler.lower.patterns import destructure

                with lx.capture() as pre:
                    hbody += destructure(lx, h.param, b.name(binding.py_name))
                hbody[1:1] = pre
            hbody += lx.stmt(h.body)
        if lx.completion_code():  # the catch block's own completion (UpdateEmpty)
            hbody.insert(0, b.assign("_ajgi_cv", b.rt("undef")))
        b.at(h)
        handlers.append(b.loc(ast.ExceptHandler(type=b.rt("Exception"), name="_ajgi_e", body=hbody)))
    final = lx.stmt(node.finalizer) if node.finalizer is not None else []
    b.at(node)
    if final and lx.completion_code():
        # a finally block that completes normally leaves the try/catch
        # completion value; an abrupt one (break) gives its own or undefined
        saved = lx.temp()
        final = [b.assign(saved, b.name("_ajgi_cv")), b.assign("_ajgi_cv", b.rt("undef"))] + final \
            + [b.assign("_ajgi_cv", b.name(saved))]
    if node.finalizer is not None and not final:
        final = [b.pass_()]
    return [b.loc(ast.Try(body=body or [b.pass_()], handlers=handlers, orelse=[], finalbody=final))]

