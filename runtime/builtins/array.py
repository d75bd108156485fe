"""Array (ES5.1 15.4): the constructor, Array.isArray and the prototype
methods that take no callback, with ES2015's fill, includes and copyWithin
(22.1.3). Callback methods live in ``array_iter``, sort in ``array_sort``,
Array.from/of in ``array_from``, shared helpers in ``array_util``.

Every method follows the spec's generic algorithm over any array-like
(``[[Get]]``/``[[Put]]``/``[[HasProperty]]``/``[[Delete]]`` with
``ToUint32(length)``), with fast paths for a dense ``JSArray`` taken only
when they cannot be told apart from it. Where ES5.1 and node differ in
ways scripts rely on (``splice(start)`` deletes to the end, result arrays
of ``slice``/``splice``/``concat`` keep trailing holes in their length,
``join`` of a cyclic array), node wins.
"""

from runtime.builtins.pristine import publish, publish_plain_array_prototype
from runtime import limits
from runtime.errors import throw_range_error, throw_type_error
from runtime.limits import CHUNK, check_array_size, check_string, check_string_size, checked
from runtime.numconv import number_to_string
from runtime.operators import strict_equals
from runtime.conversions import to_integer, to_object, to_string, to_uint32
from runtime.properties import get_prop, set_array_length
from runtime.callbacks import call_sync
from runtime.values import HOLE, MISSING, FunctionType, JSArray, null, undefined
from runtime.builtins.array_util import (
    SCAN_LIMIT, ArrayBuilder, delete_index, dense, describe_callee, element,
    get_index, holes_ok, indices, join_stack, length_of, make_array, present_indices,
    protos_cannot_intercept, protos_plain, put_index, set_length, this_object,
)
from runtime.builtins import array_from, array_iter, array_sort


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
    if sep:
        check_string_size((length - 1) * len(sep))
    stack = join_stack()
    for x in stack:
        if x is o:
            return ""  # V8: a cycle joins as the empty string
    stack.append(o)
    try:
        parts = []
        k = 0
        elems = dense(o)
        if elems is not None and piece is _join_piece and len(elems) == length and type(elems[0]) is str:
            # an array of strings (lines pushed, then joined) joins in one C
            # call, like any other single C operation on the list; the first
            # element of another type (a hole included) makes it raise
            try:
                return check_string(sep.join(elems))
            except TypeError:
                pass
        if elems is not None and piece is _join_piece and holes_ok(o, elems):
            # Primitives convert without side effects, so the list can be
            # read directly; the first object hands over to the generic loop.
            for v in elems if len(elems) <= CHUNK else checked(elems):
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
                return check_string(sep.join(parts[:length]))
        if length - k <= SCAN_LIMIT:
            for i in range(k, length):
                parts.append(piece(get_index(o, i)))
            return check_string(sep.join(parts))
        # Huge, mostly empty: missing elements are "", emit separators in bulk.
        out = [sep.join(parts)]
        pos = k - 1 if k else 0  # separators emitted: element i follows i of them
        for i in present_indices(o, k, length):
            out.append(sep * (i - pos))
            out.append(piece(get_index(o, i)))
            pos = i
        out.append(sep * (length - 1 - pos))
        return check_string("".join(out))
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
            if len(elems) >= limits.MAX_ARRAY_ELEMENTS - len(items):
                check_array_size(len(elems) + len(items))
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


def array_push_one(this, v):
    """``a.push(v)`` with one argument, which compiled code calls in place
    of Array.prototype.push while that is pristine
    (compiler/lower/intrinsics.py): the same result without packing the
    argument into a tuple; anything but a growable dense array whose
    prototypes cannot intercept the new index takes
    :func:`array_proto_push`."""
    if type(this) is JSArray:
        elems = this.elems
        if elems is not None and this.extensible and this.length_writable \
                and len(elems) < limits.MAX_ARRAY_ELEMENTS - 1 and protos_cannot_intercept(this):
            elems.append(v)
            return float(len(elems))
    return array_proto_push(this, v)


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
# ES2015: fill, includes, copyWithin (22.1.3)
# ---------------------------------------------------------------------------

def array_proto_fill(this, value=undefined, start=undefined, end=undefined, *_):
    """Array.prototype.fill (ES2015 22.1.3.6)."""
    o = to_object(this)
    length = length_of(o)
    k = relative_index(start, length)
    final = length if end is undefined else relative_index(end, length)
    if final <= k:
        return o
    elems = _fast_mutable(o)
    if elems is not None and final <= len(elems):
        elems[k:final] = [value] * (final - k)
        return o
    # each index gets a property: refuse at once what the element limit
    # would refuse after millions of stores
    check_array_size(final - k)
    for i in checked(range(k, final)):
        put_index(o, i, value)
    return o


def _same_value_zero(a, b):
    """SameValueZero (ES2015 7.2.10): NaN equals NaN, +0 equals -0."""
    if type(a) is float and type(b) is float:
        return a == b or (a != a and b != b)
    return strict_equals(a, b)


def _dense_includes(elems, search, lo, hi):
    """includes over a plain list slice [lo, hi) without copying it."""
    if type(search) is float and search != search:
        for i in range(lo, hi):
            v = elems[i]
            if type(v) is float and v != v:
                return True
        return False
    if search is undefined and _list_find(elems, HOLE, lo, hi) >= 0:
        return True  # a hole reads as undefined (the prototypes have no index)
    return _list_find(elems, search, lo, hi) >= 0


def array_proto_includes(this, search=undefined, from_index=undefined, *_):
    """Array.prototype.includes (ES2016 22.1.3.11): SameValueZero, so NaN
    is found; a missing element reads as undefined."""
    if type(this) is JSArray and from_index is undefined:
        elems = this.elems
        if elems is not None and not this.attrs and protos_plain(this):
            return _dense_includes(elems, search, 0, len(elems))
    o = to_object(this)
    length = length_of(o)
    if length == 0:
        return False
    n = to_integer(from_index)
    if n >= 0:
        if n >= length:
            return False
        k = int(n)
    else:
        k = int(length + n) if length + n > 0 else 0
    elems = dense(o)
    if elems is not None and len(elems) >= length and holes_ok(o, elems):
        return _dense_includes(elems, search, k, length)
    if length - k <= SCAN_LIMIT:
        for i in checked(range(k, length)):
            if _same_value_zero(get_index(o, i), search):
                return True
        return False
    # Huge and sparse: only the present indices can hold anything but
    # undefined; when looking for undefined, the first gap is a match.
    gap = length
    if search is undefined:
        expected = k
        for i in present_indices(o, k, length):
            if i != expected:
                break
            expected += 1
        gap = expected
    for i in present_indices(o, k, gap):
        if _same_value_zero(get_index(o, i), search):
            return True
    return gap < length


def array_proto_copyWithin(this, target=undefined, start=undefined, end=undefined, *_):
    """Array.prototype.copyWithin (ES2015 22.1.3.3): a missing source
    element deletes its target."""
    o = to_object(this)
    length = length_of(o)
    to = relative_index(target, length)
    frm = relative_index(start, length)
    final = length if end is undefined else relative_index(end, length)
    count = min(final - frm, length - to)
    if count <= 0:
        return o
    elems = _fast_mutable(o)
    if elems is not None and len(elems) >= length:
        # a hole copied is a hole: the target is deleted, as the spec says
        elems[to:to + count] = elems[frm:frm + count]
        return o
    if count > SCAN_LIMIT:
        move_elements(o, frm, frm + count, to - frm)
        return o
    if frm < to < frm + count:
        ks = range(count - 1, -1, -1)  # overlapping upwards: copy from the end
    else:
        ks = range(count)
    for d in ks:
        v = element(o, frm + d)
        if v is not MISSING:
            put_index(o, to + d, v)
        else:
            delete_index(o, to + d)
    return o


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
    "find": (array_iter.array_proto_find, 1),
    "findIndex": (array_iter.array_proto_findIndex, 1),
    "fill": (array_proto_fill, 1),
    "includes": (array_proto_includes, 1),
    "copyWithin": (array_proto_copyWithin, 2),
}


def create_intrinsics(realm):
    """Array.prototype (an Array itself), created asleep (runtime/lazy.py)."""
    realm.ArrayPrototype = JSArray(realm.ObjectPrototype)
    return [realm.ArrayPrototype]


def install(realm):
    proto = realm.ArrayPrototype
    ctor = realm.define_constructor("Array", array_constructor, 1, proto, array_construct)
    realm.define_methods(ctor, {"isArray": (array_isArray, 1), "from": (array_from.array_from, 1),
                                "of": (array_from.array_of, 0)})
    realm.define_methods(proto, PROTO_METHODS)
    publish(realm, proto, "_ajgi_pristine_ArrayPrototype", PROTO_METHODS)
    publish_plain_array_prototype(realm)
