"""Host code that gets a coroutine from a script function (a getter, a
setter, toString/valueOf that calls delay()) settles it through
``runtime.sched.settle``: inside a script runner the script waits for it;
outside one it is a TypeError naming what blocked and where."""

import asyncio

import pytest

from runtime import sched
from runtime.agi import fairness
from runtime.conversions import to_string
from runtime.errors import JSThrow
from runtime.properties import get_prop


async def _blocking(value):
    await asyncio.sleep(0.001)
    return value


def test_outside_a_runner_settle_is_a_typeerror_naming_the_blocking_function(realm):
    pending = _blocking(5)
    with pytest.raises(JSThrow) as info:
        sched.settle(pending, "the getter of 'x'")
    err = info.value.value
    assert to_string(get_prop(err, "name")) == "TypeError"
    message = to_string(get_prop(err, "message"))
    assert message.startswith("the getter of 'x' (") and message.endswith(
        "it calls a blocking function (delay, websocket)"), message
    assert pending.cr_frame is None  # closed, never left pending


def test_inside_a_runner_plain_code_waits_for_the_coroutine():
    fairness.install(0.01)
    seen = []

    async def script():
        # plain (non-async) host code deep in the call stack
        def host_reads_a_getter():
            return sched.settle(_blocking(42), "the getter of 'x'")
        seen.append(host_reads_a_getter())
        return "done"

    async def main():
        other = asyncio.ensure_future(asyncio.sleep(0))  # the loop keeps running meanwhile
        r = await fairness.ScriptRunner(script(), cpu_budget=5.0)
        assert other.done()
        return r

    assert asyncio.run(main()) == "done"
    assert seen == [42]
