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


def _nested_loops(n, inner):
    head = "".join("for (var i%d = 0; i%d < 1; i%d++) { " % (k, k, k) for k in range(n))
    return head + inner + "}" * n


DEEP_ASYNC = ("function f() { var r = 0; " + _nested_loops(30, "delay(1); r++; if (i29 === 0) return r + 1; ")
              + " return -1; } sendResp(f());")


def test_100_nested_loops_compile_and_run():
    # CPython refuses more than 20 statically nested blocks; node runs these
    src = "var c = 0; " + _nested_loops(100, "c++; ") + " console.log(c);"
    assert run_js(src) == ["1"]


def test_deep_blocks_in_async_code_stay_awaited():
    # the hoisted block holds an await (delay blocks): it must be an async
    # def that the caller awaits, and the function around it stays correct
    src = DEEP_ASYNC
    compiled = compile_source(src, "deep_async.js")
    text = compiled.python_source()
    assert "async def _ajgi_blk" in text and "await _ajgi_blk" in text
    # (run on the server, where delay exists: tests/server/test_deep_blocks.py)


def test_deep_member_chain_is_a_compile_error_at_its_place():
    import pytest
    from ajgi_tx.errors import CompileError

    src = "var o = {a: null}; o.a = o;\nvar x = o" + ".a" * 10000 + ";"
    with pytest.raises(CompileError) as info:
        compile_source(src, "chain.js")
    assert info.value.location() == "chain.js:2:11"  # the innermost `.a`
    assert "nests too deeply" in info.value.message


def test_deep_expressions_within_limits_still_run():
    src = "var o = {a: null}; o.a = o; console.log(o" + ".a" * 1000 + " === o);"
    assert run_js(src) == ["true"]
