"""``Math.sqrt(x)`` / ``Math.abs(x)`` as one Python call for a float, every
other Math method as a direct call, behind one identity test of a pristine
Math object (runtime/builtins/pristine.py, compiler/lower/intrinsics.py).
Every argument type and every way a script can replace, shadow or intercept
a method must keep JS behaviour. Expected values from node."""

from ajgi_tx.compiler import compile_source
from tests.helpers import run_js


def test_fast_path_is_emitted_for_a_numeric_local():
    src = "function f(n) { var t = 0; for (var i = 0; i < n; i++) t += Math.sqrt(i) + Math.abs(-i); return t; }"
    py = compile_source(src, "m.js").python_source()
    assert "_ajgi_fsqrt(i) if i >= 0.0" in py
    assert "_ajgi_fabs(" in py and "Math is _ajgi_pristine_Math" in py


def test_argument_values():
    out = run_js("""
        var out = [];
        out.push(Math.sqrt(4), Math.sqrt(-0), 1 / Math.sqrt(-0), Math.sqrt(-1), Math.sqrt(NaN), Math.sqrt("9"),
                 Math.sqrt(), Math.sqrt(Infinity), Math.sqrt(2, 3), Math.sqrt({valueOf: function () { return 25; }}));
        out.push(Math.abs(-0), 1 / Math.abs(-0), Math.abs(-3.5), Math.abs("x"), Math.abs(null), Math.abs(-Infinity),
                 Math.floor(-0.5), 1 / Math.floor(-0), Math.max(1, 3, 2), Math.min());
        function g() { var x; var y = Math.sqrt(x); x = 4; return [y, Math.sqrt(x), Math.sqrt(-x)].join(); }
        out.push(g());
        console.log(out.join(","));
    """)
    assert out == ["2,0,-Infinity,NaN,NaN,3,NaN,Infinity,1.4142135623730951,5,"
                   "0,Infinity,3.5,NaN,0,Infinity,-1,-Infinity,3,Infinity,NaN,2,NaN"]


def test_replaced_shadowed_and_intercepted_methods():
    out = run_js("""
        var out = [], calls = 0;
        function f(x) { return Math.sqrt(x); }
        out.push(f(16), Math.sqrt(16, calls++), calls);
        // the method is read before the argument is evaluated
        out.push(Math.sqrt((Math.sqrt = function (x) { return "replaced" + x; }, 9)));
        out.push(f(4), Math.abs(-2));
        var M = Math;
        Math = {abs: function (x) { return "obj" + x; }};
        out.push(Math.abs(-1), M.abs(-5));
        Math = M;
        Object.defineProperty(Math, "abs", {get: function () { return function () { return "getter"; }; }});
        out.push(Math.abs(-3));
        (function () { var Math = {floor: function (x) { return "local" + x; }}; out.push(Math.floor(1.5)); })();
        delete M.floor;
        try { Math.floor(1); } catch (e) { out.push(e instanceof TypeError); }
        Object.prototype.floor = function (x) { return "inherited" + x; };
        out.push(Math.floor(2.5));
        console.log(out.join(","));
    """)
    assert out == ["4,4,1,3,replaced4,2,obj-1,5,getter,local1.5,true,inherited2.5"]
