"""``for (var k = 0; k < a.length; k++)`` as a Python ``for`` over the
array's list (compiler/lower/array_loops.py, runtime/index_loops.py): which
loops take it and the shape of the emitted head. What the loops compute
(the array changing under them, holes, getters, jumps) is checked against
node in tests/scripts/array/index_loops.js and index_loops_async.js."""

import re

import pytest

from ajgi_tx.compiler import compile_source
from runtime.index_loops import index_loop
from runtime.values import HOLE, JSArray


def python_of(src):
    """The emitted Python, every run of white space one space (none after
    an opening parenthesis, where the printer breaks long lines)."""
    return re.sub(r"\(\s+", "(", " ".join(compile_source(src, "t.js").python_source().split()))


SEEN = """function run(items) {
    var seen = 0;
    for (var k = 0; k < items.length; k++) { if (items[k].seen) seen++; }
    return seen;
}"""


def test_loop_iterates_the_list_and_its_first_read_takes_the_item():
    py = python_of(SEEN)
    assert "k = -1 if _ajgi_type(items) is _ajgi_JSArray and (_ajgi_t4 := items.elems ) is not None: " \
           "_ajgi_t2, _ajgi_t3 = _ajgi_t4, items " \
           "else: _ajgi_t2, _ajgi_t3, _ajgi_t4 = _ajgi_index_loop(items) " \
           "while True: for _ajgi_t1 in _ajgi_t2: k = k + 1 if _ajgi_t3.elems is not _ajgi_t4: " \
           "_ajgi_t4 = _ajgi_t3 if not (k < " in py
    assert "break _ajgi_t1 = _ajgi_HOLE if _ajgi_flag[0]: _ajgi_preempt()" in py
    # the item, or the ordinary read when it is a HOLE or the generic path ran
    assert "_ajgi_t1 if _ajgi_t1 is not _ajgi_HOLE else " in py
    # the list ran out: the loop is over while it is still the array's, else the JS test decides
    assert "else: if _ajgi_t3.elems is _ajgi_t4: k = k + 1 break _ajgi_t2 = _ajgi_HOLES continue break " \
           "return seen" in py


def test_object_literal_reading_k_or_a_keeps_the_loop():
    assert "_ajgi_index_loop(a)" in python_of(
        "function f(a) { var o = []; for (var k = 0; k < a.length; k++) o.push({i: k, a: a, k}); return o; }")


def test_known_array_needs_no_type_test():
    py = python_of("function f() { var a = [1, 2], s = 0; for (var k = 0; k < a.length; k++) s += a[k]; return s; }")
    assert "if (_ajgi_t4 := a.elems) is not None: _ajgi_t2, _ajgi_t3 = _ajgi_t4, a" in py


def test_item_feeds_the_first_statements_var():
    py = python_of("""function f(a) { var t = 0;
        for (var j = 0; j < a.length; j += 1) { var it = a[j]; t = t + it.x; } return t; }""")
    assert "it = _ajgi_t1 if _ajgi_t1 is not _ajgi_HOLE else " in py


def test_float_counter_steps_as_float():
    py = python_of("function f(a) { var o = []; for (var k = 0; k < a.length; ++k) o.push(k); return [o, k]; }")
    assert "k = -1.0 " in py and "k = k + 1.0 if " in py and "k = k + 1.0 break" in py


def test_a_read_after_script_code_ran_is_not_the_item():
    py = python_of("function f(a, g) { for (var k = 0; k < a.length; k++) { g(); var x = a[k]; g(x); } }")
    assert "_ajgi_index_loop(a)" in py and "is not _ajgi_HOLE else" not in py.split("_ajgi_index_loop")[1][:300]
    py = python_of("function f(a, o) { for (var k = 0; k < a.length; k++) { o.x[a[k]] = 1; } }")
    assert "_ajgi_index_loop(a)" in py and "_ajgi_t1 if _ajgi_t1 is not _ajgi_HOLE" not in py


@pytest.mark.parametrize("src", [
    "function f(a) { for (var k = 0; k < a.length; k++) { a = [1]; } return k; }",  # a assigned
    "function f(a) { for (var k = 0; k < a.length; k++) { k++; } return k; }",  # k assigned
    "function f(a) { for (var k = 0; k < a.length; k++) { arguments[0] = []; } return k; }",  # aliased
    "function f(a) { for (var k = 0; k < a.length; k++) { (function () { a = []; })(); } }",  # captured
    "function f(a) { for (var k = 1; k < a.length; k++) {} return k; }",  # not from 0
    "function f(a) { for (var k = 0; k <= a.length; k++) {} return k; }",
    "function f(a) { for (var k = 0; k < a.length; k += 2) {} return k; }",
    "function f(a, b) { for (var k = 0; k < a.length; k++) {} return k; }".replace("a.length", "b.c.length"),
    "function f(a) { for (let k = 0; k < a.length; k++) {} }",
    "var a = [1]; for (var k = 0; k < a.length; k++) {}",  # globals
    "function f(a) { for (var k = 0; k < a.length; k++) { function a() {} } }",  # block function
    "function f(a) { for (var k = 0; k < a.length; k++) { ({a} = {a: [9]}); } }",  # a pattern
])
def test_loops_left_as_they_were(src):
    assert "_ajgi_index_loop" not in python_of(src)


def test_index_loop_of_what_is_no_dense_array():
    it, e, t = index_loop("ab")  # a string: its code units, and e.elems is t
    assert list(it) == ["a", "b"] and e.elems is t
    sparse = JSArray(None)
    sparse.elems = None
    for v in (None, sparse, 1.0):  # HOLE for ever, and e.elems is never t
        it, e, t = index_loop(v)
        assert [next(it) for _ in range(3)] == [HOLE] * 3 and e.elems is not t


def test_compound_assignment_of_a_local_reads_the_item():
    py = python_of("function f(a) { var t = 0; for (var i = 0; i < a.length; i++) { t += a[i].x; } return t; }")
    assert "_ajgi_t1 if _ajgi_t1 is not _ajgi_HOLE else " in py
    # a global's value (or the object of `g.p =`) may come from a getter, which runs first
    for body in ("g += a[i].x;", "g.p = a[i];"):
        py = python_of("function f(a) { for (var i = 0; i < a.length; i++) { %s } }" % body)
        assert "_ajgi_index_loop(a)" in py and "_ajgi_t1 if _ajgi_t1 is not _ajgi_HOLE" not in py


REGION = """function run(recs) {
    var total = 0;
    for (var i = 0; i < recs.length; i++) {
        total += recs[i].score + recs[i].tags.length + (recs[i].active ? 1 : 0);
    }
    return total;
}"""


def test_an_element_read_region_of_the_first_statement_takes_the_item():
    """The region (lower/element_reads.py) reading recs[i] three times
    tests the loop's item instead of reading recs[i] (HOLE fails the
    JSObject test: the generic copy then reads it as JS does)."""
    py = python_of(REGION)
    assert re.search(r"if _ajgi_type\(total\) is _ajgi_float and _ajgi_type\(_ajgi_t1 \) is _ajgi_JSObject "
                     r"and _ajgi_type\(\(_ajgi_t\d+ := _ajgi_t1\.props\.get\('score'\)\) \) is _ajgi_float", py)
    # the generic copy keeps the item for its first read
    assert "_ajgi_t1 if _ajgi_t1 is not _ajgi_HOLE else " in py


def test_a_region_not_holding_the_first_read_stays_out():
    """Script code (f) runs between the loop's step and the inner region
    (recs[i].b + recs[i].c), which does not hold the first read: it may
    not take the item (f may have changed recs[i])."""
    src = REGION.replace("total += recs[i].score + recs[i].tags.length + (recs[i].active ? 1 : 0);",
                         "var s = recs[i].a + f() + (recs[i].b + recs[i].c); total += s;")
    py = python_of(src)
    assert "_ajgi_t1 if _ajgi_t1 is not _ajgi_HOLE else " in py  # the item is there
    assert "_ajgi_type(_ajgi_t1 ) is _ajgi_JSObject" not in py
