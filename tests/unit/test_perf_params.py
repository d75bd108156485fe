"""A loop comparing a number with a parameter no code can change tests the
parameter's type once, at the function's entry (lower/expressions.py
float_test). Parameters that can change (assigned, aliased by
``arguments``) keep the test per use. Expected values from node."""

from ajgi_tx.compiler import compile_source
from tests.helpers import run_js

SOURCE = """
var out = [];
function f(n) { var s = 0; for (var i = 0; i < n; i++) s += i; return [s, i]; }
out.push(f(5).join(), f("5").join(), f(null).join(), f().join(), f({valueOf: function () { return 3; }}).join());
function g(n) { var s = 0; for (var i = 0; i < n; i++) { s += i; if (i > 2) n = 2; } return s; }
out.push(g(10));
function h(n) { var s = 0; for (var i = 0; i < n; i++) { s += i; arguments[0] = "1"; } return s; }
out.push(h(10));
function k(n, m) { var s = 0; while (s < n) { s += m; } return s; }
out.push(k(10, 3), k("10", 3));
console.log(out.join(";"));
"""


def test_values_match_node():
    assert run_js(SOURCE) == ["10,5;10,5;0,0;0,0;3,3;6;0;12;12"]


def test_only_unchanging_parameters_get_a_flag():
    py = compile_source(SOURCE, "p.js").python_source()
    flags = sorted({line.strip() for line in py.splitlines() if line.strip().startswith("_ajgi_pf_")})
    # f's n only: g assigns n, h has arguments, and k's s is no number
    # local outside its kernel (s += m), so s < n tests both operands
    assert flags == ["_ajgi_pf_n = _ajgi_type(n) is _ajgi_float"]
    assert py.count("_ajgi_pf_n = ") == 1
    assert "if not (i < n if _ajgi_pf_n else _ajgi_lt(i, n))" in py
