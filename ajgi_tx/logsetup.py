"""Server logging: level, text or JSON lines, the request id, the access line.

Every line logged while a script runs carries that run's request id (its
execution id, ajgi_tx/running.py) as ``request_id``; the access line of
the request carries the same id, so one grep finds a request's whole story.

Text format::

    2026-12-03 08:00:00,123 INFO [rid=3f2a...] [AGI][3f2a...] hello.js: ...

JSON format (``--log-format json``), one object per line::

    {"ts": "2026-12-03T08:00:00.123Z", "level": "INFO", "logger": "ajgi_tx.access",
     "msg": "GET /system/ajgi/interface?script=hello.js 200 1.2ms", "request_id": "3f2a...",
     "pid": 1234, "status": 200}
"""

import datetime
import json
import logging
import sys

from ajgi_tx import metrics, running

access_log = logging.getLogger("ajgi_tx.access")

LEVELS = ("debug", "info", "warning", "error")
FORMATS = ("text", "json")
INTERFACE_PATH = "/system/ajgi/interface"


class RequestIdFilter(logging.Filter):
    """Adds ``record.request_id``: the running script's, unless set already."""

    def filter(self, record):
        if not getattr(record, "request_id", ""):
            record.request_id = running.REQUEST_ID.get()
        return True


class JsonFormatter(logging.Formatter):
    _EXTRA = ("status", "method", "path", "duration_ms", "client")

    def format(self, record):
        out = {
            "ts": datetime.datetime.fromtimestamp(record.created, datetime.timezone.utc)
                  .strftime("%Y-%m-%dT%H:%M:%S.%f")[:-3] + "Z",
            "level": record.levelname,
            "logger": record.name,
            "msg": record.getMessage(),
            "request_id": getattr(record, "request_id", "") or None,
            "pid": record.process,
        }
        for key in self._EXTRA:
            if hasattr(record, key):
                out[key] = getattr(record, key)
        if record.exc_info:
            out["exc"] = self.formatException(record.exc_info)
        return json.dumps(out, ensure_ascii=False)


class TextFormatter(logging.Formatter):
    def format(self, record):
        line = super().format(record)
        rid = getattr(record, "request_id", "")
        if rid and rid not in record.getMessage():
            # lines that name the run already ("[AGI][id]") do not repeat it
            line = line.replace(record.getMessage(), "[rid=%s] %s" % (rid, record.getMessage()), 1)
        return line


def configure(config, stream=None):
    """Sets up the root logger per ``config`` (log_level, log_format)."""
    level = getattr(logging, config.log_level.upper())
    handler = logging.StreamHandler(stream or sys.stderr)
    handler.addFilter(RequestIdFilter())
    if config.log_format == "json":
        handler.setFormatter(JsonFormatter())
    else:
        handler.setFormatter(TextFormatter("%(asctime)s %(levelname)s " + (
            "[%(process)d] " if config.workers != 1 else "") + "%(message)s"))
    root = logging.getLogger()
    for h in list(root.handlers):
        root.removeHandler(h)
    root.addHandler(handler)
    root.setLevel(level)
    # Tornado's own access log is replaced by log_request's.
    logging.getLogger("tornado.access").setLevel(logging.WARNING)
    access_log.disabled = not config.access_log


def log_request(handler):
    """The Application's ``log_function``: counts a script request's status
    and writes the access line (with the run's request id)."""
    req = handler.request
    status = handler.get_status()
    if req.path == INTERFACE_PATH:
        metrics.http_request(status)
    if access_log.disabled or not access_log.isEnabledFor(logging.INFO):
        return
    ctx = getattr(handler, "_ctx", None)
    rid = ctx.execution_id if ctx is not None else ""
    ms = 1000.0 * req.request_time()
    access_log.info("%d %s %s (%s) %.1fms", status, req.method, req.uri, req.remote_ip, ms,
                    extra={"request_id": rid, "status": status, "method": req.method,
                           "path": req.uri, "duration_ms": round(ms, 3), "client": req.remote_ip})
