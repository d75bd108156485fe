"""Bounds on what one script's built-ins may do, in one place (issue 9).

A script's own loops reach a checkpoint at every back-edge (see
``runtime/sched.py``), but a built-in is Python code: a backtracking regular
expression, a string doubled until it fills memory, a sort of millions of
elements never reach one. This module holds the limits and the checks that
keep such calls bounded:

* **Sizes.** :data:`MAX_STRING_LENGTH` (UTF-16 units) and
  :data:`MAX_ARRAY_ELEMENTS` (elements stored in one array). Built-ins that
  build strings or fill arrays call :func:`check_string` /
  :func:`check_string_size` / :func:`check_array_size` and throw a JS
  ``RangeError`` past them, as engines do (V8: ``Invalid string length``
  past 2^29-24 units; a server wants less).
* **Regular expressions.** :func:`regex_call` runs one match with a watch
  on it; the CPU ticker of ``runtime/agi/fairness.py`` calls
  :func:`on_tick`, which interrupts the match once it has run
  :data:`REGEX_TIMEOUT` seconds. Both ``re`` and ``regex`` check for signals
  while they backtrack, so the interrupt lands inside the C loop. The match
  then throws ``RangeError: Regular expression too slow``.
* **Concatenation.** The compiler inlines ``+`` of strings as Python's
  own ``+``, so the rule for where its length check goes is the compiler's:
  a string can only reach the cap in few steps by doubling, and doubling
  needs two pieces that can be as long as the string. A concatenation (a
  ``+``, a template, a ``+=``) with two or more pieces that are neither
  literals nor a number's ToString checks its length inline against
  ``_ajgi_strmax`` (a comparison, no call unless it fails:
  ``compiler/lower/expressions.py: length_checked``); ``s + "x"``,
  ``s += i`` grow linearly and keep the bare ``+``. ``local += v`` as a
  statement is Python's in-place append (no copy of the string), followed
  by the check of the local's length whenever ``v`` may be long (a call's
  result included: ``s += s.substring(0)``). The one call left unchecked is
  ``s += String.fromCharCode(c)`` while that built-in is pristine: its
  inline fast path gives one unit (``compiler/lower/targets.py:
  _in_place_add``; a check there measured +11% on ``bench cpu``
  string_append, whose hot line it is). The generic ``add`` helper and
  ``addn`` check their string results.
* **Memory.** :func:`memory_exceeded`, called at the scheduler's
  checkpoints (every slice a script computes), reads the process's
  resident memory; past :data:`MAX_MEMORY` MiB the script that grew it
  since its last checkpoint is stopped like an exhausted CPU budget. This
  bounds what no size check sees (an array of many strings, each under the
  cap). What the stopped script's frames held is freed as the stop is
  reported (``runtime/agi/fairness.py``: the runner keeps no reference
  cycle with the exception's traceback).
* **Long loops in built-ins.** :func:`checkpoint` is the compiled
  checkpoint (``if FLAG[0]: preempt()``) for Python loops that can run
  millions of iterations: the scheduler may then make the script yield, and
  the CPU budget stops it.

Example::

    from runtime import limits
    limits.configure(max_string_length=1 << 20)
    s = limits.check_string(a + b)        # RangeError past the limit
    m = limits.regex_call(pattern.search, s, 0)
"""

import os
import time

from runtime import sched
from runtime.errors import throw_range_error

# -- the limits (runtime-wide; the server sets them from its config) ----------

#: Longest string a built-in may produce, in UTF-16 code units. 2^28 units is
#: 256 MiB of ASCII (512 MiB at two bytes a unit); V8 allows 2^29-24.
MAX_STRING_LENGTH = 1 << 28
#: Most elements one array may hold (dense storage is a Python list: 8 bytes
#: a slot plus the values). ``new Array(n)`` with a huge ``n`` stays sparse
#: and costs nothing; filling it is what this bounds.
MAX_ARRAY_ELEMENTS = 1 << 26
#: CPU seconds one regular-expression match may run. A match is one native call
#: that holds the event loop: every other connection waits for it, so the
#: bound is short (ArozOS's Go engine is linear-time: its matches never
#: take long either).
REGEX_TIMEOUT = 0.1
#: Deepest nesting JSON.parse / JSON.stringify follow (V8 stops stringify
#: with "Maximum call stack size exceeded" at a few thousand levels).
MAX_JSON_DEPTH = 5000

#: MiB of resident memory one process may hold before a script that grows
#: it is stopped (0: no limit). Per process: each worker has its own.
MAX_MEMORY = 4096

#: Strings at least this long are counted as they are written into a result
#: built from many pieces (JSON output), so that one long string referenced
#: many times is stopped early; shorter ones cost no bookkeeping.
BIG_STRING = 1 << 16

_DEFAULTS = {"max_string_length": MAX_STRING_LENGTH, "max_array_elements": MAX_ARRAY_ELEMENTS,
             "regex_timeout": REGEX_TIMEOUT, "max_json_depth": MAX_JSON_DEPTH,
             "max_memory": MAX_MEMORY}


#: The limits' names, as ``configure`` and the server config spell them.
SWITCHES = tuple(_DEFAULTS)


def configure(**limits):
    """Sets limits by name (``max_string_length``, ``max_array_elements``,
    ``regex_timeout``, ``max_json_depth``, ``max_memory``); ``None`` keeps
    the current value.
    ``configure(reset=True)`` puts back the defaults."""
    g = globals()
    if limits.pop("reset", False):
        for name, value in _DEFAULTS.items():
            g[name.upper()] = value
    for name, value in limits.items():
        if name not in _DEFAULTS:
            raise ValueError("unknown limit %r" % name)
        if value is not None:
            g[name.upper()] = type(_DEFAULTS[name])(value)
    _allowed[0] = REGEX_TIMEOUT
    for helpers in _shared:
        helpers[STRING_LIMIT_NAME] = MAX_STRING_LENGTH
        helpers[ARRAY_LIMIT_NAME] = MAX_ARRAY_ELEMENTS


# -- memory --------------------------------------------------------------------

_PAGE = os.sysconf("SC_PAGE_SIZE") if hasattr(os, "sysconf") else 4096


def resident_bytes():
    """The process's resident memory (``/proc/self/statm``), or 0 where
    the platform does not tell."""
    try:
        with open("/proc/self/statm", "rb") as f:
            return int(f.read().split()[1]) * _PAGE
    except (OSError, IndexError, ValueError):
        return 0


def memory_exceeded(previous):
    """``(resident, message)``: the process's resident bytes now, and a
    message when it is over :data:`MAX_MEMORY` and grew since ``previous``
    (the calling script's reading at its last checkpoint), else None. Only
    a script that is growing the process is stopped: one that merely runs
    while another holds the memory is not."""
    if not MAX_MEMORY:
        return previous, None
    now = resident_bytes()
    limit = MAX_MEMORY << 20
    if now > limit and previous and now > previous:
        return now, "memory limit of %d MiB exceeded (the process holds %d MiB)" % (
            MAX_MEMORY, now >> 20)
    return now, None


# -- sizes ---------------------------------------------------------------------

def string_too_long():
    """Throws V8's RangeError for an oversized string."""
    throw_range_error("Invalid string length")


def check_string(s):
    """Returns ``s`` when it is within :data:`MAX_STRING_LENGTH`, else throws
    ``RangeError: Invalid string length``."""
    if len(s) > MAX_STRING_LENGTH:
        string_too_long()
    return s


#: The name under which compiled code reads :data:`MAX_STRING_LENGTH`
#: (``runtime/abi.py`` exports it; :func:`configure` keeps it current).
STRING_LIMIT_NAME = "_ajgi_strmax"
#: The same for :data:`MAX_ARRAY_ELEMENTS` (the inline ``a.push(v)``,
#: compiler/lower/intrinsics.py).
ARRAY_LIMIT_NAME = "_ajgi_arrmax"
_shared = []


def share_string_limit(helpers):
    """Keeps ``helpers[STRING_LIMIT_NAME]`` equal to :data:`MAX_STRING_LENGTH`
    from now on (the ABI's helper table: compiled code compares lengths with
    it inline, without a call)."""
    helpers[STRING_LIMIT_NAME] = MAX_STRING_LENGTH
    helpers[ARRAY_LIMIT_NAME] = MAX_ARRAY_ELEMENTS
    _shared.append(helpers)


def check_string_size(n):
    """Throws before a string of ``n`` units is built when ``n`` is too long
    (join, replace, JSON output know their size, or a bound, in advance)."""
    if n > MAX_STRING_LENGTH:
        string_too_long()


def check_array_size(n):
    """Throws ``RangeError: Invalid array length`` when an array would hold
    more than :data:`MAX_ARRAY_ELEMENTS` elements."""
    if n > MAX_ARRAY_ELEMENTS:
        throw_range_error("Invalid array length: more than %d elements" % MAX_ARRAY_ELEMENTS)


def check_dense_store(i, n):
    """A store at index ``i`` of a dense array of ``n`` elements, which keeps
    it dense up to index ``i`` (gaps up to ``ops.SPARSE_GAP`` become holes)."""
    if i >= MAX_ARRAY_ELEMENTS and i - n <= (1 << 20):
        check_array_size(i + 1)


# -- long loops in built-ins ---------------------------------------------------

_FLAG = FLAG = sched.FLAG
#: What a set flag does (for loops that inline ``if FLAG[0]: preempt()``).
preempt = sched.preempt


def checkpoint():
    """The compiled checkpoint, for Python loops in built-ins: yields to the
    event loop when the scheduler asks, and raises once the budget is spent."""
    if _FLAG[0]:
        sched.preempt()


#: Items a built-in's Python loop handles between two checkpoints.
CHUNK = 4096


def checked(seq):
    """Iterates ``seq`` (a list or range), reaching a checkpoint every
    :data:`CHUNK` items; a short sequence is returned as it is (hot loops
    write ``seq if len(seq) <= CHUNK else checked(seq)`` to skip the call)."""
    if len(seq) <= CHUNK:
        return seq
    return _checked(seq)


def _checked(seq):
    for start in range(0, len(seq), CHUNK):
        if _FLAG[0]:
            sched.preempt()
        yield from seq[start:start + CHUNK]


# -- regular expressions -------------------------------------------------------

class RegexTooSlow(Exception):
    """Raised by the ticker inside a watched match that ran too long."""


# The watch counts the CPU time of the loop thread, not wall time: a loaded
# machine must not cut a legitimate match short. The ticker is a CPU-time
# timer and reads the clock at each tick; a match starts its watch from the
# last tick's reading, which costs the call site no clock read (the reading
# is up to one tick old: a match may be stopped up to one tick early).
_cpu_clock = time.thread_time
_last_cpu = [0.0]   # thread CPU seconds at the last tick (0.0: no ticker)
_watch = [0.0]      # CPU reading the running watched call started from (0.0: none)
_allowed = [REGEX_TIMEOUT]  # seconds that call may run


def _first_reading():
    """Before the first tick: read the clock (once; the ticker keeps it)."""
    _last_cpu[0] = _cpu_clock()
    return _last_cpu[0]


def regex_call(method, *args):
    """``method(*args)`` (a pattern's search, match, sub...), interrupted with
    a JS RangeError once it has used :data:`REGEX_TIMEOUT` seconds of CPU."""
    # _allowed[0] holds REGEX_TIMEOUT between calls: one store starts the watch
    _watch[0] = _last_cpu[0] or _first_reading()
    try:
        return method(*args)
    except RegexTooSlow:
        _too_slow()
    finally:
        _watch[0] = 0.0


#: Extra CPU seconds per UTF-16 unit of input for calls that handle every
#: match at once (``sub``, ``finditer``): legitimate work grows with the input
#: (a million matches make a million match objects, and the garbage
#: collector walks them meanwhile).
REGEX_PER_UNIT = 1e-6


def regex_call_sized(n, method, *args):
    """:func:`regex_call` for a call over ``n`` units that handles every
    match at once, allowed :data:`REGEX_TIMEOUT` plus ``n`` x :data:`REGEX_PER_UNIT`."""
    _allowed[0] = REGEX_TIMEOUT + n * REGEX_PER_UNIT
    try:
        return regex_call(method, *args)
    finally:
        _allowed[0] = REGEX_TIMEOUT


def _too_slow():
    _watch[0] = 0.0
    throw_range_error("Regular expression too slow (stopped after %d ms)" % (_allowed[0] * 1000))


# The two hottest call sites (exec from lastIndex and a literal's test,
# runtime/builtins/regexp.py) inline regex_call to save a Python call per
# match; they follow its protocol exactly:
#     REGEX_WATCH[0] = REGEX_LAST_TICK[0] or regex_first_reading()
#     try: m = find(...)  except RegexTooSlow: regex_too_slow()  finally: REGEX_WATCH[0] = 0.0
REGEX_WATCH = _watch
REGEX_LAST_TICK = _last_cpu
regex_first_reading = _first_reading
regex_too_slow = _too_slow


def on_tick():
    """Called by the CPU ticker (a signal handler in the main thread): ends a
    watched match that has run too long. The exception surfaces inside the
    ``re``/``regex`` C loop, which checks for signals while it backtracks."""
    now = _last_cpu[0] = _cpu_clock()
    start = _watch[0]
    if start and now - start > _allowed[0]:
        _watch[0] = 0.0
        raise RegexTooSlow()
