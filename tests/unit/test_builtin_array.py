"""Array (ES5.1 15.4): expected values are what node 20 prints for the same
JS (the JS is quoted next to each check). ``show`` renders values the way
the node-side helper did: arrays as ``[a, b, <hole>]``, strings quoted."""

import json
import math
import random

import pytest

from runtime.errors import JSThrow
from runtime.numconv import number_to_string
from runtime.conversions import describe_thrown
from runtime.calls import construct
from runtime.properties import (
    get_prop, has_property, own_keys, put_prop, define_own_property, set_array_length,
)
from runtime.realm import REALM
from runtime.values import (
    HOLE, W, E, Accessor, FunctionType, JSArray, JSObject, null, undefined,
)
from runtime.builtins.array_util import length_of


pytestmark = pytest.mark.usefixtures("realm")  # the shared fixture (tests/unit/conftest.py)


def R():
    return REALM.get()


def P(name):
    return get_prop(R().ArrayPrototype, name)


def call(name, this, *args):
    return P(name)(this, *args)


def conv(x):
    if x is None:
        return HOLE
    if type(x) is int:
        return float(x)
    if type(x) is list:
        return A(*x)
    return x


def A(*xs):
    """An array; Python ints become floats, None a hole."""
    return R().new_array([conv(x) for x in xs])


def O(**kw):
    """A plain object; keys given as k0, k1 ... for indices."""
    o = R().new_object()
    for k, v in kw.items():
        if k.startswith("k") and k[1:].isdigit():
            k = k[1:]
        o.props[k] = conv(v)
    return o


def F(fn, name="f", length=2):
    return R().native(fn, name, length)


def show(v):
    if type(v) is JSArray:
        n = length_of(v)
        return "[" + ", ".join(show(get_prop(v, str(i))) if has_property(v, str(i)) else "<hole>"
                               for i in range(n)) + "]"
    if type(v) is str:
        return json.dumps(v)
    if type(v) is float:
        return number_to_string(v)
    if v is True or v is False:
        return "true" if v else "false"
    if v is undefined or v is null:
        return repr(v)
    if isinstance(v, JSObject):
        return stringify(v)
    return repr(v)


def stringify(o):
    """JSON.stringify of a flat object with primitive values."""
    parts = []
    for k in own_keys(o):
        v = get_prop(o, k)
        if v is undefined:
            continue
        parts.append("%s:%s" % (json.dumps(k), show(v)))
    return "{" + ",".join(parts) + "}"


def S(*vals):
    return "[" + ", ".join(show(v) for v in vals) + "]"


def throws(f, *args):
    with pytest.raises(JSThrow) as ei:
        f(*args)
    return describe_thrown(ei.value.value)


# ---------------------------------------------------------------------------
# Constructor, isArray, prototype
# ---------------------------------------------------------------------------

def test_constructor():
    Arr = R().global_object.props["Array"]
    # [Array(3).length, new Array(3).length, Array(1,2), new Array("3"), Array(),
    #  new Array(0).length, new Array(4294967295).length]
    assert S(get_prop(Arr(undefined, 3.0), "length"), get_prop(construct(Arr, 3.0), "length"),
             Arr(undefined, 1.0, 2.0), construct(Arr, "3"), Arr(undefined),
             get_prop(construct(Arr, 0.0), "length"), get_prop(construct(Arr, 4294967295.0), "length")) \
        == '[3, 3, [1, 2], ["3"], [], 0, 4294967295]'
    assert show(Arr(undefined, 3.0)) == "[<hole>, <hole>, <hole>]"
    assert throws(construct, Arr, 1.5) == "RangeError: Invalid array length"
    assert throws(construct, Arr, -1.0) == "RangeError: Invalid array length"
    assert throws(Arr, undefined, 4294967296.0) == "RangeError: Invalid array length"
    assert throws(Arr, undefined, math.nan) == "RangeError: Invalid array length"
    a = construct(Arr)
    assert type(a) is JSArray and a.proto is R().ArrayPrototype


def test_is_array_and_prototype():
    Arr = R().global_object.props["Array"]
    isArray = Arr.props["isArray"]
    assert [isArray(Arr, A()), isArray(Arr, O(length=0)), isArray(Arr, R().ArrayPrototype),
            isArray(Arr, "a"), isArray(Arr)] == [True, False, True, False, False]
    proto = R().ArrayPrototype
    assert type(proto) is JSArray and proto.proto is R().ObjectPrototype
    assert get_prop(proto, "length") == 0.0
    assert get_prop(Arr, "length") == 1.0
    assert get_prop(proto, "constructor") is Arr
    lengths = {"toString": 0, "toLocaleString": 0, "concat": 1, "join": 1, "pop": 0, "push": 1,
               "reverse": 0, "shift": 0, "slice": 2, "sort": 1, "splice": 2, "unshift": 1,
               "indexOf": 1, "lastIndexOf": 1, "every": 1, "some": 1, "forEach": 1, "map": 1,
               "filter": 1, "reduce": 1, "reduceRight": 1}
    for name, n in lengths.items():
        f = P(name)
        assert type(f) is FunctionType
        assert get_prop(f, "length") == float(n), name
        assert get_prop(f, "name") == name
        assert proto.attrs[name] == W | 4  # writable, configurable, not enumerable


# ---------------------------------------------------------------------------
# join / toString / toLocaleString
# ---------------------------------------------------------------------------

def test_join():
    # [[1,2,3].join(), [1,null,undefined,2].join('-'), [1,2].join(undefined), [1,2].join(null),
    #  [].join(), [,,].join(), [1.5, true, "x", {}].join('|'),
    #  Array.prototype.join.call({length:3, 0:'a', 2:'c'}, '+'),
    #  Array.prototype.join.call("abc", ':'), [0, -0, NaN, 1e21].join()]
    assert S(call("join", A(1, 2, 3)), call("join", A(1, null, undefined, 2), "-"),
             call("join", A(1, 2), undefined), call("join", A(1, 2), null), call("join", A()),
             call("join", A(None, None)), call("join", A(1.5, True, "x", O()), "|"),
             call("join", O(length=3, k0="a", k2="c"), "+"), call("join", "abc", ":"),
             call("join", A(0, -0.0, math.nan, 1e21))) == \
        '["1,2,3", "1---2", "1,2", "1null2", "", ",", "1.5|true|x|[object Object]", "a++c", ' \
        '"a:b:c", "0,0,NaN,1e+21"]'
    assert throws(call, "join", null) == "TypeError: Cannot convert undefined or null to object"


def test_join_calls_element_tostring_in_order():
    log = []

    def ts(this, *_):
        log.append(get_prop(this, "n"))
        return "o" + number_to_string(get_prop(this, "n"))

    tsf = F(ts, "toString", 0)
    objs = []
    for i in range(3):
        o = O(n=i)
        o.props["toString"] = tsf
        objs.append(o)
    assert call("join", A(objs[0], "s", objs[1], None, objs[2]), "") == "o0so1o2"
    assert log == [0.0, 1.0, 2.0]


def test_join_hole_reads_prototype():
    # Array.prototype[1] = 'P'; [0,,2].join() -> "0,P,2"
    put_prop(R().ArrayPrototype, "1", "P")
    assert call("join", A(0, None, 2)) == "0,P,2"
    assert call("indexOf", A(0, None, 2), "P") == 1.0
    assert show(call("slice", A(0, None, 2))) == '[0, "P", 2]'


def test_to_string():
    # [[1,[2,[3]]].toString(), String([]), Array.prototype.toString.call({join: ...'J'}),
    #  Array.prototype.toString.call({}), Array.prototype.toString.call(function(){})]
    j = O()
    j.props["join"] = F(lambda this, *_: "J")
    assert S(call("toString", A(1, [2, [3]])), call("toString", A()), call("toString", j),
             call("toString", O()), call("toString", F(lambda this: undefined))) == \
        '["1,2,3", "", "J", "[object Object]", "[object Function]"]'


def test_cyclic_join():
    # var a=[1,2]; a.push(a); var b=[a, 'x']; a.push(b); [a.join(), String(b), a.toLocaleString()]
    a = A(1, 2)
    call("push", a, a)
    b = A(a, "x")
    call("push", a, b)
    assert call("join", a) == "1,2,,,x"
    assert call("toString", b) == "1,2,,,x"
    assert call("toLocaleString", a) == "1,2,,,x"


def test_to_locale_string():
    # [1, 'a', null, undefined, {toLocaleString: function(){ return 'L' }}].toLocaleString() -> "1,a,,,L"
    o = O()
    o.props["toLocaleString"] = F(lambda this, *_: "L")
    # Number/String prototypes' toLocaleString belong to other modules; give
    # them one here if they are missing.
    for proto in (R().NumberPrototype, R().StringPrototype):
        if proto is not None and get_prop(proto, "toLocaleString") is undefined:
            proto.props["toLocaleString"] = F(lambda this, *_: str(this) if type(this) is str
                                              else number_to_string(this))
    assert call("toLocaleString", A(1, "a", null, undefined, o)) == "1,a,,,L"
    assert call("toLocaleString", A()) == ""
    bad = O(toLocaleString=1)
    assert throws(call, "toLocaleString", A(bad)) == "TypeError: 1 is not a function"


def test_join_huge_length():
    a = A()
    put_prop(a, "4294967294", 1.0)
    assert call("join", a, "") == "1"
    assert throws(call, "join", a) == "RangeError: Invalid string length"
    o = O(length=100000, k3="x", k99998="y")
    s = call("join", o, "")
    assert s == "xy"
    s = call("join", o, "-")
    assert len(s) == 99999 + 2 and s.startswith("---x--") and s.endswith("y-")


# ---------------------------------------------------------------------------
# concat / slice / splice
# ---------------------------------------------------------------------------

def test_concat():
    # var a=[1,2]; var b=a.concat(3,[4,[5]],{length:1, 0:'x'});
    # [b.length, b, a.concat(), [,1].concat([2,,]), [].concat.call(1, 2).length,
    #  typeof [].concat.call(1, 2)[0]]
    a = A(1, 2)
    b = call("concat", a, 3.0, A(4, [5]), O(length=1, k0="x"))
    c = call("concat", 1.0, 2.0)
    assert S(get_prop(b, "length"), b, call("concat", a), call("concat", A(None, 1), A(2, None)),
             get_prop(c, "length")) == \
        '[6, [1, 2, 3, 4, [5], {"0":"x","length":1}], [1, 2], [<hole>, 1, 2, <hole>], 2]'
    assert get_prop(c, "0").cls == "Number"
    assert call("concat", a) is not a
    assert throws(call, "concat", undefined) == \
        "TypeError: Array.prototype.concat called on null or undefined"


def test_concat_sparse():
    a = A()
    put_prop(a, "4294967294", 1.0)
    assert get_prop(call("concat", A(), a), "length") == 4294967295.0
    assert throws(call, "concat", a, A(2)) == "RangeError: Invalid array length"
    b = A(1)
    put_prop(b, "2000000", 2.0)
    c = call("concat", b, A(3))
    assert get_prop(c, "length") == 2000002.0
    assert get_prop(c, "2000000") == 2.0 and get_prop(c, "2000001") == 3.0
    assert not has_property(c, "1")


def test_slice():
    a = A(1, 2, 3, 4, 5)
    assert S(call("slice", a), call("slice", a, 1.0), call("slice", a, 1.0, 3.0),
             call("slice", a, -2.0), call("slice", a, -2.0, -1.0), call("slice", a, 3.0, 1.0),
             call("slice", a, 1.7, 3.2), call("slice", a, math.nan),
             call("slice", a, 0.0, math.inf), call("slice", a, -math.inf, 2.0),
             call("slice", a, "1", "2"), call("slice", A(1, None, 3), 0.0, 2.0),
             call("slice", O(length=3, k0="a", k2="c")), call("slice", "abc", 1.0)) == \
        '[[1, 2, 3, 4, 5], [2, 3, 4, 5], [2, 3], [4, 5], [4], [], [2, 3], [1, 2, 3, 4, 5], ' \
        '[1, 2, 3, 4, 5], [1, 2], [2], [1, <hole>], ["a", <hole>, "c"], ["b", "c"]]'
    b = A()
    put_prop(b, "4294967294", 1.0)
    s = call("slice", b, 4294967290.0)
    assert get_prop(s, "length") == 5.0 and get_prop(s, "4") == 1.0


def test_splice():
    out = []
    a = A(1, 2, 3, 4, 5)
    out += [call("splice", a, 1.0, 2.0), a]
    a = A(1, 2, 3, 4, 5)
    out += [call("splice", a, 1.0, 0.0, "a", "b"), a]
    a = A(1, 2, 3, 4, 5)
    out += [call("splice", a, -2.0), a]
    a = A(1, 2, 3)
    out += [call("splice", a), a]
    a = A(1, 2, 3)
    out += [call("splice", a, 0.0, 1.0, "x", "y", "z"), a]
    a = A(1, 2, 3)
    out += [call("splice", a, 1.0, -5.0, "q"), a]
    a = A(1, 2, 3, 4)
    out += [call("splice", a, 1.0, 2.0, "only"), a]
    o = O(length=4, k0="a", k1="b", k2="c", k3="d")
    out += [call("splice", o, 1.0, 1.0), o]
    o = O(length=3, k0="a", k1="b", k2="c")
    out += [call("splice", o, 1.0, 0.0, "X", "Y"), o]
    a = A(1, None, 3, None, 5)
    out += [call("splice", a, 1.0, 2.0), a]
    assert S(*out) == (
        '[[2, 3], [1, 4, 5], [], [1, "a", "b", 2, 3, 4, 5], [4, 5], [1, 2, 3], [], [1, 2, 3], '
        '[1], ["x", "y", "z", 2, 3], [], [1, "q", 2, 3], [2, 3], [1, "only", 4], ["b"], '
        '{"0":"a","1":"c","2":"d","length":3}, [], '
        '{"0":"a","1":"X","2":"Y","3":"b","4":"c","length":5}, [<hole>, 3], [1, <hole>, 5]]')
    # [1,2,3].splice(1) -> [2,3]; [1,2,3].splice(1, undefined) -> []
    assert show(call("splice", A(1, 2, 3), 1.0)) == "[2, 3]"
    assert show(call("splice", A(1, 2, 3), 1.0, undefined)) == "[]"


def test_splice_generic_on_frozen_like_array():
    a = A(1, 2, 3)
    a.extensible = False
    assert show(call("splice", a, 0.0, 1.0)) == "[1]"
    assert show(a) == "[2, 3]"
    assert throws(call, "splice", a, 0.0, 0.0, "x", "y").startswith("TypeError: Cannot add property")


def test_splice_sparse():
    b = A()
    put_prop(b, "4294967294", "x")
    r = call("splice", b, 4294967290.0, 10.0)
    assert get_prop(r, "length") == 5.0 and get_prop(r, "4") == "x"
    assert get_prop(b, "length") == 4294967290.0
    c = A()
    put_prop(c, "3000000", "y")
    put_prop(c, "1", "z")
    call("splice", c, 0.0, 1.0)
    assert get_prop(c, "length") == 3000000.0
    assert get_prop(c, "0") == "z" and get_prop(c, "2999999") == "y"
    assert not has_property(c, "3000000") and not has_property(c, "1")


# ---------------------------------------------------------------------------
# pop / push / shift / unshift / reverse
# ---------------------------------------------------------------------------

def test_pop():
    # var a=[1,2,3]; [a.pop(), a, [].pop()]; pop.call({length:2,0:'a',1:'b'});
    # pop.call({}); pop.call({length:'3', 2:'z'})
    a = A(1, 2, 3)
    out = [call("pop", a), a, call("pop", A())]
    o = O(length=2, k0="a", k1="b")
    out += [call("pop", o), o]
    o2 = O()
    out += [call("pop", o2), o2]
    o3 = O(length="3", k2="z")
    out += [call("pop", o3), o3]
    assert S(*out) == ('[3, [1, 2], undefined, "b", {"0":"a","length":1}, undefined, '
                       '{"length":0}, "z", {"length":2}]')
    fr = A(1)
    fr.extensible = False
    define_own_property(fr, "0", 1.0, E)  # non-configurable, read-only element
    fr.length_writable = False
    assert throws(call, "pop", fr) == "TypeError: Cannot delete property '0'"
    h = A(1, None)
    assert call("pop", h) is undefined and get_prop(h, "length") == 1.0


def test_push():
    # var a=[1]; [a.push(2,3), a, a.push()]; push.call({}, 'x','y'); push.call({length:-1}, 'q')
    a = A(1)
    out = [call("push", a, 2.0, 3.0), a, call("push", a)]
    o = O()
    out += [call("push", o, "x", "y"), o]
    assert S(*out) == '[3, [1, 2, 3], 3, 2, {"0":"x","1":"y","length":2}]'
    assert type(call("push", A(), 1.0)) is float
    # array-likes use ToLength as node and test262 do (ES5.1's ToUint32 would give 4294967296)
    o2 = O(length=-1)
    assert call("push", o2, "q") == 1.0
    assert get_prop(o2, "0") == "q"


def test_push_past_max_length():
    # var o={length:4294967295}; [push.call(o,'a','b'), o.length, o[4294967295], o[4294967296]]
    o = O(length=4294967295)
    assert S(call("push", o, "a", "b"), get_prop(o, "length"), get_prop(o, "4294967295"),
             get_prop(o, "4294967296")) == '[4294967297, 4294967297, "a", "b"]'
    a = A()
    put_prop(a, "4294967294", 1.0)
    assert throws(call, "push", a, 5.0) == "RangeError: Invalid array length"


def test_push_frozen_and_setter():
    a = A(1)
    a.extensible = False
    assert throws(call, "push", a, 2.0) == \
        "TypeError: Cannot add property 1, object is not extensible"
    seen = []
    define_own_property(R().ArrayPrototype, "0", Accessor(undefined, F(
        lambda this, v, *_: seen.append(v), "set", 1)), 0)
    b = A()
    assert call("push", b, "v") == 1.0
    assert seen == ["v"] and not has_property(b, "0") or get_prop(b, "0") is undefined
    assert get_prop(b, "length") == 1.0


def test_reverse():
    # [[1,2,3,4].reverse(), [1,,3,,] reversed, reverse.call({length:3,0:'a',1:'b'}), [1,2,3].reverse()]
    a = A(1, 2, 3, 4)
    h = A(1, None, 3, None)
    call("reverse", h)
    o = O(length=3, k0="a", k1="b")
    call("reverse", o)
    assert S(call("reverse", a), h, o, call("reverse", A(1, 2, 3))) == \
        '[[4, 3, 2, 1], [<hole>, 3, <hole>, 1], {"1":"b","2":"a","length":3}, [3, 2, 1]]'
    assert call("reverse", a) is a
    big = A()
    put_prop(big, "4294967294", 1.0)
    call("reverse", big)
    assert get_prop(big, "0") == 1.0 and not has_property(big, "4294967294")


def test_shift():
    a = A(1, 2, 3)
    out = [call("shift", a), a, call("shift", A())]
    h = A(None, 1, None, 2)
    out += [call("shift", h), h]
    o = O(length=3, k0="a", k2="c")
    out += [call("shift", o), o]
    assert S(*out) == '[1, [2, 3], undefined, undefined, [1, <hole>, 2], "a", {"1":"c","length":2}]'
    big = A()
    put_prop(big, "4294967294", 1.0)
    call("shift", big)
    assert get_prop(big, "length") == 4294967294.0 and get_prop(big, "4294967293") == 1.0


def test_unshift():
    a = A(3)
    out = [call("unshift", a, 1.0, 2.0), a, call("unshift", a), a]
    o = O(length=2, k0="a", k1="b")
    out += [call("unshift", o, "x"), o]
    h = A(1, None, 3)
    call("unshift", h, 0.0)
    out.append(h)
    assert S(*out) == \
        '[3, [1, 2, 3], 3, [1, 2, 3], 3, {"0":"x","1":"a","2":"b","length":3}, [0, 1, <hole>, 3]]'
    big = A()
    put_prop(big, "4294967294", 1.0)
    assert throws(call, "unshift", big, "u") == "RangeError: Invalid array length"


# ---------------------------------------------------------------------------
# indexOf / lastIndexOf
# ---------------------------------------------------------------------------

def test_index_of():
    a = A(1, 2, math.nan, "1", 2, undefined, null, -0.0)
    got = [call("indexOf", a, 2.0), call("indexOf", a, 2.0, 2.0), call("indexOf", a, 2.0, -4.0),
           call("indexOf", a, math.nan), call("indexOf", a, "1"), call("indexOf", a, undefined),
           call("indexOf", a, null), call("indexOf", a, 0.0), call("indexOf", a, 2.0, 100.0),
           call("indexOf", a, 1.0, -100.0), call("indexOf", A(), 1.0),
           call("indexOf", A(None), undefined), call("indexOf", a, True),
           call("indexOf", A(True, 1), 1.0), call("indexOf", A(1), 1.0, undefined),
           call("indexOf", O(length=2, k1="b"), "b"), call("indexOf", "abc", "c")]
    assert S(*got) == "[1, 4, 4, -1, 3, 5, 6, 7, -1, 0, -1, -1, -1, 1, 0, 1, 2]"
    assert all(type(x) is float for x in got)
    o = A(1)
    oo = O()
    assert call("indexOf", A(O(), oo), oo) == 1.0
    assert call("indexOf", A(A(1)), o) == -1.0
    assert throws(call, "indexOf", null, 1.0) == \
        "TypeError: Array.prototype.indexOf called on null or undefined"


def test_last_index_of():
    a = A(1, 2, 3, 2, 1)
    got = [call("lastIndexOf", a, 2.0), call("lastIndexOf", a, 2.0, 2.0),
           call("lastIndexOf", a, 2.0, -3.0), call("lastIndexOf", a, 2.0, -4.0),
           call("lastIndexOf", a, 1.0, -100.0), call("lastIndexOf", a, 1.0, 100.0),
           call("lastIndexOf", a, 9.0), call("lastIndexOf", a, 1.0, undefined),
           call("lastIndexOf", a, 1.0, math.nan), call("lastIndexOf", A(math.nan), math.nan),
           call("lastIndexOf", A(), 1.0), call("lastIndexOf", A(None), undefined),
           call("lastIndexOf", a, 1.0, -5.0), call("lastIndexOf", a, 1.0, -6.0)]
    assert S(*got) == "[3, 1, 1, 1, -1, 4, -1, 0, 0, -1, -1, -1, 0, -1]"
    # [1, true].lastIndexOf(1) -> 0; [1, true].lastIndexOf(true) -> 1; [0].lastIndexOf(-0) -> 0
    assert call("lastIndexOf", A(1, True), 1.0) == 0.0
    assert call("lastIndexOf", A(1, True), True) == 1.0
    assert call("lastIndexOf", A(0), -0.0) == 0.0
    assert call("lastIndexOf", A(True, 1, True), 1.0, 0.0) == -1.0
    big = A()
    put_prop(big, "4294967294", 1.0)
    assert call("lastIndexOf", big, 1.0) == 4294967294.0
    assert call("indexOf", big, 1.0) == 4294967294.0


# ---------------------------------------------------------------------------
# Callback methods
# ---------------------------------------------------------------------------

def test_every_some():
    log = []

    def ev(this, v, i, o):
        log.extend([v, i])
        return v < 2

    r = call("every", A(1, 2, 3), F(ev))
    assert S(r, A(*log), call("every", A(), F(lambda this, *a: False)),
             call("every", A(1, None, 3), F(lambda this, v, *a: v is not undefined))) == \
        "[false, [1, 0, 2, 1], true, true]"
    log2 = []

    def so(this, v, i, o):
        log2.append(i)
        return v == 2.0

    assert S(call("some", A(1, 2, 3), F(so)), A(*log2), call("some", A(), F(lambda this, *a: True)),
             call("some", A(0, "", null), F(lambda this, v, *a: v))) == "[true, [0, 1], false, false]"


def test_for_each():
    log = []
    t = O()

    def cb(this, v, i, o):
        log.extend([v, i, this is t, type(o) is JSArray])

    assert call("forEach", A(1, None, "a"), F(cb), t) is undefined
    assert show(A(*log)) == '[1, 0, true, true, "a", 2, true, true]'
    assert type(log[1]) is float


def test_for_each_sees_mutations():
    # a=[1,2,3,4]: at i==0 push(9), pop(), pop() -> visits 1,2,3; b=[1,2,3]: delete b[1] -> 1,3
    log = []
    a = A(1, 2, 3, 4)

    def cb(this, v, i, o):
        log.append(v)
        if i == 0:
            call("push", a, 9.0)
            call("pop", a)
            call("pop", a)

    call("forEach", a, F(cb))
    b = A(1, 2, 3)

    def cb2(this, v, i, o):
        log.append(v)
        if i == 0:
            from runtime.properties import delete_prop
            delete_prop(b, "1")

    call("forEach", b, F(cb2))
    assert show(A(*log)) == "[1, 2, 3, 1, 3]"


def test_map_filter():
    m = [call("map", A(1, 2, 3), F(lambda this, v, i, o: v * i)),
         call("map", A(1, None, 3), F(lambda this, v, *a: v + 1)),
         call("map", "ab", F(lambda this, c, *a: c + c)),
         call("map", O(length=3, k1="y"), F(lambda this, v, i, *a: v + number_to_string(i))),
         call("map", A(1, 2), F(lambda this, *a: get_prop(this, "k")), O(k="K"))]
    assert S(*m) == '[[0, 2, 6], [2, <hole>, 4], ["aa", "bb"], [<hole>, "y1", <hole>], ["K", "K"]]'
    f = [call("filter", A(1, 2, 3, 4), F(lambda this, v, *a: v % 2 == 1)),
         call("filter", A(1, None, 3), F(lambda this, *a: True))]
    assert S(*f) == "[[1, 3], [1, 3]]"
    # filter keeps the value read before the callback ran
    a = A(1, 2)

    def mut(this, v, i, o):
        put_prop(o, "0", "changed")
        return True

    assert show(call("filter", a, F(mut))) == "[1, 2]"


def test_callback_type_errors():
    cases = [(5.0, "5"), (O(), "#<Object>"), ("abc", "abc"), (A(1, 2), "[object Array]"),
             (undefined, "undefined"), (null, "null"), (True, "true"),
             (R().new_wrapper("Number", 1.0), "[object Number]")]
    for v, name in cases:
        for m in ("forEach", "map", "filter", "every", "some", "reduce", "reduceRight"):
            assert throws(call, m, A(1), v) == "TypeError: %s is not a function" % name
    nul = JSObject(null)
    assert throws(call, "forEach", A(), nul) == "TypeError: [object Object] is not a function"
    for m in ("forEach", "map", "filter", "every", "some", "reduce", "reduceRight"):
        assert throws(call, m, undefined, F(lambda this, *a: 1)) == \
            "TypeError: Array.prototype.%s called on null or undefined" % m
    # length is read before the callback is checked (getter runs first)
    seen = []
    o = O()
    o.props["length"] = Accessor(F(lambda this: seen.append(1) or 0.0, "get", 0), undefined)
    throws(call, "forEach", o, 1.0)
    assert seen == [1]


def test_reduce():
    log = []

    def cb(this, a, b, i, o):
        log.append(i)
        return a + number_to_string(b)

    add = F(lambda this, a, b, *r: a + b if type(a) is type(b) else number_to_string(a) + b)
    got = [call("reduce", A(1, 2, 3), add), call("reduce", A(1, 2, 3), add, 10.0),
           call("reduce", A(), F(lambda this, *a: 1), "init"),
           call("reduce", A(None, 5, None), add), call("reduce", A(1, 2, 3), F(cb), ""),
           A(*log), call("reduce", A("a", "b", "c"), add)]
    assert S(*got) == '[6, 16, "init", 5, "123", [0, 1, 2], "abc"]'
    assert throws(call, "reduce", A(), add) == "TypeError: Reduce of empty array with no initial value"
    assert throws(call, "reduce", A(None, None), add) == \
        "TypeError: Reduce of empty array with no initial value"
    assert call("reduce", A(), add, undefined) is undefined
    # the callback's this is undefined
    assert call("reduce", A(1, 2), F(lambda this, *a: this)) is undefined


def test_reduce_right():
    log = []

    def cb(this, a, b, i, o):
        log.append(a)
        return (a if type(a) is str else number_to_string(a)) + number_to_string(b)

    got = [call("reduceRight", A(1, 2, 3), F(cb)), A(*log),
           call("reduceRight", A("a", "b", "c"), F(lambda this, a, b, *r: a + b), ">"),
           call("reduceRight", A(None, None, 7, None), F(lambda this, a, b, *r: a + b)),
           call("reduceRight", A(), F(lambda this, *a: 0), 1.0)]
    assert S(*got) == '["321", [3, "32"], ">cba", 7, 1]'
    assert throws(call, "reduceRight", A(), F(lambda this, *a: 0)) == \
        "TypeError: Reduce of empty array with no initial value"


def test_huge_sparse_callbacks_are_fast():
    a = A()
    put_prop(a, "4294967294", 1.0)
    seen = []
    call("forEach", a, F(lambda this, v, i, o: seen.append(i)))
    assert seen == [4294967294.0]
    assert call("reduce", a, F(lambda this, x, y, *r: x + y)) == 1.0
    assert call("reduceRight", a, F(lambda this, x, y, *r: x + y), 10.0) == 11.0
    m = call("map", a, F(lambda this, v, *r: v * 2))
    assert get_prop(m, "length") == 4294967295.0 and get_prop(m, "4294967294") == 2.0
    assert length_of(call("filter", a, F(lambda this, *r: True))) == 1
    assert call("some", a, F(lambda this, v, *r: v == 1.0)) is True
    assert call("every", a, F(lambda this, v, *r: v == 1.0)) is True


def test_async_callback():
    import asyncio

    async def acb(this, v, i, o):
        await asyncio.sleep(0)
        return v * 2

    r = call("map", A(1, 2, 3), F(acb))
    assert asyncio.iscoroutine(r)
    assert show(asyncio.run(r)) == "[2, 4, 6]"

    async def acmp(this, x, y):
        return x - y

    a = A(3, 1, 2)
    res = asyncio.run(call("sort", a, F(acmp)))
    assert res is a and show(a) == "[1, 2, 3]"
    total = asyncio.run(call("reduce", A(1, 2, 3), F(lambda this, x, y, *r: acb(this, y, 0, 0)), 0.0))
    assert total == 6.0


# ---------------------------------------------------------------------------
# sort
# ---------------------------------------------------------------------------

def test_sort_basic():
    sub = F(lambda this, x, y: y - x)
    got = [call("sort", A(3, 1, 2)), call("sort", A(10, 9, 1, 100, 20)),
           call("sort", A("b", undefined, "a", None, "c")), call("sort", A(3, 1, 2), sub),
           call("sort", A(2, 1, undefined, 3, None, null)), call("sort", A("B", "a", "C")),
           call("sort", A(True, False, "true")), call("sort", A(1, 2, 3), F(lambda this, *a: math.nan)),
           call("sort", A(3, 1, 2), undefined)]
    assert S(*got) == ('[[1, 2, 3], [1, 10, 100, 20, 9], ["a", "b", "c", undefined, <hole>], '
                       '[3, 2, 1], [1, 2, 3, null, undefined, <hole>], ["B", "C", "a"], '
                       '[false, true, "true"], [1, 2, 3], [1, 2, 3]]')
    # comparator result is ToNumber'd: {valueOf: () => a - b}
    def vo(this, x, y):
        o = O()
        o.props["valueOf"] = F(lambda t: x - y, "valueOf", 0)
        return o
    assert show(call("sort", A(5, 1, 4), F(vo))) == "[1, 4, 5]"
    assert throws(call, "sort", A(3, 1), 5.0) == \
        "TypeError: The comparison function must be either a function or undefined"
    assert throws(call, "sort", undefined) == \
        "TypeError: Cannot convert undefined or null to object"


def test_sort_inconsistent_comparator_matches_node():
    # [3,1,2].sort(function(a,b){return a>b}) -> [3, 1, 2] in node (TimSort)
    gt = F(lambda this, x, y: x > y)
    assert show(call("sort", A(3, 1, 2), gt)) == "[3, 1, 2]"


def test_sort_stable():
    objs = []
    for i in range(50):
        objs.append(O(k=i % 3, i=i))
    a = A(*objs)
    call("sort", a, F(lambda this, x, y: get_prop(x, "k") - get_prop(y, "k")))
    order = [int(get_prop(get_prop(a, str(i)), "i")) for i in range(50)]
    expect = "0,3,6,9,12,15,18,21,24,27,30,33,36,39,42,45,48,1,4,7,10,13,16,19,22,25,28,31,34,37,40," \
             "43,46,49,2,5,8,11,14,17,20,23,26,29,32,35,38,41,44,47"
    assert ",".join(map(str, order)) == expect


def test_sort_array_like_and_surrogates():
    # var o={length:5, 0:'c', 1:undefined, 3:'a', 4:'b'}; sort.call(o) -> {"0":"a","1":"b","2":"c","length":5}
    o = O(length=5, k0="c", k1=undefined, k3="a", k4="b")
    call("sort", o)
    assert stringify(o) == '{"0":"a","1":"b","2":"c","length":5}'
    assert get_prop(o, "3") is undefined and has_property(o, "3") and not has_property(o, "4")
    # ['\uD83D\uDE00', '\uFF61', 'a', '\uD800'].sort() char codes -> [97, 55296, 55357, 65377]
    a = A("\ud83d\ude00", "\uff61", "a", "\ud800")
    call("sort", a)
    assert [ord(get_prop(a, str(i))[0]) for i in range(4)] == [97, 55296, 55357, 65377]


def test_sort_sparse():
    a = A()
    put_prop(a, "4294967294", 1.0)
    put_prop(a, "5", 2.0)
    call("sort", a)
    assert S(get_prop(a, "0"), get_prop(a, "1"), get_prop(a, "length")) == "[1, 2, 4294967295]"
    assert not has_property(a, "5") and not has_property(a, "4294967294")


def _timsort_reference(values, cmp):
    """Runs array_sort's TimSort directly, collecting the comparator calls."""
    log = []
    fn = F(lambda this, x, y: (log.append((x, y)), cmp(x, y))[1])
    a = A(*values)
    call("sort", a, fn)
    return [get_prop(a, str(i)) for i in range(len(values))], log


def test_sort_comparator_call_sequence_matches_node():
    # [5,1,4,2,3].sort(function(a,b){ log.push(a+''+b); return a-b }) in node logs:
    # 15 41 45 41 24 21 34 32
    vals, log = _timsort_reference([5, 1, 4, 2, 3], lambda x, y: x - y)
    assert [number_to_string(x) + number_to_string(y) for x, y in log] == \
        ["15", "41", "45", "41", "24", "21", "34", "32"]
    assert vals == [1.0, 2.0, 3.0, 4.0, 5.0]


# node: for each (n, kind) the number of comparator calls, a hash of the
# (a, b) call sequence and a hash of the result, for arrays made by an LCG
# (see the JS in the test below); exercises runs, merges and galloping.
NODE_SORT_SIGNATURES = [
    [65, 0, 310, 272670174, 285034620], [65, 1, 64, 608203186, 432722082],
    [65, 2, 212, 529269950, 771352563], [65, 3, 236, 745901111, 674530136],
    [200, 0, 1268, 573811171, 144652971], [200, 1, 199, 804078944, 836266530],
    [200, 2, 1126, 911932758, 199061550], [200, 3, 1132, 538437958, 105717925],
    [1000, 0, 8631, 310466582, 89023307], [1000, 1, 999, 856709116, 358057142],
    [1000, 2, 7979, 75881266, 540182047], [1000, 3, 8074, 621217021, 546992241],
    [3000, 0, 29275, 997658295, 420090453], [3000, 1, 2999, 641619126, 289882132],
    [3000, 2, 25800, 379095117, 427701824], [3000, 3, 28279, 93519862, 632804263],
]


def test_sort_comparator_sequence_matches_node_timsort():
    # var seed = 12345; function rnd() { seed = (seed * 1103515245 + 12345) % 2147483648; return seed; }
    # kind 0: rnd() % 1000; 1: rnd() % 10; 2: i < n/2 ? i*3 : rnd() % 50 + (i % 7 == 0 ? 1000 : 0);
    # 3: i % 40 < 20 ? i : n - i.  Comparator: kind 1: a > b (inconsistent), else a%97 - b%97.
    seed = [12345.0]

    def rnd():
        seed[0] = (seed[0] * 1103515245.0 + 12345.0) % 2147483648.0
        return seed[0]

    for n, kind, calls, h, oh in NODE_SORT_SIGNATURES:
        arr = []
        for i in range(n):
            if kind == 0:
                arr.append(rnd() % 1000)
            elif kind == 1:
                arr.append(rnd() % 10)
            elif kind == 2:
                arr.append(float(i * 3) if i < n / 2 else (rnd() % 50) + (1000.0 if i % 7 == 0 else 0.0))
            else:
                arr.append(float(i) if i % 40 < 20 else float(n - i))
        st = [0, 0]

        def cmp(this, a, b):
            st[0] += 1
            st[1] = (st[1] * 31 + int(a) * 7 + int(b)) % 1000000007
            return a > b if kind == 1 else (a % 97) - (b % 97)

        a = A(*arr)
        call("sort", a, F(cmp))
        res = 0
        for x in a.elems:
            res = (res * 131 + int(x)) % 1000000007
        assert [st[0], st[1], res] == [calls, h, oh], (n, kind)


def test_sort_large_random_matches_sorted():
    rnd = random.Random(7)
    for n in (100, 1000, 5000):
        xs = [float(rnd.randrange(100)) for _ in range(n)]
        tagged = [O(v=x, i=float(i)) for i, x in enumerate(xs)]
        a = A(*tagged)
        call("sort", a, F(lambda this, p, q: get_prop(p, "v") - get_prop(q, "v")))
        got = [(get_prop(get_prop(a, str(i)), "v"), get_prop(get_prop(a, str(i)), "i"))
               for i in range(n)]
        assert got == sorted(got)  # ordered by value, ties by original index (stable)


def test_sort_write_back_respects_frozen():
    a = A(2, 1)
    from runtime.properties import define_own_property as dop
    dop(a, "0", 2.0, E)  # read-only element
    assert throws(call, "sort", a).startswith("TypeError: Cannot assign to read only property")


# ---------------------------------------------------------------------------
# Generic behaviour and fast paths agree
# ---------------------------------------------------------------------------

def test_string_this():
    assert show(call("map", "abc", F(lambda this, c, *a: c.upper()))) == '["A", "B", "C"]'
    assert throws(call, "push", "abc", "d").startswith("TypeError")


def test_accessor_elements_use_generic_path():
    a = A(1, 2, 3)
    hits = []
    define_own_property(a, "1", Accessor(F(lambda this: hits.append(1) or 20.0, "get", 0), undefined),
                        E | 4)
    assert call("join", a) == "1,20,3"
    assert show(call("slice", a)) == "[1, 20, 3]"
    assert call("indexOf", a, 20.0) == 1.0
    assert len(hits) == 3


def test_length_writable_false():
    a = A(1, 2)
    a.length_writable = False
    assert throws(call, "push", a, 3.0).startswith("TypeError")
    assert throws(call, "pop", a).startswith("TypeError")


def test_set_array_length_huge_then_methods():
    a = A()
    set_array_length(a, 4294967295.0)
    assert call("indexOf", a, 1.0) == -1.0
    assert call("lastIndexOf", a, undefined) == -1.0
    assert call("some", a, F(lambda this, *r: True)) is False
    assert call("join", a, "") == ""


# -- ES2015 methods on huge receivers: the element limit of runtime/limits.py --

import time as _time  # noqa: E402

from runtime import limits as _limits  # noqa: E402
from tests.helpers import run_js as _run_js  # noqa: E402


@pytest.fixture
def small_array_cap():
    _limits.configure(max_array_elements=1000)
    yield
    _limits.configure(reset=True)


def _outcome(body):
    return _run_js("try { console.log(String(%s)); } catch (e) { console.log(String(e)); }" % body)[-1]


LIMIT = "RangeError: Invalid array length: more than 1000 elements"


@pytest.mark.parametrize("body, result", [
    ("(function () { var a = []; a.length = 4294967295; return a.fill(0); })()", LIMIT),
    ("Array.prototype.fill.call({length: 9007199254740991}, 0)", LIMIT),
    ("Array.from({length: 5000})", LIMIT),
    ("Array.from({length: 1000}).length", "1000"),
    ("Array.from({length: 4294967296})", "RangeError: Invalid array length"),
    ("Array.from(new Array(1002).join('x'))", LIMIT),
    ("(function () { var it = {}; it[Symbol.iterator] = function () { return {next: function () {"
     " return {done: false, value: 1}; }}; }; return Array.from(it); })()", LIMIT),
    ("(function () { var a = new Array(600); a.fill(1); return a.concat(a).length; })()", LIMIT),
], ids=["fill-huge-array", "fill-huge-array-like", "from-array-like", "from-at-cap", "from-past-2^32",
        "from-string", "from-endless-iterator", "fill-then-concat"])
def test_es2015_array_builders_respect_the_element_cap(small_array_cap, body, result):
    t0 = _time.monotonic()
    assert _outcome(body) == result
    assert _time.monotonic() - t0 < 30  # refused early, not after billions of steps


def test_es2015_searches_on_a_huge_sparse_array_visit_only_present_indices():
    # includes/copyWithin on length 2**32-1 look at the few present keys;
    # a loop over every index would not finish
    out = _run_js("var a = []; a.length = 4294967295; a[7] = NaN; a[4294967294] = 'last';"
                  "console.log(a.includes(NaN), a.includes('last', -1), a.includes(undefined), a.includes('x'));"
                  "a.copyWithin(0, 4294967290); console.log(a[4], a[7], Object.keys(a).join());")
    assert out == ["true true true false", "last NaN 4,7,4294967294"]
