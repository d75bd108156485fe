"""What a ``catch`` clause sees: the JS value of a caught Python exception.
A ``throw`` carries its value (JSThrow); an exception raised by the
runtime or by Python itself (RecursionError, a call of a non-function)
becomes the JS error engines raise for it, with the JS frames it passed
through as its stack."""

from runtime import sched
from runtime.errors import JSThrow

_type = type


def catchval(exc):
    """The JS value a ``catch`` clause binds for Python exception ``exc``."""
    if _type(exc) is JSThrow:
        return exc.value
    return js_error_value(exc)


def js_error_value(exc):
    """Turns an exception raised by Python code into a JS error object whose
    stack is the JS frames the exception passed through."""
    if isinstance(exc, JSThrow):
        return exc.value
    from runtime.builtins.error import frames_from_traceback, new_error
    from runtime.realm import current_realm

    kind, message = _js_error_kind(exc)
    return new_error(current_realm(), kind, message, frames=frames_from_traceback(exc.__traceback__))


def _js_error_kind(exc):
    """(JS error constructor name, message) for a Python exception."""
    if isinstance(exc, RecursionError):
        return "RangeError", "Maximum call stack size exceeded"
    if isinstance(exc, NameError):
        name = getattr(exc, "name", None)
        if not name:
            text = str(exc)
            name = text.split("'")[1] if "'" in text else "variable"
        return "ReferenceError", "%s is not defined" % name
    if isinstance(exc, TypeError):
        msg = str(exc)
        if "not callable" in msg or "not an iterator" in msg:
            return "TypeError", _describe_call_failure(exc)
        return "TypeError", msg
    if isinstance(exc, MemoryError):
        return "RangeError", "Out of memory"
    if isinstance(exc, (OverflowError, ZeroDivisionError, ValueError)):
        return "RangeError", str(exc)
    return "Error", "internal error: %s: %s" % (type(exc).__name__, exc)


def _describe_call_failure(exc):
    """``x is not a function``, naming the JS expression when possible."""
    import traceback

    tb = exc.__traceback__
    frames = traceback.extract_tb(tb) if tb is not None else []
    for fs in reversed(frames):
        if not fs.filename.endswith(".py"):
            src = sched.source_of(fs.filename)
            if src and fs.colno is not None and fs.lineno == fs.end_lineno:
                lines = src.splitlines()
                if 0 < fs.lineno <= len(lines):
                    text = lines[fs.lineno - 1][fs.colno:fs.end_colno]
                    if "(" in text:
                        text = text[:text.rindex("(")] if text.endswith(")") else text
                        return "%s is not a function" % text.strip()
            break
    msg = str(exc)
    t = msg.split("'")[1] if "'" in msg else "value"
    names = {"Undefined": "undefined", "Null": "null", "float": "number", "str": "string",
             "bool": "boolean", "JSObject": "object", "JSArray": "array"}
    return "%s is not a function" % names.get(t, t)
