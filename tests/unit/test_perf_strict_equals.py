"""The shapes of ``===`` with a side known to hold a str (lower/expressions.py
_strict_eq): Python's == instead of the _ajgi_seq helper. The values, the
order of evaluation and the replaced built-ins are in
tests/scripts/core/strict_equals_str.js (node's expectations)."""

import re

from tests.helpers import python_one_line as _py


def test_a_concatenation_is_compared_with_python_equality():
    py = _py("function f(a, b) { return ['x' + a === b, b !== a + 'y']; }")
    assert "_ajgi_seq" not in py


def test_a_guarded_intrinsic_compares_its_fast_branch_with_python_equality():
    py = _py("function f(d, h, l) { return [d(1) === String.fromCharCode(h, l), String.fromCharCode(h, l) === d]; }")
    # the left call runs into a temp before the guard's test, the helper
    # compares only the slow branch's value
    t = re.search(r"\(\((_ajgi_t\d+) := d\(_ajgi_undef, 1.0\)\), String is _ajgi_pristine_String\)\[1\] "
                  r"else _ajgi_seq\(\1,", py).group(1)
    assert t + " == (_ajgi_chr(_ajgi_trunc(h)) + _ajgi_chr(_ajgi_trunc(l))" in py
    # on the left, the branch's str is compared with the right side as it is
    assert ") == d if String is _ajgi_pristine_String else _ajgi_seq(" in py
    assert py.count("_ajgi_seq(") == 2


def test_other_operands_keep_the_helper():
    py = _py("function f(a, b, c) { return a === (c ? b : 1); }")
    assert "_ajgi_seq(a, b if" in py
