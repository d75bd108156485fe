"""parseInt(s) / parseInt(s, 10) of the global (compiler/lower/parse_int.py):
a string of ASCII digits is parsed inline behind an identity test of the
function read; other forms keep the plain call. Behaviour against node:
tests/scripts/globals/parse_int_inline.js."""

import pytest

from ajgi_tx.compiler import compile_source

INLINE = "_ajgi_pristine_parseInt"


def python_of(src):
    return compile_source(src, "t.js").python_source()


@pytest.mark.parametrize("call", ["parseInt(s)", "parseInt(s, 10)", "parseInt(s + 'x', 10.0)"])
def test_decimal_parses_are_inline(call):
    py = python_of("function f(s) { return %s; }" % call)
    assert py.count(INLINE) == 1 and ".isdigit()" in py


@pytest.mark.parametrize("src", [
    "function f(s) { return parseInt(s, 16); }",
    "function f(s, r) { return parseInt(s, r); }",
    "function f(s) { return parseInt(); }",
    "function f(s) { return parseInt(s, 10, 1); }",
    "function f(s) { return parseInt(...s); }",
    "function f(s) { var parseInt = Number; return parseInt(s, 10); }",
    "function f(s, parseInt) { return parseInt(s); }",
    "function f(s) { return Number.parseInt(s, 10); }",
])
def test_other_calls_are_plain(src):
    assert INLINE not in python_of(src)
