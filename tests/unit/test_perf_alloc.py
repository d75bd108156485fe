"""The allocation and index fast paths (issue 10's object_alloc and
object_props): ``a.push(v)`` inlined as ``list.append`` (compiler/lower/
intrinsics.py, runtime/builtins/array.py), reads ``a[i]`` by a counter
(compiler/numeric.py analyze_counters, compiler/lower/members.py), ``i <
a.length`` against the int length (compiler/lower/expressions.py) and
``o[k] = v`` adding a key (runtime/properties.py). Every case outside the
fast paths must keep JS behaviour: expected values from node 20."""

import ast
import re

import pytest

from ajgi_tx.compiler import compile_source
from runtime import limits
from tests.helpers import run_js


def python_of(src):
    return compile_source(src, "t.js").python_source()


def test_push_of_one_argument_in_every_situation():
    # the argument may freeze the array, fix its length, change its
    # prototype, replace Array.prototype.push or reassign the receiver;
    # setters and read-only properties on the prototypes take the index
    out = run_js("""
        var out = [];
        function t() {
          var a = [], log = [], slog = "";
          out.push(a.push(1), a.push(2, 3), a.push(), a.length, a.push(...[4]));
          // the argument makes the array non-extensible / freezes length / changes proto
          var b = [1];
          try { b.push((Object.preventExtensions(b), 2)); } catch (e) { out.push(e.name); }
          out.push(b.length);
          var c = [1];
          try { c.push((Object.defineProperty(c, "length", {writable: false}), 2)); } catch (e) { out.push(e.name); }
          out.push(c.length);
          var d = [];
          var P = {set 0(v) { log.push("P0=" + v); }};
          d.push((Object.setPrototypeOf(d, P), "x"));
          out.push(d.length, log.join());
          // the argument replaces Array.prototype.push: the old method was read first
          var e = [], saved = Array.prototype.push;
          out.push(e.push((Array.prototype.push = function (v) { return "mine" + v; }, 7)), e.length, e.push(8));
          Array.prototype.push = saved;
          // a setter on Object.prototype / Array.prototype for the next index
          var f = [0];
          Object.defineProperty(Object.prototype, "1", {set: function (v) { slog += "OP1=" + v; }, configurable: true});
          out.push(f.push("y"), f.length, f.hasOwnProperty(1), slog);
          delete Object.prototype[1];
          out.push(f.push("z"), JSON.stringify(f));
          var g = [0, 1];
          Object.defineProperty(Array.prototype, "2", {get: function () { return "ro"; }, configurable: true});
          try { g.push("w"); out.push("pushed", g.length); } catch (err) { out.push(err.name); }
          delete Array.prototype[2];
          // the argument reassigns the receiver variable in a closure
          var h = [], h2 = [];
          var swap = function () { h = h2; return 1; };
          h.push(swap()); out.push(h.length, h2.length);
          var m = {push: Array.prototype.push, length: 1}; out.push(m.push("q"), m.length, m[1]);
          var s = "str"; try { s.push(1); } catch (err) { out.push(err.name); }
          var u; try { u.push(1); } catch (err) { out.push(err.name); }
          var n = [1]; n.push = function (v) { return "own" + v; }; out.push(n.push(2));
        }
        t();
        console.log(out.join(","));
    """)
    assert out == ['1,3,3,3,4,TypeError,1,TypeError,1,1,P0=x,1,1,mine8,2,2,false,OP1=y,3,[0,null,"z"],'
                   'TypeError,0,0,2,2,q,TypeError,TypeError,own2']


@pytest.mark.parametrize("body, expected", [
    ("""for (var i = 0; i < 6; i++) {
          if (i == 2) Object.defineProperty(Array.prototype, "3", {set: function (v) { log += "AP3=" + v; }, configurable: true});
          a.push(i);
        }
        delete Array.prototype[3];
        out.push(a.length, a.hasOwnProperty(3), JSON.stringify(a), log);""",
     "6,false,[0,1,2,null,4,5],AP3=3"),
    ("""var P = {set 1(v) { log += "P1=" + v; }};
        for (var j = 0; j < 3; j++) {
          if (j == 1) Object.setPrototypeOf(Array.prototype, P);
          a.push("b" + j);
        }
        Object.setPrototypeOf(Array.prototype, Object.prototype);
        out.push(a.length, a.hasOwnProperty(1), log);""",
     "3,false,P1=b1"),
    ("""for (var k = 0; k < 4; k++) {
          if (k == 1) Object.defineProperty(Object.prototype, "2", {value: "ro", writable: false, configurable: true});
          try { a.push("c" + k); } catch (e) { log += k + e.name; }
        }
        delete Object.prototype[2];
        out.push(a.length, a[2], a.hasOwnProperty(2), log);""",
     "2,,false,2TypeError3TypeError"),
    ("""Object.freeze(Array.prototype);
        for (var m = 0; m < 3; m++) a.push(m);
        out.push(a.length, a.join());""",
     "3,0,1,2"),
])
def test_push_in_a_loop_while_the_prototypes_change(body, expected):
    # a setter or a read-only index on Array.prototype / Object.prototype,
    # or another prototype for Array.prototype, arriving between pushes of
    # one loop, each in a fresh realm (runtime/builtins/pristine.py:
    # PLAIN_ARRAY_PROTOTYPE)
    out = run_js("var out = []; function t() { var a = [], log = '';\n" + body
                 + "\n} t(); console.log(out.join(','));")
    assert out == [expected]


def test_push_shapes():
    # a receiver the argument cannot reassign: list.append inline; a
    # global one with a call in the argument, or several arguments: the
    # built-in (one argument: no tuple)
    py = python_of("function f(a, x) { var b = []; b.push(x); a.push(x, x); } var g = []; g.push(String(1));")
    assert py.count(".append(") == 1
    # the prototypes are tested by one identity check (runtime/builtins/pristine.py)
    assert py.count("b.proto is _ajgi_plain_ArrayPrototype") == 1 and ".special" not in py
    # the usual empty own table is tested before the lookup in it
    assert "(not b.props or 'push' not in b.props)" in ast.unparse(ast.parse(py))
    assert "_ajgi_Array_push1 if _ajgi_type(g)" in py and "_ajgi_Array_push if _ajgi_type(a)" in py


def test_push_of_a_value_that_runs_no_script():
    # an object literal of numbers and strings, a local: every test comes
    # before the value, which is made once, straight into the append, with
    # no temp for the method read; the fallback reads the method first
    py = python_of("function f(x) { var a = []; for (var i = 0; i < 3; i++) a.push({i: i, s: 's' + i, l: [x]}); return a; }")
    src = ast.unparse(ast.parse(py))
    fast, _, fallback = src.partition(" else (_ajgi_Array_push1 if ")
    assert re.search(r"(\w+)\.append\(_ajgi_obj\(.*\)\) if a\.proto is _ajgi_plain_ArrayPrototype "
                     r"and \(not a\.props or 'push' not in a\.props\) and \(\(\1 := a\.elems\) is not None\) "
                     r"and a\.extensible and a\.length_writable and \(_ajgi_len\(\1\) < _ajgi_arrmax\)$", fast)
    assert fallback.startswith("a.proto is _ajgi_pristine_ArrayPrototype") and "(a, _ajgi_obj(" in fallback
    # (the second append: the loop's iterations after the first, count_loops._hoisted,
    # which writes the object out)
    assert src.count("_ajgi_obj(") == 2 and src.count(".append(") == 2
    assert src.count("_ajgi_alloc(_ajgi_JSObject)") == 1
    # a large value is emitted once (the read, value, test order)
    py = python_of("function f() { var a = []; a.push([%s]); return a; }" % ", ".join(map(str, range(300))))
    assert py.count("_ajgi_arr(") == 2 and py.count(".append(") == 1  # a, then the value
    # a call in the value keeps the read, value, test order
    py = python_of("function f(x) { var a = []; a.push({v: String(x)}); return a; }")
    assert re.search(r"\(_ajgi_t\d+ := _ajgi_Array_push1 if", py) and py.count("_ajgi_obj(") == 1


def test_push_statement_drops_the_length():
    # `a.push(v);` appends and converts no length; `n = a.push(v)` keeps it;
    # a statement whose guard fails still calls the method it read
    src = """function f(x) { var a = [], n; a.push(x); n = a.push(x + 1);
        var b = [0]; Object.freeze(b); try { b.push(x); } catch (e) { n += e.name; }
        var c = []; c.push = function (v) { n += "+" + v; }; c.push(x);
        return a.join() + " " + n + " " + b.length + " " + c.length; }
        console.log(f(1));"""
    py = python_of(src)
    assert py.count(".append(") == 4
    assert len(re.findall(r"\.append\(\w+\) or _ajgi_float", py)) == 1
    assert run_js(src) == ["1,2 2TypeError+1 1 0"]


@pytest.fixture
def small_array_cap():
    limits.configure(max_array_elements=1000)
    yield
    limits.configure(reset=True)


@pytest.mark.parametrize("scope", ["global", "local"])
def test_push_of_one_argument_stops_at_the_cap(small_array_cap, scope):
    body = "var a = []; try { while (true) a.push(1); } catch (e) { console.log(String(e), a.length); }"
    if scope == "local":
        body = "(function () { %s })()" % body
    assert run_js(body) == ["RangeError: Invalid array length: more than 1000 elements 1000"]


def test_index_reads_by_counters():
    # undefined, NaN, +Infinity, huge and fractional (`%` 1.5) counters and
    # keys; holes filled by Array.prototype; strings and plain objects
    out = run_js("""
        var out = [];
        function f(a) {
          var r = [], i, j = 0, u;
          r.push(a[i], a[u]);          // undefined counter
          i++; r.push(a[i]);           // NaN
          for (i = 0; i < 5; i++) r.push(a[i], a[i % 2], a[i % 2.5], a[(i + 0) % 3]);
          j += 1e300; j += 1e300; r.push(a[j], j % 7);
          var k = 0; k = Infinity; r.push(a[k], a[k % 3]);
          var m = 0; r.push(a[m++], a[m++], a[m], m);
          return r;
        }
        out.push(JSON.stringify(f([10, , 30])), JSON.stringify(f("xyz")), JSON.stringify(f({0: "o0", 1: "o1", "NaN": "nan", "undefined": "u", "Infinity": "inf"})));
        Array.prototype[1] = "proto";
        out.push(JSON.stringify(f([10, , 30])));
        var n = 0; var g = function () { n = -1; };
        g(); var a2 = ["a"]; a2["-1"] = "neg"; out.push(a2[n]);
        for (var q = 0; q < 3; q++) { out.push(a2[q % 2]); }
        console.log(out.join("\\n"));
    """)
    assert out == [
        '[null,null,null,10,10,10,10,null,null,null,null,30,10,30,30,null,null,null,10,null,10,null,null,null,2,'
        'null,null,10,null,30,2]',
        '[null,null,null,"x","x","x","x","y","y","y","y","z","x","z","z",null,"y",null,"x",null,"x",null,"y",null,2,'
        'null,null,"x","y","z",2]',
        '["u","u","nan","o0","o0","o0","o0","o1","o1","o1","o1",null,"o0",null,null,null,"o1",null,"o0",null,"o0",'
        'null,"o1",null,2,"inf","nan","o0","o1",null,2]',
        '[null,null,null,10,10,10,10,"proto","proto","proto","proto",30,10,30,30,null,"proto",null,10,null,10,null,'
        '"proto",null,2,null,null,10,"proto",30,2]',
        "neg", "a", "proto", "a"]


def test_what_is_not_a_counter():
    # a store of a negative, fractional or unknown value anywhere (closures
    # included) keeps the sign and integrality tests
    out = run_js("""
        var a = ["a", "b"]; a["-1"] = "neg"; a["0.5"] = "half"; a["1e+21"] = "big";
        function closure() { var n = 0; (function () { n = -1; })(); return a[n]; }
        function dec() { var n = 1; n--; n--; return a[n]; }
        function half() { var n = 0; n += 0.5; return a[n]; }
        function minus() { var n = 0; n -= 1; return a[n]; }
        function copy(m) { var n = 0; n = m; return a[n]; }
        function big() { var n = 1e21; return a[n]; }
        function mod() { var r = []; for (var n = 0; n < 4; n++) r.push(a[n % 1.5], a[n % 2]); return r.join(); }
        function letc() { let r = []; for (let n = 0; n < 3; n++) r.push(a[n]); return r.join(); }
        console.log([closure(), dec(), half(), minus(), copy(-1), copy("1"), big(), mod(), letc()].join("|"));
    """)
    assert out == ["neg|neg|half|neg|neg|b|big|a,a,b,b,half,a,a,b|a,b,"]
    py = python_of("function f(a) { var s = 0; for (var i = 0; i < a.length; i++) s += a[i] + a[i % 3]; return s; }"
                   "function g(a) { var s = 0; for (var i = 5; i >= 0; i--) s += a[i]; return s; }")
    f, g = py.split("def g(")
    assert "is_integer" not in f and "_ajgi_mod(i" not in f and "is_integer" in g


def test_relational_tests_with_length():
    # numbers, undefined, NaN, -0 and side effects against the length of
    # arrays, strings, array-likes, functions and sparse arrays
    out = run_js("""
        var out = [];
        function f(a, x) {
          var i = 0, u, n = 0.5, z = -0;
          var r = [i < a.length, u < a.length, a.length > u, a.length >= u, n <= a.length, a.length > n, a.length <= 2, 3 >= a.length,
                   (i + 3) < a.length, (i + 3) >= a.length, a.length > (i = 2, i), NaN < a.length, a.length < Infinity, z < a.length];
          var log = [];
          var g = function () { log.push("g"); return 1; };
          r.push(a.length > (g(), 1), log.join());
          return JSON.stringify(r);
        }
        out.push(f([1, 2, 3]), f("ab"), f({length: "5"}), f({length: {valueOf: function () { return 2; }}}), f({}), f(function (a, b) {}));
        var a = new Array(5); a[4294967290] = 1;
        out.push(f(a));
        for (var k = 0; k < out.length; k++) console.log(out[k]);
    """)
    assert out == [
        '[true,false,false,false,true,true,false,true,false,true,true,false,true,true,true,"g"]',
        '[true,false,false,false,true,true,true,true,false,true,false,false,true,true,true,"g"]',
        '[true,false,false,false,true,true,false,false,true,false,true,false,true,true,true,"g"]',
        '[true,false,false,false,true,true,true,true,false,true,false,false,true,true,true,"g"]',
        '[false,false,false,false,false,false,false,false,false,false,false,false,false,false,false,"g"]',
        '[true,false,false,false,true,true,true,true,false,true,false,false,true,true,true,"g"]',
        '[true,false,false,false,true,true,false,false,true,false,true,false,true,true,true,"g"]']
    py = python_of("function f(a) { var s = 0; for (var i = 0; i < a.length; i++) s++; return s; }")
    assert "i < _ajgi_len(" in py


def test_computed_stores_adding_keys():
    # a read-only or accessor property on the prototype chain, a String
    # object prototype, a non-extensible object
    out = run_js("""
        var out = [];
        function f() {
          var o = {}, keys = ["a", "b", "toString", "1", "ro", "acc", "length"];
          var P = Object.create(null, {ro: {value: 1, writable: false}, acc: {set: function (v) { out.push("set" + v); }}});
          var q = Object.create(P);
          for (var i = 0; i < keys.length; i++) { var k = keys[i]; o[k] = i; q[k] = i; }
          var s = new String("xy"); var w = Object.create(s); w["0"] = "z"; w["5"] = 5; w["length"] = 9;
          var ne = Object.preventExtensions({}); ne["x"] = 1;
          out.push(JSON.stringify(o), JSON.stringify(q), q.ro, w[0], w[5], w.length, ne.x);
        }
        f();
        console.log(out.join("|"));
    """)
    assert out == ['set5|{"1":3,"a":0,"b":1,"toString":2,"ro":4,"acc":5,"length":6}|'
                   '{"1":3,"a":0,"b":1,"toString":2,"length":6}|1|x|5|2|']


def test_arithmetic_and_comparisons_on_a_property():
    # one float test of the own property; strings, objects with valueOf,
    # getters, inherited and missing properties, functions, arrays and
    # primitives take the generic operator
    out = run_js("""
        var out = [];
        function f(o, n) {
          var r = [];
          r.push(o.x > 500, o.x * 2, 3 - o.x, o.x % 7, o.x + 1, 1 + o.x, o.x < n, n <= o.x, o.x / 2, o.x - n, o.x | 0, o.x >= NaN);
          return JSON.stringify(r);
        }
        var P = {x: 600};
        var log = [];
        out.push(f({x: 501}, 1), f({x: 7}, 8), f({x: "600"}, 1), f({x: "abc"}, 1), f({}, 1), f(Object.create(P), 1),
                 f({get x() { log.push("get"); return 1000; }}, 2), f({x: {valueOf: function () { log.push("vo"); return 3; }}}, 4),
                 f({x: NaN}, NaN), f({x: -0}, 0), f({x: null}, 0), f({x: true}, 1));
        var fn = function () {}; fn.x = 900; out.push(f(fn, 1));
        var arr = [1]; arr.x = 2; out.push(f(arr, 3));
        out.push(f("str", 1), f(5, 1));
        try { f(undefined, 1); } catch (e) { out.push(e.name); }
        out.push(log.join());
        console.log(out.join("\\n"));
    """)
    assert out == [
        '[true,1002,-498,4,502,502,false,true,250.5,500,501,false]',
        '[false,14,-4,0,8,8,true,false,3.5,-1,7,false]',
        '[true,1200,-597,5,"6001","1600",false,true,300,599,600,false]',
        '[false,null,null,null,"abc1","1abc",false,false,null,null,0,false]',
        '[false,null,null,null,null,null,false,false,null,null,0,false]',
        '[true,1200,-597,5,601,601,false,true,300,599,600,false]',
        '[true,2000,-997,6,1001,1001,false,true,500,998,1000,false]',
        '[false,6,0,3,4,4,true,false,1.5,-1,3,false]',
        '[false,null,null,null,null,null,false,false,null,null,0,false]',
        '[false,0,3,0,1,1,false,true,0,0,0,false]',
        '[false,0,3,0,1,1,false,true,0,0,0,false]',
        '[false,2,2,1,2,2,false,true,0.5,0,1,false]',
        '[true,1800,-897,4,901,901,false,true,450,899,900,false]',
        '[false,4,1,2,3,3,true,false,1,-1,2,false]',
        '[false,null,null,null,null,null,false,false,null,null,0,false]',
        '[false,null,null,null,null,null,false,false,null,null,0,false]',
        'TypeError',
        'get,get,get,get,get,get,get,get,get,get,get,get,vo,vo,vo,vo,vo,vo,vo,vo,vo,vo,vo,vo']
    code = ast.unparse(compile_source("function f(o) { return o.x > 500; }", "t.js").module)
    assert "_ajgi_t3 > 500.0 if _ajgi_type(o) is _ajgi_JSObject and _ajgi_type((_ajgi_t3 := o.props.get('x'" in code


def test_plain_object_slots_are_what_make_object_stores():
    """count_loops writes make_object's stores inline from PLAIN_OBJECT_SLOTS:
    with props and proto they must be all of JSObject's slots, as make_object
    sets them (a slot added to JSObject fails here, not in a script)."""
    from runtime.values import PLAIN_OBJECT_SLOTS, JSObject, make_object

    proto, props = object(), {"x": 1.0}
    o = make_object(proto, props)
    slots = dict(PLAIN_OBJECT_SLOTS, props=props, proto=proto)
    assert set(slots) == set(JSObject.__slots__) - {"__weakref__"}
    for name, value in slots.items():
        assert getattr(o, name) is value
