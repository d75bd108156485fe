"""decodeURI / decodeURIComponent (ES5.1 15.1.3.1-2) on escape edge cases:
truncated and non-hex escapes, overlong forms, surrogates, U+10FFFF+, reserved
characters kept escaped by decodeURI. Expected values from node 20."""

import json

import pytest

from tests.helpers import run_js

# input -> (decodeURI result, decodeURIComponent result); "URIError" when thrown
CASES = {
    "": ("", ""),
    "abc": ("abc", "abc"),
    "%": ("URIError", "URIError"),
    "%4": ("URIError", "URIError"),
    "%4g": ("URIError", "URIError"),
    "%41": ("A", "A"),
    "%c3%a9": ("é", "é"),
    "%C3%A9x%C3": ("URIError", "URIError"),
    "%C0%80": ("URIError", "URIError"),
    "%E0%A4%A": ("URIError", "URIError"),
    "%E0%A4%AD": ("भ", "भ"),
    "%F0%9F%98%80": ("\ud83d\ude00", "\ud83d\ude00"),  # U+1F600 as its UTF-16 pair
    "%F4%90%80%80": ("URIError", "URIError"),
    "%ED%A0%80": ("URIError", "URIError"),
    "%23%24%2F%3f": ("%23%24%2F%3f", "#$/?"),
    "a%25b": ("a%b", "a%b"),
    "%80": ("URIError", "URIError"),
    "%FF": ("URIError", "URIError"),
    "%C3%2541": ("URIError", "URIError"),
    "x%E2%82": ("URIError", "URIError"),
    "%%41": ("URIError", "URIError"),
    "%41%": ("URIError", "URIError"),
    "%F0%9F%98": ("URIError", "URIError"),
    # a '%' every third character but not escapes only (uri_decode's test)
    "%41%4": ("URIError", "URIError"),
    "%41%42%": ("URIError", "URIError"),
    "%E4%B8%AD%": ("URIError", "URIError"),
    "%%%": ("URIError", "URIError"),
    "% 4%41": ("URIError", "URIError"),
    "%4 %41": ("URIError", "URIError"),
    "%41%%42": ("URIError", "URIError"),
    # one character: reserved (one byte) or not (several)
    "%3B": ("%3B", ";"),
    "%E2%82%AC": ("\u20ac", "\u20ac"),
    "%ef%bf%bd": ("\ufffd", "\ufffd"),
    "%C3%A9%3B": ("\u00e9%3B", "\u00e9;"),
    "%F0%9F%98%80%23": ("\ud83d\ude00%23", "\ud83d\ude00#"),
}


def _decode(fn, text):
    out = run_js("var r; try { r = JSON.stringify(%s(%s)); } catch (e) { r = e.name; } console.log(r);"
                 % (fn, json.dumps(text)))
    return out[0] if out[0] == "URIError" else json.loads(out[0])


@pytest.mark.parametrize("text", list(CASES))
def test_decode_matches_node(text):
    want_uri, want_component = CASES[text]
    assert _decode("decodeURI", text) == want_uri
    assert _decode("decodeURIComponent", text) == want_component


def test_lone_percent_signs_after_text_are_errors_at_any_position():
    for text in ("abc%", "abc%4", "%41abc%zz", "%41%C3"):
        assert _decode("decodeURIComponent", text) == "URIError", text


def test_js_string_splits_astral_characters_into_utf16_pairs():
    """js_string's one-character path (decodeURI of one sequence) and its
    general path give the pairs UTF-16 gives, at both ends of the astral
    range; BMP characters, lone surrogates included, stay as they are."""
    from runtime.values import js_string

    def utf16(text):
        units = text.encode("utf-16-le", "surrogatepass")
        return "".join(chr(int.from_bytes(units[i:i + 2], "little")) for i in range(0, len(units), 2))

    for cp in (0x10000, 0x103FF, 0x10400, 0x41000, 0x10FC00, 0x10FFFF):
        c = chr(cp)
        assert js_string(c) == utf16(c) and len(js_string(c)) == 2
        assert js_string("a" + c + "\u00e9" + c) == utf16("a" + c + "\u00e9" + c)
    for c in ("\u0080", "\ud800", "\udfff", "\uffff", "a"):
        assert js_string(c) is c
