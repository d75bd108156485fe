"""Map and Set (ES2015 23.1, 23.2) with their iterators (23.1.5, 23.2.5).

A Map is ``JSInternal(proto, "Map", KeyedTable)``, a Set
``JSInternal(proto, "Set", KeyedTable)`` whose entries are ``[v, v]``
(runtime/builtins/keyed_table.py: SameValueZero keys, insertion order,
iteration that stays live while the collection changes).

``forEach`` is a callback generator driven by ``runtime.callbacks.drive``,
so a callback that blocks (``delay()``) is awaited. The constructors read
their iterable with ``runtime.iteration`` and call the ``set``/``add``
method found on the new object (23.1.1.1 step 8); a script's ``next`` or
adder that blocks is waited for with ``runtime.sched.settle``.

Subclassing: each constructor carries ``construct_for(proto, *args)`` in
its ``__dict__``, the constructor's work for a ``new.target`` whose
``prototype`` is ``proto`` (``class M extends Map``'s ``super(...)``).
"""

from runtime import iteration
from runtime.callbacks import drive
from runtime.conversions import describe_value, is_object
from runtime.errors import throw_type_error
from runtime.properties import get_prop
from runtime.realm import current_realm
from runtime.sched import settle
from runtime.symbols import SYMBOL_ITERATOR, SYMBOL_SPECIES, SYMBOL_TO_STRING_TAG
from runtime.values import Accessor, C, FunctionType, JSInternal, JSObject, WC, null, undefined
from runtime.builtins.iterators import intrinsics as iteration_intrinsics, iter_result
from runtime.builtins.keyed_table import KeyedTable
from runtime.builtins.receivers import throw_incompatible_receiver

import types

_CoroutineType = types.CoroutineType


def _call(fn, this, what, *args):
    """Calls a script function from host code (a blocking one is waited for)."""
    r = fn(this, *args)
    if type(r) is _CoroutineType:
        return settle(r, what)
    return r


def _table_of(this, cls, method):
    if type(this) is JSInternal and this.cls == cls and type(this.value) is KeyedTable:
        return this.value
    throw_incompatible_receiver("%s.prototype.%s" % (cls, method), this)


def fill_collection(obj, iterable, adder_name, original_adder, store):
    """The constructors' steps 5-12 (23.1.1.1, 23.2.1.1, 23.3.1.1,
    23.4.1.1): add every value of ``iterable`` (pairs when ``store`` takes
    a key and a value) with ``obj``'s adder; while that is the built-in one,
    ``store(obj, ...)`` does its work without a call. An error closes the
    iterator (IteratorClose)."""
    if iterable is undefined or iterable is null:
        return obj
    adder = get_prop(obj, adder_name)
    if type(adder) is not FunctionType:
        throw_type_error("'%s' returned for property '%s' of object '%s' is not a function"
                         % (describe_value(adder), adder_name, describe_value(obj)))
    pairs = store.__code__.co_argcount == 3
    direct = adder is original_adder
    values = iteration.iterate(iterable)
    try:
        for item in values:
            if pairs:
                if not is_object(item):
                    throw_type_error("Iterator value %s is not an entry object" % describe_value(item))
                k = get_prop(item, "0")
                v = get_prop(item, "1")
                if direct:
                    store(obj, k, v)
                else:
                    _call(adder, obj, "the %s method" % adder_name, k, v)
            elif direct:
                store(obj, item)
            else:
                _call(adder, obj, "the %s method" % adder_name, item)
    except BaseException:
        iteration.abort(values)
        raise
    return obj


def collection_constructor(cls, make_storage, adder_name, store):
    """The [[Construct]] of a keyed collection, and its ``construct_for``."""
    def construct_for(proto, iterable=undefined, *_):
        realm = current_realm()
        obj = JSInternal(proto, cls, make_storage())
        original = realm.constructors[cls].__dict__["original_adder"]
        return fill_collection(obj, iterable, adder_name, original, store)

    def construct(iterable=undefined, *_):
        realm = current_realm()
        return construct_for(realm.constructors[cls].props["prototype"], iterable)

    return construct, construct_for


def map_call(this, *_):
    """Map() called without ``new`` (23.1.1.1 step 1)."""
    throw_type_error("Constructor Map requires 'new'")


def set_call(this, *_):
    """Set() called without ``new`` (23.2.1.1 step 1)."""
    throw_type_error("Constructor Set requires 'new'")


def species_getter(this, *_):
    """get Map[@@species] / get Set[@@species] (23.1.2.2, 23.2.2.2)."""
    return this


# -- Map.prototype (23.1.3) -----------------------------------------------------------------

def map_proto_clear(this, *_):
    """Map.prototype.clear (23.1.3.1)."""
    _table_of(this, "Map", "clear").clear()
    return undefined


def map_proto_delete(this, key=undefined, *_):
    """Map.prototype.delete (23.1.3.3)."""
    return _table_of(this, "Map", "delete").delete(key)


def map_proto_get(this, key=undefined, *_):
    """Map.prototype.get (23.1.3.6)."""
    e = _table_of(this, "Map", "get").get_entry(key)
    return undefined if e is None else e[1]


def map_proto_has(this, key=undefined, *_):
    """Map.prototype.has (23.1.3.7)."""
    return _table_of(this, "Map", "has").get_entry(key) is not None


def map_proto_set(this, key=undefined, value=undefined, *_):
    """Map.prototype.set (23.1.3.9)."""
    _table_of(this, "Map", "set").set(key, value)
    return this


def map_proto_size(this, *_):
    """get Map.prototype.size (23.1.3.10)."""
    return float(len(_table_of(this, "Map", "size")))


def _for_each(table, obj, fn, this_arg):
    cursor = table.cursor()
    try:
        while True:
            e = table.next_entry(cursor)
            if e is None:
                return undefined
            yield fn, this_arg, (e[1], e[0], obj)
    finally:
        table.release(cursor)


def map_proto_forEach(this, fn=undefined, this_arg=undefined, *_):
    """Map.prototype.forEach (23.1.3.5): entries added during the loop are
    visited, deleted ones not yet visited are not."""
    table = _table_of(this, "Map", "forEach")
    if type(fn) is not FunctionType:
        throw_type_error("%s is not a function" % describe_value(fn))
    return drive(_for_each(table, this, fn, this_arg))


def map_proto_keys(this, *_):
    """Map.prototype.keys (23.1.3.8)."""
    return _iterator(this, "Map", "keys", "key")


def map_proto_values(this, *_):
    """Map.prototype.values (23.1.3.11)."""
    return _iterator(this, "Map", "values", "value")


def map_proto_entries(this, *_):
    """Map.prototype.entries and [@@iterator] (23.1.3.4, 23.1.3.12)."""
    return _iterator(this, "Map", "entries", "key+value")


# -- Set.prototype (23.2.3) -----------------------------------------------------------------

def set_proto_add(this, value=undefined, *_):
    """Set.prototype.add (23.2.3.1)."""
    table = _table_of(this, "Set", "add")
    if table.get_entry(value) is None:
        table.set(value, value)
    return this


def set_proto_clear(this, *_):
    """Set.prototype.clear (23.2.3.2)."""
    _table_of(this, "Set", "clear").clear()
    return undefined


def set_proto_delete(this, value=undefined, *_):
    """Set.prototype.delete (23.2.3.4)."""
    return _table_of(this, "Set", "delete").delete(value)


def set_proto_has(this, value=undefined, *_):
    """Set.prototype.has (23.2.3.7)."""
    return _table_of(this, "Set", "has").get_entry(value) is not None


def set_proto_size(this, *_):
    """get Set.prototype.size (23.2.3.9)."""
    return float(len(_table_of(this, "Set", "size")))


def set_proto_forEach(this, fn=undefined, this_arg=undefined, *_):
    """Set.prototype.forEach (23.2.3.6): callback(value, value, set)."""
    table = _table_of(this, "Set", "forEach")
    if type(fn) is not FunctionType:
        throw_type_error("%s is not a function" % describe_value(fn))
    return drive(_for_each(table, this, fn, this_arg))


def set_proto_values(this, *_):
    """Set.prototype.values, also keys and [@@iterator] (23.2.3.10, 23.2.3.8, 23.2.3.11)."""
    return _iterator(this, "Set", "values", "value")


def set_proto_entries(this, *_):
    """Set.prototype.entries (23.2.3.5): ``[v, v]`` pairs."""
    return _iterator(this, "Set", "entries", "key+value")


# -- Map and Set iterators (23.1.5, 23.2.5) -------------------------------------------------

class CollectionIteratorState:
    """[[Map]]/[[IteratedSet]]'s table (None once done), its cursor, and
    the iteration kind."""

    __slots__ = ("table", "cursor", "kind")

    def __init__(self, table, kind):
        self.table = table
        self.cursor = table.cursor()
        self.kind = kind


def _iterator(this, cls, method, kind):
    table = _table_of(this, cls, method)
    protos = current_realm().collection_iterator_prototypes
    return JSInternal(protos[cls], cls + " Iterator", CollectionIteratorState(table, kind))


def _iterator_next(this, cls):
    if type(this) is not JSInternal or type(this.value) is not CollectionIteratorState \
            or this.cls != cls + " Iterator":
        throw_incompatible_receiver("%s Iterator.prototype.next" % cls, this)
    state = this.value
    table = state.table
    if table is None:
        return iter_result(undefined, True)
    e = table.next_entry(state.cursor)
    if e is None:
        table.release(state.cursor)
        state.table = None
        return iter_result(undefined, True)
    kind = state.kind
    if kind == "key":
        return iter_result(e[0], False)
    if kind == "value":
        return iter_result(e[1], False)
    return iter_result(current_realm().new_array([e[0], e[1]]), False)


def map_iterator_next(this, *_):
    """%MapIteratorPrototype%.next (23.1.5.2.1)."""
    return _iterator_next(this, "Map")


def set_iterator_next(this, *_):
    """%SetIteratorPrototype%.next (23.2.5.2.1)."""
    return _iterator_next(this, "Set")


# -- installation ---------------------------------------------------------------------------

def _accessor(realm, fn, name):
    return Accessor(realm.native(fn, name, 0), undefined)


def install_collection(realm, cls, call, make_storage, adder_name, store, methods):
    """Constructor ``cls`` with its prototype and ``methods``; returns both."""
    proto = JSObject(realm.ObjectPrototype)
    construct, construct_for = collection_constructor(cls, make_storage, adder_name, store)
    ctor = realm.define_constructor(cls, call, 0, proto, construct)
    ctor.__dict__["construct_for"] = construct_for
    realm.define_methods(proto, methods)
    realm.define_value(proto, SYMBOL_TO_STRING_TAG, cls, C)
    ctor.__dict__["original_adder"] = proto.props[adder_name]
    return ctor, proto


def _store_entry(obj, k, v):
    obj.value.set(k, v)


def _store_value(obj, v):
    obj.value.set(v, v)


def _install_one(realm, cls, call, adder_name, store, methods, size_fn, aliases, next_fn):
    ctor, proto = install_collection(realm, cls, call, KeyedTable, adder_name, store, methods)
    realm.define_value(ctor, SYMBOL_SPECIES, _accessor(realm, species_getter, "get [Symbol.species]"), C)
    for alias, target in aliases:
        realm.define_value(proto, alias, proto.props[target], WC)
    realm.define_value(proto, "size", _accessor(realm, size_fn, "get size"), C)
    it_proto = JSObject(iteration_intrinsics(realm).iterator_prototype)
    realm.define_methods(it_proto, {"next": (next_fn, 0)})
    realm.define_value(it_proto, SYMBOL_TO_STRING_TAG, cls + " Iterator", C)
    realm.collection_iterator_prototypes[cls] = it_proto


def install(realm):
    realm.collection_iterator_prototypes = {}
    _install_one(realm, "Map", map_call, "set", _store_entry, {
        "clear": (map_proto_clear, 0), "delete": (map_proto_delete, 1),
        "entries": (map_proto_entries, 0), "forEach": (map_proto_forEach, 1),
        "get": (map_proto_get, 1), "has": (map_proto_has, 1), "keys": (map_proto_keys, 0),
        "set": (map_proto_set, 2), "values": (map_proto_values, 0),
    }, map_proto_size, ((SYMBOL_ITERATOR, "entries"),), map_iterator_next)
    _install_one(realm, "Set", set_call, "add", _store_value, {
        "add": (set_proto_add, 1), "clear": (set_proto_clear, 0), "delete": (set_proto_delete, 1),
        "entries": (set_proto_entries, 0), "forEach": (set_proto_forEach, 1),
        "has": (set_proto_has, 1), "values": (set_proto_values, 0),
    }, set_proto_size, (("keys", "values"), (SYMBOL_ITERATOR, "values")), set_iterator_next)
