"""Locals that always hold the array, plain object or RegExp of their literal.

In ::

    function run(n) {
        var items = [], counts = {};
        for (...) { items.push(...); counts[key] = ...; }
    }

``items`` is a ``JSArray`` and ``counts`` a ``JSObject`` wherever they are
read, so the ``_ajgi_type(items) is _ajgi_JSArray`` that starts every
inline member read, push and speculated statement can go (about 215
machine instructions each, twice per iteration of a loop over an array);
likewise ``var re = /.../g`` is a ``JSInternal`` for the guard of
``re.exec(s)`` (intrinsics.method_guard).

A ``var`` of a function qualifies when:

* its only write is one declarator ``var x = [...]`` or ``var x = {...}``
  that is a statement of the function body itself (not inside a loop,
  a branch or a ``try``: it runs exactly once, before anything after it);
* every reference to it comes after that declarator in the source, so no
  read can see the ``undefined`` it holds before (hoisting);
* no nested function reads or writes it and the function has no direct
  ``eval`` or ``with`` (nothing else can reach the variable);
* it is not a parameter (``arguments[0] = v`` writes a parameter), and no
  function declaration nested in the body has its name (a sloppy block
  function is copied into the var of its name, Annex B.3.3).

What the literal makes stays of its Python class: an array may turn
sparse or lose its extensibility, an object may get accessors, but
neither changes type (only the realm's built-in prototypes change class,
when they wake up, runtime/lazy.py). Everything else the inline paths test
(``elems``, ``special``, the prototypes) is still tested.
"""

from ajgi_tx.compiler.estree import FUNCTION_NODE_TYPES, PATTERN_TYPES, iter_children

_LITERAL_TYPES = {"ArrayExpression": "JSArray", "ObjectExpression": "JSObject"}


def _literal_type(init):
    if init.type == "Literal" and getattr(init, "regex", None) is not None:
        return "JSInternal"  # a RegExp object: its exec/test guards test this type
    return _LITERAL_TYPES.get(init.type)


def literal_locals(lx, node, scope):
    """``{python name: "JSArray" | "JSObject" | "JSInternal"}`` for the
    locals of function ``node`` (its FunctionScope ``scope``) that qualify
    (see the module docstring)."""
    return typed_locals(lx, node, scope, _literal_type)


def typed_locals(lx, node, scope, type_of_init, keeps_type=lambda ref, parent: False):
    """``{python name: type name}`` for the ``var``s of function ``node``
    under the conditions of the module docstring, where ``type_of_init``
    gives the type a declarator's initializer makes (None: not a
    candidate) and ``keeps_type(ref, parent)`` accepts a later write of the
    variable that stores a value of that same type (lower/string_locals.py)."""
    if scope.dynamic or node.body is None or node.body.type != "BlockStatement":
        return {}
    candidates = {}  # Binding -> (type name, declarator), None once disqualified
    for stmt in node.body.body:
        if stmt.type != "VariableDeclaration" or stmt.kind != "var":
            continue
        for d in stmt.declarations:
            if d.id.type != "Identifier" or d.init is None:
                continue
            type_name = type_of_init(d.init)
            binding = scope.bindings.get(d.id.name)
            if type_name is None or binding is None or binding.kind != "var" or binding.captured:
                continue
            # a second `var x = ...` is a second write
            candidates[binding] = None if binding in candidates else (type_name, d)
    candidates = {b: c for b, c in candidates.items() if c is not None}
    for ref, parent in _identifiers(node):
        if parent.type == "FunctionDeclaration":
            # a sloppy block function copies itself into the var of its
            # name when its declaration runs (Annex B.3.3)
            for binding in [b for b in candidates if b.name == ref.name]:
                del candidates[binding]
            continue
        entry = candidates.get(lx.scopes.binding(ref))
        if entry is None or ref is entry[1].id:
            continue
        if ref.range[0] < entry[1].range[1] or (is_write(ref, parent) and not keeps_type(ref, parent)):
            del candidates[lx.scopes.binding(ref)]
    return {b.py_name: c[0] for b, c in candidates.items() if b.py_name}


def _identifiers(fn):
    """(Identifier, parent node) pairs of function ``fn``'s own code."""
    stack = [(child, fn) for child in iter_children(fn)]
    while stack:
        node, parent = stack.pop()
        if node.type == "Identifier":
            yield node, parent
        elif node.type not in FUNCTION_NODE_TYPES:
            stack.extend((child, node) for child in iter_children(node))
        elif node.type == "FunctionDeclaration" and node.id is not None:
            yield node.id, node  # its name only: its body is another function's code


def is_write(ref, parent):
    """True when Identifier ``ref`` (a reference to a candidate) may be
    written where it stands: an assignment's or update's target, a
    declarator (another ``var x``, a for-in/of head), anything inside a
    destructuring pattern."""
    t = parent.type
    if t in ("AssignmentExpression", "ForInStatement", "ForOfStatement"):
        return parent.left is ref
    if t == "VariableDeclarator":
        return parent.id is ref
    if t == "UpdateExpression":
        return True
    return t in PATTERN_TYPES or t == "Property"
