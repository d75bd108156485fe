"""A script that ends with an exception (stopped by its budget or the memory
limit, or an uncaught error) gives back what its frames held as soon as the
exception is handled, without waiting for the cyclic garbage collector
(issue 9: a stopped script's 458 MiB string stayed resident).

The exception's traceback keeps every frame it passed through, and the
runner's own frames held the exception: a cycle. ``ScriptRunner`` drops the
locals of those frames before the exception leaves it (fairness._ended).
The cyclic GC is disabled in these tests so that only reference counting
can free the object."""

import asyncio
import gc
import weakref

import pytest

from runtime.agi import fairness
from runtime.errors import BudgetExceeded
from runtime.uncaught import js_frames


class Held:
    """Stands for a script's value (a weakref-able object in a frame)."""


@pytest.fixture
def no_cyclic_gc():
    gc.collect()
    gc.disable()
    yield
    gc.enable()


def _run(coro_fn, budget=None):
    """Runs ``coro_fn(ref)`` in a ScriptRunner; returns (the exception it
    ended with, the weakref to the object its frame held)."""
    refs = []

    async def main():
        try:
            await fairness.ScriptRunner(coro_fn(refs), cpu_budget=budget)
        except BaseException as e:  # noqa: B036 - the test looks at what ended it
            return e
        return None

    exc = asyncio.run(main())
    return exc, refs[0]


async def _deep(refs, then):
    held = Held()  # a local of a frame the exception passes through
    refs.append(weakref.ref(held))
    await then()
    return held


def test_a_budget_stop_frees_what_the_stopped_frames_held(no_cyclic_gc):
    async def spend_then_wait():
        sum(range(200000))  # over the tiny budget: the runner throws at the next await
        await asyncio.sleep(0)

    exc, ref = _run(lambda refs: _deep(refs, spend_then_wait), budget=1e-9)
    assert isinstance(exc, BudgetExceeded)
    assert ref() is None


def test_an_uncaught_error_frees_what_the_frames_held(no_cyclic_gc):
    async def fail():
        raise ValueError("boom")

    exc, ref = _run(lambda refs: _deep(refs, fail))
    assert isinstance(exc, ValueError)
    assert ref() is None


def test_the_positions_of_the_traceback_survive_the_clearing(no_cyclic_gc):
    # the host names the stopped place from the traceback's code objects and
    # offsets (uncaught.js_frames); only the locals are dropped
    async def fail():
        raise ValueError("boom")

    exc, _ = _run(lambda refs: _deep(refs, fail))
    frames = []
    tb = exc.__traceback__
    while tb is not None:
        frames.append((tb.tb_frame.f_code.co_name, tb.tb_lineno, tb.tb_frame.f_locals))
        tb = tb.tb_next
    (deep, deep_line, deep_locals), (fail, fail_line, _) = frames[-2:]
    assert (deep, fail) == ("_deep", "fail")
    assert deep_line == _deep.__code__.co_firstlineno + 3  # the `await then()`
    assert "held" not in deep_locals
    assert js_frames(exc.__traceback__) == []  # no compiled JS here, and no error reading it
