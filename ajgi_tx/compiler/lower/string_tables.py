"""Locals that are fixed tables of strings.

In ::

    function makeText(n) {
        var levels = ["INFO", "WARN", "ERROR", "DEBUG"];
        for (...) { s = ... + levels[i % 4] + ...; }
    }

nothing but the declarator can change ``levels`` or its elements: it is
only ever read by index (or its ``length``), never passed anywhere, never
the ``this`` of a call, never a write's target. Its element ``k`` below
the literal's length is then always the literal's string ``k``, so an
index read (a counter-based index, ``expressions.is_index``) is the
constant tuple's element::

    levels[i % 4]  ->  (('INFO', 'WARN', 'ERROR', 'DEBUG')[_ajgi_trunc(t)]
                        if (t := i % 4.0) < 4.0 else _ajgi_getm(levels, t))

with no ``elems``/hole test; past the length (or undefined, NaN) the
ordinary read runs, an inherited ``Array.prototype[7]`` included. The
read is marked so that a string concatenation takes the tuple's element
as it is and converts only what the fallback returns
(``strings.string_piece``).

A local qualifies under lower/literal_types.py's conditions (one
declarator at the top of the function body, every reference after it,
not captured, no ``eval``/``with``, not a parameter) when its literal has
only string literals (no holes, no spread), and each reference is the
object of a member read ``x[k]`` or ``x.length`` that is neither a
write's target (assignment, update, ``delete``, a destructuring pattern,
a for-in/of head) nor a callee (``x[k]()`` would pass ``x`` as ``this``).
"""

from ajgi_tx.compiler.estree import FUNCTION_NODE_TYPES, PATTERN_TYPES, iter_children
from ajgi_tx.compiler.lower.literal_types import typed_locals
from runtime.values import js_string

_MAX_ELEMENTS = 256  # the tuple is a constant of every read site


def _strings_of(init):
    """The strings of array literal ``init`` when it holds only string literals."""
    if init.type != "ArrayExpression" or not 0 < len(init.elements) <= _MAX_ELEMENTS:
        return None
    if not all(e is not None and e.type == "Literal" and isinstance(e.value, str) for e in init.elements):
        return None
    return tuple(js_string(e.value) for e in init.elements)


def string_tables(lx, node, scope):
    """``{python name: tuple of str}`` for the locals of function ``node``
    (its FunctionScope ``scope``) that qualify (see the module docstring)."""
    tables = {}
    declarators = {}
    for stmt in node.body.body if node.body is not None and node.body.type == "BlockStatement" else ():
        if stmt.type == "VariableDeclaration":
            for d in stmt.declarations:
                if d.id.type == "Identifier" and d.init is not None:
                    declarators[d.id.name] = d
    candidates = typed_locals(lx, node, scope, lambda init: "table" if _strings_of(init) is not None else None)
    if not candidates:
        return tables
    by_name = {b.py_name: b for b in scope.bindings.values() if b.py_name in candidates}
    for ref, parent, grand in _references(node):
        binding = lx.scopes.binding(ref)
        if binding is None or binding.py_name not in by_name or by_name[binding.py_name] is not binding:
            continue
        d = declarators.get(binding.name)
        if d is not None and ref is d.id:
            continue
        if not _is_plain_read(ref, parent, grand):
            del by_name[binding.py_name]
    for py_name, binding in by_name.items():
        tables[py_name] = _strings_of(declarators[binding.name].init)
    return tables


def _is_plain_read(ref, parent, grand):
    """True when Identifier ``ref`` is the object of a member read
    ``ref[k]`` / ``ref.length`` whose value is only read."""
    if parent.type != "MemberExpression" or parent.object is not ref:
        return False
    if not parent.computed and parent.property.name != "length":
        return False
    t = grand.type
    if t in ("AssignmentExpression", "ForInStatement", "ForOfStatement"):
        return grand.left is not parent
    if t in ("CallExpression", "NewExpression"):
        return grand.callee is not parent
    if t == "TaggedTemplateExpression":
        return grand.tag is not parent
    if t == "UnaryExpression":
        return grand.operator != "delete"
    return t not in ("UpdateExpression", "Property") and t not in PATTERN_TYPES


def _references(fn):
    """(Identifier, parent, grandparent) triples of function ``fn``'s own
    code (nested functions are checked by typed_locals: not captured)."""
    stack = [(child, fn, None) for child in iter_children(fn)]
    while stack:
        node, parent, grand = stack.pop()
        if node.type == "Identifier":
            yield node, parent, grand
        elif node.type not in FUNCTION_NODE_TYPES:
            stack.extend((child, node, parent) for child in iter_children(node))
