"""Inputs that stress the compiler's own recursion and the runtime's."""

from ajgi_tx.compiler import compile_source
from tests.helpers import run_js


def test_2000_term_concatenation_compiles_and_runs():
    # AGI scripts build HTML with long + chains: the compiler flattens them
    # iteratively (no recursion limit in the compiler).
    src = "var x = 1; var s = " + " + ".join('"a" + x' for _ in range(1000)) + "; console.log(s.length);"
    compile_source(src, "long.js")
    assert run_js(src) == ["2000"]


def test_2000_term_numeric_chain():
    src = "var x = 1; console.log(" + " + ".join("x" for _ in range(2000)) + ");"
    assert run_js(src) == ["2000"]


def test_deeply_nested_calls_compile():
    src = "function f(a) { return a; } console.log(" + "f(" * 200 + "1" + ")" * 200 + ");"
    assert run_js(src) == ["1"]


def test_recursion_is_a_catchable_range_error():
    src = ("function r(n) { return r(n + 1) + 1; }"
           "try { r(0); } catch (e) { console.log(e instanceof RangeError, e.message); }")
    assert run_js(src) == ["true Maximum call stack size exceeded"]
