"""The admin listener (``--admin-port``): metrics, health, running scripts.

Routes (never on the public port)::

    GET  /metrics                        Prometheus text (ajgi_tx/metrics.py)
    GET  /healthz                        200 "ok" while the process serves
    GET  /readyz                         200 "ready", 503 "draining" after SIGTERM
    GET  /system/ajgi/scripts            JSON list of running scripts (ajgi_tx/running.py)
    POST /system/ajgi/scripts/ID/stop    force-stop one (websocket closed 4000)

It listens on ``--admin-host`` (default 127.0.0.1). With ``--admin-token``
every request must carry ``Authorization: Bearer TOKEN`` (401 otherwise);
on an address other than loopback the token is required: the server
refuses to start without it (:func:`check`).

Example::

    curl -H 'Authorization: Bearer s3cret' http://127.0.0.1:9090/system/ajgi/scripts
    curl -X POST 'http://127.0.0.1:9090/system/ajgi/scripts/ID/stop?by=alice'
"""

import asyncio
import hmac
import ipaddress
import json
import logging

import tornado.netutil
import tornado.web

from ajgi_tx import metrics, run_share, running

log = logging.getLogger("ajgi_tx.admin")


class AdminListenError(Exception):
    """The admin port cannot be bound (its message names it)."""


def is_loopback(host):
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def check(config):
    """An error line when the admin settings are unsafe, else None."""
    if config.admin_port and not config.admin_token and not is_loopback(config.admin_host):
        return ("--admin-host %s is not a loopback address: set --admin-token (or AJGI_ADMIN_TOKEN) "
                "so metrics and script control need a bearer token" % (config.admin_host or "(any)"))
    return None


class _AdminHandler(tornado.web.RequestHandler):
    def initialize(self, server):
        self.server = server

    def prepare(self):
        token = self.server.config.admin_token
        if not token:
            return
        given = self.request.headers.get("Authorization", "")
        if not hmac.compare_digest(given.encode("utf-8", "replace"), ("Bearer " + token).encode("utf-8")):
            self.set_status(401)
            self.set_header("WWW-Authenticate", 'Bearer realm="ajgi_tx admin"')
            self.finish("401 Unauthorized: admin token required\n")

    def check_xsrf_cookie(self):
        pass  # a bearer token (or loopback only), no cookies

    def text(self, status, body):
        self.set_status(status)
        self.set_header("Content-Type", "text/plain; charset=utf-8")
        self.finish(body)


class HealthHandler(_AdminHandler):
    def get(self):
        self.text(200, "ok\n")


class ReadyHandler(_AdminHandler):
    def get(self):
        if getattr(self.server, "draining", False):
            self.text(503, "draining\n")
        else:
            self.text(200, "ready\n")


class MetricsHandler(_AdminHandler):
    def get(self):
        body, ctype = metrics.exposition()
        self.set_header("Content-Type", ctype)
        self.finish(body)


class ScriptsHandler(_AdminHandler):
    def get(self):
        self.set_header("Content-Type", "application/json")
        self.finish(json.dumps({"scripts": run_share.listing()}))


class StopHandler(_AdminHandler):
    async def post(self, run_id):
        by = self.get_argument("by", "") or self.request.headers.get("X-Operator", "")
        who = "admin client %s%s" % (self.request.remote_ip, " (operator %s)" % by[:80] if by else "")
        self.set_header("Content-Type", "application/json")
        stopped = running.stop(run_id, who)
        if not stopped and not _listed(run_id):
            # Other workers publish their runs every INTERVAL_S, later on a
            # loaded machine: look once more before saying there is no such run.
            await asyncio.sleep(2 * run_share.INTERVAL_S)
            stopped = running.stop(run_id, who)
        if stopped:
            self.finish(json.dumps({"stopped": run_id, "close_code": running.STOP_CODE}))
        elif _listed(run_id) and run_share.request_stop(run_id, who):
            # another worker's run: it stops it within run_share.INTERVAL_S
            self.set_status(202)
            self.finish(json.dumps({"stopping": run_id, "close_code": running.STOP_CODE}))
        else:
            self.text(404, "404 Not Found: no running script %s\n" % run_id)


def _listed(run_id):
    return any(r["id"] == run_id for r in run_share.listing())


def make_admin_app(server):
    kw = {"server": server}
    return tornado.web.Application([
        (r"/healthz", HealthHandler, kw),
        (r"/readyz", ReadyHandler, kw),
        (r"/metrics", MetricsHandler, kw),
        (r"/system/ajgi/scripts", ScriptsHandler, kw),
        (r"/system/ajgi/scripts/([A-Za-z0-9-]+)/stop", StopHandler, kw),
    ], log_function=lambda handler: None)


def start(server, config, loop=None):
    """Starts the admin listener of ``server`` (an AGIServer) and the
    metrics of this process when ``--admin-port`` is set. With several
    workers each binds the admin port with SO_REUSEPORT: metrics and the
    scripts list are the whole server's (ajgi_tx/run_share.py). Returns the
    HTTPServer or None."""
    import asyncio

    if not config.admin_port:
        return None  # nobody can scrape: the metrics hooks stay no-ops
    metrics.setup()
    metrics.start_lag_probe(loop or asyncio.get_running_loop())
    import tornado.httpserver
    import tornado.ioloop

    try:
        sockets = tornado.netutil.bind_sockets(config.admin_port, config.admin_host,
                                               reuse_port=config.workers != 1)
    except OSError as e:
        raise AdminListenError("cannot listen on admin %s:%d: %s" % (
            config.admin_host, config.admin_port, e.strerror or e)) from None
    if run_share.shared_dir() is not None:  # several workers: share runs and stop requests
        tornado.ioloop.PeriodicCallback(run_share.tick, run_share.INTERVAL_S * 1000).start()
    http = tornado.httpserver.HTTPServer(make_admin_app(server))
    http.add_sockets(sockets)
    log.info("ajgi_tx admin on http://%s:%d/ (metrics, healthz, readyz, scripts)%s",
             config.admin_host, config.admin_port, " (bearer token required)" if config.admin_token else "")
    return http
