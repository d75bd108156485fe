"""Empty iterations of a quantified group, rewritten in JS pattern source
before translation (regexp_translate.py calls :func:`rewrite`).

JS rejects an iteration past a quantifier's minimum that matches the empty
string and backtracks into the atom for another way (15.10.2.5
RepeatMatcher, the continuation's step 1); Python's ``re`` accepts such an
iteration and stops repeating. They differ when the atom can match empty
by one way and non-empty by a later one: ``/(?:a*|b)+/`` finds "b" in
"b" in JS, "" in Python. So ``(?:D){lo,hi}`` with a nullable ``D`` is
rewritten as ``(?:D){lo}(?:N){0,hi-lo}``, ``N`` the non-empty matches of
``D`` in ``D``'s own order of preference; when ``D`` has none, as
``(?:D){lo}``. For a sequence ``t1 t2 ... tn`` the non-empty matches are
those where some ``ti`` is the first to consume: ``E(t1)..E(ti-1) N(ti)
ti+1..tn``, the ways ordered as the matcher tries them (a greedy ``t1``
consuming first, a lazy one last).

Only groups without captures or backreferences are rewritten (an empty
group must still capture, which the rewrite cannot express); anything this
module does not parse leaves the pattern as it was.
"""

import re


class _Unsupported(Exception):
    pass


_IMPOSSIBLE = None  # no non-empty match


class _Term:
    """One term: ``src`` its atom's source, ``kind`` "char" (always one
    character), "group" (``body``: a disjunction) or "assert" (zero width),
    and its quantifier."""

    def __init__(self, src, kind, body=None, lo=1, hi=1, lazy=False, quant=""):
        self.src, self.kind, self.body = src, kind, body
        self.lo, self.hi, self.lazy, self.quant = lo, hi, lazy, quant

    @property
    def text(self):
        return self.src + self.quant

    def nullable(self):
        if self.kind == "assert":
            return True
        if self.lo == 0:
            return True
        return self.kind == "group" and _nullable(self.body)

    def empty(self):
        """The term matching the empty string (source), or raises."""
        if self.kind == "assert":
            return self.text
        if self.lo == 0:
            return ""
        raise _Unsupported  # an empty iteration inside the minimum: rare, left alone

    def nonempty(self):
        """The term's non-empty matches (source), or _IMPOSSIBLE."""
        if self.kind == "assert" or self.hi == 0:
            return _IMPOSSIBLE
        if self.kind == "char":
            return self.text if self.lo >= 1 else self.src + _quant(1, self.hi, self.lazy)
        inner = _nonempty(self.body)
        if inner is _IMPOSSIBLE:
            return _IMPOSSIBLE
        if not _nullable(self.body):
            return self.text if self.lo >= 1 else self.src + _quant(1, self.hi, self.lazy)
        if self.lo >= 1:
            raise _Unsupported
        # a JS repetition of a nullable body repeats its non-empty matches
        return "(?:%s)%s" % (inner, _quant(1, self.hi, self.lazy))


def _quant(lo, hi, lazy):
    if hi is None:
        text = {0: "*", 1: "+"}.get(lo, "{%d,}" % lo)
    elif lo == hi:
        text = "{%d}" % lo
    else:
        text = "{%d,%d}" % (lo, hi)
    return text + ("?" if lazy else "")


def _nullable(disjunction):
    return any(all(t.nullable() for t in alt) for alt in disjunction)


def _nonempty(disjunction):
    """Source of the non-empty matches of a disjunction, or _IMPOSSIBLE."""
    ways = []
    for alt in disjunction:
        ways.extend(_nonempty_ways(alt))
    return "|".join(ways) if ways else _IMPOSSIBLE


def _nonempty_ways(alt):
    """The non-empty matches of one alternative (a list of terms), as
    alternatives in the order the matcher tries them: its first term
    consuming, or matching empty with a later term consuming."""
    if not alt:
        return []
    t, rest = alt[0], alt[1:]
    consume = t.nonempty()
    first = [] if consume is _IMPOSSIBLE else [_wrap(consume) + "".join(u.text for u in rest)]
    if not t.nullable():
        return first
    after = [t.empty() + way for way in _nonempty_ways(rest)]
    # a greedy term tries its longer matches first, a lazy one its empty match
    return after + first if t.lazy else first + after


def _wrap(src):
    return "(?:%s)" % src if "|" in src else src


class _Reader:
    def __init__(self, src):
        self.src, self.pos = src, 0

    def peek(self):
        return self.src[self.pos] if self.pos < len(self.src) else ""

    def disjunction(self):
        alts = [self.alternative()]
        while self.peek() == "|":
            self.pos += 1
            alts.append(self.alternative())
        return alts

    def alternative(self):
        terms = []
        while self.peek() not in ("", "|", ")"):
            terms.append(self.term())
        return terms

    def term(self):
        start = self.pos
        kind, body = self.atom()
        src = self.src[start:self.pos]
        t = _Term(src, kind, body)
        qstart = self.pos
        q = self.quantifier()
        if q is not None:
            if kind == "assert" and not src.startswith("(?"):
                raise _Unsupported
            t.lo, t.hi, t.lazy = q
            t.quant = self.src[qstart:self.pos]
        return t

    def atom(self):
        s, c = self.src, self.peek()
        if c == "(":
            if s.startswith("(?:", self.pos):
                self.pos += 3
                body = self.disjunction()
                self.close()
                return "group", body
            if s.startswith(("(?=", "(?!"), self.pos):
                self.pos += 3
                self.disjunction()  # (a capture inside is refused like any other)
                self.close()
                return "assert", None
            raise _Unsupported  # a capturing group
        if c in "^$":
            self.pos += 1
            return "assert", None
        if c == "\\":
            return self.escape()
        if c == "[":
            self.klass()
            return "char", None
        if c in "*+?" or (c == "{" and self.quantifier(peek=True)) or c == ")":
            raise _Unsupported
        self.pos += 1
        return "char", None

    def close(self):
        if self.peek() != ")":
            raise _Unsupported
        self.pos += 1

    def escape(self):
        s, p = self.src, self.pos
        nxt = s[p + 1:p + 2]
        if nxt in ("b", "B"):
            self.pos += 2
            return "assert", None
        if nxt.isdigit() and nxt != "0" or (nxt == "0" and s[p + 2:p + 3].isdigit()):
            raise _Unsupported  # a backreference or a legacy octal escape
        if nxt == "c":
            if not s[p + 2:p + 3].isalpha():
                raise _Unsupported
            self.pos += 3
        elif nxt == "x" and _hex(s[p + 2:p + 4], 2):
            self.pos += 4
        elif nxt == "u" and _hex(s[p + 2:p + 6], 4):
            self.pos += 6
        elif nxt == "":
            raise _Unsupported
        else:
            self.pos += 2
        return "char", None

    def klass(self):
        s = self.src
        self.pos += 1
        if s.startswith("^", self.pos):
            self.pos += 1
        while self.pos < len(s) and s[self.pos] != "]":
            self.pos += 2 if s[self.pos] == "\\" else 1
        if self.pos >= len(s):
            raise _Unsupported
        self.pos += 1

    def quantifier(self, peek=False):
        q = quantifier_at(self.src, self.pos)
        if q is None or peek:
            return q
        lo, hi, end = q
        lazy = self.src[end:end + 1] == "?"
        self.pos = end + (1 if lazy else 0)
        return lo, hi, lazy


_BRACE = re.compile(r"\{([0-9]+)(,([0-9]*))?\}")


def quantifier_at(src, pos):
    """The quantifier at ``pos`` of JS pattern ``src`` (``*``, ``+``, ``?``,
    ``{n}``, ``{n,}``, ``{n,m}``, its lazy ``?`` not included) as (min, max or
    None, end), or None; also regexp_translate.py's reading of them."""
    c = src[pos:pos + 1]
    if c in ("*", "+", "?") and c:
        return {"*": (0, None), "+": (1, None), "?": (0, 1)}[c] + (pos + 1,)
    m = _BRACE.match(src, pos)
    if m is None:
        return None
    lo = int(m.group(1))
    hi = lo if m.group(2) is None else (int(m.group(3)) if m.group(3) else None)
    return lo, hi, m.end()


def _hex(text, n):
    return len(text) == n and all(ch in "0123456789abcdefABCDEF" for ch in text)


def rewrite(term_source):
    """``term_source`` (a JS ``(?:D)`` group and its quantifier, with no
    capture or backreference inside) as JS source whose iterations past
    the minimum cannot match empty; None when no rewrite is needed or it
    is not supported."""
    try:
        r = _Reader(term_source)
        t = r.term()
        if r.pos != len(term_source) or t.kind != "group" or not t.quant:
            return None
        if t.hi is not None and t.hi <= t.lo or not _nullable(t.body):
            return None
        inner = _nonempty(t.body)
    except (_Unsupported, RecursionError):
        return None
    head = t.src + "{%d}" % t.lo if t.lo else ""
    if inner is _IMPOSSIBLE:
        return head or "(?:)"
    hi = None if t.hi is None else t.hi - t.lo
    out = head + "(?:%s)%s" % (inner, _quant(0, hi, t.lazy))
    return out if len(out) <= 20 * len(term_source) + 200 else None
