"""Captures reset at each iteration of a quantified atom (ES5.1 15.10.2.5).

JS resets the captures inside a quantified atom at the start of each of its
iterations (RepeatMatcher step 4) and rejects an empty iteration once the
minimum count is reached (step 1 of the continuation ``d``); Python keeps the
capture of an earlier iteration. ``/(?:a(b)?)+/.exec("aba")`` is
``["aba", undefined]`` in JS but ``("b",)`` in Python.

Only patterns with a capturing group inside a quantified atom come here (the
translator decides); every other pattern stays a plain ``re`` pattern. For
these, the translator (RESET mode of regexp_translate) emits a ``regex``
pattern in which

* each iteration of such an atom starts with a *sentinel*: an empty capture
  of every group inside it, so a backreference inside the iteration sees an
  empty (that is, undefined) capture, as in JS;
* a hidden group ``_k<n>`` is captured once with each capture of group
  ``<n>``: empty after a real capture, one character long with a sentinel.
  ``regex`` lists every capture of a group in the order they were made, so
  the last ``_k<n>`` capture says whether the last capture of ``<n>`` is a
  real one (its value) or a sentinel (undefined);
* each iteration is captured as ``_w<k>`` to find the empty last iteration
  JS would have rejected: its captures are dropped.

The empty input has no character to tell a sentinel by; there every
iteration is empty, and JS runs each quantifier exactly its minimum count,
which a plain ``re`` pattern (EMPTY mode) does.

Known limits: the rejected empty iteration is only undone for the captures it
made itself (not for those of an empty iteration of a nested quantifier
inside it), and, as before, a match that takes a rejected empty iteration
where JS goes on to a non-empty alternative keeps Python's extent.
"""

__all__ = ["ResetPattern", "ResetMatch"]


class ResetPattern:
    """A compiled JS pattern with the ``re.Pattern`` methods the runtime
    uses (search, match, finditer, sub; pattern, flags, groups)."""

    __slots__ = ("pattern", "flags", "groups", "_rx", "_empty", "_slots", "_loops")

    def __init__(self, plain, rx, empty, loops, resettable):
        # pattern/flags are those of the plain ``re`` translation, which
        # min_match_width reads.
        self.pattern = plain.pattern
        self.flags = plain.flags
        self.groups = plain.groups
        self._rx = rx
        self._empty = empty
        index = rx.groupindex
        # per JS group: (its regex group, its "_k" group or None)
        self._slots = tuple((index["_%d" % n], index["_k%d" % n] if n in resettable else None)
                            for n in range(1, plain.groups + 1))
        # per quantified atom, inner first: (its "_w" group, min, first
        # group, last group, whether it is inside another such atom)
        self._loops = tuple((index["_w%d" % k], lo, first, last, nested)
                            for k, (lo, first, last, nested) in enumerate(loops))

    def search(self, s, pos=0):
        if not s:
            return self._empty.search(s, pos)
        m = self._rx.search(s, pos)
        return None if m is None else ResetMatch(self, m)

    def match(self, s, pos=0):
        if not s:
            return self._empty.match(s, pos)
        m = self._rx.match(s, pos)
        return None if m is None else ResetMatch(self, m)

    def finditer(self, s):
        if not s:
            return self._empty.finditer(s)
        return (ResetMatch(self, m) for m in self._rx.finditer(s))

    def sub(self, template, s):
        """Only used with a literal template on patterns that cannot match
        empty, where the captures do not matter."""
        if not s:
            return self._empty.sub(template, s)
        return self._rx.sub(template, s)


class ResetMatch:
    """The ``re.Match`` methods the runtime uses, with JS captures."""

    __slots__ = ("_p", "_m", "_captures")

    def __init__(self, pattern, m):
        self._p = pattern
        self._m = m
        self._captures = None  # computed on first use: test() never needs them

    def start(self):
        return self._m.start()

    def end(self):
        return self._m.end()

    def span(self):
        return self._m.span()

    def group(self, index=0):
        if index == 0:
            return self._m.group(0)
        return self._js_captures()[index - 1]

    def groups(self, default=None):
        return tuple(default if c is None else c for c in self._js_captures())

    def _js_captures(self):
        if self._captures is None:
            self._captures = js_captures(self._p, self._m)
        return self._captures


def js_captures(p, m):
    """The JS capture values (None for undefined) of ``regex`` match ``m``."""
    history = {n: (list(m.spans(v)), list(m.spans(k)))
               for n, (v, k) in enumerate(p._slots, 1) if k is not None}
    for w, lo, first, last, nested in p._loops:
        iterations = m.spans(w)
        if iterations and _rejected(iterations, lo, nested):
            at = iterations[-1][0]
            for n in range(first, last + 1):
                _drop_last_iteration(history[n], at)
    s = m.string
    out = []
    for n, (v, k) in enumerate(p._slots, 1):
        if k is None:
            out.append(m.group(v))
            continue
        values, marks = history[n]
        if values and marks[-1][0] == marks[-1][1]:
            a, b = values[-1]
            out.append(s[a:b])
        else:
            out.append(None)
    return tuple(out)


def _rejected(iterations, lo, nested):
    """True when the last of ``iterations`` (spans) is one JS rejects: empty,
    with at least ``lo`` iterations before it in its run of the quantifier."""
    a, b = iterations[-1]
    if a != b:
        return False
    if lo == 0:
        return True
    i = len(iterations) - 1
    if nested:
        # The runs of a nested quantifier are not told apart: count the
        # iterations that follow each other up to the last one.
        j = i
        while j > 0 and iterations[j - 1][1] == iterations[j][0]:
            j -= 1
        i -= j
    return i >= lo


def _drop_last_iteration(history, at):
    """Forgets the captures of a group made since its last sentinel, if that
    sentinel is the one of the (empty) iteration at position ``at``."""
    values, marks = history
    for i in range(len(marks) - 1, -1, -1):
        a, b = marks[i]
        if a != b:
            if values[i] == (at, at):
                del values[i:]
                del marks[i:]
            return
