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

from runtime.values import (
    C, FunctionType, JSArray, JSObject, JSPrimitiveWrapper, SharedAttrs, SharedProps, W, WC, WEC, null, undefined,
    own_attrs, own_props,
)

REALM = contextvars.ContextVar("ajgi_realm")


def current_realm():
    """The realm of the script running in this context."""
    return REALM.get()


INSTALL_ORDER = (
    "object", "function", "error", "array", "string", "boolean", "number", "math",
    "json", "date", "regexp", "globals",
)

# Globals a lazy realm installs only when the code run in it can reach them:
# each is reachable through its global name only (no literal, conversion or
# prototype chain leads to Math, JSON or Date objects), so compiled code
# announces the ones it names (``_ajgi_ensure``), and code that can reach
# the global object reflectively (eval, Function, `this` as a value) asks
# for all. Together they are ~40% of a realm's function objects.
LAZY_GLOBALS = {"Math": "math", "JSON": "json", "Date": "date"}

ERROR_KINDS = ("Error", "EvalError", "RangeError", "ReferenceError", "SyntaxError", "TypeError", "URIError")


class JSGlobal(JSObject):
    """The global object; its ``props`` dict doubles as the Python globals
    dict of compiled code (see ``runtime.ops.global_storage_key``)."""

    __slots__ = ()
    is_global = True


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


class Realm:
    """Holds the intrinsic objects (%ObjectPrototype% ...) and the global."""

    def __init__(self, lazy=False):
        self.ObjectPrototype = JSObject(null)
        fp = self._make_function_prototype()
        self.FunctionPrototype = fp
        self.global_object = JSGlobal(self.ObjectPrototype, "global")
        self.error_prototypes = {}
        self.constructors = {}
        self.throw_type_error_fn = None
        # Prototypes set by the builtin modules' install():
        self.ArrayPrototype = None
        self.StringPrototype = None
        self.NumberPrototype = None
        self.BooleanPrototype = None
        self.DatePrototype = None
        self.RegExpPrototype = None
        self.ErrorPrototype = None
        self.eval_hook = None  # set by the compiler's runtime bridge
        self.pending = set(LAZY_GLOBALS.values()) if lazy else set()
        token = REALM.set(self)
        try:
            for name in INSTALL_ORDER:
                if name not in self.pending:
                    self._install(name)
        finally:
            REALM.reset(token)

    def _install(self, module):
        try:
            mod = importlib.import_module("runtime.builtins." + module)
        except ModuleNotFoundError as e:
            if e.name != "runtime.builtins." + module:
                raise
            return
        mod.install(self)

    def ensure(self, names):
        """Installs the lazy globals ``names`` (``"*"``: all) if missing."""
        if not self.pending:
            return
        wanted = set(self.pending) if "*" in names else {LAZY_GLOBALS[n] for n in names
                                                          if n in LAZY_GLOBALS}
        token = REALM.set(self)
        try:
            for module in INSTALL_ORDER:
                if module in wanted and module in self.pending:
                    self.pending.discard(module)
                    self._install(module)
        finally:
            REALM.reset(token)

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
        props = own_props(target) if type(target) is FunctionType else target.props
        attrs = own_attrs(target)
        for name, (fn, length) in methods.items():
            props[name] = self.native(fn, name, length)
            attrs[name] = WC

    def define_value(self, target, name, value, attrs=WC):
        """Adds a data property with explicit attributes (e.g. Math.PI: 0)."""
        (own_props(target) if type(target) is FunctionType else target.props)[name] = value
        if attrs != WEC:
            own_attrs(target)[name] = attrs
            if not attrs & W:
                target.special = True

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
                 "Boolean": self.BooleanPrototype}[cls]
        return JSPrimitiveWrapper(proto, cls, value)

    def make_error(self, kind, message):
        """A new error object of constructor name ``kind`` (15.11)."""
        from runtime.builtins.error import new_error

        return new_error(self, kind, message)
