"""Errors ajgi_tx reports about scripts, always with a JS location."""

from runtime.errors import CompileFailure


class CompileError(CompileFailure):
    """A script that cannot be compiled: ``FILE:LINE:COL: message`` plus a
    code frame. ``kind`` is "SyntaxError" or "unsupported"."""

    def __init__(self, message, filename="<script>", line=0, col=0, source=None, kind="SyntaxError"):
        self.message = message
        self.filename = filename
        self.line = line
        self.col = col
        self.source = source
        self.kind = kind
        Exception.__init__(self, self.format())

    def location(self):
        return "%s:%d:%d" % (self.filename, self.line, self.col)

    def format(self, frame=True):
        if self.kind == "unsupported":
            head = "%s: unsupported: %s" % (self.location(), self.message)
        else:
            head = "%s: SyntaxError: %s" % (self.location(), self.message)
        if frame and self.source is not None and self.line > 0:
            head += "\n" + code_frame(self.source, self.line, self.col)
        return head


def code_frame(source, line, col, context=1):
    """A few source lines around ``line`` with a caret under ``col`` (1-based)."""
    lines = source.splitlines()
    out = []
    lo = max(1, line - context)
    hi = min(len(lines), line + context)
    width = len(str(hi))
    for n in range(lo, hi + 1):
        mark = ">" if n == line else " "
        out.append("%s %*d | %s" % (mark, width, n, lines[n - 1]))
        if n == line:
            out.append("  %s | %s^" % (" " * width, " " * max(0, col - 1)))
    return "\n".join(out)


class ScriptError(Exception):
    """An uncaught JS exception that ended a script.

    ``name`` and ``message`` come from the thrown value (``Uncaught TypeError:
    x is not a function``), ``stack`` is the JS stack text, ``value`` the
    thrown JS value, ``location`` the innermost ``(file, line, col)``.
    """

    def __init__(self, name, message, stack="", value=None, location=None):
        self.name = name
        self.message = message
        self.stack = stack
        self.value = value
        self.location = location
        Exception.__init__(self, "Uncaught %s" % self.headline())

    def headline(self):
        if self.name and self.message:
            return "%s: %s" % (self.name, self.message)
        return self.name or self.message
