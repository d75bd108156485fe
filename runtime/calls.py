"""[[Call]] and [[Construct]] of JS values (13.2.1, 13.2.2, 11.2.2).

Split out of ops.py.
"""

from runtime.errors import throw_type_error
from runtime.values import FunctionType, JSObject


def call_function(f, this, *args):
    """[[Call]]: calls JS function ``f``; TypeError if it is not callable.

    A JS function that blocks returns a coroutine; built-ins that call back
    into JS handle that through :mod:`runtime.callbacks`.
    """
    if type(f) is not FunctionType:
        throw_type_error("%s is not a function" % describe_value(f))
    return f(this, *args)


def construct(f, *args):
    """``new f(...args)`` (11.2.2, 13.2.2)."""
    if type(f) is not FunctionType:
        throw_type_error("%s is not a constructor" % describe_value(f))
    d = f.__dict__
    ctor = d.get("construct")
    if ctor is not None:
        return ctor(*args)
    if d.get("no_construct"):
        throw_type_error("%s is not a constructor" % (d.get("fn_name") or "function"))
    proto = get_prop(f, "prototype")
    if not is_object(proto):
        proto = _current().ObjectPrototype
    obj = JSObject(proto)
    r = f(obj, *args)
    if type(r) is CoroutineType:
        return _construct_async(r, obj)
    if is_object(r):
        return r
    return obj


async def _construct_async(coro, obj):
    r = await coro
    return r if is_object(r) else obj


# Imports of the other modules split out of ops.py come last: they use each
# other both ways, and this way every definition exists before anyone asks.
from runtime.conversions import CoroutineType, _current, describe_value, is_object
from runtime.properties import get_prop
