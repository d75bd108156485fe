"""Functions: the script's top level, declarations and expressions.

A JS function becomes a Python ``def`` (``async def`` when EffectInfo says
it may block) taking ``this`` first, every parameter defaulting to
undefined, and ``*_ajgi_rest`` for surplus arguments::

    function f(a) { var t; return g(a); }

    def f(this, a=_ajgi_undef, *_ajgi_rest):
        if _ajgi_flag[0]: _ajgi_preempt()        # checkpoint (fairness, budget)
        t = _ajgi_undef                          # hoisted var
        return g(_ajgi_undef, a)
    f = _ajgi_fn(f, 'f', 1.0, _ajgi_realm)        # JS function protocol

Declarations are hoisted: their ``def`` runs at the top of the enclosing
body, before any statement (ES5.1 10.5). Expressions are lifted into a
``def`` just before the statement that contains them (creating a closure
has no side effect, so this keeps evaluation order).
"""

import ast

from ajgi_tx.compiler.lower.state import FunctionContext
from ajgi_tx.compiler.lower.lexical import capture_boxes, enter_function
from ajgi_tx.compiler.lower.literal_types import literal_locals
from ajgi_tx.compiler.lower.string_tables import string_tables
from ajgi_tx.compiler.lower.string_locals import string_locals
from ajgi_tx.compiler.names import RESERVED_PREFIX


def _checkpoint(lx):
    """``if _ajgi_flag[0]: _ajgi_preempt()`` (awaited in async functions)."""
    b = lx.b
    test = b.subscript(b.rt("flag"), b.const(0))
    if lx.fn.is_async:
        call = b.await_(b.rt_call("apreempt"))
    else:
        call = b.rt_call("preempt")
    return b.if_(test, [b.expr_stmt(call)])


def checkpoint(lx):
    return [_checkpoint(lx)] if lx.checkpoints else []


def _global_decls(lx, scope, extra=()):
    names = sorted(n for n in (set(scope.globals_assigned) | set(extra))
                   if not lx.scopes.program_scope.bindings[n].slow_global)
    return [lx.b.loc(ast.Global(names=names))] if names else []


def _nonlocal_decls(lx, scope):
    # (a boxed let is never rebound by closures: they write into its box)
    # (nor is a let/const of eval/with code: it lives in an Env)
    names = sorted({b.py_name for b in scope.nonlocals if not b.is_global and not b.boxed
                    and not (b.lexical and b.scope.dynamic and b.kind != "blockfn")})
    return [lx.b.loc(ast.Nonlocal(names=names))] if names else []


def inferred_names(program, spreads):
    """id(anonymous function or arrow) -> the name ES2015 gives it from
    where it stands (SetFunctionName): ``var f = () => 1``, ``f = function
    () {}``, ``{f: () => 1}``, a default ``[f = () => 1]`` / ``(f = () => 1)``.
    Also collects into ``spreads`` the spread elements that are call or
    ``new`` arguments (their error message differs from an array's)."""
    from ajgi_tx.compiler.estree import walk
    from ajgi_tx.compiler.lower.expressions import property_key

    out = {}

    def anonymous(n):
        return n is not None and (n.type == "ArrowFunctionExpression" or (
            n.type in ("FunctionExpression", "ClassExpression") and n.id is None))

    for node in walk(program):
        t = node.type
        if t == "VariableDeclarator":
            if node.id.type == "Identifier" and anonymous(node.init):
                out[id(node.init)] = node.id.name
        elif t == "AssignmentExpression":
            if node.operator == "=" and node.left.type == "Identifier" and anonymous(node.right):
                out[id(node.right)] = node.left.name
        elif t == "AssignmentPattern":
            if node.left.type == "Identifier" and anonymous(node.right):
                out[id(node.right)] = node.left.name
        elif t == "Property":
            if not node.computed and node.kind == "init" and anonymous(node.value):
                out[id(node.value)] = property_key(node.key)
        elif t in ("CallExpression", "NewExpression"):
            spreads.update(id(a) for a in node.arguments if a.type == "SpreadElement")
    return out


def lower_main(lx, program):
    """The module: ``def _ajgi_main(this)`` holding the top level."""
    lx.fn_names = inferred_names(program, lx.call_spreads)
    lx.kernels = {}  # function Binding -> its number kernel (lower/kernels.py)
    lx.kernel_self = None  # (Binding, kernel name) while a kernel's body is lowered
    scope = lx.scopes.program_scope
    is_async = lx.effects.is_async(program)
    lx.fn = FunctionContext(scope, program, is_async)
    env_mode = bool(lx.options.get("env"))
    if env_mode:
        lx.fn.env_var = "_ajgi_env0"
    b = lx.b
    b.at(program)
    body = []
    declared = [n for n in scope.var_names] + [fd.id.name for fd in scope.function_decls]
    declared_set = []
    for n in declared:
        if n not in declared_set:
            declared_set.append(n)
    if declared_set and env_mode:
        body.append(b.expr_stmt(b.rt_call("declare_eval_vars", b.name("_ajgi_env0"),
                                          b.tuple([b.const(n) for n in declared_set]))))
    elif declared_set:
        body.append(b.expr_stmt(b.rt_call("declare_globals", b.rt("G"),
                                          b.tuple([b.const(n) for n in declared_set]))))
    if lx.options.get("completion"):
        body.append(b.assign("_ajgi_cv", b.rt("undef")))
    body.extend(enter_function(lx, scope))
    body.extend(hoisted_functions(lx, scope))
    body.extend(lx.stmts(program.body))
    if lx.fn.uses_jump_var:
        body.insert(0, b.assign("_ajgi_jmp", b.const(0)))
    if env_mode:
        decls = []  # eval code in a function: its names live in the caller's Env
    else:
        globals_needed = set(scope.globals_assigned) | {fd.id.name for fd in scope.function_decls}
        decls = _global_decls(lx, scope, globals_needed)
    main_params = [lx.b.arg("this")] + ([lx.b.arg("_ajgi_env0")] if env_mode else [])
    main_args = ast.arguments(posonlyargs=[], args=main_params, vararg=None,
                              kwonlyargs=[], kw_defaults=[], kwarg=None,
                              defaults=[b.rt("undef_env")] if env_mode else [])
    cls = ast.AsyncFunctionDef if is_async else ast.FunctionDef
    result = b.name("_ajgi_cv") if lx.options.get("completion") else b.rt("undef")
    main = b.loc(cls(name=RESERVED_PREFIX + "main", args=main_args,
                     body=decls + body + [b.return_(result)], decorator_list=[], returns=None))
    return [main]


def hoisted_functions(lx, scope):
    """The ``def``s of a scope's function declarations, in source order
    (after its class bindings, uninitialised until their declarations run)."""
    out = []  # (class declarations are lexical: lower/lexical.py gives them their TDZ)
    seen = {}
    for fd in scope.function_decls:
        seen[fd.id.name] = fd  # a later declaration of the same name wins
    from ajgi_tx.compiler.lower import kernels
    from ajgi_tx.compiler.lower.dynamic import binding_in_env, store_in_env

    numeric = {}  # function declaration -> its kernel's numeric Bindings
    for fd in scope.function_decls:
        binding = scope.bindings[fd.id.name]
        if seen[fd.id.name] is fd and not binding_in_env(lx, binding):
            nums = kernels.eligible(lx, fd, binding)
            if nums is not None:
                numeric[fd] = nums
                kernels.register(lx, binding, binding.py_name, len(fd.params))
    for fd in scope.function_decls:
        if seen[fd.id.name] is not fd:
            continue
        binding = scope.bindings[fd.id.name]

        if binding_in_env(lx, binding):
            defs = function_def(lx, fd, binding.py_name, extras=_new_target_extras(lx, fd))
            b = lx.b
            if scope.parent is None:  # eval code: into the caller's variable environment
                defs.append(b.expr_stmt(b.rt_call("declare_eval_function", b.name("_ajgi_env0"),
                                                  b.const(fd.id.name), b.name(binding.py_name))))
            else:
                defs.append(store_in_env(lx, fd.id.name, b.name(binding.py_name)))
            out.extend(defs)
        else:
            out.extend(function_def(lx, fd, binding.py_name, binding.slow_global,
                                    _new_target_extras(lx, fd)))
            if fd in numeric:
                out.extend(kernels.kernel_def(lx, fd, binding, binding.py_name, numeric[fd],
                                              lambda fd=fd: _kernel_body(lx, fd)))
    return out


def _kernel_body(lx, node):
    """The statements and declarations of a number kernel's ``def``
    (lower/kernels.py): the checkpoint, its locals, its body."""
    b = lx.b
    scope = lx.scopes.scope_of(node)
    outer_fn, outer_pre = lx.fn, lx.pre
    lx.fn = FunctionContext(scope, node, False)
    lx.fn.outer = outer_fn
    lx.fn.depth = outer_fn.depth + 1
    lx.pre = []
    try:
        b.at(node)
        body = checkpoint(lx)
        local_vars = [scope.bindings[n].py_name for n in scope.var_names]
        if local_vars:
            targets = [b.name(n, store=True) for n in dict.fromkeys(local_vars)]
            body.append(b.loc(ast.Assign(targets=targets, value=b.rt("undef"))))
        body.extend(enter_function(lx, scope))
        body.extend(lx.stmts(node.body.body))
        if lx.fn.uses_jump_var:
            body.insert(0, b.assign("_ajgi_jmp", b.const(0)))
        body[0:0] = _param_flags(lx)
        return body, _global_decls(lx, scope) + _nonlocal_decls(lx, scope)
    finally:
        lx.fn, lx.pre = outer_fn, outer_pre


def _param_slots(lx, node, scope):
    """The Python parameters of a function's JS parameters: a simple
    parameter is its local; a pattern (or a default whose target is one)
    takes a temporary the prologue destructures; a rest element takes
    ``*_ajgi_rest``. Returns (names, rest element or None)."""
    names, seen, rest = [], {}, None
    for i, p in enumerate(node.params):
        if p.type == "Identifier":
            seen[p.name] = i
    for i, p in enumerate(node.params):
        if p.type == "RestElement":
            rest = p
            break
        target = p.left if p.type == "AssignmentPattern" else p
        if target.type == "Identifier":
            if seen.get(target.name, i) != i:  # duplicate parameter: only the last one is visible
                names.append(lx.names.fresh("dup"))
            else:
                names.append(scope.bindings[target.name].py_name)
        else:
            names.append("_ajgi_p%d" % i)
    return names, rest


def expected_length(node):
    """A function's ``length``: its parameters before the first default
    or rest parameter (ES2015 14.1.6 ExpectedArgumentCount)."""
    n = 0
    for p in node.params:
        if p.type in ("AssignmentPattern", "RestElement"):
            break
        n += 1
    return n


def _param_prologue(lx, node, scope, names, rest):
    """Defaults (left to right, at call time, seeing earlier parameters),
    parameter patterns and the rest array, stored straight into the
    function's Python locals."""
    from ajgi_tx.compiler.lower.patterns import destructure

    b = lx.b

    if scope.dynamic:
        store = None  # the parameters live in the function's Env (Target's store)
    else:
        def store(ident, value):
            return [b.assign(lx.scopes.binding(ident).py_name, value)]
        store.runs_no_code = True

    out = []
    later = {}  # parameter binding -> its position (13.3.3.7: later ones are in their TDZ)
    from ajgi_tx.compiler.estree import pattern_names

    for i, p in enumerate(node.params):
        for ident in pattern_names(p):
            later.setdefault(lx.scopes.binding(ident) or scope.bindings.get(ident.name), i)
    for i, (p, name) in enumerate(zip(node.params, names)):
        b.at(p)
        target = p
        if p.type == "AssignmentPattern":
            target = p.left
            saved = lx.leaves
            lx.leaves = dict(saved or {})
            lx.leaves.update(_tdz_reads(lx, p.right, later, i))
            try:
                with lx.capture() as pre:
                    d = lx.expr(p.right)
            finally:
                lx.leaves = saved
            b.at(p)
            then = pre + [b.assign(name, d)]
            if scope.dynamic and target.type == "Identifier":
                from ajgi_tx.compiler.lower.patterns import default_store

                then += default_store(lx, target, b.name(name))
            out.append(b.if_(b.is_(b.name(name), b.rt("undef")), then))
        if target.type != "Identifier":
            with lx.capture() as pre:
                stmts = destructure(lx, target, b.name(name), store)
            out.extend(pre + stmts)
    if rest is not None:
        b.at(rest)
        if lx.fn.use_args:  # the arguments after the named ones
            tail = b.subscript(b.name("_ajgi_args"), b.loc(ast.Slice(
                lower=b.const(len(names)), upper=None, step=None)))
        else:
            tail = b.name("_ajgi_rest")
        value = b.rt_call("array_of", tail)
        with lx.capture() as pre:
            stmts = destructure(lx, rest.argument, value, store)
        out.extend(pre + stmts)
    return out


def _check_params(lx, node, scope, arrow):
    """Early errors of parameter lists (14.1.2, 14.2.1): duplicates where
    the list is not simple (or in an arrow), a rest element that is not
    last or has an initializer, "use strict" in a function whose list is
    not simple."""
    from ajgi_tx.compiler.estree import pattern_names
    from ajgi_tx.compiler.lower.patterns import _check_rest

    for i, p in enumerate(node.params):
        if p.type == "RestElement":
            _check_rest(lx, p, i == len(node.params) - 1)
    if scope.simple_params and not arrow and not scope.strict:
        return
    seen = set()
    for p in node.params:
        for ident in pattern_names(p):
            if ident.name in seen:
                lx.syntax_error(ident, "Duplicate parameter name not allowed in this context")
            seen.add(ident.name)
    if not scope.simple_params and node.body.type == "BlockStatement":
        for stmt in node.body.body:
            if stmt.type != "ExpressionStatement" or stmt.directive is None:
                break
            if stmt.directive == "use strict":
                lx.syntax_error(stmt, "Illegal 'use strict' directive in function with "
                                      "non-simple parameter list")


def _tdz_reads(lx, default, later, index):
    """Reads, in the default of parameter ``index``, of a parameter at or
    after it (not yet initialized): each stands for a ReferenceError."""
    from ajgi_tx.compiler.estree import FUNCTION_NODE_TYPES, iter_children

    out = {}
    stack = [default]
    while stack:
        n = stack.pop()
        if n.type in FUNCTION_NODE_TYPES:
            continue  # called later, when every parameter is initialized
        if n.type == "Identifier":
            bd = lx.scopes.binding(n)
            if bd is not None and later.get(bd, -1) >= index:
                lx.b.at(n)
                out[id(n)] = lx.b.rt_call("param_tdz", lx.b.const(n.name))
            continue
        stack.extend(iter_children(n))
    return out


def _new_target_extras(lx, fd):
    if not lx.scopes.scope_of(fd).uses_new_target:
        return None
    from ajgi_tx.compiler.lower.classes import new_target_extras

    return new_target_extras(lx, fd)


def function_def(lx, node, py_name, slow_global=False, extras=None):
    """``def py_name(...)`` + the ``_ajgi_fn`` wrap, for function ``node``
    (a declaration, expression or arrow).

    ``extras`` (a lower/classes.py FunctionExtras, for methods, accessors,
    class constructors and functions reading ``new.target``) gives the
    function's JS name, keyword-only parameters with their definition-time
    defaults, statements run first, and the wrap call."""
    b = lx.b
    scope = lx.scopes.scope_of(node)
    is_async = lx.effects.is_async(node)
    arrow = node.type == "ArrowFunctionExpression"
    outer_fn, outer_pre = lx.fn, lx.pre
    lx.fn = FunctionContext(scope, node, is_async)
    lx.fn.outer = outer_fn
    lx.fn.depth = outer_fn.depth + 1
    lx.fn.parent_env = outer_fn.env_var
    lx.fn.env_var = outer_fn.env_var
    lx.fn.outer_with = outer_fn.with_depth > 0 or outer_fn.outer_with
    lx.fn.extras = extras
    lx.fn.known_types = {**literal_locals(lx, node, scope), **string_locals(lx, node, scope)}
    lx.fn.string_tables = string_tables(lx, node, scope)
    lx.pre = []
    try:
        b.at(node)
        if node.id is not None:
            js_name = node.id.name
        else:
            js_name = lx.fn_names.get(id(node), "")
        if extras is not None and extras.name is not None:
            js_name = extras.name
        params, rest = _param_slots(lx, node, scope)
        simple = scope.simple_params
        _check_params(lx, node, scope, arrow)
        body = []
        if not simple and scope.dynamic:
            # the Env starts from every parameter's local: a name bound by a
            # pattern or the rest element has none yet (the prologue, after
            # the Env exists, stores them there)
            own = set(params)
            for n in dict.fromkeys(scope.params):
                py = scope.bindings[n].py_name
                if py not in own:
                    body.append(b.assign(py, b.rt("undef")))
        body.extend(checkpoint(lx))
        if extras is not None:
            body.extend(extras.prologue(lx))
        if scope.uses_this and not scope.strict and not arrow:
            body.append(b.assign("this", b.rt_call("sloppy_this", b.name("this"))))
        use_args = scope.uses_arguments and scope.bindings.get("arguments") is not None \
            and scope.bindings["arguments"].kind == "arguments"
        lx.fn.use_args = use_args
        if use_args:
            # the parameters first: a dynamic function's Env starts from them
            body.extend(_unpack_arguments(lx, params))
        if scope.dynamic:
            from ajgi_tx.compiler.lower.dynamic import function_env_setup

            setup, env_name = function_env_setup(lx, scope, params, py_name)
            body.extend(setup)
            lx.fn.env_var = env_name
        if use_args:
            body.extend(_arguments_object(lx, scope, params, py_name))
        local_vars = []
        for n in scope.var_names:
            bnd = scope.bindings[n]
            if bnd.kind == "var":
                local_vars.append(bnd.py_name)
        for cb in scope.catch_bindings:
            if cb.captured:
                local_vars.append(cb.py_name)  # a closure may read it before the catch runs
        if not simple:
            body.extend(_param_prologue(lx, node, scope, params, rest))
        if local_vars:
            targets = [b.name(n, store=True) for n in dict.fromkeys(local_vars)]
            body.append(b.loc(ast.Assign(targets=targets, value=b.rt("undef"))))
        body.extend(enter_function(lx, scope))
        body.extend(hoisted_functions(lx, scope))
        if node.body.type != "BlockStatement":  # an arrow's expression body
            with lx.capture() as pre:
                value = lx.expr(node.body)
            b.at(node.body)
            body.extend(pre + [b.return_(value)])
        else:
            body.extend(lx.stmts(node.body.body))
        if lx.fn.uses_jump_var:
            body.insert(0, b.assign("_ajgi_jmp", b.const(0)))
        body[0:0] = _param_flags(lx)
        statements = node.body.body if node.body.type == "BlockStatement" else None
        if statements is not None:
            last = statements[-1] if statements else None
            if last is None or last.type not in ("ReturnStatement", "ThrowStatement"):
                b.at(node)
                body.append(b.return_(b.rt("undef")))
        decls = _global_decls(lx, scope) + _nonlocal_decls(lx, scope)
        if lx.fn.assigns_outer_this:  # super() in an arrow sets its constructor's `this`
            decls.append(b.loc(ast.Nonlocal(names=["this"])))
        b.at(node)
        this_arg = lx.b.arg("_ajgi_this" if arrow else "this")
        if use_args:
            args = ast.arguments(posonlyargs=[], args=[this_arg],
                                 vararg=lx.b.arg("_ajgi_args"), kwonlyargs=[], kw_defaults=[],
                                 kwarg=None, defaults=[])
        else:
            args = ast.arguments(posonlyargs=[], args=[this_arg] + [lx.b.arg(p) for p in params],
                                 vararg=lx.b.arg("_ajgi_rest"), kwonlyargs=[], kw_defaults=[],
                                 kwarg=None, defaults=[b.rt("undef") for _ in params])
        if outer_fn.env_var in outer_fn.block_envs:
            # A with or catch block's environment is a variable assigned
            # anew each time the block runs (in a loop: once per iteration);
            # a closure must keep the one it was created in, so it takes
            # it as a keyword-only default, evaluated at definition time.
            args.kwonlyargs.append(b.arg(outer_fn.env_var))
            args.kw_defaults.append(b.name(outer_fn.env_var))
        capture_boxes(lx, scope, outer_fn.scope, args)
        for kw, default in (extras.kwonly if extras is not None else ()):
            args.kwonlyargs.append(b.arg(kw))
            args.kw_defaults.append(default)
        cls = ast.AsyncFunctionDef if is_async else ast.FunctionDef
        fdef = b.loc(cls(name=py_name, args=args, body=decls + body, decorator_list=[], returns=None))
    finally:
        lx.fn, lx.pre = outer_fn, outer_pre
    b.at(node)
    start, end = node.range
    wrap_args = [b.name(py_name), b.const(js_name), b.const(float(expected_length(node))),
                 b.rt("realm"), b.const(start), b.const(end)]
    if scope.strict:
        wrap_args.append(b.const(True))
    if extras is not None:
        wrap = extras.wrap(lx, wrap_args)
    else:
        wrap = b.rt_call("arrow" if arrow else "fn", *wrap_args)
    if slow_global:
        return [fdef, b.expr_stmt(b.rt_call("gput", b.rt("G"), b.const(py_name), wrap))]
    return [fdef, b.assign(py_name, wrap)]


def _param_flags(lx):
    """``_ajgi_pf_n = _ajgi_type(n) is _ajgi_float`` for each unchanging
    parameter a loop of the function tests (expressions.float_test), and
    ``_ajgi_pb_n = _ajgi_lt_bound(n) if _ajgi_pf_n else None`` for one an
    int counter is compared with (lower/ints.py)."""
    b = lx.b
    b.at(lx.fn.node)
    flags = lx.fn.__dict__.get("param_flags", {})
    out = [b.assign(flag, b.type_is(b.name(p), "float")) for p, flag in sorted(flags.items())]
    for flag, bound in sorted(lx.fn.__dict__.get("param_bounds", {}).items()):
        param = next(p for p, f in flags.items() if f == flag)
        out.append(b.assign(bound, b.ifexp(b.name(flag), b.rt_call("lt_bound", b.name(param)), b.const(None))))
    return out


def _unpack_arguments(lx, params):
    """Unpacks ``*_ajgi_args`` into the parameters."""
    b = lx.b
    args_name = b.name("_ajgi_args")
    return [b.assign(p, b.ifexp(b.compare(b.rt_call("len", args_name), [ast.Gt()], [b.const(i)]),
                                b.subscript(args_name, b.const(i)), b.rt("undef")))
            for i, p in enumerate(params)]


def _arguments_object(lx, scope, params, py_name):
    """Builds ``arguments`` from ``*_ajgi_args`` (mapped to the parameters
    in sloppy mode, ES5.1 10.6)."""
    b = lx.b
    out = []
    args_name = b.name("_ajgi_args")
    arg_binding = scope.bindings["arguments"]
    if scope.dynamic:
        from ajgi_tx.compiler.lower.dynamic import store_in_env

        value = b.rt_call("arguments", args_name, b.name(py_name), b.rt("realm"))
        out.append(store_in_env(lx, "arguments", value))
        return out
    if scope.strict:
        value = b.rt_call("arguments", args_name, b.name(py_name), b.rt("realm"), b.const(None),
                          b.const(None), b.const(True))
    elif not params or not scope.simple_params:  # unmapped (ES2015 9.2.12 step 22)
        value = b.rt_call("arguments", args_name, b.name(py_name), b.rt("realm"))
    else:
        getters = []
        for p in params:
            getters.append(b.loc(ast.Lambda(args=_noargs(), body=b.name(p))))
        setters = []
        for i, p in enumerate(params):
            sname = "_ajgi_set%d" % i
            fn = b.loc(ast.FunctionDef(
                name=sname,
                args=ast.arguments(posonlyargs=[], args=[lx.b.arg("_ajgi_v")], vararg=None,
                                   kwonlyargs=[], kw_defaults=[], kwarg=None, defaults=[]),
                body=[b.loc(ast.Nonlocal(names=[p])), b.assign(p, b.name("_ajgi_v"))],
                decorator_list=[], returns=None))
            out.append(fn)
            setters.append(b.name(sname))
        value = b.rt_call("arguments", args_name, b.name(py_name), b.rt("realm"),
                          b.tuple(getters), b.tuple(setters))
    out.append(b.assign(arg_binding.py_name, value))
    return out


def _noargs():
    return ast.arguments(posonlyargs=[], args=[], vararg=None, kwonlyargs=[], kw_defaults=[],
                         kwarg=None, defaults=[])


def lower_function_expression(lx, node, extras=None):
    """Lifts the ``def`` before the current statement; the value is its
    name. Also arrow functions: a nested ``def`` whose ``this`` (and
    ``arguments``) are the enclosing function's, closed over."""
    scope = lx.scopes.scope_of(node)
    if scope.self_binding is not None:
        py_name = scope.self_binding.py_name
    else:
        lx.fn_count += 1
        py_name = "%sf%d" % (RESERVED_PREFIX, lx.fn_count)
    if extras is None and scope.uses_new_target:
        from ajgi_tx.compiler.lower.classes import new_target_extras

        extras = new_target_extras(lx, node)
    lx.pre.extend(function_def(lx, node, py_name, extras=extras))
    lx.b.at(node)
    return lx.b.name(py_name)

