"""Helpers for tests: run JS source in-process and capture console output;
a free port for a server the test starts."""

import socket

from ajgi_tx.runner import run_source


def free_port():
    """A TCP port on 127.0.0.1 nobody listens on right now."""
    s = socket.socket()
    s.bind(("127.0.0.1", 0))
    port = s.getsockname()[1]
    s.close()
    return port


def run_js(source, filename="<test>.js"):
    """Runs ``source``; returns the list of console lines (all levels)."""
    lines = []
    run_source(source, filename, write=lambda level, text: lines.extend(text.split("\n")))
    return lines


def js_eval(expr):
    """The ToString of a JS expression's value, via console.log."""
    return run_js("console.log(%s)" % expr)[0]
