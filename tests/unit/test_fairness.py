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
# has, spins for 1 s; a timer task ticking every 5 ms must keep running.
PROBE = r"""
import asyncio, json, sys, time
from runtime import sched
from runtime.agi import fairness

ticker = fairness.install(slice_seconds=0.010, ticker=sys.argv[1])
SPIN = 1.0

def spin(seconds):
    end = time.monotonic() + seconds
    n = 0
    while True:
        if sched.FLAG[0]:
            sched.preempt()
        n += 1
        if time.monotonic() > end:
            return n

async def script():
    return spin(SPIN)

async def ticks(gaps, stop):
    last = time.monotonic()
    while not stop.done():
        await asyncio.sleep(0.005)
        now = time.monotonic()
        gaps.append((now, now - last))
        last = now

async def main():
    gaps = []
    stop = asyncio.get_running_loop().create_future()
    t = asyncio.ensure_future(ticks(gaps, stop))
    await asyncio.sleep(0.02)
    runner = fairness.ScriptRunner(script(), cpu_budget=None)
    t0 = time.monotonic()
    spins = await runner
    t1 = time.monotonic()
    await asyncio.sleep(0.02)  # the tick a stall delayed lands now
    stop.set_result(None)
    await t
    during = [g for (end, g) in gaps if end > t0]
    ticked = [g for (end, g) in gaps if t0 < end <= t1]
    print(json.dumps({"ticker": ticker, "spins": spins, "max_gap": max(during),
                      "gaps": len(ticked), "cpu": runner.cpu_used}))

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
    # Without preemption the timer would not tick at all during the 1 s spin
    # (one gap of a whole second). A slice is 10 ms and the ticker looks
    # every 5 ms, so an idle machine sees gaps of ~15 ms, about 60 of them;
    # the bounds leave room for a machine shared by many processes (a run
    # measured 16 ticks in 0.4 s under load) and still fail on a stall.
    assert r["max_gap"] < 0.3, r
    assert r["gaps"] >= 15, r
    assert 0.5 < r["cpu"] < 1.5, r


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
