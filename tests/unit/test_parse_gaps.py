"""The parse layer (ajgi_tx/compiler/parse.py, esprima_gaps.py): valid code
esprima 4.0.1 refused is parsed, invalid code stays a SyntaxError, and the
constructs left out are refused as ``FILE:LINE:COL: unsupported: WHAT``
with a code frame."""

import pytest

from ajgi_tx.compiler import compile_source
from ajgi_tx.compiler.parse import esprima, parse_program
from ajgi_tx.errors import CompileError


def _expr(src):
    return parse_program(src, "t.js").body[-1].expression


def _parsed(src):
    """The parse layer's esprima (gaps fixed), before the construct gate."""
    return esprima.parseScript(src).body[-1].expression


@pytest.mark.parametrize("src", ["(-2) ** 2", "((-2)) ** 2", "(typeof a) ** 2", "(!a) ** 2",
                                 "(delete a.b) ** 2", "(void 0) ** 2"])
def test_parenthesised_unary_base_of_exponent_parses(src):
    e = _expr(src)
    assert e.type == "BinaryExpression" and e.operator == "**"
    assert e.left.type == "UnaryExpression"


def test_exponent_is_right_associative_after_a_parenthesised_base():
    e = _expr("(-2) ** 3 ** 2")
    assert e.left.type == "UnaryExpression" and e.right.type == "BinaryExpression"


@pytest.mark.parametrize("src", ["-2 ** 2", "typeof a ** 2", "!a ** 2", "delete a.b ** 2"])
def test_unparenthesised_unary_base_stays_a_syntax_error(src):
    with pytest.raises(CompileError) as info:
        parse_program(src, "t.js")
    assert info.value.kind == "SyntaxError"


@pytest.mark.parametrize("src,names", [
    ("({async})", ["async"]),
    ("({async /* c */ })", ["async"]),
    ("({a, async})", ["a", "async"]),
    ("({async, b})", ["async", "b"]),
    ("({let})", ["let"]),
    ("({yield, let})", ["yield", "let"]),
])
def test_shorthand_properties_named_by_contextual_words(src, names):
    props = _parsed(src).properties
    assert [p.key.name for p in props] == names
    assert all(p.shorthand and p.value.type == "Identifier" for p in props)


def test_async_shorthand_with_default_is_a_pattern():
    e = _parsed("({async = 1} = {})")
    assert e.left.type == "ObjectPattern"
    assert e.left.properties[0].value.type == "AssignmentPattern"


def test_async_methods_still_parse_as_methods():
    p = _parsed("({async f() {}})").properties[0]
    assert p.key.name == "f" and p.value.isAsync


def test_let_shorthand_in_strict_code_is_a_syntax_error():
    with pytest.raises(CompileError):
        parse_program("'use strict'; ({let})", "t.js")


@pytest.mark.parametrize("src,line,col,what", [
    ("function* g() {}", 1, 1, "generators"),
    ("var o = {*g() {}};", 1, 10, "generators"),
    ("async function f() {}", 1, 1, "async functions"),
    ("var f = async function () {};", 1, 9, "async functions"),
    ("var f = async () => 1;", 1, 9, "async functions"),
    ("var o = {async m() {}};", 1, 10, "async functions"),
    ("var x = 1;\nvar y = a?.b;", 2, 10, "optional chaining"),
    ("var y = a?.[0];", 1, 10, "optional chaining"),
    ("var y = f?.();", 1, 10, "optional chaining"),
    ("var y = a ?? b;", 1, 11, "the ?? operator"),
    ("import x from 'y';", 1, 1, "modules"),
    ("export var x = 1;", 1, 1, "modules"),
    ("var m = import('a');", 1, 9, "modules"),
])
def test_constructs_left_out_are_refused_with_place_and_frame(src, line, col, what):
    with pytest.raises(CompileError) as info:
        compile_source(src, "app.js")
    e = info.value
    assert (e.kind, e.line, e.col, e.message) == ("unsupported", line, col, what)
    text = e.format()
    head, frame = text.split("\n", 1)
    assert head == "app.js:%d:%d: unsupported: %s" % (line, col, what)
    assert "> %d | " % line in frame and frame.rstrip().endswith("^")


def test_conditional_with_a_decimal_is_not_optional_chaining():
    e = _expr("a ? .5 : 1")
    assert e.type == "ConditionalExpression"


def test_a_word_starting_with_import_is_a_plain_syntax_error():
    with pytest.raises(CompileError) as info:
        compile_source("importer x;", "app.js")
    assert info.value.kind == "SyntaxError"


def test_escaped_keywords_are_property_names():
    from tests.helpers import run_js

    assert run_js("var o = { br\\u0065ak: 1, \\u0069f() { return 2; } };\n"
                  "class K { st\\u0061tic() { return 3; } }\n"
                  "console.log(o.break, o.\\u0069f(), o.br\\u0065ak, new K().static());") == ["1 2 1 3"]


@pytest.mark.parametrize("src,col", [("var v\\u0061r = 1;", 5), ("var x = \\u0074his;", 9),
                                     ("var o = {\\u0069f};", 10), ("n\\u0075ll;", 1)])
def test_escaped_keywords_as_names_are_syntax_errors(src, col):
    with pytest.raises(CompileError) as info:
        compile_source(src, "t.js")
    e = info.value
    assert (e.kind, e.col, e.message) == ("SyntaxError", col, "Keyword must not contain escaped characters")


def test_code_point_escapes_in_strings_and_identifiers_are_accepted():
    parse_program('var \\u{61}b = "\\u{1F600}";', "t.js")


@pytest.mark.parametrize("src,col", [("function f() { return new.t\\u0061rget; }", 23),
                                     ("class A { st\\u0061tic m() {} }", 11),
                                     ("var o = {g\\u0065t x() {}};", 10)])
def test_contextual_words_spelled_with_escapes_are_syntax_errors(src, col):
    with pytest.raises(CompileError) as info:
        compile_source(src, "t.js")
    assert (info.value.kind, info.value.col) == ("SyntaxError", col)
