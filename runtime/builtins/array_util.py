"""Shared helpers of the Array built-ins (ES5.1 15.4.4).

The spec algorithms are written against [[Get]], [[Put]], [[HasProperty]]
and [[Delete]] with string keys; these helpers give them int indices. They
also decide when a fast path over ``JSArray.elems`` gives the same result
as the generic algorithm, and which indices a loop over a huge, sparse
length has to visit at all.
"""

import threading
import weakref

from runtime.errors import throw_range_error, throw_type_error
from runtime.conversions import describe_thrown, to_integer, to_object
from runtime.properties import array_length, delete_prop, get_prop, has_property, own_keys, put_prop
from runtime.numconv import number_to_string
from runtime.realm import current_realm
from runtime.values import (
    HOLE, MISSING, Accessor, FunctionType, JSArguments, JSArray, JSInternal, JSObject,
    JSPrimitiveWrapper, SPARSE_GAP, array_index, null, stays_dense, undefined,
)

MAX_ARRAY_LENGTH = 4294967295  # 2**32 - 1
# A loop over more indices than this is replaced by a loop over the keys
# that actually exist (when they are few), so `a[4294967294] = 1` stays cheap.
SCAN_LIMIT = 1 << 16
# Results longer than this with few elements are built with sparse storage.
DENSE_RESULT_LIMIT = SPARSE_GAP  # the sparse-array rule: runtime/values.py
# V8's String::kMaxLength on 64-bit: longer join results are a RangeError.
MAX_STRING_LENGTH = (1 << 29) - 24

_DIGITS = frozenset("0123456789")


# ---------------------------------------------------------------------------
# this, length, callbacks
# ---------------------------------------------------------------------------

def this_object(this, method=None):
    """ToObject(this value) with V8's message for the given method name."""
    if method is not None and (this is undefined or this is null):
        throw_type_error("Array.prototype.%s called on null or undefined" % method)
    return to_object(this)


def length_of(o):
    """The length of array-like ``o`` as an int: ToLength (ES2015 7.1.15),
    as node and current test262 use for the generic Array methods, where
    ES5.1 said ToUint32 (15.4.4 steps 2-3); for real arrays both agree."""
    if type(o) is JSArray:
        return array_length(o)
    n = to_integer(get_prop(o, "length"))
    if n <= 0:
        return 0
    return int(min(n, 9007199254740991.0))


def describe_callee(v):
    """How V8 names a non-callable value in "<x> is not a function"."""
    t = type(v)
    if t is str:
        return v
    if t is float:
        return number_to_string(v)
    if t is bool:
        return "true" if v else "false"
    if v is undefined or v is null:
        return repr(v)
    if isinstance(v, (JSArray, JSPrimitiveWrapper, JSInternal)):
        return "[object %s]" % v.cls
    if isinstance(v, JSObject):
        if v.cls == "Error":
            return describe_thrown(v)
        ctor = _data_lookup(v, "constructor")
        if type(ctor) is FunctionType:
            name = ctor.__dict__.get("fn_name")
            if name:
                return "#<%s>" % name
        return "[object Object]"
    return "value"


def _data_lookup(o, key):
    """A data property found along the prototype chain without running getters."""
    p = o
    while p is not null and isinstance(p, JSObject):
        v = p.props.get(key, MISSING)
        if v is not MISSING:
            return undefined if type(v) is Accessor else v
        p = p.proto
    return undefined


def require_callable(fn):
    """TypeError "<fn> is not a function" unless IsCallable(fn) (9.11)."""
    if type(fn) is not FunctionType:
        throw_type_error("%s is not a function" % describe_callee(fn))


# ---------------------------------------------------------------------------
# Element access with int indices
# ---------------------------------------------------------------------------

def get_index(o, i):
    """[[Get]](ToString(i))."""
    return get_prop(o, str(i))


def has_index(o, i):
    """[[HasProperty]](ToString(i))."""
    return has_property(o, str(i))


def put_index(o, i, v):
    """[[Put]](ToString(i), v, true)."""
    put_prop(o, str(i), v, True)


def delete_index(o, i):
    """[[Delete]](ToString(i), true)."""
    delete_prop(o, str(i), True)


def set_length(o, n):
    """[[Put]]("length", n, true)."""
    put_prop(o, "length", float(n), True)


def element(o, i):
    """The value at index ``i`` if HasProperty says it exists, else MISSING."""
    if type(o) is JSArray:
        elems = o.elems
        if elems is not None and not o.attrs and i < len(elems):
            v = elems[i]
            if v is not HOLE:
                return v
    key = str(i)
    if has_property(o, key):
        return get_prop(o, key)
    return MISSING


def dense(o):
    """``o.elems`` when ``o`` is a dense array whose elements are all plain
    writable data properties (so the list *is* the elements), else None."""
    if type(o) is JSArray and not o.attrs:
        return o.elems
    return None


# ---------------------------------------------------------------------------
# Does anything on the prototype chain have index properties?
# ---------------------------------------------------------------------------

# id(proto) -> (weakref, len(props), last key, has index keys). A prototype's
# key set can only change by adding a key (which becomes the last one) or
# deleting one (which shrinks the dict), so (len, last key) detects changes.
_plain_cache = {}


def _drop_cache(i):
    return lambda _ref: _plain_cache.pop(i, None)


def _props_have_index(p):
    props = p.props
    n = len(props)
    if n == 0:
        return False
    last = next(reversed(props))
    i = id(p)
    c = _plain_cache.get(i)
    if c is not None and c[0]() is p and c[1] == n and c[2] == last:
        return c[3]
    found = False
    for k in props:
        if k[:1] in _DIGITS and array_index(k) >= 0:
            found = True
            break
    try:
        _plain_cache[i] = (weakref.ref(p, _drop_cache(i)), n, last, found)
    except TypeError:  # not weak-referenceable: just do not cache
        pass
    return found


def protos_plain(o):
    """True when no object on ``o``'s prototype chain has an index property,
    so a hole reads as missing and a new index cannot hit a setter or a
    read-only inherited property."""
    p = o.proto
    while p is not null:
        t = type(p)
        if t is JSArray:
            if (p.elems if p.elems is not None else p.sparse):
                return False
            # an array keeps its index properties in elems/sparse, never in props
            p = p.proto
            continue
        if t is JSPrimitiveWrapper:
            if p.cls == "String" and p.value:
                return False
        elif t is JSArguments:
            if p.mapped:
                return False
        elif not (t is JSObject or t is FunctionType or t is JSInternal or isinstance(p, JSObject)):
            return False
        if _props_have_index(p):
            return False
        p = p.proto
    return True


def protos_cannot_intercept(o):
    """True when no object on ``o``'s prototype chain has a setter or a
    read-only property, so a [[Put]] of a new key on ``o`` just creates an
    own data property (8.12.4): what ``push`` needs, and cheaper than
    :func:`protos_plain` (data properties on the chain do not matter).
    ``special`` marks accessors and read-only properties (runtime/values.py)
    except the read-only characters of a String object, hence its own test."""
    p = o.proto
    while p is not null:
        if p.special or type(p) is JSPrimitiveWrapper:
            return False
        p = p.proto
    return True


def holes_ok(o, elems):
    """A dense fast path may treat holes as missing: there are none, or the
    prototypes cannot supply a value for them."""
    return HOLE not in elems or protos_plain(o)


# ---------------------------------------------------------------------------
# Which indices a loop has to visit
# ---------------------------------------------------------------------------

def _own_index_keys(p, lo, hi):
    t = type(p)
    if t is JSArray and p.elems is None:
        out = [i for i in p.sparse if lo <= i < hi]
        out.extend(i for i in (array_index(k) for k in p.props if k[:1] in _DIGITS) if lo <= i < hi)
        return out
    out = []
    for k in own_keys(p):
        if k[:1] in _DIGITS:
            i = array_index(k)
            if lo <= i < hi:
                out.append(i)
    return out


def present_indices(o, lo, hi):
    """Sorted indices in [lo, hi) that ``o`` or its prototypes have now."""
    keys = set()
    p = o
    while p is not null:
        keys.update(_own_index_keys(p, lo, hi))
        p = p.proto
    return sorted(keys)


def indices(o, lo, hi, reverse=False):
    """The indices in [lo, hi) a spec loop over ``o`` must visit: the whole
    range when it is small, else only the keys present (a loop body that
    finds no property there does nothing)."""
    if hi - lo <= SCAN_LIMIT:
        return range(hi - 1, lo - 1, -1) if reverse else range(lo, hi)
    keys = present_indices(o, lo, hi)
    if reverse:
        keys.reverse()
    return keys


# ---------------------------------------------------------------------------
# Building result arrays
# ---------------------------------------------------------------------------

class ArrayBuilder:
    """Collects the elements of a new array (a fresh array has no setters
    or read-only properties, so [[DefineOwnProperty]] is a plain store)."""

    __slots__ = ("items", "sparse")

    def __init__(self):
        self.items = []
        self.sparse = None

    def set(self, i, v):
        items = self.items
        if items is not None:
            n = len(items)
            if i == n:
                items.append(v)
                return
            if i < n:
                items[i] = v
                return
            if stays_dense(n, i):
                items.extend([HOLE] * (i - n))
                items.append(v)
                return
            self.sparse = {k: x for k, x in enumerate(items) if x is not HOLE}
            self.items = None
        self.sparse[i] = v

    def extend(self, start, values):
        """Stores ``values`` (HOLE allowed) from index ``start`` on."""
        items = self.items
        if items is not None and len(items) == start:
            items.extend(values)
            return
        for k, v in enumerate(values):
            if v is not HOLE:
                self.set(start + k, v)

    def finish(self, length):
        """The new array, with ``length`` (RangeError past 2**32-1)."""
        return make_array(self.items, self.sparse, length)


def make_array(items, sparse=None, length=None):
    """A new Array of the current realm from a list (HOLE allowed) or an
    index dict, with the given ``length``."""
    if length is None:
        length = len(items)
    if length > MAX_ARRAY_LENGTH:
        throw_range_error("Invalid array length")
    a = JSArray(current_realm().ArrayPrototype)
    if items is not None:
        if len(items) > length:
            del items[length:]
        if stays_dense(len(items), length):
            items.extend([HOLE] * (length - len(items)))
            a.elems = items
            return a
        sparse = {k: v for k, v in enumerate(items) if v is not HOLE}
    if length <= DENSE_RESULT_LIMIT:
        items = [HOLE] * length
        for k, v in sparse.items():
            items[k] = v
        a.elems = items
        return a
    a.elems = None
    a.sparse = sparse
    a.length = length
    return a


# ---------------------------------------------------------------------------
# join's cycle detection
# ---------------------------------------------------------------------------

_join_state = threading.local()


def join_stack():
    """Objects being joined right now: V8 joins a cyclic reference as ""."""
    s = getattr(_join_state, "stack", None)
    if s is None:
        s = _join_state.stack = []
    return s
