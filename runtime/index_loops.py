"""What a counted loop over an array's indices iterates (compiler/lower/array_loops.py).

``for (var k = 0; k < a.length; k++) BODY`` runs as a Python ``for`` over
an iterator ``it`` advanced once per JS iteration, as ``k`` is, so that it
always stands at ``k``. Each iteration's head tests ``e.elems is not t``;
when that holds, it evaluates the JS test itself and the body reads
``a[k]`` the ordinary way. The compiled code takes a dense array itself:
``it`` and ``t`` its list, ``e`` the array (a list iterator re-reads the
list's length at each step, so pushes and pops in the body are seen as
JS's ``k < a.length`` sees them). :func:`index_loop` gives the rest:

- a string: its code units (a JS string is immutable and ``a`` is not
  assigned in the loop, so its length is fixed), with ``e.elems is t``;
- anything else (a sparse array, an array-like object, undefined...):
  :data:`HOLES`, HOLE for ever, with ``e.elems`` never ``t``, so the head
  runs the JS test every time.
"""

import itertools

from runtime.values import HOLE

HOLES = itertools.repeat(HOLE)


class _Marker:
    """``NOT_DENSE.elems`` is never ``NOT_DENSE``; ``FIXED.elems`` is
    always ``FIXED_ELEMS``."""

    __slots__ = ()
    elems = None


NOT_DENSE = _Marker()
FIXED = _Marker()
FIXED_ELEMS = FIXED.elems


def index_loop(a):
    """``(it, e, t)`` for a loop from 0 over the indices of ``a``, which
    is not a dense array."""
    if type(a) is str:
        return a, FIXED, FIXED_ELEMS
    return HOLES, NOT_DENSE, NOT_DENSE
