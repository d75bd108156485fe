"""Array.from and Array.of (ES2015 22.1.2.1, 22.1.2.3): new arrays from an
iterable, an array-like or an argument list.

Both are generic over their ``this``: called on a constructor other than
Array (a subclass, any constructible function) they build the result with
``new C(...)`` and CreateDataPropertyOrThrow, then set its ``length``;
called on the realm's Array, or on a non-constructor, they build a plain
array, collected in a Python list first (nothing can observe the array
before it is returned).

Array.from's map function is a callback that may block: the loops are
generators run by :func:`runtime.callbacks.drive`. An iterator left early
(the map function or a property definition throws) is closed
(IteratorClose).
"""

from runtime import iteration, limits
from runtime.callbacks import drive
from runtime.calls import construct
from runtime.sched import settle
from runtime.conversions import CoroutineType, is_object, to_object
from runtime.descriptors import PropertyDescriptor, define_own_property
from runtime.errors import throw_range_error, throw_type_error
from runtime.limits import check_array_size, checked
from runtime.properties import get_prop, put_prop
from runtime.realm import current_realm
from runtime.symbols import SYMBOL_ITERATOR
from runtime.values import (
    HOLE, FunctionType, JSArguments, JSArray, JSPrimitiveWrapper, null, undefined,
)
from runtime.builtins.array_util import (
    MAX_ARRAY_LENGTH, get_index, length_of, make_array, require_callable,
)


def is_constructor(c):
    """IsConstructor (ES2015 7.2.4)."""
    return type(c) is FunctionType and not c.__dict__.get("no_construct")


def _builds_plain_array(c):
    """True when the result is a plain Array (``this`` is the realm's Array,
    or not a constructor at all, 22.1.2.1 steps 6.b/16.c)."""
    return not is_constructor(c) or c is current_realm().constructors.get("Array")


def _new(c, *args):
    """``new c(...args)``; a constructor that blocks is waited for, as
    every implicit call from host code is (runtime.sched.settle)."""
    r = construct(c, *args)
    if type(r) is CoroutineType:
        return settle(r, "the constructor %s" % (c.__dict__.get("fn_name") or "function"))
    return r


def create_data_property(a, k, v):
    """CreateDataPropertyOrThrow(A, ToString(k), v) (ES2015 7.3.6)."""
    define_own_property(a, str(k), PropertyDescriptor(value=v, writable=True, enumerable=True,
                                                       configurable=True), True)


def _iterator_method(items):
    """GetMethod(items, @@iterator) (ES2015 7.3.9): the method Array.from
    iterates ``items`` with, or None when it has none (an array-like)."""
    if items is undefined or items is null:
        throw_type_error("%s is not iterable (cannot read property Symbol(Symbol.iterator))"
                         % ("object null" if items is null else "undefined"))
    method = iteration.lookup_method(to_object(items), SYMBOL_ITERATOR)
    if method is undefined or method is null:
        t = type(items)
        if t is str or t is JSArray or t is JSArguments or (t is JSPrimitiveWrapper and items.cls == "String"):
            # no @@iterator yet on these in this runtime: the iteration
            # module reads them as the built-in iterators would
            return _BUILTIN
        return None
    if type(method) is not FunctionType:
        throw_type_error("%Array%.from requires that the property of the first argument, "
                         "items[Symbol.iterator], when exists, be a function")
    if method.__dict__.get("_ajgi_builtin_iter") is not None:
        return _BUILTIN
    return method


_BUILTIN = object()  # iterate with the iteration module's direct readers


def _open(items, method):
    """GetIterator(items, method) (7.4.1) with the method already read."""
    if method is _BUILTIN:
        return iteration.get_iterator(items)
    it = method(items)
    if type(it) is CoroutineType:
        it = settle(it, "the Symbol.iterator method")
    if not is_object(it):
        throw_type_error("Result of the Symbol.iterator method is not an object")
    return iteration.IteratorRecord(it, get_prop(it, "next"))


def _from_iterable(c, items, method, opened, mapfn, this_arg):
    plain = _builds_plain_array(c)
    out = [] if plain else _new(c)  # constructed before the iterator is opened (22.1.2.1 step 6)
    rec = _open(items, method)
    opened.append(rec)
    k = 0
    try:
        while True:
            v = iteration.step_value(rec)
            if v is iteration.DONE:
                break
            if k >= limits.MAX_ARRAY_ELEMENTS:
                check_array_size(k + 1)
            if mapfn is not undefined:
                v = yield mapfn, this_arg, (v, float(k))
            if plain:
                out.append(v)
            else:
                create_data_property(out, k, v)
            k += 1
            if not k & 0xFFF:
                limits.checkpoint()
    except BaseException:
        iteration.close(rec, throwing=True)
        raise
    if plain:
        return make_array(out)
    put_prop(out, "length", float(k), True)
    return out


def _from_array_like(c, source, length, mapfn, this_arg):
    plain = _builds_plain_array(c)
    if plain:
        if length > MAX_ARRAY_LENGTH:
            throw_range_error("Invalid array length")
        # every index gets a value (undefined at least): refuse at once
        # what the element limit would refuse after the whole loop
        check_array_size(length)
        out = []
    else:
        out = _new(c, float(length))
    for k in checked(range(length)):
        v = get_index(source, k)
        if mapfn is not undefined:
            v = yield mapfn, this_arg, (v, float(k))
        if plain:
            out.append(v)
        else:
            create_data_property(out, k, v)
    if plain:
        return make_array(out)
    put_prop(out, "length", float(length), True)
    return out


def array_from(this, items=undefined, mapfn=undefined, this_arg=undefined, *_):
    """Array.from(items[, mapfn[, thisArg]]) (ES2015 22.1.2.1)."""
    if mapfn is not undefined:
        require_callable(mapfn)
    method = _iterator_method(items)
    if method is _BUILTIN and mapfn is undefined and type(items) is JSArray and _builds_plain_array(this):
        elems = items.elems
        if elems is not None and HOLE not in elems:
            return make_array(list(elems))  # what the array iterator would read, at once
    if method is not None:
        # A map function that throws does so inside drive, not inside the
        # generator: the iterator is closed here (IteratorClose, 7.4.6),
        # before the error reaches the caller.
        opened = []
        try:
            r = drive(_from_iterable(this, items, method, opened, mapfn, this_arg))
        except BaseException:
            for rec in opened:
                iteration.close(rec, throwing=True)
            raise
        if type(r) is CoroutineType:
            return _closing(opened, r)
        return r
    source = to_object(items)
    return drive(_from_array_like(this, source, length_of(source), mapfn, this_arg))


async def _closing(opened, pending):
    try:
        return await pending
    except BaseException:
        for rec in opened:
            iteration.close(rec, throwing=True)
        raise


def array_of(this, *items):
    """Array.of(...items) (ES2015 22.1.2.3)."""
    if _builds_plain_array(this):
        return make_array(list(items))
    a = _new(this, float(len(items)))
    for k, v in enumerate(items):
        create_data_property(a, k, v)
    put_prop(a, "length", float(len(items)), True)
    return a


