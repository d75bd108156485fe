"""One read of ``a[i]`` for an expression reading ``a[i].x`` several times
(compiler/lower/element_reads.py): which expressions become regions and
the guard's shape. Results against node: tests/scripts/object/element_reads.js."""

import ast
import re

import pytest

from ajgi_tx.compiler import compile_source


def lowered(expr, op="="):
    return flat("function f(a, o, s) { var t = 0, n = 0; for (var i = 0; i < 9; i++) { n = n * 2; "
                "t %s %s; } return t; }" % (op, expr))


def flat(src):
    """The Python of ``src`` unparsed again (no line wrapping), parentheses
    and newlines as spaces."""
    py = ast.unparse(ast.parse(compile_source(src, "t.js").python_source()))
    return " ".join(re.sub(r"[()]", " ", py).split())


def guards(py):
    """The element reads of region guards: ``type((o := e[i])) is JSObject``."""
    return re.findall(r"_ajgi_type _ajgi_t\d+ := _ajgi_t\d+\[[^\]]*\] is _ajgi_JSObject", py)


def test_the_json_read_loop_reads_the_element_once():
    py = lowered("a[i].score + a[i].tags.length + (a[i].active ? 1 : 0)", "+=")
    assert len(guards(py)) == 1
    # each property tested once for what its use needs
    assert re.search(r"props\.get 'score' is _ajgi_float", py)
    assert re.search(r"props\.get 'tags' is _ajgi_JSArray and _ajgi_t\d+ := _ajgi_t\d+\.elems is not None", py)
    assert re.search(r"props\.get 'active', _ajgi_MISSING_AS_ACCESSOR is not _ajgi_Accessor", py)
    # the counter indexes as an int; the fast copy adds floats
    assert re.search(r"i < _ajgi_len _ajgi_t\d+ and _ajgi_type _ajgi_t\d+ := _ajgi_t\d+\[i\]", py)
    assert re.search(r"_ajgi_t\d+ \+ _ajgi_len _ajgi_t\d+ \+ 0\.0 \+ 1\.0 if", py)


def test_a_number_index_is_tested_integral():
    py = lowered("a[n].x * a[n].y")
    assert len(guards(py)) == 1 and "n.is_integer" in py


@pytest.mark.parametrize("expr", [
    "a[i].x + 1",                      # one read: nothing to share
    "t + a[i].x + a[i].y",             # t's valueOf may run before the reads
    "(o + 1) + a[i].x + a[i].y",
    "-o + a[i].x + a[i].y",
    "a[i].x + a[i].y + s.q",           # another receiver's read may be a getter
    "a[i].x + f(a[i].y)",              # a call
    "a[i].x + a[t].y",                 # t is no number-only local
    "a[i].x + a[i][t]",                # a computed key
    "('x' in a[i]) + a[i].y",
    "a[i].length + a[i].length",       # an array's or a string's: the guard would fail
])
def test_no_region_where_code_may_run_or_nothing_is_shared(expr):
    assert guards(lowered(expr)) == []


def test_code_after_the_last_read_is_allowed():
    # the object's valueOf runs after both reads, as in JS
    assert len(guards(lowered("(a[i].x + a[i].y) + o"))) == 1
    assert len(guards(lowered("a[i].x === a[i].y"))) == 1


def test_a_concatenation_takes_strings_and_numbers():
    # a float test would fail for every string: the guard takes both, the
    # copy's + dispatches on them
    for expr in ('"<" + a[i].x + a[i].y', "a[i].x + a[i].y"):
        py = lowered(expr)
        assert len(guards(py)) == 1
        assert len(re.findall(r"is _ajgi_str or _ajgi_t\d+ is _ajgi_float", py)) == 2
    # a number added: floats
    py = lowered("a[i].x + a[i].y + 1")
    assert re.search(r"props\.get 'x' is _ajgi_float", py)


def test_a_compound_assignment_tests_its_target_with_the_guard():
    # x += R: one if, x tested to be a float, the copy adds floats
    py = lowered("a[i].x * a[i].y + a[i].z.length", "+=")
    assert len(guards(py)) == 1
    assert re.search(r"if _ajgi_type t is _ajgi_float and .* is _ajgi_JSObject and", py)
    assert re.search(r": t = t \+ _ajgi_t\d+ \* _ajgi_t\d+ \+ _ajgi_len _ajgi_t\d+ \+ 0\.0 else:", py)
    # a number-only target (t += n + a * b: every store a number) needs no test
    py = lowered("a[i].x * a[i].y", "+= n +")
    assert len(guards(py)) == 1 and "_ajgi_type t is _ajgi_float" not in py


def test_a_long_chain_compiles():
    # the lowering flattens a + chain; the region walk must not recurse
    # along it (11,000 terms: "nests too deeply" without the depth cap)
    src = "function f(a, i) { return " + " + ".join(["'s'"] * 11000) + "; }"
    compile_source(src, "t.js")


def test_one_read_will_do_for_a_compound_assignment():
    # t += a[i].x: the guard's test of t saves +='s type dispatch
    py = lowered("a[i].x", "+=")
    assert len(guards(py)) == 1
    assert re.search(r"if _ajgi_type t is _ajgi_float and .* is _ajgi_float ?: t = t \+ _ajgi_t\d+ else:", py)
    assert len(guards(lowered("a[i].x", "="))) == 0  # a plain store has no dispatch to save


def test_plain_let_locals_take_the_guard():
    py = flat("function f(a) { let t = 0; for (let i = 0; i < a.length; i++) { t += a[i].x + a[i].y; } "
              "return t; }")
    assert len(guards(py)) == 1 and re.search(r"if _ajgi_type t is _ajgi_float and", py)
