"""Global object functions and values (ES5.1 15.1, Annex B); expected values are what node 20 prints."""

import math

import pytest

from runtime.builtins import globals as G
from runtime.builtins import uri as U
from runtime.errors import JSThrow
from runtime.properties import get_prop, put_prop
from runtime.values import js_string, null, undefined

NAN = math.nan
INF = math.inf


pytestmark = pytest.mark.usefixtures("realm")  # the shared fixture (tests/unit/conftest.py)


def same(a, b):
    if a != a or b != b:
        return a != a and b != b
    return a == b and math.copysign(1.0, a) == math.copysign(1.0, b)


def thrown(fn, *args):
    with pytest.raises(JSThrow) as ei:
        fn(undefined, *args)
    e = ei.value.value
    return "%s: %s" % (get_prop(e, "name"), get_prop(e, "message"))


@pytest.mark.parametrize("args, expected", [
    (("123456789012345678901234567890",), 1.2345678901234568e+29), (("  -0x1F",), -31.0), (("0x",), NAN),
    (("-0",), -0.0), (("08",), 8.0), (("1e3",), 1.0), (("12abc",), 12.0), (("\u00a0\u2028 42",), 42.0),
    (("ff", 16.0), 255.0), (("0xff", 16.0), 255.0), (("0xff", 10.0), 0.0), (("z", 36.0), 35.0),
    (("10", 37.0), NAN), (("10", 1.0), NAN), (("10", 0.0), 10.0), (("11", 4294967298.0), 3.0),
    (("zz", 35.0), NAN), (("9007199254740993",), 9007199254740992.0), (("",), NAN), (("-",), NAN),
    ((null,), NAN), ((undefined,), NAN), ((1e21,), 1.0), ((0.0000005,), 5.0), (("123", 2.0), 1.0),
    (("101", 2.0), 5.0), (("zzzzzzzzzzzzzzzz", 36.0), 7.958661109946401e+24), (("10", "16"), 16.0),
    (("9" * 400,), INF), (("1" * 5000, 2.0), INF), (("1" * 5000,), INF), (("+12",), 12.0),
    (("\ufeff7",), 7.0), (("ZZ", 36.0), 1295.0),
])
def test_parseInt(args, expected):
    assert same(G.global_parseInt(undefined, *args), expected)


@pytest.mark.parametrize("s, expected", [
    ("Infinityx", INF), ("-Infinity", -INF), ("infinity", NAN), ("1.5e", 1.5), ("1.e5", 100000.0), (".5", 0.5),
    (".e5", NAN), ("-.5e-3x", -0.0005), ("1e400", INF), ("-0", -0.0), ("  3.14abc", 3.14), ("0x10", 0.0),
    ("", NAN), ("1e+", 1.0), ("+.1", 0.1), ("1_0", 1.0), (undefined, NAN),
])
def test_parseFloat(s, expected):
    assert same(G.global_parseFloat(undefined, s), expected)


def test_isNaN_isFinite():
    assert G.global_isNaN(undefined, "abc") is True
    assert G.global_isNaN(undefined, "") is False
    assert G.global_isNaN(undefined) is True
    assert G.global_isNaN(undefined, null) is False
    assert G.global_isFinite(undefined, "12") is True
    assert G.global_isFinite(undefined, INF) is False
    assert G.global_isFinite(undefined, null) is True
    assert G.global_isFinite(undefined, "1e400") is False
    assert G.global_isFinite(undefined, NAN) is False


def test_global_values(realm):
    go = realm.global_object
    assert math.isnan(get_prop(go, "NaN"))
    assert get_prop(go, "Infinity") == INF
    assert get_prop(go, "undefined") is undefined
    for k in ("NaN", "Infinity", "undefined"):
        assert go.attrs[k] == 0
    put_prop(go, "Infinity", 1.0)  # non-writable: silently ignored outside strict mode
    assert get_prop(go, "Infinity") == INF
    for k, n in (("parseInt", 2), ("parseFloat", 1), ("encodeURIComponent", 1), ("unescape", 1)):
        assert get_prop(get_prop(go, k), "length") == float(n)


def test_encode():
    assert U.global_encodeURIComponent(undefined, js_string("a b&c=d/\u00e9\u4e2d\U0001F600")) == \
        "a%20b%26c%3Dd%2F%C3%A9%E4%B8%AD%F0%9F%98%80"
    assert U.global_encodeURI(undefined, "http://x.com/a b?c=d&e=f#g") == "http://x.com/a%20b?c=d&e=f#g"
    assert U.global_encodeURIComponent(undefined, "-_.!~*()'") == "-_.!~*()'"
    assert U.global_encodeURI(undefined, ";/?:@&=+$,#") == ";/?:@&=+$,#"
    assert U.global_encodeURIComponent(undefined, ";/?:@&=+$,#") == "%3B%2F%3F%3A%40%26%3D%2B%24%2C%23"
    assert U.global_encodeURIComponent(undefined) == "undefined"
    assert U.global_encodeURIComponent(undefined, 1.5) == "1.5"
    for bad in ("\ud800", "\udc00", "a\ud800b", "\ud800\ud800", "x\ud83d"):
        assert thrown(U.global_encodeURIComponent, bad) == "URIError: URI malformed"
        assert thrown(U.global_encodeURI, bad) == "URIError: URI malformed"


def test_decode():
    assert U.global_decodeURI(undefined, "%2F%2f%23%41%C3%A9") == "%2F%2f%23A\u00e9"
    assert U.global_decodeURIComponent(undefined, "%2F%2f%23%41%C3%A9") == "//#A\u00e9"
    assert U.global_decodeURIComponent(undefined, "%F0%9F%98%80") == "\ud83d\ude00"
    assert U.global_decodeURIComponent(undefined, "%E4%B8%AD") == "\u4e2d"
    assert U.global_decodeURI(undefined, "a+b%20c") == "a+b c"
    assert U.global_decodeURI(undefined, 12.0) == "12"
    for bad in ("%", "%2", "%zz", "%C3", "%C3%28", "%C0%80", "%ED%A0%80", "%FF", "%80", "%F4%90%80%80", "%E4%B8%"):
        assert thrown(U.global_decodeURIComponent, bad) == "URIError: URI malformed"
        assert thrown(U.global_decodeURI, bad) == "URIError: URI malformed"


def test_escape_unescape():
    s = js_string("a b+c/\u00e4\u4e2d\U0001F600@*_-.")
    assert U.global_escape(undefined, s) == "a%20b+c/%E4%u4E2D%uD83D%uDE00@*_-."
    assert U.global_unescape(undefined, "%u4e2d%41%zz%u12%") == "\u4e2d" + "A%zz%u12%"
    assert U.global_unescape(undefined, U.global_escape(undefined, s)) == s
    assert U.global_escape(undefined) == "undefined"
