"""Counting loops over int counters as a Python ``for`` over a range
(compiler/lower/count_loops.py, runtime/count_loops.py): the shapes taken
and refused. What every case computes is checked against node in
tests/scripts/number/count_loops.js."""

import re

import pytest

from ajgi_tx.compiler import compile_source
from runtime.count_loops import count_range
from runtime.values import null, undefined
from tests.helpers import run_js


def python_of(src):
    """The emitted Python, every run of white space one space (none after
    an opening parenthesis, where the printer breaks long lines)."""
    return re.sub(r"\(\s+", "(", " ".join(compile_source(src, "t.js").python_source().split()))


def test_parameter_bound_is_a_range():
    py = python_of("function f(n){ var s = ''; for (var i = 0; i < n; i++) s += i; return s + ('|' + i); }")
    assert "_ajgi_t1 = _ajgi_range(0, _ajgi_lt_bound(n)) if _ajgi_type(n ) is _ajgi_float " \
           "else _ajgi_count_range(0, n) for i in _ajgi_t1: if _ajgi_flag[0]: _ajgi_preempt() " in py
    assert "else: i = _ajgi_t1.stop " in py
    assert "i = i + 1" not in py and "_ajgi_pb_n" not in py


def test_start_above_zero_keeps_the_start_after_an_empty_loop():
    py = python_of("function f(n){ var s = ''; for (var i = 3; i < n; i++) s += i; return s + ('|' + i); }")
    assert "_ajgi_range(3, _ajgi_lt_bound(n))" in py
    assert "else: i = _ajgi_t1.stop if _ajgi_t1.stop > 3 else 3 " in py


def test_literal_and_int_counter_bounds():
    py = python_of("function f(){ var s = ''; for (var i = 0; i < 4.5; i++) "
                   "{ for (var j = 0; j < i; j++) s += j; s += '(' + j; } return s + ('|' + i); }")
    assert "for i in _ajgi_range(0, 5):" in py
    assert "for j in _ajgi_range(0, i):" in py
    assert "else: j = i " in py and "else: i = 5 " in py


@pytest.mark.parametrize("src", [
    # a float counter (read as a number): the while is cheaper than map(float, range)
    "function f(n){ var t = 0; for (var i = 0; i < n; i++) t += i; return t; }",
    # the body writes n or i; a closure or arguments may write n
    "function f(n){ var s = ''; for (var i = 0; i < n; i++) { s += i; n = 2; } return s; }",
    "function f(n){ var s = ''; for (var i = 0; i < n; i++) { s += i; i++; } return s; }",
    "function f(n){ var s = '', g = function () { n = 1; }; for (var i = 0; i < n; i++) { s += i; g(); } return s; }",
    "function f(n){ var s = ''; for (var i = 0; i < n; i++) { s += i; arguments[0] = 1; } return s; }",
    # an object's test may throw after the first step, where a catch reads i
    "function f(n){ var s = '', i = 0; try { for (i = 0; i < n; i++) s += i; } catch (e) { s += i; } return s; }",
    # other tests, steps and starts
    "function f(n){ var s = ''; for (var i = 0; i <= n; i++) s += i; return s; }",
    "function f(n){ var s = ''; for (var i = 0; i < n; i += 2) s += i; return s; }",
    "function f(o){ var s = ''; for (var i = 0; i < o.n; i++) s += i; return s; }",
    "function f(){ var s = ''; for (var i = 0; i < 1e300; i++) { s += i; if (i > 2) break; } return s; }",
    "function f(n){ var s = ''; for (let i = 0; i < n; i++) s += i; return s; }",
])
def test_refused_shapes_keep_the_while(src):
    py = python_of(src)
    assert "_ajgi_range" not in py and "_ajgi_count_range" not in py
    assert "while True:" in py


@pytest.mark.parametrize("n, expected", [
    ("4", range(0, 4)), ("2.5", range(0, 3)), ("abc", range(0, 0)), (undefined, range(0, 0)),
    (null, range(0, 0)), (True, range(0, 1)), (False, range(0, 0)),
])
def test_count_range_of_a_primitive_converts_once(n, expected):
    assert count_range(0, n) == expected
    assert count_range(2, n).stop == max(2, expected.stop)  # never below the start


def test_runs_as_node_does():
    assert run_js("function f(n){ var s = ''; for (var i = 0; i < n; i++) s += i; return s + ('|' + i); }"
                  "console.log(f(3), f(2.5), f(-1), f(NaN), f('2'), f({valueOf: function () { return 1; }}));") == \
        ["012|3 012|3 |0 |0 01|2 0|1"]


# -- a loop that only pushes (count_loops._hoisted) ---------------------------

PUSH_LOOP = ("function f(n){ var a = []; for (var i = 0; i < n; i++) a.push({id: i, name: 'n' + (i % 3)});"
             " return a; }")


def test_push_loop_tests_once_then_appends_the_rest_of_the_range():
    py = python_of(PUSH_LOOP)
    assert "_ajgi_t5 = _ajgi_iter(_ajgi_t4) for i in _ajgi_t5: if _ajgi_flag[0]: _ajgi_preempt() " \
           "_ajgi_t3.append(_ajgi_obj(" in py
    # after the push as it is, its tests once, the cap for the whole rest of the range
    assert "and a.extensible and a.length_writable and _ajgi_type(_ajgi_t4) is _ajgi_range and " \
           "_ajgi_len(_ajgi_t3) - i + _ajgi_t4.stop <= _ajgi_arrmax): for i in _ajgi_t5: " \
           "if _ajgi_flag[0]: _ajgi_preempt() _ajgi_t6 = _ajgi_alloc(_ajgi_JSObject) " \
           "_ajgi_t6.props = {'id': i + 0.0, 'name': 'n' + _ajgi_INT_STRINGS[i % 3]} _ajgi_t6.proto = _ajgi_OP " \
           "_ajgi_t6.attrs = None _ajgi_t6.extensible = True _ajgi_t6.special = False _ajgi_t6.cls = 'Object' " \
           "_ajgi_t3.append(_ajgi_t6) else: i = _ajgi_t4.stop" in py


@pytest.mark.parametrize("src", [
    # more than the push, a value that may run script code, a push of two values
    "function f(n){ var a = []; for (var i = 0; i < n; i++) { a.push({id: i}); a.k = 1; } return a; }",
    "function f(n, o){ var a = []; for (var i = 0; i < n; i++) a.push({id: o.x}); return a; }",
    "function f(n){ var a = []; for (var i = 0; i < n; i++) a.push(i, i); return a; }",
])
def test_push_loop_refused_shapes(src):
    assert "_ajgi_iter(" not in python_of(src)


def _counting_obj(monkeypatch):
    """Counts the calls of the object-literal helper (``_ajgi_obj``)."""
    from runtime import abi

    calls = [0]
    made = abi.HELPERS["_ajgi_obj"]

    def obj(proto, props):
        calls[0] += 1
        return made(proto, props)

    monkeypatch.setitem(abi.HELPERS, "_ajgi_obj", obj)
    return calls


def test_push_loop_makes_its_objects_inline_after_the_first(monkeypatch):
    calls = _counting_obj(monkeypatch)
    assert run_js(PUSH_LOOP + "var a = f(1000); console.log(a.length, a[999].id, a[999].name, a[0].name,"
                  " Object.getPrototypeOf(a[500]) === Object.prototype);") == ["1000 999 n0 n0 true"]
    assert calls[0] == 1


def test_push_loop_whose_tests_fail_pushes_each_as_it_is(monkeypatch):
    calls = _counting_obj(monkeypatch)
    # (the descriptor made without a literal: only f's objects are counted)
    assert run_js(PUSH_LOOP + "var log = 0, d = Object.create(null); d.configurable = true;"
                  "d.set = function (v) { log += v.id; }; Object.defineProperty(Array.prototype, '7', d);"
                  "var a = f(10); console.log(a.length, log, a.hasOwnProperty(7));") == ["10 7 false"]
    assert calls[0] == 10


@pytest.fixture
def small_arrays():
    from runtime import limits

    limits.configure(max_array_elements=100)
    yield
    limits.configure(reset=True)


@pytest.mark.parametrize("start, n, expected", [
    (0, 100, "ok 100"),          # exactly up to the cap: the room test holds for the rest
    (0, 101, "RangeError 100"),  # one more: the pushes as they are, the 101st throws
    (95, 5, "ok 100"),           # an array of 95 gets 5 more
    (95, 6, "RangeError 100"),
])
def test_push_loop_stops_at_the_array_cap_as_each_push_would(small_arrays, start, n, expected):
    src = ("function fill(a, n){ for (var i = 0; i < n; i++) a.push({id: 'n' + i}); }"
           "function f(start, n){ var a = []; for (var k = 0; k < start; k++) a[k] = 0;"
           " try { fill(a, n); return 'ok ' + a.length; }"
           " catch (e) { return e.name + ' ' + a.length; } }"
           "console.log(f(%d, %d));") % (start, n)
    assert "_ajgi_iter(" in python_of(src)
    assert run_js(src) == [expected]
