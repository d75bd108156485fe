"""runtime.agi.fairness: both tickers preempt a spinning script.

Each case runs in a fresh interpreter, because ``install()`` sets up its
ticker once per process (a SIGVTALRM timer or a thread) for good.
"""
import json
import os
import subprocess
import sys

import pytest

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))

# A plain-def "script" with a checkpoint at its back-edge, as compiled code
# has, spins until a timer task ticking every 5 ms has ticked TICKS times
# during the spin (or DEADLINE seconds have passed): the timer can only tick
# while the script spins if the script is preempted. Counting ticks instead of
# spinning for a fixed second keeps the test independent of the machine's
# load (a loaded machine slows both sides alike), while a stall still fails:
# no tick at all, the spin running into its deadline.
PROBE = r"""
import asyncio, json, sys, time
from runtime import sched
from runtime.agi import fairness

ticker = fairness.install(slice_seconds=0.010, ticker=sys.argv[1])
TICKS, DEADLINE = 30, 20.0
ticked = []

def spin():
    end = time.monotonic() + DEADLINE
    n = 0
    while True:
        if sched.FLAG[0]:
            sched.preempt()
        n += 1
        if len(ticked) >= TICKS or time.monotonic() > end:
            return n

async def script():
    return spin()

async def ticks(stop):
    last = time.monotonic()
    while not stop.done():
        await asyncio.sleep(0.005)
        now = time.monotonic()
        ticked.append(now - last)
        last = now

async def main():
    stop = asyncio.get_running_loop().create_future()
    await asyncio.sleep(0.02)
    t = asyncio.ensure_future(ticks(stop))
    runner = fairness.ScriptRunner(script(), cpu_budget=None)
    t0 = time.monotonic()
    spins = await runner
    spun = time.monotonic() - t0
    stop.set_result(None)
    await t
    print(json.dumps({"ticker": ticker, "spins": spins, "spun": spun, "ticks": len(ticked),
                      "cpu": runner.cpu_used}))

asyncio.run(main())
"""

BUDGET = r"""
import asyncio, sys
from runtime import sched
from runtime.agi import fairness
from runtime.errors import BudgetExceeded

fairness.install(slice_seconds=0.010, ticker=sys.argv[1])

async def script():
    while True:
        if sched.FLAG[0]:
            sched.preempt()

async def main():
    try:
        await fairness.ScriptRunner(script(), cpu_budget=0.2)
    except BudgetExceeded as e:
        print("stopped:", e)

asyncio.run(main())
"""


def _run(code, ticker):
    out = subprocess.run([sys.executable, "-c", code, ticker], cwd=ROOT, capture_output=True,
                         text=True, timeout=60)
    assert out.returncode == 0, out.stderr
    return out.stdout


@pytest.mark.parametrize("ticker", ["signal", "thread"])
def test_spinning_script_yields_to_the_loop(ticker):
    r = json.loads(_run(PROBE, ticker))
    assert r["ticker"] == ticker
    assert r["spins"] > 0
    # Without preemption the timer task cannot run while the script spins:
    # the spin would run into its 20 s deadline with no tick. With it, 30 ticks
    # of 5 ms (slices of 10 ms between them) take ~0.5 s on an idle machine.
    assert r["ticks"] >= 30 and r["spun"] < 20.0, r
    # the CPU charged to the script is its own: more than nothing, never more than the
    # wall time it spun on one thread
    assert 0 < r["cpu"] <= r["spun"] + 0.05, r


@pytest.mark.parametrize("ticker", ["signal", "thread"])
def test_cpu_budget_stops_a_spinning_script(ticker):
    out = _run(BUDGET, ticker)
    assert out.startswith("stopped: CPU budget of 0.2s exceeded"), out


def test_auto_picks_the_signal_ticker_in_the_main_thread():
    code = "from runtime.agi import fairness; print(fairness.install())"
    assert _run(code, "x").strip() == "signal"


# A spinning script on a contended loop (another task burns CPU in every
# loop pass) steps further back each time it is preempted, up to
# MAX_BACKOFF slices; waiting for a future ends its streak.
BACKOFF = r"""
import asyncio, json, sys, time
from runtime import sched
from runtime.agi import fairness

fairness.install(slice_seconds=0.010, ticker="signal")
runner = None
seen = []

def spin(seconds):
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        if sched.FLAG[0]:
            sched.preempt()
            seen.append(runner.streak)

async def script():
    spin(1.0)
    await asyncio.sleep(0)  # a future: the script is no spinner any more
    return runner.streak

async def burner(stop):
    while not stop.done():
        t = time.thread_time()
        while time.thread_time() - t < 0.002:  # others need the CPU: a busy loop
            pass
        await asyncio.sleep(0)

async def main():
    global runner
    stop = asyncio.get_running_loop().create_future()
    b = asyncio.ensure_future(burner(stop))
    runner = fairness.ScriptRunner(script(), cpu_budget=None)
    t0 = time.monotonic()
    after = await runner
    stop.set_result(None)
    await b
    print(json.dumps({"max": max(seen), "after": after, "limit": fairness.MAX_BACKOFF,
                      "never_reset": all(a <= b for a, b in zip(seen, seen[1:]))}))

asyncio.run(main())
"""


def test_a_spinner_on_a_busy_loop_backs_off_and_waiting_resets_it():
    out = subprocess.run([sys.executable, "-c", BACKOFF], cwd=ROOT, capture_output=True,
                         text=True, timeout=60)
    assert out.returncode == 0, out.stderr
    r = json.loads(out.stdout)
    assert r["max"] >= r["limit"]  # preempted past the cap: its pauses reached MAX_BACKOFF slices
    assert r["never_reset"]  # no future awaited while spinning: the streak only grows
    assert r["after"] == 0
