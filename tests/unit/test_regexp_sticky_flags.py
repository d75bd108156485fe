"""The RegExp ``y`` flag at compile time and in RegExpData: literals with y
compile, ``u`` (and ``s``) stay refused with the parse layer's message, and
the flags string keeps ES2015's order (the behaviour itself is checked
against node in tests/scripts/es2015/regexp/)."""

import pytest

from ajgi_tx.compiler import compile_source
from ajgi_tx.errors import CompileError
from runtime.builtins.regexp import RegExpData
from runtime.builtins.regexp_translate import RegExpSyntaxError


@pytest.mark.parametrize("src", ["var r = /a/y;", "var r = /a/gimy;", "var r = /a/yg;"])
def test_sticky_literals_compile(src):
    compile_source(src, "t.js")


@pytest.mark.parametrize("flags", ["u", "gu", "s", "uy"])
def test_unicode_and_dotall_literals_stay_refused(flags):
    with pytest.raises(CompileError) as info:
        compile_source("var r = /a/%s;" % flags, "t.js")
    e = info.value
    assert e.kind == "unsupported" and "regular expression flags %r" % flags in e.message
    assert (e.line, e.col) == (1, 9)


@pytest.mark.parametrize("flags,expected", [("y", "y"), ("yg", "gy"), ("ymig", "gimy"), ("", "")])
def test_flags_string_in_spec_order(flags, expected):
    data = RegExpData("a", flags)
    assert data.flags == expected and data.sticky == ("y" in flags)


def test_sticky_shares_the_compiled_pattern():
    assert RegExpData("a+b", "gy").pattern is RegExpData("a+b", "g").pattern


@pytest.mark.parametrize("flags", ["yy", "u", "gyg"])
def test_bad_flags_are_a_syntax_error(flags):
    with pytest.raises(RegExpSyntaxError):
        RegExpData("a", flags)
