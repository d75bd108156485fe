"""The storage of Map and Set (ES2015 23.1, 23.2): an insertion-ordered
table with SameValueZero keys whose iteration stays live while it changes.

The spec's model is a List of entries that only grows: a deleted entry is
emptied in place, a new (or re-added) key is appended, and an iterator is
an index into that List, so it sees every entry added before it reaches
the end and none it passed. :class:`KeyedTable` is that List (``entries``:
``[key, value]`` cells, ``None`` where deleted) plus a dict from the
normalised key to the position. The List is compacted once half of it is
holes; the cursors of running iterations (iterators, ``forEach``) are
registered weakly and moved to the same entry's new position, which is
what keeps them live.

SameValueZero (7.2.10) as a dict key: NaN is one key (every NaN float is a
different Python object, and NaN != NaN), -0 is +0 (Python already hashes
them alike; the stored key is normalised to +0 as Map.prototype.set says),
and booleans must not meet numbers (``True == 1.0`` in Python).
"""

import weakref

_NAN_KEY = object()
_TRUE_KEY = object()
_FALSE_KEY = object()
# Tables smaller than this are never compacted (holes cost nothing there).
_COMPACT_MIN = 16


def normalise(key):
    """The dict key for JS value ``key`` under SameValueZero."""
    t = type(key)
    if t is float:
        if key != key:
            return _NAN_KEY
        return key  # -0.0 == 0.0 with the same hash: one dict key
    if t is bool:
        return _TRUE_KEY if key else _FALSE_KEY
    return key


class Cursor:
    """A position in a table's List that compaction keeps pointing at the
    same entry (an iterator's [[NextIndex]], forEach's index)."""

    __slots__ = ("pos", "__weakref__")

    def __init__(self):
        self.pos = 0


class KeyedTable:
    """The [[MapData]] / [[SetData]] List (see the module docstring)."""

    __slots__ = ("entries", "index", "holes", "cursors")

    def __init__(self):
        self.entries = []
        self.index = {}
        self.holes = 0
        self.cursors = None  # WeakSet of the Cursors of running iterations

    def __len__(self):
        return len(self.index)

    def get_entry(self, key):
        """The ``[key, value]`` cell of ``key``, or None."""
        pos = self.index.get(normalise(key))
        return None if pos is None else self.entries[pos]

    def set(self, key, value):
        """Updates ``key``'s value in place, or appends a new entry (a -0
        key is stored as +0)."""
        nk = normalise(key)
        pos = self.index.get(nk)
        if pos is not None:
            self.entries[pos][1] = value
            return
        if type(key) is float and key == 0.0:
            key = 0.0
        self.index[nk] = len(self.entries)
        self.entries.append([key, value])

    def delete(self, key):
        """Empties ``key``'s entry; True when there was one."""
        pos = self.index.pop(normalise(key), None)
        if pos is None:
            return False
        self.entries[pos] = None
        self.holes += 1
        if self.holes >= _COMPACT_MIN and self.holes * 2 >= len(self.entries):
            self._compact()
        return True

    def clear(self):
        """Empties every entry; running iterations continue with entries
        added from now on."""
        self.entries = []
        self.index = {}
        self.holes = 0
        if self.cursors:
            for c in self.cursors:
                c.pos = 0

    def _compact(self):
        old = self.entries
        live_before = []  # live_before[i]: live entries before position i
        n = 0
        for e in old:
            live_before.append(n)
            if e is not None:
                n += 1
        live_before.append(n)
        if self.cursors:
            for c in self.cursors:
                c.pos = live_before[min(c.pos, len(old))]
        self.entries = [e for e in old if e is not None]
        self.index = {normalise(e[0]): i for i, e in enumerate(self.entries)}
        self.holes = 0

    def cursor(self):
        """A new :class:`Cursor` at the start, kept up to date by compaction."""
        c = Cursor()
        if self.cursors is None:
            self.cursors = weakref.WeakSet()
        self.cursors.add(c)
        return c

    def release(self, cursor):
        """The iteration of ``cursor`` is over."""
        if self.cursors is not None:
            self.cursors.discard(cursor)

    def next_entry(self, cursor):
        """The next live ``[key, value]`` cell at or after ``cursor``
        (which moves past it), or None at the end."""
        entries = self.entries
        pos = cursor.pos
        n = len(entries)
        while pos < n:
            e = entries[pos]
            pos += 1
            if e is not None:
                cursor.pos = pos
                return e
        cursor.pos = pos
        return None
