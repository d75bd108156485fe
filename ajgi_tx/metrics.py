"""Prometheus metrics of the server (``prometheus_client``).

The server calls the small functions below at the places where things
happen (one line each: ajgi_tx/server.py, ajgi_tx/execution.py); the admin
listener (ajgi_tx/admin.py) exposes them at ``/metrics``.

With ``--workers`` > 1 the supervisor calls :func:`use_multiprocess_dir`
before it forks, so each worker writes its values to files in one directory
(``prometheus_client`` multi-process mode) and a scrape of any worker's
admin listener reports the whole server.

Example::

    from ajgi_tx import metrics
    metrics.setup()               # once per process, before serving
    metrics.frame_out()
    text = metrics.exposition()   # the /metrics body

Before :func:`setup` every hook is a no-op (embedders, ``run``), so the
runtime pays nothing for metrics it does not serve.
"""

import os
import shutil
import tempfile
import time

MULTIPROC_ENV = "PROMETHEUS_MULTIPROC_DIR"

# Buckets in seconds: scripts range from sub-millisecond echoes to
# websocket sessions of hours.
_RUN_BUCKETS = (0.001, 0.005, 0.01, 0.05, 0.1, 0.5, 1, 5, 30, 120, 600, 3600)
_CPU_BUCKETS = (0.0005, 0.001, 0.005, 0.01, 0.05, 0.1, 0.5, 1, 5, 30)
_COMPILE_BUCKETS = (0.005, 0.01, 0.05, 0.1, 0.5, 1, 5, 30)
_LAG_BUCKETS = (0.001, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 5)
LAG_INTERVAL_S = 0.5  # how often the event-loop lag is sampled


class _Metrics:
    """The metric objects (made by :func:`setup`)."""

    def __init__(self, registry):
        from prometheus_client import Counter, Gauge, Histogram

        r = registry
        self.http = Counter("ajgi_http_requests", "HTTP requests to the script interface, by status",
                            ["status"], registry=r)
        self.ws_open = Gauge("ajgi_websocket_sessions_open", "websocket sessions open now",
                             registry=r, multiprocess_mode="livesum")
        self.ws_ended = Counter("ajgi_websocket_sessions_ended", "websocket sessions ended, by close code",
                                ["code"], registry=r)
        self.frames = Counter("ajgi_websocket_frames", "websocket data frames, by direction (in/out)",
                              ["direction"], registry=r)
        self.wall = Histogram("ajgi_script_wall_seconds", "wall time of a script run",
                              ["kind"], buckets=_RUN_BUCKETS, registry=r)
        self.cpu = Histogram("ajgi_script_cpu_seconds", "CPU time of a script run (its budget's measure)",
                             ["kind"], buckets=_CPU_BUCKETS, registry=r)
        self.errors = Counter("ajgi_script_errors", "uncaught script errors, by JS error name",
                              ["name"], registry=r)
        self.budget = Counter("ajgi_script_budget_stops", "scripts stopped for exceeding --cpu-budget",
                              registry=r)
        self.stops = Counter("ajgi_script_forced_stops", "scripts stopped through the admin API",
                             registry=r)
        self.cache = Counter("ajgi_compile_cache", "script loads by compile cache result (hit: memory or "
                             "disk, miss: compiled)", ["result"], registry=r)
        self.compile = Histogram("ajgi_compile_seconds", "time to compile a script (cache misses)",
                                 buckets=_COMPILE_BUCKETS, registry=r)
        self.backpressure = Counter("ajgi_inbox_backpressure", "times a websocket's inbox was full and "
                                    "reading from its connection paused", registry=r)
        self.lag = Histogram("ajgi_event_loop_lag_seconds", "delay of a timer on the event loop "
                             "(sampled every %.1f s)" % LAG_INTERVAL_S, buckets=_LAG_BUCKETS, registry=r)
        # Label children looked up once: labels() costs a dict lookup and a lock per call.
        self.frames_in = self.frames.labels("in")
        self.frames_out = self.frames.labels("out")
        self.cache_hit = self.cache.labels("hit")
        self.cache_miss = self.cache.labels("miss")


M = None  # the metrics of this process, None until setup()


def use_multiprocess_dir():
    """Before forking workers: a fresh directory for the multi-process
    values, exported in the environment (read by ``prometheus_client`` when
    it is first imported, which must not have happened yet). Returns it."""
    path = os.environ.get(MULTIPROC_ENV)
    if path:
        # Values of an earlier run would be summed with this one's.
        for name in os.listdir(path):
            if name.endswith(".db"):
                os.unlink(os.path.join(path, name))
        shutil.rmtree(os.path.join(path, "scripts"), ignore_errors=True)  # ajgi_tx/run_share.py
    else:
        path = tempfile.mkdtemp(prefix="ajgi_tx-metrics-")
        os.environ[MULTIPROC_ENV] = path
    return path


def remove_multiprocess_dir(path):
    """After the workers stopped: the directory made by use_multiprocess_dir."""
    if path and os.path.basename(path).startswith("ajgi_tx-metrics-"):
        shutil.rmtree(path, ignore_errors=True)


def worker_gone(pid):
    """A worker died: its live gauges (open sessions) stop counting."""
    if os.environ.get(MULTIPROC_ENV):
        from prometheus_client import multiprocess

        multiprocess.mark_process_dead(pid)


def setup():
    """Makes this process's metrics (idempotent)."""
    global M
    if M is None:
        from prometheus_client import CollectorRegistry, disable_created_metrics

        disable_created_metrics()  # the *_created series only double the scrape

        if os.environ.get(MULTIPROC_ENV):
            # Values go to files; a scrape reads every worker's files.
            M = _Metrics(None)
            M.registry = _multiprocess_registry()
        else:
            # An own registry, not the global one: a second make_app in one
            # process (tests, embedders) must not register twice.
            reg = CollectorRegistry()
            M = _Metrics(reg)
            M.registry = reg
    return M


def _multiprocess_registry():
    from prometheus_client import CollectorRegistry, multiprocess

    reg = CollectorRegistry()
    multiprocess.MultiProcessCollector(reg)
    return reg


def exposition():
    """(body bytes, content type) of ``/metrics``."""
    from prometheus_client import CONTENT_TYPE_LATEST, generate_latest

    flush_frames()
    return generate_latest(setup().registry), CONTENT_TYPE_LATEST


# -- hooks called by the server (each a no-op before setup()) -------------------------

def http_request(status):
    if M is not None:
        M.http.labels(str(status)).inc()


def ws_opened():
    if M is not None:
        M.ws_open.inc()


def ws_ended(code):
    if M is not None:
        M.ws_open.dec()
        M.ws_ended.labels(str(code if code is not None else 1006)).inc()


# Per-frame counts are plain integers, added to the Prometheus counters by
# flush_frames() (at each scrape, each lag-probe tick and each script end):
# a Counter.inc() takes a lock, about 1 us, which per frame would cost more
# than the 3% of an echo's CPU the metrics may take. Only the event-loop
# thread touches them.
_frames_in = 0
_frames_out = 0
_backpressure = 0


def frame_in(put_result):
    """A frame reached a script's inbox; ``put_result`` is what the inbox's
    ``put`` answered (a future when it was full: backpressure). Returned
    unchanged so the call wraps the put in one line."""
    global _frames_in, _backpressure
    if M is not None:
        _frames_in += 1
        if put_result is not None:
            _backpressure += 1
    return put_result


def frame_out():
    global _frames_out
    if M is not None:
        _frames_out += 1


def flush_frames():
    """Moves the per-frame counts into the counters."""
    global _frames_in, _frames_out, _backpressure
    if M is None:
        return
    if _frames_in:
        n, _frames_in = _frames_in, 0
        M.frames_in.inc(n)
    if _frames_out:
        n, _frames_out = _frames_out, 0
        M.frames_out.inc(n)
    if _backpressure:
        n, _backpressure = _backpressure, 0
        M.backpressure.inc(n)


def script_done(kind, outcome, wall, cpu):
    """A run ended: ``kind`` http/websocket, ``outcome`` as execution.run_script returns."""
    if M is None:
        return
    flush_frames()  # a session's frames are in the counters once its run is
    M.wall.labels(kind).observe(wall)
    M.cpu.labels(kind).observe(cpu)
    status, err = outcome
    if status == "error" and err is not None:
        if err[0] == "BudgetExceeded":
            M.budget.inc()
        else:
            M.errors.labels(err[0] or "Error").inc()


def forced_stop():
    if M is not None:
        M.stops.inc()


def compile_hit():
    if M is not None:
        M.cache_hit.inc()


def compiled(status, seconds):
    """A load that missed the memory cache: ``status`` of cache.compile_text."""
    if M is None:
        return
    if status == "cached":
        M.cache_hit.inc()
    else:
        M.cache_miss.inc()
        M.compile.observe(seconds)


def start_lag_probe(loop):
    """Samples the event loop's lag: a timer due every LAG_INTERVAL_S, how
    late it fires is how long something held the loop."""
    if M is None:
        return

    def tick(due):
        now = time.monotonic()
        M.lag.observe(max(0.0, now - due))
        flush_frames()  # other workers' frames reach a scrape within LAG_INTERVAL_S
        loop.call_later(LAG_INTERVAL_S, tick, now + LAG_INTERVAL_S)

    loop.call_later(LAG_INTERVAL_S, tick, time.monotonic() + LAG_INTERVAL_S)
