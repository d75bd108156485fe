"""Pass 3c: which lazily installed globals a script can reach.

Input: the Program and its ScopeInfo. Output: the sorted tuple of the global
names the script uses (``("Date", "Math", "sendResp")``), or ``("*",)``.

A lazy realm leaves the built-in modules out until code asks for them; the
compiled module asks at load time with ``_ajgi_ensure(_ajgi_realm, names)``.
A script reaches a built-in global through its name (``Math.max``,
``typeof Date``, ``this.JSON``), or through a prototype, which installs its
module on first use by itself (runtime/lazy.py), unless it can reach the
global object reflectively: then it gets all of them (``"*"``). Reflective access is
possible through ``eval``, ``Function``, ``with``, and ``this`` used as a
value (``var g = this``, ``this[k]``): a sloppy function called plainly has
the global object as ``this``.

Example: ``console.log(Math.max(a, b))`` -> ``("Math",)``;
``var self = this;`` -> ``("*",)``.
"""

from ajgi_tx.compiler.estree import walk
from runtime.realm import GLOBAL_MODULES

_REFLECTIVE = frozenset(("eval", "Function"))
# Compiled as constants (expressions.py _CONST_GLOBALS): no module needed.
_CONSTANT = frozenset(("undefined", "NaN", "Infinity"))


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
            needed.add(node.property.name)
        elif t == "ThisExpression":
            if id(node) not in static_this_members:
                return ("*",)
        elif t == "WithStatement":
            return ("*",)
        elif t == "Identifier":
            b = scopes.binding(node)
            if b is not None and b.is_global:
                if node.name in _REFLECTIVE and b.kind == "implicit":
                    return ("*",)
                # Global names the script does not declare: built-in ones
                # pick their module, host ones their deferred installer
                # (Realm.ensure). Also built-in names the script declares
                # itself: the built-in must be in place first, as in a full
                # realm, or waking a prototype would later define it over
                # the script's value (a deferred host global never replaces
                # a value, see Realm.defer_globals).
                if node.name not in _CONSTANT and (b.kind == "implicit" or node.name in GLOBAL_MODULES):
                    needed.add(node.name)
    return tuple(sorted(needed))


# Calls that can give a property of the global object an accessor or make
# it read-only (or code whose text is only known at run time).
_RESHAPERS = frozenset(("defineProperty", "defineProperties", "freeze", "seal",
                        "__defineGetter__", "__defineSetter__"))


def may_reshape_globals(program, needed):
    """True when this script can reach the global object reflectively
    (``needed == ("*",)``) and may define accessor or read-only
    properties on it. Its global variables are then read and written
    through the global object's [[Get]]/[[Put]] (compiled like globals whose
    name is no Python identifier) instead of the module dict, which cannot
    run a getter or refuse a write."""
    if needed != ("*",):
        return False
    for node in walk(program):
        t = node.type
        if t == "Identifier" and (node.name in _RESHAPERS or node.name in _REFLECTIVE):
            return True
        if t == "CallExpression" and node.callee.type == "MemberExpression" and node.callee.computed:
            return True  # Object[name](...): could be any of them
        if t == "WithStatement":
            return True
    return False
