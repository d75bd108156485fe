"""Number kernels (compiler/lower/kernels.py): a function declaration that
only computes with numbers gets a float-only copy, entered when the binding
still holds the function and every argument is a float. Every way a script
can call, replace or feed such a function must keep JS behaviour (expected
values from node), and functions the kernel's rules exclude get none."""

import pytest

from ajgi_tx.compiler import compile_source
from tests.helpers import counting_checkpoints, run_js


def kernels_of(src):
    py = compile_source(src, "k.js").python_source()
    return sorted(line.split("def _ajgi_k_")[1].split("(")[0]
                  for line in py.splitlines() if "def _ajgi_k_" in line)


def test_values_match_node():
    out = run_js("""
        var out = [];
        function fib(n) { if (n < 2) return n; return fib(n - 1) + fib(n - 2); }
        out.push(fib(10), fib("7"), fib(null), fib(1.5), fib(-0), 1 / fib(-0), fib(true));
        function sq(x, y) { var t = x * y; t += 1; return t - 1; }
        out.push(sq(3, 4), sq("3", 4), sq(3), sq(2, 3, 4), sq({valueOf: function () { return 5; }}, 2));
        function und(n) { var x; if (n > 1) x = n; return x; }
        out.push(und(2), und(0), typeof und(0), und(0) + 1, und(0) === undefined);
        function loop(n) { var s = 0; for (var i = 0; i < n; i++) { if (i === 3) continue; s += i; } return s; }
        out.push(loop(10), loop(1e5));
        function cmp(a, b) { return a < b ? -1 : a > b ? 1 : 0; }
        out.push(cmp(1, 2), cmp(2, 1), cmp(NaN, 1), cmp("b", "a"));
        function deep(n) { return n < 1 ? 0 : 1 + deep(n - 1); }
        try { deep(1e6); } catch (e) { out.push(e instanceof RangeError); }
        out.push(deep(100));
        function div(a, b) { return a / b + a % b; }
        out.push(div(7, 2), div(1, 0), div(-1, 0), div(0, 0), 1 / div(-0, 1));
        console.log(out.join(","));
    """)
    assert out == ["55,13,,1.5,0,-Infinity,true,12,12,NaN,6,10,2,,undefined,NaN,true,42,4999949997,"
                   "-1,1,0,1,true,100,4.5,NaN,NaN,NaN,-Infinity"]


def test_rebinding_the_function():
    out = run_js("""
        var out = [];
        function fib(n) { if (n < 2) return n; return fib(n - 1) + fib(n - 2); }
        var old = fib;
        // the callee is read before the argument rebinds it; its recursive
        // calls then reach the new function
        out.push(fib((fib = function (n) { return "replaced" + n; }, 5)));
        out.push(fib(5), old(6));
        fib = old;
        out.push(fib(6));
        function twice(n) { return n < 1 ? 0 : twice(n - 1) + 2; }
        var t = twice;
        twice = function (n) { return "other"; };
        out.push(t(3), twice(3));
        console.log(out.join(","));
    """)
    assert out == ["replaced4replaced3,replaced5,replaced5replaced4,8,other2,other"]


def test_which_functions_get_a_kernel():
    src = """
        function fib(n) { if (n < 2) return n; return fib(n - 1) + fib(n - 2); }
        function str(n) { return n < 1 ? "s" + n : str(n - 1); }
        function falls(n) { if (n > 1) return n; }
        function other(n) { return fib(n); }
        function member(o) { return o.x + 1; }
        function self(n) { return this.x + n; }
        function args(n) { return arguments.length + n; }
        function glob(n) { return n + g; }
        function obj(n) { return n + {}; }
        function inner(n) { function h() { return 1; } return n + h(); }
        function arity(n) { return n < 1 ? 0 : arity(n - 1, 2); }
        var g = 1;
    """
    assert kernels_of(src) == ["fib"]


def test_a_kernel_reaches_checkpoints():
    with counting_checkpoints() as calls:
        out = run_js("function spin(n) { var s = 0; while (n > 0) { n--; s++; } return s; }\n"
                     "console.log(spin(1000));")
    assert out == ["1000"]
    assert calls[0] >= 1000
    assert kernels_of("function spin(n) { var s = 0; while (n > 0) { n--; s++; } return s; }") == ["spin"]


def test_let_and_const_in_a_kernel():
    out = run_js("""
        var out = [];
        function f(n) { let s = 0; const k = 3; for (let i = 0; i < n; i++) { s = (s + i * k) % 7; } return s; }
        function tdz(n) { if (n > 0) { return x + n; } let x = 1; return x; }
        function c(n) { const k = 1; if (n > 1) k = 2; return k; }
        out.push(f(10), f(0), tdz(0));
        try { tdz(1); } catch (e) { out.push(e instanceof ReferenceError); }
        try { c(2); } catch (e) { out.push(e instanceof TypeError); }
        out.push(c(0));
        console.log(out.join(","));
    """)
    assert out == ["2,0,1,true,true,1"]


def test_a_kernel_frame_carries_the_function_name():
    out = run_js("""
        function c(n) { const k = 1; if (n > 1) k = 2; return k; }
        try { c(2); } catch (e) { console.log(e.stack.split("\\n")[1].trim()); }
    """, "trace.js")
    assert kernels_of("function c(n) { const k = 1; if (n > 1) k = 2; return k; }") == ["c"]
    assert out == ["at c (trace.js:2:49)"]



def test_shadowing_hoisting_and_other_callers():
    # a parameter or local named like the function, a var overwriting the
    # declaration, a later declaration winning, new/call/apply, callbacks
    out = run_js("""
        var out = [];
        function f1(f1) { return f1; }
        out.push(f1(3));
        function f2(n) { var f2 = 1; return f2 + n; }
        out.push(f2(2));
        var f3 = 5;
        function f3(n) { return n < 1 ? 0 : f3(n - 1); }
        try { f3(3); } catch (e) { out.push(e instanceof TypeError); }
        function f4(n) { return n * 2; }
        function f4(n) { return n * 3; }
        out.push(f4(2));
        function f5(n) { if (n == "5") return 1; return typeof n === "number" ? 2 : 3; }
        out.push(f5(5), f5(4));
        function f6(n) { n++; n += 0.5; return n; }
        out.push(f6(1), f6("1"));
        function f7(a, b) { return a === b ? a - b : a > b ? f7(b, a) : b - a; }
        out.push(f7(1, 3), f7(3, 1), f7(NaN, NaN), f7(0, -0), 1 / f7(-0, 0));
        function f8(n) { var i = 0, s = 0; do { s += i; i++; if (s > 100) break; } while (i < n); return s; }
        out.push(f8(10), f8(100));
        out.push(new f4(2) instanceof f4, f4.call(null, 5), f4.apply(null, [6]), f4.length, f4.name);
        var g = f7; out.push(g(5, 2));
        function f9(n) { return n < 2 ? n : f9(n - 1) + f9(n - 2); }
        out.push([1, 2, 3, 4, 5, 6, 7].map(function (x) { return f9(x); }).join(" "));
        out.push(f9(Infinity === Infinity ? 10 : 0));
        function f10(n) { var x = n; x = x / 0; return -x; }
        out.push(f10(1), f10(-1), f10(0));
        console.log(out.join(","));
    """)
    assert out == ["3,3,true,6,1,2,2.5,2.5,2,2,NaN,0,-Infinity,45,105,true,15,18,1,f4,3,1 1 2 3 5 8 13,55,-Infinity,Infinity,NaN"]
