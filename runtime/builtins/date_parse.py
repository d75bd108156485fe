"""Date.parse (ES5.1 15.9.4.2) accepting what node accepts.

First the ES5 Date Time String Format (15.9.1.15) is tried; whatever it
leaves unread goes to the legacy heuristics V8 applies (``Jan 2, 2020``,
``2020/01/02 10:00``, the toString/toUTCString outputs, RFC 2822 zones...).
Both work on the same token stream, so a string that starts like an ISO
date and continues otherwise (``2020-01-02 10:00:00``) is read as V8 reads it.
"""

import math

from runtime.builtins.date_format import (
    MAX_TIME, make_date, make_day, make_time, time_clip, utc_from_local,
)
from runtime.numconv import int_to_number

_nan = math.nan

# Token kinds
NUM, SYM, WORD, WS, UNKNOWN, END = range(6)

# Keyword table: prefix -> (type, value); a longer word only matches a month.
MONTH, AMPM, TZNAME, TSEP = "month", "ampm", "tz", "t"
_KEYWORDS = {
    "jan": (MONTH, 1), "feb": (MONTH, 2), "mar": (MONTH, 3), "apr": (MONTH, 4),
    "may": (MONTH, 5), "jun": (MONTH, 6), "jul": (MONTH, 7), "aug": (MONTH, 8),
    "sep": (MONTH, 9), "oct": (MONTH, 10), "nov": (MONTH, 11), "dec": (MONTH, 12),
    "am": (AMPM, 0), "pm": (AMPM, 12), "ut": (TZNAME, 0), "utc": (TZNAME, 0), "z": (TZNAME, 0),
    "gmt": (TZNAME, 0), "cdt": (TZNAME, -5), "cst": (TZNAME, -6), "edt": (TZNAME, -4),
    "est": (TZNAME, -5), "mdt": (TZNAME, -6), "mst": (TZNAME, -7), "pdt": (TZNAME, -7),
    "pst": (TZNAME, -8), "t": (TSEP, 0),
}
_WHITESPACE = set("\t\n\v\f\r \u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007"
                  "\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000\ufeff")


class Token:
    __slots__ = ("kind", "value", "length", "ktype")

    def __init__(self, kind, value=None, length=0, ktype=None):
        self.kind = kind
        self.value = value      # number, symbol char, or keyword value
        self.length = length    # digits of a number / letters of a word
        self.ktype = ktype      # keyword type for words (None: not a keyword)

    def is_sym(self, c):
        return self.kind == SYM and self.value == c

    def is_fixed_number(self, n):
        return self.kind == NUM and self.length == n

    def is_sign(self):
        return self.kind == SYM and self.value in "+-"


def tokenize(s):
    """V8's DateStringTokenizer: numbers, the symbols : - + . ), words,
    whitespace runs; parenthesized text is skipped; anything else is UNKNOWN."""
    out = []
    i, n = 0, len(s)
    while i < n:
        c = s[i]
        if "0" <= c <= "9":
            j = i
            while j < n and "0" <= s[j] <= "9":
                j += 1
            out.append(Token(NUM, int(s[i:j]), j - i))
            i = j
        elif c in ":-+.)":
            out.append(Token(SYM, c))
            i += 1
        elif c >= "A" and c not in _WHITESPACE:
            j = i
            while j < n and s[j] >= "A" and s[j] not in _WHITESPACE:
                j += 1
            word = s[i:j]
            pre = word[:3].lower()
            kw = _KEYWORDS.get(pre)
            if kw is not None and (len(word) <= 3 or kw[0] == MONTH):
                out.append(Token(WORD, kw[1], len(word), kw[0]))
            else:
                out.append(Token(WORD, None, len(word), None))
            i = j
        elif c in _WHITESPACE:
            j = i
            while j < n and s[j] in _WHITESPACE:
                j += 1
            out.append(Token(WS, None, j - i))
            i = j
        elif c == "(":
            depth = 0
            while i < n:
                if s[i] == "(":
                    depth += 1
                elif s[i] == ")":
                    depth -= 1
                    if depth == 0:
                        i += 1
                        break
                i += 1
            out.append(Token(UNKNOWN))
        else:
            out.append(Token(UNKNOWN))
            i += 1
    return out


class _Scanner:
    def __init__(self, tokens):
        self.toks = tokens
        self.i = 0

    def peek(self):
        return self.toks[self.i] if self.i < len(self.toks) else Token(END)

    def next(self):
        t = self.peek()
        self.i += 1
        return t

    def skip_sym(self, c):
        if self.peek().is_sym(c):
            self.i += 1
            return True
        return False


class _Parts:
    """The day, time and zone composers of V8's parser."""

    def __init__(self):
        self.day = []
        self.named_month = None
        self.iso = False
        self.time = []
        self.hour_offset = None
        self.tz_sign = None
        self.tz_hour = None
        self.tz_minute = None

    def tz_set(self, hours):
        self.tz_sign = -1 if hours < 0 else 1
        self.tz_hour = abs(hours)
        self.tz_minute = 0

    def tz_is_utc(self):
        return self.tz_hour == 0 and self.tz_minute == 0

    def tz_expecting(self, n):
        return self.tz_hour is not None and self.tz_minute is None and 0 <= n <= 59

    def time_add(self, n):
        if len(self.time) >= 4:
            return False
        self.time.append(n)
        return True

    def time_add_final(self, n):
        if not self.time_add(n):
            return False
        while len(self.time) < 4:
            self.time.append(0)
        return True

    def time_expecting(self, n):
        k = len(self.time)
        return (k == 1 and 0 <= n <= 59) or (k == 2 and 0 <= n <= 59) or (k == 3 and 0 <= n <= 999)


def _read_ms(tok):
    """ReadMilliseconds: the first three significant digits of a numeral."""
    n, length = tok.value, tok.length
    if length == 1:
        return n * 100
    if length == 2:
        return n * 10
    if length > 3:
        return n // (10 ** (length - 3))
    return n


def _parse_es5(sc, p):
    """ParseES5DateTime: returns the first token left for the legacy
    parser, END on full success, or None for an invalid string."""
    tok = sc.peek()
    if tok.is_sign():
        sign_tok = sc.next()
        if not sc.peek().is_fixed_number(6):
            return sign_tok
        year = sc.next().value
        if sign_tok.value == "-" and year == 0:
            return sign_tok
        p.day.append(-year if sign_tok.value == "-" else year)
    elif tok.is_fixed_number(4):
        p.day.append(sc.next().value)
    else:
        return sc.next()
    if sc.skip_sym("-"):
        t = sc.peek()
        if not t.is_fixed_number(2) or not 1 <= t.value <= 12:
            return sc.next()
        p.day.append(sc.next().value)
        if sc.skip_sym("-"):
            t = sc.peek()
            if not t.is_fixed_number(2) or not 1 <= t.value <= 31:
                return sc.next()
            p.day.append(sc.next().value)
    t = sc.peek()
    if not (t.kind == WORD and t.ktype == TSEP):
        if t.kind != END:
            return sc.next()
    else:
        sc.next()
        t = sc.peek()
        if not t.is_fixed_number(2) or not 0 <= t.value <= 24:
            return None
        hour24 = t.value == 24
        p.time.append(sc.next().value)
        if not sc.skip_sym(":"):
            return None
        t = sc.peek()
        if not t.is_fixed_number(2) or not 0 <= t.value <= 59 or (hour24 and t.value > 0):
            return None
        p.time.append(sc.next().value)
        if sc.skip_sym(":"):
            t = sc.peek()
            if not t.is_fixed_number(2) or not 0 <= t.value <= 59 or (hour24 and t.value > 0):
                return None
            p.time.append(sc.next().value)
            if sc.skip_sym("."):
                t = sc.peek()
                if t.kind != NUM or (hour24 and t.value > 0):
                    return None
                p.time.append(_read_ms(sc.next()))
        t = sc.peek()
        if t.kind == WORD and t.ktype == TZNAME and t.length == 1 and t.value == 0:
            sc.next()
            p.tz_set(0)
        elif t.is_sign():
            p.tz_sign = 1 if sc.next().value == "+" else -1
            t = sc.peek()
            if t.is_fixed_number(4):
                hour, minute = divmod(sc.next().value, 100)
                if not (0 <= hour <= 23 and 0 <= minute <= 59):
                    return None
                p.tz_hour, p.tz_minute = hour, minute
            else:
                if not t.is_fixed_number(2) or not 0 <= t.value <= 23:
                    return None
                p.tz_hour = sc.next().value
                if not sc.skip_sym(":"):
                    return None
                t = sc.peek()
                if not t.is_fixed_number(2) or not 0 <= t.value <= 59:
                    return None
                p.tz_minute = sc.next().value
        if sc.peek().kind != END:
            return None
    # Date-only forms are UTC, date-time forms without offset are local.
    if p.tz_sign is None and not p.time:
        p.tz_set(0)
    p.iso = True
    return Token(END)


def _parse_legacy(sc, tok, p):
    """The legacy loop of V8's DateParser::Parse; False when invalid."""
    has_read_number = len(p.day) > 0
    while tok.kind != END:
        if tok.kind == NUM:
            has_read_number = True
            n = tok.value
            if sc.skip_sym(":"):
                if sc.skip_sym(":"):
                    if p.time:
                        return False
                    p.time.extend((n, 0))
                else:
                    if not p.time_add(n):
                        return False
                    if sc.peek().is_sym("."):
                        sc.next()
            elif sc.skip_sym(".") and p.time_expecting(n):
                p.time_add(n)
                if sc.peek().kind != NUM:
                    return False
                p.time_add_final(_read_ms(sc.next()))
            elif p.tz_expecting(n):
                p.tz_minute = n
            elif p.time_expecting(n):
                p.time_add_final(n)
                nx = sc.peek()
                if not (nx.kind in (END, WS) or nx.is_sign()
                        or (nx.kind == WORD and nx.ktype == TZNAME and nx.length == 1 and nx.value == 0)):
                    return False
            else:
                if len(p.day) >= 3:
                    return False
                p.day.append(n)
                sc.skip_sym("-")
        elif tok.kind == WORD:
            if tok.ktype == AMPM and p.time:
                p.hour_offset = tok.value
            elif tok.ktype == MONTH:
                p.named_month = tok.value
                sc.skip_sym("-")
            elif tok.ktype == TZNAME and has_read_number:
                p.tz_set(tok.value)
            else:
                if has_read_number:
                    return False
                if sc.peek().kind == NUM:
                    return False
        elif tok.is_sign() and (p.tz_is_utc() or p.time):
            p.tz_sign = 1 if tok.value == "+" else -1
            n = 0
            length = 0
            if sc.peek().kind == NUM:
                t = sc.next()
                n, length = t.value, t.length
            has_read_number = True
            if sc.peek().is_sym(":"):
                p.tz_hour = n
                p.tz_minute = None
            elif length in (1, 2):
                p.tz_hour, p.tz_minute = n, 0
            elif length in (3, 4):
                p.tz_hour, p.tz_minute = divmod(n, 100)
            else:
                return False
        elif (tok.is_sign() or tok.is_sym(")")) and has_read_number:
            return False
        tok = sc.next()
    return True


def _compose(p):
    """The composers' Write: (year, month0, day, h, m, s, ms, offset_s|None)."""
    if not p.day:
        return None
    comp = p.day + [1] * (3 - len(p.day))
    year = 0
    if p.named_month is None:
        if p.iso or not 1 <= comp[0] <= 31:
            year, month, day = comp
        else:
            month, day, year = comp
    else:
        month = p.named_month
        if not 1 <= comp[0] <= 31:
            year, day = comp[0], comp[1]
        else:
            day, year = comp[0], comp[1]
    if not p.iso:
        if 0 <= year <= 49:
            year += 2000
        elif 50 <= year <= 99:
            year += 1900
    if not (1 <= month <= 12 and 1 <= day <= 31):
        return None
    tm = p.time + [0] * (4 - len(p.time))
    hour, minute, sec, ms = tm
    if p.hour_offset is not None:
        if not 0 <= hour <= 12:
            return None
        hour = hour % 12 + p.hour_offset
    if not (0 <= hour <= 23 and 0 <= minute <= 59 and 0 <= sec <= 59 and 0 <= ms <= 999):
        if not (hour == 24 and minute == 0 and sec == 0 and ms == 0):
            return None
    offset = None
    if p.tz_sign is not None:
        offset = p.tz_sign * ((p.tz_hour or 0) * 3600 + (p.tz_minute or 0) * 60)
    return year, month - 1, day, hour, minute, sec, ms, offset


def parse_date(s):
    """The time value of date string ``s``, NaN when node rejects it."""
    sc = _Scanner(tokenize(s))
    p = _Parts()
    tok = _parse_es5(sc, p)
    if tok is None:
        return _nan
    if tok.kind != END:
        if not _parse_legacy(sc, tok, p):
            return _nan
    r = _compose(p)
    if r is None:
        return _nan
    year, month, day, hour, minute, sec, ms, offset = r
    # digits read as ints may exceed the double range: Infinity, then NaN
    n = int_to_number
    date = make_date(make_day(n(year), n(month), n(day)), make_time(n(hour), n(minute), n(sec), n(ms)))
    if offset is None:
        return time_clip(utc_from_local(date))
    date -= offset * 1000.0
    if abs(date) > MAX_TIME:
        return _nan
    return time_clip(date)
