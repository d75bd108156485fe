"""Built-ins that call back into JS, when the callback may block.

A JS function that can reach a blocking call (``websocket.send``...) is
compiled to ``async def`` and returns a coroutine. A built-in such as
``Array.prototype.forEach`` is plain Python, so it is written once as a
*generator* that yields each callback call as ``(fn, this, args)`` and
receives the result::

    def _for_each(arr, fn, this_arg):
        for i in ...:
            yield fn, this_arg, (value, float(i), arr)

    def array_proto_forEach(this, fn=undefined, this_arg=undefined, *_):
        return drive(_for_each(this, fn, this_arg))

:func:`drive` runs the generator synchronously (no overhead beyond the
generator) until a callback returns a coroutine; from there it hands the
rest of the loop to :func:`_drive_async`, and the built-in itself returns a
coroutine, which the compiled caller awaits (the compiler awaits any call
result that is a coroutine inside async functions). Sync callers therefore
pay nothing, and a blocking callback works anywhere.
"""

import types

from runtime.errors import throw_type_error
from runtime.values import FunctionType

CoroutineType = types.CoroutineType


def drive(gen):
    """Runs a callback-yielding generator; returns its result, or a
    coroutine producing it once a callback turned out to block."""
    try:
        req = next(gen)
        while True:
            fn, this, args = req
            if type(fn) is not FunctionType:
                gen.close()
                throw_type_error("callback is not a function")
            r = fn(this, *args)
            if type(r) is CoroutineType:
                return _drive_async(gen, r)
            req = gen.send(r)
    except StopIteration as stop:
        return stop.value


async def _drive_async(gen, pending):
    r = await pending
    try:
        while True:
            fn, this, args = gen.send(r)
            if type(fn) is not FunctionType:
                gen.close()
                throw_type_error("callback is not a function")
            r = fn(this, *args)
            if type(r) is CoroutineType:
                r = await r
    except StopIteration as stop:
        return stop.value


def call_sync(fn, this, *args):
    """Calls a JS function where blocking is impossible (a getter, an
    implicit toString): a coroutine result is refused with a TypeError."""
    if type(fn) is not FunctionType:
        throw_type_error("not a function")
    r = fn(this, *args)
    if type(r) is CoroutineType:
        r.close()
        throw_type_error("a blocking call cannot run here (%s)" % fn.__dict__.get("fn_name", "function"))
    return r
