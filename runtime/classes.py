"""Classes, methods and ``super`` (ES2015 14.3, 14.5, 12.3.5): the run-time
side of compiler/lower/classes.py.

A class is its constructor function: a compiled ``def`` (or, without a
``constructor`` method, a stand-in made here) taking ``this`` and the
arguments as every JS function does, plus keyword-only parameters the
compiler declares: ``_ajgi_nt`` (new.target; None when called without
``new``, which the constructor refuses) and, in a derived class,
``_ajgi_this`` (a one-slot box receiving the ``this`` that ``super(...)``
returns). ``new C(...)`` reaches :func:`construct_class` through the
function's ``construct`` entry (runtime/calls.py).

Methods get their [[HomeObject]] through a one-slot box the compiler
passes as a keyword-only default (``_ajgi_home``), filled here once the
object or prototype exists: ``super.x`` reads ``home.[[Prototype]].x``
with ``this`` as the receiver.
"""

from runtime.builtins.error import defer_stack_header, settle_stack_header
from runtime.conversions import CoroutineType, describe_value, is_object, to_property_key
from runtime.errors import throw_reference_error, throw_type_error
from runtime.functions import make_function
from runtime.conversions import to_number, to_object
from runtime.properties import (
    _put_through, _reject, define_own_property, get_own_property, get_prop, own_property_keys,
    put_prop,
)
from runtime.symbols import JSSymbol
from runtime.values import (
    Accessor, C, E, FunctionType, JSObject, MISSING, W, WEC, null, undefined,
)


class _Uninitialized:
    """A class binding before its declaration ran, or a derived
    constructor's ``this`` before ``super(...)`` returned."""

    __slots__ = ()

    def __repr__(self):
        return "<uninitialized>"


UNINITIALIZED = _Uninitialized()


def tdz_error(name):
    throw_reference_error("Cannot access '%s' before initialization" % name)


def this_before_super(*_):
    throw_reference_error("Must call super constructor in derived class before accessing 'this' "
                          "or returning from derived constructor")


def class_call_error(name):
    throw_type_error("Class constructor %s cannot be invoked without 'new'" % (name or "(anonymous)"))


# -- functions that are not constructors -------------------------------------------------

def method(f, name, length, realm, start=-1, end=-1, strict=False):
    """A method or accessor (14.3.8 MakeMethod): the function protocol
    without a ``prototype``, not a constructor; class code is strict but,
    as in node, without the ``caller``/``arguments`` poison pills."""
    make_function(f, name, length, realm, start, end)
    d = f.__dict__
    del d["props"]["prototype"]
    del d["attrs"]["prototype"]
    d["no_construct"] = True
    if strict:
        d["strict"] = True
    return f


def function_name_of_key(key, prefix=None):
    """SetFunctionName's name (9.2.11): a symbol key gives ``[description]``."""
    if type(key) is JSSymbol:
        key = "" if key.description is None else "[%s]" % key.description
    return key if prefix is None else "%s %s" % (prefix, key)


def set_function_name(f, key, prefix=None):
    """Names an anonymous function after the property key it is stored under."""
    if type(f) is FunctionType:
        props = f.__dict__["props"]
        if props.get("name", "") == "":
            props["name"] = function_name_of_key(key, prefix)
            f.__dict__["fn_name"] = props["name"]
    return f


def property_key(k):
    """ToPropertyKey of a computed key (symbols stay symbols)."""
    t = type(k)
    if t is str or t is JSSymbol:
        return k
    return to_property_key(k)


# -- object literals ------------------------------------------------------------------------

def set_homes(obj, boxes):
    """Gives the methods of an object literal (or class) their HomeObject."""
    for box in boxes:
        box[0] = obj
    return obj


def object_literal(proto, items, boxes=()):
    """An object literal with computed keys, ``__proto__: v`` or accessors
    (12.2.6.8): ``items`` in source order, each ``(kind, key, value)`` with
    kind ``init`` (data), ``name`` (data naming an anonymous function or
    method after its computed key), ``get``, ``set`` or ``proto``."""
    o = JSObject(proto)
    for kind, key, value in items:
        if kind == "init":
            _define_data(o, key, value)
        elif kind == "name":
            _define_data(o, key, set_function_name(value, key))
        elif kind == "proto":
            if is_object(value) or value is null:
                o.proto = value
        elif kind == "spread":
            copy_data_properties(o, value, ())
        else:
            set_function_name(value, key, kind)
            _define_accessor(o, key, kind, value, E | C)
    return set_homes(o, boxes)


def copy_data_properties(target, source, excluded):
    """CopyDataProperties (ES2018 7.3.25): every own enumerable property
    of ``source`` (string keys in [[OwnPropertyKeys]] order, then symbols)
    not in ``excluded``, read with [[Get]] (getters run) and defined on
    ``target`` as data; null and undefined copy nothing."""
    if source is undefined or source is null:
        return target
    src = to_object(source)
    for key in own_property_keys(src):
        if key in excluded:
            continue
        own = get_own_property(src, key)
        if own is None or not own[1] & E:  # deleted by a getter, or not enumerable
            continue
        v = get_prop(src, key)
        _define_data(target, key, v)
    return target


def object_rest(source, excluded):
    """The object of a rest property ``{a, ...r} = source`` (ES2018
    13.3.3.6): a new ordinary object with the properties not named before
    it; ``excluded`` are the property keys already read."""
    from runtime.realm import current_realm

    return copy_data_properties(JSObject(current_realm().ObjectPrototype), source, excluded)


def _define_data(o, key, value, attrs=WEC):
    if attrs == WEC and o.attrs is None and type(o) is JSObject:
        o.props[key] = value
    else:
        define_own_property(o, key, value, attrs)


def _define_accessor(o, key, kind, fn, attrs):
    cur = o.props.get(key, MISSING)
    acc = Accessor(cur.get, cur.set) if type(cur) is Accessor else Accessor()
    if kind == "get":
        acc.get = fn
    else:
        acc.set = fn
    define_own_property(o, key, acc, attrs)


# -- super property access ---------------------------------------------------------------

def super_get(home, this, key):
    """``super[key]`` (12.3.5.3): the home object's prototype's property,
    read with ``this`` as the receiver."""
    proto = home.proto
    if proto is null or proto is None:
        throw_type_error("Cannot read properties of null (reading '%s')" % function_name_of_key(key))
    return get_prop(proto, property_key(key), this)


def super_set(home, this, key, v, strict):
    """PutValue of the reference ``super[key]`` (ES2015 6.2.3.2 step 6):
    OrdinarySet (9.1.9) on the home object's prototype with ``this`` as
    the receiver. A setter found on the prototype chain runs with
    ``this``; otherwise the value lands on ``this`` itself (never on the
    prototype), unless a read-only property on the chain, a non-writable
    or accessor own property of ``this`` or a non-extensible ``this``
    refuses it (a TypeError in strict code). Returns ``v``."""
    key = property_key(key)
    proto = home.proto
    if proto is null or proto is None:
        throw_type_error("Cannot set properties of null (setting '%s')" % function_name_of_key(key))
    p = proto
    found = None
    while p is not null:
        found = get_own_property(p, key)
        if found is not None:
            break
        p = p.proto
    if found is not None:
        value, bits = found
        if type(value) is Accessor:
            _put_through(value, this, v, function_name_of_key(key), strict)
            return v
        if not bits & W:
            _reject(strict, "Cannot assign to read only property '%s' of object" % function_name_of_key(key))
            return v
    if not is_object(this):
        _reject(strict, "Cannot create property '%s' on %s" % (function_name_of_key(key), describe_value(this)))
        return v
    own = get_own_property(this, key)
    if own is None:
        if not this.extensible:
            _reject(strict, "Cannot add property %s, object is not extensible" % function_name_of_key(key))
            return v
        define_own_property(this, key, v, WEC)
    elif type(own[0]) is Accessor:
        _reject(strict, "Cannot redefine property: %s" % function_name_of_key(key))
    elif not own[1] & W:
        _reject(strict, "Cannot assign to read only property '%s' of object" % function_name_of_key(key))
    else:
        put_prop(this, key, v, strict)
    return v


def super_update(home, this, key, delta, prefix, strict):
    """``super[key]++`` and the like: ToNumber of the old value, the
    sum stored back; the new value when ``prefix``, else the old one."""
    old = to_number(super_get(home, this, key))
    super_set(home, this, key, old + delta, strict)
    return old + delta if prefix else old


def super_delete(home, this, key):
    """``delete super[key]`` (12.5.3.2 step 5.a): a ReferenceError once
    the reference is evaluated."""
    throw_reference_error("Unsupported reference to 'super'")


def this_checked(this):
    """``this`` in a derived constructor: a ReferenceError before super()."""
    if this is UNINITIALIZED:
        this_before_super()
    return this


# -- class definitions ------------------------------------------------------------------------

NO_PARENT = MISSING  # ``class C {}``: no heritage at all (unlike ``extends null``)


def is_constructor(f):
    return type(f) is FunctionType and not f.__dict__.get("no_construct")


def define_class(realm, F, name, parent, elements, boxes, derived_ctor):
    """ClassDefinitionEvaluation (14.5.14). ``F`` is the compiled
    constructor (None: the default one), ``parent`` the evaluated
    ``extends`` value or NO_PARENT, ``elements`` ``(static, kind, key,
    function)`` in source order (kind: method, get, set), ``boxes`` the
    (prototype box, constructor box) of the home objects."""
    if parent is NO_PARENT:
        proto_parent, ctor_parent = realm.ObjectPrototype, realm.FunctionPrototype
    elif parent is null:
        proto_parent, ctor_parent = null, realm.FunctionPrototype
    else:
        if not is_constructor(parent):
            throw_type_error("Class extends value %s is not a constructor or null" % describe_value(parent))
        proto_parent = get_prop(parent, "prototype")
        if not (is_object(proto_parent) or proto_parent is null):
            throw_type_error("Class extends value does not have valid prototype property %s"
                             % describe_value(proto_parent))
        ctor_parent = parent
    derived = parent is not NO_PARENT
    if F is None:
        F = _default_constructor(realm, name)
    d = F.__dict__
    d["proto"] = ctor_parent
    proto = JSObject(proto_parent)
    proto.props["constructor"] = F
    proto.attrs = {"constructor": W | C}
    d["props"]["prototype"] = proto
    d["attrs"]["prototype"] = 0
    d["class_derived"] = derived
    d["is_class"] = True
    d["strict"] = True
    d["construct"] = lambda *args: construct_class(F, args, F)
    proto_box, ctor_box = boxes
    proto_box[0] = proto
    ctor_box[0] = F
    for static, kind, key, fn in elements:
        target = F if static else proto
        if static and key == "prototype":
            throw_type_error("Classes may not have a static property named 'prototype'")
        if kind == "method":
            set_function_name(fn, key)
            define_own_property(target, key, fn, W | C)
        else:
            set_function_name(fn, key, kind)
            _define_accessor(target, key, kind, fn, C)
    return F


def _default_constructor(realm, name):
    """The constructor of a class without one (14.5.14 step 10): its
    behaviour is construct_class's; called without ``new`` it throws."""
    def default_constructor(this, *args, _ajgi_nt=None, _ajgi_this=None):
        class_call_error(name)
    make_function(default_constructor, name, 0.0, realm)
    default_constructor.__dict__["default_ctor"] = True
    return default_constructor


def construct_class(F, args, new_target):
    """[[Construct]] of a class constructor (9.2.2) for ``new_target``."""
    d = F.__dict__
    if not d["class_derived"]:
        obj = JSObject(_prototype_for(new_target))
        if d.get("default_ctor"):
            return obj
        r = F(obj, *args, _ajgi_nt=new_target)
        if type(r) is CoroutineType:
            return _base_result_async(r, obj)
        return r if is_object(r) else obj
    # derived: an instance made by a native Error constructor gets its
    # stack header once the outermost constructor (new_target's) returns
    if d.get("default_ctor"):
        r = construct_with(_super_constructor(F), args, new_target)
        if new_target is not F:
            return r
        if type(r) is CoroutineType:
            return _settled_async(r)
    else:
        box = [UNINITIALIZED]
        r = F(UNINITIALIZED, *args, _ajgi_nt=new_target, _ajgi_this=box)
        if type(r) is CoroutineType:
            r = _derived_result_async(r, box)
            return _settled_async(r) if new_target is F else r
        r = _derived_result(r, box)
        if new_target is not F:
            return r
    if type(r) is JSObject and r.cls == "Error":
        settle_stack_header(r)
    return r


async def _settled_async(coro):
    r = await coro
    if type(r) is JSObject and r.cls == "Error":
        settle_stack_header(r)
    return r


async def _base_result_async(coro, obj):
    r = await coro
    return r if is_object(r) else obj


def _derived_result(r, box):
    if is_object(r):
        return r
    if r is not undefined:
        throw_type_error("Derived constructors may only return object or undefined")
    if box[0] is UNINITIALIZED:
        this_before_super()
    return box[0]


async def _derived_result_async(coro, box):
    return _derived_result(await coro, box)


def _prototype_for(new_target):
    proto = get_prop(new_target, "prototype")
    if is_object(proto):
        return proto
    from runtime.realm import current_realm

    return current_realm().ObjectPrototype


def _super_constructor(F):
    parent = F.__dict__["proto"]
    if not is_constructor(parent):
        throw_type_error("Super constructor %s of anonymous class is not a constructor"
                         % describe_value(parent))
    return parent


def construct_with(f, args, new_target):
    """Construct(f, args, newTarget) (7.3.13) for the constructors a class
    can extend: classes, built-ins (Array, Error, Map...: made by their own
    constructor, then given new_target's prototype, so an instance is a
    real exotic array or error), functions reading new.target, and plain
    functions."""
    d = f.__dict__
    if d.get("is_class"):
        return construct_class(f, args, new_target)
    if d.get("reads_new_target"):
        obj = JSObject(_prototype_for(new_target))
        r = f(obj, *args, _ajgi_nt=new_target)
    else:
        ctor = d.get("construct")
        if ctor is not None:
            r = ctor(*args)
            if type(r) is CoroutineType:
                return _rebased_async(r, f, new_target)
            return _rebased(r, f, new_target)
        obj = JSObject(_prototype_for(new_target))
        r = f(obj, *args)
    if type(r) is CoroutineType:
        return _base_result_async(r, obj)
    return r if is_object(r) else obj


def _rebased(r, f, new_target):
    if new_target is not f and is_object(r):
        r.proto = _prototype_for(new_target)
        kind = f.__dict__.get("native_error_kind")
        if kind is not None:  # its stack reads the subclass's name
            defer_stack_header(r, kind)
    return r


async def _rebased_async(coro, f, new_target):
    return _rebased(await coro, f, new_target)


def super_call(F, new_target, box, *args):
    """``super(...args)`` in the constructor ``F`` of a derived class
    (12.3.5.1): constructs F's parent for ``new_target``; the result is
    ``this`` (stored in the constructor's box too)."""
    parent = _super_constructor(F)
    r = construct_with(parent, args, new_target)
    if type(r) is CoroutineType:
        return _bind_this_async(r, box)
    return _bind_this(r, box)


def _bind_this(r, box):
    if box[0] is not UNINITIALIZED:
        throw_reference_error("Super constructor may only be called once")
    box[0] = r
    return r


async def _bind_this_async(coro, box):
    return _bind_this(await coro, box)


# -- functions reading new.target -------------------------------------------------------

def function_reading_new_target(f, name, length, realm, start=-1, end=-1, strict=False):
    """A plain function whose body reads ``new.target``: ``new f()`` passes
    it as the keyword ``_ajgi_nt`` (a call leaves the default, undefined)."""
    make_function(f, name, length, realm, start, end, strict)
    d = f.__dict__
    d["reads_new_target"] = True
    d["construct"] = lambda *args: construct_with(f, args, f)
    return f
