"""JSON.stringify's fast path (runtime/builtins/json_fast.py): objects of a
shape met often are written by a function made for the shape
(json_shapes.py), and arrays of strings in one step (a pair unpacked,
others joined). These pin the path taken, not a time; the output is
checked against node in tests/scripts/json/shape_encoders.js."""

import sys

import pytest

from runtime.builtins import json_fast
from runtime.builtins.json_fast import fast_stringify
from runtime.values import undefined


def objects(realm, keys, n, value=1.0):
    """An array of ``n`` objects with ``keys`` (in order) set to ``value``."""
    out = []
    for _ in range(n):
        o = realm.new_object()
        o.props.update(dict.fromkeys(keys, value))
        out.append(o)
    return realm.new_array(out)


def test_a_shape_met_often_gets_an_encoder_that_writes_its_objects(realm):
    keys = ("perf_enc_a", "perf_enc_b")
    fast_stringify(objects(realm, keys, json_fast._SHAPE_USES - 1))
    assert keys not in json_fast._encoders
    fast_stringify(objects(realm, keys, 1))
    encode = json_fast._encoders[keys]
    calls = []

    def spy(*args):
        calls.append(args)
        return encode(*args)

    json_fast._encoders[keys] = spy
    o = objects(realm, keys, 1, "x").elems[0]
    one = '{"perf_enc_a":"x","perf_enc_b":"x"}'
    assert fast_stringify(realm.new_array([o, o])) == "[%s,%s]" % (one, one)
    assert len(calls) == 2


def test_an_object_the_encoder_cannot_write_is_written_by_the_loop(realm):
    keys = ("perf_skip_a", "perf_skip_b")
    fast_stringify(objects(realm, keys, json_fast._SHAPE_USES))
    encode = json_fast._encoders[keys]
    assert callable(encode)
    o = objects(realm, keys, 1).elems[0]
    o.props["perf_skip_a"] = undefined
    assert fast_stringify(o) == '{"perf_skip_b":1}'
    assert json_fast._encoders[keys] is encode  # kept for the others


def test_a_shape_counted_with_a_member_to_leave_out_gets_no_encoder(realm):
    keys = ("perf_left_a", "perf_left_b")
    fast_stringify(objects(realm, keys, json_fast._SHAPE_USES - 1))
    o = objects(realm, keys, 1).elems[0]
    o.props["perf_left_b"] = undefined
    assert fast_stringify(o) == '{"perf_left_a":1}'
    assert json_fast._encoders[keys] is False
    one = '{"perf_left_a":1,"perf_left_b":1}'
    assert fast_stringify(objects(realm, keys, 2)) == "[%s,%s]" % (one, one)


def test_large_objects_and_index_keys_get_no_encoder(realm):
    many = tuple("perf_many_%d" % i for i in range(json_fast._MAX_SHAPE_KEYS + 1))
    fast_stringify(objects(realm, many, json_fast._SHAPE_USES + 1))
    assert many not in json_fast._encoders
    indexed = ("perf_idx", "7")
    text = fast_stringify(objects(realm, indexed, json_fast._SHAPE_USES + 1))
    assert text.startswith('[{"7":1,"perf_idx":1},')
    assert indexed not in json_fast._encoders


def lines_run_in_arr(value):
    """fast_stringify(value) and the number of lines its ``arr`` ran."""
    count = [0]

    def tracer(frame, event, arg):
        if frame.f_code.co_name != "arr" or frame.f_globals is not vars(json_fast):
            return None

        def local(frame, event, arg):
            count[0] += event == "line"
            return local
        return local

    sys.settrace(tracer)
    try:
        text = fast_stringify(value)
    finally:
        sys.settrace(None)
    return text, count[0]


def test_arrays_of_strings_are_joined_at_once(realm):
    strings = ['s"%d' % i for i in range(100)]
    quoted = ['"s\\"%d"' % i for i in range(100)]
    text, three = lines_run_in_arr(realm.new_array(strings[:3]))
    assert text == "[%s]" % ",".join(quoted[:3])
    text, hundred = lines_run_in_arr(realm.new_array(strings))
    assert text == "[%s]" % ",".join(quoted)
    assert hundred == three  # no Python step per element
    # something else at the end: the loop, a step per element
    text, mixed = lines_run_in_arr(realm.new_array(strings + [1.0]))
    assert text.endswith('"s\\"99",1]')
    assert mixed > hundred + 100


def test_a_pair_of_strings_is_written_without_the_join(realm, monkeypatch):
    joined = []

    def spy_map(f, elems):
        joined.append(("quote" if f is json_fast._c_quote else f.__name__, list(elems)))
        return map(f, elems)

    monkeypatch.setattr(json_fast, "map", spy_map, raising=False)
    assert fast_stringify(realm.new_array(["t0", 'g"'])) == '["t0","g\\""]'
    assert joined == []
    # a mixed array: its lengths are summed (1.0 has none), then the loop
    assert fast_stringify(realm.new_array(["t0", 1.0])) == '["t0",1]'
    assert fast_stringify(realm.new_array(["t0", "g1", "x"])) == '["t0","g1","x"]'
    assert joined == [("len", ["t0", 1.0]), ("len", ["t0", "g1", "x"]), ("quote", ["t0", "g1", "x"])]


def test_an_array_of_strings_too_deep_still_falls_back(realm):
    def nested(levels, leaf):
        v = realm.new_array(leaf)
        for _ in range(levels - 1):
            v = realm.new_array([v])
        return v

    for leaf in (["a", "b"], ["a", "b", "c"]):
        text = fast_stringify(nested(json_fast.MAX_FAST_DEPTH, leaf))
        assert text.endswith('"]' + "]" * (json_fast.MAX_FAST_DEPTH - 1))
        with pytest.raises(json_fast.Fallback):
            fast_stringify(nested(json_fast.MAX_FAST_DEPTH + 1, leaf))


def test_an_encoder_is_found_by_the_number_of_keys_and_checks_them(realm, monkeypatch):
    ab, ba = ("perf_len_a", "perf_len_b"), ("perf_len_b", "perf_len_a")
    fast_stringify(objects(realm, ab, json_fast._SHAPE_USES))
    fast_stringify(objects(realm, ba, json_fast._SHAPE_USES))
    assert callable(json_fast._encoders[ab]) and callable(json_fast._encoders[ba])
    made = []

    def spy_tuple(keys):
        made.append(tuple(keys))
        return made[-1]

    monkeypatch.setattr(json_fast, "tuple", spy_tuple, raising=False)
    one = objects(realm, ab, 1, "x").elems[0]
    other = objects(realm, ba, 1, 2.0).elems[0]
    text = fast_stringify(realm.new_array([one, one, one, other, other, one]))
    a, b = '{"perf_len_a":"x","perf_len_b":"x"}', '{"perf_len_b":2,"perf_len_a":2}'
    assert text == "[%s]" % ",".join([a, a, a, b, b, a])
    # a key tuple only where the last encoder of two keys was another shape's
    assert made == [ab, ba, ab]


def test_long_strings_are_counted_before_the_rest_are_quoted(realm, monkeypatch):
    """An array of long strings past the output limit throws after quoting
    the few that reach it, not after quoting them all (the one-step join
    once quoted every string first: 2 GB for 64 strings of 16M units)."""
    from runtime import limits

    quoted = []
    quote = json_fast._c_quote
    monkeypatch.setattr(json_fast, "_c_quote", lambda s: quoted.append(len(s)) or quote(s))
    limits.configure(max_string_length=300000)
    try:
        long = "x" * 100000
        with pytest.raises(Exception) as err:
            fast_stringify(realm.new_array([long] * 50))
        assert "Invalid string length" in str(err.value)
        assert len(quoted) <= 4
    finally:
        limits.configure(reset=True)
