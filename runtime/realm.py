"""A realm: one global object with its own set of built-ins (ES5.1 15).

Every script run gets a fresh realm, as ArozOS builds a fresh otto VM per
request, so a script that patches ``Array.prototype`` cannot affect another
request. The realm of the running script is held in the context variable
:data:`REALM`; each asyncio task (one per script) has its own context, so
interleaved scripts never see each other's realm.

Built-in modules (``runtime.builtins.*``) each export ``install(realm)``,
called in :data:`INSTALL_ORDER`. They create functions with
:meth:`Realm.native` / :meth:`Realm.define_methods`.
"""

import contextvars
import importlib
import types

from runtime.lazy import Pending, put_to_sleep, wake_up
from runtime.values import (
    C, JSArray, JSObject, JSPrimitiveWrapper, SharedAttrs, SharedProps, W, WC, WEC, null, undefined,
    mark_special, own_attrs, own_props,
)

REALM = contextvars.ContextVar("ajgi_realm")


def current_realm():
    """The realm of the script running in this context."""
    return REALM.get()


INSTALL_ORDER = (
    "object", "function", "error", "array", "string", "boolean", "number", "math",
    "json", "date", "regexp", "globals", "symbol", "map_set", "weak_collections",
)

ERROR_KINDS = ("Error", "EvalError", "RangeError", "ReferenceError", "SyntaxError", "TypeError", "URIError")

# Which built-in module makes each global of a realm. A lazy realm installs
# a module only when compiled code names one of its globals (the compiler
# announces them: ``_ajgi_ensure``, see ajgi_tx/compiler/needs.py), when
# code can reach the global object reflectively (eval, Function, ``this`` as
# a value: it asks for all), or when one of the module's prototypes is first
# used (``[].push``, a thrown TypeError: see runtime/lazy.py). Only the
# Function module is always installed: Function.prototype is itself a
# function, whose properties cannot wait behind a class switch.
GLOBAL_MODULES = {
    "Object": "object", "Function": "function", "Array": "array", "String": "string",
    "Boolean": "boolean", "Number": "number", "Math": "math", "JSON": "json", "Date": "date",
    "RegExp": "regexp", "Symbol": "symbol", "Map": "map_set", "Set": "map_set",
    "WeakMap": "weak_collections", "WeakSet": "weak_collections",
    "NaN": "globals", "Infinity": "globals", "undefined": "globals", "parseInt": "globals",
    "parseFloat": "globals", "isNaN": "globals", "isFinite": "globals", "encodeURI": "globals",
    "encodeURIComponent": "globals", "decodeURI": "globals", "decodeURIComponent": "globals",
    "escape": "globals", "unescape": "globals",
}
GLOBAL_MODULES.update((kind, "error") for kind in ERROR_KINDS)
EAGER_MODULES = ("function",)
# ES2015 methods another module adds to an ES5 module's objects, installed
# right after that module: module -> ((companion module, its installer), ...)
COMPANION_INSTALLS = {
    "array": (("iterators", "install_array_iteration"),),
    "string": (("iterators", "install_string_iteration"),),
}
# Modules whose prototypes must exist before they are installed (literals,
# primitives): they export create_intrinsics(realm). The others are only
# imported when installed (Date and JSON alone take ~10 ms to import).
INTRINSIC_MODULES = ("array", "string", "boolean", "number", "regexp", "symbol")

class JSGlobal(JSObject):
    """The global object; its ``props`` dict doubles as the Python globals
    dict of compiled code (see ``runtime.properties.global_storage_key``)."""

    __slots__ = ("symbol_keys",)
    is_global = True

    def __init__(self, proto, cls):
        JSObject.__init__(self, proto, cls)
        # storage key -> symbol, for the symbol-keyed properties
        # (runtime/properties.py: global_store_key)
        self.symbol_keys = None


JSObject.is_global = False


# length and name: read-only, configurable as in ES2015+ (node, test262)
_FUNCTION_ATTRS = SharedAttrs({"length": C, "name": C})
# (name, length) -> the shared, read-only props table of such functions
_FUNCTION_PROPS = {}


def init_function(f, realm, name, length, constructor=False):
    """Gives Python function ``f(this, *args)`` the JS function protocol.

    ``constructor=True`` adds a ``prototype`` object (user functions, and
    built-in constructors that set theirs afterwards).
    """
    d = f.__dict__
    key = (name, length)
    props = _FUNCTION_PROPS.get(key)
    if props is None:
        props = _FUNCTION_PROPS[key] = SharedProps({"length": float(length), "name": name})
    d["props"] = props
    d["attrs"] = _FUNCTION_ATTRS
    d["proto"] = realm.FunctionPrototype
    d["extensible"] = True
    d["special"] = True
    d["cls"] = "Function"
    d["fn_name"] = name
    if constructor:
        p = JSObject(realm.ObjectPrototype)
        p.props["constructor"] = f
        p.attrs = {"constructor": WC}
        own_props(f)["prototype"] = p
        d["attrs"] = {"length": C, "name": C, "prototype": W}
    else:
        d["no_construct"] = True
    return f


def copy_function(fn):
    """A fresh Python function object sharing ``fn``'s code (so each realm
    has its own function objects and property dicts)."""
    g = types.FunctionType(fn.__code__, fn.__globals__, fn.__name__, fn.__defaults__, fn.__closure__)
    g.__kwdefaults__ = fn.__kwdefaults__
    g.__qualname__ = fn.__qualname__
    return g


class DeferredGlobals:
    """The host globals of a realm still to be made: groups of names with
    their installer, shared by every realm that offers them (a tuple and a
    function of the embedding), plus the names made since. Costs a realm a
    list and a small set instead of a dict of every name."""

    __slots__ = ("groups", "done")

    def __init__(self):
        self.groups = []  # [(names, install)]
        self.done = None  # names made (or given up) since

    def add(self, names, install):
        self.groups.append((tuple(names), install))

    def __contains__(self, name):
        if self.done is not None and name in self.done:
            return False
        return any(name in names for names, _ in self.groups)

    def __bool__(self):
        return any(n not in (self.done or ()) for names, _ in self.groups for n in names)

    def names(self):
        return [n for names, _ in self.groups for n in names if n not in (self.done or ())]

    def group_of(self, name):
        """(the names still pending with ``name``'s installer, installer)."""
        for names, install in self.groups:
            if name in names:
                return [n for n in names if n in self], install
        raise KeyError(name)

    def finish(self, names):
        if self.done is None:
            self.done = set()
        self.done.update(names)


def _builtin_module(name):
    return importlib.import_module("runtime.builtins." + name)


class Realm:
    """Holds the intrinsic objects (%ObjectPrototype% ...) and the global."""

    # One realm per connection: slots keep the realm itself small; an
    # embedding that sets other attributes gets a __dict__ on demand.
    __slots__ = (
        "ObjectPrototype", "FunctionPrototype", "global_object", "error_prototypes",
        "constructors", "_thrower", "ArrayPrototype", "StringPrototype", "NumberPrototype",
        "BooleanPrototype", "DatePrototype", "RegExpPrototype", "ErrorPrototype", "eval_hook",
        "eval_function", "direct_eval_hook", "function_hook", "agi_ctx", "json_decoders",
        "pending", "deferred", "asleep", "SymbolPrototype", "symbol_registry", "iteration",
        "collection_iterator_prototypes", "global_lexicals", "__dict__")

    def __init__(self, lazy=False):
        """``lazy=True``: built-in modules wait until used (GLOBAL_MODULES)."""
        self.ObjectPrototype = JSObject(null)
        fp = self._make_function_prototype()
        self.FunctionPrototype = fp
        self.global_object = JSGlobal(self.ObjectPrototype, "global")
        self.error_prototypes = {}
        self.constructors = {}
        self._thrower = None
        # Prototypes set by the builtin modules' create_intrinsics / install:
        self.ArrayPrototype = None
        self.StringPrototype = None
        self.NumberPrototype = None
        self.BooleanPrototype = None
        self.DatePrototype = None
        self.RegExpPrototype = None
        self.ErrorPrototype = None
        self.SymbolPrototype = None
        self.symbol_registry = None  # Symbol.for's registry: key -> symbol (builtins/symbol.py)
        self.iteration = None  # the iterator prototypes, made on first use (builtins/iterators.py)
        self.collection_iterator_prototypes = None  # "Map"/"Set" -> iterator prototype (map_set.py)
        self.eval_hook = None  # set by the compiler's runtime bridge
        self.eval_function = None  # the global eval, once made (runtime/host.py)
        # the script's top-level let/const/class Env when global code made
        # from strings (indirect eval, new Function) may name them (host.py)
        self.global_lexicals = None
        self.agi_ctx = None  # the AGI script context using this realm (runtime/agi)
        self.json_decoders = None  # JSON.parse's decoders for this realm (builtins/json_decode.py)
        self.pending = set(INSTALL_ORDER)
        self.deferred = DeferredGlobals()  # host globals made on first use (defer_globals)
        self.asleep = {"object": [self.ObjectPrototype]}  # module -> its sleeping objects
        for module in INTRINSIC_MODULES:
            self.asleep[module] = _builtin_module(module).create_intrinsics(self)
        for module, objects in self.asleep.items():
            note = Pending(self, module)
            for o in objects:
                put_to_sleep(o, note)
        for module in (EAGER_MODULES if lazy else INSTALL_ORDER):
            self.wake_module(module)

    @property
    def throw_type_error_fn(self):
        """%ThrowTypeError% (13.2.3), made on first use (strict functions)."""
        if self._thrower is None:
            from runtime.abi import throw_type_error_function

            self._thrower = self.native(throw_type_error_function, "", 0)
        return self._thrower

    def wake_module(self, module):
        """Installs built-in ``module`` (``"array"``) unless it already is:
        its sleeping prototypes wake up and get their properties."""
        if module not in self.pending:
            return
        self.pending.discard(module)
        for o in self.asleep.pop(module, ()):
            wake_up(o)
        token = REALM.set(self)
        try:
            _builtin_module(module).install(self)
            for companion, installer in COMPANION_INSTALLS.get(module, ()):
                getattr(_builtin_module(companion), installer)(self)
        finally:
            REALM.reset(token)

    def defer_globals(self, names, install):
        """Host globals ``names`` come from ``install(name)``, called when
        compiled code first names one of them (or reaches the global object
        reflectively); until then they cost nothing. The embedding's way to
        offer many globals of which a script uses few (runtime/agi). An
        installer may define more of its names at once."""
        self.deferred.add(names, install)

    def is_reserved_global(self, name):
        """True when ``name`` is, or will be once asked for, a global of
        the realm: built-in, host (deferred or defined) or inherited."""
        from runtime.properties import has_property

        return name in GLOBAL_MODULES or name in self.deferred or has_property(self.global_object, name)

    def ensure(self, names):
        """Installs the built-in modules and deferred host globals of
        ``names`` (``"*"``: all) if missing."""
        everything = "*" in names
        if self.pending:
            if everything:
                wanted = self.pending
            else:
                wanted = {GLOBAL_MODULES[n] for n in names if n in GLOBAL_MODULES}
            for module in INSTALL_ORDER:
                if module in wanted:
                    self.wake_module(module)
        if self.deferred:
            for name in (self.deferred.names() if everything else names):
                if name in self.deferred:
                    self._run_deferred(name)

    def _run_deferred(self, name):
        group, install = self.deferred.group_of(name)
        # A global the script made itself stays: in a full realm the host's
        # would have come first and been replaced by the script's.
        g = self.global_object
        own = {n: (g.props[n], (g.attrs or {}).get(n)) for n in group if n in g.props}
        token = REALM.set(self)
        try:
            install(name)
        finally:
            REALM.reset(token)
        made = [name]
        for n in group:
            if n in own:
                value, attrs = own[n]
                g.props[n] = value
                if attrs is None:
                    if g.attrs is not None:
                        g.attrs.pop(n, None)
                else:
                    g.attrs[n] = attrs
            if n in g.props:
                made.append(n)
        self.deferred.finish(made)

    def _make_function_prototype(self):
        def function_prototype(this, *args):
            return undefined

        d = function_prototype.__dict__
        d["props"] = {"length": 0.0, "name": ""}
        d["attrs"] = {"length": C, "name": C}  # configurable as in ES2015+ (node, test262)
        d["proto"] = self.ObjectPrototype
        d["extensible"] = True
        d["special"] = True
        d["cls"] = "Function"
        d["fn_name"] = ""
        d["no_construct"] = True
        return function_prototype

    # -- building built-ins ---------------------------------------------------

    def native(self, fn, name, length, constructor=None):
        """A per-realm copy of host function ``fn`` as a JS function.

        ``constructor``, when given, is a Python callable ``(*args) -> obj``
        used by ``new`` instead of the generic [[Construct]].
        """
        g = copy_function(fn)
        init_function(g, self, name, length)
        if constructor is not None:
            g.__dict__["construct"] = constructor
            del g.__dict__["no_construct"]
        return g

    def define_methods(self, target, methods):
        """Adds built-in methods to ``target``: ``{name: (fn, length)}``.

        Methods are writable, configurable and not enumerable (15 intro).
        """
        props = own_props(target)
        attrs = own_attrs(target)
        for name, (fn, length) in methods.items():
            props[name] = self.native(fn, name, length)
            attrs[name] = WC

    def define_value(self, target, name, value, attrs=WC):
        """Adds a data property with explicit attributes (e.g. Math.PI: 0)."""
        own_props(target)[name] = value
        if attrs != WEC:
            own_attrs(target)[name] = attrs
            if not attrs & W:
                mark_special(target)

    def define_constructor(self, name, fn, length, prototype, construct=None):
        """Installs global constructor ``name`` with its ``prototype``.

        ``fn`` handles ``Ctor(...)`` calls, ``construct`` handles ``new``.
        """
        ctor = self.native(fn, name, length, construct)
        own_props(ctor)["prototype"] = prototype
        own_attrs(ctor)["prototype"] = 0
        prototype.props["constructor"] = ctor
        if prototype.attrs is None:
            prototype.attrs = {}
        prototype.attrs["constructor"] = WC
        self.define_value(self.global_object, name, ctor)
        self.constructors[name] = ctor
        return ctor

    # -- values the runtime creates --------------------------------------------

    def new_object(self):
        return JSObject(self.ObjectPrototype)

    def new_array(self, items=None):
        return JSArray(self.ArrayPrototype, list(items) if items is not None else [])

    def new_wrapper(self, cls, value):
        proto = {"String": self.StringPrototype, "Number": self.NumberPrototype,
                 "Boolean": self.BooleanPrototype, "Symbol": self.SymbolPrototype}[cls]
        return JSPrimitiveWrapper(proto, cls, value)

    def arguments_iterator(self):
        """The ``[Symbol.iterator]`` of arguments objects (%ArrayProto_values%)."""
        return _builtin_module("iterators").arguments_iterator(self)

    def make_error(self, kind, message):
        """A new error object of constructor name ``kind`` (15.11)."""
        from runtime.builtins.error import new_error

        return new_error(self, kind, message)
