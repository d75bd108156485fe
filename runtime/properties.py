"""Property access: the one family of readers and writers of properties.

[[GetOwnProperty]] of exotic objects (arrays, string wrappers, arguments),
[[Get]] (``get_prop``, and ``get_member`` / ``get_named``, the entry points
of compiled code for ``o[k]`` / ``o.x``), [[Put]], [[HasProperty]],
[[Delete]], [[DefineOwnProperty]] (8.12), the arrays' dense/sparse storage
(15.4.5.1), the global object's storage keys and for-in keys (12.6.4).
Split out of ops.py.

A key is a ``str`` or a ``JSSymbol`` (ES2015): both live in ``props`` and
``attrs``; :func:`own_keys` (for-in, ``Object.keys``, JSON,
``getOwnPropertyNames``) lists the strings, :func:`own_symbol_keys` the
symbols, :func:`own_property_keys` both ([[OwnPropertyKeys]]).
"""

from runtime import limits as _limits
from runtime.sched import settle as _settle
from runtime.symbols import JSSymbol, SYMBOL_ITERATOR
from runtime.errors import throw_type_error, throw_range_error
from runtime.values import (
    Accessor, FunctionType, HOLE, JSArguments, JSArray, JSInternal, JSObject, JSPrimitiveWrapper,
    MISSING, W, E, C, WEC, array_index, null, own_attrs, own_props, record_attributes, stays_dense,
    undefined,
)


def exotic_own_get(o, key):
    """Own value (or Accessor) of ``key`` on a non-plain object, else MISSING."""
    t = type(o)
    if t is JSArray:
        if key == "length":
            return float(o.length if o.elems is None else len(o.elems))
        i = array_index(key)
        if i >= 0:
            if o.elems is not None:
                if i < len(o.elems):
                    v = o.elems[i]
                    return MISSING if v is HOLE else v
                return MISSING
            return o.sparse.get(i, MISSING)
    elif t is JSPrimitiveWrapper and o.cls == "String":
        s = o.value
        if key == "length":
            return float(len(s))
        i = array_index(key)
        if 0 <= i < len(s):
            return s[i]
    elif t is JSArguments and o.mapped is not None:
        m = o.mapped.get(key)
        if m is not None:
            return m[0]()
    elif getattr(o, "is_global", False):
        key = global_storage_key(key)
    return o.props.get(key, MISSING)


HIDDEN_GLOBAL_PREFIX = "_ajgi_"


def global_storage_key(key):
    """The dict key under which the global object stores JS key ``key``.

    The global object's property dict is also the Python globals dict of
    compiled code, which holds ``__builtins__`` and ``_ajgi_*`` runtime
    entries. JS keys that could collide get a NUL prefix, so scripts can
    neither see nor overwrite the runtime's entries. A symbol key is
    stored under its ``global_key`` (the dict must keep str keys only).
    """
    if type(key) is JSSymbol:
        return key.global_key
    if key.startswith(HIDDEN_GLOBAL_PREFIX) or key == "__builtins__" or key[:1] == "\0":
        return "\0" + key
    return key


def global_store_key(g, key):
    """:func:`global_storage_key` for a write to global object ``g``: also
    remembers which symbol a symbol's storage key stands for, so that
    :func:`own_symbol_keys` can list it."""
    if type(key) is JSSymbol:
        if g.symbol_keys is None:
            g.symbol_keys = {}
        g.symbol_keys[key.global_key] = key
        return key.global_key
    return global_storage_key(key)


def global_js_key(storage_key):
    """Inverse of :func:`global_storage_key` for str keys; None for
    runtime-private keys and for symbol keys (:func:`own_symbol_keys`)."""
    if storage_key[:2] == "\0@":
        return None
    if storage_key[:1] == "\0":
        return storage_key[1:]
    if storage_key.startswith(HIDDEN_GLOBAL_PREFIX) or storage_key == "__builtins__":
        return None
    return storage_key


def _attrs_of(o, key):
    a = o.attrs
    if a is None:
        return WEC
    return a.get(key, WEC)


def get_own_property(o, key):
    """[[GetOwnProperty]] (8.12.1) as ``(value_or_Accessor, attribute_bits)``,
    or None when ``o`` has no own property ``key``."""
    t = type(o)
    if t is JSArray:
        if key == "length":
            return (float(o.length if o.elems is None else len(o.elems)),
                    W if o.length_writable else 0)
        i = array_index(key)
        if i >= 0:
            v = exotic_own_get(o, key)
            if v is MISSING:
                return None
            return (v, _attrs_of(o, key))
    elif t is JSPrimitiveWrapper and o.cls == "String":
        s = o.value
        if key == "length":
            return (float(len(s)), 0)
        i = array_index(key)
        if 0 <= i < len(s):
            return (s[i], E)
    elif t is JSArguments and o.mapped is not None:
        m = o.mapped.get(key)
        if m is not None:
            return (m[0](), _attrs_of(o, key))
    skey = global_storage_key(key) if getattr(o, "is_global", False) else key
    v = o.props.get(skey, MISSING)
    if v is MISSING:
        return None
    return (v, _attrs_of(o, skey))


def own_keys(o):
    """The own string keys in ES2015 [[OwnPropertyKeys]] order (array
    indices ascending, then strings in insertion order), the order node uses
    for for-in, Object.keys and JSON; symbol keys are left out."""
    keys = []
    t = type(o)
    if t is JSArray:
        if o.elems is not None:
            keys = [str(i) for i, v in enumerate(o.elems) if v is not HOLE]
        else:
            keys = [str(i) for i in sorted(o.sparse)]
    elif t is JSPrimitiveWrapper and o.cls == "String":
        keys = [str(i) for i in range(len(o.value))]
    if getattr(o, "is_global", False):
        rest = [k for k in (global_js_key(sk) for sk in o.props) if k is not None]
    else:
        rest = [k for k in o.props if type(k) is str]
    idx = [k for k in rest if k[:1] in _DIGITS and array_index(k) >= 0]
    if idx:
        idx.sort(key=int)
        rest = [k for k in rest if k[:1] not in _DIGITS or array_index(k) < 0]
        if keys:
            merged = sorted(set(keys) | set(idx), key=int)
            keys = merged
        else:
            keys = idx
    # an array's or String object's own "length" comes right after the
    # indices, before named properties (node; it is created first)
    if t is JSArray or (t is JSPrimitiveWrapper and o.cls == "String"):
        keys.append("length")
    keys.extend(rest)
    return keys


def own_symbol_keys(o):
    """The own symbol keys in insertion order (ES2015 9.1.12 step 4)."""
    if getattr(o, "is_global", False):
        m = o.symbol_keys
        return [m[sk] for sk in o.props if sk[:2] == "\0@"] if m else []
    return [k for k in o.props if type(k) is JSSymbol]


def own_property_keys(o):
    """[[OwnPropertyKeys]] (ES2015 9.1.12): the string keys, then the symbols."""
    return own_keys(o) + own_symbol_keys(o)


def enumerable_own_keys(o):
    """Own enumerable keys, in :func:`own_keys` order (Object.keys)."""
    if type(o) is JSObject and o.attrs is None:
        # no attribute table: every own property is enumerable (WEC), so
        # the per-key [[GetOwnProperty]] below would only confirm it
        return own_keys(o)
    out = []
    for k in own_keys(o):
        d = get_own_property(o, k)
        if d is not None and d[1] & E:
            out.append(k)
    return out


def for_in_keys(v):
    """The keys a ``for (k in v)`` loop visits (12.6.4), shadowed keys once."""
    if v is undefined or v is null:
        return []
    o = to_object(v)
    seen = set()
    out = []
    while o is not null:
        for k in own_keys(o):
            if k in seen:
                continue
            seen.add(k)
            d = get_own_property(o, k)
            if d is not None and d[1] & E:
                out.append(k)
        o = o.proto
    return out


def for_in_still_present(o, key):
    """A key deleted during for-in enumeration is not visited (12.6.4)."""
    if not is_object(o):
        return True
    return has_property(o, key)


def get_prop(o, key, receiver=MISSING):
    """[[Get]] (8.12.3) on object ``o`` with string ``key``."""
    p = o
    while p is not null:
        tp = type(p)
        if tp is JSObject or tp is FunctionType or tp is JSInternal:
            v = p.props.get(key, MISSING)
        else:
            v = exotic_own_get(p, key)
        if v is not MISSING:
            if type(v) is Accessor:
                g = v.get
                if g is undefined:
                    return undefined
                r = g(o if receiver is MISSING else receiver)
                if type(r) is CoroutineType:  # the getter calls delay() or a websocket function
                    return _settle(r, "the getter of %r" % key)
                return r
            return v
        p = p.proto
    return undefined


def get_member(o, k):
    """``o[k]`` for any JS values (11.2.1)."""
    t = type(o)
    if t is JSArray and type(k) is float:
        elems = o.elems
        if elems is not None and 0 <= k < len(elems):
            i = int(k)
            if i == k:
                v = elems[i]
                if v is not HOLE:
                    return v
    elif t is JSObject:
        if type(k) is str:
            v = o.props.get(k, MISSING)
            if v is not MISSING and type(v) is not Accessor:
                return v
            return get_prop(o, k)
    elif t is str:
        if type(k) is float:
            if 0 <= k < len(o):
                i = int(k)
                if i == k:
                    return o[i]
        else:
            key = to_property_key(k)
            if key == "length":
                return float(len(o))
            i = array_index(key)
            if 0 <= i < len(o):
                return o[i]
            return get_prop(_current().StringPrototype, key, o)
    if o is undefined or o is null:
        throw_type_error("Cannot read property '%s' of %s" % (to_display_string(k), to_string(o)))
    key = to_property_key(k)
    if type(key) is JSSymbol:
        return _get_symbol_keyed(o, key)
    return get_named(o, key)


def _get_symbol_keyed(o, key):
    """``o[sym]``: [[Get]] on the object, or on a primitive's prototype
    with the primitive as the receiver of a getter."""
    if is_object(o):
        return get_prop(o, key)
    return get_prop(to_object(o).proto, key, o)


def get_named(o, key):
    """``o.key`` for a string ``key`` (the compiler emits this for ``o.name``)."""
    t = type(o)
    if t is JSObject or t is FunctionType:
        v = o.props.get(key, MISSING)
        if v is not MISSING and type(v) is not Accessor:
            return v
        return get_prop(o, key)
    if t is str:
        if key == "length":
            return float(len(o))
        i = array_index(key)
        if 0 <= i < len(o):
            return o[i]
        return get_prop(_current().StringPrototype, key, o)
    if t is JSInternal or (t is JSArray and key != "length" and key[:1] not in _DIGITS):
        # methods of regexps and arrays (re.exec, a.push): a non-index key
        # other than "length" is an ordinary own property of these objects
        v = o.props.get(key, MISSING)
        if v is MISSING:
            p = o.proto
            if p is null:
                return undefined
            tp = type(p)
            if tp is JSArray or tp is JSObject or tp is JSInternal:
                # the method sits on the first prototype (Array.prototype,
                # RegExp.prototype): a key that is no index and not
                # "length" is an ordinary own property of these, in props
                v = p.props.get(key, MISSING)
                if v is not MISSING and type(v) is not Accessor and key != "length" \
                        and key[:1] not in _DIGITS:
                    return v
            return get_prop(p, key, o)
        if type(v) is not Accessor:
            return v
        return get_prop(o, key)
    if t is float:
        return get_prop(_current().NumberPrototype, key, o)
    if t is bool:
        return get_prop(_current().BooleanPrototype, key, o)
    if t is JSSymbol:
        return get_prop(_current().SymbolPrototype, key, o)
    if o is undefined or o is null:
        throw_type_error("Cannot read property '%s' of %s" % (key, to_string(o)))
    if isinstance(o, JSObject):
        return get_prop(o, key)
    throw_type_error("Cannot read property '%s' of a host value" % key)


def _reject(throw, message):
    if throw:
        throw_type_error(message)
    return False


def _find_inherited_put_blocker(o, key):
    """Walks the prototype chain for a setter or a read-only property that
    makes ``o.key = v`` fail or divert (8.12.4 [[CanPut]] steps 4-8)."""
    p = o.proto
    q = p
    while q is not null:
        # String objects' index and length properties are read-only
        # without ``special`` (isinstance: String.prototype may be asleep;
        # the type test first spares the call for plain prototypes)
        if q.special or (type(q) is not JSObject and isinstance(q, JSPrimitiveWrapper) and q.cls == "String"):
            break
        q = q.proto
    else:
        # Nothing on the chain can intercept (no accessor, no read-only
        # property): no need to look up ``key`` at all, which also leaves
        # sleeping prototypes asleep (runtime/lazy.py).
        return None
    while p is not null:
        tp = type(p)
        if tp is JSObject or tp is FunctionType or tp is JSInternal:
            v = p.props.get(key, MISSING)
            if v is not MISSING:
                if not p.special:
                    return None
                if type(v) is Accessor:
                    return v
                return None if _attrs_of(p, key) & W else False
        else:
            d = get_own_property(p, key)
            if d is not None:
                if type(d[0]) is Accessor:
                    return d[0]
                return None if d[1] & W else False
        p = p.proto
    return None


def _put_through(acc, this, v, key, throw):
    """[[Put]] through an accessor ``acc`` (8.12.5 steps 5-6): its setter
    called with ``this``, or a rejection when it has only a getter. A setter
    that blocks is waited for (``sched.settle``)."""
    if acc.set is undefined:
        return _reject(throw, "Cannot set property %s which has only a getter" % key)
    r = call_function(acc.set, this, v)
    if type(r) is CoroutineType:
        _settle(r, "a setter")
    return True


def put_prop(o, key, v, throw=False, receiver=MISSING):
    """[[Put]] (8.12.5) of ``v`` at string ``key`` on object ``o``.

    ``throw`` is the strict-mode flag: failures throw TypeError when set and
    are silent otherwise. Returns True when the value was stored.
    """
    t = type(o)
    if t is JSArray:
        if key == "length":
            return set_array_length(o, v, throw)
        i = array_index(key)
        if i >= 0:
            return _put_array_index(o, i, key, v, throw)
        if key is SYMBOL_ITERATOR:
            array_own_iterator_written()
    elif t is JSPrimitiveWrapper and o.cls == "String":
        if key == "length" or 0 <= array_index(key) < len(o.value):
            return _reject(throw, "Cannot assign to read only property '%s' of string" % key)
    elif t is JSArguments and o.mapped is not None:
        m = o.mapped.get(key)
        if m is not None:
            m[1](v)
    skey = key
    if getattr(o, "is_global", False):
        skey = global_store_key(o, key)
    props = own_props(o) if t is FunctionType else o.props
    own = props.get(skey, MISSING)
    if own is not MISSING:
        if not o.special:
            props[skey] = v
            return True
        if type(own) is Accessor:
            return _put_through(own, o if receiver is MISSING else receiver, v, key, throw)
        if _attrs_of(o, skey) & W:
            props[skey] = v
            return True
        return _reject(throw, "Cannot assign to read only property '%s'" % key)
    blocker = _find_inherited_put_blocker(o, key)
    if blocker is not None:
        if blocker is False:
            return _reject(throw, "Cannot assign to read only property '%s'" % key)
        return _put_through(blocker, o if receiver is MISSING else receiver, v, key, throw)
    if not o.extensible:
        return _reject(throw, "Cannot add property %s, object is not extensible" % key)
    props[skey] = v
    return True


def _put_array_index(o, i, key, v, throw):
    elems = o.elems
    if elems is not None:
        n = len(elems)
        if i < n:
            old = elems[i]
            if old is not HOLE and o.attrs is None:
                elems[i] = v
                return True
            if old is not HOLE:
                a = o.attrs.get(key, WEC)
                if type(old) is Accessor:
                    return _put_through(old, o, v, key, throw)
                if a & W:
                    elems[i] = v
                    return True
                return _reject(throw, "Cannot assign to read only property '%s'" % key)
    else:
        old = o.sparse.get(i, MISSING)
        if old is not MISSING:
            if type(old) is Accessor:
                return _put_through(old, o, v, key, throw)
            if _attrs_of(o, key) & W:
                o.sparse[i] = v
                return True
            return _reject(throw, "Cannot assign to read only property '%s'" % key)
    blocker = _find_inherited_put_blocker(o, key)
    if blocker is not None:
        if blocker is False:
            return _reject(throw, "Cannot assign to read only property '%s'" % key)
        return _put_through(blocker, o, v, key, throw)
    if not o.extensible:
        return _reject(throw, "Cannot add property %s, object is not extensible" % key)
    length = len(elems) if elems is not None else o.length
    if i >= length and not o.length_writable:
        return _reject(throw, "Cannot add index %s: length is read-only" % key)
    array_store_new(o, i, v)
    return True


def array_store_new(o, i, v):
    """Stores ``v`` at index ``i`` of array ``o`` where no element exists."""
    elems = o.elems
    if elems is not None:
        n = len(elems)
        _limits.check_dense_store(i, n)
        if i == n:
            elems.append(v)
            return
        if i < n:
            elems[i] = v
            return
        if stays_dense(n, i):
            elems.extend([HOLE] * (i - n))
            elems.append(v)
            return
        array_make_sparse(o)
    o.sparse[i] = v
    if i >= o.length:
        o.length = i + 1


def array_make_sparse(o):
    """Switches array ``o`` to sparse storage (see :class:`JSArray`)."""
    if o.elems is None:
        return
    o.sparse = {i: v for i, v in enumerate(o.elems) if v is not HOLE}
    o.length = len(o.elems)
    o.elems = None


def array_length(o):
    """The length of array ``o`` as an int."""
    return len(o.elems) if o.elems is not None else o.length


def set_array_length(o, v, throw=False):
    """Array ``length`` assignment (15.4.5.1): truncates or extends."""
    n = to_uint32(v)
    if n != to_number(v):
        throw_range_error("Invalid array length")
    if not o.length_writable:
        return _reject(throw, "Cannot assign to read only property 'length' of object '[object Array]'")
    elems = o.elems
    if elems is not None:
        cur = len(elems)
        if n < cur:
            if o.attrs:
                # non-configurable elements stop the truncation (15.4.5.1 step 3.l.iii)
                for i in range(cur - 1, n - 1, -1):
                    if not (o.attrs.get(str(i), WEC) & C) and elems[i] is not HOLE:
                        del elems[i + 1:]
                        return _reject(throw, "Cannot delete array element %d" % i)
                    o.attrs.pop(str(i), None)
            del elems[n:]
        elif n > cur:
            if stays_dense(cur, n):
                elems.extend([HOLE] * (n - cur))
            else:
                array_make_sparse(o)
                o.length = n
        return True
    if n < o.length:
        doomed = sorted((i for i in o.sparse if i >= n), reverse=True)
        for i in doomed:
            if o.attrs and not (o.attrs.get(str(i), WEC) & C):
                o.length = i + 1  # stops above a non-configurable element
                return _reject(throw, "Cannot delete array element %d" % i)
            del o.sparse[i]
            if o.attrs:
                o.attrs.pop(str(i), None)
    o.length = n
    return True


def array_own_iterator_written():
    """An array gets its own ``Symbol.iterator``: its realm's arrays leave
    the compiled fast paths of array iteration (runtime/builtins/pristine.py)."""
    from runtime.builtins.pristine import array_iteration_changed

    array_iteration_changed(_current())


def put_member(o, k, v):
    """``o[k] = v`` for any JS values (11.13.1, 8.7.2); returns ``v``."""
    t = type(o)
    if t is JSArray and type(k) is float:
        elems = o.elems
        if elems is not None and 0 <= k < len(elems) and o.attrs is None:
            i = int(k)
            if i == k and elems[i] is not HOLE:
                elems[i] = v
                return v
    if t is JSObject and type(k) is str:
        props = o.props
        if not o.special:
            if k in props:
                props[k] = v
                return v
            # adding a key to a plain object (a word count, a JSON-bound
            # record): what put_prop does once its own lookup missed
            if o.extensible and _find_inherited_put_blocker(o, k) is None:
                props[k] = v
                return v
        put_prop(o, k, v)
        return v
    if t is FunctionType or isinstance(o, JSObject):
        put_prop(o, to_property_key(k), v)
        return v
    if o is undefined or o is null:
        throw_type_error("Cannot set property '%s' of %s" % (to_display_string(k), to_string(o)))
    put_primitive(o, to_property_key(k), v, False)
    return v


def put_primitive(o, key, v, throw):
    """[[Put]] on a primitive base (ES5.1 8.7.2, ES2015 9.1.9 with a
    primitive receiver): only an inherited setter can take the write;
    otherwise it fails (a TypeError in strict code)."""
    w = to_object(o)
    blocker = _find_inherited_put_blocker(w, key)
    if blocker is False:
        return _reject(throw, "Cannot assign to read only property '%s' of %s '%s'"
                       % (key, typeof(o), to_display_string(o)))
    if blocker is not None:
        return _put_through(blocker, o, v, key, throw)
    if throw and isinstance(w, JSPrimitiveWrapper) and w.cls == "String" and \
            (key == "length" or 0 <= array_index(key) < len(o)):
        return _reject(throw, "Cannot assign to read only property '%s' of string '%s'" % (key, o))
    return _reject(throw, "Cannot create property '%s' on %s '%s'" % (key, typeof(o), to_display_string(o)))


def put_named(o, key, v):
    """``o.key = v`` for a string ``key``; returns ``v``."""
    if type(o) is JSObject:
        props = o.props
        if not o.special and key in props:
            props[key] = v
            return v
        put_prop(o, key, v)
        return v
    return put_member(o, key, v)


def has_property(o, key):
    """[[HasProperty]] (8.12.6)."""
    p = o
    while p is not null:
        tp = type(p)
        if tp is JSObject or tp is FunctionType:
            if key in p.props:
                return True
        elif exotic_own_get(p, key) is not MISSING or get_own_property(p, key) is not None:
            return True
        p = p.proto
    return False


def delete_prop(o, key, throw=False):
    """[[Delete]] (8.12.7)."""
    t = type(o)
    skey = key
    if t is JSArray:
        if key == "length":
            return _reject(throw, "Cannot delete property 'length' of [object Array]")
        i = array_index(key)
        if i >= 0:
            if not (_attrs_of(o, key) & C) and exotic_own_get(o, key) is not MISSING:
                return _reject(throw, "Cannot delete property '%s'" % key)
            if o.attrs:
                o.attrs.pop(key, None)
            if o.elems is not None:
                if i < len(o.elems):
                    o.elems[i] = HOLE
            else:
                o.sparse.pop(i, None)
            return True
    elif t is JSPrimitiveWrapper and o.cls == "String":
        if key == "length" or 0 <= array_index(key) < len(o.value):
            return _reject(throw, "Cannot delete property '%s' of string" % key)
    elif t is JSArguments and o.mapped is not None:
        o.mapped.pop(key, None)
    elif getattr(o, "is_global", False):
        skey = global_storage_key(key)
    if skey not in o.props:
        return True
    if not (_attrs_of(o, skey) & C):
        return _reject(throw, "Cannot delete property '%s'" % key)
    del (own_props(o) if t is FunctionType else o.props)[skey]
    if o.attrs:
        own_attrs(o).pop(skey, None)
    return True


def delete_member(o, k, strict=False):
    """The ``delete o[k]`` operator (11.4.1)."""
    if o is undefined or o is null:
        throw_type_error("Cannot convert undefined or null to object")
    key = to_property_key(k)
    if not is_object(o):
        o = to_object(o)
    return delete_prop(o, key, strict)


def define_own_property(o, key, value, attrs=WEC, throw=True):
    """Defines (or redefines) own property ``key`` of ``o`` in one step.

    ``value`` is a JS value for a data property or an :class:`Accessor`.
    This is the low-level form used by built-ins and object literals; the
    full descriptor validation of Object.defineProperty lives in
    ``runtime.builtins.object`` and ends here.
    """
    t = type(o)
    skey = global_store_key(o, key) if getattr(o, "is_global", False) else key
    if t is JSArray:
        if key == "length":
            if type(value) is not Accessor:
                set_array_length(o, value, throw)
            if not (attrs & W):
                o.length_writable = False
            return True
        i = array_index(key)
        if i >= 0:
            if o.elems is not None and (attrs != WEC or type(value) is Accessor):
                pass  # element attributes live in o.attrs, the value in elems
            if o.elems is not None and i < len(o.elems):
                o.elems[i] = value
            elif o.elems is not None:
                array_store_new(o, i, value)
            else:
                o.sparse[i] = value
                if i >= o.length:
                    o.length = i + 1
            record_attributes(o, key, value, attrs)
            return True
        if key is SYMBOL_ITERATOR:
            array_own_iterator_written()
    elif t is JSArguments and o.mapped is not None and key in o.mapped:
        if type(value) is Accessor:
            del o.mapped[key]
        else:
            o.mapped[key][1](value)
            if not (attrs & W):
                del o.mapped[key]
    (own_props(o) if t is FunctionType else o.props)[skey] = value
    record_attributes(o, skey, value, attrs)
    return True


# Imports of the other modules split out of ops.py come last: they use each
# other both ways, and this way every definition exists before anyone asks.
from runtime.conversions import (
    CoroutineType, _DIGITS, _current, is_object, to_display_string, typeof, to_number, to_object, to_property_key,
    to_string, to_uint32,
)
from runtime.calls import call_function
