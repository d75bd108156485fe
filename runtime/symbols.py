"""The JS Symbol primitive (ES2015 19.4) as a property key.

A symbol is a :class:`JSSymbol` instance: hashable by identity, so it is a
dict key beside the ``str`` keys of ``props``/``attrs``. The value model's
rule "property keys are str" becomes "str or JSSymbol"; everything that
lists keys for for-in, ``Object.keys``, ``JSON.stringify`` and
``Object.getOwnPropertyNames`` keeps only ``str`` keys (``type(k) is str``),
``Object.getOwnPropertySymbols`` only the symbols.

The well-known symbols are process-wide singletons (one value in every
realm, as the spec says they are shared by all realms), so compiled code and
built-ins can name them without a realm.
"""


class JSSymbol:
    """A symbol value. ``description`` is a str or None (``Symbol()``)."""

    __slots__ = ("description", "__weakref__")

    def __init__(self, description=None):
        self.description = description

    def __repr__(self):
        return "Symbol(%s)" % (self.description or "")

    def __reduce__(self):
        # A symbol is an identity: it must never be copied into another
        # realm or process as if it were the same value.
        raise TypeError("a JS Symbol cannot be serialised")


def _well_known(name):
    return JSSymbol("Symbol." + name)


# The well-known symbols (ES2015 6.1.5.1) this runtime gives meaning to.
SYMBOL_ITERATOR = _well_known("iterator")
SYMBOL_HAS_INSTANCE = _well_known("hasInstance")
SYMBOL_TO_PRIMITIVE = _well_known("toPrimitive")
SYMBOL_TO_STRING_TAG = _well_known("toStringTag")
SYMBOL_SPECIES = _well_known("species")
SYMBOL_IS_CONCAT_SPREADABLE = _well_known("isConcatSpreadable")
SYMBOL_UNSCOPABLES = _well_known("unscopables")

WELL_KNOWN = {
    "iterator": SYMBOL_ITERATOR,
    "hasInstance": SYMBOL_HAS_INSTANCE,
    "toPrimitive": SYMBOL_TO_PRIMITIVE,
    "toStringTag": SYMBOL_TO_STRING_TAG,
    "species": SYMBOL_SPECIES,
    "isConcatSpreadable": SYMBOL_IS_CONCAT_SPREADABLE,
    "unscopables": SYMBOL_UNSCOPABLES,
}


def symbol_descriptive_string(sym):
    """SymbolDescriptiveString (19.4.3.2.1): ``String(sym)``."""
    return "Symbol(%s)" % (sym.description if sym.description is not None else "")
