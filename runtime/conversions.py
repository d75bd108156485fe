"""Type conversion (ES5.1 9, with ES2015's symbols) and the texts of values
in error messages.

``to_primitive``, ``to_number``, ``to_string``, ``to_boolean``,
``to_object``, the integer conversions and ``typeof`` (11.4.3); every
function names the spec operation it implements. Split out of ops.py.
"""

import math
import types
from runtime.errors import throw_type_error
from runtime.numconv import number_to_string, string_to_number
from runtime.symbols import JSSymbol, SYMBOL_TO_PRIMITIVE, symbol_descriptive_string
from runtime.values import FunctionType, JSObject, null, undefined
from runtime import realm as _realm_mod
from runtime.sched import settle as _settle


CoroutineType = types.CoroutineType


_nan = math.nan


_inf = math.inf


_current = _realm_mod.REALM.get


_DIGITS = frozenset("0123456789")


def typeof(v):
    """The ``typeof`` operator (11.4.3)."""
    t = type(v)
    if t is float:
        return "number"
    if t is str:
        return "string"
    if t is bool:
        return "boolean"
    if t is FunctionType:
        return "function"
    if v is undefined:
        return "undefined"
    if t is JSSymbol:
        return "symbol"
    return "object"


def to_boolean(v):
    """ToBoolean (9.2)."""
    t = type(v)
    if t is bool:
        return v
    if t is float:
        return not (v == 0.0 or v != v)
    if t is str:
        return len(v) > 0
    if v is undefined or v is null:
        return False
    return True


def to_primitive(v, hint=None):
    """ToPrimitive (ES2015 7.1.1): the object's ``[Symbol.toPrimitive]``
    method if it has one, else [[DefaultValue]] (ES5.1 8.12.8); hint
    "number"/"string" (None: the spec's "default")."""
    t = type(v)
    if t is float or t is str or t is bool or v is undefined or v is null or t is JSSymbol:
        return v
    exotic = get_prop(v, SYMBOL_TO_PRIMITIVE)
    if exotic is not undefined and exotic is not null:
        if type(exotic) is not FunctionType:
            throw_type_error("Symbol.toPrimitive is not a function")
        r = exotic(v, hint or "default")
        if type(r) is CoroutineType:
            r = _settle(r, "an implicit conversion (Symbol.toPrimitive)")
        if is_object(r):
            throw_type_error("Cannot convert object to primitive value")
        return r
    if hint is None:
        hint = "string" if getattr(v, "cls", None) == "Date" else "number"
    order = ("toString", "valueOf") if hint == "string" else ("valueOf", "toString")
    for name in order:
        f = get_prop(v, name)
        if type(f) is FunctionType:
            r = f(v)
            if type(r) is CoroutineType:  # toString/valueOf calls delay() or a websocket function
                r = _settle(r, "an implicit conversion (%s)" % name)
            if not is_object(r):
                return r
    throw_type_error("Cannot convert object to primitive value")


def to_number(v):
    """ToNumber (9.3)."""
    t = type(v)
    if t is float:
        return v
    if t is str:
        return string_to_number(v)
    if t is bool:
        return 1.0 if v else 0.0
    if v is undefined:
        return _nan
    if v is null:
        return 0.0
    if t is int:  # defensive: a host value that slipped through
        return float(v)
    if t is JSSymbol:
        throw_type_error("Cannot convert a Symbol value to a number")
    return to_number(to_primitive(v, "number"))


def to_string(v):
    """ToString (9.8)."""
    t = type(v)
    if t is str:
        return v
    if t is float:
        return number_to_string(v)
    if t is bool:
        return "true" if v else "false"
    if v is undefined:
        return "undefined"
    if v is null:
        return "null"
    if t is int:
        return number_to_string(float(v))
    if t is JSSymbol:
        throw_type_error("Cannot convert a Symbol value to a string")
    return to_string(to_primitive(v, "string"))


def to_property_key(v):
    """ToPropertyKey (ES2015 7.1.14): a symbol stays a symbol, anything else
    becomes a string (with a fast path for integral floats)."""
    t = type(v)
    if t is str:
        return v
    if t is float and v.is_integer() and abs(v) < 1e21:
        return str(int(v)) if v != 0 else "0"
    if t is JSSymbol:
        return v
    if isinstance(v, JSObject) or t is FunctionType:
        p = to_primitive(v, "string")
        return p if type(p) is JSSymbol else to_string(p)
    return to_string(v)


def to_display_string(v):
    """``String(v)`` (ES2015 21.1.1.1), also the text ``console.log``
    shows: ToString, except that a symbol gives ``Symbol(desc)`` instead of
    throwing."""
    if type(v) is JSSymbol:
        return symbol_descriptive_string(v)
    return to_string(v)


def to_integer(v):
    """ToInteger (9.4): a float with its fraction truncated (NaN -> 0)."""
    n = v if type(v) is float else to_number(v)
    if n != n:
        return 0.0
    if n == _inf or n == -_inf:
        return n
    return float(math.trunc(n))


def to_int32(v):
    """ToInt32 (9.5), returned as a Python int."""
    n = v if type(v) is float else to_number(v)
    if n != n or n == _inf or n == -_inf:
        return 0
    i = int(n) & 0xFFFFFFFF
    return i - 0x100000000 if i & 0x80000000 else i


def to_uint32(v):
    """ToUint32 (9.6), returned as a Python int."""
    n = v if type(v) is float else to_number(v)
    if n != n or n == _inf or n == -_inf:
        return 0
    return int(n) & 0xFFFFFFFF


def to_uint16(v):
    """ToUint16 (9.7), returned as a Python int."""
    n = v if type(v) is float else to_number(v)
    if n != n or n == _inf or n == -_inf:
        return 0
    return int(n) & 0xFFFF


def to_object(v):
    """ToObject (9.9): wraps primitives, TypeError for undefined/null."""
    t = type(v)
    if t is str:
        return _current().new_wrapper("String", v)
    if t is float:
        return _current().new_wrapper("Number", v)
    if t is bool:
        return _current().new_wrapper("Boolean", v)
    if t is JSSymbol:
        return _current().new_wrapper("Symbol", v)
    if v is undefined or v is null:
        throw_type_error("Cannot convert undefined or null to object")
    return v


def is_object(v):
    """True for objects and functions (Type(v) is Object)."""
    return isinstance(v, JSObject) or type(v) is FunctionType


def check_object_coercible(v, what="value"):
    """CheckObjectCoercible (9.10)."""
    if v is undefined or v is null:
        throw_type_error("Cannot read property '%s' of %s" % (what, to_string(v)))


def describe_value(v):
    """A short rendering of ``v`` for an error message (never throws)."""
    try:
        t = type(v)
        if t is str:
            return '"%s"' % v if len(v) < 40 else '"%s..."' % v[:37]
        if t is FunctionType:
            return "function %s" % (v.__dict__.get("fn_name") or "")
        if t is JSSymbol:
            return symbol_descriptive_string(v)
        if is_object(v):
            return "[object %s]" % v.cls
        return to_string(v)
    except Exception:  # a description must never raise
        return "value"


def describe_thrown(v):
    """``Name: message`` for a thrown value, as an uncaught error prints."""
    try:
        if isinstance(v, JSObject) and v.cls == "Error":
            name = to_string(get_prop(v, "name"))
            msg = to_string(get_prop(v, "message"))
            return "%s: %s" % (name, msg) if msg else name
        return to_display_string(v)
    except Exception:
        return "<unprintable exception>"


# Imports of the other modules split out of ops.py come last: they use each
# other both ways, and this way every definition exists before anyone asks.
from runtime.properties import get_prop
