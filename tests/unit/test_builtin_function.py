"""Function (ES5.1 15.3): the constructor, call, apply, bind, toString.

Expected values are what node 20 prints for the same operations.
"""

import asyncio

import pytest

from runtime import calls as calls_ops, conversions, operators, properties
from runtime.errors import JSThrow
from runtime.realm import init_function
from runtime.values import HOLE, null, undefined




def FP(realm, name):
    return properties.get_prop(realm.FunctionPrototype, name)


def js_error(fn):
    with pytest.raises(JSThrow) as ei:
        fn()
    e = ei.value.value
    return "%s: %s" % (conversions.to_string(properties.get_prop(e, "name")), conversions.to_string(properties.get_prop(e, "message")))


def user_fn(realm, py, name, length, source=None):
    """A function as the compiler makes it (constructible, with prototype)."""
    init_function(py, realm, name, float(length), constructor=True)
    if source is not None:
        py.__dict__["source_text"] = source
    return py


def recorder(realm, name="f", length=3):
    calls = []

    def f(this, *args):
        calls.append((this, args))
        return float(len(args))
    return user_fn(realm, f, name, length), calls


def to_list(a):
    n = int(conversions.to_number(properties.get_prop(a, "length")))
    return [properties.get_prop(a, str(i)) for i in range(n)]


# -- call / apply --------------------------------------------------------------

def test_call(realm):
    f, calls = recorder(realm)
    this = realm.new_object()
    assert FP(realm, "call")(f, this, 1.0, 2.0) == 2.0
    assert calls == [(this, (1.0, 2.0))]
    assert FP(realm, "call")(f) == 0.0
    assert calls[-1] == (undefined, ())
    assert js_error(lambda: FP(realm, "call")(1.0)) == \
        "TypeError: Function.prototype.call called on a non-function"


def test_apply_array(realm):
    f, calls = recorder(realm)
    a = realm.new_array([1.0, HOLE, 3.0])
    assert FP(realm, "apply")(f, null, a) == 3.0
    assert calls[-1] == (null, (1.0, undefined, 3.0))


def test_apply_array_like(realm):
    # node: (function(){return slice(arguments)}).apply(undefined, {length:3, 0:'a', 2:'c'}) -> ["a",null,"c"]
    f, calls = recorder(realm)
    o = realm.new_object()
    for k, v in (("length", 3.0), ("0", "a"), ("2", "c")):
        properties.put_prop(o, k, v)
    FP(realm, "apply")(f, undefined, o)
    assert calls[-1] == (undefined, ("a", undefined, "c"))
    o2 = realm.new_object()
    properties.put_prop(o2, "length", "2")
    FP(realm, "apply")(f, undefined, o2)
    assert calls[-1] == (undefined, (undefined, undefined))


def test_apply_null_undefined_and_errors(realm):
    f, calls = recorder(realm)
    FP(realm, "apply")(f, 1.0, null)
    FP(realm, "apply")(f, 1.0, undefined)
    FP(realm, "apply")(f, 1.0)
    assert calls == [(1.0, ())] * 3
    assert js_error(lambda: FP(realm, "apply")(f, null, 1.0)) == \
        "TypeError: CreateListFromArrayLike called on non-object"
    assert js_error(lambda: FP(realm, "apply")(f, null, "ab")) == \
        "TypeError: CreateListFromArrayLike called on non-object"
    assert js_error(lambda: FP(realm, "apply")(undefined)).startswith("TypeError: ")
    big = realm.new_object()
    properties.put_prop(big, "length", 1e9)
    assert js_error(lambda: FP(realm, "apply")(f, null, big)) == "RangeError: Invalid array length"


def test_call_passes_coroutine_through(realm):
    async def af(this, *args):
        return "done"
    init_function(af, realm, "af", 0)
    r = FP(realm, "call")(af, undefined)
    assert asyncio.iscoroutine(r)
    assert asyncio.run(r) == "done"
    r = FP(realm, "apply")(af, undefined, realm.new_array([1.0]))
    assert asyncio.run(r) == "done"
    b = FP(realm, "bind")(af, undefined)
    assert asyncio.run(b(undefined)) == "done"


# -- bind ------------------------------------------------------------------------

def test_bind_basic(realm):
    f, calls = recorder(realm, "f", 3)
    t = realm.new_object()
    b = FP(realm, "bind")(f, t, 1.0)
    assert b(undefined, 2.0) == 2.0
    assert calls[-1] == (t, (1.0, 2.0))
    # node: [b.name, b.length, typeof b.prototype, b.toString(), getOwnPropertyNames(b)]
    #   -> ["bound f", 2, "undefined", "function () { [native code] }", ["length","name"]]
    assert properties.get_prop(b, "name") == "bound f"
    assert properties.get_prop(b, "length") == 2.0
    assert properties.get_prop(b, "prototype") is undefined
    assert FP(realm, "toString")(b) == "function () { [native code] }"
    # ES5.1 15.3.4.5 steps 20-21 (node follows ES2015, which dropped them):
    # "caller" and "arguments" are %ThrowTypeError% accessors, as scripts
    # always saw; this bare realm used to make bound functions without them
    assert properties.own_keys(b) == ["length", "name", "caller", "arguments"]
    with pytest.raises(JSThrow):
        properties.get_prop(b, "caller")
    assert conversions.typeof(b) == "function"


def test_bind_length_never_negative(realm):
    f, _ = recorder(realm, "f", 1)
    b = FP(realm, "bind")(f, null, 1.0, 2.0, 3.0)
    assert properties.get_prop(b, "length") == 0.0
    mx = properties.get_prop(realm.global_object.props.get("Math") or realm.new_object(), "max")
    if mx is not undefined:
        assert properties.get_prop(FP(realm, "bind")(mx, null, 1.0, 2.0, 3.0, 4.0), "length") == 0.0


def test_bind_of_bound(realm):
    f, calls = recorder(realm, "f", 3)
    b = FP(realm, "bind")(f, "t1", 1.0)
    bb = FP(realm, "bind")(b, "t2", 2.0)
    bb(undefined, 3.0)
    assert calls[-1] == ("t1", (1.0, 2.0, 3.0))
    assert properties.get_prop(bb, "name") == "bound bound f"
    assert properties.get_prop(bb, "length") == 1.0


def test_bind_construct(realm):
    # node: function C(a,b){this.a=a;this.b=b}; B=C.bind(null,1); o=new B(2)
    #   -> [o.a, o.b, o instanceof C, o instanceof B] = [1,2,true,true]
    def C(this, a=undefined, b=undefined, *_):
        properties.put_prop(this, "a", a)
        properties.put_prop(this, "b", b)
        return undefined
    user_fn(realm, C, "C", 2)
    B = FP(realm, "bind")(C, null, 1.0)
    o = calls_ops.construct(B, 2.0)
    assert properties.get_prop(o, "a") == 1.0 and properties.get_prop(o, "b") == 2.0
    assert operators.instance_of(o, C) is True
    assert operators.instance_of(o, B) is True
    assert o.proto is properties.get_prop(C, "prototype")


def test_bind_non_constructor(realm):
    f, _ = recorder(realm)
    call_fn = FP(realm, "call")
    b = FP(realm, "bind")(call_fn, null)
    assert js_error(lambda: calls_ops.construct(b)).startswith("TypeError: ")
    assert js_error(lambda: FP(realm, "bind")(1.0)) == "TypeError: Bind must be called on a function"


# -- toString ---------------------------------------------------------------------

def test_to_string(realm):
    ts = FP(realm, "toString")
    assert ts(realm.FunctionPrototype) == "function () { [native code] }"
    assert ts(realm.global_object.props["Object"]) == "function Object() { [native code] }"
    assert ts(FP(realm, "call")) == "function call() { [native code] }"
    f = user_fn(realm, lambda this, *a: undefined, "g", 0, source="function g() { return 1; }")
    assert ts(f) == "function g() { return 1; }"
    assert js_error(lambda: ts(realm.new_object())) == \
        "TypeError: Function.prototype.toString requires that 'this' be a Function"


# -- the Function constructor ----------------------------------------------------------

def test_function_constructor_hook(realm):
    seen = []

    def hook(params, body):
        seen.append((params, body))
        return user_fn(realm, lambda this, *a: undefined, "anonymous", len(params))
    realm.function_hook = hook
    F = realm.global_object.props["Function"]
    f = F(undefined, "a", "b", "return a+b")
    assert seen[-1] == (["a", "b"], "return a+b")
    # node: new Function('a,b','return a+b').toString()
    g = calls_ops.construct(F, "a,b", "return a+b")
    assert FP(realm, "toString")(g) == "function anonymous(a,b\n) {\nreturn a+b\n}"
    # node: Function().toString()
    h = F(undefined)
    assert seen[-1] == ([], "")
    assert FP(realm, "toString")(h) == "function anonymous(\n) {\n\n}"
    F(undefined, 1.0, True)
    assert seen[-1] == (["1"], "true")
    assert FP(realm, "toString")(f).startswith("function anonymous(a,b\n)")


def test_function_constructor_without_hook(realm):
    F = realm.global_object.props["Function"]
    realm.function_hook = None
    assert js_error(lambda: F(undefined, "return 1")) == \
        "EvalError: code generation from strings is not available"


def test_function_intrinsics(realm):
    F = realm.global_object.props["Function"]
    fp = realm.FunctionPrototype
    assert properties.get_prop(F, "prototype") is fp
    assert properties.get_prop(fp, "constructor") is F
    assert properties.get_prop(F, "length") == 1.0
    assert F.proto is fp
    assert properties.get_prop(fp, "length") == 0.0
    lengths = {"call": 1.0, "apply": 2.0, "bind": 1.0, "toString": 0.0}
    for k, n in lengths.items():
        assert properties.get_prop(FP(realm, k), "length") == n
    assert properties.get_own_property(fp, "call")[1] == 5  # writable, configurable, not enumerable
    assert fp(undefined, 1.0) is undefined
    assert properties.get_prop(realm.global_object.props["Object"], "prototype") is realm.ObjectPrototype
