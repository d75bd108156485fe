"""Number kernels: a float-only copy of a small numeric function.

``fib(n - 1) + fib(n - 2)`` costs a JS call each (``this``, surplus
arguments) and a type test on every operand, because nothing says ``n`` or
the result is a number. A function declaration whose body can only compute
with numbers gets a second ``def`` taking exactly its parameters, compiled
with every parameter and local numeric and a call of itself numeric::

    function fib(n) { if (n < 2) return n; return fib(n - 1) + fib(n - 2); }

    def _ajgi_k_fib(n):                              # the kernel
        if _ajgi_flag[0]: _ajgi_preempt()
        if n < 2.0: return n
        return _ajgi_k_fib(n - 1.0) + _ajgi_k_fib(n - 2.0)
    _ajgi_kf_fib = fib                               # the function it copies

    fib(x)  ->  ((_ajgi_k_fib(t) if (_ajgi_type(t := x) is _ajgi_float) & (fib is _ajgi_kf_fib)
                  else _ajgi_kf_fib(_ajgi_undef, t))
                 if fib is _ajgi_kf_fib else fib(_ajgi_undef, x))

Why this is exact. The kernel's body may only read its own parameters and
locals, literals and operators on them, and call the function itself with
all its parameters (``eligible``): every value it sees is a primitive, so no
conversion, getter or other script code runs while it does, and the
function's binding cannot change under it. A call site enters the kernel
only when the binding holds the original function (tested where JS reads
the callee, before the arguments, and again after them: an argument may
rebind it) and every argument is a float, so inside
it every parameter is a float and every local a number or undefined, which
is what numeric.py's plain operators already assume. The kernel returns
what the function would; the last statement being a ``return`` rules out
the implicit undefined. Its checkpoint keeps budgets and fairness.
"""

import ast
import copy

from ajgi_tx.compiler.estree import FUNCTION_NODE_TYPES, iter_children
from ajgi_tx.compiler.numeric import is_numeric_expr
from runtime.values import KERNEL_PREFIX

_STATEMENTS = frozenset((
    "BlockStatement", "IfStatement", "ReturnStatement", "VariableDeclaration", "ExpressionStatement",
    "EmptyStatement", "ForStatement", "WhileStatement", "DoWhileStatement", "BreakStatement",
    "ContinueStatement"))
_EXPRESSIONS = frozenset((
    "Literal", "Identifier", "BinaryExpression", "UnaryExpression", "UpdateExpression",
    "AssignmentExpression", "ConditionalExpression", "LogicalExpression", "SequenceExpression",
    "CallExpression", "VariableDeclarator"))
_NO_OBJECTS_BINARY = frozenset(("in", "instanceof"))
_NO_OBJECTS_UNARY = frozenset(("delete",))
# argument nodes (Python AST) a call site may copy into both of its branches
_ARG_BUDGET = 40


def eligible(lx, node, binding):
    """The numeric Bindings of function declaration ``node`` (bound to
    ``binding``) for its kernel, or None when it cannot have one."""
    scopes = lx.scopes
    scope = scopes.scope_of(node)
    if node.type != "FunctionDeclaration" or getattr(node, "generator", False) or getattr(node, "async", False):
        return None
    if scope.dynamic or scope.uses_this or scope.uses_arguments or scope.uses_new_target \
            or not scope.simple_params or scope.function_decls:
        return None
    if binding is None or binding.slow_global or binding.lexical or binding.boxed \
            or lx.effects.is_async(node) or not node.params:
        return None
    names = [p.name for p in node.params]
    if len(set(names)) != len(names):
        return None
    body = node.body.body
    if not body or body[-1].type != "ReturnStatement":
        return None
    own = {scope.bindings[n] for n in scope.params} | {scope.bindings[n] for n in scope.var_names} \
        | {b for b in scope.bindings.values() if b.lexical} | set(scope.lexical_bindings)
    if any(b.kind not in ("param", "var", "let", "const") or b.captured or b.boxed for b in own):
        return None
    sites, returns, calls = [], [], []
    stack = list(body)
    while stack:
        n = stack.pop()
        t = n.type
        if t in FUNCTION_NODE_TYPES:
            return None
        if t.endswith("Statement") or t == "VariableDeclaration":
            if t not in _STATEMENTS or (t in ("BreakStatement", "ContinueStatement") and n.label is not None):
                return None
            if t == "ReturnStatement":
                if n.argument is None:
                    return None
                returns.append(n.argument)
        elif t not in _EXPRESSIONS:
            return None
        elif t == "Literal":
            if getattr(n, "regex", None) is not None:
                return None
        elif t == "Identifier":
            if scopes.binding(n) not in own:
                return None  # (the callee of a self-call is not visited)
            continue
        elif t == "BinaryExpression" and n.operator in _NO_OBJECTS_BINARY:
            return None
        elif t == "UnaryExpression" and n.operator in _NO_OBJECTS_UNARY:
            return None
        elif t == "AssignmentExpression":
            if n.left.type != "Identifier":
                return None
            sites.append((scopes.binding(n.left), n.operator, n.right))
        elif t == "UpdateExpression" and n.argument.type != "Identifier":
            return None
        elif t == "VariableDeclarator":
            if n.id.type != "Identifier":
                return None
            if n.init is not None:
                sites.append((scopes.binding(n.id), "=", n.init))
        elif t == "CallExpression":
            if n.callee.type != "Identifier" or scopes.binding(n.callee) is not binding \
                    or len(n.arguments) != len(names) or any(a.type == "SpreadElement" for a in n.arguments):
                return None
            calls.append(n)
            stack.extend(n.arguments)
            continue
        stack.extend(c for c in iter_children(n) if c is not None)
    numeric = set(own)
    changed = True
    while changed:
        changed = False
        for bd, op, value in sites:
            if bd in numeric and op in ("=", "+=") \
                    and not is_numeric_expr(value, scopes, numeric, binding):
                numeric.discard(bd)
                changed = True
    params = {scope.bindings[n] for n in scope.params}
    if not params <= numeric:
        return None
    if not all(is_numeric_expr(r, scopes, numeric, binding) for r in returns):
        return None
    if not all(is_numeric_expr(a, scopes, numeric, binding) for c in calls for a in c.arguments):
        return None
    return frozenset(numeric)


def register(lx, binding, py_name, nparams):
    """Names the kernel of function ``binding`` before any code calling it
    is lowered (its own body, functions declared beside it). Stack traces
    show a kernel's frames under the function's name (values.js_code_name)."""
    lx.kernels[binding] = (KERNEL_PREFIX + py_name, "_ajgi_kf_" + py_name, nparams)


def kernel_def(lx, node, binding, py_name, numeric, lower_body):
    """``def _ajgi_k_NAME(params)`` + ``_ajgi_kf_NAME = NAME``: the kernel
    of ``node`` and the function it copies (to compare the binding with).
    ``lower_body()`` lowers the body in a fresh FunctionContext, returning
    its statements."""
    b = lx.b
    kname, fname, _ = lx.kernels[binding]
    saved = lx.numeric, lx.kernel_self
    lx.numeric = frozenset(lx.numeric) | numeric
    lx.kernel_self = (binding, kname)
    try:
        body, decls = lower_body()
    finally:
        lx.numeric, lx.kernel_self = saved
    b.at(node)
    args = ast.arguments(posonlyargs=[], args=[b.arg(binding_py(lx, node, p)) for p in node.params],
                         vararg=None, kwonlyargs=[], kw_defaults=[], kwarg=None, defaults=[])
    kdef = b.loc(ast.FunctionDef(name=kname, args=args, body=decls + body, decorator_list=[], returns=None))
    return kdef, b.assign(fname, b.name(py_name))


def binding_py(lx, node, param):
    return lx.scopes.scope_of(node).bindings[param.name].py_name


def self_call(lx, node, binding):
    """Inside a kernel, a call of its own function: the kernel itself."""
    kself = getattr(lx, "kernel_self", None)
    if kself is None or kself[0] is not binding:
        return None
    from ajgi_tx.compiler.lower.expressions import mark_num

    args = [lx.expr(a) for a in node.arguments]
    lx.b.at(node)
    return mark_num(lx.b.call(lx.b.name(kself[1]), args))


def entry_call(lx, node, binding, func, args):
    """A call of a function with a kernel, from ordinary code: the kernel
    when the binding still holds the function and every argument is a
    float, else the generic call; None when the call cannot use it."""
    kernels = getattr(lx, "kernels", None)
    entry = kernels.get(binding) if kernels else None
    if entry is None or not isinstance(func, ast.Name) or len(args) != entry[2] \
            or len(node.arguments) != len(args) or any(isinstance(a, ast.Starred) for a in args) \
            or sum(1 for a in args for _ in ast.walk(a)) > _ARG_BUDGET:
        return None
    from ajgi_tx.compiler.lower.expressions import is_number

    b = lx.b
    kname, fname, _ = entry
    passed, tests = [], []
    for a in copy.deepcopy(args):
        if is_number(a):
            passed.append(a)  # a float constant: nothing to test or evaluate first
            continue
        # every other argument into a temporary, all of them evaluated in
        # order by the tests (& does not short-circuit)
        t = lx.temp()
        tests.append(b.type_is(b.walrus(t, a), "float"))
        passed.append(b.name(t))
    fast = b.call(b.name(kname), passed)
    if tests:
        # evaluating an argument may run code that rebinds the function:
        # the call still goes to the function read before (JS's order),
        # but only through the kernel while the binding holds it
        tests.append(b.is_(copy.deepcopy(func), b.name(fname)))
        test = tests[0]
        for more in tests[1:]:
            test = b.loc(ast.BinOp(left=test, op=ast.BitAnd(), right=more))
        fast = b.ifexp(test, fast, b.call(b.name(fname), [b.rt("undef")] + [copy.deepcopy(p) for p in passed]))
    # the callee is read first, as JS does, then the arguments in one branch
    generic = b.call(func, [b.rt("undef")] + args)
    return b.ifexp(b.is_(copy.deepcopy(func), b.name(fname)), fast, generic)
