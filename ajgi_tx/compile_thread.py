"""The thread that compiles scripts for the server, off the event loop.

One thread: the compiler is pure Python and holds the GIL while it works;
the interpreter hands the GIL to the loop thread every few milliseconds
(``sys.getswitchinterval()``), which is what keeps other connections
served. A second compile thread would only take more of the loop's turns.

The thread gets a big stack: the compiler raises the recursion limit to
20,000 for deeply nested scripts, and a default-sized thread stack (8 MiB)
would overflow before the limit is reached.
"""

import asyncio
import concurrent.futures
import threading

from runtime.agi import fairness
from runtime.agi.offload import in_thread_for

_STACK = 256 * 1024 * 1024  # address space reserved, not memory used
_executor = None


def _get_executor():
    global _executor
    if _executor is None:
        _executor = concurrent.futures.ThreadPoolExecutor(1, thread_name_prefix="ajgi-compile")
        old = threading.stack_size(_STACK)
        try:
            _executor.submit(int).result()  # starts the thread now, with that stack
        finally:
            threading.stack_size(old)
    return _executor


def run_in_compile_thread(fn, *args):
    """An asyncio future of ``fn(*args)`` run in the compile thread."""
    return asyncio.get_running_loop().run_in_executor(_get_executor(), fn, *args)


async def compile_for_script(fn, *args):
    """``fn(*args)`` (a compile) in the compile thread for the running script
    (an ``includes()`` or a cold ``eval``): the script waits while the loop
    serves others, and the thread's CPU time is charged to the script's
    budget, as it was when the compile ran in the script's own slice."""
    return await in_thread_for(fairness.script_runner(), _get_executor(), fn, *args)
