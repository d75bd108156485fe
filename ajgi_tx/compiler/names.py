"""Binding -> Python identifier, chosen after all bindings are known.

JS names stay as they are where Python allows it, so generated code and
tracebacks read like the script. A name is changed when it is no Python
identifier (``$el``), a Python keyword (``None``, ``lambda``), a name Python
treats specially (``__debug__``, ``__class__``: every ``__dunder__``), the
runtime's reserved prefix (``_ajgi_``), or collides inside one Python function (a
catch parameter shadowing a ``var``). Fresh names avoid every identifier
that occurs anywhere in the script, so a renamed local can never capture a
reference meant for a global.

Globals keep their JS name (it is the global object's property key); a
global that is no usable Python name, or every global of a script that may
reshape the global object, is marked ``slow_global`` and read and written
through the global object instead.
"""

import keyword
import re

RESERVED_PREFIX = "_ajgi_"
_VALID = re.compile(r"[A-Za-z_][A-Za-z0-9_]*\Z")


def usable(name):
    """True when ``name`` can be emitted as a Python identifier as is."""
    return (bool(_VALID.match(name)) and not keyword.iskeyword(name)
            and not name.startswith(RESERVED_PREFIX) and name != "this" and not _python_special(name))


def _python_special(name):
    """Names CPython treats specially: ``__debug__`` is a compile-time
    constant (cannot be assigned; reading it gives True), ``__class__`` is
    an implicit cell in methods, ``__builtins__`` selects the builtins.
    Every dunder name is kept out of Python's namespace to be safe."""
    return name.startswith("__") and name.endswith("__") and len(name) > 4


class NameAllocator:
    """Hands out fresh Python names that collide with no JS identifier."""

    def __init__(self, taken):
        self.taken = set(taken)

    def fresh(self, hint):
        base = re.sub(r"[^A-Za-z0-9_]", "S", hint) or "v"
        if base[0].isdigit():
            base = "v" + base
        if keyword.iskeyword(base) or base.startswith(RESERVED_PREFIX) or base == "this":
            base = "js_" + base
        n = 2
        while True:
            cand = "%s__%d" % (base, n)
            if cand not in self.taken:
                self.taken.add(cand)
                return cand
            n += 1


def assign_names(scopes, globals_reshaped=False):
    """Sets ``py_name`` (and ``slow_global``) on every Binding; returns the
    allocator the lowering takes its fresh names from.

    ``globals_reshaped`` (needs.may_reshape_globals): the script may give
    global-object properties accessors or make them read-only, so every
    global goes through the global object's [[Get]]/[[Put]]."""
    alloc = NameAllocator(scopes.all_names)
    stack = [scopes.program_scope]
    while stack:
        scope = stack.pop()
        stack.extend(scope.children)
        used = set()
        for b in scope.bindings.values():
            if b.is_global:
                b.py_name = b.name
                b.slow_global = globals_reshaped or not usable(b.name)
                continue
            # a body var that parameter code does not see (scope.py:
            # _hidden_from_parameters) must not capture that code's outer name
            if usable(b.name) and b.name not in used and not (
                    b.kind in ("var", "function") and b.name in scope.free_names):
                b.py_name = b.name
            else:
                b.py_name = alloc.fresh(b.name)
            used.add(b.py_name)
        for b in scope.catch_bindings:
            if usable(b.name) and b.name not in used and b.name not in scope.bindings:
                b.py_name = b.name
                used.add(b.name)
            else:
                b.py_name = alloc.fresh(b.name)
        if scope.self_binding is not None:
            b = scope.self_binding
            b.py_name = alloc.fresh(b.name)
        _name_block_bindings(scope, used, alloc)
    return alloc


def _name_block_bindings(scope, used, alloc):
    """Block-level ``let``/``const``/functions share their function's Python
    namespace: a binding keeps its JS name only if no other binding of the
    function uses it and no code of the function (nested functions
    included) refers to an outer variable of that name, which the Python
    local would capture (``{ let x } return x`` with an outer ``x``)."""
    taken = set(used) | set(scope.bindings) | scope.free_names
    taken.update(b.py_name for b in scope.catch_bindings)
    for b in scope.lexical_bindings:
        if usable(b.name) and b.name not in taken:
            b.py_name = b.name
        else:
            b.py_name = alloc.fresh(b.name)
        taken.add(b.py_name)
