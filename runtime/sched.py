"""Checkpoints: where long-running script code can be interrupted.

The compiler puts ``if _ajgi_flag[0]: _ajgi_preempt()`` at every loop
back-edge and function entry (awaited ``_ajgi_apreempt()`` in async
functions). Reading one list slot costs a few nanoseconds, so pure compute
stays fast; whoever wants a script to stop or yield (the server's
watchdog, a CPU budget, ``exit()``) sets :data:`FLAG`\\ [0] and installs the
action with :func:`set_handlers`.

Also holds the registry of compiled sources by file name, so that error
messages can quote the JS expression at a Python code position and
``Function.prototype.toString`` can show a function's text.
"""

import collections

FLAG = [False]

_sync_handler = None
_async_handler = None
_waiter = None
MAX_SOURCES = 4096
_sources = collections.OrderedDict()  # file name -> text, least recently run first


def set_handlers(sync_handler, async_handler):
    """Installs what a set flag does: ``sync_handler()`` in plain functions,
    ``await async_handler()`` in async ones (None: just clear the flag)."""
    global _sync_handler, _async_handler
    _sync_handler = sync_handler
    _async_handler = async_handler


def set_waiter(waiter):
    """Installs ``waiter(pending) -> (done, value)``: runs a script
    function's coroutine to its end from plain host code when it can
    (``runtime.agi.fairness`` suspends the script's greenlet at each await),
    else answers ``(False, None)``."""
    global _waiter
    _waiter = waiter


def settle(pending, what):
    """The value of ``pending``, the coroutine a script function returned to
    host code that cannot ``await`` (a getter, setter, ``toString`` or
    ``valueOf`` that calls ``delay()`` or a websocket function). Inside a
    script runner the script waits for it like any blocking call; elsewhere
    it is a TypeError naming ``what`` and the function's place."""
    if _waiter is not None:
        done, value = _waiter(pending)
        if done:
            return value
    refuse_blocking(pending, what)


def refuse_blocking(pending, what):
    """Throws a TypeError for a coroutine host code cannot wait for:
    ``what`` and the JS place of the blocking function."""
    from runtime.errors import throw_type_error

    code = getattr(pending, "cr_code", None)
    pending.close()
    where = ""
    if code is not None:
        line, col = code.co_firstlineno, 0
        for pos in code.co_positions():  # the body's first range (not the prologue's 0:0)
            if pos[0] is not None and pos[2] is not None and (pos[2], pos[3]) != (0, 0):
                line, col = pos[0], pos[2]
                break
        where = " (%s:%d:%d)" % (code.co_filename, line, col + 1)
    throw_type_error("%s%s: it calls a blocking function (delay, websocket)" % (what, where))


def preempt():
    """Called from a checkpoint in a plain (sync) function."""
    if _sync_handler is None:
        FLAG[0] = False
        return
    _sync_handler()


async def apreempt():
    """Called (awaited) from a checkpoint in an async function."""
    if _async_handler is None:
        if _sync_handler is None:
            FLAG[0] = False
            return
        _sync_handler()
        return
    await _async_handler()


def register_source(filename, source):
    """Remembers the text of the compiled unit ``filename`` (the
    :data:`MAX_SOURCES` most recently run units: eval in a loop cannot grow
    the registry without bound). One name must mean one text: dynamic units
    are named by their text (``runtime.host.dynamic_name``)."""
    if _sources.get(filename) is source:
        _sources.move_to_end(filename)
        return
    _sources[filename] = source
    _sources.move_to_end(filename)
    # while, not if: a bound lowered at run time (tests do) trims at once
    while len(_sources) > MAX_SOURCES:
        _sources.popitem(last=False)


def source_of(filename):
    """The text of the compiled unit ``filename``, or None."""
    return _sources.get(filename)
