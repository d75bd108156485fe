"""ESTree helpers: child iteration and an iterative walk.

The one place that knows esprima-python's node shape: nodes are objects
whose ``__dict__`` holds the ESTree fields, and whose ``__getattr__``
returns None for unknown names (so a typo and an absent field look the
same: read fields only through the names ESTree defines).
"""

from ajgi_tx.compiler.esprima_fast import load as _load_esprima

_load_esprima()  # before any esprima module: the stock one takes ~0.5 s to import
from esprima.nodes import Node  # noqa: E402

# Fields that hold locations or raw text, never child nodes.
_SKIP = frozenset(("type", "range", "loc", "raw", "regex", "value", "name", "operator",
                   "prefix", "computed", "kind", "method", "shorthand", "directive",
                   "generator", "isAsync", "expression", "async", "delegate", "sourceType"))


def iter_children(node):
    """Yields the direct child nodes of ``node`` in source order."""
    for key, value in node.__dict__.items():
        if key in ("type", "range", "loc", "raw", "regex"):
            continue
        if isinstance(value, Node):
            yield value
        elif isinstance(value, list):
            for item in value:
                if isinstance(item, Node):
                    yield item


def walk(root):
    """Pre-order walk of every node under ``root`` (iterative, no recursion
    limit: a 2,000-term ``+`` chain is 2,000 levels deep)."""
    stack = [root]
    while stack:
        node = stack.pop()
        yield node
        children = list(iter_children(node))
        children.reverse()
        stack.extend(children)


def walk_function_body(fn):
    """Walks a function's own code, not entering nested functions (their
    nodes themselves are yielded, their bodies are not)."""
    stack = list(reversed(list(iter_children(fn))))
    while stack:
        node = stack.pop()
        yield node
        if node.type in FUNCTION_NODE_TYPES:
            continue
        children = list(iter_children(node))
        children.reverse()
        stack.extend(children)


FUNCTION_NODE_TYPES = ("FunctionDeclaration", "FunctionExpression", "ArrowFunctionExpression")
PATTERN_TYPES = ("ArrayPattern", "ObjectPattern", "AssignmentPattern", "RestElement")


def function_body_nodes(fn):
    """The statements of a function's body; an arrow with an expression
    body has none (its body is one expression, see ``function_body_root``)."""
    body = fn.body
    return [] if body.type != "BlockStatement" else body.body


def pattern_names(node):
    """The identifiers a binding pattern (or plain identifier) binds, in
    source order: ``{a, b: [c = 1, ...d]}`` -> a, c, d. Member expressions
    (targets of assignment patterns) bind nothing."""
    out = []
    stack = [node]
    while stack:
        n = stack.pop()
        if n is None:
            continue
        t = n.type
        if t == "Identifier":
            out.append(n)
        elif t == "ArrayPattern":
            stack.extend(reversed(n.elements))
        elif t == "ObjectPattern":
            # a Property's value, or an object rest element (`{a, ...r}`)
            stack.extend(reversed([p.value if p.type == "Property" else p for p in n.properties]))
        elif t == "AssignmentPattern":
            stack.append(n.left)
        elif t == "RestElement":
            stack.append(n.argument)
    return out


def is_string_valued(node):
    """``node`` always evaluates to a string: a string literal or a template
    literal (a tagged template is a TaggedTemplateExpression, whose value is
    its tag's)."""
    return (node.type == "Literal" and isinstance(node.value, str)) or node.type == "TemplateLiteral"


def position(node):
    """``(line, column)`` of a node's start; column 0-based as in esprima."""
    loc = node.loc
    if loc is None:
        return (1, 0)
    return (loc.start.line, loc.start.column)


def end_position(node):
    loc = node.loc
    if loc is None:
        return (1, 0)
    return (loc.end.line, loc.end.column)


def deepest(root):
    """The most deeply nested node under ``root`` (iterative): where a
    script that nests too deeply to compile is reported."""
    best, best_depth = root, 0
    stack = [(root, 0)]
    while stack:
        node, depth = stack.pop()
        if depth > best_depth:
            best, best_depth = node, depth
        for child in iter_children(node):
            stack.append((child, depth + 1))
    return best
