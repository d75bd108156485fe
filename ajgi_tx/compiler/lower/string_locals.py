"""Locals that always hold a string.

In ::

    function run(n) {
        var s = "";
        for (...) { s += String.fromCharCode(c); if (...) s += i; }
    }

``s`` is a ``str`` wherever it is read: it starts as a string and the
only other writes are ``s += v`` (a string plus anything is a string:
ToPrimitive of ``v`` then ToString, 11.6.1 step 7) and ``s = "..."``.
So the ``_ajgi_type(s) is _ajgi_str`` that guards every in-place append,
``s.length`` and ``s.charCodeAt(j)`` can go (``Builder.type_is`` answers
``True`` for a local of known type) and reads of ``s`` count as strings.

A ``var`` of a function qualifies under the conditions of
lower/literal_types.py (one top-level declarator, here with a string
literal or template; every reference after it; not captured, no ``eval``
or ``with``, not a parameter, no function declaration of its name),
except that writes ``s += v`` and ``s = <string literal or template>``
are allowed anywhere after the declarator. A write that throws (``v``'s
``toString`` throwing, the length cap) leaves the old string in place.
"""

from ajgi_tx.compiler.estree import is_string_valued
from ajgi_tx.compiler.lower.literal_types import typed_locals


def _keeps_string(ref, parent):
    """True when the write of ``ref`` where it stands stores a string
    whenever the variable already holds one."""
    return (parent.type == "AssignmentExpression" and parent.left is ref
            and (parent.operator == "+=" or (parent.operator == "=" and is_string_valued(parent.right))))


def string_locals(lx, node, scope):
    """``{python name: "str"}`` for the locals of function ``node`` (its
    FunctionScope ``scope``) that qualify (see the module docstring)."""
    return typed_locals(lx, node, scope, lambda init: "str" if is_string_valued(init) else None, _keeps_string)
