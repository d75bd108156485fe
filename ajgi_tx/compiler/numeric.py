"""Pass 3b: local variables that only ever hold numbers.

Input: the Program and its ScopeInfo. Output: the set of numeric Bindings.

A function-local ``var`` is *numeric* when every assignment to it (in the
function and in closures) stores a number: numeric literals, arithmetic
other than ``+``, ``++``/``--``, ``+`` of two numerics, another numeric
variable, a conditional of two numerics. Before its first assignment such
a variable is ``undefined``, whose Python class answers arithmetic with
NaN and comparisons with False (runtime/values.py), exactly as JS would,
so the lowering can use plain float operators on it without type checks::

    for (var i = 0; i < n; i++) s = (s + i * i) % 7;

    i * i          ->  i * i                  (no _ajgi_type checks)
    s + i * i      ->  s + i * i

``let``/``const`` bindings (top-level ones too: they are locals of the
script's main function) follow the same rule. Parameters, globals, catch
variables, for-in variables and variables of dynamic (eval/with)
functions are never numeric: code we cannot see may
store anything there.
"""

from ajgi_tx.compiler.estree import pattern_names, walk

NUMERIC_BINARY = frozenset(("-", "*", "/", "%", "&", "|", "^", "<<", ">>", ">>>"))


def local_bindings(scopes):
    """Function-local var, let and const Bindings (top-level let/const too),
    outside eval/with code: no code the compiler cannot see stores to them
    (regexp_matches.py starts from them as well)."""
    out = set()
    stack = [scopes.program_scope]
    while stack:
        s = stack.pop()
        stack.extend(s.children)
        if s.dynamic:
            continue
        for b in list(s.bindings.values()) + s.lexical_bindings:
            # `let`/`const` are locals even at the top level; a TDZ marker
            # is never read unchecked, a box holds what the binding would
            if b.kind in ("let", "const") or (b.kind == "var" and s.parent is not None):
                out.add(b)
    return out


def is_numeric_expr(node, scopes, numeric, kernel=None):
    """True when JS expression ``node`` always yields a number, given the
    current set of numeric bindings (and, inside a number kernel, that a
    call of the kernel's own binding ``kernel`` yields one)."""
    t = node.type
    if t == "CallExpression":
        return kernel is not None and node.callee.type == "Identifier" and \
            scopes.binding(node.callee) is kernel
    if t == "Literal":
        return isinstance(node.value, (int, float)) and not isinstance(node.value, bool) \
            and node.regex is None
    if t == "BinaryExpression":
        if node.operator in NUMERIC_BINARY:
            return True
        if node.operator == "+":
            return is_numeric_expr(node.left, scopes, numeric, kernel) and \
                is_numeric_expr(node.right, scopes, numeric, kernel)
        return False
    if t == "UnaryExpression":
        return node.operator in ("-", "+", "~")
    if t == "UpdateExpression":
        return True
    if t == "Identifier":
        return scopes.binding(node) in numeric
    if t == "AssignmentExpression":
        op = node.operator
        if op == "=":
            return is_numeric_expr(node.right, scopes, numeric, kernel)
        if op == "+=":
            return node.left.type == "Identifier" and scopes.binding(node.left) in numeric and \
                is_numeric_expr(node.right, scopes, numeric, kernel)
        return True
    if t == "ConditionalExpression":
        return is_numeric_expr(node.consequent, scopes, numeric, kernel) and \
            is_numeric_expr(node.alternate, scopes, numeric, kernel)
    if t == "SequenceExpression":
        return is_numeric_expr(node.expressions[-1], scopes, numeric, kernel)
    return False


def analyze_numeric(program, scopes):
    """The set of numeric Bindings (see the module docstring)."""
    numeric = local_bindings(scopes)
    if not numeric:
        return frozenset()
    # every assignment site: (binding, kind, value node)
    sites = []
    for node in walk(program):
        t = node.type
        if t == "VariableDeclarator" and node.init is not None:
            sites.append((scopes.binding(node.id), "=", node.init))
        elif t == "AssignmentExpression" and node.left.type == "Identifier":
            sites.append((scopes.binding(node.left), node.operator, node.right))
        elif t in ("ForInStatement", "ForOfStatement"):
            left = node.left
            ident = left.declarations[0].id if left.type == "VariableDeclaration" else left
            if ident.type == "Identifier":
                sites.append((scopes.binding(ident), "for-in", None))
        elif t in ("ArrayPattern", "ObjectPattern"):
            # destructuring stores values of any type
            sites.extend((scopes.binding(i), "for-in", None) for i in pattern_names(node))
    changed = True
    while changed:
        changed = False
        for b, op, value in sites:
            if b not in numeric:
                continue
            if op == "for-in":
                ok = False
            elif op == "=" or op == "+=":
                ok = is_numeric_expr(value, scopes, numeric)
            else:
                ok = True  # -= *= /= %= <<= >>= >>>= &= |= ^= always store numbers
            if not ok:
                numeric.discard(b)
                changed = True
    return frozenset(numeric)


def _index_literal(node):
    """A numeric literal that is a non-negative integer (``0``, ``1``, ``1e3``)."""
    return node.type == "Literal" and isinstance(node.value, (int, float)) \
        and not isinstance(node.value, bool) and node.regex is None \
        and node.value >= 0 and float(node.value).is_integer()


def analyze_counters(program, scopes, numeric):
    """The numeric Bindings that are *counters*: every store to them (in the
    function and in closures) is ``= n``, ``+= n`` or ``++`` with ``n`` a
    non-negative integer literal, as in ``for (var i = 0; i < a.length; i++)``.
    Such a variable only ever holds undefined (before its first store), NaN
    (``++`` of undefined), a non-negative integral float or +Infinity, so an
    index read ``a[i]`` needs no sign or integrality test: ``i < len(elems)``
    is False for all but the valid indices (compiler/lower/members.py)."""
    counters = set(numeric)
    if not counters:
        return frozenset()
    for node in walk(program):
        t = node.type
        if t == "VariableDeclarator" and node.init is not None:
            b, ok = scopes.binding(node.id), _index_literal(node.init)
        elif t == "AssignmentExpression" and node.left.type == "Identifier":
            b, ok = scopes.binding(node.left), node.operator in ("=", "+=") and _index_literal(node.right)
        elif t == "UpdateExpression" and node.argument.type == "Identifier":
            b, ok = scopes.binding(node.argument), node.operator == "++"
        else:
            continue
        if not ok:
            counters.discard(b)
    return frozenset(counters)
