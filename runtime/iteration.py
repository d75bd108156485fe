"""The iteration protocol (ES2015 7.4): GetIterator, IteratorStep,
IteratorClose, and the Python-side ways to consume an iterable.

Host code (``for-of``, spread, array destructuring, ``Array.from``, the
Map/Set constructors) uses:

- :func:`iterate` ``(v)`` -> a Python generator of the values. Closing it
  (``gen.close()``, what ``break``/``return`` do) calls the iterator's
  ``return`` method (IteratorClose with a normal completion: its errors
  propagate); throwing into it (``gen.throw(exc)``, see :func:`abort`)
  calls ``return`` and ignores what that does (a throw completion).
- :func:`get_iterator` ``(v)`` -> an :class:`IteratorRecord` for step by
  step use (:func:`step_value`, :func:`close`).
- :func:`spread_list` ``(v)`` -> a Python list (spread in calls and arrays).

Fast paths: an array, a string or an arguments object whose
``[Symbol.iterator]`` is the original built-in one (the function es-sym's
built-ins mark with ``_ajgi_builtin_iter = "array"|"string"``) is read
directly, without iterator objects; an array is read live (its length is
re-read at each step, as %ArrayIteratorPrototype%.next does), a string by
code point. Arrays and arguments objects only while the realm's array
iteration flag holds (:func:`array_iteration_flag`,
runtime/builtins/pristine.py), which compiled code tests itself. Until the built-in iterators exist in this runtime
(``runtime/builtins/iterators.py``), a missing ``[Symbol.iterator]`` on
these three counts as the original one.

A script's ``next``/``return`` may block (an async function returns a
coroutine): host code cannot ``await``, so the coroutine goes to
``runtime.sched.settle`` like every other implicit call.
"""

import importlib.util

from runtime import limits as _limits
from runtime.errors import JSThrow, throw_type_error
from runtime.sched import settle
from runtime.symbols import SYMBOL_ITERATOR
from runtime.values import (
    Accessor, FunctionType, HOLE, JSArguments, JSArray, JSObject, JSPrimitiveWrapper, MISSING,
    null, undefined,
)
from runtime.conversions import CoroutineType, describe_value, is_object, to_boolean
from runtime.properties import get_prop
from runtime.builtins.pristine import ARRAY_ITERATION as _ARRAY_ITERATION

_type = type
_legacy = None  # True while this runtime has no built-in iterator objects


def _no_builtin_iterators():
    global _legacy
    if _legacy is None:
        _legacy = importlib.util.find_spec("runtime.builtins.iterators") is None
    return _legacy


def _current():
    from runtime.realm import current_realm

    return current_realm()


def _call(fn, this, what, *args):
    r = fn(this, *args)
    if _type(r) is CoroutineType:
        return settle(r, what)
    return r


def lookup_method(o, key):
    """[[Get]] of symbol ``key`` on object ``o`` (undefined when absent);
    a getter that blocks is settled (runtime.sched)."""
    return get_prop(o, key)


def array_iteration_flag():
    """The current realm's Array.prototype while its arrays iterate as
    built, else None (runtime/builtins/pristine.py: ARRAY_ITERATION)."""
    from runtime.realm import REALM

    realm = REALM.get(None)
    if realm is None:
        return None
    return realm.global_object.props.get(_ARRAY_ITERATION)


def _builtin_kind(v):
    """"array" / "string" / "arguments" when ``v`` iterates exactly as the
    built-in iterator would (read it directly), else None."""
    t = _type(v)
    if t is JSArray or t is JSArguments:
        flag = array_iteration_flag()
        if flag is None:  # something of array iteration changed: the protocol
            return None
        if t is JSArray and v.proto is flag:
            return "array"  # the common case, without a [[Get]]
        m = lookup_method(v, SYMBOL_ITERATOR)
        kind = "array" if t is JSArray else "arguments"
    elif t is str:
        m = lookup_method(_current().StringPrototype, SYMBOL_ITERATOR)
        kind = "string"
    elif t is JSPrimitiveWrapper and v.cls == "String":
        m = lookup_method(v, SYMBOL_ITERATOR)
        kind = "string"
    else:
        return None
    if m is undefined:
        return kind if _no_builtin_iterators() else None
    if _type(m) is FunctionType:
        mark = m.__dict__.get("_ajgi_builtin_iter")
        if mark == "array" and kind != "string":
            return kind
        if mark == "string" and kind == "string":
            return kind
    return None


class IteratorRecord:
    """Record { [[Iterator]], [[NextMethod]], [[Done]] } (7.4.1)."""

    __slots__ = ("iterator", "next_method", "done")

    def __init__(self, iterator, next_method):
        self.iterator = iterator
        self.next_method = next_method
        self.done = False


class _ListRecord:
    """A built-in iteration read directly: ``source`` is a Python iterator
    of the values (the fast paths); nothing to close."""

    __slots__ = ("source", "done")

    def __init__(self, source):
        self.source = source
        self.done = False


def not_iterable(v, what=None):
    """TypeError "X is not iterable", X the source text when the compiler
    knows it (as node names it), else the value."""
    if what is None:
        if _type(v) is str:
            what = '"%s"' % v if len(v) < 40 else '"%s..."' % v[:37]
        elif _type(v) is FunctionType:
            what = v.__dict__.get("fn_name") or "function"
        elif isinstance(v, JSObject):
            what = "object" if v.cls != "Array" else "array"
        else:
            what = describe_value(v)
    throw_type_error("%s is not iterable" % what)


def get_iterator(v, what=None):
    """GetIterator (7.4.1): an iterator record for ``v``; TypeError when
    ``v`` is not iterable. The fast paths give a record without iterator
    objects (:func:`step_value` and :func:`close` accept both)."""
    kind = _builtin_kind(v)
    if kind is not None:
        return _ListRecord(_values_of(v, kind))
    if v is undefined or v is null:
        not_iterable(v, what)
    m = lookup_method(v, SYMBOL_ITERATOR) if is_object(v) else _method_of_primitive(v)
    if _type(m) is not FunctionType:
        not_iterable(v, what)
    it = _call(m, v, "the Symbol.iterator method")
    if not is_object(it):
        throw_type_error("Result of the Symbol.iterator method is not an object")
    return IteratorRecord(it, get_prop(it, "next"))


def _method_of_primitive(v):
    realm = _current()
    t = _type(v)
    if t is float:
        proto = realm.NumberPrototype
    elif t is bool:
        proto = realm.BooleanPrototype
    elif t is str:
        proto = realm.StringPrototype
    else:  # a symbol: its prototype is es-sym's
        proto = getattr(realm, "SymbolPrototype", None)
        if proto is None:
            return undefined
    return lookup_method(proto, SYMBOL_ITERATOR) if proto is not None else undefined


_DONE = MISSING  # what step_value returns once the iterator is done


def step_value(rec):
    """IteratorStep + IteratorValue (7.4.5, 7.4.4): the next value, or
    ``DONE`` (then ``rec.done`` is True). An error of ``next`` itself, or
    of reading ``done``/``value``, marks the record done (no close)."""
    if rec.done:
        return _DONE
    if _type(rec) is _ListRecord:
        v = next(rec.source, _DONE)
        if v is _DONE:
            rec.done = True
        return v
    try:
        nxt = rec.next_method
        if _type(nxt) is not FunctionType:
            throw_type_error("%s is not a function" % describe_value(nxt))
        r = _call(nxt, rec.iterator, "the next method of an iterator")
        if not is_object(r):
            throw_type_error("Iterator result %s is not an object" % describe_value(r))
        if to_boolean(get_prop(r, "done")):
            rec.done = True
            return _DONE
        return get_prop(r, "value")
    except BaseException:
        rec.done = True
        raise


DONE = _DONE


def close(rec, throwing=False):
    """IteratorClose (7.4.6) unless the record is done: calls the
    iterator's ``return`` method. With ``throwing`` (the loop or pattern
    is being left by an exception) whatever ``return`` does is ignored;
    otherwise its errors propagate and its result must be an object."""
    if rec.done:
        return
    rec.done = True
    if _type(rec) is _ListRecord:
        return
    it = rec.iterator
    if throwing:
        try:
            ret = get_prop(it, "return")
            if ret is not undefined and ret is not null:
                if _type(ret) is FunctionType:
                    _call(ret, it, "the return method of an iterator")
        except JSThrow:
            pass  # the original exception wins (7.4.6 step 6)
        return
    ret = get_prop(it, "return")
    if ret is undefined or ret is null:
        return
    if _type(ret) is not FunctionType:
        throw_type_error("%s is not a function" % describe_value(ret))
    r = _call(ret, it, "the return method of an iterator")
    if not is_object(r):
        throw_type_error("Iterator result %s is not an object" % describe_value(r))


def rest_list(rec):
    """The remaining values as a Python list (a rest element)."""
    out = []
    while True:
        v = step_value(rec)
        if v is _DONE:
            return out
        out.append(v)
        if not len(out) & _SIZE_CHECK_MASK:
            try:
                _limits.check_array_size(len(out))
            except BaseException:
                close(rec, throwing=True)
                raise


_SIZE_CHECK_MASK = 1023  # an endless iterator collected into an array: checked every 1024 values


def _collect(values):
    """``list(values)`` for a spread: an iterator that never ends stops at
    the array size limit (runtime/limits.py) instead of filling memory."""
    out = []
    append = out.append
    for v in values:
        append(v)
        if not len(out) & _SIZE_CHECK_MASK:
            _limits.check_array_size(len(out))  # the caller closes the iterator
    return out


# -- the direct readers of the fast paths -------------------------------------------------

def _values_of(v, kind):
    if kind == "array":
        return array_values(v)
    if kind == "string":
        return _string_values(v if _type(v) is str else v.value)
    return _array_like_values(v)


def array_values(a):
    """%ArrayIteratorPrototype%.next over an Array, read directly: the
    length is read at every step (a push in the loop body is seen), a hole
    reads through the prototype chain."""
    i = 0
    while True:
        elems = a.elems
        if elems is not None:
            if i >= len(elems):
                return
            v = elems[i]
            if v is HOLE:
                v = get_prop(a, str(i))
        else:
            if i >= a.length:
                return
            v = get_prop(a, str(i))
        yield v
        i += 1


def _array_like_values(o):
    """The same over an array-like (an arguments object): ``length`` and
    each index read with [[Get]]."""
    from runtime.conversions import to_number

    i = 0
    while True:
        n = to_number(get_prop(o, "length"))
        if not i < n:
            return
        yield get_prop(o, str(i))
        i += 1


def _string_values(s):
    """%StringIteratorPrototype%.next: one value per code point (a
    surrogate pair together, a lone surrogate alone)."""
    i = 0
    n = len(s)
    while i < n:
        c = s[i]
        if "\ud800" <= c <= "\udbff" and i + 1 < n and "\udc00" <= s[i + 1] <= "\udfff":
            yield s[i:i + 2]
            i += 2
        else:
            yield c
            i += 1


# -- consumers -----------------------------------------------------------------------------

def iterate(v, what=None):
    """A Python generator of the values of iterable ``v`` (see the module
    docstring for closing). ``what`` names ``v`` in the not-iterable error."""
    kind = _builtin_kind(v)
    if kind is not None:
        return _values_of(v, kind)
    return _protocol_values(get_iterator(v, what))


def _protocol_values(rec):
    while True:
        v = step_value(rec)
        if v is _DONE:
            return
        try:
            yield v
        except GeneratorExit:
            close(rec)  # break / return: return()'s errors propagate
            raise
        except BaseException:
            close(rec, throwing=True)
            raise


def abort(gen):
    """The consumer of :func:`iterate` is left by an exception: close the
    iterator as a throw completion (``return`` called, its outcome
    ignored). Call it from an ``except`` clause, then re-raise."""
    try:
        gen.throw(_Abort())
    except _Abort:
        pass
    except StopIteration:
        pass


class _Abort(Exception):
    """Thrown into a generator from :func:`iterate` to close it as a throw
    completion (never seen by scripts)."""


def spread_list(v, what=None):
    """The values of ``v`` as a Python list (``f(...v)``, ``[...v]``)."""
    if _type(v) is JSArray and _builtin_kind(v) is not None and v.elems is not None:
        elems = v.elems
        if HOLE not in elems:
            return list(elems)
    gen = iterate(v, what)
    try:
        return _collect(gen)
    except Exception:
        abort(gen)
        raise


# -- what compiled destructuring and spread call (runtime/abi.py) -------------------------

def open_iterator(v, what=None):
    """An array pattern's iterator record (the fast path for a pristine
    array, string or arguments object reads it directly)."""
    if _type(v) is JSArray and _builtin_kind(v) is not None:
        return _ArrayRecord(v)
    return get_iterator(v, what)


class _ArrayRecord:
    """An array pattern over a pristine array: reads ``elems`` by index
    (live, as the ArrayIterator would), no iterator object at all."""

    __slots__ = ("array", "index", "done")

    def __init__(self, array):
        self.array = array
        self.index = 0
        self.done = False


def next_value(rec):
    """The next value for an array pattern element: undefined once the
    iterator is done (12.14.5.3)."""
    if _type(rec) is _ArrayRecord:
        if rec.done:
            return undefined
        a = rec.array
        i = rec.index
        elems = a.elems
        if elems is not None:
            if i < len(elems):
                rec.index = i + 1
                v = elems[i]
                return v if v is not HOLE else get_prop(a, str(i))
        elif i < a.length:
            rec.index = i + 1
            return get_prop(a, str(i))
        rec.done = True
        return undefined
    v = step_value(rec)
    return undefined if v is _DONE else v


def skip_value(rec):
    """An elision (``[, b]``): one step, value unused."""
    next_value(rec)


def rest_array(rec):
    """A rest element (``[a, ...r]``): a new array of the remaining values."""
    if _type(rec) is _ArrayRecord:
        out = []
        while not rec.done:
            v = next_value(rec)
            if not rec.done:
                out.append(v)
        return _current().new_array(out)
    return _current().new_array(rest_list(rec))


def finish(rec):
    """The pattern completed normally: IteratorClose unless done."""
    if not rec.done:
        if _type(rec) is _ArrayRecord:
            rec.done = True
            return
        close(rec)


def close_thrown(rec):
    """The pattern is left by an exception: IteratorClose as a throw
    completion (``return`` called, its outcome ignored)."""
    if not rec.done:
        if _type(rec) is _ArrayRecord:
            rec.done = True
            return
        close(rec, throwing=True)


def coercible(v, key=None, what=None):
    """RequireObjectCoercible of an object pattern's value, with node's
    message; returns ``v``."""
    if v is undefined or v is null:
        shown = what if what is not None else ("null" if v is null else "undefined")
        state = "null" if v is null else "undefined"
        if key is None:
            throw_type_error("Cannot destructure '%s' as it is %s." % (shown, state))
        throw_type_error("Cannot destructure property '%s' of '%s' as it is %s." % (key, shown, state))
    return v


def array_from_list(values):
    """``[...a, b]``: a new array owning the Python list ``values``."""
    return _current().new_array(values)


def spread_arguments(v, what=None):
    """``f(...v)`` / ``new F(...v)``: :func:`spread_list` with node's
    messages for a value that is not iterable."""
    if _builtin_kind(v) is None:
        if v is undefined or v is null:
            throw_type_error("%s is not iterable (cannot read property %s)" % (
                what or describe_value(v), "null" if v is null else "undefined"))
        m = lookup_method(v, SYMBOL_ITERATOR) if is_object(v) else _method_of_primitive(v)
        if _type(m) is not FunctionType:
            throw_type_error("Spread syntax requires ...iterable[Symbol.iterator] to be a function")
    return spread_list(v, what)
