"""URI handling functions (ES5.1 15.1.3) and Annex B escape/unescape.

Strings are UTF-16 code-unit strings, so Encode (15.1.3 "Encode") joins
surrogate pairs itself before producing UTF-8, and Decode splits decoded
astral code points back into pairs.
"""

from runtime.errors import throw_uri_error
from runtime.conversions import to_string
from runtime.values import js_string, undefined

_ALNUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
URI_UNESCAPED = frozenset(_ALNUM + "-_.!~*'()")
URI_RESERVED = ";/?:@&=+$,"
ENCODE_URI_KEEP = frozenset(URI_UNESCAPED | set(URI_RESERVED) | {"#"})
DECODE_URI_RESERVED = frozenset(URI_RESERVED + "#")
_NOTHING_RESERVED = frozenset()  # decodeURIComponent's
_HEX = frozenset("0123456789abcdefABCDEF")
ESCAPE_KEEP = frozenset(_ALNUM + "@*_+-./")


def _malformed():
    throw_uri_error("URI malformed")


def uri_encode(s, keep):
    """Encode (15.1.3): %XX-escapes the UTF-8 of every unit not in ``keep``."""
    out = []
    i = 0
    n = len(s)
    while i < n:
        ch = s[i]
        if ch in keep:
            out.append(ch)
            i += 1
            continue
        c = ord(ch)
        if 0xDC00 <= c <= 0xDFFF:
            _malformed()
        if 0xD800 <= c <= 0xDBFF:
            i += 1
            if i >= n:
                _malformed()
            lo = ord(s[i])
            if not 0xDC00 <= lo <= 0xDFFF:
                _malformed()
            c = 0x10000 + ((c - 0xD800) << 10) + (lo - 0xDC00)
        for b in chr(c).encode("utf-8"):
            out.append("%%%02X" % b)
        i += 1
    return "".join(out)


# "XX" -> its byte, for every pair of hex digits (either case).
_HEX_PAIR = {a + b: int(a + b, 16) for a in _HEX for b in _HEX}


_HEX_DIGITS = "0123456789abcdefABCDEF"
# bound once: reading a classmethod off bytes makes a bound method per call
# (~580 instructions of decodeURI's ~9.6k, cachegrind)
_fromhex = bytes.fromhex


def _decode_run(run, reserved):
    """The text of ``run``, consecutive escapes (a '%' every third
    character: the caller checked), or None when the escape-by-escape walk
    must decide. Two hex digits per escape (no '%' in a digit's place: the
    digits would be short) go to ``bytes.fromhex``; Python's UTF-8 codec
    accepts exactly the sequences Decode does (no overlong form, no
    surrogate, nothing past U+10FFFF, no truncated sequence), and marks
    anything else with U+FFFD. None for a malformed escape, a U+FFFD (an
    invalid sequence: the walk raises the URIError; or an escaped U+FFFD,
    which the walk decodes), or a run with a non-ASCII character and a
    ``reserved`` one (whose escape stays). No exception is raised here:
    loops of malformed input (test262's) pay for one in the walk only."""
    digits = run.replace("%", "")
    if 3 * len(digits) != 2 * len(run) or digits.strip(_HEX_DIGITS):
        return None
    data = _fromhex(digits)
    text = data.decode("utf-8", "replace")
    if data.isascii():
        if reserved and not reserved.isdisjoint(text):
            return None
        return text
    if "\ufffd" in text or reserved and not reserved.isdisjoint(text):
        return None
    if max(text) > "\uffff":
        text = js_string(text)  # astral code points as surrogate pairs
    return text


def uri_decode(s, reserved):
    """Decode (15.1.3): undoes %XX escapes, leaving escapes of ``reserved``
    characters as they were; invalid UTF-8 is a URIError.

    A string made of escapes only is decoded in one piece here, each run
    of escapes that starts with a non-ASCII byte in other text by
    :func:`_decode_run`; what that leaves, and every ASCII escape in other
    text, takes the spec's walk one escape at a time, which raises the
    URIErrors."""
    if "%" not in s:
        return s
    n = len(s)
    # the walk tries runs in one piece unless the whole string was one
    runs = True
    if not s[::3].strip("%"):
        # Escapes only (decodeURI's usual input), decoded here rather than
        # by _decode_run: the strict codec accepts exactly what Decode does
        # (an escaped U+FFFD included), and every exception caught here
        # (a non-hex digit, bytes that are not UTF-8) ends in the walk's
        # URIError, which costs far more. bytes.fromhex skips spaces
        # between bytes: each '%' becomes one (cheaper than removing it),
        # and a space or '%' in place of a digit leaves fewer bytes than
        # escapes, or a digit apart from its pair (a ValueError). The
        # length test after it also stands for n % 3 == 0: a '%' every
        # third character and n / 3 bytes leave exactly one pair of digits
        # after each. (strip() is ~400 instructions cheaper than comparing
        # with "%" * (n // 3).)
        try:
            data = _fromhex(s.replace("%", " "))
            text = data.decode()  # UTF-8, strict: no encoding name to look up (~200 less)
        except ValueError:  # UnicodeDecodeError included
            text = None
        if text is not None and 3 * len(data) == n and (
                # one character of several bytes is not ASCII, so never
                # reserved (isdisjoint costs ~1.5k instructions)
                not reserved or len(text) == 1 < len(data) or reserved.isdisjoint(text)):
            # astral code points become surrogate pairs
            return text if len(text) == len(data) else js_string(text)
        runs = False
    out = []
    k = 0
    hex_pair = _HEX_PAIR.get
    while k < n:
        # Copy the run up to the next escape in one piece.
        p = s.find("%", k)
        if p < 0:
            out.append(s[k:])
            break
        if p > k:
            out.append(s[k:p])
        k = p
        b = hex_pair(s[k + 1:k + 3]) if k + 2 < n else None
        if b is None:
            throw_uri_error("URI malformed")
        start = k
        k += 3
        if b < 0x80:
            c = chr(b)
            out.append(s[start:k] if c in reserved else c)
            continue
        if runs:
            # a multi-byte sequence: the run of escapes it starts, at once
            end = k
            while end < n and s[end] == "%":
                end += 3
            text = _decode_run(s[start:end], reserved)
            if text is not None:
                out.append(text)
                k = end
                continue
        # Leading byte: count the continuation bytes (2- to 4-byte forms only).
        if b & 0xE0 == 0xC0:
            extra, cp, least = 1, b & 0x1F, 0x80
        elif b & 0xF0 == 0xE0:
            extra, cp, least = 2, b & 0x0F, 0x800
        elif b & 0xF8 == 0xF0:
            extra, cp, least = 3, b & 0x07, 0x10000
        else:
            throw_uri_error("URI malformed")
        for _ in range(extra):
            cb = hex_pair(s[k + 1:k + 3]) if k + 2 < n and s[k] == "%" else None
            if cb is None or cb & 0xC0 != 0x80:
                throw_uri_error("URI malformed")
            cp = (cp << 6) | (cb & 0x3F)
            k += 3
        # Overlong forms, surrogates and values past U+10FFFF are not UTF-8.
        if cp < least or 0xD800 <= cp <= 0xDFFF or cp > 0x10FFFF:
            throw_uri_error("URI malformed")
        if cp < 0x10000:
            out.append(chr(cp))
        else:
            cp -= 0x10000
            out.append(chr(0xD800 + (cp >> 10)))
            out.append(chr(0xDC00 + (cp & 0x3FF)))
    return "".join(out)


def global_encodeURI(this, uri=undefined, *_):
    """encodeURI (15.1.3.3)."""
    return uri_encode(to_string(uri), ENCODE_URI_KEEP)


def global_encodeURIComponent(this, component=undefined, *_):
    """encodeURIComponent (15.1.3.4)."""
    return uri_encode(to_string(component), URI_UNESCAPED)


def global_decodeURI(this, encoded=undefined, *_):
    """decodeURI (15.1.3.1): escapes of reserved characters and '#' stay."""
    return uri_decode(encoded if type(encoded) is str else to_string(encoded), DECODE_URI_RESERVED)


def global_decodeURIComponent(this, encoded=undefined, *_):
    """decodeURIComponent (15.1.3.2)."""
    return uri_decode(encoded if type(encoded) is str else to_string(encoded), _NOTHING_RESERVED)


def global_escape(this, string=undefined, *_):
    """escape (B.2.1): %XX below 256, %uXXXX above, uppercase hex."""
    s = to_string(string)
    out = []
    for ch in s:
        if ch in ESCAPE_KEEP:
            out.append(ch)
        else:
            c = ord(ch)
            out.append("%%%02X" % c if c < 256 else "%%u%04X" % c)
    return "".join(out)


def global_unescape(this, string=undefined, *_):
    """unescape (B.2.2): malformed escapes are kept literally."""
    s = to_string(string)
    out = []
    k = 0
    n = len(s)
    while k < n:
        ch = s[k]
        if ch == "%":
            if k + 6 <= n and s[k + 1] == "u" and all(c in _HEX for c in s[k + 2:k + 6]):
                out.append(chr(int(s[k + 2:k + 6], 16)))
                k += 6
                continue
            if k + 3 <= n and s[k + 1] in _HEX and s[k + 2] in _HEX:
                out.append(chr(int(s[k + 1:k + 3], 16)))
                k += 3
                continue
        out.append(ch)
        k += 1
    return "".join(out)


URI_METHODS = {
    "decodeURI": (global_decodeURI, 1),
    "decodeURIComponent": (global_decodeURIComponent, 1),
    "encodeURI": (global_encodeURI, 1),
    "encodeURIComponent": (global_encodeURIComponent, 1),
    "escape": (global_escape, 1),
    "unescape": (global_unescape, 1),
}
