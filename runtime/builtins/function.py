"""Function: the constructor and Function.prototype (ES5.1 15.3).

A JS function is a Python function ``f(this, *args)``. The methods here
call it directly and return whatever it returns: when ``f`` is async that
is a coroutine, which the compiled caller awaits, so call/apply/bind never
look at the result.
"""

from runtime import calls, conversions, properties
from runtime.errors import throw_error, throw_range_error, throw_type_error
from runtime.realm import current_realm, init_function
from runtime.values import Accessor, js_string, own_attrs, own_props, FunctionType, HOLE, JSArray, undefined, null

# More arguments than this cannot be passed by apply (V8 throws too).
MAX_APPLY_ARGS = 1 << 24


# ---------------------------------------------------------------------------
# The Function constructor (15.3.1, 15.3.2)
# ---------------------------------------------------------------------------

def function_call(this, *args):
    """Function(p1, ..., pn, body) called as a function (15.3.1.1)."""
    return function_construct(*args)


def function_construct(*args):
    """new Function(p1, ..., pn, body) (15.3.2.1): compiles the source
    through the hook the compiler installs on the realm."""
    realm = current_realm()
    params = [conversions.to_string(a) for a in args[:-1]]
    body = conversions.to_string(args[-1]) if args else ""
    hook = getattr(realm, "function_hook", None)
    if hook is None:
        throw_error("EvalError", "code generation from strings is not available")
    f = hook(params, body)
    if type(f) is FunctionType and not f.__dict__.get("source_text"):
        # The text node prints for such a function (15.3.2.1 step 11).
        f.__dict__["source_text"] = "function anonymous(%s\n) {\n%s\n}" % (",".join(params), body)
    return f


# ---------------------------------------------------------------------------
# Function.prototype (15.3.4)
# ---------------------------------------------------------------------------

def function_proto_toString(this=undefined, *_):
    """Function.prototype.toString (15.3.4.2): the source of a compiled
    function, the native form for built-ins and bound functions."""
    if type(this) is not FunctionType:
        throw_type_error("Function.prototype.toString requires that 'this' be a Function")
    d = this.__dict__
    src = d.get("source_text")
    if type(src) is str:
        return src
    span = d.get("source_span")
    if span is not None:
        # compiled functions carry their [start, end) range in the script
        # text, registered by file name when the script was run
        from runtime.sched import source_of

        text = source_of(this.__code__.co_filename)
        if text is not None:
            return js_string(text[span[0]:span[1]])
    name = "" if d.get("bound_target") is not None else (d.get("fn_name") or "")
    if type(name) is not str:
        name = ""
    return "function %s() { [native code] }" % name


def function_proto_call(this=undefined, this_arg=undefined, *args):
    """Function.prototype.call (15.3.4.4)."""
    if type(this) is not FunctionType:
        throw_type_error("Function.prototype.call called on a non-function")
    return this(this_arg, *args)


def array_like_to_list(a):
    """The argument list of apply: elements 0..length-1 of array-like ``a``
    (15.3.4.3 steps 3-8)."""
    if type(a) is JSArray and a.elems is not None and HOLE not in a.elems:
        return list(a.elems)
    n = conversions.to_uint32(properties.get_prop(a, "length"))
    if n > MAX_APPLY_ARGS:
        throw_range_error("Invalid array length")
    get = properties.get_prop
    return [get(a, str(i)) for i in range(n)]


def function_proto_apply(this=undefined, this_arg=undefined, arg_array=undefined, *_):
    """Function.prototype.apply (15.3.4.3)."""
    if type(this) is not FunctionType:
        throw_type_error("Function.prototype.apply was called on %s, which is not a function"
                         % conversions.describe_value(this))
    if arg_array is undefined or arg_array is null:
        return this(this_arg)
    if not conversions.is_object(arg_array):
        throw_type_error("CreateListFromArrayLike called on non-object")
    return this(this_arg, *array_like_to_list(arg_array))


def function_proto_bind(this=undefined, this_arg=undefined, *bound_args):
    """Function.prototype.bind (15.3.4.5)."""
    target = this
    if type(target) is not FunctionType:
        throw_type_error("Bind must be called on a function")

    def bound(this, *args):
        return target(this_arg, *bound_args, *args)

    # length: the target's, less the bound arguments (15.3.4.5 steps 15-16);
    # name: "bound " + the target's, as node has it.
    length = 0.0
    if properties.get_own_property(target, "length") is not None:
        tl = properties.get_prop(target, "length")
        if type(tl) is float:
            length = max(0.0, conversions.to_integer(tl) - len(bound_args))
    name = properties.get_prop(target, "name")
    if type(name) is not str:
        name = ""
    init_function(bound, current_realm(), "bound " + name, length)
    d = bound.__dict__
    d["bound_target"] = target
    realm = current_realm()
    # 15.3.4.5 steps 20-21: "caller" and "arguments" throw TypeError
    thrower = realm.throw_type_error_fn
    props = own_props(bound)
    props["caller"] = Accessor(thrower, thrower)
    props["arguments"] = Accessor(thrower, thrower)
    attrs = own_attrs(bound)
    attrs["caller"] = 0
    attrs["arguments"] = 0
    td = target.__dict__
    if td.get("construct") is not None or not td.get("no_construct"):
        # [[Construct]] of a bound function (15.3.4.5.2): new target(...).
        def construct(*args):
            return calls.construct(target, *bound_args, *args)

        del d["no_construct"]
        d["construct"] = construct
    return bound


def install(realm):
    fp = realm.FunctionPrototype
    realm.define_constructor("Function", function_call, 1, fp, function_construct)
    realm.define_methods(fp, {
        "toString": (function_proto_toString, 0),
        "apply": (function_proto_apply, 2),
        "call": (function_proto_call, 1),
        "bind": (function_proto_bind, 1),
    })
