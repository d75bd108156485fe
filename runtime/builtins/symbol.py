"""Symbol (ES2015 19.4): the constructor, the registry of ``Symbol.for``,
the well-known symbols and Symbol.prototype.

Symbols themselves are :class:`runtime.symbols.JSSymbol` values (process-wide
for the well-known ones); this module only makes the per-realm objects.
The registry of ``Symbol.for`` is per realm: every script run is its own
world, and a registry shared by all scripts of a server would only grow.
"""

from runtime.conversions import describe_value, to_string
from runtime.errors import throw_type_error
from runtime.realm import current_realm
from runtime.symbols import (
    JSSymbol, SYMBOL_TO_PRIMITIVE, SYMBOL_TO_STRING_TAG, WELL_KNOWN, symbol_descriptive_string,
)
from runtime.values import Accessor, C, JSObject, JSPrimitiveWrapper, own_attrs, own_props, undefined


def this_symbol_value(this, method):
    """thisSymbolValue (19.4.3): the symbol in ``this`` or a TypeError."""
    if type(this) is JSSymbol:
        return this
    if type(this) is JSPrimitiveWrapper and this.cls == "Symbol":
        return this.value
    throw_type_error("Symbol.prototype.%s requires that 'this' be a Symbol" % method)


def symbol_call(this, description=undefined, *_):
    """Symbol([description]) (19.4.1.1)."""
    return JSSymbol(None if description is undefined else to_string(description))


def symbol_construct(*_):
    """``new Symbol()`` (19.4.1: Symbol is not a constructor)."""
    throw_type_error("Symbol is not a constructor")


def symbol_for(this, key=undefined, *_):
    """Symbol.for(key) (19.4.2.1): one symbol per key in the realm's registry."""
    key = to_string(key)
    realm = current_realm()
    registry = realm.symbol_registry
    if registry is None:
        registry = realm.symbol_registry = {}
    sym = registry.get(key)
    if sym is None:
        sym = registry[key] = JSSymbol(key)
    return sym


def symbol_keyFor(this, sym=undefined, *_):
    """Symbol.keyFor(sym) (19.4.2.5): the registry key of ``sym``, else undefined."""
    if type(sym) is not JSSymbol:
        throw_type_error("%s is not a symbol" % _show(sym))
    # a registered symbol's description is its key
    registry = current_realm().symbol_registry
    if registry is not None and registry.get(sym.description) is sym:
        return sym.description
    return undefined


def _show(v):
    """The value as node's "... is not a symbol" names it."""
    return v if type(v) is str else describe_value(v)


def symbol_proto_toString(this, *_):
    """Symbol.prototype.toString (19.4.3.2)."""
    return symbol_descriptive_string(this_symbol_value(this, "toString"))


def symbol_proto_valueOf(this, *_):
    """Symbol.prototype.valueOf (19.4.3.3)."""
    return this_symbol_value(this, "valueOf")


def symbol_proto_toPrimitive(this, hint=undefined, *_):
    """Symbol.prototype[@@toPrimitive] (19.4.3.4)."""
    return this_symbol_value(this, "[Symbol.toPrimitive]")


def symbol_proto_description(this, *_):
    """get Symbol.prototype.description (ES2019 19.4.3.2; node has it)."""
    d = this_symbol_value(this, "description").description
    return undefined if d is None else d


def create_intrinsics(realm):
    """Symbol.prototype (an ordinary object), created asleep (runtime/lazy.py);
    ``special``: its @@toPrimitive and @@toStringTag are read-only."""
    realm.SymbolPrototype = JSObject(realm.ObjectPrototype)
    realm.SymbolPrototype.special = True
    return [realm.SymbolPrototype]


def install(realm):
    proto = realm.SymbolPrototype
    ctor = realm.define_constructor("Symbol", symbol_call, 0, proto, symbol_construct)
    realm.define_methods(ctor, {"for": (symbol_for, 1), "keyFor": (symbol_keyFor, 1)})
    for name, sym in WELL_KNOWN.items():
        realm.define_value(ctor, name, sym, 0)
    realm.define_methods(proto, {"toString": (symbol_proto_toString, 0), "valueOf": (symbol_proto_valueOf, 0)})
    realm.define_value(proto, SYMBOL_TO_PRIMITIVE,
                       realm.native(symbol_proto_toPrimitive, "[Symbol.toPrimitive]", 1), C)
    realm.define_value(proto, SYMBOL_TO_STRING_TAG, "Symbol", C)
    realm.define_value(proto, "description",
                       Accessor(realm.native(symbol_proto_description, "get description", 0), undefined), C)
