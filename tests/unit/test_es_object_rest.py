"""Object rest/spread (ES2018): the early errors of a rest property and
the shape of the generated code. Behaviour is in
tests/scripts/es2015/expr/object_rest_spread.js."""

import ast

import pytest

from ajgi_tx.compiler import compile_source
from ajgi_tx.errors import CompileError


@pytest.mark.parametrize("src, message, col", [
    ("({...r, a} = o);", "Rest element must be last element", 3),
    ("({...[a]} = o);", "must be followed by an assignable reference", 6),
    ("var {...{a}} = o;", "must be followed by an assignable reference", 9),
])
def test_a_misplaced_or_pattern_rest_property_is_a_syntax_error_at_it(src, message, col):
    with pytest.raises(CompileError) as info:
        compile_source(src, "t.js")
    e = info.value
    assert e.kind != "unsupported"
    assert message in str(e)
    assert str(e).startswith("t.js:1:%d:" % col), str(e)


def test_rest_excludes_the_keys_read_before_it_computed_ones_included():
    src = ast.unparse(compile_source("var k = 'x'; var {a, [k]: b, ...r} = o;", "t.js").module)
    # the computed key is converted once, and that same value is excluded
    call = [l for l in src.splitlines() if "_ajgi_object_rest" in l][0]
    assert "'a'" in call and "_ajgi_t" in call, call


def test_a_literal_with_spread_goes_through_the_generic_literal():
    src = ast.unparse(compile_source("var o = {a: 1, ...p, b: 2};", "t.js").module)
    assert "_ajgi_obj_literal" in src and "'spread'" in src
