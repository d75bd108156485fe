"""String (ES5.1 15.5): the constructor, String.fromCharCode and every
String.prototype method.

Expected values are what node 20 prints for the same calls (the table was
produced by running ``String.prototype[method].apply(this, args)`` in node).
"""

import asyncio
import functools
import math

import pytest

import runtime.builtins.string as S
from runtime.builtins.regexp import regexp_create
from runtime.errors import JSThrow
from runtime.conversions import to_string
from runtime.calls import construct
from runtime.properties import get_prop, put_prop
from runtime.values import JSArray, JSPrimitiveWrapper, js_string, null, undefined


U = undefined
NAN = math.nan


class R:
    """A regexp argument: created in the test's realm when the case runs."""

    def __init__(self, source, flags=""):
        self.source = source
        self.flags = flags


def G(realm, name):
    return realm.global_object.props[name]


def proto(realm, name):
    return realm.StringPrototype.props[name]


def to_py(v):
    """JS result -> comparable Python value (arrays become lists)."""
    if isinstance(v, JSArray):
        return [to_py(x) for x in v.elems]
    return v


def same(a, b):
    if isinstance(a, list) and isinstance(b, list):
        return len(a) == len(b) and all(same(x, y) for x, y in zip(a, b))
    if isinstance(a, float) and isinstance(b, float) and a != a:
        return b != b
    return type(a) is type(b) and (a is b or a == b)


def js(v):
    if isinstance(v, str):
        return js_string(v)
    if isinstance(v, list):
        return [js(x) for x in v]
    return v


def thrown(fn, *args):
    with pytest.raises(JSThrow) as info:
        fn(*args)
    e = info.value.value
    return "%s: %s" % (get_prop(e, "name"), get_prop(e, "message"))


# (method, this, args, what node returns)
NODE_TABLE = [
    ('charAt', 'abc', [1.0], 'b'),
    ('charAt', 'abc', [-1.0], ''),
    ('charAt', 'abc', [3.0], ''),
    ('charAt', 'abc', [], 'a'),
    ('charAt', 'abc', [1.7], 'b'),
    ('charAt', 'abc', ['2'], 'c'),
    ('charCodeAt', 'abc', [1.0], 98.0),
    ('charCodeAt', 'abc', [5.0], NAN),
    ('charCodeAt', '😀', [0.0], 55357.0),
    ('charCodeAt', '😀', [1.0], 56832.0),
    ('concat', 'a', [1.0, null, U, True], 'a1nullundefinedtrue'),
    ('indexOf', 'abcabc', ['c'], 2.0),
    ('indexOf', 'abcabc', ['c', 3.0], 5.0),
    ('indexOf', 'abcabc', ['', 10.0], 6.0),
    ('indexOf', 'abcabc', ['x'], -1.0),
    ('indexOf', 'abc', [U], -1.0),
    ('indexOf', 'undefined', [], 0.0),
    ('indexOf', 'abc', ['a', -5.0], 0.0),
    ('lastIndexOf', 'abcabc', ['c'], 5.0),
    ('lastIndexOf', 'abcabc', ['c', 4.0], 2.0),
    ('lastIndexOf', 'abcabc', ['c', -4.0], -1.0),
    ('lastIndexOf', 'abcabc', ['', 4.0], 4.0),
    ('lastIndexOf', 'abcabc', ['', 99.0], 6.0),
    ('lastIndexOf', 'abcabc', ['abc', 'x'], 3.0),
    ('lastIndexOf', 'abcabc', ['a', 0.0], 0.0),
    ('localeCompare', 'a', ['b'], -1.0),
    ('localeCompare', 'b', ['a'], 1.0),
    ('localeCompare', 'a', ['a'], 0.0),
    ('localeCompare', 'a', ['B'], -1.0),
    ('localeCompare', 'A', ['a'], 1.0),
    ('localeCompare', 'résumé', ['resume'], 1.0),
    ('localeCompare', 'ä', ['b'], -1.0),
    ('localeCompare', 'a b', ['ab'], -1.0),
    ('localeCompare', 'a10', ['a9'], -1.0),
    ('localeCompare', '', ['a'], -1.0),
    ('localeCompare', 'Zebra', ['apple'], 1.0),
    ('localeCompare', '_', ['-'], -1.0),
    ('localeCompare', '1', ['a'], -1.0),
    ('match', 'abcb', [R('b', 'g')], ['b', 'b']),
    ('match', 'abc', [R('(x)?b')], ['b', U]),
    ('match', 'abc', [R('z', 'g')], null),
    ('match', 'abc', [], ['']),
    ('match', 'a.c', ['.'], ['a']),
    ('match', 'aaa', [R('a*?', 'g')], ['', '', '', '']),
    ('match', 'xAx', [R('a', 'gi')], ['A']),
    ('match', '1 22 333', [R('\\d+', 'g')], ['1', '22', '333']),
    ('match', '', [R('', 'g')], ['']),
    ('replace', 'abc', ['b', "[$&$`$'$1$$]"], 'a[bac$1$]c'),
    ('replace', 'abab', ['b', 'x'], 'axab'),
    ('replace', 'abab', [R('b', 'g'), 'x'], 'axax'),
    ('replace', 'aaa', [R('a*?', 'g'), '-'], '-a-a-a-'),
    ('replace', 'aaa', [R('a*', 'g'), '-'], '--'),
    ('replace', 'x', [R('x'), "$0|$00|$1|$10|$&|$`|$'|$$|$"], '$0|$00|$1|$10|x|||$|$'),
    ('replace', 'abc', [R('(b)'), '[$01][$1][$10][$2][$001]'], 'a[b][b][b0][$2][$001]c'),
    ('replace', 'abcdefghijk', [R('(a)(b)(c)(d)(e)(f)(g)(h)(i)(j)(k)'), '$11-$10-$12-$1x'], 'k-j-a2-ax'),
    ('replace', 'abc', [R('(x)?b'), '[$1]'], 'a[]c'),
    ('replace', 'John Smith', [R('(\\w+)\\s(\\w+)'), '$2, $1'], 'Smith, John'),
    ('replace', 'abc', [R(''), '-'], '-abc'),
    ('replace', 'abc', [R('', 'g'), '-'], '-a-b-c-'),
    ('replace', 'abc', ['', '-'], '-abc'),
    ('replace', 'a1b22', [R('\\d', 'g'), U], 'aundefinedbundefinedundefined'),
    ('replace', 'aXbX', [R('x', 'gi'), '$&$&'], 'aXXbXX'),
    ('replace', 'null', [null, 'y'], 'y'),
    ('replace', 'a\nb', [R('$', 'gm'), '!'], 'a!\nb!'),
    ('replace', 'a\nb\n', [R('$', 'g'), '!'], 'a\nb\n!'),
    ('replace', 'tEsT', [R('[a-z]', 'g'), '_'], '_E_T'),
    ('search', 'abc', [R('c')], 2.0),
    ('search', 'abc', [R('x')], -1.0),
    ('search', 'a.b', ['.'], 0.0),
    ('search', 'abc', [], 0.0),
    ('search', 'abcabc', [R('c', 'g')], 2.0),
    ('slice', 'abcdef', [1.0, 3.0], 'bc'),
    ('slice', 'abcdef', [-2.0], 'ef'),
    ('slice', 'abcdef', [2.0, -1.0], 'cde'),
    ('slice', 'abcdef', [4.0, 2.0], ''),
    ('slice', 'abcdef', [], 'abcdef'),
    ('slice', 'abcdef', [U, 2.0], 'ab'),
    ('slice', 'abcdef', [-100.0, 100.0], 'abcdef'),
    ('split', 'a,b,c', [','], ['a', 'b', 'c']),
    ('split', 'a,b,c', [',', 2.0], ['a', 'b']),
    ('split', 'a,b,c', [',', -1.0], ['a', 'b', 'c']),
    ('split', 'a,b,c', [',', 0.0], []),
    ('split', 'abc', [''], ['a', 'b', 'c']),
    ('split', 'abc', [], ['abc']),
    ('split', 'abc', [U, 0.0], []),
    ('split', '', [','], ['']),
    ('split', '', [''], []),
    ('split', 'aXbX', [R('(X)')], ['a', 'X', 'b', 'X', '']),
    ('split', 'ab', [R('a*?')], ['a', 'b']),
    ('split', 'ab', [R('(a*)')], ['', 'a', 'b']),
    ('split', 'test', [R('(?:)'), 2.0], ['t', 'e']),
    ('split', '', [R('a*')], []),
    ('split', '', [R('b')], ['']),
    ('split', 'A<B>bold</B>and<CODE>coded</CODE>', [R('<(\\/)?([^<>]+)>')], ['A', U, 'B', 'bold', '/', 'B', 'and', U, 'CODE', 'coded', '/', 'CODE', '']),
    ('split', 'a1b2c3', [R('\\d')], ['a', 'b', 'c', '']),
    ('split', 'a, b ,c', [R('\\s*,\\s*')], ['a', 'b', 'c']),
    ('split', 'abc', [R('')], ['a', 'b', 'c']),
    ('split', 'abc', [R('(?:)', 'g')], ['a', 'b', 'c']),
    ('split', 'a b  c', [' '], ['a', 'b', '', 'c']),
    ('split', 'aXbXc', [R('(X)'), 3.0], ['a', 'X', 'b']),
    ('split', 'undefined', [U], ['undefined']),
    ('split', 'a1b', [1.0], ['a', 'b']),
    ('split', 'xaby', [R('a|(b)')], ['x', U, '', 'b', 'y']),
    ('substring', 'abcdef', [1.0, 3.0], 'bc'),
    ('substring', 'abcdef', [3.0, 1.0], 'bc'),
    ('substring', 'abcdef', [-1.0], 'abcdef'),
    ('substring', 'abcdef', [2.0, 100.0], 'cdef'),
    ('substring', 'abcdef', [NAN, 2.0], 'ab'),
    ('substr', 'abcdef', [-2.0, 1.0], 'e'),
    ('substr', 'abcdef', [1.0], 'bcdef'),
    ('substr', 'abcdef', [1.0, -1.0], ''),
    ('substr', 'abcdef', [-100.0, 2.0], 'ab'),
    ('substr', 'abcdef', [2.0, 100.0], 'cdef'),
    ('substr', 'abcdef', [10.0], ''),
    ('toLowerCase', 'ABC Été İ', [], 'abc été i̇'),
    ('toUpperCase', 'abc ß ﬀ ǆ', [], 'ABC SS FF Ǆ'),
    ('toLowerCase', 'ΑΣ ΑΣΑ', [], 'ας ασα'),
    ('toUpperCase', '𐐨', [], '𐐀'),
    ('toLowerCase', '𐐀x\ud800', [], '𐐨x\ud800'),
    ('toLocaleUpperCase', 'é', [], 'É'),
    ('toLocaleLowerCase', 'É', [], 'é'),
    ('trim', ' \t\n\xa0\ufeff\u3000\u2028ab c\u2029\x0b\x0c\r ', [], 'ab c'),
    ('trim', '\u180e a \u180e', [], '\u180e a \u180e'),
    ('trim', '\u200b a', [], '\u200b a'),
    ('trim', '', [], ''),
]


@pytest.mark.parametrize("method,this,args,expected", NODE_TABLE)
def test_against_node(realm, method, this, args, expected):
    fn = getattr(S, "string_proto_" + method)
    conv = [regexp_create(realm, js(a.source), a.flags) if isinstance(a, R) else js(a) for a in args]
    got = to_py(fn(js(this), *conv))
    assert same(got, js(expected)), (got, expected)


# -- the constructor and String.fromCharCode ------------------------------------

def test_string_called_as_function(realm):
    String = G(realm, "String")
    assert String(undefined) == ""
    assert String(undefined, 1.5) == "1.5"
    assert String(undefined, null) == "null"
    assert String(undefined, undefined) == "undefined"
    assert String(undefined, True) == "true"
    assert String(undefined, -0.0) == "0"
    assert String(undefined, 1e21) == "1e+21"


def test_new_string_makes_a_wrapper(realm):
    s = construct(G(realm, "String"), "ab")
    assert type(s) is JSPrimitiveWrapper and s.cls == "String" and s.value == "ab"
    assert s.proto is realm.StringPrototype
    assert get_prop(s, "length") == 2.0
    assert get_prop(s, "0") == "a"
    assert construct(G(realm, "String")).value == ""
    assert construct(G(realm, "String"), 12.0).value == "12"
    assert S.string_proto_valueOf(s) == "ab"
    assert to_string(s) == "ab"


def test_prototype_is_an_empty_string_wrapper(realm):
    p = realm.StringPrototype
    assert type(p) is JSPrimitiveWrapper and p.cls == "String" and p.value == ""
    assert p.proto is realm.ObjectPrototype
    assert get_prop(p, "length") == 0.0
    assert get_prop(p, "constructor") is G(realm, "String")
    assert S.string_proto_valueOf(p) == ""


def test_lengths(realm):
    String = G(realm, "String")
    assert get_prop(String, "length") == 1.0
    assert get_prop(get_prop(String, "fromCharCode"), "length") == 1.0
    expected = {"toString": 0, "valueOf": 0, "charAt": 1, "charCodeAt": 1, "concat": 1, "indexOf": 1,
                "lastIndexOf": 1, "localeCompare": 1, "match": 1, "replace": 2, "search": 1, "slice": 2,
                "split": 2, "substring": 2, "substr": 2, "toLowerCase": 0, "toLocaleLowerCase": 0,
                "toUpperCase": 0, "toLocaleUpperCase": 0, "trim": 0,
                # ES2015 (issue 13), padStart/padEnd ES2017
                "includes": 1, "startsWith": 1, "endsWith": 1, "repeat": 1, "padStart": 1, "padEnd": 1,
                "codePointAt": 1, "normalize": 0}
    for name, n in expected.items():
        assert get_prop(proto(realm, name), "length") == float(n), name
        assert realm.StringPrototype.attrs[name] == 5, name  # writable, configurable, not enumerable
    assert get_prop(get_prop(String, "fromCodePoint"), "length") == 1.0
    assert get_prop(get_prop(String, "raw"), "length") == 1.0
    # nothing past the ES2015 scope (and padStart/padEnd) is offered
    for name in ("trimStart", "trimEnd", "at", "replaceAll", "matchAll"):
        assert name not in realm.StringPrototype.props
    assert realm.StringPrototype.attrs["charAt"] == 5  # writable, configurable, not enumerable


def test_fromCharCode(realm):
    assert S.string_fromCharCode(undefined) == ""
    assert S.string_fromCharCode(undefined, 65.0, 66.9, 65601.0, -1.0) == "ABA\uffff"
    assert S.string_fromCharCode(undefined, 0xD83D * 1.0, 0xDE00 * 1.0) == js_string("😀")
    assert S.string_fromCharCode(undefined, "97", NAN) == "a\x00"


# -- this handling ----------------------------------------------------------------

def test_toString_and_valueOf_need_a_string(realm):
    assert S.string_proto_toString("x") == "x"
    assert thrown(S.string_proto_toString, 1.0) == \
        "TypeError: String.prototype.toString requires that 'this' be a String"
    assert thrown(S.string_proto_valueOf, realm.new_object()) == \
        "TypeError: String.prototype.valueOf requires that 'this' be a String"


def test_generic_methods_convert_this(realm):
    assert S.string_proto_charAt(12.0, 1.0) == "2"
    assert S.string_proto_indexOf(True, "u") == 2.0
    assert S.string_proto_toUpperCase(construct(G(realm, "String"), "ab")) == "AB"
    assert thrown(S.string_proto_charAt, null) == \
        "TypeError: String.prototype.charAt called on null or undefined"
    assert thrown(S.string_proto_trim, undefined) == \
        "TypeError: String.prototype.trim called on null or undefined"


def test_utf16_code_units(realm):
    s = js_string("a😀")
    assert len(s) == 3
    assert S.string_proto_charCodeAt(s, 1.0) == 55357.0
    assert S.string_proto_charCodeAt(s, 2.0) == 56832.0
    assert S.string_proto_slice(s, 1.0, 2.0) == "\ud83d"
    assert S.string_proto_toUpperCase(s) == js_string("A😀")


# -- replace with functions ----------------------------------------------------------

def native(realm, fn):
    return realm.native(fn, "f", 0)


def test_replace_function_arguments(realm):
    seen = []

    def f(this, *args):
        seen.append(args)
        return float(len(args))

    assert S.string_proto_replace("abc", regexp_create(realm, "(b)(x)?", ""), native(realm, f)) == "a5c"
    assert seen == [("b", "b", undefined, 1.0, "abc")]
    seen.clear()
    assert S.string_proto_replace("a+b", "+", native(realm, f)) == "a3b"
    assert seen == [("+", 1.0, "a+b")]


def test_replace_function_global_collects_matches_first(realm):
    rx = regexp_create(realm, ".", "g")

    def f(this, m, *rest):
        put_prop(rx, "lastIndex", 0.0)
        return S.string_proto_toUpperCase(m)

    assert S.string_proto_replace("ab", rx, native(realm, f)) == "AB"
    assert get_prop(rx, "lastIndex") == 0.0


def test_replace_function_result_is_converted(realm):
    def und(this, *a):
        return undefined

    assert S.string_proto_replace("a", "a", native(realm, und)) == "undefined"

    def idx(this, m, i, s):
        return i

    assert S.string_proto_replace("a-b-c", regexp_create(realm, "-", "g"), native(realm, idx)) == "a1b3c"


def test_replace_function_may_be_async(realm):
    calls = []

    async def f(this, m, *rest):
        calls.append(m)
        return m + m

    r = S.string_proto_replace("a-b", regexp_create(realm, "[ab]", "g"), native(realm, f))
    assert asyncio.iscoroutine(r)
    assert asyncio.run(r) == "aa-bb"
    assert calls == ["a", "b"]


def test_replace_replacement_object_is_converted_once(realm):
    obj = realm.new_object()

    def ts(this, *a):
        return "$&$&"

    obj.props["toString"] = native(realm, ts)
    assert S.string_proto_replace("x", "x", obj) == "xx"


# -- regexp state observed through String methods -----------------------------------

def test_match_and_replace_reset_lastIndex(realm):
    rx = regexp_create(realm, "a", "g")
    rx.props["lastIndex"] = 7.0
    assert to_py(S.string_proto_match("aaa", rx)) == ["a", "a", "a"]
    assert get_prop(rx, "lastIndex") == 0.0
    rx.props["lastIndex"] = 2.0
    assert S.string_proto_replace("aaa", rx, "b") == "bbb"
    assert get_prop(rx, "lastIndex") == 0.0


def test_non_global_replace_and_search_ignore_lastIndex(realm):
    rx = regexp_create(realm, "a", "")
    rx.props["lastIndex"] = 2.0
    assert S.string_proto_replace("aaa", rx, "b") == "baa"
    assert get_prop(rx, "lastIndex") == 2.0
    g = regexp_create(realm, "a", "g")
    g.props["lastIndex"] = 2.0
    assert S.string_proto_search("xaa", g) == 1.0
    assert get_prop(g, "lastIndex") == 2.0


def test_match_non_global_returns_exec_result(realm):
    m = S.string_proto_match("xabc", regexp_create(realm, "(a)(z)?", ""))
    assert to_py(m) == ["a", "a", undefined]
    assert m.props["index"] == 1.0
    assert m.props["input"] == "xabc"


def test_split_limit_conversions(realm):
    assert to_py(S.string_proto_split("a,b,c", ",", 4294967297.0)) == ["a"]
    assert to_py(S.string_proto_split("a,b,c", ",", "2")) == ["a", "b"]
    assert to_py(S.string_proto_split("a,b,c", ",", NAN)) == []


def test_locale_compare_sorts_like_node(realm):
    words = ["b", "a", "B", "A", "á", "_", "1", " ", "ä", "Z"]
    ordered = sorted(words, key=functools.cmp_to_key(lambda a, b: int(S.string_proto_localeCompare(a, b))))
    assert ordered == [" ", "_", "1", "a", "A", "á", "ä", "b", "B", "Z"]
    assert S.string_proto_localeCompare("a\x00b", "ab") == 0.0
    assert S.string_proto_localeCompare("\u00e9", "e\u0301") == 0.0


# -- fast paths (float arguments on a str this) agree with node ----------------------

def test_fast_paths_char_access(realm):
    s = "hello world"
    assert [S.string_proto_charAt(s, p) for p in (-0.5, -1.0, 1.9, NAN, 11.0, U, "2", True)] == \
        ["h", "", "e", "h", "", "h", "l", "e"]
    got = [S.string_proto_charCodeAt(s, p) for p in (-0.5, -1.0, 1.9, 11.0, U, math.inf)]
    assert got[0] == 104.0 and math.isnan(got[1]) and got[2] == 101.0 and math.isnan(got[3])
    assert got[4] == 104.0 and math.isnan(got[5])
    assert S.string_proto_charCodeAt(s, NAN) == 104.0
    assert type(S.string_proto_charCodeAt(s, 0.0)) is float


def test_fast_paths_indexof_slice_substring(realm):
    s = "hello world"
    assert [S.string_proto_indexOf(s, *a) for a in (("o",), ("o", 5.0), ("",), ("", 20.0), ("z",))] == \
        [4.0, 7.0, 0.0, 11.0, -1.0]
    assert S.string_proto_indexOf("undefinedx") == 0.0
    sl = S.string_proto_slice
    assert [sl(s, 2.0), sl(s, -3.0), sl(s, -20.0), sl(s, 20.0), sl(s, 2.0, -2.0), sl(s, 5.0, 2.0),
            sl(s, 1.5, 4.7), sl(s, -0.0), sl(s, 0.0, -0.0), sl(s, NAN, 3.0), sl(s, 2.0, math.inf),
            sl(s, -math.inf, 2.0), sl(s, 1e300), sl(s, -1e300, 1e300)] == \
        ["llo world", "rld", "hello world", "", "llo wor", "", "ell", "hello world", "", "hel",
         "llo world", "he", "", "hello world"]
    sub = S.string_proto_substring
    assert [sub(s, 2.0), sub(s, 5.0, 2.0), sub(s, -3.0, 2.0), sub(s, 2.0, 50.0), sub(s, NAN),
            sub(s, 1.5, 3.5), sub(s, 11.0), sub(s, 3.0, 3.0), sub(s, 8.0, U)] == \
        ["llo world", "llo", "he", "llo world", "hello world", "el", "", "", "rld"]
    assert sl(12345.0, 1.0, 3.0) == "23" and sub(True, 1.0) == "rue"


def test_fast_path_fromcharcode(realm):
    f = S.string_fromCharCode
    assert [f(U), f(U, 65.0), f(U, 65.9), f(U, -0.0), f(U, 65601.0), f(U, "66"), f(U, True),
            f(U, 72.0, 105.0)] == ["", "A", "A", "\x00", "A", "B", "\x01", "Hi"]
    assert f(U, -1.0) == "\uffff" and f(U, 255.0) == "\xff" and f(U, 256.0) == "\u0100"
    assert f(U, NAN) == "\x00" and f(U, U) == "\x00"


def test_replace_literal_global_fast_path(realm):
    rep = S.string_proto_replace
    assert rep("x-y-z", regexp_create(realm, "-", "g"), "\\") == "x\\y\\z"
    assert rep("x-y-z", regexp_create(realm, "-", "g"), "\\n") == "x\\ny\\nz"
    assert rep("a.b", regexp_create(realm, "\\.", "g"), "\\g<0>") == "a\\g<0>b"
    assert rep("x-y-z", regexp_create(realm, "(-)", "g"), "[$1]") == "x[-]y[-]z"
    assert rep("aaa", regexp_create(realm, "a*", "g"), "-") == "--"
    assert rep("abxd", regexp_create(realm, "x*", "g"), "-") == "-a-b--d-"
    assert rep("ba", regexp_create(realm, "a|(?:)", "g"), "-") == "-b--"
    assert rep("aa", regexp_create(realm, "(?=a)|a", "g"), "-") == "-a-a"
    rx = regexp_create(realm, "b", "g")
    rx.props["lastIndex"] = 5.0
    assert rep("abcb", rx, "") == "ac" and rx.props["lastIndex"] == 0.0


# -- ES2015: the size limit of runtime/limits.py -------------------------------

from runtime import limits as _limits  # noqa: E402
from tests.helpers import run_js  # noqa: E402


@pytest.fixture
def small_string_cap():
    _limits.configure(max_string_length=5000)
    yield
    _limits.configure(reset=True)


@pytest.mark.parametrize("body, result", [
    ("'ab'.repeat(2500).length", "5000"),
    ("'ab'.repeat(2501).length", "RangeError: Invalid string length"),
    ("'a'.padStart(5000, 'xy').length", "5000"),
    ("'a'.padStart(5001, 'xy').length", "RangeError: Invalid string length"),
    ("'a'.padEnd(5001).length", "RangeError: Invalid string length"),
    ("'a'.padEnd(1e9, '').length", "1"),
    ("''.repeat(1e9).length", "0"),
    ("String.raw({raw: [new Array(3001).join('x'), new Array(3001).join('x')]}, 1).length",
     "RangeError: Invalid string length"),
    ("String.raw({raw: ['', '']}, new Array(3001).join('x'), new Array(3001).join('x')).length", "3000"),
], ids=["repeat-at-cap", "repeat-past-cap", "padStart-at-cap", "padStart-past-cap", "padEnd-past-cap",
        "padEnd-empty-filler", "repeat-empty", "raw-past-cap", "raw-one-substitution"])
def test_es2015_string_builders_respect_the_string_cap(small_string_cap, body, result):
    out = run_js("try { console.log(String(%s)); } catch (e) { console.log(String(e)); }" % body)
    assert out[-1] == result


def test_repeat_past_the_cap_fails_before_building_the_string(small_string_cap):
    # a count of 2**40 must be refused from the sizes alone, at once
    out = run_js("try { 'abc'.repeat(Math.pow(2, 40)); } catch (e) { console.log(String(e)); }")
    assert out == ["RangeError: Invalid string length"]
