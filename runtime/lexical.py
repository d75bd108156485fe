"""Run-time side of ``let``/``const`` (ES2015 13.3.1, 8.1.1.1).

A lexical binding that some reference may read before its declaration ran
holds :data:`TDZ` until then; the compiler checks only those references
(compiler/scope.py decides which), and they throw node's ReferenceError.
A binding that closures capture inside a loop lives in a one-element list
(a *box*), one per block entry or loop iteration.
"""

from runtime.errors import throw_reference_error, throw_type_error


class _Uninitialised:
    """The value of a lexical binding in its temporal dead zone. Never a JS
    value: every reference that could see it is checked first."""

    __slots__ = ()

    def __repr__(self):
        return "<uninitialised>"


TDZ = _Uninitialised()


def tdz_error(name):
    """A read of ``name`` in its temporal dead zone."""
    throw_reference_error("Cannot access '%s' before initialization" % name)


def tdz_put(old, value, name):
    """The value to store into ``name`` (an assignment, not the
    declaration): ReferenceError while it is uninitialised."""
    if old is TDZ:
        tdz_error(name)
    return value


def const_assign(old, name, value=None):
    """An assignment to a ``const`` (after its value was computed)."""
    if old is TDZ:
        tdz_error(name)
    throw_type_error("Assignment to constant variable.")


def box_put(box, value):
    """``x = value`` on a boxed binding, as an expression."""
    box[0] = value
    return value
