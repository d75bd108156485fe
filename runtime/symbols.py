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


import itertools

_serials = itertools.count(1)


class JSSymbol:
    """A symbol value. ``description`` is a str or None (``Symbol()``).

    ``global_key`` is the str under which the global object stores a
    property keyed by this symbol: its property dict is the Python globals
    dict of compiled code, which must keep str keys only (CPython's
    LOAD_GLOBAL caches work on str-keyed dicts). "\\0@" starts no storage
    key of a str property (runtime/properties.py: global_storage_key).
    """

    __slots__ = ("description", "global_key", "__weakref__")

    def __init__(self, description=None):
        self.description = description
        self.global_key = "\0@%d" % next(_serials)

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
# Well-known symbols node has that nothing here gives a meaning to (yet):
# they exist so that scripts (and polyfills) naming them get the values.
SYMBOL_MATCH = _well_known("match")
SYMBOL_REPLACE = _well_known("replace")
SYMBOL_SEARCH = _well_known("search")
SYMBOL_SPLIT = _well_known("split")
SYMBOL_ASYNC_ITERATOR = _well_known("asyncIterator")
SYMBOL_MATCH_ALL = _well_known("matchAll")

WELL_KNOWN = {
    "iterator": SYMBOL_ITERATOR,
    "hasInstance": SYMBOL_HAS_INSTANCE,
    "toPrimitive": SYMBOL_TO_PRIMITIVE,
    "toStringTag": SYMBOL_TO_STRING_TAG,
    "species": SYMBOL_SPECIES,
    "isConcatSpreadable": SYMBOL_IS_CONCAT_SPREADABLE,
    "unscopables": SYMBOL_UNSCOPABLES,
    "match": SYMBOL_MATCH,
    "replace": SYMBOL_REPLACE,
    "search": SYMBOL_SEARCH,
    "split": SYMBOL_SPLIT,
    "asyncIterator": SYMBOL_ASYNC_ITERATOR,
    "matchAll": SYMBOL_MATCH_ALL,
}


def symbol_function_name(sym):
    """The ``name`` of a function stored under symbol key ``sym``
    (ES2015 9.2.11 SetFunctionName step 4): ``"[desc]"``, or ``""``."""
    return "[%s]" % sym.description if sym.description is not None else ""


def symbol_descriptive_string(sym):
    """SymbolDescriptiveString (19.4.3.2.1): ``String(sym)``."""
    return "Symbol(%s)" % (sym.description if sym.description is not None else "")
