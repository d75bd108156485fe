"""What a counted loop over an array's indices iterates (compiler/lower/array_loops.py).

``for (var k = 0; k < a.length; k++) BODY`` runs as a Python ``for`` over
the first item of :func:`index_loop` ``(a)``, which returns
``(iterator, e, t)``; the loop's head tests ``e.elems is not t`` each
iteration and, when it holds, evaluates the JS test itself and reads
``a[k]`` the ordinary way from then on. The iterator is advanced once per
JS iteration, ``k`` once too, so its position is always ``k``:

- a dense array: ``chain(a.elems, tail)``. A list iterator re-reads the
  list's length at each step, so the elements ``BODY`` pushes or pops are
  seen exactly as JS's ``k < a.length`` sees them; ``e``, ``t`` are ``a``
  and that list, so the head's test holds once an operation replaced or
  dropped the list (sparse storage). When the list runs out while it is
  still ``a.elems``, ``k >= len(list) == a.length``: the loop is over, and
  ``tail`` ends the iteration. Otherwise ``tail`` yields HOLE for ever, the
  head's test holds (``a.elems`` is not that list) and the loop goes on with
  the JS test.
- a string: its code units (a JS string is immutable and ``a`` is not
  assigned in the loop, so its length is fixed); ``e.elems`` is ``t``.
- anything else: HOLE for ever, with ``e.elems`` never ``t``, so the head
  runs the JS test every time.
"""

import itertools

from runtime.values import HOLE, JSArray

_HOLES = itertools.repeat(HOLE)


class _Marker:
    """``NOT_DENSE.elems`` is never ``NOT_DENSE`` (a generic loop's ``e``
    and ``t``); ``FIXED.elems`` is always ``FIXED_ELEMS`` (a string's)."""

    __slots__ = ()
    elems = None


NOT_DENSE = _Marker()
FIXED = _Marker()
FIXED_ELEMS = FIXED.elems


def _tail(a, elems):
    """Ends the loop when ``elems`` ran out as ``a``'s list, else hands
    over to the head's JS test (module docstring)."""
    if a.elems is not elems:
        yield from _HOLES


def index_loop(a):
    """``(iterator, e, t)`` for a loop over ``a``'s indices from 0."""
    if type(a) is JSArray:
        elems = a.elems
        if elems is not None:
            return itertools.chain(elems, _tail(a, elems)), a, elems
    elif type(a) is str:
        return iter(a), FIXED, FIXED_ELEMS
    return _HOLES, NOT_DENSE, NOT_DENSE
