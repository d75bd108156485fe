"""Counters held as Python ints (compiler/int_counters.py, compiler/lower/
ints.py): which counters qualify, and the int operators the emitted code
uses for them. What every case computes is checked against node in
tests/scripts/number/int_counters.js."""

import math
import re

import pytest

from ajgi_tx.compiler import analyze, compile_source
from runtime.operators import lt_bound
from tests.helpers import run_js


def python_of(src):
    """The emitted Python, every run of white space one space (none after
    an opening parenthesis, where the printer breaks long lines)."""
    return re.sub(r"\(\s+", "(", " ".join(compile_source(src, "t.js").python_source().split()))


def int_names(src):
    """The names of the int counters of ``src``."""
    return sorted(b.name for b in analyze(src, "t.js").int_counters)


APPEND = """function run(n) {
    var s = "";
    for (var i = 0; i < n; i++) {
        s += String.fromCharCode(97 + (i % 26));
        if (i % 10 === 0) s += i;
    }
    return s;
}"""


def test_string_append_loop_runs_on_ints():
    py = python_of(APPEND)
    assert "i = 0 " in py
    assert "for i in _ajgi_t" in py  # a range (lower/count_loops.py): i an int
    assert "_ajgi_CHARS[97 + i % 26]" in py  # a list index, no float hashed into a dict
    assert "if i % 10 == 0:" in py
    assert "s += _ajgi_str(i)" in py
    assert run_js(APPEND + "console.log(run(12), run('3'), run({valueOf: function () { return 2; }}));") == \
        ["a0bcdefghijk10l a0bc a0b"]


WHILE_APPEND = """function run(n) {
    var s = "", i = 0;
    while (i < n) { s += i; i++; }
    return s;
}"""


def test_int_counter_tests_the_int_bound():
    py = python_of(WHILE_APPEND)
    assert "i = i + 1 " in py
    # the loop test: an int against the int bound of the float parameter,
    # computed on entry; the generic comparison (a non-number n) gets the float
    assert "_ajgi_pb_n = _ajgi_lt_bound(n) if _ajgi_pf_n else None" in py
    assert "i < _ajgi_pb_n if _ajgi_pf_n else _ajgi_lt(i + 0.0, n)" in py
    assert run_js(WHILE_APPEND + "console.log(run(4.5), run('3'), run({valueOf: function () { return 2; }}));") == \
        ["01234 012 01"]


@pytest.mark.parametrize("x", [5.0, 4.5, 0.5, 0.0, -0.0, -3.5, 1e-300, 1e300, math.inf, -math.inf, math.nan])
def test_lt_bound_answers_as_the_float(x):
    k = lt_bound(x)
    assert all((i < x) == (i < k) for i in list(range(12)) + [2 ** 31, 2 ** 53 - 1])


@pytest.mark.parametrize("src", [
    "function f(){ var i = 0; while (i < 5) { i++; } return '' + i; }",
    "function f(){ var s = ''; for (var i = 0, j = 0; i < 5; i += 2) s += i; return s; }",
    "function f(){ var s = '', i; for (i = 0; i < 5; ++i) s += i % 3; return s; }",
    "function f(a){ var s = ''; i = 3; for (var i = 0; i < a.length; i++) s += i; return s; }",
    "function f(){ var k = 0, x = k++; return x; }",
    "function f(){ var k = 2147483647; k++; k += 1024; return '' + k; }",
    # first stored by a statement of a nested block, read only after it in that block
    "function f(c){ var s = ''; if (c) { for (var i = 0; i < 5; i++) s += i; } return s; }",
    "function f(n){ var s = ''; for (var k = 0; k < n; k++) for (var j = 0; j < 2; j++) s += j; return s; }",
    "function f(){ var s = ''; a: for (var i = 0; i < 5; i++) s += i; return s; }",
    # an index read, the counter modulo a constant as one
    "function f(a){ var t = 0; for (var i = 0; i < a.length; i++) t += a[i]; return t; }",
    "function f(a, n){ var t = 0; for (var k = 0; k < n; k++) t += a[k % 1000].x; return t; }",
    # appended to a concatenation (not only to a string literal), times a constant
    "function f(n){ var s = ''; for (var i = 0; i < n; i++) s += 'x' + i + i; return s; }",
    "function f(n){ var a = []; for (var i = 0; i < n; i++) a.push('id=' + i * 7 + ' at ' + (i * 1024 % 5)); return a; }",
    "function f(n){ var c = 0; for (var i = 0; i < n; i++) if (3 * i < n) c++; return c; }",
    # a product's constant up to 1024 over the counter's largest step
    "function f(n){ var s = ''; for (var i = 0; i < n; i += 4) s += 'x' + i * 256; return s; }",
    # a template's substitution (ToString, as a concatenation's operand)
    "function f(n){ var s = ''; for (var i = 0; i < n; i++) s += `<${i}|${i * 3}>`; return s; }",
    # appended to a template literal, as to a string literal
    "function f(n){ var s = ''; for (var i = 0; i < n; i++) s += `x` + i; return s; }",
    "function f(n){ var a = []; for (var i = 0; i < n; i++) a.push(i * 3 + `${n}` + i); return a; }",
])
def test_counters_kept_as_ints(src):
    assert int_names(src) != []


@pytest.mark.parametrize("src", [
    # read before its first store (undefined, then NaN)
    "function f(){ var s = '' + i; for (var i = 0; i < 5; i++) s += i; return s; }",
    # read after the block of its first store (undefined when it did not run)
    "function f(c){ var s = ''; if (c) { for (var i = 0; i < 5; i++) s += i; } s += i; return s; }",
    "function f(c){ var s = ''; if (c) for (var i = 0; i < 5; i++) s += i; s += i; return s; }",
    "function f(n){ var s = ''; while (n-- > 0) { s += j; for (var j = 0; j < 2; j++) s += j; } return s; }",
    "function f(n){ var s = ''; while (n-- > 0) for (var j = 0; j < 2; j++) s += j; s += j; return s; }",
    "function f(){ var s = ''; try { for (var i = 0; i < 5; i++) s += i; } finally { s += i; } return s; }",
    # first stored inside an expression, a condition
    "function f(c){ var s = ''; if (c && (i = 0) === 0) s += i; return s; }",
    "function f(c){ var s = ''; var x = c ? (i = 1) : 2; s += i; return s; }",
    # a nested function reads or writes it
    "function f(){ var s = ''; for (var i = 0; i < 5; i++) s += i; return function () { return i; }; }",
    # steps that could reach 2**53 soon, a start past 2**31
    "function f(){ var s = ''; for (var i = 0; i < 1e18; i += 2048) s += i; return s; }",
    "function f(){ var s = ''; for (var i = 4294967296; i < 1e10; i++) s += i; return s; }",
    "function f(){ var k = 2147483648; k++; return '' + k; }",
    "function f(){ var k = 0; k += 1025; return '' + k; }",
    # read where only a float serves: the int would cost a float() call
    "function f(n){ var t = 0; for (var i = 0; i < n; i++) t = t + i * i; return t; }",
    # a product past what stays below 2**53, of an expression, or stored as a number
    "function f(n){ var s = ''; for (var i = 0; i < n; i++) s += 'x' + i * 1025; return s; }",
    # a product growing faster per store than a counter may (i += 4: 2**53
    # after 2**41 stores with i * 257)
    "function f(n){ var s = ''; for (var i = 0; i < n; i += 4) s += 'x' + i * 257; return s; }",
    "function f(n){ var s = '', i = 0; while (i < n) { s += 'x' + i * 2; i += 1024; } return s; }",
    "function f(n){ var s = ''; for (var i = 0; i < n; i++) s += 'x' + (i + 1) * 2; return s; }",
    "function f(n){ var s = ''; for (var i = 0; i < n; i++) s += 'x' + i * 2 * 2; return s; }",
    "function f(n){ var t; for (var i = 0; i < n; i++) t = i * 2; return t; }",
    "function f(n){ var s = ''; for (var i = 0; i < n; i++) s += 'x' + i * 0; return s; }",
    "function f(n){ var s = ''; for (var i = 0; i < n; i++) s += 'x' + i * 2.5; return s; }",
    "function f(n){ var t = 0; for (var i = 0; i < n; i++) t += i; return t; }",
    # a tagged template's tag gets the number itself
    "function f(n){ var s = ''; for (var i = 0; i < n; i++) s += g`<${i}>`; return s; }",
    "function f(n){ for (var i = 0; i < n; i++) if (i === n) return 1; return 0; }",
    "function f(n){ for (var i = 0; i < n; i++) g(i); }",
    # an index used to store, call, delete: the key's float form
    "function f(a){ for (var i = 0; i < a.length; i++) a[i] = 0; }",
    "function f(a){ for (var i = 0; i < a.length; i++) a[i](); }",
    "function f(a){ for (var i = 0; i < a.length; i++) delete a[i]; }",
    "function f(a){ for (var i = 0; i < a.length; i++) a[i]++; }",
    # not a counter: a parameter, a global, a decrement
    "function f(i){ var s = ''; for (i = 0; i < 5; i++) s += i; return s; }",
    "var s = ''; for (var i = 0; i < 5; i++) s += i;",
    "function f(){ var s = ''; for (var i = 5; i > 0; i--) s += i; return s; }",
])
def test_counters_kept_as_floats(src):
    assert int_names(src) == []


def test_postfix_value_and_assignment_value_are_floats():
    src = "function f(){ var k = 0, a = [5, 6], x = k++, y = a[k++], z = (k = 7); return [x, y, z, k < 8]; }"
    assert int_names(src) == ["k"]
    py = python_of(src)
    assert "(k + 0.0, (k := k + 1) + 0.0)[0]" in py
    assert "(k := 7) + 0.0" in py
    assert run_js(src + "console.log(JSON.stringify(f()), typeof f()[0]);") == ["[0,6,7,true] number"]


INDEX = """function f(a, s0, n) {
    var s = "abc", t = ["x", "y"], l = [1, 2], out = 0;
    for (var k = 0; k < n; k++) out += a[k % 1000] + s[k] + t[k] + l[k] + s0[k];
    return out;
}"""


def test_index_reads_take_the_int():
    py = python_of(INDEX).replace(" ", "")
    # any receiver: the int compared with len(elems) indexes the list, or the
    # str; the float form only in the generic read
    assert ("(_ajgi_t1:=k%1000)<_ajgi_len(_ajgi_t2)and(_ajgi_t3:=_ajgi_t2[_ajgi_t1])isnot_ajgi_HOLE"
            "elsea[_ajgi_t1]if_ajgi_t4is_ajgi_strand(_ajgi_t1:=k%1000)<_ajgi_len(a)"
            "else_ajgi_getm(a,_ajgi_FLOATS[k%1000])") in py
    assert "s[k]ifk<_ajgi_len(s)else_ajgi_getm(s,k+0.0)" in py  # a string local
    assert "('x','y')[k]ifk<2else_ajgi_getm(t,k+0.0)" in py  # a fixed string table
    assert "k<_ajgi_len(_ajgi_t" in py and "_ajgi_trunc" not in py  # an array literal
    assert run_js(INDEX + "console.log(f([1, 2], 'pq', 3), f('ab', [5], 2));") == \
        ["01ax1p2by2qundefinedcundefinedundefinedundefined 0aax15bby2undefined"]


def test_bounded_int_prints_from_the_table():
    # below 1024 (runtime/operators.py INT_STRINGS): a list index; past it str()
    src = "function f(n){ var s = ''; for (var k = 0; k < n; k++) { s += 'k' + (k % 50); s += k % 1025; s += k; } return s; }"
    py = python_of(src)
    assert "s += 'k' + _ajgi_INT_STRINGS[k % 50]" in py
    assert "s += _ajgi_str(k % 1025)" in py and "s += _ajgi_str(k)" in py
    assert run_js(src + "console.log(f(3));") == ["k000k111k222"]


ALLOC = """function build(n) {
    var items = [];
    for (var i = 0; i < n; i++) items.push({id: i, score: i % 97, name: "item" + (i % 10)});
    return items;
}"""


def test_counting_loop_counter_stored_in_literals_is_an_int():
    # the range and INT_STRINGS[i % 10] save more than the two i + 0.0 cost
    assert int_names(ALLOC) == ["i"]
    py = python_of(ALLOC)
    assert "'id': i + 0.0, 'score': _ajgi_FLOATS[i % 97], 'name': 'item' + _ajgi_INT_STRINGS[i % 10]" in py
    assert run_js(ALLOC + "var a = build(3); console.log(JSON.stringify(a), 1 / -a[0].id);") == \
        ['[{"id":0,"score":0,"name":"item0"},{"id":1,"score":1,"name":"item1"},'
         '{"id":2,"score":2,"name":"item2"}] -Infinity']


@pytest.mark.parametrize("src", [
    # no string made of it: nothing pays for the i + 0.0
    "function f(n){ var a = []; for (var i = 0; i < n; i++) a.push({id: i}); return a; }",
    # the literal in a loop of its own: read more often than the range saves
    "function f(n){ var a = []; for (var i = 0; i < n; i++) { var s = 'k' + i; "
    "for (var j = 0; j < 2; j++) a.push({id: i, s: s}); } return a; }",
    # not a counting loop's counter
    "function f(n){ var a = [], i = 0; while (i < n) { a.push({id: i, s: 'k' + i}); i++; } return a; }",
])
def test_literal_stores_keep_a_float_counter(src):
    assert "i" not in int_names(src)
