"""JS functions made from compiled ``def``s: the function protocol (13.2),
``this`` of sloppy functions (10.4.3), the ``arguments`` object (10.6) and
``new`` (11.2.2)."""

from runtime import calls, conversions
from runtime.symbols import SYMBOL_ITERATOR
from runtime.values import Accessor, JSArguments, JSObject, W, C, null, undefined

_type = type
_JSObject = JSObject
_float = float
_str = str


def make_function(f, name, length, realm, start=-1, end=-1, strict=False):
    """Gives a compiled ``def`` the JS function protocol (13.2)."""
    d = f.__dict__
    p = _JSObject(realm.ObjectPrototype)
    p.props["constructor"] = f
    p.attrs = {"constructor": W | C}
    d["props"] = {"length": length, "name": name, "prototype": p}
    d["attrs"] = {"length": C, "name": C, "prototype": W}  # configurable as in ES2015+ (node, test262)
    d["proto"] = realm.FunctionPrototype
    d["extensible"] = True
    d["special"] = True
    d["cls"] = "Function"
    d["fn_name"] = name
    if start >= 0:
        d["source_span"] = (start, end)  # into the text of f.__code__.co_filename
    if strict:
        # ES5.1 13.2 step 19: "caller" and "arguments" of strict functions throw
        d["strict"] = True
        thrower = realm.throw_type_error_fn
        d["props"]["caller"] = d["props"]["arguments"] = Accessor(thrower, thrower)
        d["attrs"]["caller"] = d["attrs"]["arguments"] = 0
    return f


def make_arrow(f, name, length, realm, start=-1, end=-1, strict=False):
    """An arrow function (ES2015 14.2): a function object with no
    ``prototype`` that ``new`` refuses; ``this`` and ``arguments`` are its
    enclosing function's (the compiler closes over them)."""
    d = f.__dict__
    d["props"] = {"length": length, "name": name}
    d["attrs"] = {"length": C, "name": C}
    d["proto"] = realm.FunctionPrototype
    d["extensible"] = True
    d["special"] = True
    d["cls"] = "Function"
    d["fn_name"] = name
    d["no_construct"] = True
    if start >= 0:
        d["source_span"] = (start, end)
    if strict:
        d["strict"] = True
    return f


def param_tdz(name):
    """A parameter's default reads a parameter not yet initialized
    (ES2015 9.2.12: each is in its temporal dead zone until its turn)."""
    from runtime.errors import throw_reference_error

    throw_reference_error("Cannot access '%s' before initialization" % name)


def sloppy_this(this):
    """``this`` of a non-strict function (10.4.3): the global object for
    undefined/null, an object for primitives."""
    if this is undefined or this is null:
        from runtime.realm import current_realm

        return current_realm().global_object
    t = _type(this)
    if t is _float or t is _str or t is bool:
        return conversions.to_object(this)
    return this


def make_arguments(args, callee, realm, getters=None, setters=None, strict=False):
    """The ``arguments`` object (10.6); mapped to parameters when
    ``getters``/``setters`` are given (non-strict functions). In strict
    functions ``callee`` and ``caller`` throw TypeError (10.6 step 14)."""
    a = JSArguments(realm.ObjectPrototype)
    props = a.props
    for i, v in enumerate(args):
        props[str(i)] = v
    props["length"] = float(len(args))
    # ES2015 9.4.4.6 step 22 / 9.4.4.7 step 20: arguments are iterable
    it = realm.iteration
    props[SYMBOL_ITERATOR] = it.array_values if it is not None else realm.arguments_iterator()
    if strict:
        thrower = realm.throw_type_error_fn
        props["callee"] = Accessor(thrower, thrower)
        props["caller"] = Accessor(thrower, thrower)
        a.attrs = {"length": W | C, "callee": 0, "caller": 0, SYMBOL_ITERATOR: W | C}
        a.special = True
    else:
        props["callee"] = callee
        a.attrs = {"length": W | C, "callee": W | C, SYMBOL_ITERATOR: W | C}
    if getters is not None:
        mapped = {}
        for i in range(min(len(args), len(getters))):
            mapped[str(i)] = (getters[i], setters[i])
        a.mapped = mapped
    return a


def new(f, *args):
    return calls.construct(f, *args)


def throw_type_error_function(this, *_):
    """%ThrowTypeError% (13.2.3)."""
    from runtime.errors import throw_type_error

    throw_type_error("'caller', 'callee', and 'arguments' properties may not be accessed on "
                     "strict mode functions or the arguments objects for calls to them")
