"""Boolean (ES5.1 15.6)."""

from runtime.errors import throw_type_error
from runtime.conversions import to_boolean
from runtime.values import JSPrimitiveWrapper, undefined


def this_boolean_value(this, method):
    """The boolean in ``this`` or a TypeError (15.6.4.2, 15.6.4.3)."""
    if type(this) is bool:
        return this
    if isinstance(this, JSPrimitiveWrapper) and this.cls == "Boolean":
        return this.value
    throw_type_error("Boolean.prototype.%s requires that 'this' be a Boolean" % method)


def boolean_call(this, value=undefined, *_):
    """Boolean(value) called as a function: ToBoolean (15.6.1.1)."""
    return to_boolean(value)


def boolean_construct_in(realm):
    """``new Boolean(value)`` for ``realm`` (15.6.2.1)."""
    def boolean_construct(value=undefined, *_):
        return JSPrimitiveWrapper(realm.BooleanPrototype, "Boolean", to_boolean(value))

    return boolean_construct


def boolean_proto_toString(this, *_):
    """Boolean.prototype.toString (15.6.4.2)."""
    return "true" if this_boolean_value(this, "toString") else "false"


def boolean_proto_valueOf(this, *_):
    """Boolean.prototype.valueOf (15.6.4.3)."""
    return this_boolean_value(this, "valueOf")


def create_intrinsics(realm):
    """Boolean.prototype (a Boolean object itself), created asleep (runtime/lazy.py)."""
    realm.BooleanPrototype = JSPrimitiveWrapper(realm.ObjectPrototype, "Boolean", False)
    return [realm.BooleanPrototype]


def install(realm):
    proto = realm.BooleanPrototype
    realm.define_constructor("Boolean", boolean_call, 1, proto, boolean_construct_in(realm))
    realm.define_methods(proto, {
        "toString": (boolean_proto_toString, 0),
        "valueOf": (boolean_proto_valueOf, 0),
    })
