"""What a counting loop iterates (compiler/lower/count_loops.py).

``for (var i = S; i < n; i++) BODY``, ``i`` an int counter and ``n`` a
value no code changes during the loop, runs as a Python ``for i in it``
with ``it`` a ``range`` when ``n`` is a number (the compiled code builds
that one itself), else :func:`count_range`'s answer. ``it.stop`` is the
value ``i`` holds once the test fails (the loop's ``else`` stores it),
never below ``S`` for these, where a number's range may end below it.
"""

from runtime.conversions import is_object, to_number
from runtime.operators import lt, lt_bound


def count_range(start, n):
    """The ints ``i`` from ``start`` for which ``i < n`` holds, ``n`` not a
    float: ToNumber of a primitive has no effect to repeat (a Symbol
    throws, as the first test would), so a range; an object's valueOf may
    answer differently each time, so it is called at every step."""
    if not is_object(n):
        return range(start, max(start, lt_bound(to_number(n))))
    return CountLt(start, n)


class CountLt:
    """``i = start; while i < n: yield i; i += 1``, remembering in
    ``stop`` the ``i`` the test failed for."""

    __slots__ = ("i", "n", "stop")

    def __init__(self, start, n):
        self.i = start
        self.n = n
        self.stop = start

    def __iter__(self):
        return self

    def __next__(self):
        i = self.i
        if lt(i + 0.0, self.n):
            self.i = i + 1
            return i
        self.stop = i
        raise StopIteration
