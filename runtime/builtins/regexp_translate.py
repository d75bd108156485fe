"""Translation of ES5.1 regular expressions (15.10.1, Annex B) to Python ``re``.

The translator parses the JS pattern itself and emits a Python pattern that
never relies on Python's own reading of escapes or flags, so that:

* ``\\d``, ``\\w``, ``\\b`` are ASCII-only and ``\\s`` is the ES5
  WhiteSpace + LineTerminator set, whatever the flags;
* ``.`` excludes only the four JS line terminators, ``^``/``$`` follow JS
  (``$`` never matches before a final ``\\n``);
* the ``i`` flag follows the spec's Canonicalize (15.10.2.8): every literal
  and class is expanded to its case-equivalents here, instead of Python's
  IGNORECASE (which would, e.g., let ``s`` match U+017F);
* a backreference to a group that did not participate matches the empty
  string (Python would fail), and a forward reference is the empty string;
* Annex B oddities (``{`` literal, ``\\c`` without a letter, octal escapes,
  ``\\8``) match V8.
* the captures inside a quantified atom are reset at each iteration
  (15.10.2.5): such patterns alone get a ``regex`` matcher that can tell the
  captures of each iteration apart (RESET mode, regexp_reset.py).

Strings are matched as UTF-16 code-unit strings, which is exactly what a
non-unicode JS regex sees.
"""

import bisect
import re

from re._constants import MAXREPEAT

from runtime.builtins import regexp_empty


class RegExpSyntaxError(Exception):
    """An invalid pattern or flags; ``message`` is V8's wording."""

    def __init__(self, message):
        Exception.__init__(self, message)
        self.message = message


MAX_CHAR = 0x10FFFF
LINE_TERMINATORS = ((0x0A, 0x0A), (0x0D, 0x0D), (0x2028, 0x2029))
# ES5 WhiteSpace (7.2, with the Zs category as node has it) + LineTerminator (7.3).
WHITESPACE = (
    (0x09, 0x0D), (0x20, 0x20), (0xA0, 0xA0), (0x1680, 0x1680), (0x2000, 0x200A),
    (0x2028, 0x2029), (0x202F, 0x202F), (0x205F, 0x205F), (0x3000, 0x3000), (0xFEFF, 0xFEFF),
)
DIGITS = ((0x30, 0x39),)
WORD = ((0x30, 0x39), (0x41, 0x5A), (0x5F, 0x5F), (0x61, 0x7A))


def _normalize(ranges):
    """Sorted, merged list of inclusive (lo, hi) code ranges."""
    out = []
    for lo, hi in sorted(ranges):
        if out and lo <= out[-1][1] + 1:
            if hi > out[-1][1]:
                out[-1] = (out[-1][0], hi)
        else:
            out.append((lo, hi))
    return out


def _complement(ranges):
    out = []
    nxt = 0
    for lo, hi in _normalize(ranges):
        if lo > nxt:
            out.append((nxt, lo - 1))
        nxt = hi + 1
    if nxt <= MAX_CHAR:
        out.append((nxt, MAX_CHAR))
    return out


CLASS_ESCAPES = {
    "d": list(DIGITS), "D": _complement(DIGITS),
    "s": list(WHITESPACE), "S": _complement(WHITESPACE),
    "w": list(WORD), "W": _complement(WORD),
}


def _esc(c):
    """A Python pattern token matching code point ``c`` literally."""
    if c < 0x80 and chr(c).isalnum():
        return chr(c)
    if c < 0x100:
        return "\\x%02x" % c
    if c <= 0xFFFF:
        return "\\u%04x" % c
    return "\\U%08x" % c


def _emit_class(ranges):
    """Python text for the character set ``ranges`` (already normalized)."""
    if not ranges:
        return "(?!)"
    if ranges == [(0, MAX_CHAR)]:
        return "[\\s\\S]"
    if len(ranges) == 1 and ranges[0][0] == ranges[0][1]:
        return _esc(ranges[0][0])
    parts = []
    for lo, hi in ranges:
        if lo == hi:
            parts.append(_esc(lo))
        elif hi == lo + 1:
            parts.append(_esc(lo) + _esc(hi))
        else:
            parts.append(_esc(lo) + "-" + _esc(hi))
    return "[" + "".join(parts) + "]"


# -- case folding for the i flag (15.10.2.8 Canonicalize) ---------------------

_case_tables = None


def _canonicalize(c):
    u = chr(c).upper()
    if len(u) != 1:
        return c
    cu = ord(u)
    if c >= 128 and cu < 128:
        return c
    return cu


def _tables():
    """(equivalents: code -> tuple of codes with the same canonical value,
    sorted list of codes that have more than one equivalent)."""
    global _case_tables
    if _case_tables is None:
        groups = {}
        for c in range(0x10000):
            groups.setdefault(_canonicalize(c), []).append(c)
        equiv = {}
        for members in groups.values():
            if len(members) > 1:
                members = tuple(members)
                for m in members:
                    equiv[m] = members
        _case_tables = (equiv, sorted(equiv))
    return _case_tables


def _case_close(ranges):
    """Adds to ``ranges`` every character that canonicalizes like a member."""
    equiv, cased = _tables()
    extra = []
    los = [r[0] for r in ranges]
    for lo, hi in ranges:
        i = bisect.bisect_left(cased, lo)
        j = bisect.bisect_right(cased, hi)
        for c in cased[i:j]:
            for e in equiv[c]:
                k = bisect.bisect_right(los, e) - 1
                if k < 0 or ranges[k][1] < e:
                    extra.append((e, e))
    return _normalize(list(ranges) + extra) if extra else ranges


# -- the pattern parser --------------------------------------------------------

_HEX = "0123456789abcdefABCDEF"
_CONTROL_ESCAPES = {"f": 0x0C, "n": 0x0A, "r": 0x0D, "t": 0x09, "v": 0x0B}
_DOT = _emit_class(_complement(LINE_TERMINATORS))
_NOT_LT = "[^\\n\\r\\u2028\\u2029]"
_W = "[0-9A-Z_a-z]"
_WORD_BOUNDARY = "(?:(?<=%s)(?!%s)|(?<!%s)(?=%s))" % (_W, _W, _W, _W)
_NOT_WORD_BOUNDARY = "(?:(?<=%s)(?=%s)|(?<!%s)(?!%s))" % (_W, _W, _W, _W)


def _count_groups(src):
    """Number of capturing groups in ``src`` (decides what ``\\N`` means)."""
    n = 0
    i = 0
    in_class = False
    while i < len(src):
        c = src[i]
        if c == "\\":
            i += 2
            continue
        if in_class:
            if c == "]":
                in_class = False
        elif c == "[":
            in_class = True
        elif c == "(" and src[i + 1:i + 2] != "?":
            n += 1
        i += 1
    return n


# Parser modes. PLAIN emits a Python ``re`` pattern. Patterns with a
# capturing group inside a quantified atom are parsed again in RESET mode,
# which emits a ``regex`` pattern whose extra named groups let
# regexp_reset.py rebuild the JS captures (15.10.2.5 RepeatMatcher step 4
# resets them at each iteration), and in EMPTY mode, a ``re`` pattern for
# the empty input (see _quantifier_text).
PLAIN, RESET, EMPTY = "plain", "reset", "empty"


class _Parser:
    """Recursive descent over the Pattern grammar, emitting Python text."""

    def __init__(self, src, icase, multiline, mode=PLAIN, resettable=frozenset()):
        self.src = src
        self.n = len(src)
        self.pos = 0
        self.icase = icase
        self.multiline = multiline
        self.total_groups = _count_groups(src)
        self.opened = 0
        self.closed = set()
        self.mode = mode
        # Groups inside some quantified atom (found by the PLAIN pass).
        self.resettable = set(resettable)
        # RESET mode: one (min, first group, last group, nested) entry per
        # quantified atom holding groups, inner atoms first; its hidden
        # iteration group is named "_w<index>".
        self.loops = []

    def error(self, msg):
        raise RegExpSyntaxError(msg)

    def peek(self, k=0):
        p = self.pos + k
        return self.src[p] if p < self.n else ""

    def parse(self):
        out = self.disjunction()
        if self.pos < self.n:  # only a stray ')' stops a top-level disjunction
            self.error("Unmatched ')'")
        return out

    def disjunction(self):
        alts = [self.alternative()]
        while self.peek() == "|":
            self.pos += 1
            alts.append(self.alternative())
        return "|".join(alts)

    def alternative(self):
        parts = []
        while self.pos < self.n and self.peek() not in "|)":
            parts.append(self.term())
        return "".join(parts)

    # -- terms -----------------------------------------------------------------

    def term(self):
        start = self.pos
        first_group = self.opened + 1
        first_loop = len(self.loops)
        text, quantifiable = self.atom_or_assertion()
        q = self.quantifier()
        if q is None:
            return text
        if not quantifiable:
            self.error("Nothing to repeat")
        lo, q = q
        if self.opened < first_group and self.src.startswith("(?:", start):
            # a group that can match empty: iterations past the minimum may not (regexp_empty.py)
            js = regexp_empty.rewrite(self.src[start:self.pos])
            if js is not None:
                return _Parser(js, self.icase, self.multiline, self.mode).parse()
        if self.opened >= first_group:
            self.resettable.update(range(first_group, self.opened + 1))
            if self.mode == RESET:
                text = self.reset_loop(text, lo, first_group, first_loop)
        return text + q

    def reset_loop(self, atom, lo, first_group, first_loop):
        """RESET mode: the quantified ``atom`` holding groups first_group..
        opened, wrapped so that each iteration starts with a sentinel capture
        of each of those groups and is itself captured (as "_w<k>")."""
        for i in range(first_loop, len(self.loops)):
            self.loops[i] = self.loops[i][:3] + (True,)
        k = len(self.loops)
        self.loops.append((lo, first_group, self.opened, False))
        sentinels = "".join(_sentinel(g) for g in range(first_group, self.opened + 1))
        return "(?:%s(?P<_w%d>%s))" % (sentinels, k, atom)

    def quantifier(self):
        """Parses a quantifier at pos; returns (min, Python text) or None."""
        q = regexp_empty.quantifier_at(self.src, self.pos)
        if q is None:
            return None
        lo, hi, self.pos = q
        if hi is not None and lo > hi:
            self.error("numbers out of order in {} quantifier")
        lazy = self.peek() == "?"
        if lazy:
            self.pos += 1
        nxt = self.peek()
        if nxt in ("*", "+", "?") and nxt or self.at_brace_quantifier():
            self.error("Nothing to repeat")
        return lo, self._quantifier_text(lo, hi) + ("?" if lazy else "")

    def _quantifier_text(self, lo, hi):
        lo = min(lo, MAXREPEAT - 1)
        if self.mode == EMPTY:
            # On the empty input every iteration is empty, and JS rejects an
            # empty iteration once the minimum is reached (15.10.2.5 step 1
            # of the continuation): exactly ``lo`` iterations run.
            return "{%d}" % lo
        if hi is None or hi >= MAXREPEAT:
            return {0: "*", 1: "+"}.get(lo, "{%d,}" % lo)
        if lo == hi:
            return "{%d}" % lo
        if (lo, hi) == (0, 1):
            return "?"
        return "{%d,%d}" % (lo, hi)

    def at_brace_quantifier(self):
        """A ``{n}``, ``{n,}`` or ``{n,m}`` quantifier starts at pos."""
        return self.peek() == "{" and regexp_empty.quantifier_at(self.src, self.pos) is not None

    def atom_or_assertion(self):
        """Returns (python_text, quantifiable): quantifiable is True for an
        atom, False for an assertion that cannot take a quantifier."""
        src = self.src
        c = src[self.pos]
        if c == "^":
            self.pos += 1
            return ("(?<!%s)" % _NOT_LT if self.multiline else "\\A"), False
        if c == "$":
            self.pos += 1
            return ("(?!%s)" % _NOT_LT if self.multiline else "\\Z"), False
        if c == "\\":
            nxt = self.peek(1)
            if nxt == "b":
                self.pos += 2
                return _WORD_BOUNDARY, False
            if nxt == "B":
                self.pos += 2
                return _NOT_WORD_BOUNDARY, False
            return self.atom_escape(), True
        if c == "(":
            return self.group()
        if c == ".":
            self.pos += 1
            return _DOT, True
        if c == "[":
            return self.char_class(), True
        if c in "*+?":
            self.error("Nothing to repeat")
        if self.at_brace_quantifier():
            self.error("Nothing to repeat")
        self.pos += 1
        return self.literal(ord(c)), True

    def group(self):
        src = self.src
        if src.startswith("(?", self.pos):
            kind = src[self.pos + 2:self.pos + 3]
            if kind in (":", "=", "!"):
                self.pos += 3
                head = "(?" + kind
                quantifiable = True  # Annex B: lookaheads may be quantified
            elif src.startswith(("(?<=", "(?<!"), self.pos):
                head = src[self.pos:self.pos + 4]
                self.pos += 4
                quantifiable = False
            else:
                self.error("Invalid group")
            body = self.disjunction()
            if self.peek() != ")":
                self.error("Unterminated group")
            self.pos += 1
            if kind in ("=", "!") and self.peek() in ("*", "+", "?", "{"):
                return "(?:" + head + body + "))", True
            if not quantifiable and self.peek() in ("*", "+", "?", "{"):
                if self.peek() != "{" or self.at_brace_quantifier():
                    self.error("Invalid quantifier")
            return head + body + ")", quantifiable
        self.pos += 1
        self.opened += 1
        index = self.opened
        body = self.disjunction()
        if self.peek() != ")":
            self.error("Unterminated group")
        self.pos += 1
        self.closed.add(index)
        if self.mode == RESET:
            # Named, as the sentinels capture into the same group; the empty
            # "_k" capture after it marks this capture as a real one.
            mark = "(?P<_k%d>)" % index if index in self.resettable else ""
            return "(?P<_%d>%s)%s" % (index, body, mark), True
        if index >= 100:  # Python reads \100 as octal: name such groups
            return "(?P<_%d>%s)" % (index, body), True
        return "(" + body + ")", True

    def literal(self, c):
        if self.icase:
            eq = _tables()[0].get(c)
            if eq is not None:
                return _emit_class(_normalize((e, e) for e in eq))
        return _esc(c)

    def backreference(self, index):
        if index not in self.closed:
            # Forward references and references from inside the group
            # itself always see an undefined capture: they match "".
            return "(?:)"
        named = index >= 100 or self.mode == RESET
        ref = "(?P=_%d)" % index if named else "\\%d" % index
        if self.icase:
            ref = "(?i:" + ref + ")"
        cond = "_%d" % index if named else "%d" % index
        # A group that did not participate matches the empty string.
        return "(?:(?(%s)%s))" % (cond, ref)

    # -- escapes -----------------------------------------------------------------

    def legacy_octal(self):
        """Annex B LegacyOctalEscapeSequence at pos (first digit is 0-7)."""
        src = self.src
        first = src[self.pos]
        limit = 3 if first <= "3" else 2
        j = self.pos
        while j < self.n and j - self.pos < limit and "0" <= src[j] <= "7":
            j += 1
        value = int(src[self.pos:j], 8)
        self.pos = j
        return value

    def common_escape(self, c):
        """Escapes shared by atoms and classes (pos is just after ``\\c``):
        returns a code point, or None if ``c`` is not one of them."""
        src = self.src
        if c in _CONTROL_ESCAPES:
            return _CONTROL_ESCAPES[c]
        if c == "x":
            h = src[self.pos:self.pos + 2]
            if len(h) == 2 and all(ch in _HEX for ch in h):
                self.pos += 2
                return int(h, 16)
            return ord("x")
        if c == "u":
            h = src[self.pos:self.pos + 4]
            if len(h) == 4 and all(ch in _HEX for ch in h):
                self.pos += 4
                return int(h, 16)
            return ord("u")
        return None

    def atom_escape(self):
        src = self.src
        self.pos += 1
        if self.pos >= self.n:
            self.error("\\ at end of pattern")
        c = src[self.pos]
        if c in CLASS_ESCAPES:
            self.pos += 1
            return _emit_class(CLASS_ESCAPES[c])
        if "1" <= c <= "9":
            j = self.pos
            while j < self.n and src[j].isdigit() and src[j].isascii():
                j += 1
            index = int(src[self.pos:j])
            if index <= self.total_groups:
                self.pos = j
                return self.backreference(index)
            if c >= "8":
                self.pos += 1
                return self.literal(ord(c))
            return self.literal(self.legacy_octal())
        if c == "0":
            return self.literal(self.legacy_octal())
        if c == "c":
            letter = self.peek(1)
            if letter.isascii() and letter.isalpha():
                self.pos += 2
                return self.literal(ord(letter) % 32)
            # Annex B: "\c" not followed by a letter is a literal backslash;
            # the "c" is read again as an ordinary character.
            return self.literal(0x5C)
        self.pos += 1
        v = self.common_escape(c)
        return self.literal(ord(c) if v is None else v)

    # -- character classes -----------------------------------------------------

    def class_atom(self):
        """One ClassAtom: returns a code point (int) or a list of ranges."""
        src = self.src
        c = src[self.pos]
        if c != "\\":
            self.pos += 1
            return ord(c)
        self.pos += 1
        if self.pos >= self.n:
            self.error("\\ at end of pattern")
        c = src[self.pos]
        if c in CLASS_ESCAPES:
            self.pos += 1
            return CLASS_ESCAPES[c]
        if c == "b":
            self.pos += 1
            return 0x08
        if "0" <= c <= "7":
            return self.legacy_octal()
        if c == "c":
            nxt = self.peek(1)
            if nxt.isascii() and (nxt.isalnum() or nxt == "_"):
                self.pos += 2
                return ord(nxt) % 32
            return 0x5C  # literal backslash, "c" read next
        self.pos += 1
        v = self.common_escape(c)
        return ord(c) if v is None else v

    def char_class(self):
        src = self.src
        self.pos += 1
        negate = False
        if self.peek() == "^":
            negate = True
            self.pos += 1
        ranges = []

        def add(a):
            if isinstance(a, int):
                ranges.append((a, a))
            else:
                ranges.extend(a)

        while True:
            if self.pos >= self.n:
                self.error("Unterminated character class")
            if src[self.pos] == "]":
                self.pos += 1
                break
            a = self.class_atom()
            if self.peek() == "-" and self.pos + 1 < self.n and src[self.pos + 1] != "]":
                self.pos += 1
                b = self.class_atom()
                if isinstance(a, int) and isinstance(b, int):
                    if a > b:
                        self.error("Range out of order in character class")
                    ranges.append((a, b))
                else:  # Annex B: a class escape in a range is a union with "-"
                    add(a)
                    add(0x2D)
                    add(b)
            else:
                add(a)
        ranges = _normalize(ranges)
        if self.icase:
            ranges = _case_close(ranges)
        if negate:
            ranges = _complement(ranges)
        return _emit_class(ranges)


def _sentinel(index):
    """RESET mode: an empty capture of group ``index`` (a backreference then
    matches the empty string, as one to an undefined group does in JS) and
    a one-character "_k" capture of a neighbouring character that tells it
    from a real capture. The input is never empty in RESET mode. The two
    ways exclude each other: backtracking into a run of sentinels must not
    try 2**n combinations."""
    return "(?P<_%d>)(?:(?=(?P<_k%d>[\\s\\S]))|(?![\\s\\S])(?<=(?P<_k%d>[\\s\\S])))" % (
        index, index, index)


def parse_flags(flags):
    """(global, ignoreCase, multiline) for a flags string, or SyntaxError.
    ``y`` (sticky) is valid but changes no pattern: matching at lastIndex
    only is the caller's (regexp.py)."""
    seen = set()
    for f in flags:
        if f not in "gimy" or f in seen:
            raise RegExpSyntaxError("Invalid flags supplied to RegExp constructor '%s'" % flags)
        seen.add(f)
    return "g" in seen, "i" in seen, "m" in seen


def _parse(source, flags, mode=PLAIN, resettable=frozenset()):
    """(Python pattern text, the parser) for JS ``source``/``flags``."""
    _, icase, multiline = parse_flags(flags)
    parser = _Parser(source, icase, multiline, mode, resettable)
    try:
        return parser.parse(), parser
    except RegExpSyntaxError as e:
        raise RegExpSyntaxError("Invalid regular expression: /%s/: %s" % (source, e.message)) from None


def _compile(source, text, engine):
    """``engine.compile(text)``, engine limits reported as a SyntaxError."""
    try:
        return engine.compile(text)
    except (engine.error, OverflowError, RecursionError, ValueError) as e:
        raise RegExpSyntaxError("Invalid regular expression: /%s/: %s" % (source, e)) from None


def _reset_pattern(source, flags, plain, resettable):
    """The matcher of a pattern with groups in quantified atoms: the
    ``regex`` module (whose matches list the captures of every iteration)
    for non-empty inputs, ``re`` for the empty one."""
    import regex

    from runtime.builtins.regexp_reset import ResetPattern

    text, parser = _parse(source, flags, RESET, resettable)
    rx = _compile(source, "(?V0)" + text, regex)
    empty = _compile(source, _parse(source, flags, EMPTY)[0], re)
    return ResetPattern(plain, rx, empty, parser.loops, resettable)


def translate(source, flags):
    """Translates JS pattern ``source`` with ``flags`` to
    ``(python_pattern, re_flags)``; raises :class:`RegExpSyntaxError` (whose
    message is the complete V8 text) for anything a JS engine rejects. The
    pattern is compiled (and cached) too, so Python-side limits surface here."""
    return compile_pattern(source, flags).pattern, 0


_cache = {}
_CACHE_LIMIT = 2000


def compile_pattern(source, flags):
    """The compiled Python pattern for a JS ``source``/``flags`` pair (cached):
    an ``re.Pattern``, or a :class:`regexp_reset.ResetPattern` (the same
    interface) when a capturing group is inside a quantified atom."""
    key = (source, flags)
    p = _cache.get(key)
    if p is None:
        text, parser = _parse(source, flags)
        p = _compile(source, text, re)
        if parser.resettable:
            p = _reset_pattern(source, flags, p, parser.resettable)
        if len(_cache) >= _CACHE_LIMIT:
            _cache.clear()
        _cache[key] = p
    return p


def min_match_width(pattern):
    """The length of the shortest string compiled ``pattern`` can match
    (0 when unknown): lookarounds and backreferences count as empty."""
    try:
        import re._parser as sre_parse

        return sre_parse.parse(pattern.pattern, pattern.flags).getwidth()[0]
    except Exception:  # noqa: BLE001 - a conservative answer is always fine
        return 0
