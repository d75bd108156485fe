"""runtime/iteration.py: the iteration protocol host code uses (for-of,
spread, destructuring, Array.from, Map/Set constructors)."""

import pytest

from runtime import iteration
from runtime.conversions import to_string
from runtime.errors import JSThrow
from runtime.functions import make_function
from runtime.properties import get_prop
from runtime.symbols import SYMBOL_ITERATOR
from runtime.values import HOLE, JSArguments, undefined


def _fn(realm, f, name="f"):
    return make_function(f, name, 0.0, realm)


def _counting_iterable(realm, n, log, return_result=True, throw_in_return=False):
    """An object with its own [Symbol.iterator]: yields 1..n, logs calls."""
    state = {"i": 0}

    def next_(this, *_):
        log.append("next")
        state["i"] += 1
        r = realm.new_object()
        r.props["done"] = state["i"] > n
        r.props["value"] = float(state["i"])
        return r

    def return_(this, *_):
        log.append("return")
        if throw_in_return:
            from runtime.errors import throw_type_error
            throw_type_error("from return")
        return realm.new_object() if return_result else 1.0

    def iter_(this, *_):
        log.append("iter")
        it = realm.new_object()
        it.props["next"] = _fn(realm, next_, "next")
        it.props["return"] = _fn(realm, return_, "return")
        return it

    o = realm.new_object()
    o.props[SYMBOL_ITERATOR] = _fn(realm, iter_, "[Symbol.iterator]")
    return o


def _message(info):
    return to_string(get_prop(info.value.value, "message"))


def test_array_is_read_live_and_holes_read_as_undefined(realm):
    a = realm.new_array([1.0, HOLE, 3.0])
    seen = []
    for v in iteration.iterate(a):
        seen.append(v)
        if len(seen) == 1:
            a.elems.append(4.0)  # a push in the loop body is seen
    assert seen == [1.0, undefined, 3.0, 4.0]


def test_string_iterates_by_code_point(realm):
    s = "a\ud83d\ude00b\ud800"  # a, a surrogate pair, b, a lone high surrogate
    assert list(iteration.iterate(s)) == ["a", "\ud83d\ude00", "b", "\ud800"]


def test_arguments_object_iterates_its_indices(realm):
    args = JSArguments(realm.ObjectPrototype)
    # as functions.make_arguments makes it: with its own [Symbol.iterator]
    args.props.update({"0": "x", "1": "y", "length": 2.0, SYMBOL_ITERATOR: realm.arguments_iterator()})
    assert list(iteration.iterate(args)) == ["x", "y"]


@pytest.mark.parametrize("value, what, message", [
    (undefined, None, "undefined is not iterable"),
    (5.0, None, "5 is not iterable"),
    (5.0, "n", "n is not iterable"),
])
def test_not_iterable_names_the_value_or_its_source(realm, value, what, message):
    with pytest.raises(JSThrow) as info:
        iteration.iterate(value, what)
    assert _message(info) == message


def test_plain_object_is_not_iterable(realm):
    with pytest.raises(JSThrow) as info:
        iteration.spread_list(realm.new_object(), "o")
    assert _message(info) == "o is not iterable"


def test_generic_protocol_runs_to_done_without_calling_return(realm):
    log = []
    assert list(iteration.iterate(_counting_iterable(realm, 2, log))) == [1.0, 2.0]
    assert log == ["iter", "next", "next", "next"]


def test_break_closes_the_iterator(realm):
    log = []
    gen = iteration.iterate(_counting_iterable(realm, 5, log))
    for v in gen:
        break
    gen.close()
    assert log == ["iter", "next", "return"]


def test_close_on_break_propagates_errors_of_return(realm):
    log = []
    gen = iteration.iterate(_counting_iterable(realm, 5, log, throw_in_return=True))
    next(gen)
    with pytest.raises(JSThrow) as info:
        gen.close()
    assert _message(info) == "from return"


def test_close_on_break_requires_an_object_result(realm):
    gen = iteration.iterate(_counting_iterable(realm, 5, [], return_result=False))
    next(gen)
    with pytest.raises(JSThrow) as info:
        gen.close()
    assert _message(info) == "Iterator result 1 is not an object"


def test_abort_calls_return_and_ignores_its_error(realm):
    log = []
    gen = iteration.iterate(_counting_iterable(realm, 5, log, throw_in_return=True))
    next(gen)
    iteration.abort(gen)  # the loop body threw: return() runs, its error is dropped
    assert log == ["iter", "next", "return"]
    gen.close()  # already closed: return() is not called again
    assert log.count("return") == 1


def test_step_value_and_close_on_a_record(realm):
    log = []
    rec = iteration.get_iterator(_counting_iterable(realm, 3, log))
    assert iteration.step_value(rec) == 1.0
    iteration.close(rec)
    iteration.close(rec)  # done: once only
    assert log == ["iter", "next", "return"]
    rec = iteration.get_iterator(realm.new_array([1.0, 2.0]))
    assert iteration.step_value(rec) == 1.0
    assert iteration.rest_list(rec) == [2.0]
    assert iteration.step_value(rec) is iteration.DONE


def test_non_object_iterator_result_is_a_typeerror(realm):
    def next_(this, *_):
        return 1.0

    def iter_(this, *_):
        it = realm.new_object()
        it.props["next"] = _fn(realm, next_, "next")
        return it

    o = realm.new_object()
    o.props[SYMBOL_ITERATOR] = _fn(realm, iter_)
    with pytest.raises(JSThrow) as info:
        list(iteration.iterate(o))
    assert _message(info) == "Iterator result 1 is not an object"


def test_spread_list_of_a_dense_array_is_a_copy(realm):
    a = realm.new_array([1.0, 2.0])
    out = iteration.spread_list(a)
    assert out == [1.0, 2.0] and out is not a.elems


@pytest.fixture
def small_arrays():
    from runtime import limits

    limits.configure(max_array_elements=3000)
    yield
    limits.configure(reset=True)


def test_spreading_an_endless_iterator_stops_at_the_array_limit(realm, small_arrays):
    log = []
    endless = _counting_iterable(realm, float("inf"), log)
    with pytest.raises(JSThrow) as info:
        iteration.spread_list(endless)
    assert to_string(get_prop(info.value.value, "name")) == "RangeError"
    assert log[-1] == "return" and log.count("next") <= 4096  # closed, stopped early
    log.clear()
    rec = iteration.get_iterator(_counting_iterable(realm, float("inf"), log))
    with pytest.raises(JSThrow):
        iteration.rest_array(rec)
    assert log[-1] == "return"
