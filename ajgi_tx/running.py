"""The scripts running in this process, for the admin API and the logs.

``execution.run_script`` brackets every run with :func:`begin` and
:func:`end`; the admin listener lists :data:`RUNS` and force-stops one with
:func:`stop`. ``end`` also writes the session-end line of a websocket and
feeds the run's metrics.

Force-stop closes a websocket with :data:`STOP_CODE` (4000, a private-use
code: RFC 6455 leaves 4000-4999 to applications) and the reason
``"stopped by administrator"``; a plain HTTP request is answered 503. The
log names the admin client and the operator name the request gave.
"""

import asyncio
import contextvars
import logging
import os
import time

from ajgi_tx import metrics

log = logging.getLogger("ajgi_tx.agi")

STOP_CODE = 4000
STOP_REASON = "stopped by administrator"

# The request id of the script run whose code is executing (log lines of the
# run carry it, ajgi_tx/logsetup.py). Each run is its own task, with its
# own copy of the context.
REQUEST_ID = contextvars.ContextVar("ajgi_request_id", default="")

RUNS = {}  # execution id -> Run


class Run:
    """One script run: what ``GET /system/ajgi/scripts`` shows of it."""

    __slots__ = ("id", "ctx", "runner", "task", "started", "t0", "frames_out", "stopped_by", "worker")

    def __init__(self, ctx, runner, task):
        self.id = ctx.execution_id
        self.ctx = ctx
        self.runner = runner
        self.task = task
        self.started = time.time()
        self.t0 = time.perf_counter()
        self.frames_out = 0
        self.stopped_by = None
        self.worker = os.getpid()

    @property
    def kind(self):
        ws = self.ctx.ws
        return "websocket" if ws is not None and ws.ever_upgraded else "http"

    @property
    def frames_in(self):
        ws = self.ctx.ws
        return ws.frames_in if ws is not None else 0

    def describe(self):
        host = self.ctx.host
        request = getattr(host, "request", None)
        return {
            "id": self.id,
            "script": self.ctx.rel,
            "user": getattr(self.ctx, "username", self.ctx.config.username),
            "client": request.remote_ip if request is not None else None,
            "started": round(self.started, 3),
            "kind": self.kind,
            "cpu_seconds": round(self.runner.cpu_used, 6),
            "frames_in": self.frames_in,
            "frames_out": self.frames_out,
            "worker": self.worker,
        }


def begin(ctx, runner):
    """A run starts (called inside its task). Returns its :class:`Run`."""
    REQUEST_ID.set(ctx.execution_id)
    run = Run(ctx, runner, asyncio.current_task())
    ctx.ops_run = run  # the websocket host counts frames out on it
    RUNS[run.id] = run
    return run


def end(run, outcome):
    """A run ended (any way): metrics, and the session-end line of a websocket."""
    RUNS.pop(run.id, None)
    wall = time.perf_counter() - run.t0
    kind = run.kind
    metrics.script_done(kind, outcome, wall, run.runner.cpu_used)
    if kind == "websocket":
        handler = run.ctx.host
        code = getattr(handler, "close_code", None)
        if run.stopped_by is not None:
            code = STOP_CODE
        log.info("[AGI][%s] %s: websocket session ended: close code %s, %.3f s, frames in %d out %d, "
                 "cpu %.1f ms, outcome %s", run.id, run.ctx.rel, code if code is not None else "-",
                 wall, run.frames_in, run.frames_out, run.runner.cpu_used * 1000, outcome[0])


def frame_out(ctx):
    """A frame was sent by the script of ``ctx`` (the websocket host's hook)."""
    run = getattr(ctx, "ops_run", None)
    if run is not None:
        run.frames_out += 1
    metrics.frame_out()


def listing():
    """The JSON-ready list of running scripts, oldest first."""
    return [r.describe() for r in sorted(RUNS.values(), key=lambda r: r.t0)]


def stop(run_id, who):
    """Force-stops a run; False when no such run is here. ``who`` names the
    admin client for the log."""
    run = RUNS.get(run_id)
    if run is None:
        return False
    run.stopped_by = who
    metrics.forced_stop()
    log.warning("[AGI][%s] %s: script force-stopped by %s", run.id, run.ctx.rel, who)
    ws = run.ctx.ws
    if ws is not None and ws.open:
        ws.close(STOP_CODE, STOP_REASON)
    elif ws is None or not ws.ever_upgraded:
        reply = getattr(run.ctx.host, "_reply", None)  # AGIHandler: answer before the cancel
        if reply is not None:
            reply(503, "503 Service Unavailable: script stopped by administrator")
    if run.task is not None and not run.task.done():
        run.task.cancel()
    return True
