"""Code whose names are only known at run time: direct ``eval`` and ``with``.

A *dynamic* function (it contains a direct eval or a ``with``, or encloses
one; see scope.py) keeps its variables in a run-time ``Env``
(runtime/envs.py) held in the local ``_ajgi_env<depth>``, created on entry
from the parameters and hoisted declarations::

    function f(a) { eval(s); return a; }

    def f(this, a=_ajgi_undef, *_ajgi_rest):
        _ajgi_env1 = _ajgi_Env(None, {'a': a})
        _ajgi_deval(_ajgi_env1, this, False, _ajgi_dget(_ajgi_env1, 's'))
        return _ajgi_dget(_ajgi_env1, 'a')

A reference is resolved at run time when its binding lives in such an Env,
when a dynamic function lies between the reference and its binding (eval
could declare a shadowing variable there), or when it is inside a ``with``
body. ``with (o) body`` pushes ``_ajgi_ObjectEnv(o, env)`` into a fresh
local for the body, so closures created inside it see the object too.

Eval code compiled for a function context (``options["env"]``) treats its
own top level the same way: its declarations go into the caller's Env.
"""

import ast

from ajgi_tx.compiler.lower.expressions import call_args


def program_env_mode(lx):
    return bool(lx.options.get("env"))


def is_dynamic_ref(lx, binding):
    """True when a reference to ``binding`` from the current code must be
    resolved through the run-time environment chain."""
    fn = lx.fn
    if binding.kind == "catch" and (binding.scope.dynamic or binding.per_entry):
        return True  # the parameter lives in the catch's Env (binding_in_env)
    if fn.with_depth > 0:
        return True
    if binding.kind in ("catch", "self"):
        return False
    if fn.outer_with and binding.scope is not fn.scope:
        return True
    target = binding.scope
    if binding_in_env(lx, binding):
        return True
    s = fn.scope
    while s is not None and s is not target:
        if s.dynamic:
            return True
        s = s.parent
    return False


def binding_in_env(lx, binding):
    """True when ``binding`` is stored in an Env rather than a Python name."""
    scope = binding.scope
    if binding.kind == "catch":
        # In a function with `with` or eval the catch parameter is an Env of
        # its own, so that a `with` inside or around the catch block sees
        # it in the right place of the chain (lower_try, 12.14); so is a
        # parameter that closures capture (Binding.per_entry).
        return scope.dynamic or binding.per_entry
    if binding.kind == "self":
        return False
    if binding.lexical:  # a let/const of eval/with code: an Env (lower/lexical.py)
        return scope.dynamic and binding.kind != "blockfn"
    if scope.parent is None:
        return program_env_mode(lx)
    return scope.dynamic


def env_expr(lx):
    """The innermost environment in scope (None at global level)."""
    if lx.fn.env_var is None:
        return lx.b.rt("undef_env")
    return lx.b.name(lx.fn.env_var)


def dyn_get(lx, name):
    return lx.b.rt_call("dget", env_expr(lx), lx.b.const(name))


def dyn_call(lx, node, name, args):
    """``name(args)`` with ``this`` from the environment record (with objects)."""
    b = lx.b
    t = lx.temp()
    ref = b.walrus(t, b.rt_call("dref", env_expr(lx), b.const(name)))
    func = b.subscript(ref, b.const(0))
    return b.call(func, [b.subscript(b.name(t), b.const(1))] + args)


def lower_direct_eval(lx, node):
    b = lx.b
    args = call_args(lx, node)
    b.at(node)
    return b.rt_call("deval", env_expr(lx), b.name("this"), b.const(lx.fn.strict), *args)


def function_env_setup(lx, scope, params, py_name):
    """Entry statements of a dynamic function: its Env from params and
    hoisted vars; returns (statements, env var name)."""
    b = lx.b
    depth = lx.fn.depth
    env_name = "_ajgi_env%d" % depth
    keys, values = [], []
    for p in scope.params:
        bnd = scope.bindings[p]
        keys.append(b.const(p))
        values.append(b.name(bnd.py_name))
    for n in scope.var_names:
        if n not in scope.params:
            keys.append(b.const(n))
            values.append(b.rt("undef"))
    parent = env_expr(lx) if lx.fn.parent_env is None else b.name(lx.fn.parent_env)
    if lx.fn.parent_env is None:
        parent = b.rt("undef_env")
    stmt = b.assign(env_name, b.rt_call("Env", parent, b.dict(keys, values)))
    return [stmt], env_name


def store_in_env(lx, name, value):
    """``env.vars[name] = value`` for hoisted function declarations."""
    b = lx.b
    target = b.loc(ast.Subscript(value=b.attr(b.name(lx.fn.env_var), "vars"), slice=b.const(name),
                                 ctx=ast.Store()))
    return b.loc(ast.Assign(targets=[target], value=value))


def lower_with(lx, node):
    """``with (obj) body``: the body resolves names through ObjectEnv(obj)."""
    b = lx.b
    if lx.fn.strict:
        lx.syntax_error(node, "Strict mode code may not include a with statement")
    obj = lx.expr(node.object)
    b.at(node)
    lx.fn.with_count += 1
    env_name = "_ajgi_env%d_w%d" % (lx.fn.depth, lx.fn.with_count)
    setup = b.assign(env_name, b.rt_call("ObjectEnv", b.rt_call("with_object", obj), env_expr(lx)))
    saved = lx.fn.env_var
    lx.fn.env_var = env_name
    lx.fn.block_envs.add(env_name)
    lx.fn.with_depth += 1
    try:
        body = lx.stmt(node.body)
    finally:
        lx.fn.env_var = saved
        lx.fn.with_depth -= 1
    return [setup] + body
