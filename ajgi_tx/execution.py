"""One script run on the server, from its first statement to its response.

Example (what the request handler does)::

    kind, err = await run_script(ctx, compiled, config.cpu_budget, config.dev)   # "ok"|"exit"|"error"|"refused"
    status, body, content_type = ctx.response()

The rule this module keeps: **every call of script code happens inside the
script's runner** (:class:`runtime.agi.fairness.ScriptRunner`), where a
spinning loop is preempted and charged to the CPU budget. Script code is not
only the script's statements: converting ``HTTP_RESP``/``HTTP_HEADER`` calls
their ``toString``/``valueOf``, and describing an uncaught error reads the
thrown value's ``name``/``message`` getters or calls its ``toString``. Run
on the bare event loop after the task ended, one
``HTTP_RESP = {toString: function () { while (true) {} }}`` would hold the
loop for good (no request answered, SIGTERM never handled). So the runner's
coroutine is :func:`_whole_run`: the script, then the error description or
the response, all in the script's greenlet.
"""

import asyncio
import logging
import time

from ajgi_tx import code_copies, running
from ajgi_tx.error_report import ws_end_close
from ajgi_tx.runner import OFF_LOOP_COMPILER
from runtime.agi import fairness
from runtime.errors import BudgetExceeded, ScriptExit
from runtime.host import attach_compiler, release_realm
from runtime.realm import REALM
from runtime.uncaught import describe_uncaught, js_frames, locate_from_traceback

log = logging.getLogger("ajgi_tx.agi")

# what a run that failed inside the runtime reports (its traceback is logged)
INTERNAL_ERROR = ("Error", "internal error", None, "")


async def run_script(ctx, compiled, cpu_budget, dev=False, log_errors=True):
    """Runs one script to its end under ``cpu_budget`` seconds of CPU;
    returns ("ok"|"exit"|"error"|"refused", error) where error is (name,
    headline, location, stack). The response is then in ``ctx.response()``.
    Never raises for anything the script does. A request refused while the
    realm was made (``ctx.refuse``) never runs. ``dev``: a websocket the
    failed script leaves open is closed with the error as its reason.
    ``log_errors``: log a failed run's error with its place and stack (``run``
    prints it itself). Used by the server and by ``python -m ajgi_tx run``."""
    if ctx.refused:
        release_realm(ctx.realm)
        return ("refused", None)
    REALM.set(ctx.realm)
    attach_compiler(ctx.realm, OFF_LOOP_COMPILER)  # eval / new Function, compiled off the loop
    # a run overlapping another of the same script gets code objects of its
    # own, so the interpreter's inline caches fit its realm (code_copies.py)
    code = code_copies.take(compiled.code)
    runner = fairness.ScriptRunner(_whole_run(ctx, code_copies.unit_for(compiled, code)), cpu_budget)
    outcome = ("ok", None)
    t0 = time.perf_counter()
    run = running.begin(ctx, runner)  # admin list, request id, metrics (ajgi_tx/running.py)
    try:
        outcome = await runner
    except BudgetExceeded as e:
        outcome = ("error", _budget_error(ctx, e))
    except asyncio.CancelledError:
        if ctx.ws is not None:
            ctx.ws.close(1001, "server shutting down")
        raise
    except Exception:  # a bug of the runtime itself: the server keeps serving
        log.exception("[AGI][%s] %s: internal error", ctx.execution_id, ctx.rel)
        outcome = ("error", INTERNAL_ERROR)
    finally:
        st = ctx.ws
        if st is not None and st.open:
            st.close(*ws_end_close(dev, outcome))
        ctx.run_end_hooks()  # what libraries hold for the script (sqlite connections)
        running.end(run, outcome)
        if outcome[0] == "error" and log_errors and outcome[1] is not INTERNAL_ERROR:
            _log_error(ctx, outcome[1])
        log.debug("[AGI][%s] %s finished (%s) in %.1f ms, cpu %.1f ms", ctx.execution_id,
                  ctx.rel, outcome[0], (time.perf_counter() - t0) * 1000, runner.cpu_used * 1000)
        # the response and the error are text by now: free the script's objects
        release_realm(ctx.realm)
        ctx.realm = None
        code_copies.give_back(compiled.code, code)
    return outcome


async def _whole_run(ctx, compiled):
    """The runner's coroutine: the script, then what the host needs from its
    values (an uncaught error's text, or the response text)."""
    ctx.phase = "running"
    try:
        await ctx.run(compiled)
        outcome = ("ok", None)
    except ScriptExit:
        outcome = ("exit", None)
    except Exception as exc:  # an uncaught JS exception (or a runtime bug)
        ctx.phase = "describing the uncaught error"
        return ("error", _uncaught_error(ctx, exc))
    st = ctx.ws
    if st is None or not st.ever_upgraded:  # an upgraded script answers by frames
        ctx.phase = "converting HTTP_RESP/HTTP_HEADER to text"
        ctx.take_response()
    return outcome


def _log_error(ctx, err):
    """One log line for a failed run: the script's name for a budget stop
    (its headline names the place), else the error's place, and the stack."""
    name, headline, location, stack = err
    if name == "BudgetExceeded" or not location:
        where = ctx.rel + ":"
    else:
        where = "%s:%d:%d" % tuple(location)
    log.error("[AGI][%s] %s %s%s", ctx.execution_id, where, headline, "\n" + stack if stack else "")


def _uncaught_error(ctx, exc):
    u = describe_uncaught(exc)
    if u.location is None:
        locate_from_traceback(u, exc)
    return (u.name or "Error", u.headline(), u.location, u.stack)


def _budget_error(ctx, exc):
    """The budget ran out: the headline names the JS place that was running
    (file:line:col) and what the script was doing then."""
    frames = js_frames(exc.__traceback__)
    location = frames[0][1:] if frames else None
    headline = "script stopped: %s" % exc
    if location:
        headline += " at %s:%d:%d" % location
    if ctx.phase != "running":
        headline += " while " + ctx.phase
    return ("BudgetExceeded", headline, location, "")
