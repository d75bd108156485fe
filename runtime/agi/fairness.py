"""Fair sharing of the one event loop between scripts, and the CPU budget.

Every script runs as its own asyncio task, but JavaScript is plain Python
code: a ``while (true) {}`` never returns to the loop on its own. The
compiler puts a checkpoint at every loop back-edge and function entry::

    if _ajgi_flag[0]: _ajgi_preempt()        # plain def
    if _ajgi_flag[0]: await _ajgi_apreempt() # async def

and this module decides what a set flag means:

* A daemon **watchdog thread** looks every few milliseconds at the running
  script slice (the time since the script last got control from the loop).
  Past ``slice`` seconds it sets ``runtime.sched.FLAG[0]``. While nobody
  spins, the flag stays False and checkpoints cost one list read.
* The checkpoint handler charges the slice's CPU time to the script,
  raises :class:`runtime.errors.BudgetExceeded` once the budget is used up,
  and otherwise **yields to the event loop**. A plain ``def`` deep in the
  call stack cannot ``await``, so each script's coroutine is stepped inside
  its own greenlet (:class:`ScriptRunner`): yielding is a switch back to the
  loop's greenlet, and the task resumes the script greenlet on a later
  loop iteration, exactly like ``await asyncio.sleep(0)``.

Example::

    from runtime.agi.fairness import ScriptRunner, install
    install(slice_seconds=0.01)
    result = await ScriptRunner(script_coroutine(), cpu_budget=30.0)

Futures the script awaits pass through the runner unchanged, so Tornado and
asyncio see an ordinary coroutine.
"""

import asyncio
import contextvars
import threading
import time

import greenlet

from runtime import sched
from runtime.errors import BudgetExceeded

_thread_time = time.thread_time
_monotonic = time.monotonic
# The budget charges the wall time of a script's slices: a slice runs on the
# loop thread with the GIL, so it is that thread's CPU time, give or take OS
# preemption; perf_counter costs ~50 ns where thread_time is a system call
# (two per slice, i.e. per awaited message, measured ~10% of the echo path).
_slice_clock = time.perf_counter


class _State:
    """The slice that holds the loop right now (one loop thread)."""

    idle_passes = 4   # loop passes a preempted script waits when idle
    busy_cpu = 0.001  # others' CPU during a pause that marks the loop busy
    current = None  # the running ScriptRunner, or None
    seq = 0         # slice counter (the watchdog compares it)
    slice_seconds = 0.010


def _checkpoint():
    """What a set flag does at a checkpoint (sync and async functions)."""
    sched.FLAG[0] = False
    run = _State.current
    if run is None or greenlet.getcurrent() is not run.glet:
        return
    if _monotonic() - run.slice_start < _State.slice_seconds:
        return  # a late flag meant for an earlier slice
    run.charge()
    if run.over_budget():
        raise BudgetExceeded(run.budget_message())
    # Busy loop (others needed CPU while we last waited): leave them a whole
    # slice; idle loop: one iteration is enough, so compute runs at full speed.
    pause = _State.slice_seconds if run.contended else 0.0
    kind, value = run.parent.switch(("yield", pause))
    if kind == "throw":
        raise value


def _watchdog(interval):
    """Sets the flag when one slice has held the loop past its length."""
    flag = sched.FLAG
    while True:
        run = _State.current
        seq = _State.seq
        if run is None:
            time.sleep(interval)
            continue
        due = run.slice_start + _State.slice_seconds - _monotonic()
        if due > 0:
            time.sleep(due + 0.0002)
        if _State.seq == seq and _State.current is not None:
            flag[0] = True
            time.sleep(interval)


_installed = [False]


def install(slice_seconds=0.010):
    """Installs the checkpoint handler and starts the watchdog (once per
    process). ``slice_seconds``: how long a script may hold the loop."""
    _State.slice_seconds = slice_seconds
    if _installed[0]:
        return
    _installed[0] = True
    sched.set_handlers(_checkpoint, None)
    interval = max(0.001, slice_seconds / 3.0)
    threading.Thread(target=_watchdog, args=(interval,), name="ajgi-watchdog", daemon=True).start()


class ScriptRunner:
    """Awaitable that runs ``coro`` in its own greenlet, charging its CPU.

    ``cpu_budget``: seconds of CPU (``time.thread_time``) the coroutine may
    use in total; None or <= 0 means unlimited. ``cpu_used`` holds the total
    afterwards. Only time spent running counts, not time awaiting.
    """

    def __init__(self, coro, cpu_budget=None):
        self.coro = coro
        self.budget = cpu_budget if cpu_budget and cpu_budget > 0 else None
        self.cpu_used = 0.0
        self.glet = None
        self.parent = None
        self.slice_start = 0.0
        self.slice_cpu = 0.0
        self.contended = False

    # -- accounting -----------------------------------------------------------

    def charge(self):
        now = _slice_clock()
        self.cpu_used += now - self.slice_cpu
        self.slice_cpu = now

    def over_budget(self):
        return self.budget is not None and self.cpu_used > self.budget

    def budget_message(self):
        return "CPU budget of %gs exceeded (used %.2fs)" % (self.budget, self.cpu_used)

    # -- stepping -------------------------------------------------------------

    def _body(self, msg):
        """Runs in the script greenlet: steps the coroutine, handing every
        future it awaits back to the loop greenlet."""
        coro = self.coro
        kind, value = msg
        while True:
            try:
                if kind == "send":
                    fut = coro.send(value)
                else:
                    fut = coro.throw(value)
            except StopIteration as stop:
                return ("done", stop.value)
            except BaseException as exc:  # the task reports it
                return ("error", exc)
            kind, value = self.parent.switch(("future", fut))

    def __await__(self):
        self.parent = greenlet.getcurrent()
        self.glet = greenlet.greenlet(self._body, self.parent)
        # The script sees the task's context (the realm ContextVar).
        self.glet.gr_context = contextvars.copy_context()
        msg = ("send", None)
        while True:
            if msg[0] == "send" and self.over_budget():
                msg = ("throw", BudgetExceeded(self.budget_message()))
            self.slice_start = _monotonic()
            self.slice_cpu = _slice_clock()
            _State.seq += 1
            _State.current = self
            try:
                kind, value = self.glet.switch(msg)
            finally:
                _State.current = None
                self.charge()
            if kind == "done":
                return value
            if kind == "error":
                raise value
            try:
                if kind == "future":
                    result = yield value  # whatever the coroutine awaits
                else:
                    result = yield from self._pause(value)
            except BaseException as exc:  # cancellation or a failed future
                msg = ("throw", exc)
            else:
                msg = ("send", result)

    def _pause(self, seconds):
        """A preempted script steps aside: one loop iteration, or ``seconds``
        when the loop is busy. Notes whether others used the CPU meanwhile."""
        before = _thread_time()
        if seconds > 0:
            yield from asyncio.sleep(seconds).__await__()
        else:
            # A few loop passes, like asyncio.sleep(0) several times: a chain
            # of callbacks (timer -> future -> task; frame -> queue -> task)
            # needs one pass per link, and each pass would otherwise start
            # with another slice of this script.
            for _ in range(_State.idle_passes):
                yield None
        others = _thread_time() - before
        self.contended = others > _State.busy_cpu
        return None
