"""Code objects of its own for each run of a script that overlaps another run.

Why. CPython 3.11's specializing interpreter keeps, inside each code object,
what every instruction found the last times it ran: ``LOAD_GLOBAL`` the
version of the globals dict's keys, calls the version of the function
called. A compiled script's functions take the realm's global object (one
dict per run) as their globals, and a websocket script lives as long as its
connection. When 100 connections run the same script in turn, every cache
holds what the previous connection's realm looked like: global lookups miss
and take the generic path, and instructions keep re-specializing. Measured
in-process on work.js's ``handle()`` (bench/ws_scripts/work.js): 1.3x the
CPU per call when called round robin over 100 realms than in one realm,
1.0x when each realm ran its own copy of the code objects. Its globals are
mostly runtime helpers (286 ``LOAD_GLOBAL`` in that one function).

How. Each compiled unit has a pool: a run takes the original code if no
other run holds it, else a spare copy (made on first need,
``code.replace`` of every nested code object), and gives it back at its
end, so copies number the script's peak of overlapping runs and each is
made once. Beyond :data:`MAX_COPIES` copies of one script, further runs
share the original code as before (memory stays bounded: a copy costs about
the size of the bytecode, 1.9 KB for bench/ws_scripts/echo.js, 12 KB for
work.js).

Example::

    code = code_copies.take(compiled.code)
    try:
        run(code)
    finally:
        code_copies.give_back(compiled.code, code)
"""

import types
import weakref

# Copies of one script's code held at once (idle or in use); runs beyond
# them share the original code object.
MAX_COPIES = 256


class _Pool:
    __slots__ = ("original", "spares", "copies", "original_out", "sharing")

    def __init__(self, code):
        self.original = weakref.ref(code, _forget(id(code)))
        self.spares = []          # copies not in use
        self.copies = 0           # copies made (spare or in use)
        self.original_out = False  # a run holds the original code
        self.sharing = 0          # runs beyond the cap running the original too


_pools = {}  # id(original code) -> _Pool


def _forget(key):
    def drop(ref):
        pool = _pools.get(key)
        if pool is not None and pool.original is ref:
            del _pools[key]
    return drop


def _pool(code):
    pool = _pools.get(id(code))
    if pool is None or pool.original() is not code:
        pool = _pools[id(code)] = _Pool(code)
    return pool


def copy_code(code):
    """``code`` and every code object nested in its constants, copied: the
    same bytecode, names and positions, with caches of their own."""
    consts = tuple(copy_code(c) if type(c) is types.CodeType else c for c in code.co_consts)
    return code.replace(co_consts=consts)


def take(code):
    """The code object a new run of ``code`` should execute."""
    pool = _pool(code)
    if not pool.original_out:
        pool.original_out = True
        return code
    if pool.spares:
        return pool.spares.pop()
    if pool.copies >= MAX_COPIES:
        pool.sharing += 1
        return code
    pool.copies += 1
    return copy_code(code)


def give_back(code, used):
    """The run that executed ``used`` (from ``take(code)``) has ended."""
    pool = _pools.get(id(code))
    if pool is None or pool.original() is not code:
        return
    if used is not code:
        pool.spares.append(used)
    elif pool.sharing:
        pool.sharing -= 1
    else:
        pool.original_out = False


class RunUnit:
    """``compiled`` (a compiled script) with another code object: what
    ``runtime.host.execute`` runs. Other attributes are the script's."""

    __slots__ = ("code", "_compiled")

    def __init__(self, compiled, code):
        self.code = code
        self._compiled = compiled

    def __getattr__(self, name):
        return getattr(self._compiled, name)


def unit_for(compiled, code):
    """What to execute for a run that took ``code`` for ``compiled``."""
    return compiled if code is compiled.code else RunUnit(compiled, code)


def held(code):
    """(copies made, copies spare) for ``code``: for tests and metrics."""
    pool = _pools.get(id(code))
    if pool is None or pool.original() is not code:
        return (0, 0)
    return (pool.copies, len(pool.spares))
