"""Locals holding only their array or object literal (compiler/lower/
literal_types.py): their inline reads skip the receiver's type test; every
local that could hold anything else keeps it. The behaviour of both kinds,
with arrays and objects changed in every other way, is checked against
node in tests/scripts/object/literal_locals.js."""

import re

import pytest

from ajgi_tx.compiler import compile_source
from tests.helpers import run_js


def type_tests(src, name):
    """How many inline reads test local ``name`` for the type its literal
    gives it (``a``: an array, ``o``: an object)."""
    py = compile_source(src, "t.js").python_source()
    helper = "_ajgi_JSArray" if name == "a" else "_ajgi_JSObject"
    # The test may bind the type first, ``(t := _ajgi_type(a)) is
    # _ajgi_JSArray`` (the index read's string branch reuses it); the
    # ``... is _ajgi_JSObject or t is _ajgi_Function`` of the generic
    # named read is not one of these tests.
    return len(re.findall(r"_ajgi_type\(\s*%s\s*\)\)?\s*is\s+%s(?!\s+or\b)" % (name, helper), py))


LOOP = "for (var i = 0; i < a.length; i++) { a[i] = a[i] + 1; o.x = (o.x + a[i]) % 7; }"


def test_literal_locals_have_no_type_tests():
    src = "function f() { var a = [1, 2], o = {x: 1}; a.push(3); %s return o.x + a.length; }" % LOOP
    assert type_tests(src, "a") == 0
    assert type_tests(src, "o") == 0
    assert run_js(src + " console.log(f());") == ["6"]


@pytest.mark.parametrize("change", [
    "var n = a;",                    # read before the literal (undefined there)
    "a = [];",                       # written again
    "a++;",
    "var a = [3];",                  # a second declarator
    "[a] = [[1]];",                  # destructured
    "for (a in o) {}",               # a for-in head
    "function g() { return a; }",    # read by a nested function
    "{ function a() {} }",           # a sloppy block function copied into it (Annex B)
])
def test_locals_that_may_hold_something_else_keep_the_test(change):
    first = change.startswith("var n")
    body = (change + " var a = [1], o = {x: 1}; " if first
            else "var a = [1], o = {x: 1}; " + change)
    src = "function f() { %s %s return a.length; }" % (body, LOOP)
    assert type_tests(src, "a") > 0


def test_only_declarators_of_the_body_itself():
    src = "function f(c) { var o = {x: 1}; if (c) { var a = [1]; } else { a = 'ab'; } %s return a.length; }" % LOOP
    assert type_tests(src, "a") > 0 and type_tests(src, "o") == 0
    src = "function f(a) { a = [1]; var o = {x: 1}; %s return a.length; }" % LOOP
    assert type_tests(src, "a") > 0


def test_regexp_literal_locals_have_no_type_test():
    # the exec/test guards of a local holding its regex literal skip `type(re) is JSInternal`
    src = ("function f(s) { var re = /(a)/g, m, n = 0; while ((m = re.exec(s)) !== null) n++; "
           "return n + re.test(s); }")
    py = compile_source(src, "t.js").python_source()
    assert not re.search(r"_ajgi_type\(\s*re\s*\)\s*is\s+_ajgi_JSInternal", py)
    assert run_js(src + " console.log(f('aXa'));") == ["3"]
    src = "function f(s, o) { var re = /(a)/g; if (o) re = o; return re.test(s); }"
    assert re.search(r"_ajgi_type\(\s*re\s*\)\s*is\s+_ajgi_JSInternal", compile_source(src, "t.js").python_source())
