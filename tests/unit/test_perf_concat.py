"""String concatenation chains (``"a" + x + ...``) compiled to one
f-string of ToString pieces: the results and the order of the implicit
ToPrimitive calls must stay those of ES5.1 11.6.1."""

from tests.helpers import run_js


def js(body):
    return run_js(body)


def test_numbers_in_chains():
    out = js("""
        function f(k) { var i = k; return "k" + (i % 50) + "/" + (i * 1.5) + "/" + (-i) + "/" + (i / 0); }
        console.log(f(7)); console.log(f(0)); console.log(f(1e21)); console.log(f(-3));
        var big = 123456789012345680000;
        console.log("x" + big + "y" + 1e-7 + "z" + (0.1 + 0.2) + "w" + NaN);
        console.log("a" + -0 + "b" + 1023 + "c" + 1024 + "d" + 2.5);
    """)
    assert out == [
        "k7/10.5/-7/Infinity", "k0/0/0/NaN", "k0/1.5e+21/-1e+21/Infinity", "k-3/-4.5/3/-Infinity",
        "x123456789012345680000y1e-7z0.30000000000000004wNaN",
        "a0b1023c1024d2.5",
    ]


def test_undefined_number_local():
    # a number-only local read before its first assignment is undefined
    out = js("""
        function f() { var s = "v" + n + "," + (n + 1); var n = 3; return s + n; }
        console.log(f());
    """)
    assert out == ["vundefined,NaN3"]


def test_other_values():
    out = js("""
        var o = {valueOf: function () { return 42; }, toString: function () { return "T"; }};
        var d = new Date(0);
        console.log("" + null + undefined + true + false + [1, [2, 3]] + {} + o);
        console.log(typeof ("" + d), ("" + d) === d.toString());
        console.log(1 + 2 + "x" + 1 + 2, "x" + (1 + 2), 1 + "2" + 3);
        console.log(o + "s", o + 1 + "s", "s" + o + o);
    """)
    assert out == [
        "nullundefinedtruefalse1,2,3[object Object]42",
        "string true",
        "3x12 x3 123",
        "42s 43s s4242",
    ]


def test_to_primitive_order():
    out = js("""
        var log = [];
        function mk(n) { return {valueOf: function () { log.push("v" + n); return n; }}; }
        function g(n) { log.push("e" + n); return mk(n); }
        var s = "<" + g(1) + g(2) + "|" + g(3) + ">";
        console.log(s, log.join(" "));
        log = [];
        var t = g(1) + g(2) + "|" + g(3);
        console.log(t, log.join(" "));
        log = [];
        var u = g(1) + ("a" + g(2));
        console.log(u, log.join(" "));
    """)
    assert out == [
        "<12|3> e1 v1 e2 v2 e3 v3",
        "3|3 e1 e2 v1 v2 e3 v3",
        "1a2 e1 e2 v2 v1",
    ]


def test_valueof_changed_by_later_operand():
    # x's ToPrimitive runs after the right operand is evaluated
    out = js("""
        var x = {valueOf: function () { return "old"; }};
        function change() { x.valueOf = function () { return "new"; }; return "!"; }
        console.log(x + ("s" + change()));
    """)
    assert out == ["news!"]


def test_in_place_append():
    out = js("""
        function f(n) {
            var s = "";
            for (var i = 0; i < n; i++) { s += "a" + i; if (i % 2 === 0) s += i * 2; }
            return s;
        }
        console.log(f(5));
        var g = 1; g += "x" + g; console.log(g);
    """)
    assert out == ["a00a1a24a3a48", "1x1"]


def test_long_chain_without_strings():
    out = js("""
        var a = 1, b = 2, o = {valueOf: function () { return 3; }};
        console.log(a + b + a + b + a + b + a + b + a + o);
        console.log(a + b + a + b + a + b + a + b + a + "s" + a + b);
    """)
    assert out == ["16", "13s12"]
