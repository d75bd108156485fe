"""Helpers for tests: run JS source in-process and capture console output."""

from ajgi_tx.runner import run_source


def run_js(source, filename="<test>.js"):
    """Runs ``source``; returns the list of console lines (all levels)."""
    lines = []
    run_source(source, filename, write=lambda level, text: lines.extend(text.split("\n")))
    return lines


def js_eval(expr):
    """The ToString of a JS expression's value, via console.log."""
    return run_js("console.log(%s)" % expr)[0]
