"""runtime.limits: strings and arrays past the configured maximum throw a
RangeError, as engines do, instead of filling the server's memory (issue 9).
The caps are configured small so each case runs in milliseconds."""

import time

import pytest

from runtime import limits
from tests.helpers import run_js


@pytest.fixture
def small_caps():
    limits.configure(max_string_length=5000, max_array_elements=1000)
    yield
    limits.configure(reset=True)


def outcome(body):
    """What a script's try block ends with: 'ok' or the error's String."""
    out = run_js("function R(s, n) { return new Array(n + 1).join(s); }\n"
                 "try { %s; console.log('ok'); } catch (e) { console.log(String(e)); }" % body)
    return out[-1]


STRING = "RangeError: Invalid string length"
ARRAY = "RangeError: Invalid array length: more than 1000 elements"


@pytest.mark.parametrize("body", [
    "var s = 'ab'; while (true) s = s.concat(s)",
    "new Array(3000).join('ab')",
    "var a = [1]; a.length = 4294967295; a.join(',')",
    "R('a', 2000).replace(/a/g, '$&$&$&')",
    "R('a', 2000).replace(/a/g, function (m) { return m + m + m; })",
    "R('a', 2000).replace('a', R('b', 4000))",
    "var s = R('x', 2000); JSON.stringify([s, s, s])",
    "var s = R('x', 2000); JSON.stringify([s, s, s], null, 2)",
    "var s = R('x', 2000); JSON.stringify({a: s, b: s, c: s})",
    "String([R('x', 2000), R('y', 2000), R('z', 2000)])",
], ids=["concat", "join", "join-sparse-huge", "replace-template", "replace-function",
        "replace-string", "json-fast", "json-general", "json-object", "array-toString"])
def test_string_past_the_cap_is_a_range_error(small_caps, body):
    assert outcome(body) == STRING


@pytest.mark.parametrize("body", [
    "var a = []; while (true) a.push(1, 2, 3)",
    "var a = []; for (var i = 0; ; i++) a[i] = i",
    "var a = []; for (var i = 0; ; i += 10) a[i] = i",
    "var a = R('x', 600).split(''); a.concat(a)",
    "R('x', 1500).split('')",
    "var a = R('x', 600).split(''); a.concat(a).length",
    "var a = R('x', 999).split(''); a.map(String).concat([1, 2])",
    "JSON.parse('[' + R('1,', 1200) + '1]')",
    "JSON.parse('{\"a\":[' + R('1,', 1200) + '1]}')",
    "JSON.parse('[[' + R('1,', 1200) + '1]]')",
], ids=["push", "index-store", "index-store-gaps", "concat", "split", "concat-length",
        "map-concat", "json-parse", "json-parse-in-object", "json-parse-in-array"])
def test_array_past_the_cap_is_a_range_error(small_caps, body):
    assert outcome(body) == ARRAY


@pytest.mark.parametrize("body, expected", [
    ("new Array(4294967295).length === 4294967295", "ok"),   # sparse: free
    ("var a = []; a[4294967294] = 1; a.length", "ok"),
    ("var s = R('x', 5000); s.length", "ok"),               # exactly the cap
    ("R('ab', 2499).length", "ok"),
    ("var a = R('x', 1000).split(''); a.push(1)", ARRAY),
    ("var a = R('x', 999).split(''); a.push(1)", "ok"),
])
def test_at_the_cap_and_sparse_arrays(small_caps, body, expected):
    assert outcome(body) == expected


# Every way a script can double a string in few steps (the compiler inlines
# Python's str + for some: compiler/lower/expressions.py's length_checked).
@pytest.mark.parametrize("body", [
    "var s = 'ab'; for (var i = 0; i < 20; i++) s = s + s",
    "var s = 'ab'; for (var i = 0; i < 20; i++) s += s",
    "var s = 'ab'; for (var i = 0; i < 20; i++) s += '' + s",
    "var s = 'ab'; for (var i = 0; i < 20; i++) { var t = s; s = s + t; }",
    "var s = 'ab'; for (var i = 0; i < 20; i++) s = '' + s + s",
    "var s = 'ab'; for (var i = 0; i < 20; i++) s = s + '-' + s + '-' + s",
    "var s = 'ab'; for (var i = 0; i < 20; i++) s = `${s}${s}`",
    "var s = 'ab'; for (var i = 0; i < 20; i++) s = `<${s}|${s}>`",
    "var o = {s: 'ab'}; for (var i = 0; i < 20; i++) o.s += o.s",
    "var o = {s: 'ab'}; for (var i = 0; i < 20; i++) o.s = o.s + o.s",
    "var s = 'ab'; function f(a, b) { return a + b; } for (var i = 0; i < 20; i++) s = f(s, s)",
    "var s = {v: 'ab', valueOf: function () { return this.v; }}; for (var i = 0; i < 20; i++) s.v = s + s",
    "var s = 'ab'; for (var i = 0; i < 20; i++) s = s.concat(s)",
    "var s = 'ab'; for (var i = 0; i < 20; i++) s = [s, s].join('')",
    "var s = 'ab'; for (var i = 0; i < 20; i++) s = s.repeat(2)",
    "var s = 'ab'; for (var i = 0; i < 20; i++) s = s.padStart(s.length * 2, s)",
    "var s = 'ab'; for (var i = 0; i < 20; i++) s = s.padEnd(s.length * 2)",
    "var s = 'ab'; for (var i = 0; i < 20; i++) s = s.replace(/.*/, '$&$&')",
    "var a = 1, s = 'ab'; for (var i = 0; i < 20; i++) s = a + a + a + a + a + a + a + a + a + s + s",
], ids=["plus", "plus-assign", "plus-assign-string", "two-variables", "chain", "chain-literals",
        "template", "template-literals", "member-plus-assign", "member-plus", "generic-add",
        "valueOf", "concat", "join", "repeat", "padStart", "padEnd", "replace", "long-chain"])
@pytest.mark.parametrize("scope", ["global", "local"])
def test_string_doubling_is_a_range_error(small_caps, body, scope):
    # bounded (20 doublings, 2 MiB) so that a missing check cannot eat the machine;
    # in a function, `s += ...` on a local is compiled to Python's in-place +=
    if scope == "local":
        body = "(function () { %s; })()" % body
    assert outcome(body) == STRING


def test_doubling_by_appending_a_call_result_is_a_range_error(small_caps):
    assert outcome("(function () { var s = 'ab'; for (var i = 0; i < 20; i++) s += s.substring(0, s.length); })()") == STRING


# `local += call()` as a statement is Python's in-place append followed by the
# length check; `s += String.fromCharCode(c)` skips the check while the
# built-in is pristine (a one-unit string), so a replaced one must be checked.
@pytest.mark.parametrize("body", [
    "function f(t) { return t; } var s = 'ab'; for (var i = 0; i < 20; i++) s += f(s)",
    "var s = 'ab'; for (var i = 0; i < 20; i++) s += String(s)",
    "var s = 'ab'; for (var i = 0; i < 20; i++) s += s.slice(0)",
    "var s = 'ab'; var o = {g: function () { return s; }}; for (var i = 0; i < 20; i++) s += o.g()",
    "var s = 'ab'; String.fromCharCode = function () { return s; };"
    " for (var i = 0; i < 20; i++) s += String.fromCharCode(97)",
], ids=["function", "String", "slice", "method", "replaced-fromCharCode"])
def test_doubling_by_appending_to_a_local_a_call_result_is_a_range_error(small_caps, body):
    assert outcome("(function () { %s; })()" % body) == STRING  # each run has a fresh realm


@pytest.mark.parametrize("body", [
    "var s = ''; for (var i = 0; i < 5000; i++) s += String.fromCharCode(97 + i % 26)",
    "var s = ''; for (var i = 0; i < 2500; i++) s += String.fromCharCode(0xd83d, 0xde00)",
    "var s = R('x', 2500); function f() { return s; } s += f()",
    "var s = ''; function f() { return 'x'; } for (var i = 0; i < 5000; i++) s += f()",
], ids=["fromCharCode", "fromCharCode-pairs", "call-doubling-to-the-cap", "call"])
def test_appending_call_results_up_to_the_cap_is_allowed(small_caps, body):
    assert outcome("(function () { %s; if (s.length !== 5000) throw s.length; })()" % body) == "ok"


@pytest.mark.parametrize("body", [
    "var s = ''; for (var i = 0; i < 4999; i++) s += 'x'; s += s.charAt(0)",
    "var s = ''; for (var i = 0; i < 2500; i++) s = s + 'x'; s = s + s",
    "var s = R('x', 2500); s += s",
    "var s = R('x', 2499), n = 9; s = `${s}${n}${s}`",
    "var s = R('x', 4990); for (var i = 0; i < 10; i++) s += i",
], ids=["append-to-the-cap", "double-to-the-cap", "plus-assign-to-the-cap", "template-to-the-cap",
        "numbers"])
@pytest.mark.parametrize("scope", ["global", "local"])
def test_concatenation_up_to_the_cap_is_allowed(small_caps, body, scope):
    if scope == "local":
        body = "(function () { %s; })()" % body
    assert outcome(body) == "ok"


def test_the_error_of_a_doubling_names_its_place(small_caps):
    out = run_js("try {\n  var s = 'ab';\n  for (var i = 0; i < 20; i++)\n    s = s + s;\n"
                 "} catch (e) { console.log(e.stack); }")
    assert out[0] == STRING
    assert "<test>.js:4:" in out[1]


def test_defaults_are_server_sized():
    assert limits.MAX_STRING_LENGTH == 1 << 28
    assert limits.MAX_ARRAY_ELEMENTS == 1 << 26
    with pytest.raises(ValueError):
        limits.configure(max_strings=1)


# -- deeply nested JSON ----------------------------------------------------------

def test_json_parse_of_100000_nested_arrays_works_as_in_node():
    t = time.monotonic()
    out = run_js("function R(s, n) { return new Array(n + 1).join(s); }\n"
                 "var a = JSON.parse(R('[', 100000) + R(']', 100000)), d = 0;\n"
                 "while (a.length) { a = a[0]; d++; } console.log(d);")
    assert out == ["99999"]
    assert time.monotonic() - t < 20


@pytest.mark.parametrize("build", ["o = {a: o}", "o = [o]"])
@pytest.mark.parametrize("space", ["", ", null, 2"])
def test_json_stringify_of_a_100000_deep_chain_is_a_range_error(build, space):
    t = time.monotonic()
    out = run_js("var o = {}; for (var i = 0; i < 100000; i++) %s;\n"
                 "try { JSON.stringify(o%s); } catch (e) { console.log(String(e)); }" % (build, space))
    assert out == ["RangeError: Maximum call stack size exceeded"]
    assert time.monotonic() - t < 20


def test_json_depth_is_configurable():
    limits.configure(max_json_depth=10)
    try:
        ok = run_js("console.log(JSON.stringify([[[[[[[[1]]]]]]]]))")
        deep = run_js("var o = 1; for (var i = 0; i < 11; i++) o = [o];\n"
                      "try { JSON.stringify(o, null, 1); } catch (e) { console.log(e.name); }")
    finally:
        limits.configure(reset=True)
    assert ok == ["[[[[[[[[1]]]]]]]]"] and deep == ["RangeError"]


def test_json_cycles_are_still_reported():
    out = run_js("var a = {}; a.self = a; try { JSON.stringify(a); } catch (e) { console.log(e.name); }")
    assert out == ["TypeError"]
