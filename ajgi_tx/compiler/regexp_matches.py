"""Match variables: locals that hold exec results only to read them by index.

    while ((m = re.exec(s)) !== null) total += parseInt(m[1], 10);

``exec`` builds an array per match (the match, every capture, ``index``,
``input``), which costs more than the match itself; here nothing but
``m[1]`` is ever read. A local is a *match variable* when nothing can see
it except these forms, so it can hold the Python ``re.Match`` in place of
the array (runtime ``EXEC_UNBOXED[K]``, K the largest index read from the
variable: a match of a pattern with fewer captures stays an array), and
each ``m[k]`` indexes the match with no bound test::

    m = X.exec(...)         as a statement, a for-loop init/update, or
    (m = X.exec(...)) === null   compared (=== !== == !=) with null
    var m / var m = X.exec(...)  (let and const too)
    m === null ...          compared with null
    m[k]                    k an integer literal 0..MAX_INDEX, read only
                            (not assigned, updated, deleted or called:
                            ``m[0]()`` would pass m as ``this``)

Candidates are the locals :mod:`numeric` considers (function-local var,
let, const; not parameters, globals, or locals of eval/with code) that no
nested function reads or writes. Whatever else ``exec`` may turn out to be
at run time (a replaced method, a non-RegExp receiver), the variable then
holds an ordinary value: the lowering (lower/regexp_matches.py) tests for
a ``re.Match`` at every read and falls back to the ordinary read.
"""

from ajgi_tx.compiler.estree import walk
from ajgi_tx.compiler.numeric import local_bindings

_NULL_COMPARISONS = ("===", "!==", "==", "!=")


class MatchSites:
    """What the lowering needs: the exec CallExpressions whose result goes
    to a match variable (id -> the largest index read from that variable,
    0 if none), and the ids of the MemberExpressions reading one by index."""

    __slots__ = ("calls", "reads")

    def __init__(self, calls=None, reads=frozenset()):
        self.calls = calls or {}
        self.reads = reads


NONE = MatchSites()


def _candidates(scopes):
    return {b for b in local_bindings(scopes) if not b.captured}


def is_exec_call(node):
    """``X.exec(...)`` without spread arguments."""
    if node is None or node.type != "CallExpression":
        return False
    callee = node.callee
    return (callee.type == "MemberExpression" and not callee.computed and callee.object.type != "Super"
            and callee.property.type == "Identifier" and callee.property.name == "exec"
            and all(a.type != "SpreadElement" for a in node.arguments))


def _is_null(node):
    return node.type == "Literal" and node.value is None and getattr(node, "regex", None) is None \
        and node.raw == "null"


# The largest index a match variable's reads may use: the runtime has one
# exec helper per bound (runtime/builtins/regexp.py EXEC_UNBOXED).
MAX_INDEX = 99


def _index_literal(node):
    return node.type == "Literal" and isinstance(node.value, (int, float)) and not isinstance(node.value, bool) \
        and getattr(node, "regex", None) is None and 0 <= node.value <= MAX_INDEX and float(node.value).is_integer()


def analyze_matches(program, scopes):
    """The :class:`MatchSites` of ``program`` (see the module docstring)."""
    candidates = _candidates(scopes)
    if not candidates:
        return NONE
    admitted = set()  # id(Identifier): references in one of the allowed forms
    banned = set()  # id(node): assignment/update/delete/call targets, pattern targets
    refs = {}  # Binding -> its reference Identifiers
    calls = {}  # Binding -> ids of the exec calls stored into it
    reads = {}  # Binding -> ids of its m[k] reads

    def candidate(node):
        return scopes.binding(node) in candidates if node.type == "Identifier" else False

    def admit_store(assign):
        """``m = X.exec(...)`` whose value is unused or compared with null."""
        if assign.type == "AssignmentExpression" and assign.operator == "=" and candidate(assign.left) \
                and is_exec_call(assign.right):
            admitted.add(id(assign.left))
            calls.setdefault(scopes.binding(assign.left), []).append(id(assign.right))

    for node in walk(program):
        t = node.type
        if t == "Identifier":
            b = scopes.binding(node)
            if b in candidates:
                refs.setdefault(b, []).append(node)
        elif t == "VariableDeclarator":
            if candidate(node.id) and (node.init is None or is_exec_call(node.init)):
                admitted.add(id(node.id))
                if node.init is not None:
                    calls.setdefault(scopes.binding(node.id), []).append(id(node.init))
        elif t == "ExpressionStatement":
            admit_store(node.expression)
        elif t == "ForStatement":
            for part in (node.init, node.update):
                if part is not None:
                    admit_store(part)
        elif t == "BinaryExpression" and node.operator in _NULL_COMPARISONS:
            for side, other in ((node.left, node.right), (node.right, node.left)):
                if _is_null(other):
                    if candidate(side):
                        admitted.add(id(side))
                    else:
                        admit_store(side)
        elif t in ("AssignmentExpression", "AssignmentPattern"):
            banned.add(id(node.left))
        elif t == "UpdateExpression" or (t == "UnaryExpression" and node.operator == "delete") \
                or t == "RestElement":
            banned.add(id(node.argument))
        elif t in ("CallExpression", "NewExpression"):
            banned.add(id(node.callee))
        elif t == "TaggedTemplateExpression":
            banned.add(id(node.tag))
        elif t in ("ForInStatement", "ForOfStatement"):
            banned.add(id(node.left))
        elif t == "ArrayPattern":
            banned.update(id(e) for e in node.elements if e is not None)
        elif t == "ObjectPattern":
            banned.update(id(p.value) for p in node.properties if p.type == "Property")
        elif t == "MemberExpression" and node.computed and candidate(node.object) \
                and _index_literal(node.property) and id(node) not in banned:
            admitted.add(id(node.object))
            reads.setdefault(scopes.binding(node.object), []).append((id(node), int(node.property.value)))
    found_calls, found_reads = {}, set()
    for b, idents in refs.items():
        if b in calls and all(id(i) in admitted for i in idents):
            largest = max((k for _, k in reads.get(b, ())), default=0)
            found_calls.update((call, largest) for call in calls[b])
            found_reads.update(read for read, _ in reads.get(b, ()))
    if not found_calls:
        return NONE
    return MatchSites(found_calls, frozenset(found_reads))
