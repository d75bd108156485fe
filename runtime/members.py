"""Member writes and updates compiled code calls: strict ``o[k] = v``
(8.12.5 with Throw), ``++``/``--`` on members (11.3, 11.4.4), the key of a
computed target (11.2.1), ``delete o[k]`` (11.4.1), and object literals
with accessors (11.1.5)."""

from runtime import conversions, properties
from runtime.values import Accessor, MISSING, WEC, E, C, null, undefined

_type = type


# The default of the inline property reads' ``props.get``: being an
# Accessor, one ``type(v) is not Accessor`` test rules out both a missing
# key and an accessor property. Never stored in any object.
MISSING_AS_ACCESSOR = Accessor()


def sputm(o, k, v):
    """Strict ``o[k] = v``: failures throw TypeError."""
    if o is undefined or o is null:
        properties.put_member(o, k, v)
    key = conversions.to_property_key(k)
    if conversions.is_object(o):
        properties.put_prop(o, key, v, True)
    else:
        properties.put_primitive(o, key, v, True)
    return v


def sputn(o, k, v):
    return sputm(o, k, v)


def _update(o, k, delta, strict, post):
    old = conversions.to_number(properties.get_member(o, k))
    new = old + delta
    if strict:
        sputm(o, k, new)
    else:
        properties.put_member(o, k, new)
    return old if post else new


def preinc_n(o, k, strict):
    return _update(o, k, 1.0, strict, False)


def postinc_n(o, k, strict):
    return _update(o, k, 1.0, strict, True)


def predec_n(o, k, strict):
    return _update(o, k, -1.0, strict, False)


def postdec_n(o, k, strict):
    return _update(o, k, -1.0, strict, True)


def _key_update(fn):
    def helper(o, k, strict):
        return fn(o, conversions.to_property_key(k), strict)
    return helper


preinc_m = _key_update(preinc_n)


postinc_m = _key_update(postinc_n)


predec_m = _key_update(predec_n)


postdec_m = _key_update(postdec_n)


def ckey(o, k):
    """A computed member target's key: CheckObjectCoercible(base) comes
    before ToString(key) (11.2.1 steps 5-6)."""
    if o is undefined or o is null:
        from runtime.errors import throw_type_error

        throw_type_error("Cannot read property '%s' of %s" % (conversions.describe_value(k), conversions.to_string(o)))
    return conversions.to_property_key(k)


def delete_member(o, k, strict=False):
    return properties.delete_member(o, k, strict)


def obj_accessors(o, items):
    """Adds ``get``/``set``/data properties in source order after the first
    accessor of an object literal."""
    for key, kind, value in items:
        if kind == "init":
            properties.define_own_property(o, key, value, WEC)
            continue
        cur = o.props.get(key, MISSING)
        acc = cur if _type(cur) is Accessor else Accessor()
        if kind == "get":
            acc.get = value
        else:
            acc.set = value
        properties.define_own_property(o, key, acc, E | C)
    return o
