"""JSON.parse's fast path (runtime/builtins/json_decode.py; issue 10's
json_roundtrip): the C decoder's object hook builds each JSObject inline,
and inline too the JSArray of a list the object holds; an object of plain
values (a dict the GC does not track) skips the Python loop over its values.
Its results must be the hand-written parser's (the general path, whose
results match node's: tests/scripts/json/parse_fast_path.js)."""

import math
import sys

import pytest

from runtime.builtins.json import _Parser
from runtime.builtins.json_decode import fast_parse
from runtime.values import JSArray, JSObject, make_array, make_object, null
from tests.helpers import counting_checkpoints

TEXTS = [
    '[{"id":0,"name":"user0","active":true,"tags":["t0","g0"],"score":0},'
    '{"id":1,"name":"u","active":false,"tags":[],"score":null}]',
    '{"a":1,"b":"x","c":null,"d":false}',
    '{"a":1.5,"b":"x","d":true}',
    '{"a":{"b":null,"c":[null,[1,null,[]],{"d":null}]},"e":[[],[[null]]],"f":[{}]}',
    '{"b":1,"a":2,"1":3,"0":4,"b":5,"__proto__":{"x":null},"-0":-0,"01":6,"4294967295":7}',
    '[-0,0,-0.0,1e400,-1e-400,1E2,0.1,123456789012345678901234567890]',
    '["\\ud800","\\ud83d\\ude00","\\udc00x","\u00e9","\\u00e9",{"\\u0062":[null,"\\ud800"]}]',
    '{"k":["\\u0041",{"\\u0062":null,"c":[[null]]}],"\\ud800":null}',
    # host strings may hold astral characters: the decoded strings are converted
    '{"\U0001F600":["\U0001F600",null,{"x":"\U0001F600"}],"n":null}',
    'null', '1', '-0', '"s"', '"\U0001F600"', 'true', '[]', '{}', ' [ null , { } ] ',
    '{"a":[' + 'null,' * 5000 + '[1],{"b":null}],"c":null}',
    '[' + '{"x":[null]},' * 5000 + 'null]',
]


def shape(v, realm):
    """Everything a script can see of a parsed value, as plain Python."""
    if type(v) is JSArray:
        assert (v.proto, v.props, v.attrs, v.sparse, v.extensible, v.special, v.cls,
                v.length_writable) == (realm.ArrayPrototype, {}, None, None, True, False,
                                       "Array", True)
        return [shape(e, realm) for e in v.elems]
    if type(v) is JSObject:
        assert (v.proto, v.attrs, v.extensible, v.special, v.cls) == (
            realm.ObjectPrototype, None, True, False, "Object")
        return {"keys": list(v.props), "values": [shape(x, realm) for x in v.props.values()]}
    if type(v) is float:
        return ("-0" if v == 0 and math.copysign(1, v) < 0 else repr(v))
    assert v is null or type(v) in (str, bool), v
    return v


@pytest.mark.parametrize("text", TEXTS, ids=range(len(TEXTS)))
def test_fast_parse_gives_what_the_hand_written_parser_gives(realm, text):
    assert shape(fast_parse(text, realm), realm) == shape(_Parser(text, realm).parse(), realm)


def slots(o):
    return {name: getattr(o, name) for klass in type(o).__mro__
            for name in getattr(klass, "__slots__", ()) if name != "__weakref__"}


def test_objects_and_arrays_are_built_as_make_object_and_make_array_build_them(realm):
    # the hook sets the slots itself: a slot values.py adds must be set there too
    v = fast_parse('[{"a":[1]}]', realm)
    o, a = v.elems[0], v.elems[0].props["a"]
    assert slots(o) == slots(make_object(realm.ObjectPrototype, o.props))
    assert slots(a) == slots(make_array(realm.ArrayPrototype, a.elems))
    assert slots(v) == slots(make_array(realm.ArrayPrototype, v.elems))


def calls_made(realm, text):
    """The Python functions, and the builtins they call, run by fast_parse."""
    seen = []

    def profile(frame, event, arg):
        if event == "call":
            seen.append(frame.f_code.co_name)
        elif event == "c_call":
            seen.append(arg.__name__)

    sys.setprofile(profile)
    try:
        fast_parse(text, realm)
    finally:
        sys.setprofile(None)
    return [name for name in seen if name != "setprofile"]


def test_a_record_and_its_list_are_built_by_one_call_of_the_hook(realm):
    records = "[" + ",".join('{"id":%d,"tags":["a","b"],"n":null}' % i for i in range(3)) + "]"
    calls = calls_made(realm, records)
    # per record the hook, its test of the dict and its loop; one conv_list for the top
    assert calls.count("to_object") == 3 and calls.count("conv_list") == 1
    assert calls.count("is_tracked") == 3 and calls.count("items") == 3
    assert not {"make_object", "make_array", "convert_items"} & set(calls)


def test_an_object_of_plain_values_skips_the_python_loop(realm):
    calls = calls_made(realm, '[{"a":1,"b":"x","c":true},{"a":2,"b":"y","c":null}]')
    # both dicts are untracked: C looks for None in them, the loop runs for the second only
    assert calls.count("to_object") == 2 and calls.count("values") == 2
    assert calls.count("items") == 1
    v = fast_parse('{"a":1,"b":"x","c":null}', realm)
    assert v.props["c"] is null


N = 50000


@pytest.mark.parametrize("text, at_least", [
    ("[" + "{}," * N + "{}]", N),                  # each object
    ('{"a":[' + "1," * N + "1]}", N // 4096),      # a list in an object, inline: per chunk
    ("[[" + "1," * N + "1]]", N // 4096),          # a list in a list
    ('{"a":[' + "[1]," * N + "1]}", N),            # each list in a list
], ids=["objects", "list-in-object", "list-in-list", "lists-in-list"])
def test_long_parses_reach_checkpoints(realm, text, at_least):
    with counting_checkpoints() as calls:
        fast_parse(text, realm)
    assert calls[0] >= at_least
