"""THE contract between generated code and the runtime.

Compiled modules refer to helpers as ``_ajgi_<name>``; they are looked up
in the ``__builtins__`` mapping of the module's globals, which is
:data:`HELPERS` (built from :data:`EXPORTS`). Per-realm values (``_ajgi_G``
the global object, ``_ajgi_OP``/``_ajgi_AP`` the Object/Array prototypes,
``_ajgi_realm``) are stored in the global object's dict itself by
:func:`bind_realm`.

Bump :data:`ABI_VERSION` whenever a helper's meaning changes: it is part of
the compile-cache key. ``tests/unit/test_abi.py`` checks that every helper
the compiler can emit exists here.
"""

import math
import types

from runtime import envs, operators, ops, sched
from runtime.errors import JSThrow
from runtime.numconv import number_to_string
from runtime.values import (
    Accessor, FunctionType, HOLE, JSArguments, JSArray, JSInternal, JSObject, MISSING, W, E, C, WEC,
    make_array, make_object, null, undefined,
)

ABI_VERSION = 2

_type = type
_float = float
_str = str
_JSObject = JSObject
_JSArray = JSArray
_trunc = math.trunc

# The default of the inline property reads' ``props.get``: being an
# Accessor, one ``type(v) is not Accessor`` test rules out both a missing
# key and an accessor property. Never stored in any object.
MISSING_AS_ACCESSOR = Accessor()


# -- functions ---------------------------------------------------------------------

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


def sloppy_this(this):
    """``this`` of a non-strict function (10.4.3): the global object for
    undefined/null, an object for primitives."""
    if this is undefined or this is null:
        from runtime.realm import current_realm

        return current_realm().global_object
    t = _type(this)
    if t is _float or t is _str or t is bool:
        return ops.to_object(this)
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
    if strict:
        thrower = realm.throw_type_error_fn
        props["callee"] = Accessor(thrower, thrower)
        props["caller"] = Accessor(thrower, thrower)
        a.attrs = {"length": W | C, "callee": 0, "caller": 0}
        a.special = True
    else:
        props["callee"] = callee
        a.attrs = {"length": W | C, "callee": W | C}
    if getters is not None:
        mapped = {}
        for i in range(min(len(args), len(getters))):
            mapped[str(i)] = (getters[i], setters[i])
        a.mapped = mapped
    return a


# -- globals ------------------------------------------------------------------------

def declare_globals(g, names):
    """``var`` at top level: creates missing global properties (10.5)."""
    props = g.props
    for n in names:
        key = ops.global_storage_key(n)
        if key not in props:
            props[key] = undefined
            if g.attrs is None:
                g.attrs = {}
            g.attrs[key] = W | E  # var bindings cannot be deleted


def gget(g, name):
    """Reads a global that is no Python identifier (``$``)."""
    d = ops.get_own_property(g, name)
    if d is None:
        if ops.has_property(g, name):
            return ops.get_prop(g, name)
        from runtime.errors import throw_reference_error

        throw_reference_error("%s is not defined" % name)
    if _type(d[0]) is Accessor:
        return ops.get_prop(g, name)
    return d[0]


def gput(g, name, value):
    """Assigns a global through [[Put]] (respects read-only globals)."""
    ops.put_prop(g, name, value)
    return value


def sgput(g, name, value):
    """Strict-mode global assignment: ReferenceError when undeclared."""
    if not ops.has_property(g, name):
        from runtime.errors import throw_reference_error

        throw_reference_error("%s is not defined" % name)
    ops.put_prop(g, name, value, True)
    return value


def typeof_global(g, name):
    """``typeof name`` for a global that may not exist (11.4.3 step 2)."""
    if not ops.has_property(g, name):
        return "undefined"
    return ops.typeof(ops.get_prop(g, name))


def delete_name(g, name):
    """``delete name`` of a global (11.4.1): implicit globals only."""
    return ops.delete_prop(g, name)


# -- property access ------------------------------------------------------------------

def sputm(o, k, v):
    """Strict ``o[k] = v``: failures throw TypeError."""
    if o is undefined or o is null:
        ops.put_member(o, k, v)
    key = ops.to_property_key(k)
    if ops.is_object(o):
        ops.put_prop(o, key, v, True)
    else:
        ops.put_member(o, k, v)
    return v


def sputn(o, k, v):
    return sputm(o, k, v)


def _update(o, k, delta, strict, post):
    old = ops.to_number(ops.get_member(o, k))
    new = old + delta
    if strict:
        sputm(o, k, new)
    else:
        ops.put_member(o, k, new)
    return old if post else new


def preinc_n(o, k, strict):
    return _update(o, k, 1.0, strict, False)


def postinc_n(o, k, strict):
    return _update(o, k, 1.0, strict, True)


def predec_n(o, k, strict):
    return _update(o, k, -1.0, strict, False)


def postdec_n(o, k, strict):
    return _update(o, k, -1.0, strict, True)


def _key_update(fn):
    def helper(o, k, strict):
        return fn(o, ops.to_property_key(k), strict)
    return helper


preinc_m = _key_update(preinc_n)
postinc_m = _key_update(postinc_n)
predec_m = _key_update(predec_n)
postdec_m = _key_update(postdec_n)


def ckey(o, k):
    """A computed member target's key: CheckObjectCoercible(base) comes
    before ToString(key) (11.2.1 steps 5-6)."""
    if o is undefined or o is null:
        from runtime.errors import throw_type_error

        throw_type_error("Cannot read property '%s' of %s" % (ops.describe_value(k), ops.to_string(o)))
    return ops.to_property_key(k)


def delete_member(o, k, strict=False):
    return ops.delete_member(o, k, strict)


# -- operators ----------------------------------------------------------------------------

def addn(*operands):
    """A long left-associative ``+`` chain (flattened by the compiler), with
    the string-building cases (string + string, string + integral number)
    done inline."""
    acc = operands[0]
    add = operators.add
    for v in operands[1:]:
        if _type(acc) is _str:
            tv = _type(v)
            if tv is _str:
                acc += v
                continue
            if tv is _float:
                acc += catstr(v)
                continue
        acc = add(acc, v)
    return acc


# ToString of the small integral numbers, keyed by float: compiled code
# probes it inline before calling numstr (``"k" + i``, ``s += i``). -0.0
# finds 0.0's entry, right for ToString; a float key never equals a string.
NUMBER_STRINGS = {float(i): _str(i) for i in range(1024)}


def numstr(x):
    """ToString of a value known to be a number (or undefined)."""
    if _type(x) is _float:
        if -1e15 < x < 1e15 and x.is_integer():
            return _str(_trunc(x))  # math.trunc: a cheaper call than int()
        return number_to_string(x)
    return ops.to_string(x)


def catstr(v):
    """ToString(ToPrimitive(v)), the string ``+`` appends when the other
    operand is a string (11.6.1 steps 5-7); compiled code tests for str
    before calling it."""
    t = _type(v)
    if t is _float:
        s = NUMBER_STRINGS.get(v)
        return numstr(v) if s is None else s
    if t is _str:
        return v
    return ops.to_string(ops.to_primitive(v))


def nullish(v):
    """``v == null``"""
    return v is null or v is undefined


def tonum(v):
    return v if _type(v) is _float else ops.to_number(v)


def new(f, *args):
    return ops.construct(f, *args)


# -- literals -------------------------------------------------------------------------------

def obj_accessors(o, items):
    """Adds ``get``/``set``/data properties in source order after the first
    accessor of an object literal."""
    for key, kind, value in items:
        if kind == "init":
            ops.define_own_property(o, key, value, WEC)
            continue
        cur = o.props.get(key, MISSING)
        acc = cur if _type(cur) is Accessor else Accessor()
        if kind == "get":
            acc.get = value
        else:
            acc.set = value
        ops.define_own_property(o, key, acc, E | C)
    return o


# -- exceptions ---------------------------------------------------------------------------------

def ensure(realm, names):
    """Installs the lazy globals a module can reach (compiler/needs.py)."""
    realm.ensure(names)


def catchval(exc):
    """The JS value a ``catch`` clause binds for Python exception ``exc``."""
    if _type(exc) is JSThrow:
        return exc.value
    return js_error_value(exc)


def js_error_value(exc):
    """Turns an exception raised by Python code into a JS error object whose
    stack is the JS frames the exception passed through."""
    if isinstance(exc, JSThrow):
        return exc.value
    from runtime.builtins.error import frames_from_traceback, new_error
    from runtime.realm import current_realm

    kind, message = _js_error_kind(exc)
    return new_error(current_realm(), kind, message, frames=frames_from_traceback(exc.__traceback__))


def _js_error_kind(exc):
    """(JS error constructor name, message) for a Python exception."""
    if isinstance(exc, RecursionError):
        return "RangeError", "Maximum call stack size exceeded"
    if isinstance(exc, NameError):
        name = getattr(exc, "name", None)
        if not name:
            text = str(exc)
            name = text.split("'")[1] if "'" in text else "variable"
        return "ReferenceError", "%s is not defined" % name
    if isinstance(exc, TypeError):
        msg = str(exc)
        if "not callable" in msg or "not an iterator" in msg:
            return "TypeError", _describe_call_failure(exc)
        return "TypeError", msg
    if isinstance(exc, MemoryError):
        return "RangeError", "Out of memory"
    if isinstance(exc, (OverflowError, ZeroDivisionError, ValueError)):
        return "RangeError", str(exc)
    return "Error", "internal error: %s: %s" % (type(exc).__name__, exc)


def _describe_call_failure(exc):
    """``x is not a function``, naming the JS expression when possible."""
    import traceback

    tb = exc.__traceback__
    frames = traceback.extract_tb(tb) if tb is not None else []
    for fs in reversed(frames):
        if not fs.filename.endswith(".py"):
            src = sched.source_of(fs.filename)
            if src and fs.colno is not None and fs.lineno == fs.end_lineno:
                lines = src.splitlines()
                if 0 < fs.lineno <= len(lines):
                    text = lines[fs.lineno - 1][fs.colno:fs.end_colno]
                    if "(" in text:
                        text = text[:text.rindex("(")] if text.endswith(")") else text
                        return "%s is not a function" % text.strip()
            break
    msg = str(exc)
    t = msg.split("'")[1] if "'" in msg else "value"
    names = {"Undefined": "undefined", "Null": "null", "float": "number", "str": "string",
             "bool": "boolean", "JSObject": "object", "JSArray": "array"}
    return "%s is not a function" % names.get(t, t)


def deval(env, this, strict, x=undefined, *args):
    """A direct call of ``eval`` (15.1.2.1.1): the caller's scope and ``this``.
    If the global ``eval`` was replaced, this is an ordinary call of it."""
    from runtime.realm import current_realm

    realm = current_realm()
    f = ops.get_prop(realm.global_object, "eval")
    if f is not realm.eval_function:
        return ops.call_function(f, undefined, x, *args)
    if _type(x) is not _str:
        return x
    return realm.direct_eval_hook(x, env, this, strict)


def declare_eval_vars(env, names):
    """``var`` in eval code enters the caller's variable environment: the
    innermost function Env (``with`` objects are skipped), else globals."""
    e = env
    while e is not None and _type(e) is not envs.Env:
        e = e.parent
    if e is None:
        from runtime.realm import current_realm

        g = current_realm().global_object
        for n in names:
            if not ops.has_property(g, n):
                ops.put_prop(g, n, undefined)
        return
    envs.declare_vars(e, names)


def declare_eval_function(env, name, f):
    e = env
    while e is not None and _type(e) is not envs.Env:
        e = e.parent
    if e is None:
        from runtime.realm import current_realm

        ops.put_prop(current_realm().global_object, name, f)
        return f
    return envs.declare_function(e, name, f)


def forin(o):
    return ops.for_in_keys(o)


def forin_has(o, k):
    return ops.for_in_still_present(o, k)


from runtime.builtins.regexp import regexp_create as _regexp_create  # noqa: E402 (after ops)
from runtime.builtins import array as _array, regexp as _regexp, string as _string  # noqa: E402
from runtime.builtins.string import CHAR_OF_CODE, char_from_code  # noqa: E402

EXPORTS = {
    # values
    "undef": undefined, "null": null, "NaN": math.nan, "Inf": math.inf, "HOLE": HOLE,
    "type": type, "float": float, "str": str, "len": len, "Coro": types.CoroutineType,
    "Exception": Exception, "JSThrow": JSThrow, "JSObject": JSObject, "JSArray": JSArray, "JSInternal": JSInternal, "Function": FunctionType, "int": int,
    "trunc": math.trunc,
    "M": MISSING, "numstr": numstr, "NS": NUMBER_STRINGS, "catstr": catstr,
    "Acc": Accessor, "AM": MISSING_AS_ACCESSOR,
    # scheduling
    "flag": sched.FLAG, "preempt": sched.preempt, "apreempt": sched.apreempt,
    # functions
    "fn": make_function, "sloppy_this": sloppy_this, "arguments": make_arguments,
    # globals
    "declare_globals": declare_globals, "gget": gget, "gput": gput, "sgput": sgput,
    "typeof_global": typeof_global, "delete_name": delete_name,
    # properties
    "getn": ops.get_named, "getm": ops.get_member, "putn": ops.put_named, "putm": ops.put_member,
    "sputn": sputn, "sputm": sputm, "ckey": ckey, "delete_member": delete_member,
    "preinc_n": preinc_n, "postinc_n": postinc_n, "predec_n": predec_n, "postdec_n": postdec_n,
    "preinc_m": preinc_m, "postinc_m": postinc_m, "predec_m": predec_m, "postdec_m": postdec_m,
    # operators
    "typeof": ops.typeof, "add": operators.add, "addn": addn, "sub": operators.sub, "mul": operators.mul,
    "div": operators.div, "mod": operators.mod, "neg": operators.neg, "tonum": tonum, "bit_and": operators.bit_and,
    "bit_or": operators.bit_or, "bit_xor": operators.bit_xor, "bit_not": operators.bit_not, "shl": operators.shl,
    "sar": operators.sar, "shr": operators.shr, "in_": ops.in_operator, "instanceof": ops.instance_of,
    "seq": operators.strict_equals, "leq": operators.loose_equals, "nullish": nullish, "lt": operators.lt,
    "gt": operators.gt, "le": operators.le, "ge": operators.ge, "inc": operators.inc, "dec": operators.dec, "new": new,
    # literals
    "obj": make_object, "obj_accessors": obj_accessors, "arr": make_array,
    "regexp": _regexp_create,  # a new RegExp per evaluation of a literal (ES5)
    # run-time scopes (eval, with)
    "Env": envs.Env, "ObjectEnv": envs.ObjectEnv, "undef_env": None, "dget": envs.dget,
    "dput": envs.dput, "dref": envs.dref, "dresolve": envs.dresolve, "dget_at": envs.dget_at,
    "dput_at": envs.dput_at, "dtypeof": envs.dtypeof, "ddelete": envs.ddelete,
    "with_object": envs.to_with_object, "deval": deval, "declare_eval_vars": declare_eval_vars,
    "declare_eval_function": declare_eval_function,
    # exceptions and loops
    "catchval": catchval, "forin": forin, "forin_has": forin_has, "ensure": ensure,
    # fast paths of pristine built-ins (runtime/builtins/pristine.py); "FS" is
    # per-realm (the String constructor) once String is installed
    "FS": None, "CHR": CHAR_OF_CODE, "fcc": char_from_code, "S_fromCharCode": _string.string_fromCharCode,
    # the pristine Array, String and RegExp prototypes (per-realm) and their
    # methods, called directly while those are (compiler/lower/intrinsics.py)
    "PA": None, "PS": None, "PR": None,
}
for _kind, _module in (("A", _array), ("S", _string), ("R", _regexp)):
    EXPORTS.update(("%s_%s" % (_kind, _name), _fn) for _name, (_fn, _) in _module.PROTO_METHODS.items())

HELPERS = {"_ajgi_" + k: v for k, v in EXPORTS.items()}

# Names compiled code reads from the realm's own global dict (see bind_realm).
PER_REALM = ("G", "OP", "AP", "realm")


def throw_type_error_function(this, *_):
    """%ThrowTypeError% (13.2.3)."""
    from runtime.errors import throw_type_error

    throw_type_error("'caller', 'callee', and 'arguments' properties may not be accessed on "
                     "strict mode functions or the arguments objects for calls to them")


def bind_realm(realm):
    """Stores the realm's per-script values in its global object's dict and
    makes the dict usable as the globals of compiled code."""
    d = realm.global_object.props
    d["__builtins__"] = HELPERS
    d["_ajgi_G"] = realm.global_object
    d["_ajgi_OP"] = realm.ObjectPrototype
    d["_ajgi_AP"] = realm.ArrayPrototype
    d["_ajgi_realm"] = realm
    return d
