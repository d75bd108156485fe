"""Match variables (compiler/regexp_matches.py): exec stores a re.Match only
for a pattern with as many captures as the variable's largest index read
(runtime EXEC_UNBOXED[K]), so each read indexes the match with no bound
test. Behaviour against node: tests/scripts/regexp/match_variables*.js."""

import pytest

from ajgi_tx.compiler import compile_source
from ajgi_tx.compiler.regexp_matches import MAX_INDEX
from runtime.builtins.regexp import EXEC_UNBOXED
from tests.helpers import run_js


def python_of(src):
    return compile_source(src, "t.js").python_source()


def test_exec_helper_is_chosen_by_the_largest_index():
    src = "function f(re, s) { var m, n = 0; while ((m = re.exec(s)) !== null) n += (m[3] + m[1]).length; return n; }"
    py = python_of(src)
    assert "_ajgi_RegExp_exec_unboxed[3]" in py
    assert ".re.groups" not in py and "m[3]" in py and "m[1]" in py
    assert run_js(src + " console.log(f(/(a)(b)(c)/g, 'abcabc'), f(/(a)/g, 'aa'))") == ["4 20"]


def test_a_variable_without_reads_takes_any_pattern():
    assert "_ajgi_RegExp_exec_unboxed[0]" in python_of(
        "function f(re, s) { var m, n = 0; while ((m = re.exec(s)) !== null) n++; return n; }")


@pytest.mark.parametrize("largest, matched", [(MAX_INDEX, True), (MAX_INDEX + 1, False)])
def test_indices_past_the_helpers_keep_the_array(largest, matched):
    py = python_of("function f(s) { var m = /a/.exec(s); return m[%d]; }" % largest)
    assert ("_ajgi_RegExp_exec_unboxed[%d]" % largest in py) is matched


def test_one_helper_per_index_bound():
    assert len(EXEC_UNBOXED) == MAX_INDEX + 1
