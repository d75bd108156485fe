"""WeakMap and WeakSet (ES2015 23.3, 23.4).

``JSInternal(proto, "WeakMap", WeakKeyDictionary)``: the keys are JS objects
(every JSObject and function accepts Python weak references), held weakly,
so an entry goes when its key is collected. Python has no ephemerons: a
value that refers to its own key keeps that entry for as long as the
WeakMap lives (node would collect it). The constructors share Map/Set's
steps (``map_set.fill_collection``), including ``construct_for`` for
subclasses.
"""

import weakref

from runtime.builtins.map_set import install_collection
from runtime.builtins.receivers import throw_incompatible_receiver
from runtime.conversions import is_object
from runtime.errors import throw_type_error
from runtime.values import JSInternal, undefined


def _storage_of(this, cls, method):
    if type(this) is JSInternal and this.cls == cls and type(this.value) is weakref.WeakKeyDictionary:
        return this.value
    throw_incompatible_receiver("%s.prototype.%s" % (cls, method), this)


def weakmap_call(this, *_):
    """WeakMap() called without ``new`` (23.3.1.1 step 1)."""
    throw_type_error("Constructor WeakMap requires 'new'")


def weakset_call(this, *_):
    """WeakSet() called without ``new`` (23.4.1.1 step 1)."""
    throw_type_error("Constructor WeakSet requires 'new'")


def weakmap_proto_delete(this, key=undefined, *_):
    """WeakMap.prototype.delete (23.3.3.2)."""
    d = _storage_of(this, "WeakMap", "delete")
    if not is_object(key):
        return False
    return d.pop(key, _ABSENT) is not _ABSENT


def weakmap_proto_get(this, key=undefined, *_):
    """WeakMap.prototype.get (23.3.3.3)."""
    d = _storage_of(this, "WeakMap", "get")
    if not is_object(key):
        return undefined
    return d.get(key, undefined)


def weakmap_proto_has(this, key=undefined, *_):
    """WeakMap.prototype.has (23.3.3.4)."""
    d = _storage_of(this, "WeakMap", "has")
    return is_object(key) and key in d


def weakmap_proto_set(this, key=undefined, value=undefined, *_):
    """WeakMap.prototype.set (23.3.3.5)."""
    d = _storage_of(this, "WeakMap", "set")
    if not is_object(key):
        throw_type_error("Invalid value used as weak map key")
    d[key] = value
    return this


def weakset_proto_add(this, value=undefined, *_):
    """WeakSet.prototype.add (23.4.3.1)."""
    d = _storage_of(this, "WeakSet", "add")
    if not is_object(value):
        throw_type_error("Invalid value used in weak set")
    d[value] = True
    return this


def weakset_proto_delete(this, value=undefined, *_):
    """WeakSet.prototype.delete (23.4.3.3)."""
    d = _storage_of(this, "WeakSet", "delete")
    if not is_object(value):
        return False
    return d.pop(value, _ABSENT) is not _ABSENT


def weakset_proto_has(this, value=undefined, *_):
    """WeakSet.prototype.has (23.4.3.4)."""
    d = _storage_of(this, "WeakSet", "has")
    return is_object(value) and value in d


_ABSENT = object()


def _store_entry(obj, k, v):
    weakmap_proto_set(obj, k, v)


def _store_value(obj, v):
    weakset_proto_add(obj, v)


def install(realm):
    install_collection(realm, "WeakMap", weakmap_call, weakref.WeakKeyDictionary, "set", _store_entry, {
        "delete": (weakmap_proto_delete, 1), "get": (weakmap_proto_get, 1),
        "has": (weakmap_proto_has, 1), "set": (weakmap_proto_set, 2),
    })
    install_collection(realm, "WeakSet", weakset_call, weakref.WeakKeyDictionary, "add", _store_value, {
        "add": (weakset_proto_add, 1), "delete": (weakset_proto_delete, 1),
        "has": (weakset_proto_has, 1),
    })
