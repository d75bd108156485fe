"""Fair sharing of the one event loop between scripts, and the CPU budget.

Every script runs as its own asyncio task, but JavaScript is plain Python
code: a ``while (true) {}`` never returns to the loop on its own. The
compiler puts a checkpoint at every loop back-edge and function entry::

    if _ajgi_flag[0]: _ajgi_preempt()        # plain def
    if _ajgi_flag[0]: await _ajgi_apreempt() # async def

and this module decides what a set flag means:

* A **ticker** (a CPU-time interval timer in the main thread, or a
  daemon thread when the loop runs elsewhere, see :func:`install`) looks
  every half slice whether the script slice it saw last time (the run since
  a script last got control from the loop) is still running, and then sets
  ``runtime.sched.FLAG[0]``. While nobody spins, the flag stays False and
  checkpoints cost one list read.
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
import atexit
import contextvars
import signal
import threading
import time

import greenlet

from runtime import limits, sched
from runtime.errors import BudgetExceeded

_thread_time = time.thread_time
# The budget charges the wall time of a script's slices: a slice runs on the
# loop thread with the GIL, so it is that thread's CPU time, give or take OS
# preemption; perf_counter costs ~50 ns where thread_time is a system call
# (two per slice, i.e. per awaited message, measured ~10% of the echo path).
_slice_clock = time.perf_counter


# Most slices a preempted script leaves to the others on a busy loop (its
# streak of preemptions, times the slice): a script spinning for long gets
# 1/(1+MAX_BACKOFF) of a contended loop, one that awaits I/O is unaffected.
MAX_BACKOFF = 5


class _SliceState:
    """The slice that holds the loop right now (one loop thread). An
    instance, not class attributes: every step writes ``current`` and
    ``seq``, and a write to a class attribute invalidates the type's
    attribute caches each time."""

    __slots__ = ("idle_passes", "busy_cpu", "current", "seq", "tick_seq", "slice_seconds")

    def __init__(self):
        self.idle_passes = 4    # loop passes a preempted script waits when idle
        self.busy_cpu = 0.001   # others' CPU during a pause that marks the loop busy
        self.current = None     # the running ScriptRunner, or None
        self.seq = 0            # slice counter (the ticker compares it)
        self.tick_seq = -1      # seq seen at the previous tick
        self.slice_seconds = 0.010


_State = _SliceState()


def _checkpoint():
    """What a set flag does at a checkpoint (sync and async functions)."""
    sched.FLAG[0] = False
    run = _State.current
    if run is None or greenlet.getcurrent() is not run.glet:
        return
    if _slice_clock() - run.slice_cpu < _State.slice_seconds:
        return  # a late flag meant for an earlier slice
    run.charge()
    if run.over_budget():
        raise BudgetExceeded(run.budget_message())
    run.resident, too_big = limits.memory_exceeded(run.resident)
    if too_big:
        raise BudgetExceeded(too_big)
    # Busy loop (others needed CPU while we last waited): leave them a slice
    # for each time this script was preempted since it last waited for
    # something (up to MAX_BACKOFF), so scripts that keep spinning step
    # further back and a short request arriving meanwhile is not queued
    # behind a slice of each of them; idle loop: one iteration is enough,
    # so compute runs at full speed.
    run.streak += 1
    pause = _State.slice_seconds * min(run.streak, MAX_BACKOFF) if run.contended else 0.0
    kind, value = run.parent.switch(("yield", pause))
    if kind == "throw":
        raise value


def _wait_in_script(pending):
    """``sched.settle``'s waiter: runs ``pending`` (the coroutine of a
    script function that host code called from plain Python: a getter, a
    ``toString``) to its end inside the script's greenlet. Each future it
    awaits goes to the runner exactly as the script's own awaits do, so the
    script waits, the loop serves others meanwhile, and cancellation and the
    budget reach it. Outside a script greenlet: ``(False, None)``."""
    run = _State.current
    if run is None or greenlet.getcurrent() is not run.glet:
        return False, None
    kind, value = "send", None
    while True:
        try:
            fut = pending.send(value) if kind == "send" else pending.throw(value)
        except StopIteration as stop:
            return True, stop.value
        kind, value = run.parent.switch(("future", fut))


def script_runner():
    """The ScriptRunner whose greenlet is running now, or None (host code
    outside any script, or the loop's own greenlet)."""
    run = _State.current
    if run is None or greenlet.getcurrent() is not run.glet:
        return None
    return run


def charge_elsewhere(run, seconds):
    """Adds CPU ``seconds`` spent for ``run`` outside its slices (its cold
    eval or ``includes()`` compile in the compile thread) to its budget; an
    overrun stops it at its next checkpoint like any other."""
    run.cpu_used += seconds


def _overdue():
    """True when the slice seen at the previous tick still holds the loop.
    Called by the ticker (a signal handler or the watchdog thread)."""
    seq = _State.seq
    overdue = _State.current is not None and seq == _State.tick_seq
    _State.tick_seq = seq
    return overdue


def _on_tick(signum, frame):
    """SIGVTALRM handler: runs in the main thread between bytecodes."""
    if _overdue():
        sched.FLAG[0] = True
    limits.on_tick()  # interrupts a regular expression that runs too long


def _watchdog(interval):
    """Thread ticker, for loops outside the main thread."""
    flag = sched.FLAG
    while True:
        time.sleep(interval)
        if _overdue():
            flag[0] = True


_installed = [None]


def install(slice_seconds=0.010, ticker="auto"):
    """Installs the checkpoint handler and starts the ticker (once per
    process). ``slice_seconds``: how long a script may hold the loop.

    The ticker looks every half slice whether the slice it saw last time is
    still running, and then sets the flag. ``ticker``:

    * ``"signal"``: an ``ITIMER_VIRTUAL`` timer (SIGVTALRM) handled in the
      main thread, which must be the thread running the event loop. It ticks
      only while the process uses CPU, and needs no GIL hand-over: a watchdog
      *thread* waking a few hundred times a second makes the loop thread wait
      for the GIL after every socket call (measured +8% CPU per echo message).
    * ``"thread"``: a daemon thread, for event loops in other threads.
    * ``"auto"``: ``"signal"`` when called from the main thread of a platform
      with ``setitimer``, else ``"thread"``.

    Returns the ticker used.
    """
    _State.slice_seconds = slice_seconds
    if _installed[0] is not None:
        return _installed[0]
    sched.set_handlers(_checkpoint, None)
    sched.set_waiter(_wait_in_script)
    interval = max(0.001, slice_seconds / 2.0)
    if ticker == "auto":
        main = threading.current_thread() is threading.main_thread()
        ticker = "signal" if main and hasattr(signal, "setitimer") else "thread"
    if ticker == "signal":
        signal.signal(signal.SIGVTALRM, _on_tick)
        signal.setitimer(signal.ITIMER_VIRTUAL, interval, interval)
        # Interpreter shutdown puts back the default action (terminate) while
        # the timer still runs: stop the timer first.
        atexit.register(signal.setitimer, signal.ITIMER_VIRTUAL, 0)
    else:
        threading.Thread(target=_watchdog, args=(interval,), name="ajgi-watchdog", daemon=True).start()
    _installed[0] = ticker
    return ticker


class ScriptRunner:
    """Awaitable that runs ``coro`` in its own greenlet, charging its CPU.

    ``cpu_budget``: seconds the coroutine may run in total (its slices,
    timed with ``perf_counter`` on the loop thread); None or <= 0 means unlimited. ``cpu_used`` holds the total
    afterwards. Only time spent running counts, not time awaiting.
    """

    def __init__(self, coro, cpu_budget=None):
        self.coro = coro
        self.budget = cpu_budget if cpu_budget and cpu_budget > 0 else None
        self.cpu_used = 0.0
        self.glet = None
        self.parent = None
        self.slice_cpu = 0.0  # when the running slice started (or was last charged)
        self.contended = False
        self.streak = 0  # preemptions since the script last awaited a future
        self.resident = 0  # the process's resident bytes at this script's last checkpoint

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
                # `value` may be the exception itself (thrown in): this
                # frame is in its traceback (see __await__)
                value = None
                return ("error", exc)
            kind, value = self.parent.switch(("future", fut))

    def __await__(self):
        self.parent = greenlet.getcurrent()
        self.glet = greenlet.greenlet(self._body, self.parent)
        # The script sees the task's context (the realm ContextVar).
        self.glet.gr_context = contextvars.copy_context()
        msg = ("send", None)
        state = _State
        switch = self.glet.switch
        while True:
            if msg[0] == "send" and self.over_budget():
                msg = ("throw", BudgetExceeded(self.budget_message()))
            # one clock read starts the slice (the checkpoint measures the
            # slice's length from it too) and one charges it
            self.slice_cpu = _slice_clock()
            state.seq += 1
            state.current = self
            try:
                kind, value = switch(msg)
            finally:
                state.current = None
                self.charge()
            if kind == "done":
                return value
            if kind == "error":
                # The exception's traceback holds this frame and _body's,
                # and through the rest of it every frame of the script it
                # passed through, with their locals (a stopped function's
                # string of hundreds of MiB). Neither frame may hold the
                # exception: that cycle left it, and all the script's
                # values, to the cyclic GC's full collections, rare in a
                # server that froze its long-lived objects (measured: 458
                # MiB resident after a memory-limit stop). Without it the
                # host's `except` frees them all as it ends.
                try:
                    raise value
                finally:
                    value = msg = None
            try:
                if kind == "future":
                    self.streak = 0  # it waits for I/O or time: no longer a spinner
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
