"""Property descriptors and the full [[DefineOwnProperty]] (ES5.1 8.10, 8.12.9).

A :class:`PropertyDescriptor` is the spec's Property Descriptor record:
each field is either present (a JS value) or :data:`MISSING`. Objects keep
their properties in the compact form of :mod:`runtime.values` (a value or an
:class:`Accessor` plus attribute bits); this module converts between the
two, validates a redefinition as 8.12.9 says, and stores the result,
including the exotic cases: Array ``length`` and indices (15.4.5.1), String
wrappers (15.5.5.2), arguments objects (10.6) and the global object.
"""

import math

from runtime import conversions, properties
from runtime.errors import throw_type_error, throw_range_error
from runtime.symbols import SYMBOL_ITERATOR
from runtime.values import (
    Accessor, FunctionType, HOLE, JSArguments, JSArray, MISSING, W, E, C, WEC,
    array_index, undefined, own_props, record_attributes, stays_dense,
)

_FIELDS = ("value", "writable", "get", "set", "enumerable", "configurable")


class PropertyDescriptor:
    """The Property Descriptor specification type (8.10); absent fields are MISSING."""

    __slots__ = _FIELDS

    def __init__(self, value=MISSING, writable=MISSING, get=MISSING, set=MISSING,
                 enumerable=MISSING, configurable=MISSING):
        self.value = value
        self.writable = writable
        self.get = get
        self.set = set
        self.enumerable = enumerable
        self.configurable = configurable

    def copy(self):
        return PropertyDescriptor(self.value, self.writable, self.get, self.set,
                                  self.enumerable, self.configurable)

    def __repr__(self):
        return "PropertyDescriptor(%s)" % ", ".join(
            "%s=%r" % (f, getattr(self, f)) for f in _FIELDS if getattr(self, f) is not MISSING)


def is_accessor_descriptor(d):
    """IsAccessorDescriptor (8.10.1)."""
    return d is not None and (d.get is not MISSING or d.set is not MISSING)


def is_data_descriptor(d):
    """IsDataDescriptor (8.10.2)."""
    return d is not None and (d.value is not MISSING or d.writable is not MISSING)


def is_generic_descriptor(d):
    """IsGenericDescriptor (8.10.3)."""
    return d is not None and not is_accessor_descriptor(d) and not is_data_descriptor(d)


def same_value(x, y):
    """SameValue (9.12): like ===, but NaN equals NaN and +0 differs from -0."""
    tx = type(x)
    if tx is not type(y):
        return False
    if tx is float:
        if x != x:
            return y != y
        if x == 0.0 and y == 0.0:
            return math.copysign(1.0, x) == math.copysign(1.0, y)
        return x == y
    if tx is str or tx is bool:
        return x == y
    return x is y


def descriptor_from_slot(value, bits):
    """A fully populated descriptor from a stored ``(value_or_Accessor, bits)``."""
    if type(value) is Accessor:
        return PropertyDescriptor(get=value.get, set=value.set,
                                  enumerable=bool(bits & E), configurable=bool(bits & C))
    return PropertyDescriptor(value=value, writable=bool(bits & W),
                              enumerable=bool(bits & E), configurable=bool(bits & C))


def get_own_property_descriptor(o, key):
    """[[GetOwnProperty]] (8.12.1) as a PropertyDescriptor, or None."""
    slot = properties.get_own_property(o, key)
    if slot is None:
        return None
    return descriptor_from_slot(slot[0], slot[1])


def to_property_descriptor(obj):
    """ToPropertyDescriptor (8.10.5): reads a descriptor object such as
    ``{value: 1, writable: true}``; TypeError on a malformed one."""
    if not conversions.is_object(obj):
        throw_type_error("Property description must be an object: %s" % conversions.to_string(obj))
    d = PropertyDescriptor()
    # The spec's order of HasProperty/Get calls (getters on obj can observe it).
    if properties.has_property(obj, "enumerable"):
        d.enumerable = conversions.to_boolean(properties.get_prop(obj, "enumerable"))
    if properties.has_property(obj, "configurable"):
        d.configurable = conversions.to_boolean(properties.get_prop(obj, "configurable"))
    if properties.has_property(obj, "value"):
        d.value = properties.get_prop(obj, "value")
    if properties.has_property(obj, "writable"):
        d.writable = conversions.to_boolean(properties.get_prop(obj, "writable"))
    if properties.has_property(obj, "get"):
        g = properties.get_prop(obj, "get")
        if g is not undefined and type(g) is not FunctionType:
            throw_type_error("Getter must be a function: %s" % _describe(g))
        d.get = g
    if properties.has_property(obj, "set"):
        s = properties.get_prop(obj, "set")
        if s is not undefined and type(s) is not FunctionType:
            throw_type_error("Setter must be a function: %s" % _describe(s))
        d.set = s
    if (d.get is not MISSING or d.set is not MISSING) and (
            d.value is not MISSING or d.writable is not MISSING):
        throw_type_error("Invalid property descriptor. Cannot both specify accessors "
                         "and a value or writable attribute, #<Object>")
    return d


def _describe(v):
    if conversions.is_object(v):
        return "#<Object>" if type(v) is not FunctionType else "function"
    if type(v) is str:
        return v
    return conversions.to_string(v)


def from_property_descriptor(d):
    """FromPropertyDescriptor (8.10.4): a new plain object describing ``d``."""
    if d is None:
        return undefined
    from runtime.realm import current_realm

    o = current_realm().new_object()
    p = o.props
    if is_data_descriptor(d):
        p["value"] = d.value
        p["writable"] = d.writable
    else:
        p["get"] = d.get
        p["set"] = d.set
    p["enumerable"] = d.enumerable
    p["configurable"] = d.configurable
    return o


# ---------------------------------------------------------------------------
# [[DefineOwnProperty]]
# ---------------------------------------------------------------------------

def _reject(throw, message):
    if throw:
        throw_type_error(message)
    return False


def define_own_property(o, key, desc, throw=True):
    """[[DefineOwnProperty]] of ``o`` (8.12.9), dispatching to the exotic
    versions of Array (15.4.5.1) and arguments objects (10.6)."""
    t = type(o)
    if t is JSArray:
        return _array_define_own_property(o, key, desc, throw)
    if t is JSArguments and o.mapped is not None and key in o.mapped:
        return _arguments_define_own_property(o, key, desc, throw)
    return ordinary_define_own_property(o, key, desc, throw)


def ordinary_define_own_property(o, key, desc, throw=True):
    """The default [[DefineOwnProperty]] algorithm (8.12.9)."""
    current = properties.get_own_property(o, key)
    if current is None:
        # Steps 3-4: a new property; absent fields take their defaults.
        if not o.extensible:
            return _reject(throw, "Cannot define property %s, object is not extensible" % key)
        if is_accessor_descriptor(desc):
            value = Accessor(_or(desc.get, undefined), _or(desc.set, undefined))
            bits = 0
        else:
            value = _or(desc.value, undefined)
            bits = W if desc.writable is True else 0
        if desc.enumerable is True:
            bits |= E
        if desc.configurable is True:
            bits |= C
        _store(o, key, value, bits)
        return True

    cur_value, cur_bits = current
    cur_accessor = type(cur_value) is Accessor
    # Steps 5-6: nothing to change.
    if _is_noop(desc, cur_value, cur_bits, cur_accessor):
        return True
    configurable = bool(cur_bits & C)
    # Step 7.
    if not configurable:
        if desc.configurable is True:
            return _reject(throw, "Cannot redefine property: %s" % key)
        if desc.enumerable is not MISSING and desc.enumerable != bool(cur_bits & E):
            return _reject(throw, "Cannot redefine property: %s" % key)
    new_bits = cur_bits
    new_value = cur_value
    if is_generic_descriptor(desc):
        pass  # Step 8: only enumerable/configurable change, validated above.
    elif cur_accessor != is_accessor_descriptor(desc):
        # Step 9: switch between data and accessor, keeping [[Configurable]]
        # and [[Enumerable]]; the other attributes restart from their defaults.
        if not configurable:
            return _reject(throw, "Cannot redefine property: %s" % key)
        new_bits = cur_bits & (E | C)
        if cur_accessor:
            new_value = undefined
        else:
            new_value = Accessor(undefined, undefined)
    elif not cur_accessor:
        # Step 10: data to data.
        if not configurable and not (cur_bits & W):
            if desc.writable is True:
                return _reject(throw, "Cannot redefine property: %s" % key)
            if desc.value is not MISSING and not same_value(desc.value, cur_value):
                return _reject(throw, "Cannot redefine property: %s" % key)
    else:
        # Step 11: accessor to accessor.
        if not configurable:
            if desc.set is not MISSING and not same_value(desc.set, cur_value.set):
                return _reject(throw, "Cannot redefine property: %s" % key)
            if desc.get is not MISSING and not same_value(desc.get, cur_value.get):
                return _reject(throw, "Cannot redefine property: %s" % key)
    # Step 12: apply every present field.
    if type(new_value) is Accessor:
        if desc.get is not MISSING or desc.set is not MISSING:
            new_value = Accessor(_or(desc.get, new_value.get), _or(desc.set, new_value.set))
        new_bits &= E | C
    else:
        if desc.value is not MISSING:
            new_value = desc.value
        if desc.writable is not MISSING:
            new_bits = (new_bits | W) if desc.writable else (new_bits & ~W)
    if desc.enumerable is not MISSING:
        new_bits = (new_bits | E) if desc.enumerable else (new_bits & ~E)
    if desc.configurable is not MISSING:
        new_bits = (new_bits | C) if desc.configurable else (new_bits & ~C)
    _store(o, key, new_value, new_bits)
    return True


def _or(v, default):
    return default if v is MISSING else v


def _is_noop(desc, cur_value, cur_bits, cur_accessor):
    """8.12.9 steps 5-6: every present field of ``desc`` equals the current one."""
    if desc.enumerable is not MISSING and desc.enumerable != bool(cur_bits & E):
        return False
    if desc.configurable is not MISSING and desc.configurable != bool(cur_bits & C):
        return False
    if cur_accessor:
        if desc.value is not MISSING or desc.writable is not MISSING:
            return False
        if desc.get is not MISSING and not same_value(desc.get, cur_value.get):
            return False
        if desc.set is not MISSING and not same_value(desc.set, cur_value.set):
            return False
        return True
    if desc.get is not MISSING or desc.set is not MISSING:
        return False
    if desc.writable is not MISSING and desc.writable != bool(cur_bits & W):
        return False
    if desc.value is not MISSING and not same_value(desc.value, cur_value):
        return False
    return True


def _store(o, key, value, bits):
    """Writes a validated property (value or Accessor, bits) into ``o``."""
    t = type(o)
    if t is JSArray:
        if key == "length":
            _array_store_length(o, int(value))
            o.length_writable = bool(bits & W)
            return
        i = array_index(key)
        if i >= 0:
            if type(value) is Accessor and o.elems is not None:
                # Dense fast paths (ops.get_member, array built-ins) read
                # elems directly and must never meet an Accessor.
                properties.array_make_sparse(o)
            if o.elems is not None:
                if i < len(o.elems):
                    o.elems[i] = value
                else:
                    properties.array_store_new(o, i, value)
            else:
                o.sparse[i] = value
                if i >= o.length:
                    o.length = i + 1
            record_attributes(o, key, value, bits)
            return
        if key is SYMBOL_ITERATOR:
            properties.array_own_iterator_written()
    skey = properties.global_store_key(o, key) if getattr(o, "is_global", False) else key
    (own_props(o) if type(o) is FunctionType else o.props)[skey] = value
    record_attributes(o, skey, value, bits)


# ---------------------------------------------------------------------------
# Array exotic [[DefineOwnProperty]] (15.4.5.1)
# ---------------------------------------------------------------------------

def _array_store_length(o, n):
    """Sets the length of array ``o`` to ``n`` once the elements at or above
    ``n`` are gone (shrinking) or by adding holes (growing)."""
    elems = o.elems
    if elems is not None:
        cur = len(elems)
        if n < cur:
            del elems[n:]
        elif n > cur:
            if stays_dense(cur, n):
                elems.extend([HOLE] * (n - cur))
            else:
                properties.array_make_sparse(o)
                o.length = n
        return
    for i in [i for i in o.sparse if i >= n]:
        del o.sparse[i]
    o.length = n


def _array_indices_from(o, n):
    """Indices of existing elements >= n, highest first."""
    if o.elems is not None:
        elems = o.elems
        return [i for i in range(len(elems) - 1, n - 1, -1) if elems[i] is not HOLE]
    return sorted((i for i in o.sparse if i >= n), reverse=True)


def _array_define_own_property(o, key, desc, throw):
    """[[DefineOwnProperty]] of an Array (15.4.5.1)."""
    old_len = properties.array_length(o)
    if key == "length":
        if desc.value is MISSING:
            return ordinary_define_own_property(o, "length", desc, throw)
        new_len_desc = desc.copy()
        new_len = conversions.to_uint32(desc.value)
        if new_len != conversions.to_number(desc.value):
            throw_range_error("Invalid array length")
        new_len_desc.value = float(new_len)
        if new_len >= old_len:
            return ordinary_define_own_property(o, "length", new_len_desc, throw)
        if not o.length_writable:
            return _reject(throw, "Cannot redefine property: length")
        new_writable = new_len_desc.writable is not False
        if not new_writable:
            # Clear writable only after the elements are deleted (step 3.i).
            new_len_desc.writable = True
        if not ordinary_define_own_property(o, "length", _length_only(new_len_desc, old_len), throw):
            return False
        # Without element attributes every element is configurable: the
        # deletions of step 3.l cannot fail, truncating is enough.
        doomed = _array_indices_from(o, new_len) if o.attrs else ()
        for i in doomed:
            k = str(i)
            if not (_attrs(o, k) & C):
                # Step 3.l.iii: stop just above the first undeletable element.
                _array_store_length(o, i + 1)
                if not new_writable:
                    o.length_writable = False
                return _reject(throw, "Cannot delete property '%s' of [object Array]" % k)
            properties.delete_prop(o, k, False)
        _array_store_length(o, new_len)
        if not new_writable:
            o.length_writable = False
        return True
    i = array_index(key)
    if i >= 0:
        if i >= old_len and not o.length_writable:
            return _reject(throw, "Cannot define property %s, object is not extensible" % key)
        if not ordinary_define_own_property(o, key, desc, False):
            return _reject(throw, _failure_message(o, key))
        # Storing at i >= length grew the length already (step 4.e).
        return True
    return ordinary_define_own_property(o, key, desc, throw)


def _length_only(desc, old_len):
    """The length descriptor with the old length as its value, so that the
    validation of step 3.j runs without truncating yet."""
    d = desc.copy()
    d.value = float(old_len)
    return d


def _attrs(o, key):
    a = o.attrs
    return WEC if a is None else a.get(key, WEC)


def _failure_message(o, key):
    if properties.get_own_property(o, key) is None:
        return "Cannot define property %s, object is not extensible" % key
    return "Cannot redefine property: %s" % key


# ---------------------------------------------------------------------------
# Arguments exotic [[DefineOwnProperty]] (10.6)
# ---------------------------------------------------------------------------

def _arguments_define_own_property(o, key, desc, throw):
    """[[DefineOwnProperty]] of a mapped arguments object (10.6)."""
    getter, setter = o.mapped[key]
    if not ordinary_define_own_property(o, key, desc, False):
        return _reject(throw, _failure_message(o, key))
    if is_accessor_descriptor(desc):
        o.mapped.pop(key, None)
    else:
        if desc.value is not MISSING:
            setter(desc.value)
        if desc.writable is False:
            o.mapped.pop(key, None)
    return True


# ---------------------------------------------------------------------------
# Helpers for Object.seal/freeze/isSealed/isFrozen (15.2.3.8-15.2.3.12)
# ---------------------------------------------------------------------------

def own_property_slots(o):
    """``[(key, value_or_Accessor, bits)]`` for every own property of ``o``."""
    out = []
    for k in properties.own_property_keys(o):
        s = properties.get_own_property(o, k)
        if s is not None:
            out.append((k, s[0], s[1]))
    return out
