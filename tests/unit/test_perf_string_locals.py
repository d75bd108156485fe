"""Locals that always hold a string (compiler/lower/string_locals.py):
their appends, ``.length`` and method calls skip the type test of the
local; every local that could hold anything else keeps it. The behaviour
of both kinds is checked against node in
tests/scripts/string/string_locals.js; this file checks which locals
qualify, and the length cap of the appends that remain checked."""

import re

import pytest

from ajgi_tx.compiler import compile_source
from runtime import limits
from tests.helpers import run_js


def str_tests(src):
    """How many times the generated code tests local ``s`` for a string
    (or binds its type for such a test); the ``... is _ajgi_JSObject or``
    of a method read's fallback, taken only once String.prototype is no
    longer pristine, is not one of these."""
    py = compile_source(src, "t.js").python_source()
    return len(re.findall(r"_ajgi_type\(\s*s\s*\)(?!\)\s*is\s+_ajgi_JSObject\s+or\b)", py))


LOOP = ("for (var i = 0; i < 12; i++) { s += String.fromCharCode(97 + i % 26); s += i;"
        " s += o; s += 'x' + i; } h = s.length + s.charCodeAt(3);")


def test_string_locals_have_no_type_tests():
    src = "function f() { var o = {}, h, s = ''; %s return s + h; }" % LOOP
    assert str_tests(src) == 0
    assert run_js(src + " console.log(f());") == [
        "a0[object Object]x0b1[object Object]x1c2[object Object]x2d3[object Object]x3"
        "e4[object Object]x4f5[object Object]x5g6[object Object]x6h7[object Object]x7"
        "i8[object Object]x8j9[object Object]x9k10[object Object]x10l11[object Object]x11343"]


def test_template_and_string_assignments_keep_it_a_string():
    src = "function f(o) { var s = `a`; s = 'b'; s = `c${o}`; %s return s.length; }" % LOOP
    assert str_tests(src) == 0


@pytest.mark.parametrize("change", [
    "var n = s;",                    # read before the declarator (undefined there)
    "s = 1;",                        # a number stored
    "s = o;",                        # anything stored
    "s++;",
    "s -= 1;",
    "var s = 'b';",                  # a second declarator
    "[s] = ['a'];",                  # destructured
    "for (s in o) {}",               # a for-in head
    "function g() { return s; }",    # read by a nested function
    "function g() { s = 1; }",       # written by a nested function
    "{ function s() {} }",           # a sloppy block function copied into it (Annex B)
])
def test_locals_that_may_hold_something_else_keep_the_test(change):
    first = change.startswith("var n")
    body = (change + " var o = {}, h, s = ''; " if first
            else "var o = {}, h, s = ''; " + change)
    src = "function f() { %s %s return s; }" % (body, LOOP)
    assert str_tests(src) > 0


def test_only_string_declarators_of_the_body_itself():
    assert str_tests("function f(o) { var h; if (o) { var s = ''; } %s return s; }" % LOOP) > 0
    assert str_tests("function f(o) { var h, s = 0; %s return s; }" % LOOP) > 0
    assert str_tests("function f(s, o) { var h; s = ''; %s return s; }" % LOOP) > 0
    # direct eval can store anything in the local
    assert run_js("function k() { var s = ''; eval('s = 1'); s += 1; return s; } console.log(k(), typeof k())") \
        == ["2 number"]


def test_a_string_stored_in_a_disqualified_local_reads_right():
    src = ("function f(o) { var s = ''; for (var i = 0; i < 3; i++) s += i; s = 7; s += 1; return s; }"
           "console.log(f(), typeof f())")
    assert run_js(src) == ["8 number"]


def test_from_char_code_arithmetic_is_not_kept_in_a_temp():
    """``String.fromCharCode(97 + i % 26)`` computes the code again in the
    rare fallback; a code with a call keeps its temp (one call). (The
    counter is also read as a float, ``-i``: one only read by int operators
    is held as an int, and indexes a list instead, test_perf_int_counters.py.)"""
    py = compile_source("function f() { var s = ''; for (var i = 0; i < 3; i++) s += String.fromCharCode(97 + i % 26);"
                        " return s + -i; }", "t.js").python_source()
    assert "_ajgi_char_from_code(97.0 + i % 26.0)" in py
    out = run_js("var n = 0; function c() { n++; return 1000; }"
                 "function f() { var s = ''; s += String.fromCharCode(c()); s += String.fromCharCode(c() + 1);"
                 " return s.charCodeAt(0) + ',' + s.charCodeAt(1) + ',' + n; } console.log(f());")
    assert out == ["1000,1001,2"]


@pytest.fixture
def small_caps():
    limits.configure(max_string_length=5000)
    yield
    limits.configure(reset=True)


@pytest.mark.parametrize("append", ["s += s", "s += t", "s += t + t", "s += o"])
def test_appends_that_can_double_a_string_local_are_checked(small_caps, append):
    src = ("function f() { var t = 'ab', s = 'ab', o = {toString: function () { return this.v; }, v: 'ab'};"
           " while (true) { %s; t = s; o.v = s; } }"
           "try { f(); console.log('ok'); } catch (e) { console.log(String(e)); }" % append)
    assert str_tests(src) == 0
    assert run_js(src) == ["RangeError: Invalid string length"]


def test_number_arithmetic_is_not_kept_in_a_temp():
    """``"id=" + (i * 7.5)`` computes the number again in ``_ajgi_numstr``,
    the fallback past the ToString table; a number with a call keeps its
    temp (one call), whichever path its ToString takes."""
    py = compile_source("function f() { var a = []; for (var i = 0; i < 3; i++) a.push('id=' + i * 7.5); return a; }",
                        "t.js").python_source()
    assert "_ajgi_numstr(i * 7.5)" in py
    out = run_js("var n = 0; function c(v) { n++; return v; }"
                 "function f() { var s = ''; s += +c(5000.5); s += +c(7); s += '|' + +c(123456); return s + ',' + n; }"
                 "console.log(f());")
    assert out == ["5000.57|123456,3"]


def test_counters_past_the_table_print_inline():
    """``s += i`` of a counter: its digits with no call while it is a float
    below 1e15; the behaviour on both sides of the guard (1e15, 1e21,
    Infinity, undefined, NaN) is in tests/scripts/string/string_locals.js.
    (``-i`` reads it as a float: a counter only read by int operators is
    held as an int and appends ``str(i)``, test_perf_int_counters.py.)"""
    py = compile_source("function f() { var s = ''; for (var i = 0; i < 3000; i++) s += i; return s + -i; }",
                        "t.js").python_source()
    assert re.search(r"_ajgi_str\(_ajgi_trunc\(i\)\) if _ajgi_type\(i\) is _ajgi_float and i < "
                     r"(1e\+15|1000000000000000\.0) else _ajgi_numstr\(i\)", " ".join(py.split()))


def test_index_reads_of_a_string_local_skip_the_array_branch():
    """``s[k]`` of a string local with a number ``k``: the code unit when
    ``k`` is an index below the length, no test of ``s`` and no array
    branch; anything else (past the end, fractional, negative, NaN) reads
    String.prototype, getters included (expected values from node)."""
    src = ('function f(n) { var s = "0123456789ABCDEF";'
           ' return "%" + s[n & 15] + s[n >> 4] + s[n % 20] + s[n / 2] + s[n - 100] + s[n * NaN]; }')
    py = compile_source(src, "t.js").python_source()
    assert str_tests(src) == 0 and "_ajgi_JSArray" not in py
    flat = " ".join(py.split())
    # a code unit is a string: only the fallbacks' values are converted;
    # the int of ``n & 15`` indexes the string as it is
    assert re.search(r"f'%\{\(s\[(\w+)\] if \(\1 := _ajgi_trunc\(n\) & 15\) < _ajgi_len\(s\) else ", flat)
    assert re.search(r"\}\{s\[_ajgi_trunc\(\w+\)\] if ", flat)  # n >> 4 may be negative
    out = run_js(src + 'console.log(f(5), f(37), f(36), f(255));'
                 'String.prototype[17] = "p"; String.prototype[2.5] = "q"; String.prototype[-95] = "r";'
                 ' String.prototype.NaN = "n"; console.log(f(5), f(37), f(36), f(255));'
                 'Object.defineProperty(String.prototype, 18, {get: function () { return "g" + this.length; }});'
                 'console.log(f(18));'
                 'String.prototype[19] = {toString: function () { return "t"; }}; String.prototype[-81] = 7;'
                 'console.log(f(19));')
    assert out == [
        "%505undefinedundefinedundefined %52undefinedundefinedundefinedundefined"
        " %42undefinedundefinedundefinedundefined %FFFundefinedundefinedundefined",
        "%505qrn %52pundefinedundefinedn %42undefinedundefinedundefinedn %FFFundefinedundefinedn",
        "%21g169undefinedn", "%31tundefined7n"]


def test_int_index_reads_of_a_string_local_fall_back_past_the_end():
    """``t[n & 7]`` of a three-unit string: the int index past the end, and
    any ``n`` that is no int32 float, read as JS does (node's values)."""
    src = ('function g(n) { var t = "abc"; return "<" + t[n & 7] + t[(n >> 1) & 3] + ">"; }'
           'console.log(g(0), g(2), g(5), g(7), g(-1), g("6"), g(NaN), g({valueOf: function () { return 9; }}));'
           'String.prototype[5] = "five"; String.prototype[3] = {toString: function () { return "three"; }};'
           'console.log(g(0), g(2), g(5), g(7), g(-1), g("6"), g(NaN), g({valueOf: function () { return 13; }}));')
    assert run_js(src) == [
        "<aa> <cb> <undefinedc> <undefinedundefined> <undefinedundefined> <undefinedundefined> <aa> <ba>",
        "<aa> <cb> <fivec> <undefinedthree> <undefinedthree> <undefinedthree> <aa> <fivec>"]
