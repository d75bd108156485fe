"""Array (ES5.1 15.4): the constructor, Array.isArray and the prototype
methods that take no callback. Callback methods live in ``array_iter``,
sort in ``array_sort``, shared helpers in ``array_util``.

Every method follows the spec's generic algorithm over any array-like
(``[[Get]]``/``[[Put]]``/``[[HasProperty]]``/``[[Delete]]`` with
``ToUint32(length)``), with fast paths for a dense ``JSArray`` taken only
when they cannot be told apart from it. Where ES5.1 and node differ in
ways scripts rely on (``splice(start)`` deletes to the end, result arrays
of ``slice``/``splice``/``concat`` keep trailing holes in their length,
``join`` of a cyclic array), node wins.
"""

from runtime.builtins.pristine import publish
from runtime.errors import throw_range_error, throw_type_error
from runtime.numconv import number_to_string
from runtime.operators import strict_equals
from runtime.conversions import to_integer, to_object, to_string, to_uint32
from runtime.properties import get_prop, set_array_length
from runtime.callbacks import call_sync
from runtime.values import HOLE, MISSING, FunctionType, JSArray, null, undefined
from runtime.builtins.array_util import (
    MAX_STRING_LENGTH, SCAN_LIMIT, ArrayBuilder, delete_index, dense, describe_callee, element,
    get_index, holes_ok, indices, join_stack, length_of, make_array, present_indices,
    protos_cannot_intercept, protos_plain, put_index, set_length, this_object,
)
from runtime.builtins import array_iter, array_sort


# ---------------------------------------------------------------------------
# Constructor
# ---------------------------------------------------------------------------

def array_constructor(this, *args):
    """Array(...) called as a function is the same as new Array(...) (15.4.1)."""
    return array_construct(*args)


def array_construct(*args):
    """new Array(len) / new Array(item0, item1, ...) (15.4.2)."""
    if len(args) == 1 and type(args[0]) is float:
        n = args[0]
        if to_uint32(n) != n:
            throw_range_error("Invalid array length")
        a = make_array([])
        set_array_length(a, n)
        return a
    return make_array(list(args))


def array_isArray(this, arg=undefined, *_):
    """Array.isArray (15.4.3.2): [[Class]] is "Array"."""
    return type(arg) is JSArray


# ---------------------------------------------------------------------------
# toString, toLocaleString, join
# ---------------------------------------------------------------------------

def array_proto_toString(this, *_):
    """Array.prototype.toString (15.4.4.2): join, else Object.prototype.toString."""
    o = to_object(this)
    f = get_prop(o, "join")
    if type(f) is FunctionType:
        return f(o)
    cls = o.__dict__["cls"] if type(o) is FunctionType else o.cls
    return "[object %s]" % cls


def _join_piece(v):
    """ToString of an element, undefined and null giving "" (15.4.4.5 step 8)."""
    t = type(v)
    if t is str:
        return v
    if t is float:
        return number_to_string(v)
    if v is undefined or v is null or v is MISSING:
        return ""
    return to_string(v)


def _join(o, length, sep, piece):
    """Joins ToString(piece(element)) of indices [0, length) with ``sep``."""
    if length == 0:
        return ""
    if sep and (length - 1) * len(sep) > MAX_STRING_LENGTH:
        throw_range_error("Invalid string length")
    stack = join_stack()
    for x in stack:
        if x is o:
            return ""  # V8: a cycle joins as the empty string
    stack.append(o)
    try:
        parts = []
        k = 0
        elems = dense(o)
        if elems is not None and piece is _join_piece and holes_ok(o, elems):
            # Primitives convert without side effects, so the list can be
            # read directly; the first object hands over to the generic loop.
            for v in elems:
                t = type(v)
                if t is str:
                    parts.append(v)
                elif t is float:
                    parts.append(number_to_string(v))
                elif v is undefined or v is null or v is HOLE:
                    parts.append("")
                elif t is bool:
                    parts.append("true" if v else "false")
                else:
                    break
            k = len(parts)
            if k >= length:
                return sep.join(parts[:length])
        if length - k <= SCAN_LIMIT:
            for i in range(k, length):
                parts.append(piece(get_index(o, i)))
            return sep.join(parts)
        # Huge, mostly empty: missing elements are "", emit separators in bulk.
        out = [sep.join(parts)]
        pos = k - 1 if k else 0  # separators emitted: element i follows i of them
        for i in present_indices(o, k, length):
            out.append(sep * (i - pos))
            out.append(piece(get_index(o, i)))
            pos = i
        out.append(sep * (length - 1 - pos))
        return "".join(out)
    finally:
        stack.pop()


def array_proto_join(this, separator=undefined, *_):
    """Array.prototype.join (15.4.4.5)."""
    o = to_object(this)
    length = length_of(o)
    sep = "," if separator is undefined else to_string(separator)
    return _join(o, length, sep, _join_piece)


def _locale_piece(v):
    """Invoke(element, "toLocaleString"), undefined and null giving "" (15.4.4.3)."""
    if v is undefined or v is null or v is MISSING:
        return ""
    f = get_prop(to_object(v), "toLocaleString")
    if type(f) is not FunctionType:
        throw_type_error("%s is not a function" % describe_callee(f))
    return to_string(call_sync(f, v))


def array_proto_toLocaleString(this, *_):
    """Array.prototype.toLocaleString (15.4.4.3), list separator ","."""
    o = to_object(this)
    length = length_of(o)
    return _join(o, length, ",", _locale_piece)


# ---------------------------------------------------------------------------
# concat, slice, splice
# ---------------------------------------------------------------------------

def array_proto_concat(this, *items):
    """Array.prototype.concat (15.4.4.4)."""
    o = this_object(this, "concat")
    b = ArrayBuilder()
    n = 0
    for e in (o,) + items:
        if type(e) is not JSArray:
            b.set(n, e)
            n += 1
            continue
        length = length_of(e)
        elems = dense(e)
        if elems is not None and holes_ok(e, elems):
            b.extend(n, elems[:length])
        else:
            for k in indices(e, 0, length):
                v = element(e, k)
                if v is not MISSING:
                    b.set(n + k, v)
        n += length
    return b.finish(n)


def relative_index(v, length):
    """A start/end argument: negative counts from the end, clamped to [0, length]."""
    rel = to_integer(v)
    if rel < 0:
        return int(max(length + rel, 0.0))
    return int(min(rel, float(length)))


def array_proto_slice(this, start=undefined, end=undefined, *_):
    """Array.prototype.slice (15.4.4.10)."""
    o = to_object(this)
    length = length_of(o)
    k = relative_index(start, length)
    final = length if end is undefined else relative_index(end, length)
    count = max(final - k, 0)
    elems = dense(o)
    if elems is not None and holes_ok(o, elems):
        return make_array(elems[k:final], None, count)
    b = ArrayBuilder()
    for i in indices(o, k, final):
        v = element(o, i)
        if v is not MISSING:
            b.set(i - k, v)
    return b.finish(count)


def move_elements(o, lo, hi, delta):
    """For each ``k`` in [lo, hi): moves element ``k`` to ``k + delta``,
    deleting the target when the source is missing (the shift loops of
    splice/shift/unshift). Runs upwards when moving down and vice versa,
    so no element is overwritten before it was moved."""
    if hi <= lo or delta == 0:
        return
    if hi - lo <= SCAN_LIMIT:
        ks = range(lo, hi) if delta < 0 else range(hi - 1, lo - 1, -1)
    else:
        # Only a present source or a present target makes a step do anything.
        ks = set(present_indices(o, lo, hi))
        ks.update(t - delta for t in present_indices(o, lo + delta, hi + delta))
        ks = sorted(ks, reverse=delta > 0)
    for k in ks:
        v = element(o, k)
        if v is not MISSING:
            put_index(o, k + delta, v)
        else:
            delete_index(o, k + delta)


def delete_range_down(o, lo, hi):
    """Deletes indices hi-1 down to lo (the tail cleanup of splice)."""
    ks = range(hi - 1, lo - 1, -1) if hi - lo <= SCAN_LIMIT else reversed(present_indices(o, lo, hi))
    for k in ks:
        delete_index(o, k)


def _fast_mutable(o):
    """The element list of a dense array that mutators may edit in place."""
    elems = dense(o)
    if elems is not None and o.extensible and o.length_writable and protos_plain(o):
        return elems
    return None


def array_proto_splice(this, *args):
    """Array.prototype.splice (15.4.4.12); with only a start it deletes to the end."""
    o = to_object(this)
    length = length_of(o)
    start = relative_index(args[0] if args else undefined, length)
    if not args:
        dc = 0
    elif len(args) == 1:
        dc = length - start
    else:
        dc = int(min(max(to_integer(args[1]), 0.0), float(length - start)))
    items = args[2:]
    elems = _fast_mutable(o)
    if elems is not None:
        removed = elems[start:start + dc]
        elems[start:start + dc] = items
        return make_array(removed, None, dc)
    b = ArrayBuilder()
    for k in indices(o, start, start + dc):
        v = element(o, k)
        if v is not MISSING:
            b.set(k - start, v)
    result = b.finish(dc)
    ic = len(items)
    if ic < dc:
        move_elements(o, start + dc, length, ic - dc)
        delete_range_down(o, length - dc + ic, length)
    elif ic > dc:
        move_elements(o, start + dc, length, ic - dc)
    for i, v in enumerate(items):
        put_index(o, start + i, v)
    set_length(o, length - dc + ic)
    return result


# ---------------------------------------------------------------------------
# pop, push, shift, unshift, reverse
# ---------------------------------------------------------------------------

def array_proto_pop(this, *_):
    """Array.prototype.pop (15.4.4.6)."""
    o = to_object(this)
    elems = dense(o)
    if elems is not None and o.length_writable and (not elems or elems[-1] is not HOLE or protos_plain(o)):
        if not elems:
            return undefined
        v = elems.pop()
        return undefined if v is HOLE else v
    length = length_of(o)
    if length == 0:
        set_length(o, 0)
        return undefined
    i = length - 1
    v = get_index(o, i)
    delete_index(o, i)
    set_length(o, i)
    return v


def array_proto_push(this, *items):
    """Array.prototype.push (15.4.4.7): the new length, even past 2**32-1."""
    if type(this) is JSArray:
        elems = this.elems
        if elems is not None and this.extensible and this.length_writable \
                and protos_cannot_intercept(this):
            if len(items) == 1:
                elems.append(items[0])
            else:
                elems.extend(items)
            return float(len(elems))
    o = to_object(this)
    n = length_of(o)
    for v in items:
        put_index(o, n, v)
        n += 1
    set_length(o, n)
    return float(n)


def array_proto_shift(this, *_):
    """Array.prototype.shift (15.4.4.9)."""
    o = to_object(this)
    elems = _fast_mutable(o)
    if elems is not None:
        if not elems:
            return undefined
        v = elems.pop(0)
        return undefined if v is HOLE else v
    length = length_of(o)
    if length == 0:
        set_length(o, 0)
        return undefined
    first = get_index(o, 0)
    move_elements(o, 1, length, -1)
    delete_index(o, length - 1)
    set_length(o, length - 1)
    return first


def array_proto_unshift(this, *items):
    """Array.prototype.unshift (15.4.4.13): returns the new length."""
    o = to_object(this)
    elems = _fast_mutable(o)
    if elems is not None:
        elems[0:0] = items
        return float(len(elems))
    length = length_of(o)
    ic = len(items)
    if ic:
        move_elements(o, 0, length, ic)
        for i, v in enumerate(items):
            put_index(o, i, v)
    set_length(o, length + ic)
    return float(length + ic)


def array_proto_reverse(this, *_):
    """Array.prototype.reverse (15.4.4.8)."""
    o = to_object(this)
    elems = dense(o)
    if elems is not None and (HOLE not in elems or (o.extensible and protos_plain(o))):
        elems.reverse()
        return o
    length = length_of(o)
    middle = length // 2
    if length <= SCAN_LIMIT:
        lows = range(middle)
    else:
        lows = set(i for i in present_indices(o, 0, middle))
        lows.update(length - 1 - i for i in present_indices(o, length - middle, length))
        lows = sorted(lows)
    for lower in lows:
        upper = length - lower - 1
        lv = element(o, lower)
        uv = element(o, upper)
        if uv is not MISSING:
            put_index(o, lower, uv)
        elif lv is not MISSING:
            delete_index(o, lower)
        if lv is not MISSING:
            put_index(o, upper, lv)
        elif uv is not MISSING:
            delete_index(o, upper)
    return o


# ---------------------------------------------------------------------------
# indexOf, lastIndexOf
# ---------------------------------------------------------------------------

def _dense_find(elems, target, lo, hi, step):
    """Strict-equality search of ``target`` in a plain list from ``lo``
    towards ``hi`` (exclusive); ``step`` -1 searches downwards."""
    if type(target) is float and target != target:
        return -1  # NaN is not === to anything
    if step < 0:
        # Search a reversed copy: list.index runs at C speed.
        seq = elems[hi + 1:lo + 1]
        seq.reverse()
        j = _list_find(seq, target, 0, len(seq))
        return -1 if j < 0 else lo - j
    return _list_find(elems, target, lo, hi)


def _list_find(seq, target, lo, hi):
    # list.index matches by identity or ==; == also equates True with 1.0,
    # so a hit of another type is skipped (HOLE equals nothing).
    t = type(target)
    while lo < hi:
        try:
            i = seq.index(target, lo, hi)
        except ValueError:
            return -1
        if type(seq[i]) is t:
            return i
        lo = i + 1
    return -1


def array_proto_indexOf(this, search=undefined, *rest):
    """Array.prototype.indexOf (15.4.4.14), strict equality."""
    o = this_object(this, "indexOf")
    length = length_of(o)
    if length == 0:
        return -1.0
    n = to_integer(rest[0]) if rest else 0.0
    if n >= length:
        return -1.0
    k = int(n) if n >= 0 else int(max(length + n, 0.0))
    elems = dense(o)
    if elems is not None and holes_ok(o, elems) and len(elems) >= length:
        return float(_dense_find(elems, search, k, length, 1))
    for i in indices(o, k, length):
        v = element(o, i)
        if v is not MISSING and strict_equals(v, search):
            return float(i)
    return -1.0


def array_proto_lastIndexOf(this, search=undefined, *rest):
    """Array.prototype.lastIndexOf (15.4.4.15), strict equality."""
    o = to_object(this)
    length = length_of(o)
    if length == 0:
        return -1.0
    n = to_integer(rest[0]) if rest else float(length - 1)
    if n >= 0:
        k = int(min(n, float(length - 1)))
    else:
        if length + n < 0:
            return -1.0
        k = int(length + n)
    elems = dense(o)
    if elems is not None and holes_ok(o, elems) and len(elems) >= length:
        return float(_dense_find(elems, search, k, -1, -1))
    for i in indices(o, 0, k + 1, reverse=True):
        v = element(o, i)
        if v is not MISSING and strict_equals(v, search):
            return float(i)
    return -1.0


# ---------------------------------------------------------------------------
# install
# ---------------------------------------------------------------------------

# name -> (function, length); compiled code calls these directly while
# the prototype is pristine (runtime/builtins/pristine.py)
PROTO_METHODS = {
    "toString": (array_proto_toString, 0),
    "toLocaleString": (array_proto_toLocaleString, 0),
    "concat": (array_proto_concat, 1),
    "join": (array_proto_join, 1),
    "pop": (array_proto_pop, 0),
    "push": (array_proto_push, 1),
    "reverse": (array_proto_reverse, 0),
    "shift": (array_proto_shift, 0),
    "slice": (array_proto_slice, 2),
    "sort": (array_sort.array_proto_sort, 1),
    "splice": (array_proto_splice, 2),
    "unshift": (array_proto_unshift, 1),
    "indexOf": (array_proto_indexOf, 1),
    "lastIndexOf": (array_proto_lastIndexOf, 1),
    "every": (array_iter.array_proto_every, 1),
    "some": (array_iter.array_proto_some, 1),
    "forEach": (array_iter.array_proto_forEach, 1),
    "map": (array_iter.array_proto_map, 1),
    "filter": (array_iter.array_proto_filter, 1),
    "reduce": (array_iter.array_proto_reduce, 1),
    "reduceRight": (array_iter.array_proto_reduceRight, 1),
}


def create_intrinsics(realm):
    """Array.prototype (an Array itself), created asleep (runtime/lazy.py)."""
    realm.ArrayPrototype = JSArray(realm.ObjectPrototype)
    return [realm.ArrayPrototype]


def install(realm):
    proto = realm.ArrayPrototype
    ctor = realm.define_constructor("Array", array_constructor, 1, proto, array_construct)
    realm.define_methods(ctor, {"isArray": (array_isArray, 1)})
    realm.define_methods(proto, PROTO_METHODS)
    publish(realm, proto, "_ajgi_pristine_ArrayPrototype", PROTO_METHODS)
