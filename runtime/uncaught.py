"""What an exception that escaped a script says: JS name, message, stack, place.

Example::

    try:
        main(this)
    except Exception as exc:
        u = describe_uncaught(exc)     # reads the thrown value's name/message
        print(u.headline(), u.location)

Reading ``name`` and ``message`` (and ``toString`` of a thrown non-error)
runs script code: getters and methods the script defined. The host must
call :func:`describe_uncaught` where script code is preemptible and charged,
i.e. inside the script's runner (see :mod:`runtime.agi.fairness`), never on
the bare event loop.
"""

from runtime.errors import JSThrow
from runtime.values import JSObject, js_code_name


class Uncaught:
    """``name``/``message``: text from the thrown value; ``stack``: the JS
    stack text; ``value``: the thrown JS value; ``location``: the innermost
    ``(file, line, col)`` or None."""

    __slots__ = ("name", "message", "stack", "value", "location")

    def __init__(self, name, message, stack="", value=None, location=None):
        self.name = name
        self.message = message
        self.stack = stack
        self.value = value
        self.location = location

    def headline(self):
        if self.name and self.message:
            return "%s: %s" % (self.name, self.message)
        return self.name or self.message


def describe_uncaught(exc):
    """The :class:`Uncaught` for ``exc`` (a JSThrow or a runtime error)."""
    from runtime.abi import js_error_value
    from runtime.builtins.error import error_frames_position
    from runtime.conversions import describe_thrown, to_string
    from runtime.properties import get_prop

    value = exc.value if isinstance(exc, JSThrow) else js_error_value(exc)
    if not (isinstance(value, JSObject) and value.cls == "Error"):
        return Uncaught("", describe_thrown(value), "", value, None)
    try:
        name = to_string(get_prop(value, "name"))
        message = to_string(get_prop(value, "message"))
    except Exception:  # a throwing getter must not hide the error
        name, message = "Error", ""
    st = value.props.get("stack")
    return Uncaught(name, message, st if isinstance(st, str) else "", value,
                    error_frames_position(value))


def js_frames(tb):
    """(function name, file, line, col) of the compiled-JS frames of a
    traceback, innermost first. Compiled scripts are the code objects whose
    file name is the script's, not a ``.py`` module."""
    out = []
    while tb is not None:
        code = tb.tb_frame.f_code
        if not code.co_filename.endswith(".py") and not code.co_filename.startswith("<frozen"):
            line, col = tb.tb_lineno, 0
            try:
                pos = list(code.co_positions())[tb.tb_lasti // 2]
                if pos[0] is not None:
                    line, col = pos[0], pos[2] or 0
            except (IndexError, ValueError):
                pass
            out.append((js_code_name(code.co_name), code.co_filename, line, col + 1))
        tb = tb.tb_next
    out.reverse()
    return out


def locate_from_traceback(u, exc):
    """Errors raised by the runtime itself (a ReferenceError from an unknown
    name) carry no JS stack: fills ``u.location`` and ``u.stack`` from the
    Python traceback of ``exc`` when it passed through compiled JS."""
    frames = js_frames(exc.__traceback__)
    if not frames:
        return
    u.location = frames[0][1:]
    lines = [u.headline()]
    for name, fn, line, col in frames:
        lines.append("    at %s (%s:%d:%d)" % (name, fn, line, col) if name else "    at %s:%d:%d" % (fn, line, col))
    u.stack = "\n".join(lines)
