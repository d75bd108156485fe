"""Lexical bindings (``let``, ``const``, ``class``, block functions): reads,
writes, block entry and per-iteration copies.

A lexical binding is a Python local of its function (compiler/scope.py
scopes it, names.py renames it apart from the function's other names).
Three refinements, each paid only where needed:

* **Temporal dead zone.** A reference scope.py could not prove to run
  after the declaration is checked against :data:`runtime.lexical.TDZ`,
  which the binding holds from its block's entry::

      { f(); let x = 1; function f() { return x } }

      x = _ajgi_tdz                      # block entry (some ref is checked)
      def f(this, ...): return (x if x is not _ajgi_tdz else _ajgi_tdz_error('x'))
      f(...)
      x = 1.0

* **Boxes.** A binding that closures capture and whose block runs more
  than once per call (a loop body; a ``for (let ...)`` head) is a
  one-element list, made anew at each block entry, and, for a loop head,
  copied into a new list at the start of each iteration, before the update
  (CreatePerIterationEnvironment, 13.7.4.9). Closures take the box as a
  keyword-only default, so each keeps the one current at its creation::

      for (let i = 0; i < 3; i++) fs.push(function () { return i; });

      i = [_ajgi_undef]; i[0] = 0.0; first = True
      while True:
          i = [i[0]]
          if first: first = False
          else: i[0] = i[0] + 1.0
          if not i[0] < 3.0: break
          def _ajgi_f1(this, *_ajgi_rest, i=i): return i[0]
          ...

* **Constants.** Assigning a ``const`` evaluates the value, then throws
  node's TypeError (a ReferenceError while it is uninitialised).

Code using ``eval`` or ``with`` keeps its variables in run-time Envs
(lower/dynamic.py). Its ``let``/``const`` do too: a function's own go into
the function's Env (the script's into a lexical Env of their own, which
eval code's ``var`` skips), a block's into a lexical Env made at each
entry (a copy per loop iteration), all holding the TDZ marker until
declared, consts listed in the Env (runtime/envs.py checks both). Block
functions there are also stored in the function's Env at block entry.
"""

import ast

from ajgi_tx.compiler.lower.dynamic import program_env_mode


def _checked(lx, node):
    return id(node) in lx.scopes.tdz_refs


def _raw(lx, binding):
    """The binding's current value, unchecked."""
    b = lx.b
    name = b.name(binding.py_name)
    return b.subscript(name, b.const(0)) if binding.boxed else name


def read(lx, node, binding):
    """The value of reference ``node`` to lexical ``binding``."""
    b = lx.b
    if not _checked(lx, node):
        value = _raw(lx, binding)
        if not binding.boxed and not binding.assigned_inner:
            value._ajgi_stable = True  # only this function's stores change it (_unchanged_by)
        return value
    error = b.rt_call("tdz_error", b.const(binding.name))
    if binding.boxed:
        t = lx.temp()
        return b.ifexp(b.is_not(b.walrus(t, _raw(lx, binding)), b.rt("tdz")), b.name(t), error)
    return b.ifexp(b.is_not(b.name(binding.py_name), b.rt("tdz")), b.name(binding.py_name), error)


def plain_local(lx, binding, node):
    """True when a write through ``node`` is a plain Python local store
    (the in-place ``+=`` of targets.py may then be used)."""
    return not (binding.boxed or binding.kind == "const" or _checked(lx, node))


def _checked_value(lx, node, binding, value):
    b = lx.b
    if binding.kind == "const":
        return b.rt_call("const_assign", _raw(lx, binding), b.const(binding.name), value)
    if _checked(lx, node):
        return b.rt_call("tdz_put", _raw(lx, binding), value, b.const(binding.name))
    return value


def store_expr(lx, node, binding, value):
    """An assignment (not the declaration) through reference ``node``, as
    an expression yielding the value."""
    b = lx.b
    value = _checked_value(lx, node, binding, value)
    if binding.boxed:
        return b.rt_call("box_put", b.name(binding.py_name), value)
    return b.walrus(binding.py_name, value)


def store_stmt(lx, node, binding, value):
    """An assignment through reference ``node``, as statements."""
    b = lx.b
    value = _checked_value(lx, node, binding, value)
    if binding.kind == "const":
        return [b.expr_stmt(value)]
    return init_stmt(lx, binding, value)


def _in_env(binding):
    return binding.scope.dynamic and binding.kind != "blockfn"


def _env_slot(lx, binding):
    """``<env>.vars['x']`` (a store target) of a binding kept in an Env."""
    b = lx.b
    env = b.name(lx.fn.lexical_envs[id(binding)])
    return b.loc(ast.Subscript(value=b.attr(env, "vars"), slice=b.const(binding.name),
                               ctx=ast.Store()))


def init_stmt(lx, binding, value):
    """The declaration's initialisation (``let x = v``, ``let x;``)."""
    b = lx.b
    if _in_env(binding):
        return [b.loc(ast.Assign(targets=[_env_slot(lx, binding)], value=value))]
    if binding.boxed:
        target = b.loc(ast.Subscript(value=b.name(binding.py_name), slice=b.const(0),
                                     ctx=ast.Store()))
        return [b.loc(ast.Assign(targets=[target], value=value))]
    return [b.assign(binding.py_name, value)]


def iteration_init(lx, binding, value):
    """A ``for (let k in/of ...)`` binding's value for one iteration: a
    box of its own when closures capture it."""
    b = lx.b
    if _in_env(binding):
        env = lx.fn.lexical_envs[id(binding)]
        return [b.assign(env, b.rt_call("Env", b.attr(b.name(env), "parent"),
                                        b.dict([b.const(binding.name)], [value]),
                                        b.attr(b.name(env), "consts"), b.const(True)))]
    if binding.boxed:
        return [b.assign(binding.py_name, b.list([value]))]
    return [b.assign(binding.py_name, value)]


def iteration_store(lx):
    """The store of a ``for (let/const <pattern> of/in ...)`` head: like
    :func:`iteration_init`, except that an Env-kept binding after the
    first of the pattern goes into the iteration's Env just made (a new
    Env per name would lose the names before it)."""
    made = set()

    def store(ident, value):
        binding = lx.scopes.binding(ident)
        if _in_env(binding):
            env = lx.fn.lexical_envs[id(binding)]
            if env in made:
                return init_stmt(lx, binding, value)
            made.add(env)
        return iteration_init(lx, binding, value)

    return store


def _env_contents(lx, bindings):
    """(names -> TDZ dict, tuple of the consts' names or None) of Env-kept bindings."""
    b = lx.b
    d = b.dict([b.const(x.name) for x in bindings], [b.rt("tdz") for _ in bindings])
    consts = sorted(x.name for x in bindings if x.kind == "const")
    return d, b.const(tuple(consts) if consts else None)


def _initial(lx, binding):
    """Block-entry statements of one lexical binding."""
    b = lx.b
    if binding.boxed:
        return [b.assign(binding.py_name, b.list([b.rt("tdz") if binding.tdz else b.rt("undef")]))]
    if binding.tdz:
        return [b.assign(binding.py_name, b.rt("tdz"))]
    return []


def enter(lx, frame):
    """Statements entering a block-like node whose frame is ``frame`` (None:
    nothing): fresh boxes, TDZ markers, then its function declarations."""
    if not frame:
        return []
    from ajgi_tx.compiler.lower.functions import function_def

    b = lx.b
    out = []
    functions = {}
    in_env = []
    for binding in frame.values():
        if binding.kind == "blockfn":
            functions[binding.name] = binding
            continue
        if _in_env(binding):
            in_env.append(binding)
            continue
        b.at(binding.decl_node)
        out.extend(_initial(lx, binding))
    if in_env:
        # a block Env of eval/with code, made at each entry; closures take
        # the one current at their creation (FunctionContext.block_envs)
        fn = lx.fn
        fn.lexical_count += 1
        name = "_ajgi_env%d_l%d" % (fn.depth, fn.lexical_count)
        b.at(in_env[0].decl_node)
        d, consts = _env_contents(lx, in_env)
        out.append(b.assign(name, b.rt_call("Env", _env_of_code(lx), d, consts, b.const(True))))
        for binding in in_env:
            fn.lexical_envs[id(binding)] = name
        fn.lexical_saved.append(fn.env_var)
        fn.env_var = name
        fn.block_envs.add(name)
    for binding in functions.values():
        fd = binding.decl_node
        b.at(fd)
        if binding.boxed:
            # a box per entry, in place before the def so that the
            # function's own references (kw defaults) take this entry's
            box = lx.temp()
            out.append(b.assign(box, b.list([b.rt("undef")])))
            out.append(b.assign(binding.py_name, b.name(box)))
            out.extend(function_def(lx, fd, binding.py_name))
            slot = b.loc(ast.Subscript(value=b.name(box), slice=b.const(0), ctx=ast.Store()))
            out.append(b.loc(ast.Assign(targets=[slot], value=b.name(binding.py_name))))
            out.append(b.assign(binding.py_name, b.name(box)))
        else:
            out.extend(function_def(lx, fd, binding.py_name))
        if binding.scope.dynamic:
            # eval/with code finds it through the Envs: stored at once
            out.extend(_store_function_var(lx, binding))
    return out


def leave(lx, frame):
    """After the code of a block-like node entered with :func:`enter`."""
    if frame and any(_in_env(x) for x in frame.values()):
        lx.fn.env_var = lx.fn.lexical_saved.pop()


def _env_of_code(lx):
    from ajgi_tx.compiler.lower.dynamic import env_expr

    return env_expr(lx)


def enter_function(lx, scope):
    """A function body's (or the script's) own lexical bindings: TDZ
    markers where some reference is checked; in eval/with code, their
    places in the function's Env (the script's: a lexical Env of its own)."""
    b = lx.b
    out = []
    in_env = []
    for binding in scope.bindings.values():
        if binding.lexical:
            if _in_env(binding):
                in_env.append(binding)
                continue
            b.at(binding.decl_node)
            out.extend(_initial(lx, binding))
    if not in_env:
        return out
    fn = lx.fn
    b.at(in_env[0].decl_node)
    d, consts = _env_contents(lx, in_env)
    if scope.parent is None:
        name = "_ajgi_env%d_l0" % fn.depth
        out.append(b.assign(name, b.rt_call("Env", _env_of_code(lx), d, consts, b.const(True))))
        fn.env_var = name
        if not lx.options.get("completion"):
            # a script's (not eval code's): published for the global code
            # of indirect eval and new Function (runtime/host.py)
            target = b.loc(ast.Attribute(value=b.rt("realm"), attr="global_lexicals", ctx=ast.Store()))
            out.append(b.loc(ast.Assign(targets=[target], value=b.name(name))))
    else:
        name = fn.env_var  # the function's Env (dynamic.function_env_setup)
        out.append(b.expr_stmt(b.call(b.attr(b.attr(b.name(name), "vars"), "update"), [d])))
        target = b.loc(ast.Attribute(value=b.name(name), attr="consts", ctx=ast.Store()))
        out.append(b.loc(ast.Assign(targets=[target], value=consts)))
    for binding in in_env:
        fn.lexical_envs[id(binding)] = name
    return out


def fresh_boxes(lx, frame):
    """``x = [x[0]]`` for each boxed loop-head binding: the next
    iteration's binding, a copy of this one's."""
    b = lx.b
    out = []
    envs = {lx.fn.lexical_envs[id(x)] for x in (frame or {}).values() if _in_env(x)}
    for env in envs:
        out.append(b.assign(env, b.call(b.attr(b.name(env), "next_iteration"), [])))
    for binding in (frame or {}).values():
        if _in_env(binding):
            continue
        if binding.boxed:
            b.at(binding.decl_node)
            out.append(b.assign(binding.py_name, b.list([_raw(lx, binding)])))
    return out


def block_function_copy(lx, node):
    """Annex B.3.3: a sloppy block function declaration, when evaluated,
    copies the block's function into the function-scoped variable."""
    binding = lx.scopes.blockfns.get(id(node))
    if binding is None or binding.annexb_var is None or binding.scope.dynamic:
        return []
    lx.b.at(node)
    return _store_function_var(lx, binding)


def _store_function_var(lx, binding):
    """Stores a block function into its function-scoped variable: the
    Annex B copy, or in eval/with code (whose references may go through
    the Envs) the function's Env under its name."""
    b = lx.b
    var = binding.annexb_var
    name = binding.name
    value = _raw(lx, binding)
    scope = binding.scope
    if scope.parent is None:
        if program_env_mode(lx):
            return [b.expr_stmt(b.rt_call("declare_eval_function", b.name("_ajgi_env0"),
                                          b.const(name), value))]
        if var is None or var.slow_global or scope.dynamic:
            return [b.expr_stmt(b.rt_call("gput", b.rt("G"), b.const(name), value))]
        return [b.assign(var.py_name, value)]
    if scope.dynamic:
        env = b.attr(b.name("_ajgi_env%d" % lx.fn.depth), "vars")
        target = b.loc(ast.Subscript(value=env, slice=b.const(name), ctx=ast.Store()))
        return [b.loc(ast.Assign(targets=[target], value=value))]
    if var is None:
        return []
    return [b.assign(var.py_name, value)]


def capture_boxes(lx, scope, outer_scope, args):
    """Closure ``scope`` created in ``outer_scope``: each boxed binding of
    the outer function it uses becomes a keyword-only parameter defaulting
    to the box current at the ``def`` (its own iteration's binding)."""
    b = lx.b
    names = sorted({bd.py_name for bd in scope.free_bindings if bd.boxed and bd.scope is outer_scope
                    and not outer_scope.dynamic})
    for n in names:
        args.kwonlyargs.append(b.arg(n))
        args.kw_defaults.append(b.name(n))
