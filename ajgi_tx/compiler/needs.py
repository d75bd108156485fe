"""Pass 3c: which lazily installed globals a script can reach.

Input: the Program and its ScopeInfo. Output: a sorted tuple of names from
``runtime.realm.LAZY_GLOBALS`` (``("Date", "Math")``), or ``("*",)``.

A lazy realm leaves Math, JSON and Date out until code asks for them; the
compiled module asks at load time with ``_ajgi_ensure(_ajgi_realm, names)``.
A script reaches such a global only through its name (``Math.max``,
``typeof Date``, ``this.JSON``), unless it can reach the global object
reflectively: then it gets all of them (``"*"``). Reflective access is
possible through ``eval``, ``Function``, ``with``, and ``this`` used as a
value (``var g = this``, ``this[k]``): a sloppy function called plainly has
the global object as ``this``.

Example: ``console.log(Math.max(a, b))`` -> ``("Math",)``;
``var self = this;`` -> ``("*",)``.
"""

from ajgi_tx.compiler.estree import walk
from runtime.realm import LAZY_GLOBALS

_REFLECTIVE = frozenset(("eval", "Function"))


def analyze_needs(program, scopes):
    """The lazy globals this script needs (see module docstring)."""
    needed = set()
    static_this_members = set()
    for node in walk(program):
        t = node.type
        if t == "MemberExpression" and node.object.type == "ThisExpression":
            if node.computed:
                return ("*",)
            static_this_members.add(id(node.object))
            if node.property.name in LAZY_GLOBALS:
                needed.add(node.property.name)
        elif t == "ThisExpression":
            if id(node) not in static_this_members:
                return ("*",)
        elif t == "WithStatement":
            return ("*",)
        elif t == "Identifier":
            b = scopes.binding(node)
            if b is not None and b.is_global and b.kind == "implicit":
                if node.name in _REFLECTIVE:
                    return ("*",)
                if node.name in LAZY_GLOBALS:
                    needed.add(node.name)
    return tuple(sorted(needed))
