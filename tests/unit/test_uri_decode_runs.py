"""runtime/builtins/uri.py decodes a string of escapes only, and each run of
escapes led by a non-ASCII byte, in one piece (bytes.fromhex + Python's
strict UTF-8 codec), leaving the rest to the escape-by-escape walk. This
test holds it to a literal transcription of ES5.1 15.1.3 Decode on many
random strings made of the pieces each path reacts to (node agrees on the
fixed cases in tests/scripts/globals/uri_decode_runs.js)."""

import random

import pytest

from runtime.builtins import uri


class Malformed(Exception):
    pass


def _raise(message):
    raise Malformed(message)


@pytest.fixture(autouse=True)
def _uri_errors_without_a_realm(monkeypatch):
    monkeypatch.setattr(uri, "throw_uri_error", _raise)


def spec_decode(string, reserved):
    """ES5.1 15.1.3 Decode, step by step (on UTF-16 code units)."""
    hexdigits = "0123456789abcdefABCDEF"
    strlen = len(string)
    r = ""
    k = 0
    while k != strlen:
        c = string[k]
        if c != "%":
            s = c
        else:
            start = k
            if k + 2 >= strlen or string[k + 1] not in hexdigits or string[k + 2] not in hexdigits:
                raise Malformed
            b = int(string[k + 1:k + 3], 16)
            k += 2
            if b & 0x80 == 0:
                c = chr(b)
                s = string[start:k + 1] if c in reserved else c
            else:
                n = 0
                while (b << n) & 0x80:
                    n += 1
                if n == 1 or n > 4:
                    raise Malformed
                octets = [b]
                if k + 3 * (n - 1) >= strlen:
                    raise Malformed
                for _ in range(1, n):
                    k += 1
                    if string[k] != "%" or string[k + 1] not in hexdigits or string[k + 2] not in hexdigits:
                        raise Malformed
                    b = int(string[k + 1:k + 3], 16)
                    if b & 0xC0 != 0x80:
                        raise Malformed
                    k += 2
                    octets.append(b)
                v = octets[0] & (0xFF >> (n + 1))
                for o in octets[1:]:
                    v = (v << 6) | (o & 0x3F)
                least = {2: 0x80, 3: 0x800, 4: 0x10000}[n]
                if v < least or 0xD800 <= v <= 0xDFFF or v > 0x10FFFF:
                    raise Malformed  # not a valid UTF-8 encoding of a code point
                if v < 0x10000:
                    s = chr(v)
                else:
                    s = chr(((v - 0x10000) >> 10) + 0xD800) + chr(((v - 0x10000) & 0x3FF) + 0xDC00)
        r += s
        k += 1
    return r


def _outcome(fn, s, reserved):
    try:
        return fn(s, reserved)
    except Malformed:
        return Malformed


# escapes of ASCII (reserved or not, either case), lead and continuation
# bytes, malformed pieces, whitespace and '%' where digits belong, text
PIECES = ["%41", "%2F", "%2f", "%23", "%3B", "%25", "%C3", "%A9", "%E4", "%B8", "%AD", "%F0", "%9F", "%98",
          "%80", "%BF", "%F4", "%8F", "%90", "%ED", "%A0", "%C0", "%E0", "%F5", "%FF", "%", "%4", "% 4",
          "%  ", "%%", "%g1", " ", "a", "\u00e9", "\ud83d", "\ude00", "%0a", "%7E"]


@pytest.mark.parametrize("seed", range(4))
def test_random_strings_decode_as_the_spec_says(seed):
    rng = random.Random(seed)
    for _ in range(5000):
        s = "".join(rng.choice(PIECES) for _ in range(rng.randint(1, 9)))
        for reserved in (uri.DECODE_URI_RESERVED, frozenset()):
            assert _outcome(uri.uri_decode, s, reserved) == _outcome(spec_decode, s, reserved), (s, reserved)


def test_valid_sequences_of_every_length_in_every_path():
    # whole string, a run inside text, a run after an ASCII escape, next to a reserved escape
    for cp in (0x41, 0x7F, 0x80, 0x7FF, 0x800, 0xD7FF, 0xE000, 0xFFFD, 0xFFFF, 0x10000, 0x1F600, 0x10FFFF):
        esc = "".join("%%%02X" % b for b in chr(cp).encode("utf-8"))
        for s in (esc, esc * 3, "x" + esc + "y", "%41" + esc, esc + "%2F", "%2f" + esc + "z" + esc):
            for reserved in (uri.DECODE_URI_RESERVED, frozenset()):
                assert uri.uri_decode(s, reserved) == spec_decode(s, reserved), s


def test_whitespace_or_percent_in_place_of_digits_is_malformed():
    # bytes.fromhex skips spaces: a run must yield one byte per escape
    for s in ("% 41", "%4 ", "%  %41", "%41%  ", "%C3% A9", "%C3%A 9", "x%C3%  y", "%\t4", "%%41%41",
              "%C3%%A9", "%\u00e9\u00e9", "%\u0661\u0662"):
        for reserved in (uri.DECODE_URI_RESERVED, frozenset()):
            with pytest.raises(Malformed):
                uri.uri_decode(s, reserved)


def test_reserved_escapes_stay_as_written_next_to_decoded_runs():
    r = uri.DECODE_URI_RESERVED
    assert uri.uri_decode("%2f%C3%A9%3a", r) == "%2f\u00e9%3a"
    assert uri.uri_decode("%C3%A9%2F%F0%9F%98%80", r) == "\u00e9%2F\ud83d\ude00"
    assert uri.uri_decode("%2F%23%41", r) == "%2F%23A"
    assert uri.uri_decode("%2F%23%41", frozenset()) == "/#A"


def test_a_string_of_escapes_only_decodes_without_the_run_helper(monkeypatch):
    """decodeURI's usual input is decoded by uri_decode itself (fromhex and
    the strict codec); _decode_run is left to runs inside other text."""
    def refuse(run, reserved):
        raise AssertionError(run)
    monkeypatch.setattr(uri, "_decode_run", refuse)
    r = uri.DECODE_URI_RESERVED
    assert uri.uri_decode("%F1%80%80%80", r) == "\ud8c0\udc00"
    assert uri.uri_decode("%EF%BF%BD%C3%A9%41", r) == "\ufffd\u00e9A"  # an escaped U+FFFD is text
    assert uri.uri_decode("%F0%9F%98%80%F4%8F%BF%BF", frozenset()) == "\ud83d\ude00\udbff\udfff"
