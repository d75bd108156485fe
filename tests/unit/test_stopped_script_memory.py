"""A script that ends with an exception (stopped by its budget or the memory
limit, or an uncaught error) gives back what its frames held as soon as the
host has handled the exception, without waiting for the cyclic garbage
collector (issue 9: a stopped script's 458 MiB string stayed resident).

The exception's traceback keeps every frame it passed through, and so the
values those frames held. ``ScriptRunner``'s own frames held the exception
too (``_body``'s and ``__await__``'s locals), and the traceback holds those
frames: a cycle only the cyclic GC frees. The cyclic GC is disabled in
these tests so that only reference counting can free the object."""

import asyncio
import gc
import weakref

import pytest

from runtime.agi import fairness
from runtime.errors import BudgetExceeded


class Held:
    """Stands for a script's value (a weakref-able object in a frame)."""


@pytest.fixture
def no_cyclic_gc():
    gc.collect()
    gc.disable()
    yield
    gc.enable()


def _run(coro_fn, budget=None):
    """Runs ``coro_fn(refs)`` in a ScriptRunner, as the host does; returns
    (the type of the exception it ended with, the weakref to the object
    its frame held). The exception is dropped once handled."""
    refs = []

    async def main():
        try:
            await fairness.ScriptRunner(coro_fn(refs), cpu_budget=budget)
        except BaseException as e:  # noqa: B036 - the host's boundary
            return type(e)
        return None

    kind = asyncio.run(main())
    return kind, refs[0]


async def _deep(refs, then):
    held = Held()  # a local of a frame the exception passes through
    refs.append(weakref.ref(held))
    await then()
    return held


def test_a_budget_stop_frees_what_the_stopped_frames_held(no_cyclic_gc):
    async def spend_then_wait():
        sum(range(200000))  # over the tiny budget: the runner throws at the next await
        await asyncio.sleep(0)

    kind, ref = _run(lambda refs: _deep(refs, spend_then_wait), budget=1e-9)
    assert kind is BudgetExceeded
    assert ref() is None


def test_an_uncaught_error_frees_what_the_frames_held(no_cyclic_gc):
    async def fail():
        raise ValueError("boom")

    kind, ref = _run(lambda refs: _deep(refs, fail))
    assert kind is ValueError
    assert ref() is None


def test_the_runner_keeps_no_reference_to_the_exception(no_cyclic_gc):
    # the frames of the traceback (which include the runner's) must not
    # hold the exception itself: that cycle kept a stopped script's values
    class Boom(Exception):
        """(a subclass: built-in exceptions take no weak references)"""

    async def fail():
        raise Boom("boom")

    async def main():
        try:
            await fairness.ScriptRunner(fail())
        except Boom as e:
            return weakref.ref(e)

    assert asyncio.run(main())() is None
