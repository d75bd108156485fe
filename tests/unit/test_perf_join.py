"""Array.prototype.join of a dense array of strings is one ``str.join``
(runtime/builtins/array.py ``_join``); any other element (a number, a
hole, an object with its own toString) goes element by element as before."""

import pytest

from runtime.builtins import array
from tests.helpers import run_js


@pytest.fixture
def element_loop(monkeypatch):
    """Records each array that reaches the element-by-element loop."""
    seen = []
    real = array.holes_ok

    def spy(o, elems):
        seen.append(list(elems))
        return real(o, elems)
    monkeypatch.setattr(array, "holes_ok", spy)
    return seen


def test_strings_join_in_one_call(element_loop):
    assert run_js("var a = []; for (var i = 0; i < 5000; i++) a.push('l' + i); "
                  "var s = a.join('; '); console.log(s.length, s.slice(0, 10), ['x'].join())") == ["33888 l0; l1; l2 x"]
    assert element_loop == []


def test_other_elements_take_the_loop(element_loop):
    out = run_js("var o = {toString: function () { return 'O'; }};"
                 "console.log(['a', 1].join('-'), ['a', , 'c'].join(), ['a', o, null, undefined, true, ['b', 'c']].join('|'))")
    assert out == ["a-1 a,,c a|O|||true|b,c"]
    # the three arrays (the nested ['b', 'c'] is all strings)
    assert element_loop == [["a", 1.0], ["a", array.HOLE, "c"], element_loop[2]] and len(element_loop[2]) == 6
