"""Work a script waits for in a thread: the AGI libraries' disk and image
work, ``sqlite`` statements (in their own pool, ``runtime.agi.sqlite_conn``),
and (through ``ajgi_tx.compile_thread``) the server's compiles.

A library function is plain host code called from compiled JS; it cannot
``await``. :func:`off_loop` hands its blocking part to a small thread pool
and suspends the script's greenlet until it is done (``runtime.sched``'s
waiter, as for a getter that calls ``delay()``), so the event loop serves
every other connection meanwhile. The part run in the thread must only
touch Python data (paths, bytes, numbers), never JS objects or the realm:
arguments are converted before, results after, on the loop thread.

The thread's CPU time is charged to the script's budget, as it was when the
work ran in the script's own slice. Outside a script runner (nothing to
suspend: the CLI's plain runs, unit tests) the work runs in place.

Example::

    data = off_loop(read_file_bytes, path)   # the script waits; others run
"""

import asyncio
import concurrent.futures
import time

from runtime import sched
from runtime.agi import fairness

# Disk work is mostly waiting for the kernel; Pillow and zlib release the
# GIL while they compute. A few threads let several scripts' files proceed
# at once without letting one process start hundreds of threads.
IO_THREADS = 4
_io_pool = None


def io_pool():
    global _io_pool
    if _io_pool is None:
        _io_pool = concurrent.futures.ThreadPoolExecutor(IO_THREADS, thread_name_prefix="ajgi-io")
    return _io_pool


async def in_thread_for(run, executor, fn, *args, on_cancel=None):
    """``fn(*args)`` in ``executor``; its thread CPU time charged to ``run``
    (a ScriptRunner, or None). ``on_cancel()``: called on the loop thread
    when the waiting script is cancelled (the thread cannot be stopped from
    outside; this tells its work to end early)."""
    cpu = [0.0]

    def timed():
        t0 = time.thread_time()
        try:
            return fn(*args)
        finally:
            cpu[0] = time.thread_time() - t0

    try:
        return await asyncio.get_running_loop().run_in_executor(executor, timed)
    except asyncio.CancelledError:
        if on_cancel is not None:
            on_cancel()
        raise
    finally:
        if run is not None:
            fairness.charge_elsewhere(run, cpu[0])


def off_loop(fn, *args, executor=None, on_cancel=None):
    """``fn(*args)``: in the I/O pool (or ``executor``) while the running
    script waits, or in place outside a script. Exceptions of ``fn`` reach
    the caller as if it had run here. ``on_cancel``: see
    :func:`in_thread_for`."""
    run = fairness.script_runner()
    if run is None:
        return fn(*args)
    return sched.settle(in_thread_for(run, executor or io_pool(), fn, *args, on_cancel=on_cancel),
                        "file work")
