"""Object: the constructor, its static functions and Object.prototype (ES5.1 15.2),
with the ES2015 statics (19.1.2: assign, is, entries, values, setPrototypeOf).

Where ES5 throws a TypeError for a primitive argument (Object.keys(1),
Object.getPrototypeOf("s"), Object.freeze(1)...), node follows ES2015,
which coerces the argument or returns it unchanged; node is the oracle,
so these functions follow ES2015 there.
"""

from runtime import conversions, properties as properties_ops
from runtime.descriptors import (
    PropertyDescriptor, same_value, define_own_property, from_property_descriptor, get_own_property_descriptor,
    own_property_slots, to_property_descriptor,
)
from runtime.errors import throw_type_error
from runtime.realm import current_realm
from runtime.symbols import SYMBOL_TO_STRING_TAG
from runtime.values import (
    Accessor, FunctionType, JSObject, W, C, E, null, undefined, withdraw_fast_paths,
)


# ---------------------------------------------------------------------------
# The constructor (15.2.1, 15.2.2)
# ---------------------------------------------------------------------------

def object_call(this, value=undefined, *_):
    """Object(value) called as a function (15.2.1.1)."""
    if value is undefined or value is null:
        return current_realm().new_object()
    return conversions.to_object(value)


def object_construct(value=undefined, *_):
    """new Object(value) (15.2.2.1)."""
    if value is undefined or value is null:
        return current_realm().new_object()
    if conversions.is_object(value):
        return value
    return conversions.to_object(value)


# ---------------------------------------------------------------------------
# Static functions (15.2.3)
# ---------------------------------------------------------------------------

def _require_object(o, fname):
    if not conversions.is_object(o):
        throw_type_error("%s called on non-object" % fname)


def object_getPrototypeOf(this, o=undefined, *_):
    """Object.getPrototypeOf (15.2.3.2); primitives are coerced as in ES2015."""
    return conversions.to_object(o).proto


def object_getOwnPropertyDescriptor(this, o=undefined, p=undefined, *_):
    """Object.getOwnPropertyDescriptor (15.2.3.3)."""
    o = conversions.to_object(o)
    key = conversions.to_property_key(p)
    return from_property_descriptor(get_own_property_descriptor(o, key))


def object_getOwnPropertyNames(this, o=undefined, *_):
    """Object.getOwnPropertyNames (15.2.3.4)."""
    o = conversions.to_object(o)
    return current_realm().new_array(properties_ops.own_keys(o))


def object_getOwnPropertySymbols(this, o=undefined, *_):
    """Object.getOwnPropertySymbols (ES2015 19.1.2.8)."""
    o = conversions.to_object(o)
    return current_realm().new_array(properties_ops.own_symbol_keys(o))


def object_create(this, o=undefined, properties=undefined, *_):
    """Object.create (15.2.3.5)."""
    if o is not null and not conversions.is_object(o):
        throw_type_error("Object prototype may only be an Object or null: %s" % _show(o))
    obj = JSObject(o)
    if properties is not undefined:
        _define_properties(obj, properties)
    return obj


def _show(v):
    if type(v) is str:
        return v
    if conversions.is_object(v):
        return "#<Object>" if type(v) is not FunctionType else "function"
    return conversions.to_string(v)


def object_defineProperty(this, o=undefined, p=undefined, attributes=undefined, *_):
    """Object.defineProperty (15.2.3.6)."""
    _require_object(o, "Object.defineProperty")
    key = conversions.to_property_key(p)
    desc = to_property_descriptor(attributes)
    define_own_property(o, key, desc, True)
    return o


def _define_properties(o, properties):
    """The shared steps of Object.defineProperties (15.2.3.7): every
    descriptor is read before any property is defined."""
    props = conversions.to_object(properties)
    descriptors = []
    for k in properties_ops.enumerable_own_keys(props):
        descriptors.append((k, to_property_descriptor(properties_ops.get_prop(props, k))))
    for k, desc in descriptors:
        define_own_property(o, k, desc, True)
    return o


def object_defineProperties(this, o=undefined, properties=undefined, *_):
    """Object.defineProperties (15.2.3.7)."""
    _require_object(o, "Object.defineProperties")
    return _define_properties(o, properties)


def object_seal(this, o=undefined, *_):
    """Object.seal (15.2.3.8): every own property becomes non-configurable."""
    if not conversions.is_object(o):
        return o
    for k, _v, bits in own_property_slots(o):
        if bits & C:
            define_own_property(o, k, PropertyDescriptor(configurable=False), True)
    o.extensible = False
    return o


def object_freeze(this, o=undefined, *_):
    """Object.freeze (15.2.3.9): like seal, and data properties become read-only."""
    if not conversions.is_object(o):
        return o
    for k, v, bits in own_property_slots(o):
        if type(v) is Accessor:
            if bits & C:
                define_own_property(o, k, PropertyDescriptor(configurable=False), True)
        elif bits & (W | C):
            define_own_property(o, k, PropertyDescriptor(writable=False, configurable=False), True)
    o.extensible = False
    return o


def object_preventExtensions(this, o=undefined, *_):
    """Object.preventExtensions (15.2.3.10)."""
    if conversions.is_object(o):
        o.extensible = False
    return o


def object_isSealed(this, o=undefined, *_):
    """Object.isSealed (15.2.3.11); a primitive counts as sealed (ES2015)."""
    if not conversions.is_object(o):
        return True
    if o.extensible:
        return False
    for _k, _v, bits in own_property_slots(o):
        if bits & C:
            return False
    return True


def object_isFrozen(this, o=undefined, *_):
    """Object.isFrozen (15.2.3.12); a primitive counts as frozen (ES2015)."""
    if not conversions.is_object(o):
        return True
    if o.extensible:
        return False
    for _k, v, bits in own_property_slots(o):
        if bits & C:
            return False
        if type(v) is not Accessor and bits & W:
            return False
    return True


def object_isExtensible(this, o=undefined, *_):
    """Object.isExtensible (15.2.3.13); false for a primitive (ES2015)."""
    if not conversions.is_object(o):
        return False
    return bool(o.extensible)


def object_keys(this, o=undefined, *_):
    """Object.keys (15.2.3.14); a primitive is coerced with ToObject (ES2015)."""
    o = conversions.to_object(o)
    return current_realm().new_array(properties_ops.enumerable_own_keys(o))


# ---------------------------------------------------------------------------
# ES2015+ static functions (19.1.2)
# ---------------------------------------------------------------------------

def object_assign(this, target=undefined, *sources):
    """Object.assign (ES2015 19.1.2.1): copies own enumerable properties,
    read with [[Get]] (getters run) and written with [[Set]] that throws
    (a read-only target property is a TypeError)."""
    to = conversions.to_object(target)
    for source in sources:
        if source is undefined or source is null:
            continue
        src = conversions.to_object(source)
        # The key list (strings, then symbols) is taken first; a getter that
        # deletes a later key makes [[GetOwnProperty]] miss it, and it is
        # skipped (step 5.c.iii).
        for key in properties_ops.own_property_keys(src):
            slot = properties_ops.get_own_property(src, key)
            if slot is None or not slot[1] & E:
                continue
            properties_ops.put_prop(to, key, properties_ops.get_prop(src, key), True)
    return to


def object_is(this, a=undefined, b=undefined, *_):
    """Object.is (ES2015 19.1.2.10): SameValue."""
    return same_value(a, b)


def _enumerable_own(o, kind):
    """EnumerableOwnProperties (ES2017 7.3.21): the keys are listed first;
    each is checked again just before its value is read, since a getter
    may delete or hide a later one."""
    o = conversions.to_object(o)
    out = []
    for key in properties_ops.own_keys(o):
        if type(key) is not str:
            continue  # symbol keys are not listed
        slot = properties_ops.get_own_property(o, key)
        if slot is None or not slot[1] & E:
            continue
        v = properties_ops.get_prop(o, key)
        out.append(v if kind == "value" else current_realm().new_array([key, v]))
    return current_realm().new_array(out)


def object_entries(this, o=undefined, *_):
    """Object.entries (ES2017 19.1.2.5): [key, value] pairs of own enumerable string keys."""
    return _enumerable_own(o, "entry")


def object_values(this, o=undefined, *_):
    """Object.values (ES2017 19.1.2.21): values of own enumerable string keys."""
    return _enumerable_own(o, "value")


def set_prototype_of(o, proto):
    """OrdinarySetPrototypeOf (ES2015 9.1.2): False when ``o`` is not
    extensible, True when nothing changes; TypeError on a cycle (node's
    message, where the spec returns false: the caller throws anyway)."""
    if proto is o.proto:
        return True
    if o is current_realm().ObjectPrototype:
        return False  # an immutable prototype exotic object (ES2016 9.4.7)
    if not o.extensible:
        return False
    p = proto
    while p is not null:
        if p is o:
            throw_type_error("Cyclic __proto__ value")
        p = p.proto
    o.proto = proto
    withdraw_fast_paths(o)
    return True


def object_setPrototypeOf(this, o=undefined, proto=undefined, *_):
    """Object.setPrototypeOf (ES2015 19.1.2.18)."""
    if o is undefined or o is null:
        throw_type_error("Object.setPrototypeOf called on null or undefined")
    if proto is not null and not conversions.is_object(proto):
        throw_type_error("Object prototype may only be an Object or null: %s" % _show(proto))
    if not conversions.is_object(o):
        return o
    if not set_prototype_of(o, proto):
        if o is current_realm().ObjectPrototype:
            throw_type_error("Immutable prototype object 'Object.prototype' cannot have their prototype set")
        throw_type_error("%s is not extensible" % _show(o))
    return o


# ---------------------------------------------------------------------------
# Object.prototype (15.2.4)
# ---------------------------------------------------------------------------

def object_proto_toString(this=undefined, *_):
    """Object.prototype.toString (15.2.4.2)."""
    if this is undefined:
        return "[object Undefined]"
    if this is null:
        return "[object Null]"
    o = conversions.to_object(this)
    tag = properties_ops.get_prop(o, SYMBOL_TO_STRING_TAG)  # ES2015 19.1.3.6 steps 16-17
    return "[object %s]" % (tag if type(tag) is str else o.cls)


def object_proto_toLocaleString(this=undefined, *_):
    """Object.prototype.toLocaleString (15.2.4.3): calls this.toString()."""
    if this is undefined or this is null:
        throw_type_error("Object.prototype.toLocaleString called on null or undefined")
    o = conversions.to_object(this)
    f = properties_ops.get_prop(o, "toString", this)
    if type(f) is not FunctionType:
        throw_type_error("toString is not a function")
    # The result may be a coroutine (an async toString): the caller awaits it.
    return f(this)


def object_proto_valueOf(this=undefined, *_):
    """Object.prototype.valueOf (15.2.4.4)."""
    return conversions.to_object(this)


def object_proto_hasOwnProperty(this=undefined, v=undefined, *_):
    """Object.prototype.hasOwnProperty (15.2.4.5)."""
    key = conversions.to_property_key(v)
    o = conversions.to_object(this)
    return properties_ops.get_own_property(o, key) is not None


def object_proto_isPrototypeOf(this=undefined, v=undefined, *_):
    """Object.prototype.isPrototypeOf (15.2.4.6)."""
    if not conversions.is_object(v):
        return False
    o = conversions.to_object(this)
    p = v.proto
    while p is not null:
        if p is o:
            return True
        p = p.proto
    return False


def object_proto_propertyIsEnumerable(this=undefined, v=undefined, *_):
    """Object.prototype.propertyIsEnumerable (15.2.4.7)."""
    key = conversions.to_property_key(v)
    o = conversions.to_object(this)
    slot = properties_ops.get_own_property(o, key)
    return slot is not None and bool(slot[1] & E)


# ---------------------------------------------------------------------------

def install(realm):
    proto = realm.ObjectPrototype
    ctor = realm.define_constructor("Object", object_call, 1, proto, object_construct)
    realm.define_methods(ctor, {
        "getPrototypeOf": (object_getPrototypeOf, 1),
        "getOwnPropertyDescriptor": (object_getOwnPropertyDescriptor, 2),
        "getOwnPropertyNames": (object_getOwnPropertyNames, 1),
        "getOwnPropertySymbols": (object_getOwnPropertySymbols, 1),
        "create": (object_create, 2),
        "defineProperty": (object_defineProperty, 3),
        "defineProperties": (object_defineProperties, 2),
        "seal": (object_seal, 1),
        "freeze": (object_freeze, 1),
        "preventExtensions": (object_preventExtensions, 1),
        "isSealed": (object_isSealed, 1),
        "isFrozen": (object_isFrozen, 1),
        "isExtensible": (object_isExtensible, 1),
        "keys": (object_keys, 1),
        "assign": (object_assign, 2),
        "is": (object_is, 2),
        "entries": (object_entries, 1),
        "values": (object_values, 1),
        "setPrototypeOf": (object_setPrototypeOf, 2),
    })
    realm.define_methods(proto, {
        "toString": (object_proto_toString, 0),
        "toLocaleString": (object_proto_toLocaleString, 0),
        "valueOf": (object_proto_valueOf, 0),
        "hasOwnProperty": (object_proto_hasOwnProperty, 1),
        "isPrototypeOf": (object_proto_isPrototypeOf, 1),
        "propertyIsEnumerable": (object_proto_propertyIsEnumerable, 1),
    })
