"""The callback-taking Array.prototype methods (ES5.1 15.4.4.16-22, and
ES2015's find/findIndex, 22.1.3.8-9).

Each algorithm is a generator that yields ``(fn, this, args)`` for every
callback call and is run by :func:`runtime.callbacks.drive`, so a callback
that blocks (an ``async`` compiled function) works. The spec fixes
``len`` before the loop and re-checks [[HasProperty]] at every index, so
changes the callback makes to the array are seen exactly as in node.
"""

from runtime.callbacks import drive
from runtime.errors import throw_type_error
from runtime.conversions import to_boolean
from runtime.values import HOLE, MISSING, JSArray, undefined
from runtime.limits import checked
from runtime.builtins.array_util import (
    ArrayBuilder, element, get_index, indices, length_of, make_array, require_callable, this_object,
)


def _every(o, length, fn, this_arg):
    for k in indices(o, 0, length):
        v = element(o, k)
        if v is not MISSING:
            r = yield fn, this_arg, (v, float(k), o)
            if not to_boolean(r):
                return False
    return True


def array_proto_every(this, fn=undefined, this_arg=undefined, *_):
    """Array.prototype.every (15.4.4.16)."""
    o = this_object(this, "every")
    length = length_of(o)
    require_callable(fn)
    return drive(_every(o, length, fn, this_arg))


def _some(o, length, fn, this_arg):
    for k in indices(o, 0, length):
        v = element(o, k)
        if v is not MISSING:
            r = yield fn, this_arg, (v, float(k), o)
            if to_boolean(r):
                return True
    return False


def array_proto_some(this, fn=undefined, this_arg=undefined, *_):
    """Array.prototype.some (15.4.4.17)."""
    o = this_object(this, "some")
    length = length_of(o)
    require_callable(fn)
    return drive(_some(o, length, fn, this_arg))


def _for_each(o, length, fn, this_arg):
    for k in indices(o, 0, length):
        v = element(o, k)
        if v is not MISSING:
            yield fn, this_arg, (v, float(k), o)
    return undefined


def array_proto_forEach(this, fn=undefined, this_arg=undefined, *_):
    """Array.prototype.forEach (15.4.4.18)."""
    o = this_object(this, "forEach")
    length = length_of(o)
    require_callable(fn)
    return drive(_for_each(o, length, fn, this_arg))


def _map(o, length, fn, this_arg):
    b = ArrayBuilder()
    for k in indices(o, 0, length):
        v = element(o, k)
        if v is not MISSING:
            r = yield fn, this_arg, (v, float(k), o)
            b.set(k, r)
    return b.finish(length)


def array_proto_map(this, fn=undefined, this_arg=undefined, *_):
    """Array.prototype.map (15.4.4.19): holes stay holes."""
    o = this_object(this, "map")
    length = length_of(o)
    require_callable(fn)
    return drive(_map(o, length, fn, this_arg))


def _filter(o, length, fn, this_arg):
    out = []
    for k in indices(o, 0, length):
        v = element(o, k)
        if v is not MISSING:
            r = yield fn, this_arg, (v, float(k), o)
            if to_boolean(r):
                out.append(v)
    return make_array(out)


def array_proto_filter(this, fn=undefined, this_arg=undefined, *_):
    """Array.prototype.filter (15.4.4.20)."""
    o = this_object(this, "filter")
    length = length_of(o)
    require_callable(fn)
    return drive(_filter(o, length, fn, this_arg))


def _reduce(o, ks, fn, acc):
    for k in ks:
        v = element(o, k)
        if v is not MISSING:
            acc = yield fn, undefined, (acc, v, float(k), o)
    return acc


def _reduce_common(o, args, reverse):
    length = length_of(o)
    fn = args[0] if args else undefined
    require_callable(fn)
    ks = iter(indices(o, 0, length, reverse))
    if len(args) >= 2:
        acc = args[1]
    else:
        # No initial value: the first present element is the accumulator.
        for k in ks:
            acc = element(o, k)
            if acc is not MISSING:
                break
        else:
            throw_type_error("Reduce of empty array with no initial value")
    return drive(_reduce(o, ks, fn, acc))


def array_proto_reduce(this, *args):
    """Array.prototype.reduce (15.4.4.21)."""
    return _reduce_common(this_object(this, "reduce"), args, False)


def array_proto_reduceRight(this, *args):
    """Array.prototype.reduceRight (15.4.4.22)."""
    return _reduce_common(this_object(this, "reduceRight"), args, True)


def _find(o, length, fn, this_arg, want_index):
    # every index is visited, holes too (read with [[Get]]): no HasProperty
    for k in checked(range(length)):
        elems = o.elems if type(o) is JSArray and not o.attrs else None
        v = elems[k] if elems is not None and k < len(elems) else HOLE
        if v is HOLE:  # not a plain own element: the generic [[Get]]
            v = get_index(o, k)
        r = yield fn, this_arg, (v, float(k), o)
        if to_boolean(r):
            return float(k) if want_index else v
    return -1.0 if want_index else undefined


def array_proto_find(this, fn=undefined, this_arg=undefined, *_):
    """Array.prototype.find (ES2015 22.1.3.8)."""
    o = this_object(this, "find")
    length = length_of(o)
    require_callable(fn)
    return drive(_find(o, length, fn, this_arg, False))


def array_proto_findIndex(this, fn=undefined, this_arg=undefined, *_):
    """Array.prototype.findIndex (ES2015 22.1.3.9)."""
    o = this_object(this, "findIndex")
    length = length_of(o)
    require_callable(fn)
    return drive(_find(o, length, fn, this_arg, True))
