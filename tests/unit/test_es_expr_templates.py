"""Template literals: the cooking of raw strings (lower/templates.py), the
compile errors, and blocking calls in substitutions and tags."""

import pytest

from ajgi_tx.compiler import compile_source
from ajgi_tx.compiler.lower.templates import cook, normalise_raw
from ajgi_tx.errors import CompileError
from tests.helpers import run_js
from tests.unit.es_expr_helpers import run_agi


@pytest.mark.parametrize("raw,cooked", [
    ("plain", "plain"),
    ("a\\nb", "a\nb"),
    ("\\x41\\u0042\\u{43}\\u{1F600}", "ABC\U0001F600"),
    ("a\\\nb", "ab"),  # line continuation
    ("a\\\u2028b", "ab"),
    ("\u2028", "\u2028"),  # esprima cooked it as \n
    ("\\0", "\0"),
    ("\\`\\$\\{", "`${"),
    ("\\q", "q"),
])
def test_cook(raw, cooked):
    assert cook(raw) == cooked


@pytest.mark.parametrize("raw", ["\\unicode", "\\u{110000}", "\\u{}", "\\xZ1", "\\1", "\\01", "\\8", "\\u12"])
def test_invalid_escapes_cook_to_none(raw):
    assert cook(raw) is None


def test_raw_strings_read_cr_and_crlf_as_lf():
    assert normalise_raw("a\r\nb\rc\n") == "a\nb\nc\n"
    assert run_js("function r(s) { return s.raw[0]; }\nconsole.log(JSON.stringify(r`a\r\nb\rc`));") \
        == ['"a\\nb\\nc"']


def test_invalid_escape_in_an_untagged_template_is_a_syntax_error_at_the_template():
    with pytest.raises(CompileError) as info:
        compile_source("var a = 1;\nvar s = `x\\unicode`;", "t.js")
    e = info.value
    assert (e.kind, e.line, e.col) == ("SyntaxError", 2, 9)


def test_substitution_uses_tostring_not_valueof():
    assert run_js("var o = {toString: function () { return 't'; }, valueOf: function () { return 'v'; }};"
                  "console.log(`${o}`, '' + o);") == ["t v"]


BLOCKING = """
function slow(v) { delay(1); return v; }
function tag(s, a, b) { delay(1); return s.raw.join("|") + ":" + a + "," + b; }
var o = {name: "o", m: function (s, v) { delay(1); return this.name + s[0] + v; }};
console.log(`a${slow(1)}b${slow("x")}c`);
console.log(tag`x${slow(2)}y${slow(3)}z`);
console.log(o.m`<${slow(4)}`);
var f = function () { return `in fn ${slow(5)}`; };
console.log(f());
"""


def test_blocking_calls_in_substitutions_and_tags_are_awaited(tmp_path):
    assert compile_source(BLOCKING, "t.js").is_async
    assert run_agi(tmp_path, BLOCKING) == (["a1bxc", "x|y|z:2,3", "o<4", "in fn 5"], "")


def test_a_tag_that_blocks_is_awaited_when_called_through_a_variable(tmp_path):
    src = ("var t = function (s, v) { delay(1); return s[0] + v; };\n"
           "var g = [t][0];\nconsole.log(g`v=${7}`);")
    assert run_agi(tmp_path, src) == (["v=7"], "")


def test_template_objects_are_per_realm():
    src = "function id(s) { return s; }\nvar a = id`k`; a.mark = 1;\nconsole.log(Object.isFrozen(a), a.mark);"
    assert run_js(src) == ["true undefined"]
    assert run_js(src) == ["true undefined"]


def test_template_compiles_to_the_same_code_as_concatenation():
    def body(src):
        py = compile_source("function f() { var o, k = 0; k++; %s }" % src, "t.js").python_source()
        return [l.strip() for l in py.splitlines() if l.strip().startswith(("f'", "o = f'"))]

    concatenated = body('o = "a" + k + "b" + (k + 1);')
    assert len(concatenated) == 1 and body("o = `a${k}b${k + 1}`;") == concatenated
