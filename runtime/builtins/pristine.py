"""Built-in objects whose methods compiled code may call directly.

``a.push(v)`` or ``String.fromCharCode(c)`` is a property read (with a
prototype walk and an accessor check) and a call; the read costs as much
as the work for the usual cases. Compiled code may skip it when the
receiver's method would be found on a built-in object (``Array.prototype``
for an array without an own ``push``; the ``String`` constructor) whose
property of that name was never written or deleted since the realm
installed it (compiler/lower/intrinsics.py)::

    String.fromCharCode(c)  ->  (_ajgi_CHAR_OF_CODE.get(c) or _ajgi_char_from_code(c)) if String is _ajgi_pristine_String
                                else <the generic call>

``_ajgi_pristine_String``, ``_ajgi_pristine_ArrayPrototype``, ``_ajgi_pristine_StringPrototype`` and ``_ajgi_pristine_RegExpPrototype`` are per-realm
entries of the global dict (runtime-private, see
``ops.global_storage_key``) naming the String constructor and the Array,
String and RegExp prototypes while their methods are as installed, and
None (never a JS value) from the first change on. The property tables
watch themselves (:class:`WatchedProps`), so no writer has to know.
"""

import weakref

from runtime.values import own_props, watch_fast_path


class WatchedProps(dict):
    """A built-in object's own property table that, on the first change of
    a key compiled code relies on, withdraws the object from compiled fast
    paths by setting ``store[entry]`` to None, for each ``(store, entry,
    keys)`` watching it (``keys`` None: every key). A polyfill adding
    ``Array.prototype.last`` leaves ``push`` fast. Reads cost what a plain
    dict's do."""

    __slots__ = ("_watches",)

    def _changed(self, k=None):
        for store, entry, keys in self._watches:
            if k is None or keys is None or k in keys:
                store[entry] = None

    def __setitem__(self, k, v):
        self._changed(k)
        dict.__setitem__(self, k, v)

    def __delitem__(self, k):
        self._changed(k)
        dict.__delitem__(self, k)

    def __ior__(self, other):
        self._changed()
        return dict.__ior__(self, other)

    def pop(self, k, *default):
        self._changed(k)
        return dict.pop(self, k, *default)

    def popitem(self):
        self._changed()
        return dict.popitem(self)

    def setdefault(self, k, default=None):
        if k not in self:
            self._changed(k)
        return dict.setdefault(self, k, default)

    def update(self, *args, **kwargs):
        self._changed()
        dict.update(self, *args, **kwargs)

    def clear(self):
        self._changed()
        dict.clear(self)


def watch(realm, obj, entry, keys=None):
    """From now on a change of one of ``obj``'s own properties ``keys``
    (None: any) sets the realm's global ``entry`` to None. ``obj`` must be
    fully installed (its table is swapped for a watched copy once)."""
    props = own_props(obj)
    if type(props) is not WatchedProps:
        props = WatchedProps(props)
        props._watches = ()
        obj.props = props
    props._watches += ((realm.global_object.props, entry, None if keys is None else frozenset(keys)),)


def publish(realm, obj, entry, keys=None):
    """Offers built-in ``obj`` (a constructor or prototype, fully installed)
    to compiled fast paths as the realm's global ``entry`` (``"_ajgi_pristine_ArrayPrototype"``)
    until one of its own properties ``keys`` (the methods compiled code
    calls directly; None: any) changes."""
    watch(realm, obj, entry, keys)
    realm.global_object.props[entry] = obj


# Array iteration (for-of, spread, array destructuring) reads an array's
# elements directly while the realm's entry ARRAY_ITERATION is the realm's
# Array.prototype (set when the realm is bound, runtime/abi.py), i.e. while
# an array whose prototype is that object iterates exactly as
# %ArrayIteratorPrototype%.next would. Compiled code tests
# ``a.proto is _ajgi_pristine_ArrayIteration``: one identity check for "an
# array of this realm" and "iteration is untouched". What ends it: a change
# of Array.prototype[Symbol.iterator] (runtime/builtins/iterators.py
# watches it once installed), of %ArrayIteratorPrototype%.next or of a
# ``return`` method on it or %IteratorPrototype% (IteratorClose would call
# it), or an own Symbol.iterator on any array (runtime/properties.py calls
# array_iteration_changed).
ARRAY_ITERATION = "_ajgi_pristine_ArrayIteration"


def publish_array_iteration(realm):
    """A new realm's arrays iterate as built (nothing ran yet)."""
    realm.global_object.props[ARRAY_ITERATION] = realm.ArrayPrototype


def array_iteration_changed(realm):
    """An own ``Symbol.iterator`` was given to an array of ``realm``."""
    realm.global_object.props[ARRAY_ITERATION] = None


# ``a.push(v)`` inlined (compiler/lower/intrinsics.py) appends to the list
# itself when ``a.proto is _ajgi_plain_ArrayPrototype``: the realm's
# Array.prototype while neither it nor Object.prototype has an accessor or a
# read-only own property (``special``: a setter or a read-only index could
# intercept the new element), its prototype is Object.prototype (whose
# own prototype is always null) and its ``push`` is the built-in (so an
# array without an own ``push`` reads it unobservably). One identity test
# in place of five; the entry is None from the first change on
# (values.mark_special, object.set_prototype_of, a write of
# Array.prototype.push), never restored.
PLAIN_ARRAY_PROTOTYPE = "_ajgi_plain_ArrayPrototype"


def publish_plain_array_prototype(realm):
    """Called once Array.prototype is installed."""
    ap, op = realm.ArrayPrototype, realm.ObjectPrototype
    g = realm.global_object
    if ap.special or op.special or ap.proto is not op:
        g.props[PLAIN_ARRAY_PROTOTYPE] = None
        return
    g.props[PLAIN_ARRAY_PROTOTYPE] = ap
    global_ref = weakref.ref(g)  # the watch must not keep the realm alive

    def withdraw():
        g = global_ref()
        if g is not None:
            g.props[PLAIN_ARRAY_PROTOTYPE] = None

    watch_fast_path(ap, withdraw)
    watch_fast_path(op, withdraw)
    watch(realm, ap, PLAIN_ARRAY_PROTOTYPE, ("push",))
