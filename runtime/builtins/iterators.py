"""The built-in iterator objects (ES2015 25.1.2, 22.1.5, 21.1.5) and the
methods that make them: ``Array.prototype.keys/values/entries`` and
``[Symbol.iterator]``, ``String.prototype[Symbol.iterator]``, the
``[Symbol.iterator]`` of arguments objects.

%IteratorPrototype% and the Array/String iterator prototypes of a realm are
made on first use (:func:`intrinsics`); the Array and String methods are
added when the realm installs those modules (``realm.COMPANION_INSTALLS``).
Map and Set iterators live with their collections (``map_set.py``) and
inherit from the same %IteratorPrototype%.

``Array.prototype.values`` (which is also ``Array.prototype[Symbol.iterator]``
and every arguments object's) and ``String.prototype[Symbol.iterator]`` are
marked ``_ajgi_builtin_iter = "array"`` / ``"string"``: while a value's
iterator method is one of these, ``runtime.iteration`` reads the value
directly instead of making iterator objects (for-of, spread, destructuring).
"""

from runtime.conversions import to_object, to_string
from runtime.builtins.array_util import length_of
from runtime.builtins.pristine import ARRAY_ITERATION, watch
from runtime.errors import throw_type_error
from runtime.properties import get_prop
from runtime.realm import current_realm
from runtime.symbols import SYMBOL_ITERATOR, SYMBOL_TO_STRING_TAG
from runtime.values import C, JSInternal, JSObject, WC, make_object, null, undefined


class IterationIntrinsics:
    """A realm's iterator prototypes and the one ``values`` function that
    arrays and arguments objects share."""

    __slots__ = ("iterator_prototype", "array_iterator_prototype", "string_iterator_prototype",
                 "array_values")

    def __init__(self, realm):
        ip = self.iterator_prototype = JSObject(realm.ObjectPrototype)
        _define_symbol_method(realm, ip, SYMBOL_ITERATOR, iterator_proto_iterator, 0)
        aip = self.array_iterator_prototype = JSObject(ip)
        realm.define_methods(aip, {"next": (array_iterator_next, 0)})
        realm.define_value(aip, SYMBOL_TO_STRING_TAG, "Array Iterator", C)
        sip = self.string_iterator_prototype = JSObject(ip)
        realm.define_methods(sip, {"next": (string_iterator_next, 0)})
        realm.define_value(sip, SYMBOL_TO_STRING_TAG, "String Iterator", C)
        values = self.array_values = realm.native(array_proto_values, "values", 0)
        values.__dict__["_ajgi_builtin_iter"] = "array"
        # the direct reads of arrays stand for these methods (and for no
        # `return`, which IteratorClose would call)
        watch(realm, aip, ARRAY_ITERATION, ("next", "return"))
        watch(realm, ip, ARRAY_ITERATION, ("return",))


def intrinsics(realm):
    """The realm's :class:`IterationIntrinsics`, made on first use."""
    it = realm.iteration
    if it is None:
        it = realm.iteration = IterationIntrinsics(realm)
    return it


def _define_symbol_method(realm, target, sym, fn, length):
    """A built-in method stored under symbol key ``sym`` (writable,
    configurable, not enumerable), named "[description]" (9.2.11)."""
    realm.define_value(target, sym, realm.native(fn, "[%s]" % sym.description, length), WC)


def iter_result(value, done):
    """CreateIterResultObject (7.4.7)."""
    return make_object(current_realm().ObjectPrototype, {"value": value, "done": done})


def iterator_proto_iterator(this, *_):
    """%IteratorPrototype%[@@iterator] (25.1.2.1): returns ``this``."""
    return this


# -- Array iterators (22.1.5) --------------------------------------------------------------

class ArrayIteratorState:
    """[[IteratedObject]] (None once done), [[ArrayIteratorNextIndex]],
    [[ArrayIterationKind]]."""

    __slots__ = ("iterated", "index", "kind")

    def __init__(self, iterated, kind):
        self.iterated = iterated
        self.index = 0
        self.kind = kind


def create_array_iterator(o, kind):
    """CreateArrayIterator (22.1.5.1); ``kind``: "key", "value" or "key+value"."""
    realm = current_realm()
    return JSInternal(intrinsics(realm).array_iterator_prototype, "Array Iterator",
                      ArrayIteratorState(o, kind))


def array_iterator_next(this, *_):
    """%ArrayIteratorPrototype%.next (22.1.5.2.1): the length is read at
    every step, so elements pushed meanwhile are visited."""
    state = _iterator_state(this, ArrayIteratorState, "Array Iterator")
    a = state.iterated
    if a is None:
        return iter_result(undefined, True)
    index = state.index
    if index >= length_of(a):
        state.iterated = None
        return iter_result(undefined, True)
    state.index = index + 1
    kind = state.kind
    if kind == "key":
        return iter_result(float(index), False)
    value = get_prop(a, str(index))
    if kind == "value":
        return iter_result(value, False)
    return iter_result(current_realm().new_array([float(index), value]), False)


def _iterator_state(this, state_type, cls):
    """The receiver check both ``next`` methods start with: ``this`` must be
    an iterator made by this module with state of ``state_type``."""
    if type(this) is not JSInternal or type(this.value) is not state_type:
        from runtime.builtins.receivers import throw_incompatible_receiver

        throw_incompatible_receiver(cls + ".prototype.next", this)
    return this.value


def array_proto_keys(this, *_):
    """Array.prototype.keys (22.1.3.14)."""
    return create_array_iterator(_array_this(this, "keys"), "key")


def array_proto_values(this, *_):
    """Array.prototype.values and [@@iterator] (22.1.3.29, 22.1.3.30)."""
    return create_array_iterator(_array_this(this, "values"), "value")


def array_proto_entries(this, *_):
    """Array.prototype.entries (22.1.3.4)."""
    return create_array_iterator(_array_this(this, "entries"), "key+value")


def _array_this(this, method):
    if this is undefined or this is null:
        throw_type_error("Array.prototype.%s called on null or undefined" % method)
    return to_object(this)


def install_array_iteration(realm):
    """Array.prototype.keys/values/entries/[@@iterator] (one function for
    ``values`` and ``@@iterator``, as the spec says)."""
    proto = realm.ArrayPrototype
    values = intrinsics(realm).array_values
    realm.define_methods(proto, {"keys": (array_proto_keys, 0), "entries": (array_proto_entries, 0)})
    realm.define_value(proto, "values", values, WC)
    realm.define_value(proto, SYMBOL_ITERATOR, values, WC)
    watch(realm, proto, ARRAY_ITERATION, (SYMBOL_ITERATOR,))


def arguments_iterator(realm):
    """The value of every arguments object's own ``[Symbol.iterator]``
    (9.4.4.6 step 22): %ArrayProto_values%."""
    return intrinsics(realm).array_values


# -- String iterators (21.1.5) --------------------------------------------------------------

class StringIteratorState:
    """[[IteratedString]] (None once done), [[StringIteratorNextIndex]]."""

    __slots__ = ("iterated", "index")

    def __init__(self, s):
        self.iterated = s
        self.index = 0


def string_proto_iterator(this, *_):
    """String.prototype[@@iterator] (21.1.3.27)."""
    if this is undefined or this is null:
        throw_type_error("String.prototype[Symbol.iterator] called on null or undefined")
    s = to_string(this)
    realm = current_realm()
    return JSInternal(intrinsics(realm).string_iterator_prototype, "String Iterator", StringIteratorState(s))


def string_iterator_next(this, *_):
    """%StringIteratorPrototype%.next (21.1.5.2.1): one code point per step
    (a surrogate pair together, a lone surrogate alone)."""
    state = _iterator_state(this, StringIteratorState, "String Iterator")
    s = state.iterated
    if s is None:
        return iter_result(undefined, True)
    i = state.index
    if i >= len(s):
        state.iterated = None
        return iter_result(undefined, True)
    c = s[i]
    if "\ud800" <= c <= "\udbff" and i + 1 < len(s) and "\udc00" <= s[i + 1] <= "\udfff":
        c = s[i:i + 2]
    state.index = i + len(c)
    return iter_result(c, False)


def install_string_iteration(realm):
    """String.prototype[@@iterator]."""
    fn = realm.native(string_proto_iterator, "[Symbol.iterator]", 0)
    fn.__dict__["_ajgi_builtin_iter"] = "string"
    realm.define_value(realm.StringPrototype, SYMBOL_ITERATOR, fn, WC)
