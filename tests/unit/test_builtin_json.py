"""JSON (ES5.1 15.12): expected strings were printed by node 20."""

import math

import pytest

from runtime.builtins.json import json_parse, json_quote, json_stringify
from runtime.errors import JSThrow
from runtime.conversions import to_string
from runtime.calls import call_function
from runtime.properties import get_prop, put_prop
from runtime.values import JSArray, JSObject, js_string, null, undefined




FN = object()  # placeholder for a JS function in js()


def js(realm, v):
    """Builds a JS value from a Python literal (dicts keep their order)."""
    if v is None:
        return null
    if v is FN:
        return realm.native(lambda this, *a: undefined, "f", 0)
    if isinstance(v, bool) or v is undefined:
        return v
    if isinstance(v, (int, float)):
        return float(v)
    if isinstance(v, str):
        return v
    if isinstance(v, list):
        return realm.new_array([js(realm, x) for x in v])
    o = realm.new_object()
    for k, x in v.items():
        put_prop(o, k, js(realm, x))
    return o


def stringify(v, replacer=undefined, space=undefined):
    return json_stringify(None, v, replacer, space)


def message(fn, *args):
    with pytest.raises(JSThrow) as ei:
        fn(*args)
    e = ei.value.value
    return to_string(get_prop(e, "name")) + ": " + to_string(get_prop(e, "message"))


PARSE_CASES = [['', 'err', 'SyntaxError: Unexpected end of JSON input'],
 ['[1,]', 'err', 'SyntaxError: Unexpected token \']\', "[1,]" is not valid JSON'],
 ["{'a':1}", 'err', "SyntaxError: Expected property name or '}' in JSON at position 1"],
 ['01', 'err', 'SyntaxError: Unexpected number in JSON at position 1'],
 ['{"a":1,}', 'err', 'SyntaxError: Expected double-quoted property name in JSON at position 7'],
 ['"a\tb"', 'err', 'SyntaxError: Bad control character in string literal in JSON at position 2'],
 ['[1 2]', 'err', "SyntaxError: Expected ',' or ']' after array element in JSON at position 3"],
 ['tru', 'err', 'SyntaxError: Unexpected end of JSON input'],
 ['nul', 'err', 'SyntaxError: Unexpected end of JSON input'],
 ['{"a" 1}', 'err', "SyntaxError: Expected ':' after property name in JSON at position 5"],
 ['{a:1}', 'err', "SyntaxError: Expected property name or '}' in JSON at position 1"],
 ['1.', 'err', 'SyntaxError: Unterminated fractional number in JSON at position 2'],
 ['.5', 'err', 'SyntaxError: Unexpected token \'.\', ".5" is not valid JSON'],
 ['-', 'err', 'SyntaxError: No number after minus sign in JSON at position 1'],
 ['-a', 'err', 'SyntaxError: No number after minus sign in JSON at position 1'],
 ['1e', 'err', 'SyntaxError: Exponent part is missing a number in JSON at position 2'],
 ['"\\x"', 'err', 'SyntaxError: Bad escaped character in JSON at position 2'],
 ['"\\u12g4"', 'err', 'SyntaxError: Bad Unicode escape in JSON at position 5'],
 ['"abc', 'err', 'SyntaxError: Unterminated string in JSON at position 4'],
 ['[', 'err', 'SyntaxError: Unexpected end of JSON input'],
 ['{', 'err', "SyntaxError: Expected property name or '}' in JSON at position 1"],
 ['{"a":1', 'err', "SyntaxError: Expected ',' or '}' after property value in JSON at position 6"],
 ['1 2', 'err', 'SyntaxError: Unexpected non-whitespace character after JSON at position 2'],
 ['undefined', 'err', 'SyntaxError: "undefined" is not valid JSON'],
 ['  ', 'err', 'SyntaxError: Unexpected end of JSON input'],
 ['[1,2', 'err', "SyntaxError: Expected ',' or ']' after array element in JSON at position 4"],
 ['"\x00"', 'err', 'SyntaxError: Bad control character in string literal in JSON at position 1'],
 ['NaN', 'err', 'SyntaxError: "NaN" is not valid JSON'],
 ['-Infinity', 'err', 'SyntaxError: No number after minus sign in JSON at position 1'],
 ['+1', 'err', 'SyntaxError: Unexpected token \'+\', "+1" is not valid JSON'],
 ['1e+', 'err', 'SyntaxError: Exponent part is missing a number in JSON at position 3'],
 ['{"a":}', 'err', 'SyntaxError: Unexpected token \'}\', "{"a":}" is not valid JSON'],
 ['[,1]', 'err', 'SyntaxError: Unexpected token \',\', "[,1]" is not valid JSON'],
 ['\xa0 1', 'err', 'SyntaxError: Unexpected token \'\xa0\', "\xa0 1" is not valid JSON'],
 ['{,}', 'err', "SyntaxError: Expected property name or '}' in JSON at position 1"],
 ['{"a":1 "b":2}', 'err', "SyntaxError: Expected ',' or '}' after property value in JSON at position 7"],
 ['xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
  'err',
  'SyntaxError: Unexpected token \'x\', "xxxxxxxxxx"... is not valid JSON'],
 ['"aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa',
  'err',
  'SyntaxError: Unterminated string in JSON at position 51'],
 ['trx', 'err', 'SyntaxError: Unexpected token \'x\', "trx" is not valid JSON'],
 ['tRue', 'err', 'SyntaxError: Unexpected token \'R\', "tRue" is not valid JSON'],
 ['nulx', 'err', 'SyntaxError: Unexpected token \'x\', "nulx" is not valid JSON'],
 ['falsy', 'err', 'SyntaxError: Unexpected token \'y\', "falsy" is not valid JSON'],
 ['{"a":1,\n"b":x}', 'err', 'SyntaxError: Unexpected token \'x\', "{"a":1,\n"b":x}" is not valid JSON'],
 ['[1,\n2,\n]', 'err', 'SyntaxError: Unexpected token \']\', "[1,\n2,\n]" is not valid JSON'],
 ['"\\u12"', 'err', 'SyntaxError: Bad Unicode escape in JSON at position 5'],
 ['[1,2,3,4,5,6,7,8,9,10,11,x]',
  'err',
  'SyntaxError: Unexpected token \'x\', ..."8,9,10,11,x]" is not valid JSON'],
 ['[1,2,3,4,5,6,7,8,9,10,11,12,13,14,x,1,2,3,4,5,6,7,8,9,0]',
  'err',
  'SyntaxError: Unexpected token \'x\', ...",12,13,14,x,1,2,3,4,"... is not valid JSON'],
 ['{"a":"b" , "c"}', 'err', 'SyntaxError: Unexpected token \'}\', "{"a":"b" , "c"}" is not valid JSON'],
 ['"a" "b"', 'err', 'SyntaxError: Unexpected non-whitespace character after JSON at position 4'],
 ['["a" "b"]', 'err', "SyntaxError: Expected ',' or ']' after array element in JSON at position 5"],
 ['{"a":1}x', 'err', 'SyntaxError: Unexpected non-whitespace character after JSON at position 7'],
 ['[1]]', 'err', 'SyntaxError: Unexpected non-whitespace character after JSON at position 3'],
 ['{"a\n":1}', 'err', 'SyntaxError: Bad control character in string literal in JSON at position 3'],
 ['\n\n  x', 'err', 'SyntaxError: Unexpected token \'x\', "\n\n  x" is not valid JSON'],
 ['[0x10]', 'err', "SyntaxError: Expected ',' or ']' after array element in JSON at position 2"],
 ['[-01]', 'err', 'SyntaxError: Unexpected number in JSON at position 3'],
 ['[1.e5]', 'err', 'SyntaxError: Unterminated fractional number in JSON at position 3'],
 ['[1e5.5]', 'err', "SyntaxError: Expected ',' or ']' after array element in JSON at position 4"],
 ['"\\/"', 'ok', '"/"', False],
 ['{"__proto__":1}', 'ok', '{"__proto__":1}', False],
 ['[Infinity]', 'err', 'SyntaxError: Unexpected token \'I\', "[Infinity]" is not valid JSON'],
 ['{} ', 'ok', '{}', False],
 ['Infinity', 'err', 'SyntaxError: "Infinity" is not valid JSON'],
 ['[object Object]', 'err', 'SyntaxError: "[object Object]" is not valid JSON'],
 ['{"a":1}{', 'err', 'SyntaxError: Unexpected non-whitespace character after JSON at position 7'],
 ['[1,2]x', 'err', 'SyntaxError: Unexpected non-whitespace character after JSON at position 5'],
 ['{"a"', 'err', "SyntaxError: Expected ':' after property name in JSON at position 4"],
 ['{"a":', 'err', 'SyntaxError: Unexpected end of JSON input'],
 ['[1,', 'err', 'SyntaxError: Unexpected end of JSON input'],
 ['"\\', 'err', 'SyntaxError: Unexpected end of JSON input'],
 ['"\\u', 'err', 'SyntaxError: Bad Unicode escape in JSON at position 3'],
 ['-0', 'ok', '0', True],
 ['1E+2', 'ok', '100', False],
 ['\t\r\n 1 \t\r\n', 'ok', '1', False],
 ['\u2028 1', 'err', 'SyntaxError: Unexpected token \'\u2028\', "\u2028 1" is not valid JSON'],
 ['{"a":1,"b" 2}', 'err', 'SyntaxError: Unexpected number in JSON at position 11'],
 ['{"a":1,"b" "c"}', 'err', 'SyntaxError: Unexpected string in JSON at position 11'],
 ['{"a":1,"b"', 'err', 'SyntaxError: Unexpected end of JSON input'],
 ['{\n"a" 1}', 'err', "SyntaxError: Expected ':' after property name in JSON at position 6"],
 ['[1,2,\n3 4]', 'err', "SyntaxError: Expected ',' or ']' after array element in JSON at position 8"],
 ['{"a":1,2}', 'err', 'SyntaxError: Expected double-quoted property name in JSON at position 7'],
 ['{1:2}', 'err', "SyntaxError: Expected property name or '}' in JSON at position 1"],
 ['[1,}', 'err', 'SyntaxError: Unexpected token \'}\', "[1,}" is not valid JSON'],
 ['{"a":[}', 'err', 'SyntaxError: Unexpected token \'}\', "{"a":[}" is not valid JSON'],
 ['["\\uD83D\\uDE00", "😀"]', 'ok', '["😀","😀"]', False],
 ['{"a":1,"a":2}', 'ok', '{"a":2}', False],
 ['{"b":1,"a":2,"1":3,"0":4}', 'ok', '{"0":4,"1":3,"b":1,"a":2}', False],
 ['1e400', 'ok', 'null', False],
 ['-1e-400', 'ok', '0', True],
 ['123456789012345678901234567890', 'ok', '1.2345678901234568e+29', False],
 ['0.1e-2', 'ok', '0.001', False],
 ['"\\b\\f\\n\\r\\t\\"\\\\"', 'ok', '"\\b\\f\\n\\r\\t\\"\\\\"', False],
 ['{"a":1,"b":x}', 'err', 'SyntaxError: Unexpected token \'x\', "{"a":1,"b":x}" is not valid JSON'],
 ['[true,false,null]', 'ok', '[true,false,null]', False],
 ['[tru]', 'err', 'SyntaxError: Unexpected token \']\', "[tru]" is not valid JSON'],
 ['"\x7f"', 'ok', '"\x7f"', False],
 ['"\x1f"', 'err', 'SyntaxError: Bad control character in string literal in JSON at position 1'],
 ['[1, 2.5, -3e2, {"x": [[], {}]}]', 'ok', '[1,2.5,-300,{"x":[[],{}]}]', False],
 ['"\\ud800"', 'ok', '"\\ud800"', False],
 ['"\\u00e9é"', 'ok', '"éé"', False],
 ['{"":""}', 'ok', '{"":""}', False],
 ['\ufeff1', 'err', 'SyntaxError: Unexpected token \'\ufeff\', "\ufeff1" is not valid JSON'],
 ['tr1e', 'err', 'SyntaxError: Unexpected number in JSON at position 2'],
 ['[nul]', 'err', 'SyntaxError: Unexpected token \']\', "[nul]" is not valid JSON'],
 ['{"a":1,"b":2,"a":3}', 'ok', '{"a":3,"b":2}', False]]


def test_parse_against_node(realm):
    for case in PARSE_CASES:
        text = case[0]
        if case[1] == "ok":
            v = json_parse(None, text)
            assert stringify(v) == js_string(case[2]), text
            assert (type(v) is float and v == 0 and math.copysign(1, v) < 0) == case[3], text
        else:
            assert message(json_parse, None, js_string(text)) == js_string(case[2]), repr(text)


def test_parse_values(realm):
    v = json_parse(None, '{"b":1,"a":[1,"x",true,null,{}],"__proto__":{"z":2}}')
    assert list(v.props) == ["b", "a", "__proto__"]
    assert v.proto is realm.ObjectPrototype
    a = v.props["a"]
    assert isinstance(a, JSArray) and a.elems[0] == 1.0 and type(a.elems[0]) is float
    assert a.elems[2] is True and a.elems[3] is null
    # raw astral characters become surrogate pairs; escapes too
    assert json_parse(None, '"\U0001F600"') == "\ud83d\ude00"
    assert json_parse(None, '"\\ud83d\\ude00"') == "\ud83d\ude00"
    assert json_parse(None, '"\\ud800"') == "\ud800"
    assert json_parse(None, "1e400") == math.inf


def test_parse_deep_nesting(realm):
    v = json_parse(None, "[" * 3000 + "]" * 3000)
    depth = 0
    while isinstance(v, JSArray) and v.elems:
        v = v.elems[0]
        depth += 1
    assert depth == 2999


def test_parse_non_string_argument(realm):
    assert json_parse(None, 12.0) == 12.0
    assert json_parse(None, null) is null
    assert message(json_parse, None, undefined) == 'SyntaxError: "undefined" is not valid JSON'
    assert message(json_parse, None, realm.new_object()) == 'SyntaxError: "[object Object]" is not valid JSON'


def test_reviver(realm):
    calls = []

    def rev(this, key=undefined, value=undefined, *_):
        calls.append(key)
        if key == "drop":
            return undefined
        if type(value) is float:
            return value * 2
        return value

    f = realm.native(rev, "rev", 2)
    v = json_parse(None, '{"a":1,"drop":2,"n":{"x":[3,4]}}', f)
    assert stringify(v) == '{"a":2,"n":{"x":[6,8]}}'
    assert calls == ["a", "drop", "0", "1", "x", "n", ""]


def test_stringify_cases(realm):
    f = FN
    cases = {
        "nested2": ({"a": [1, {"b": 2}], "c": "x"}, 2,
                    "{\n  \"a\": [\n    1,\n    {\n      \"b\": 2\n    }\n  ],\n  \"c\": \"x\"\n}"),
        "nestedStr": ({"a": [1, {"b": 2}], "c": "x"}, "abcdefghijklmnop",
                      "{\nabcdefghij\"a\": [\nabcdefghijabcdefghij1,\nabcdefghijabcdefghij{\n"
                      "abcdefghijabcdefghijabcdefghij\"b\": 2\nabcdefghijabcdefghij}\nabcdefghij],\n"
                      "abcdefghij\"c\": \"x\"\n}"),
        "nested20": ({"a": [1, {"b": 2}], "c": "x"}, 20,
                     "{\n          \"a\": [\n                    1,\n                    {\n"
                     "                              \"b\": 2\n                    }\n          ],\n"
                     "          \"c\": \"x\"\n}"),
        "empties": ({"a": [], "b": {}}, 2, "{\n  \"a\": [],\n  \"b\": {}\n}"),
        "arrSpecial": ([undefined, f, math.nan, math.inf, -0.0], undefined, "[null,null,null,null,0]"),
        "objSpecial": ({"u": undefined, "f": f, "n": None}, undefined, "{\"n\":null}"),
        "numSpace": ({"a": 1}, 0.5, "{\"a\":1}"),
        "emptySpace": ({"a": 1}, "", "{\"a\":1}"),
        "tab": ([1, [2, [3]]], "\t", "[\n\t1,\n\t[\n\t\t2,\n\t\t[\n\t\t\t3\n\t\t]\n\t]\n]"),
        "keysOrder": ({"b": 1, "a": 2, "1": 3, "0": 4}, undefined, "{\"0\":4,\"1\":3,\"b\":1,\"a\":2}"),
        "numbers": ([1e21, 1e-7, 0.1, 123.456, -5, 2 ** 53], undefined,
                    "[1e+21,1e-7,0.1,123.456,-5,9007199254740992]"),
        "bools": ([True, False, None], undefined, "[true,false,null]"),
        "top": ("abc", undefined, "\"abc\""),
        "topNum": (42, 4, "42"),
    }
    for name, (value, space, expected) in cases.items():
        sp = space if space is undefined or isinstance(space, str) else float(space)
        assert stringify(js(realm, value), undefined, sp) == expected, name


def test_stringify_strings(realm):
    s = "\u2028\u2029\ud800\udc00\ud800 \udc00\u0000\u001f\u007f\"\\\b\f\n\r\t/"
    assert stringify(s) == ('"\u2028\u2029\ud800\udc00\\ud800 \\udc00\\u0000\\u001f\u007f'
                            '\\"\\\\\\b\\f\\n\\r\\t/"')
    assert json_quote("plain") == '"plain"'


def test_stringify_undefined_results(realm):
    assert stringify(undefined) is undefined
    assert stringify(realm.native(lambda this, *a: undefined, "f", 0)) is undefined


def test_stringify_property_list(realm):
    o = js(realm, {"b": 1, "a": 2, "2": 3, "1": 4})
    items = ["a", "b", 1.0, "a", 2.0]
    if realm.StringPrototype is not None:
        items.append(realm.new_wrapper("String", "zz"))
    lst = realm.new_array(items)
    assert stringify(o, lst) == '{"a":2,"b":1,"1":4,"2":3}'


def test_stringify_replacer_function(realm):
    def rep(this, key=undefined, value=undefined, *_):
        return undefined if key == "a" else value

    o = js(realm, {"a": 1, "b": 2})
    assert stringify(o, realm.native(rep, "rep", 2)) == '{"b":2}'
    seen = []

    def rep2(this, key=undefined, value=undefined, *_):
        seen.append((to_string(get_prop(this, "")), key))
        return to_string(get_prop(this, "")) + "|" + key + "|" + to_string(value)

    assert stringify("a", realm.native(rep2, "rep2", 2)) == '"a||a"'


def test_stringify_to_json_and_wrappers(realm):
    def to_json(this, key=undefined, *_):
        return "k=" + key

    tj = realm.native(to_json, "toJSON", 1)
    inner = realm.new_object()
    inner.props["toJSON"] = tj
    outer = realm.new_object()
    outer.props["x"] = inner
    assert stringify(outer) == '{"x":"k=x"}'
    assert stringify(realm.new_array([inner])) == '["k=0"]'
    if realm.NumberPrototype is not None and realm.StringPrototype is not None:
        arr = realm.new_array([realm.new_wrapper("Number", 3.0), realm.new_wrapper("String", "s"),
                               realm.new_wrapper("Boolean", False)])
        assert stringify(arr) == '[3,"s",false]'
        o = js(realm, {"a": 1})
        assert stringify(o, undefined, realm.new_wrapper("Number", 3.0)) == '{\n   "a": 1\n}'
        assert stringify(o, undefined, realm.new_wrapper("String", "--")) == '{\n--"a": 1\n}'


def test_stringify_cycles(realm):
    o = realm.new_object()
    o.props["o"] = o
    assert message(stringify, o) == (
        "TypeError: Converting circular structure to JSON\n"
        "    --> starting at object with constructor 'Object'\n"
        "    --- property 'o' closes the circle")
    c = js(realm, {"a": {"b": {"c": {"d": {"e": {}}}}}})
    e = c.props["a"].props["b"].props["c"].props["d"].props["e"]
    e.props["f"] = c
    assert message(stringify, realm.new_array([c])) == (
        "TypeError: Converting circular structure to JSON\n"
        "    --> starting at object with constructor 'Object'\n"
        "    |     property 'a' -> object with constructor 'Object'\n"
        "    |     property 'b' -> object with constructor 'Object'\n"
        "    |     ...\n"
        "    |     property 'e' -> object with constructor 'Object'\n"
        "    --- property 'f' closes the circle")
    a = realm.new_array([])
    x = realm.new_object()
    x.props["x"] = a
    a.elems.append(x)
    arr_name = "Array" if realm.constructors.get("Array") else "Object"  # stub prototype otherwise
    assert message(stringify, a) == (
        "TypeError: Converting circular structure to JSON\n"
        "    --> starting at object with constructor '%s'\n"
        "    |     index 0 -> object with constructor 'Object'\n"
        "    --- property 'x' closes the circle" % arr_name)


def test_json_object(realm):
    j = realm.global_object.props["JSON"]
    assert j.cls == "JSON"
    assert get_prop(get_prop(j, "stringify"), "length") == 3.0
    assert get_prop(get_prop(j, "parse"), "length") == 2.0


# -- the fast path of stringify and the lean parse (json_fast.py) ---------------

def _general(v):
    """JSON.stringify through the general (generator) algorithm only."""
    from runtime.builtins.json import _State, _stringify_gen
    from runtime.callbacks import drive

    r = drive(_stringify_gen(v, _State(None, None, "")))
    return undefined if r is None else r


def test_fast_stringify_matches_general_and_node(realm):
    from runtime.builtins.json_fast import fast_stringify

    cases = [
        ({"b": 1, "a": [1, "x", True, None, undefined, FN], "c": undefined, "d": FN, "e": {}},
         '{"b":1,"a":[1,"x",true,null,null,null],"e":{}}'),
        ({"10": 1, "2": 2, "a": 3, "01": 4, "4294967295": 5, "4294967294": 6},
         '{"2":2,"10":1,"4294967294":6,"a":3,"01":4,"4294967295":5}'),
        ([-0.0, 1.5, 1e21, 1e-7, math.nan, math.inf, 9007199254740993, 123456789012345680000],
         '[0,1.5,1e+21,1e-7,null,null,9007199254740992,123456789012345680000]'),
        (["\ud800", "\udc00x", "\ud83d\ude00", "\x00\x1f\"\\/\x7f\u2028"],
         '["\\ud800","\\udc00x","\ud83d\ude00","\\u0000\\u001f\\"\\\\/\x7f\u2028"]'),
        ({"": 1, 'q"': "\n", "\u00e9": []}, '{"":1,"q\\"":"\\n","\u00e9":[]}'),
        ([], "[]"),
        ({}, "{}"),
    ]
    for v, node in cases:
        o = js(realm, v)
        assert fast_stringify(o) == node
        assert _general(o) == node
        assert stringify(o) == node


def test_fast_stringify_falls_back(realm):
    from runtime.builtins.json_fast import Fallback, fast_stringify

    def falls_back(o):
        with pytest.raises(Fallback):
            fast_stringify(o)

    hole = realm.new_array([1.0])
    from runtime.values import HOLE
    hole.elems.append(HOLE)
    falls_back(hole)
    falls_back(undefined)
    cyc = realm.new_object()
    cyc.props["self"] = cyc
    falls_back(cyc)
    assert message(stringify, cyc).startswith("TypeError: Converting circular structure to JSON")
    withjson = js(realm, {"a": {"b": 1}})
    withjson.props["a"].props["toJSON"] = realm.native(lambda this, *a: "T", "toJSON", 1)
    falls_back(withjson)
    assert stringify(withjson) == '{"a":"T"}'
    # toJSON on a prototype is seen too, and removing it restores the fast path
    realm.ObjectPrototype.props["toJSON"] = realm.native(lambda this, *a: "P", "toJSON", 1)
    try:
        assert stringify(js(realm, [{"x": 1}])) == '"P"'
    finally:
        del realm.ObjectPrototype.props["toJSON"]
    assert stringify(js(realm, [{"x": 1}])) == '[{"x":1}]'


def test_fast_stringify_deep_nesting_uses_general_path(realm):
    import sys

    from runtime.builtins.json_fast import MAX_FAST_DEPTH

    v = realm.new_array()
    for _ in range(MAX_FAST_DEPTH + 100):
        v = realm.new_array([v])
    old = sys.getrecursionlimit()
    sys.setrecursionlimit(20000)  # what compiled scripts run with
    try:
        assert stringify(v) == "[" * (MAX_FAST_DEPTH + 101) + "]" * (MAX_FAST_DEPTH + 101)
    finally:
        sys.setrecursionlimit(old)


def test_fast_stringify_non_enumerable_and_accessor(realm):
    from runtime.properties import define_own_property
    from runtime.values import Accessor, E, C, W

    o = js(realm, {"x": 1, "y": 2})
    define_own_property(o, "hidden", 3.0, W | C)
    assert stringify(o) == '{"x":1,"y":2}'
    getter = realm.native(lambda this, *a: "got", "get", 0)
    define_own_property(o, "acc", Accessor(getter, undefined), E | C)
    assert stringify(o) == '{"x":1,"y":2,"acc":"got"}'


def test_parse_builds_plain_objects_and_code_units(realm):
    v = json_parse(None, '{"a":[1,[null,"\\ud83d\\ude00"],{"b":null}],"a":2,"c":"\\u00e9","1":0}')
    assert type(v) is JSObject and v.proto is realm.ObjectPrototype and v.attrs is None
    assert list(v.props) == ["a", "c", "1"] and v.props["a"] == 2.0
    v = json_parse(None, '[1,[null,"\\ud83d\\ude00"],{"b":null},"\ud83d\ude00"]')
    assert type(v) is JSArray and v.proto is realm.ArrayPrototype
    assert v.elems[0] == 1.0 and type(v.elems[0]) is float
    inner = v.elems[1]
    assert type(inner) is JSArray and inner.elems == [null, "\ud83d\ude00"]
    assert v.elems[2].props == {"b": null}
    assert v.elems[3] == "\ud83d\ude00"
    assert json_parse(None, '"\\ud83d\\ude00"') == "\ud83d\ude00"
    assert json_parse(None, "null") is null
    assert stringify(json_parse(None, '{"k":[1,{"x":[]}]}')) == '{"k":[1,{"x":[]}]}'


def test_stringify_objects_with_index_keys_in_node_order():
    """Objects with array-index keys take the ordered walk (indices first):
    values of every kind, undefined and functions left out, non-enumerable
    keys skipped, an empty result written as {}; output from node 20."""
    from tests.helpers import run_js

    out = run_js(r'''
var o = {b: 1, 42: "x", a: [1, 2.5, "s"], 7: null, u: undefined, f: function () {}, n: {3: true, z: -0, q: 1e21}, "": "", "\u2028": "\ud800"};
Object.defineProperty(o, "hidden", {value: 1, enumerable: false});
Object.defineProperty(o, "1", {value: "one", enumerable: true});
console.log(JSON.stringify(o));
console.log(JSON.stringify({5: undefined, 6: function () {}}));
console.log(JSON.stringify({9: undefined, k: 1}));
console.log(JSON.stringify([{0: "a", b: [{1: 2}]}]));
''')
    assert out == ['{"1":"one","7":null,"42":"x","b":1,"a":[1,2.5,"s"],"n":{"3":true,"z":0,"q":1e+21},'
                   '"":"","\u2028":"\\ud800"}',
                   "{}", '{"k":1}', '[{"0":"a","b":[{"1":2}]}]']
