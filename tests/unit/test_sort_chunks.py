"""The default sort of many values runs in chunks with checkpoints between
its native calls (issue 9: a sort of a million values was one ~0.8 s call
holding the event loop), and orders exactly as one stable sort does."""

import random

import pytest

from runtime.builtins import array_sort
from tests.helpers import run_js


@pytest.fixture
def small_chunks(monkeypatch):
    monkeypatch.setattr(array_sort, "SORT_CHUNK", 64)
    monkeypatch.setattr(array_sort, "SORT_IN_ONE_CALL", 100)


@pytest.mark.parametrize("n, spread", [(101, 5), (1000, 3), (1000, 10 ** 9), (5000, 50), (4097, 1)])
def test_chunked_order_is_the_stable_sorted_order(small_chunks, n, spread):
    rnd = random.Random(n * 31 + spread)
    keys = [str(rnd.randrange(spread)) for _ in range(n)]
    assert array_sort._default_order(keys) == sorted(range(n), key=keys.__getitem__)


def test_chunked_sort_checkpoints_between_native_calls_of_bounded_size(small_chunks, monkeypatch):
    events = []
    monkeypatch.setattr(array_sort, "checkpoint", lambda: events.append("checkpoint"))
    monkeypatch.setattr(array_sort, "sorted", lambda seq, key: events.append(len(seq)) or sorted(seq, key=key),
                        raising=False)
    keys = [str(i * 7919 % 1009) for i in range(5000)]
    assert array_sort._default_order(keys) == sorted(range(5000), key=keys.__getitem__)
    sizes = [e for e in events if e != "checkpoint"]
    assert len(sizes) > 5000 // 64 and max(sizes) <= 4 * 64
    # a checkpoint after every native call
    assert all(events[i + 1] == "checkpoint" for i, e in enumerate(events) if e != "checkpoint")


def test_js_sort_of_many_values_is_stable_and_in_string_order(small_chunks):
    out = run_js("var a = [];\n"
                 "for (var i = 0; i < 3000; i++) a.push({k: (i * 7919) % 1009, i: i, toString: function () { return String(this.k); }});\n"
                 "a.push(undefined); a.length = 3005;\n"
                 "a.sort();\n"
                 "var ok = a.length === 3005 && a[3000] === undefined && !(3001 in a);\n"
                 "for (var j = 1; j < 3000; j++) {\n"
                 "  var p = String(a[j - 1]), q = String(a[j]);\n"
                 "  if (p > q || (p === q && a[j - 1].i > a[j].i)) ok = false;\n"
                 "}\n"
                 "console.log(ok, String(a[0]), String(a[2999]));")
    assert out == ["true 0 999"]


def test_a_default_sort_above_the_one_call_size_is_right():
    # the real sizes: 140,000 values, 5 chunks of 32,768
    n = array_sort.SORT_IN_ONE_CALL + 8928
    out = run_js("var a = []; for (var i = 0; i < %d; i++) a.push('' + (i * 7919) %% 140009);\n"
                 "a.sort(); var ok = true;\n"
                 "for (var j = 1; j < a.length; j++) if (a[j - 1] > a[j]) ok = false;\n"
                 "console.log(ok, a.length, a[0], a[a.length - 1]);" % n)
    assert out == ["true %d 0 99999" % n]
