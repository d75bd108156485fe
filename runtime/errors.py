"""How JavaScript exceptions travel through Python.

``throw v`` raises :class:`JSThrow` carrying the JS value ``v``. Python
exceptions raised by the runtime itself (``RecursionError``, a ``TypeError``
from calling a non-function) are turned into JS error objects by
:func:`runtime.caught.js_error_value` at a ``catch`` and at the top level.

Two control-flow signals are ``BaseException`` subclasses on purpose, so
that a script's ``try/catch`` (which only handles ``Exception``) can never
swallow them: :class:`ScriptExit` (AGI ``exit()``) and
:class:`BudgetExceeded` (the per-script CPU budget).
"""


class JSThrow(Exception):
    """A JS exception in flight; ``value`` is the thrown JS value."""

    __slots__ = ("value",)

    def __init__(self, value):
        Exception.__init__(self)
        self.value = value

    def __str__(self):
        from runtime.conversions import describe_thrown

        return describe_thrown(self.value)


class ScriptExit(BaseException):
    """Raised by ``exit()``: ends the script; not catchable by JS."""


class BudgetExceeded(BaseException):
    """Raised at a checkpoint once a script used up its CPU budget."""


_error_makers = []  # [current_realm, new_error], imported on first use


def _throw(kind, message):
    # Imported once, not per call: this module sits below runtime.realm and
    # runtime.builtins.error in the import order, and a loop that throws
    # and catches (test262's decodeURI walks) pays every microsecond here.
    if not _error_makers:
        from runtime.builtins.error import new_error
        from runtime.realm import current_realm

        _error_makers[:] = (current_realm, new_error)
    current_realm, new_error = _error_makers
    # skip=3: the stack walk starts at the caller of throw_*(), past
    # new_error, _throw and throw_*() (host frames it would only step over).
    raise JSThrow(new_error(current_realm(), kind, message, 3))


def throw_type_error(message):
    """Throws a JS ``TypeError`` created in the current realm."""
    _throw("TypeError", message)


def throw_range_error(message):
    """Throws a JS ``RangeError`` created in the current realm."""
    _throw("RangeError", message)


def throw_reference_error(message):
    """Throws a JS ``ReferenceError`` created in the current realm."""
    _throw("ReferenceError", message)


def throw_syntax_error(message):
    """Throws a JS ``SyntaxError`` created in the current realm."""
    _throw("SyntaxError", message)


def throw_uri_error(message):
    """Throws a JS ``URIError`` created in the current realm."""
    _throw("URIError", message)


def throw_error(kind, message):
    """Throws a JS error of constructor name ``kind`` (e.g. "EvalError")."""
    _throw(kind, message)


class CompileFailure(Exception):
    """What a host's compiler raises for a script file that does not compile
    (the runtime cannot import the host's own error class): ``includes()``
    logs ``format(False)`` and returns false."""

    def format(self, frame=True):
        return str(self)
