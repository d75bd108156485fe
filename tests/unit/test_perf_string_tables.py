"""Locals that are fixed tables of strings (compiler/lower/string_tables.py):
a counter-indexed read is the literal's tuple element, and a string
concatenation takes it without a type test; every other use of the local
keeps the ordinary read. Behaviour against node (fallbacks included):
tests/scripts/array/string_tables.js."""

import re

import pytest

from ajgi_tx.compiler import compile_source
from tests.helpers import run_js

TABLE = "('a', 'b', 'c')["  # indexed by a float's trunc() or an int counter


def python_of(src):
    return compile_source(src, "t.js").python_source()


def test_table_read_is_the_tuple_element():
    src = "function f(n) { var t = ['a', 'b', 'c'], s = ''; for (var i = 0; i < n; i++) s += '<' + t[i % 3] + '>'; return s; }"
    py = python_of(src)
    assert py.count(TABLE) == 1
    # the concatenation converts only the fallback's value
    assert re.search(r"_ajgi_type\(\(_ajgi_t\d+ := _ajgi_getm\(t, ", py)
    assert "_ajgi_type((('a'" not in py
    assert run_js(src + " console.log(f(4));") == ["<a><b><c><a>"]


@pytest.mark.parametrize("use", [
    "t[0] = 'x';", "t[0] += 'x';", "t[0]++;", "delete t[0];", "t.length = 0;", "t.push('d');",
    "t.reverse();", "[t[0]] = ['x'];", "for (t[0] in {k: 1});", "g(t);", "var u = t;", "t[0]();",
    "var o = {p: t[0]};", "function h() { return t[0]; }", "t = ['x'];",
])
def test_other_uses_keep_the_ordinary_read(use):
    src = ("function f(n) { var t = ['a', 'b', 'c'], s = ''; %s for (var i = 0; i < n; i++) s += t[i]; return s; }"
           % use)
    assert TABLE not in python_of(src)


@pytest.mark.parametrize("literal", ["['a', 'b', 1]", "['a', , 'c']", "['a', ...x]", "[]"])
def test_only_literals_of_strings(literal):
    src = "function f(n, x) { var t = %s, s = ''; for (var i = 0; i < n; i++) s += t[i]; return s; }" % literal
    py = python_of(src)
    assert ")[_ajgi_trunc(" not in py and ")[i]" not in py  # a tuple constant indexed


def test_non_index_keys_read_as_before():
    src = "function f(k) { var t = ['a', 'b', 'c']; return t[k] + t[k - 1]; }"
    assert TABLE not in python_of(src)
