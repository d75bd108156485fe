"""Pass 3c: counters kept as Python ints.

Input: the Program, its ScopeInfo and the counters (numeric.analyze_counters).
Output: the set of counter Bindings the lowering keeps as Python ints.

Python's ``%``, ``+``, comparisons and ``str`` of an int are several times
cheaper than the float ones, and an int indexes a list, where a float must
be hashed into a dict (``String.fromCharCode(97 + i % 26)``). A counter can
hold a Python int instead of the float when it can never hold anything
else, i.e. when it is:

- a function's own ``var`` (not global, no eval/with) that no nested
  function reads or writes (no code the analysis does not see);
- never undefined when read (so never NaN): its first reference is an
  ``= n`` store that starts a statement of a block (``var i = 0;``,
  ``for (var i = 0; ...)``, ``i = 0;``, ``for (i = 0, j = 0; ...)``), and
  every other reference is in that statement or a later one of the same
  block (the function's body, a loop's body...), which only run after it;
- small: stores are ``= n`` (n < 2**31), ``+= n`` (n <= 1024) and ``++``, so
  reaching 2**53, where an int and a float part ways, takes 2**43 stores;
- only read where the int form is used (:func:`_int_read`; ``i * 7`` of
  ``"id=" + i * 7`` too, a counter times a constant c, when c times the
  counter's largest step is 1024 at most, so that the product too takes
  2**43 stores to reach 2**53): a read
  anywhere else costs an ``i + 0.0``, more than the int saves
  (``t = t + i``, ``{id: i}``, ``Math.sqrt(i)`` keep a float counter);
  except, for the counter of a counting loop (``for (i = S; i < n; i++)``,
  a Python ``for`` over a range: lower/count_loops.py) that is also
  appended to a string, values of object literal properties (``i`` or
  ``i % c``) outside any loop nested in it: object_alloc's ``{id: i,
  score: i % 97, name: "item" + (i % 10)}`` costs ~990 instructions less
  per iteration (cachegrind) with ``i + 0.0`` and ``INT_STRINGS[i % 10]``
  than with a float ``i``.

The int never escapes as such: reading the variable yields ``i + 0.0``
unless the operator reading it is one that gives the same result on the
int (compiler/lower/ints.py), so everything else still sees a float.
"""

from ajgi_tx.compiler.estree import FUNCTION_NODE_TYPES, function_body_nodes, is_string_valued, iter_children

_MAX_SET = 2 ** 31  # stores below it (lower/ints.py int_form takes such constants)
_MAX_STEP = 1024
# i * c (lower/ints.py arith): c times the counter's largest step at most
# this, the growth per store of the product no faster than a counter's
_MAX_SCALED_STEP = _MAX_STEP


def _small_stores(node, scopes, candidates):
    """Drops from ``candidates`` the counters a store of ``node`` may make large."""
    t = node.type
    if t == "VariableDeclarator" and node.init is not None:
        b, ok = scopes.binding(node.id), _int_literal(node.init)
    elif t == "AssignmentExpression" and node.left.type == "Identifier":
        b = scopes.binding(node.left)
        ok = _int_literal(node.right) and (node.operator == "=" or node.right.value <= _MAX_STEP)
    else:
        return
    if not ok:
        candidates.discard(b)


def _own_nodes(stmt, parents):
    """Pre-order (source order) walk of a statement, not entering
    functions; records each node's parent in ``parents`` (by id)."""
    stack = [stmt]
    while stack:
        node = stack.pop()
        yield node
        if node.type not in FUNCTION_NODE_TYPES:
            children = list(iter_children(node))
            for c in children:
                parents[id(c)] = node
            stack.extend(reversed(children))


def _int_literal(node, positive=False):
    return node.type == "Literal" and isinstance(node.value, (int, float)) \
        and not isinstance(node.value, bool) and float(node.value).is_integer() \
        and (0 < node.value if positive else 0 <= node.value) and node.value < _MAX_SET


def _int_like(node, scopes, counters):
    """An expression the lowering gives an int form (lower/ints.py arith);
    ``counters``: counter Binding -> its factor limit (:func:`_factor_limits`)."""
    t = node.type
    if t == "Identifier":
        return scopes.binding(node) in counters
    if t == "BinaryExpression" and node.operator == "%":
        return _int_literal(node.right, positive=True) and _int_like(node.left, scopes, counters)
    if t == "BinaryExpression" and node.operator == "+":
        return _int_like(node.left, scopes, counters) and _int_like(node.right, scopes, counters)
    if t == "BinaryExpression" and node.operator == "*":
        return _scaled(node.left, node.right, scopes, counters) or _scaled(node.right, node.left, scopes, counters)
    return _int_literal(node)


def _scaled(counter, factor, scopes, counters):
    """``counter * factor`` is a counter read times a constant from 1 to
    ``counters[binding]`` (:func:`_factor_limits`): a product that grows
    by at most :data:`_MAX_SCALED_STEP` per store, so that reaching 2**53
    takes as many stores as it takes the counter."""
    limit = counters.get(scopes.binding(counter)) if counter.type == "Identifier" else None
    return limit is not None and _int_literal(factor, positive=True) and factor.value <= limit


def _factor_limits(fns, scopes, counters):
    """Counter Binding -> the largest constant it may be multiplied by as
    an int: :data:`_MAX_SCALED_STEP` over its largest step (``+= n``: n;
    ``++``: 1), counted in ``fns``; a counter of another function is
    taken to step by :data:`_MAX_STEP`."""
    steps = {}
    for fn in fns:
        for stmt in function_body_nodes(fn.node):
            for node in _own_nodes(stmt, {}):
                if node.type == "AssignmentExpression" and node.operator == "+=" \
                        and node.left.type == "Identifier" and _int_literal(node.right):
                    b = scopes.binding(node.left)
                    steps[b] = max(steps.get(b, 1), int(node.right.value))
    return {b: _MAX_SCALED_STEP // (steps.get(b, 1) if b.scope in fns else _MAX_STEP) for b in counters}


def _int_read(node, parents, scopes, counters, numeric):
    """True when read ``node`` (of a counter, or int arithmetic on one) is
    consumed by an operator that takes its int form: a comparison, ``%`` by
    a positive constant, ``*`` of the counter itself by one up to its
    factor limit (:func:`_factor_limits`) or
    ``+`` of another int feeding such an operator,
    a string concatenation or template substitution, ``String.fromCharCode``,
    an index read ``a[i]``."""
    p = parents.get(id(node))
    if p is None:
        return False
    t = p.type
    if t == "BinaryExpression":
        other = p.right if p.left is node else p.left
        op = p.operator
        if op in ("<", "<=", ">", ">="):
            return True
        if op in ("===", "!==", "==", "!="):
            return _int_like(other, scopes, counters)
        if op == "%" and p.left is node:
            return _int_literal(p.right, positive=True) and _int_read(p, parents, scopes, counters, numeric)
        if op == "*":
            return _scaled(node, other, scopes, counters) and _int_read(p, parents, scopes, counters, numeric)
        if op == "+":
            if _string_valued(other):
                return True
            return _int_like(other, scopes, counters) and _int_read(p, parents, scopes, counters, numeric)
        return False
    if t == "TemplateLiteral":
        return _substituted(p, parents)
    if t == "AssignmentExpression":
        # `s += i` appends its digits to a string; a number-only target adds a float
        return p.operator == "+=" and p.right is node and p.left.type == "Identifier" \
            and scopes.binding(p.left) not in numeric
    if t == "MemberExpression":
        return p.computed and p.property is node and _value_read(p, parents)
    if t == "CallExpression":
        callee = p.callee
        return len(p.arguments) == 1 and callee.type == "MemberExpression" and not callee.computed \
            and callee.object.type == "Identifier" and callee.object.name == "String" \
            and callee.property.name == "fromCharCode"
    return False


def _string_valued(node):
    """``node`` always gives a string: a string or template literal, or a
    ``+`` one of whose operands always gives a string (``"id=" + x + " in "``,
    the chain a concatenation builds)."""
    while node.type == "BinaryExpression" and node.operator == "+":
        if is_string_valued(node.right):
            return True
        node = node.left
    return is_string_valued(node)


def _value_read(member, parents):
    """``member`` (``a[i]``) is read for its value (members.inline_get_index),
    not stored to, deleted or called (those take the key's float form)."""
    p = parents.get(id(member))
    if p is None:
        return False
    t = p.type
    if t in ("CallExpression", "NewExpression"):
        return p.callee is not member
    if t in ("AssignmentExpression", "ForInStatement", "ForOfStatement"):
        return p.left is not member
    return not (t == "UpdateExpression" or (t == "UnaryExpression" and p.operator == "delete"))


def _stores_first(stmt, ident):
    """True when ``ident`` is the target of an ``=`` or initialiser at the
    top of body statement ``stmt``, which runs whenever the statement starts
    (the ident being the first reference to its binding in the statement)."""
    top = stmt.init if stmt.type == "ForStatement" else \
        stmt.expression if stmt.type == "ExpressionStatement" else stmt
    if top is None:
        return False
    if top.type == "VariableDeclaration":
        return any(d.id is ident and d.init is not None for d in top.declarations)
    exprs = top.expressions if top.type == "SequenceExpression" else [top]
    return any(e.type == "AssignmentExpression" and e.operator == "=" and e.left is ident for e in exprs)


def analyze_int_counters(program, scopes, counters, numeric):
    """The counters kept as Python ints (see the module docstring)."""
    candidates = {b for b in counters if b.kind == "var" and not b.captured and not b.is_global
                  and not b.scope.dynamic and b.scope.simple_params
                  and b.scope.node.type in FUNCTION_NODE_TYPES}
    if not candidates:
        return frozenset()
    ends = {}  # Binding -> end offset of the block its first store starts a statement of
    parents = {}
    to_strings = set()  # read as a string's digits (cheaper from an int)
    float_stores = set()  # stored as a float into an object literal
    ranged = {}  # Binding -> ids of the counting loops it counts (lower/count_loops.py)
    fns = {b.scope for b in candidates}
    factors = _factor_limits(fns, scopes, counters)
    for fn in fns:
        for stmt in function_body_nodes(fn.node):
            for node in _own_nodes(stmt, parents):
                _small_stores(node, scopes, candidates)
                if node.type == "ForStatement" and _counting_loop(node):
                    ranged.setdefault(scopes.binding(node.test.left), set()).add(id(node))
                if node.type != "Identifier":
                    continue
                b = scopes.binding(node)
                if b not in candidates or _declares_only(node, parents):
                    continue
                if b not in ends:
                    block = _first_store_block(node, parents, fn.node.body)
                    ends[b] = block.range[1] if block is not None else -1
                if node.range[1] > ends[b]:
                    candidates.discard(b)
                elif _int_read(node, parents, scopes, factors, numeric):
                    if _to_string(node, parents):
                        to_strings.add(b)
                elif _stored(node, parents):
                    pass
                elif b in ranged and _stored_in_literal(node, parents) \
                        and not _inner_loop(node, parents, ranged[b]):
                    float_stores.add(b)
                else:
                    candidates.discard(b)
    return frozenset(b for b in candidates if b in ends and (b not in float_stores or b in to_strings))


def _to_string(node, parents):
    """Int read ``node`` (or ``node % c``) is appended to a string."""
    p = parents.get(id(node))
    while p is not None and p.type == "BinaryExpression" and p.operator in ("%", "*"):
        node, p = p, parents.get(id(p))
    if p is None:
        return False
    if p.type == "BinaryExpression" and p.operator == "+":
        return _string_valued(p.right if p.left is node else p.left)
    if p.type == "TemplateLiteral":
        return _substituted(p, parents)
    return p.type == "AssignmentExpression" and p.operator == "+="


def _substituted(template, parents):
    """``template``'s substitutions are converted to strings: it is not a
    tagged template's, whose tag gets the values themselves."""
    tag = parents.get(id(template))
    return tag is None or tag.type != "TaggedTemplateExpression"


def _stored_in_literal(node, parents):
    """``node`` (or ``node % c``) is a property's value in an object literal."""
    p = parents.get(id(node))
    while p is not None and p.type == "BinaryExpression" and p.operator == "%" and p.left is node \
            and _int_literal(p.right, positive=True):
        node, p = p, parents.get(id(p))
    g = parents.get(id(p)) if p is not None else None
    return p is not None and p.type == "Property" and p.value is node and not p.computed \
        and g is not None and g.type == "ObjectExpression"


_LOOPS = ("ForStatement", "WhileStatement", "DoWhileStatement", "ForInStatement", "ForOfStatement")


def _inner_loop(node, parents, loops):
    """A loop statement other than one of ``loops`` (ids) encloses ``node``
    inside the nearest of ``loops`` (or the function)."""
    p = parents.get(id(node))
    while p is not None and id(p) not in loops:
        if p.type in _LOOPS:
            return True
        p = parents.get(id(p))
    return False


def _counting_loop(node):
    """``for (... i = S; i < n; i++)``, n a name or a number: as a Python
    int, its counter steps through a range (lower/count_loops.py: ~170
    instructions less per iteration than the int ``while``)."""
    test, update = node.test, node.update
    return test is not None and test.type == "BinaryExpression" and test.operator == "<" \
        and test.left.type == "Identifier" and test.right.type in ("Identifier", "Literal") \
        and update is not None and update.type == "UpdateExpression" and update.operator == "++" \
        and update.argument.type == "Identifier" and update.argument.name == test.left.name


_BODIES = {"ForStatement": ("body",), "WhileStatement": ("body",), "DoWhileStatement": ("body",),
           "ForInStatement": ("body",), "ForOfStatement": ("body",), "LabeledStatement": ("body",),
           "IfStatement": ("consequent", "alternate")}


def _first_store_block(ident, parents, body):
    """The block (a BlockStatement, the function's body included, or the
    one statement a loop, ``if`` or label has as its body) one of whose
    statements ``ident``, the first reference to its binding, is the first
    store of (:func:`_stores_first`); None when it is not."""
    node = ident
    while True:
        parent = parents.get(id(node))
        if parent is None:  # a statement of the function's body
            return body if _stores_first(node, ident) else None
        if parent.type == "BlockStatement":
            return parent if _stores_first(node, ident) else None
        if any(getattr(parent, f) is node for f in _BODIES.get(parent.type, ())):
            return node if _stores_first(node, ident) else None
        node = parent


def _stored(ident, parents):
    """``ident`` is the target of a store (``= n``, ``+= n``, ``++``)."""
    p = parents.get(id(ident))
    return p is not None and (p.type == "UpdateExpression" or (
        p.type == "AssignmentExpression" and p.left is ident) or (
        p.type == "VariableDeclarator" and p.id is ident))


def _declares_only(ident, parents):
    """``var i;`` (no initialiser): a declaration, neither a read nor a store."""
    p = parents.get(id(ident))
    return p is not None and p.type == "VariableDeclarator" and p.id is ident and p.init is None
