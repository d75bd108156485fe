"""runtime/agi/offload.py: a library's blocking work runs in the I/O threads
while the script's greenlet waits, and in place outside a script."""

import asyncio
import threading
import time

import pytest

from runtime.agi import fairness
from runtime.agi.offload import off_loop


def _thread_name():
    return threading.current_thread().name


def _in_runner(fn, budget=60.0):
    """Runs the plain function ``fn`` as a script would: in a ScriptRunner's greenlet."""
    async def script():
        return fn()

    async def go():
        runner = fairness.ScriptRunner(script(), cpu_budget=budget)
        return await runner, runner
    return asyncio.run(go())


def test_outside_a_script_the_work_runs_in_place():
    assert off_loop(_thread_name) == threading.current_thread().name


def test_inside_a_script_the_work_runs_in_an_io_thread_and_returns_its_value():
    fairness.install(0.01)
    value, _ = _in_runner(lambda: off_loop(_thread_name))
    assert value.startswith("ajgi-io")


def test_an_exception_of_the_work_reaches_the_library_function():
    fairness.install(0.01)

    def failing():
        raise FileNotFoundError(2, "No such file or directory")

    def library_function():
        try:
            off_loop(failing)
        except FileNotFoundError as e:
            return "caught %d" % e.errno
    assert _in_runner(library_function)[0] == "caught 2"


def test_the_threads_cpu_time_is_charged_to_the_script():
    fairness.install(0.01)

    def burn():
        t0 = time.thread_time()
        while time.thread_time() - t0 < 0.3:
            pass

    _, runner = _in_runner(lambda: off_loop(burn))
    assert runner.cpu_used >= 0.25, runner.cpu_used


def test_the_loop_runs_other_tasks_while_the_work_waits():
    fairness.install(0.01)
    ticks = []

    async def ticker():
        for _ in range(20):
            ticks.append(time.monotonic())
            await asyncio.sleep(0.01)

    async def script():
        return off_loop(time.sleep, 0.5)

    async def go():
        t = asyncio.ensure_future(ticker())
        await fairness.ScriptRunner(script(), cpu_budget=60.0)
        n = len(ticks)
        await t
        return n
    # the 0.5 s sleep is in a thread: the ticker kept going meanwhile
    assert asyncio.run(go()) >= 10
