"""The JavaScript value model shared by compiled modules and built-ins.

Representation (the contract every built-in and the compiler rely on):

=================  ==========================================================
JS value           Python value
=================  ==========================================================
undefined          ``undefined`` (singleton of :class:`Undefined`)
null               ``null`` (singleton of :class:`Null`)
boolean            ``True`` / ``False``
number             **always** a Python ``float`` (never ``int``: ints must not
                   leak out of built-ins, wrap them with ``float()``)
string             ``str`` holding UTF-16 *code units*, one per character:
                   astral characters are stored as surrogate pairs so that
                   ``len()`` and indexing are JS ``length`` and ``[i]``
                   (see :func:`js_string` / :func:`py_string` at I/O borders)
object             :class:`JSObject` (and subclasses)
function           a plain Python function ``fn(this, *args)`` carrying the
                   object protocol below as attributes in its ``__dict__``
=================  ==========================================================

The object protocol (JSObject slots, or attributes on a function):
``props`` (dict key -> value; an :class:`Accessor` value marks an accessor
property), ``attrs`` (``None`` or dict key -> attribute bits; a key that is
missing there has the default ``WEC``), ``proto`` (object or ``null``),
``extensible`` (bool), ``special`` (True once any own property is read-only
or an accessor: lets ``[[Put]]`` skip prototypes that cannot intercept it),
``cls`` (the spec's [[Class]]).

Property keys are ``str`` or ``runtime.symbols.JSSymbol`` (ES2015 symbol
keys live in the same ``props``/``attrs`` dicts; the listings that must not
see them, for-in and ``Object.keys``, filter them out). Nothing here exposes Python attributes to
scripts: every script-visible property read goes through ``runtime.properties``.
"""

import types
import weakref

FunctionType = types.FunctionType

# Property attribute bits (ES5.1 8.6.1).
W = 1  # [[Writable]]
E = 2  # [[Enumerable]]
C = 4  # [[Configurable]]
WEC = W | E | C
WC = W | C  # the attributes of built-in methods


def _nan_op(self, other=None):
    return _NAN


def _false_op(self, other):
    return False


_NAN = float("nan")


class Undefined:
    """``undefined``. Arithmetic on it gives NaN and comparisons give False,
    as JS's ToNumber(undefined) is NaN: this lets compiled code use plain
    float operators on number-only locals that are still unassigned
    (see ajgi_tx/compiler/numeric.py)."""

    __slots__ = ()

    def __repr__(self):
        return "undefined"

    def __bool__(self):
        return False

    def __reduce__(self):
        return "undefined"

    __add__ = __radd__ = __sub__ = __rsub__ = __mul__ = __rmul__ = _nan_op
    __truediv__ = __rtruediv__ = __mod__ = __rmod__ = _nan_op
    __neg__ = __pos__ = _nan_op
    __lt__ = __le__ = __gt__ = __ge__ = _false_op


class Null:
    __slots__ = ()

    def __repr__(self):
        return "null"

    def __bool__(self):
        return False

    def __reduce__(self):
        return "null"


undefined = Undefined()
null = Null()


class _Hole:
    """Marks a missing element in a dense array (``[1, , 3]``)."""

    __slots__ = ()

    def __repr__(self):
        return "<hole>"


HOLE = _Hole()
# Returned by dict lookups for "no such own property"; never a JS value.
MISSING = _Hole()


class Accessor:
    """An accessor property's getter/setter pair (either may be undefined)."""

    __slots__ = ("get", "set")

    def __init__(self, get=undefined, set=undefined):
        self.get = get
        self.set = set


class SharedAttrs(dict):
    """An attribute table shared by many objects (every built-in method has
    ``{"length": C, "name": C}``): saves a dict per function per realm.
    It refuses to change; writers call :func:`own_attrs` first, so a missed
    writer fails loudly instead of leaking a change into other realms."""

    __slots__ = ()

    def _refuse(self, *args, **kwargs):
        raise TypeError("shared attribute table")

    __setitem__ = __delitem__ = pop = popitem = clear = update = setdefault = _refuse


class SharedProps(dict):
    """A property table shared by the same built-in method in every realm
    (``{"length": 1.0, "name": "push"}``); like :class:`SharedAttrs` it
    refuses to change and writers call :func:`own_props` first."""

    __slots__ = ()

    def _refuse(self, *args, **kwargs):
        raise TypeError("shared property table")

    __setitem__ = __delitem__ = pop = popitem = clear = update = setdefault = _refuse


# A number kernel's def (compiler/lower/kernels.py) is named after the
# function it copies; other runtime-named code has no JS name.
KERNEL_PREFIX = "_ajgi_k_"


def js_code_name(name):
    """The JS function name a stack trace shows for a compiled code object
    named ``name`` ("" for the script's top level and runtime-named code)."""
    if name.startswith("_ajgi_"):
        return name[len(KERNEL_PREFIX):] if name.startswith(KERNEL_PREFIX) else ""
    return "" if name == "<module>" else name


def own_props(o):
    """``o.props`` as a dict ``o`` owns (copied from a shared table)."""
    p = o.props
    if type(p) is SharedProps:
        p = o.__dict__["props"] = dict(p)  # only functions carry shared tables
    return p


def own_attrs(o):
    """``o.attrs`` as a dict ``o`` owns (copied from a shared table, or new)."""
    a = o.attrs
    if a is None:
        a = o.attrs = {}
    elif type(a) is SharedAttrs:
        a = o.attrs = dict(a)
    return a


class JSObject:
    """A native ECMAScript object (ES5.1 8.6)."""

    __slots__ = ("props", "attrs", "proto", "extensible", "special", "cls", "__weakref__")

    def __init__(self, proto, cls="Object"):
        self.props = {}
        self.attrs = None
        self.proto = proto
        self.extensible = True
        self.special = False
        self.cls = cls

    def __repr__(self):
        return "<JSObject %s %r>" % (self.cls, list(self.props)[:8])


class JSArray(JSObject):
    """An Array exotic object.

    Dense storage: ``elems`` is a Python list whose slots are values or
    :data:`HOLE`, and ``length == len(elems)``. Once a write would make the
    list absurdly large (``a[4294967294] = 1``, ``a.length = 1e9``) the array
    switches to sparse storage: ``elems`` is ``None``, ``sparse`` maps int
    index -> value and ``length`` holds the length. ``props`` holds the
    non-index properties only; ``length`` is never stored in ``props``.
    """

    __slots__ = ("elems", "sparse", "length", "length_writable")

    def __init__(self, proto, elems=None):
        JSObject.__init__(self, proto, "Array")
        self.elems = [] if elems is None else elems
        self.sparse = None
        self.length = 0
        self.length_writable = True


class JSPrimitiveWrapper(JSObject):
    """Boolean, Number and String objects (``new String("ab")``)."""

    __slots__ = ("value",)

    def __init__(self, proto, cls, value):
        JSObject.__init__(self, proto, cls)
        self.value = value


class JSInternal(JSObject):
    """An object with one internal slot, e.g. Date's time value or a RegExp's
    compiled pattern; ``cls`` says which."""

    __slots__ = ("value",)

    def __init__(self, proto, cls, value=None):
        JSObject.__init__(self, proto, cls)
        self.value = value


class JSArguments(JSObject):
    """An arguments object; ``mapped`` maps index keys to (getter, setter)
    pairs that alias the function's named parameters (sloppy mode)."""

    __slots__ = ("mapped",)

    def __init__(self, proto):
        JSObject.__init__(self, proto, "Arguments")
        self.mapped = None


# The slots of a new plain object but ``props`` and ``proto``, as
# make_object stores them: compiler/lower/count_loops.py writes these
# stores in place of its call where a loop builds many objects
# (tests/unit/test_perf_alloc.py holds the two to JSObject's slots).
PLAIN_OBJECT_SLOTS = (("attrs", None), ("extensible", True), ("special", False), ("cls", "Object"))


def make_object(proto, props):
    """A plain object owning dict ``props`` (no __init__: the allocation
    fast path for literals and built-ins that build many objects)."""
    o = _new(JSObject)
    o.props = props
    o.attrs = None
    o.proto = proto
    o.extensible = True
    o.special = False
    o.cls = "Object"
    return o


def make_array(proto, elems, props=None):
    """A dense array owning list ``elems`` (values or HOLE), optionally with
    extra non-index properties ``props``."""
    a = _new(JSArray)
    a.props = {} if props is None else props
    a.attrs = None
    a.proto = proto
    a.extensible = True
    a.special = False
    a.cls = "Array"
    a.elems = elems
    a.sparse = None
    a.length = 0
    a.length_writable = True
    return a


_new = object.__new__


def is_object(v):
    """True for every JS object, functions included."""
    return isinstance(v, JSObject) or type(v) is FunctionType


ARRAY_INDEX_LIMIT = 4294967295  # 2**32 - 1: indices are below it

# The one sparse-array rule: an array stays dense (a Python list with HOLE
# gaps) while a store leaves a gap of at most SPARSE_GAP holes past its end;
# a larger gap switches it to a dict (JSArray.sparse). Used by [[Put]]
# (properties.py), [[DefineOwnProperty]] of length (descriptors.py) and the
# builders of built-in results (builtins/array_util.py).
SPARSE_GAP = 1 << 20


def stays_dense(length, index):
    """True when storing at ``index`` keeps a dense array of ``length`` dense."""
    return index - length <= SPARSE_GAP


def record_attributes(o, key, value, bits):
    """The one attribute rule: records property ``key``'s attribute
    ``bits`` (8.6.1) on ``o``. Writable+enumerable+configurable data, the
    common case, is no entry at all; an accessor keeps only E and C; and
    any accessor or read-only property sets ``o.special``, which makes
    [[Put]] consult the attributes (ops.put_prop)."""
    if type(value) is Accessor:
        bits &= E | C
    elif bits == WEC:
        if o.attrs:
            own_attrs(o).pop(key, None)
        return
    own_attrs(o)[key] = bits
    if type(value) is Accessor or not (bits & W):
        mark_special(o)


def mark_special(o):
    """``o`` gets an accessor or a read-only own property: [[Put]] consults
    its attributes from now on, and a fast path relying on ``o`` lets go."""
    if not o.special:
        o.special = True
        withdraw_fast_paths(o)


# id(object) -> (weak reference to it, what to run once, the first time it
# becomes ``special`` or gets another prototype, to withdraw the compiled
# fast paths that rely on it: runtime/builtins/pristine.py). Keyed by id, not
# a WeakKeyDictionary: realm set-up marks hundreds of built-ins special, and
# a dict lookup by id is much cheaper than making a weak reference to each.
# The reference's callback drops the entry with the object, so a realm's
# prototypes go with it.
_FAST_PATH_WATCHES = {}


def watch_fast_path(o, withdraw):
    """Runs ``withdraw()`` once ``o`` becomes special or gets another prototype."""
    key = id(o)
    entry = _FAST_PATH_WATCHES.get(key)
    if entry is None:
        entry = _FAST_PATH_WATCHES[key] = (weakref.ref(o, lambda _, key=key: _FAST_PATH_WATCHES.pop(key, None)), [])
    entry[1].append(withdraw)


def withdraw_fast_paths(o):
    # an entry is removed when its object dies: one found is o's own
    entry = _FAST_PATH_WATCHES.pop(id(o), None)
    if entry is not None:  # dropping the reference: its callback never runs
        for withdraw in entry[1]:
            withdraw()


def array_index(key):
    """Returns the int index for a canonical array-index string, else -1
    (a symbol key is never an index)."""
    if type(key) is str and key.isdigit() and (key == "0" or key[0] != "0") and key.isascii():
        n = int(key)
        if n < ARRAY_INDEX_LIMIT:
            return n
    return -1


def js_string(s):
    """Converts a Python text string to the UTF-16 code-unit form."""
    if s.isascii():
        return s
    if len(s) == 1:  # decodeURI of one multi-byte sequence: no max() (~1.4k instructions)
        if s <= "\uffff":
            return s
        cp = ord(s)
        return _HIGH_SURROGATES[cp >> 10] + _LOW_SURROGATES[cp & 0x3FF]
    if max(s) <= "\uffff":
        return s
    return "".join([ch if ch <= "\uffff" else _surrogate_pair(ord(ch)) for ch in s])


# The UTF-16 pair of astral code point cp is 0xD800 + ((cp - 0x10000) >> 10)
# and 0xDC00 + (cp & 0x3FF): its units by table (chr() of a code past 255
# makes a new str, about 800 instructions), the high one indexed by cp >> 10
# (64..1087 for U+10000..U+10FFFF).
_HIGH_SURROGATES = [chr(0xD7C0 + i) if i >= 64 else "" for i in range(1088)]
_LOW_SURROGATES = [chr(0xDC00 + i) for i in range(1024)]


def _surrogate_pair(cp):
    """The UTF-16 pair of astral code point ``cp``."""
    return _HIGH_SURROGATES[cp >> 10] + _LOW_SURROGATES[cp & 0x3FF]


def py_string(s):
    """Converts a JS code-unit string to real text: pairs are joined and lone
    surrogates become U+FFFD, so the result always encodes as UTF-8."""
    if s.isascii():
        return s
    return s.encode("utf-16-le", "surrogatepass").decode("utf-16-le", "replace")
