"""ToBoolean of a named member read whose value is only tested
(compiler/lower/members.py named_read_truth): a stored true/false is
decided by identity before the read's accessor test. Results against
node: tests/scripts/object/member_truthiness.js."""

import ast
import re

import pytest

from ajgi_tx.compiler import compile_source


def flat(src):
    """The Python of ``src`` unparsed again (no line wrapping), parentheses
    and newlines as spaces."""
    py = ast.unparse(ast.parse(compile_source(src, "t.js").python_source()))
    return " ".join(re.sub(r"[()]", " ", py).split())


BOOL_FIRST = (r"_ajgi_t(\d+) := _ajgi_t\d+\.props\.get 'seen' if _ajgi_t(\d+) := _ajgi_type [^;]*?"
              r"is _ajgi_JSObject or _ajgi_t\2 is _ajgi_Function else None is True "
              r"or _ajgi_t\1 is not False and _ajgi_t\1 if _ajgi_t\1 is not None and "
              r"_ajgi_type _ajgi_t\1 is not _ajgi_Accessor else _ajgi_t\1 := _ajgi_getn "
              r"_ajgi_t\d+, 'seen' and _ajgi_t\1 == _ajgi_t\1")


@pytest.mark.parametrize("test", [
    "if (a[k].seen) n++;",
    "if (!a[k].seen) n++;",
    "n = n * 2 + (a[k].seen ? 1 : 0);",
    "while (a[k].seen) { n++; break; }",
])
def test_a_tested_read_tries_true_and_false_first(test):
    py = flat("function f(a) { var n = 0; for (var k = 0; k < a.length; k++) { %s } return n; }" % test)
    assert re.search(BOOL_FIRST, py), py
    assert "'seen', _ajgi_MISSING_AS_ACCESSOR" not in py


def test_a_plain_receiver_name_is_not_rebound():
    py = flat("function f(o) { return o.seen ? 1 : 2; }")
    assert re.search(r"_ajgi_t\d+ := o\.props\.get 'seen' if _ajgi_t\d+ := _ajgi_type o is _ajgi_JSObject", py)


def test_a_read_whose_value_is_used_keeps_the_accessor_test():
    py = flat("function f(o) { return o.seen || 5; }")
    assert "props.get 'seen', _ajgi_MISSING_AS_ACCESSOR" in py
    assert "is True" not in py
