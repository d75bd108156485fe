"""RegExp (ES5.1 15.10): pattern translation, the constructor, exec/test/
toString, and the properties of RegExp objects.

Expected values are what node 20 prints for the same operations.
"""

import re

import pytest

from runtime.builtins import regexp as RX
from runtime.builtins.regexp import (
    RegExpSyntaxError, regexp_create, regexp_proto_exec, regexp_proto_test, regexp_proto_toString, translate,
)
from runtime.builtins.regexp_translate import compile_pattern
from runtime.errors import JSThrow
from runtime.calls import construct
from runtime.properties import get_own_property, get_prop, put_prop
from runtime.values import JSArray, JSInternal, W, js_string, null, undefined


U = undefined


def G(realm, name):
    return realm.global_object.props[name]


def thrown(fn, *args):
    with pytest.raises(JSThrow) as info:
        fn(*args)
    e = info.value.value
    return "%s: %s" % (get_prop(e, "name"), get_prop(e, "message"))


def exec_(realm, source, flags, s):
    m = regexp_proto_exec(regexp_create(realm, js_string(source), flags), js_string(s))
    if m is null:
        return None
    return list(m.elems), int(m.props["index"])


# (source, flags, input, node's exec result as (array, index) or None)
NODE_EXEC = [
    ('a', '', 'cat', (['a'], 1)),
    ('^a', '', 'ba', None),
    ('^a', 'm', 'b\na', (['a'], 2)),
    ('a$', '', 'a\n', None),
    ('a$', 'm', 'a\nb', (['a'], 0)),
    ('a$', 'm', 'a\u2028b', (['a'], 0)),
    ('^b', 'm', 'a\rb', (['b'], 2)),
    ('\\d+', '', 'ab123c', (['123'], 2)),
    ('\\d', '', '٣', None),
    ('\\w+', '', 'héllo', (['h'], 0)),
    ('\\W', '', 'é', (['é'], 0)),
    ('\\s+', '', 'a\xa0\u2003\ufeffb', (['\xa0\u2003\ufeff'], 1)),
    ('\\s', '', '\u180e', None),
    ('\\S+', '', '  ab  ', (['ab'], 2)),
    ('\\bfoo\\b', '', 'a foo b', (['foo'], 2)),
    ('\\bé', '', 'xé', (['é'], 1)),
    ('\\B', '', 'ab', ([''], 1)),
    ('.', '', '\n', None),
    ('.', '', '\u2028', None),
    ('.+', '', 'ab\x85c', (['ab\x85c'], 0)),
    ('[^]', '', '\n', (['\n'], 0)),
    ('[]', '', 'a', None),
    ('(a)|(b)', '', 'b', (['b', U, 'b'], 0)),
    ('(a)?b', '', 'b', (['b', U], 0)),
    ('(a)\\1', '', 'aa', (['aa', 'a'], 0)),
    ('(a)?\\1b', '', 'b', (['b', U], 0)),
    ('\\1(a)', '', 'a', (['a', 'a'], 0)),
    ('(a\\1)', '', 'a', (['a', 'a'], 0)),
    ('(a)(?:\\1)*', '', 'aaaa', (['aaaa', 'a'], 0)),
    ('(A)\\1', 'i', 'aA', (['aA', 'a'], 0)),
    ('abc', 'i', 'ABC', (['ABC'], 0)),
    ('[a-c]+', 'i', 'ABCabc', (['ABCabc'], 0)),
    ('[^a]', 'i', 'A', None),
    ('\\u017f', 'i', 's', None),
    ('s', 'i', 'ſ', None),
    ('k', 'i', 'K', None),
    ('é', 'i', 'É', (['É'], 0)),
    ('σ', 'i', 'Σς', (['Σ'], 0)),
    ('ς', 'i', 'Σ', (['Σ'], 0)),
    ('[à-ÿ]+', 'i', 'ÀÉ', (['ÀÉ'], 0)),
    ('ß', 'i', 'SS', None),
    ('\\w', 'i', 'ſ', None),
    ('a{2}', '', 'aaa', (['aa'], 0)),
    ('a{2,}', '', 'aaaa', (['aaaa'], 0)),
    ('a{1,2}?', '', 'aaa', (['a'], 0)),
    ('a{,2}', '', 'a{,2}', (['a{,2}'], 0)),
    ('a{', '', 'a{', (['a{'], 0)),
    ('x{1}{', '', 'x{', (['x{'], 0)),
    ('a+?b', '', 'aaab', (['aaab'], 0)),
    ('(?=a)a', '', 'a', (['a'], 0)),
    ('(?!a)\\w', '', 'ab', (['b'], 1)),
    ('(?=(a))a\\1', '', 'aa', (['aa', 'a'], 0)),
    ('(?:a|b)+', '', 'abba', (['abba'], 0)),
    ('\\x41\\u0042', '', 'AB', (['AB'], 0)),
    ('\\cJ', '', '\n', (['\n'], 0)),
    ('\\0', '', '\x00', (['\x00'], 0)),
    ('\\012', '', '\n', (['\n'], 0)),
    ('[\\012]', '', '\n', (['\n'], 0)),
    ('\\7', '', '\x07', (['\x07'], 0)),
    ('(a)\\2', '', 'a\x02', (['a\x02', 'a'], 0)),
    ('\\/', '', '/', (['/'], 0)),
    ('[/]', '', '/', (['/'], 0)),
    ('[\\w-]+', '', 'a-b', (['a-b'], 0)),
    ('[a\\-z]+', '', '-', (['-'], 0)),
    ('[\\s\\S]+', '', 'a\nb', (['a\nb'], 0)),
    ('[.]', '', 'a.', (['.'], 1)),
    ('\\$', '', 'a$', (['$'], 1)),
    ('a|', '', 'b', ([''], 0)),
    ('|a', '', 'a', ([''], 0)),
    ('()', '', 'x', (['', ''], 0)),
    ('(a*)*', '', 'b', (['', U], 0)),
    ('(a*)+', '', 'b', (['', ''], 0)),
    ('(a|ab)(c|bcd)(d*)', '', 'abcd', (['abcd', 'a', 'bcd', ''], 0)),
    ('((a)|b)+', '', 'ab', (['ab', 'b', U], 0)),
    ('(z)((a+)?(b+)?(c))*', '', 'zaacbbbcac', (['zaacbbbcac', 'z', 'ac', 'a', U, 'c'], 0)),
    ('[\\b]', '', '\x08', (['\x08'], 0)),
    ('\\b', '', '\x08', None),
    ('[\\d-x]+', '', '1-x', (['1-x'], 0)),
    ('\\ud83d\\ude00', '', '😀', (['😀'], 0)),
    ('.', '', '😀', (['\ud83d'], 0)),
    ('[😀]', '', '\ude00', (['\ude00'], 0)),
    ('a(?=b)*', '', 'ab', (['a'], 0)),
    ('(?:)', '', 'abc', ([''], 0)),
    ('x*', 'g', 'axx', ([''], 0)),
    ('\\u{41}', '', 'u{41}', None),
    ('a{2,3}', '', 'aaaaa', (['aaa'], 0)),
    ('\\c', '', '\\c', (['\\c'], 0)),
    ('\\c1', '', '\\c1', (['\\c1'], 0)),
    ('(?:a(b)?)+', '', 'aba', (['aba', U], 0)),
    ('(\\d+)-(\\d+)', '', '10-20', (['10-20', '10', '20'], 0)),
    ('^\\s*$', '', '  \n', (['  \n'], 0)),
    ('^$', 'm', 'a\n\nb', ([''], 2)),
    ('$', 'm', 'a\r\nb', ([''], 1)),
    ('\\Bb', '', 'ab', (['b'], 1)),
]


@pytest.mark.parametrize("source,flags,s,expected", NODE_EXEC)
def test_exec_against_node(realm, source, flags, s, expected):
    if expected is not None:
        expected = ([js_string(x) if isinstance(x, str) else x for x in expected[0]], expected[1])
    assert exec_(realm, source, flags, s) == expected


# -- syntax errors (V8 wording) -----------------------------------------------------

SYNTAX_ERRORS = [
    ("(", "", "Invalid regular expression: /(/: Unterminated group"),
    ("(?:", "", "Invalid regular expression: /(?:/: Unterminated group"),
    ("a", "gg", "Invalid flags supplied to RegExp constructor 'gg'"),
    ("a", "x", "Invalid flags supplied to RegExp constructor 'x'"),
    ("*", "", "Invalid regular expression: /*/: Nothing to repeat"),
    ("a**", "", "Invalid regular expression: /a**/: Nothing to repeat"),
    ("a*?+", "", "Invalid regular expression: /a*?+/: Nothing to repeat"),
    ("a???", "", "Invalid regular expression: /a???/: Nothing to repeat"),
    ("a{1}?{2}", "", "Invalid regular expression: /a{1}?{2}/: Nothing to repeat"),
    ("a|*", "", "Invalid regular expression: /a|*/: Nothing to repeat"),
    ("{1}", "", "Invalid regular expression: /{1}/: Nothing to repeat"),
    ("^*", "", "Invalid regular expression: /^*/: Nothing to repeat"),
    ("$+", "", "Invalid regular expression: /$+/: Nothing to repeat"),
    ("\\b+", "", "Invalid regular expression: /\\b+/: Nothing to repeat"),
    ("(?<=a)*", "", "Invalid regular expression: /(?<=a)*/: Invalid quantifier"),
    ("x{2,1}", "", "Invalid regular expression: /x{2,1}/: numbers out of order in {} quantifier"),
    ("a{99999999999,2}", "", "Invalid regular expression: /a{99999999999,2}/: numbers out of order in {} quantifier"),
    ("[z-a]", "", "Invalid regular expression: /[z-a]/: Range out of order in character class"),
    ("\\", "", "Invalid regular expression: /\\/: \\ at end of pattern"),
    ("[a", "", "Invalid regular expression: /[a/: Unterminated character class"),
    ("a)", "", "Invalid regular expression: /a)/: Unmatched ')'"),
    ("(?a)", "", "Invalid regular expression: /(?a)/: Invalid group"),
]


@pytest.mark.parametrize("source,flags,message", SYNTAX_ERRORS)
def test_translate_rejects(source, flags, message):
    with pytest.raises(RegExpSyntaxError) as info:
        compile_pattern(source, flags)
    assert info.value.message == message


@pytest.mark.parametrize("source,flags,message", SYNTAX_ERRORS[:6])
def test_constructor_throws_syntax_error(realm, source, flags, message):
    assert thrown(construct, G(realm, "RegExp"), source, flags) == "SyntaxError: " + message


VALID = ["a{", "a{1", "a{1,", "x{1}{", "}]", "[\\d-a]", "[a-\\d]", "(?=a){2}", "a{,2}", "[]", "[^]", "\\c", "\\8",
         "(?=a)*", "a{2147483648}", "\\k", "(?<=ab)c", "(?<!a)b"]


@pytest.mark.parametrize("source", VALID)
def test_translate_accepts_annex_b(source):
    text, flags = translate(source, "")
    assert isinstance(text, str) and flags == 0
    re.compile(text, flags)


def test_translate_api():
    assert translate("a.b", "gim")[1] == 0
    with pytest.raises(RegExpSyntaxError):
        translate("(", "")
    assert compile_pattern("ab+", "g") is compile_pattern("ab+", "g")


# -- exec, test and lastIndex ----------------------------------------------------------

def test_global_exec_loop(realm):
    r = regexp_create(realm, "a", "g")
    out = []
    while True:
        m = regexp_proto_exec(r, "aXa")
        if m is null:
            break
        out += [m.props["index"], get_prop(r, "lastIndex")]
    assert out == [0.0, 1.0, 2.0, 3.0]
    assert get_prop(r, "lastIndex") == 0.0


def test_non_global_exec_ignores_and_keeps_lastIndex(realm):
    r = regexp_create(realm, "a", "")
    put_prop(r, "lastIndex", 5.0)
    assert regexp_proto_exec(r, "aa").props["index"] == 0.0
    assert get_prop(r, "lastIndex") == 5.0
    assert regexp_proto_exec(r, "bb") is null
    assert get_prop(r, "lastIndex") == 5.0


def test_global_exec_lastIndex_conversions(realm):
    r = regexp_create(realm, "a", "g")
    put_prop(r, "lastIndex", 5.0)
    assert regexp_proto_exec(r, "aa") is null
    assert get_prop(r, "lastIndex") == 0.0
    put_prop(r, "lastIndex", -3.0)
    assert regexp_proto_exec(r, "aa").props["index"] == 0.0
    assert get_prop(r, "lastIndex") == 1.0
    put_prop(r, "lastIndex", "1")
    assert regexp_proto_exec(r, "aa").props["index"] == 1.0
    assert get_prop(r, "lastIndex") == 2.0


def test_exec_result_shape(realm):
    m = regexp_proto_exec(regexp_create(realm, "(a)|b", "g"), "xb")
    assert isinstance(m, JSArray)
    assert m.elems == ["b", undefined]
    assert m.props == {"index": 1.0, "input": "xb"}
    assert m.proto is realm.ArrayPrototype
    assert regexp_proto_exec(regexp_create(realm, "a", ""), 12.0) is null
    assert regexp_proto_exec(regexp_create(realm, "d", ""), undefined).props["index"] == 2.0


def test_test_method(realm):
    r = regexp_create(realm, "a", "g")
    put_prop(r, "lastIndex", 1.0)
    assert regexp_proto_test(r, "a") is False
    assert get_prop(r, "lastIndex") == 0.0
    assert regexp_proto_test(r, "a") is True
    assert get_prop(r, "lastIndex") == 1.0
    assert regexp_proto_test(regexp_create(realm, "^\\s*$", ""), " \n") is True


def test_methods_reject_other_receivers(realm):
    assert thrown(regexp_proto_exec, realm.new_object(), "a") == \
        "TypeError: Method RegExp.prototype.exec called on incompatible receiver #<Object>"
    assert thrown(regexp_proto_test, realm.new_object(), "a") == \
        "TypeError: Method RegExp.prototype.test called on incompatible receiver #<Object>"
    with pytest.raises(JSThrow):
        regexp_proto_toString("x")


def test_lastIndex_read_only_put_throws(realm):
    from runtime.properties import define_own_property
    r = regexp_create(realm, "a", "g")
    define_own_property(r, "lastIndex", 0.0, 0)
    assert thrown(regexp_proto_exec, r, "a").startswith("TypeError: ")


# -- objects, properties, constructor ----------------------------------------------------

def test_own_properties(realm):
    r = regexp_create(realm, "a", "g")
    assert isinstance(r, JSInternal) and r.cls == "RegExp" and r.proto is realm.RegExpPrototype
    assert get_own_property(r, "source") == ("a", 0)
    assert get_own_property(r, "global") == (True, 0)
    assert get_own_property(r, "ignoreCase") == (False, 0)
    assert get_own_property(r, "multiline") == (False, 0)
    assert get_own_property(r, "lastIndex") == (0.0, W)
    put_prop(r, "source", "x")
    put_prop(r, "global", False)
    assert get_prop(r, "source") == "a" and get_prop(r, "global") is True
    r2 = regexp_create(realm, "a", "mi")
    assert [get_prop(r2, k) for k in ("global", "ignoreCase", "multiline")] == [False, True, True]


def test_to_string_and_source(realm):
    assert regexp_proto_toString(regexp_create(realm, "a", "gim")) == "/a/gim"
    RegExp = G(realm, "RegExp")
    assert regexp_proto_toString(construct(RegExp, "a", "mig")) == "/a/gim"
    assert regexp_proto_toString(construct(RegExp, "")) == "/(?:)/"
    assert regexp_proto_toString(construct(RegExp, "/", "gim")) == "/\\//gim"
    assert get_prop(construct(RegExp, "a/b\n[/]\\/"), "source") == "a\\/b\\n[/]\\/"
    assert get_prop(construct(RegExp, "\r\u2028"), "source") == "\\r\\u2028"
    assert get_prop(construct(RegExp, undefined), "source") == "(?:)"
    assert get_prop(construct(RegExp, null), "source") == "null"
    assert get_prop(construct(RegExp, 123.0, undefined), "source") == "123"
    assert regexp_proto_toString(realm.RegExpPrototype) == "/(?:)/"


def test_constructor_with_regexp_argument(realm):
    RegExp = G(realm, "RegExp")
    r = regexp_create(realm, "x", "g")
    assert RegExp(undefined, r) is r
    assert RegExp(undefined, r, undefined) is r
    r3 = construct(RegExp, r)
    assert r3 is not r and regexp_proto_toString(r3) == "/x/g" and get_prop(r3, "global") is True
    assert thrown(RegExp, undefined, r, "i").startswith("TypeError: ")
    assert thrown(construct, RegExp, r, "i").startswith("TypeError: ")
    made = RegExp(undefined, "a+", "i")
    assert regexp_proto_toString(made) == "/a+/i"


def test_constructor_and_prototype_shape(realm):
    RegExp = G(realm, "RegExp")
    p = realm.RegExpPrototype
    assert get_prop(RegExp, "length") == 2.0
    assert get_prop(RegExp, "prototype") is p
    assert get_prop(p, "constructor") is RegExp
    assert isinstance(p, JSInternal) and p.cls == "RegExp"
    assert get_prop(p, "source") == "(?:)"
    assert regexp_proto_exec(p, "abc").elems == [""]
    for name, n in (("exec", 1), ("test", 1), ("toString", 0)):
        assert get_prop(get_prop(p, name), "length") == float(n)


def test_each_literal_evaluation_is_a_new_object(realm):
    a = regexp_create(realm, "a", "g")
    b = regexp_create(realm, "a", "g")
    assert a is not b and a.value.pattern is b.value.pattern


def test_regexp_create_invalid_throws_syntax_error(realm):
    assert thrown(regexp_create, realm, "(", "") == \
        "SyntaxError: Invalid regular expression: /(/: Unterminated group"


# -- translation details ------------------------------------------------------------------

def match(realm, source, flags, s):
    m = regexp_proto_exec(regexp_create(realm, source, flags), s)
    return None if m is null else m.elems[0]


def test_dollar_without_m_is_end_of_input_only(realm):
    assert match(realm, "a$", "", "a\n") is None
    assert match(realm, "a$", "", "a") == "a"
    assert match(realm, "^b", "", "a\nb") is None


def test_multiline_anchors_use_js_line_terminators(realm):
    for lt in ("\n", "\r", "\u2028", "\u2029"):
        assert match(realm, "^b$", "m", "a" + lt + "b" + lt + "c") == "b"
    assert match(realm, "^b", "m", "a\x85b") is None


def test_ascii_classes(realm):
    assert match(realm, "\\d", "", "\u0663") is None
    assert match(realm, "\\w", "", "\u00e9") is None
    assert match(realm, "\\w", "i", "\u017f") is None
    assert match(realm, "\\W", "i", "S") is None
    assert match(realm, "\\bx", "", "\u00e9x") == "x"
    assert match(realm, "\\s+", "", "\t\x0b\x0c \u00a0\u1680\u2000\u200a\u202f\u205f\u3000\ufeff") is not None
    assert match(realm, "\\s", "", "\u180e\u200b\x85") is None


def test_case_insensitive_follows_canonicalize(realm):
    assert match(realm, "s", "i", "\u017f") is None
    assert match(realm, "k", "i", "\u212a") is None
    assert match(realm, "\u00e9", "i", "\u00c9") == "\u00c9"
    assert match(realm, "\u03c3", "i", "\u03c2") == "\u03c2"
    assert match(realm, "\u00df", "i", "SS") is None
    assert match(realm, "[^a]", "i", "A") is None
    assert match(realm, "[a-z]+", "i", "AbC") == "AbC"
    assert match(realm, "(a)\\1", "i", "aA") == "aA"


def test_backreferences(realm):
    assert match(realm, "(a)?\\1b", "", "b") == "b"
    assert match(realm, "\\1(a)", "", "a") == "a"
    assert match(realm, "(a\\1)", "", "a") == "a"
    assert match(realm, "(a)\\2", "", "a\x02") == "a\x02"
    groups = "".join("(%d)" % (i % 10) for i in range(1, 101)) + "\\100"
    s = "".join(str(i % 10) for i in range(1, 101)) + "0"
    assert match(realm, groups, "", s) == s


def test_escapes(realm):
    assert match(realm, "\\x41\\u0042\\cJ\\0", "", "AB\n\x00") == "AB\n\x00"
    assert match(realm, "\\x4\\u004", "", "x4u004") == "x4u004"
    assert match(realm, "\\c1", "", "\\c1") == "\\c1"
    assert match(realm, "[\\c1]", "", "\x11") == "\x11"
    assert match(realm, "[\\c]+", "", "c\\") == "c\\"
    assert match(realm, "\\012\\400", "", "\n 0") == "\n 0"
    assert match(realm, "(a)\\10", "", "a\x08") == "a\x08"
    assert match(realm, "\\8\\9", "", "89") == "89"
    assert match(realm, "[\\b]\\q\\/", "", "\x08q/") == "\x08q/"


def test_dot_and_empty_classes(realm):
    assert match(realm, ".", "", "\n\r\u2028\u2029") is None
    assert match(realm, ".+", "", "a\x85\u000bb") == "a\x85\u000bb"
    assert match(realm, "[^]", "", "\n") == "\n"
    assert match(realm, "a[]", "", "a") is None
    assert match(realm, ".", "", js_string("😀")) == "\ud83d"


def test_cache_is_shared_per_source_and_flags():
    a = compile_pattern("x+y", "i")
    assert compile_pattern("x+y", "i") is a
    assert compile_pattern("x+y", "") is not a
    assert RX.RegExpData("x+y", "i").pattern is a


# -- hot paths: literal creation, exec/test, lastIndex ---------------------------

def test_regexp_create_copies_templates(realm):
    from runtime.properties import define_own_property

    a = regexp_create(realm, "q", "g")
    b = regexp_create(realm, "q", "g")
    assert a is not b and a.value is b.value
    assert a.props is not b.props and a.attrs is not b.attrs
    assert a.props == {"source": "q", "global": True, "ignoreCase": False, "multiline": False,
                       "lastIndex": 0.0}
    a.props["lastIndex"] = 3.0
    define_own_property(a, "lastIndex", 9.0, 0)
    c = regexp_create(realm, "q", "g")
    assert c.props["lastIndex"] == 0.0 and c.attrs["lastIndex"] == W
    assert type(c) is JSInternal and c.cls == "RegExp" and c.special and c.extensible
    assert c.proto is realm.RegExpPrototype


def test_exec_result_array(realm):
    m = regexp_proto_exec(regexp_create(realm, "(a)|(b)", ""), "xb")
    assert type(m) is JSArray and m.proto is realm.ArrayPrototype
    assert m.elems == ["b", undefined, "b"]
    assert m.props == {"index": 1.0, "input": "xb"}


def test_lastindex_read_through_tointeger_and_readonly_write_throws(realm):
    from runtime.properties import define_own_property

    r = regexp_create(realm, "b", "g")
    r.props["lastIndex"] = "1"
    assert regexp_proto_exec(r, "bb").props["index"] == 1.0 and r.props["lastIndex"] == 2.0
    r.props["lastIndex"] = 1.7
    assert regexp_proto_exec(r, "bbb").props["index"] == 1.0 and r.props["lastIndex"] == 2.0
    r.props["lastIndex"] = -5.0
    assert regexp_proto_test(r, "abcb") is True and r.props["lastIndex"] == 2.0
    n = regexp_create(realm, "b", "")
    n.props["lastIndex"] = 7.0
    assert regexp_proto_test(n, "abc") is True and n.props["lastIndex"] == 7.0
    ro = regexp_create(realm, "a", "g")
    define_own_property(ro, "lastIndex", 0.0, 0)
    assert thrown(regexp_proto_exec, ro, "aa").startswith("TypeError: ")
    assert thrown(regexp_proto_test, ro, "zz").startswith("TypeError: ")


def test_nonempty_flag_and_min_width(realm):
    from runtime.builtins.regexp_translate import min_match_width

    assert RX._make_data("user=[a-z]+", "g").nonempty is True
    assert RX._make_data("failed", "g").nonempty is True
    for src in ("x*", "a|(?:)", "(?=a)|a", "(a)?\\1", "", "^", "\\b"):
        assert RX._make_data(src, "g").nonempty is False, src
    assert min_match_width(compile_pattern("ab{2,}", "")) == 3
