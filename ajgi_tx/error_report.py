"""How a script's errors reach its author: where they happened, the source
line, and a websocket close reason that fits a close frame.

Used by ``serve --dev`` (500 bodies, 1011 close reasons) and by
``python -m ajgi_tx run``, which always shows everything.
"""

import os

from ajgi_tx.errors import code_frame

# RFC 6455 5.5: a control frame carries at most 125 bytes, 2 of them the code.
CLOSE_REASON_BYTES = 123


def location_text(location):
    """``FILE:LINE:COL`` of a ``(file, line, col)`` triple."""
    return "%s:%d:%d" % tuple(location)


def close_reason(text):
    """``text`` cut to fit a close frame (123 UTF-8 bytes), never inside a
    character; a cut reason ends with ``...``."""
    data = text.encode("utf-8", "replace")
    if len(data) <= CLOSE_REASON_BYTES:
        return text
    return data[:CLOSE_REASON_BYTES - 3].decode("utf-8", "ignore") + "..."


def ws_end_close(dev, outcome):
    """``(code, reason)`` for the websocket of a script that ended with
    ``outcome`` (``("ok"|"exit"|"error", (name, headline, location, stack))``):
    1000, or 1011 for an error, whose reason in dev mode is the JS error
    with its place, so a browser's ``onclose`` shows why the script died."""
    kind, err = outcome
    if kind != "error":
        return 1000, ""
    if not dev or err is None:
        return 1011, ""
    _name, headline, location, _stack = err
    where = location_text(location) + ": " if location else ""
    return 1011, close_reason(where + headline)


def source_frame(location, root=None):
    """The code frame of ``(file, line, col)``, read from the file (a path
    relative to ``root`` when given, and then only below it); None when
    the file cannot be read or the place is not in a file."""
    if not location:
        return None
    name, line, col = location
    path = name if root is None else os.path.join(root, name)
    if root is not None:
        real_root = os.path.realpath(root)
        real = os.path.realpath(path)
        if not real.startswith(real_root.rstrip(os.sep) + os.sep):
            return None
    try:
        with open(path, encoding="utf-8") as f:
            source = f.read()
    except (OSError, UnicodeDecodeError, ValueError):
        return None
    if not 0 < line <= len(source.splitlines()):
        return None
    return code_frame(source, line, col)
