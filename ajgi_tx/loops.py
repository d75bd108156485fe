"""Which asyncio event loop a server process runs on (``--loop``).

``auto`` (the default) takes uvloop when it imports (a dependency on Linux)
and the standard asyncio loop otherwise; ``asyncio`` and ``uvloop`` force one
(``uvloop`` fails with a clear message when it is not installed). Nothing
else depends on the loop: the compiled scripts, the fairness ticker (a
SIGVTALRM handler in the main thread) and Tornado only use asyncio's API.

Example::

    from ajgi_tx.loops import run
    run(main_coroutine(), "auto")       # asyncio.run on the chosen loop
"""

import asyncio

CHOICES = ("auto", "asyncio", "uvloop")


class LoopUnavailable(Exception):
    """``--loop uvloop`` without uvloop installed."""


def _uvloop():
    try:
        import uvloop
    except ImportError:
        return None
    return uvloop


def resolve(choice):
    """``"asyncio"`` or ``"uvloop"`` for a ``--loop`` value."""
    if choice not in CHOICES:
        raise ValueError("--loop must be one of %s, not %r" % (", ".join(CHOICES), choice))
    if choice == "asyncio":
        return "asyncio"
    if _uvloop() is not None:
        return "uvloop"
    if choice == "uvloop":
        raise LoopUnavailable("--loop uvloop: uvloop is not installed (pip install uvloop)")
    return "asyncio"


def new_loop(choice):
    """A new event loop of the resolved kind."""
    if resolve(choice) == "uvloop":
        return _uvloop().new_event_loop()
    # The standard loop even when a uvloop policy is installed (tests do).
    return asyncio.DefaultEventLoopPolicy().new_event_loop()


def run(coro, choice="auto"):
    """``asyncio.run(coro)`` on the loop ``choice`` names."""
    with asyncio.Runner(loop_factory=lambda: new_loop(choice)) as runner:
        return runner.run(coro)


def running_kind():
    """``"uvloop"`` or ``"asyncio"``: the loop running now (for logs, tests)."""
    loop = asyncio.get_running_loop()
    return "uvloop" if type(loop).__module__.startswith("uvloop") else "asyncio"
