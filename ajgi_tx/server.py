"""The AGI server: ``python -m ajgi_tx serve --root DIR``.

Every ``.js``/``.agi`` file under the root is served at
``/system/ajgi/interface?script=PATH`` (any method), as plain HTTP and as a
WebSocket on the same URL; other files under the root are served as static
files at ``/PATH`` (so a front-end page can sit next to its script).

Example::

    python -m ajgi_tx serve --root examples/web --port 8080 --dev
    curl 'http://127.0.0.1:8080/system/ajgi/interface?script=hello.js'

Embedding::

    from ajgi_tx.config import ServerConfig
    from ajgi_tx.server import make_app
    app = make_app(ServerConfig(root="examples/web"))
    app.listen(8080, "127.0.0.1")

How a request runs (see :class:`AGIHandler`): the handler resolves the
script, builds a fresh realm, starts the script as its own asyncio task and
waits for whichever comes first: the script ending (the reply is
``HTTP_RESP`` with ``HTTP_HEADER`` as ``Content-Type``, status 200; 500 on an
error) or the script calling ``websocket.upgrade()`` (then Tornado's own
``WebSocketHandler.get()`` does the handshake and runs the frame loop while
the script keeps running in its task).
"""

import asyncio
import gc
import logging
import os
import re
import signal
import time
import urllib.parse

import tornado.httpserver
import tornado.iostream
import tornado.web
import tornado.websocket

from ajgi_tx.config import ServerConfig, from_args
from ajgi_tx.errors import CompileError
from runtime.agi import fairness
from runtime.agi.context import RequestData, ScriptContext
from runtime.agi.core import inside_root
from runtime.agi.db import open_db
from runtime.errors import BudgetExceeded, ScriptExit
from runtime.realm import REALM
from runtime.values import py_string

log = logging.getLogger("ajgi_tx.agi")

INTERFACE_PATH = "/system/ajgi/interface"
SCRIPT_EXTENSIONS = (".js", ".agi")


class ScriptError500(Exception):
    """A failure before the script ran (compile error, realm set-up)."""


def special_uri_decode(value):
    """ArozOS ``static.SpecialURIDecode``: a second unescape of the already
    decoded query value that keeps ``+``; a malformed escape gives ""."""
    if re.search(r"%(?![0-9A-Fa-f]{2})", value):
        return ""
    return urllib.parse.unquote(value, errors="strict") if "%" in value else value


class AGIServer:
    """Shared state: config, compile cache, DB, running script tasks."""

    def __init__(self, config):
        self.config = config
        self._cache = {}
        self.db = None
        self.tasks = set()
        self.websockets = set()  # open AGIHandlers, closed 1001 by a drain (ajgi_tx/drain.py)
        self.runs = 0

    def get_db(self):
        if self.db is None:
            self.db = open_db(self.config.db_url)
        return self.db

    # -- scripts ------------------------------------------------------------------

    def resolve(self, script):
        """(abs path, rel path) for ``?script=``, or (status, body) on error
        (ArozOS codes and bodies; outside the root is 403)."""
        script = special_uri_decode(script)
        if not script:
            return 500, "500 - Internal Server Error: Invalid script path"
        root = self.config.root
        path = os.path.realpath(os.path.join(root, script.lstrip("/")))
        if not inside_root(root, path):
            return 403, "403 Forbidden: script path outside the script root"
        if not os.path.exists(path):
            return 500, "500 - Internal Server Error: Script not exists"
        if os.path.splitext(script)[1] not in SCRIPT_EXTENSIONS:
            return 403, "AGI script must have file extension of .agi or .js"
        if not os.path.isfile(path):
            return 500, "500 - Internal Server Error: Script load error => read %s: is a directory" % script
        return path, os.path.relpath(path, root).replace(os.sep, "/")

    def compile(self, path):
        """The compiled script for ``path``: from memory while the file is
        unchanged (one ``os.stat``), else through the on-disk compile cache
        (ajgi_tx/cache.py), so AOT builds and earlier runs are reused."""
        from ajgi_tx import cache

        st = os.stat(path)
        key = (st.st_mtime_ns, st.st_size)
        hit = self._cache.get(path)
        if hit is not None and hit[0] == key:
            return hit[1]
        with open(path, encoding="utf-8") as f:
            source = f.read()
        rel = os.path.relpath(path, self.config.root).replace(os.sep, "/")
        cache_dir = None if self.config.cache_dir == "-" else cache.resolve_cache_dir(
            self.config.cache_dir or None, self.config.root)
        compiled = cache.compile_text(source, rel, cache_dir)
        if len(self._cache) > 2048:
            self._cache.clear()
        self._cache[path] = (key, compiled)
        return compiled

    async def run_script(self, ctx, compiled):
        """Runs one script to its end; returns ("ok"|"exit"|"error", error).
        Never raises for anything the script does."""
        from ajgi_tx.runner import uncaught

        REALM.set(ctx.realm)
        self.runs += 1
        runner = fairness.ScriptRunner(ctx.run(compiled), self.config.cpu_budget)
        outcome = ("ok", None)
        t0 = time.perf_counter()
        try:
            await runner
        except ScriptExit:
            outcome = ("exit", None)
        except BudgetExceeded as e:
            log.error("[AGI][%s] %s: script stopped: %s", ctx.execution_id, ctx.rel, e)
            outcome = ("error", ("BudgetExceeded", "script stopped: %s" % e, None, ""))
        except asyncio.CancelledError:
            if ctx.ws is not None:
                ctx.ws.close(1001, "server shutting down")
            raise
        except Exception as exc:  # an uncaught JS exception (or a runtime bug)
            err = uncaught(exc)
            if err.location is None:
                _locate_from_traceback(err, exc)
            loc = "%s:%d:%d" % err.location if err.location else ctx.rel
            log.error("[AGI][%s] %s %s%s", ctx.execution_id, loc, err.headline(),
                      "\n" + err.stack if err.stack else "")
            outcome = ("error", (err.name or "Error", err.headline(), err.location, err.stack))
        finally:
            st = ctx.ws
            if st is not None and st.open:
                st.close(1011 if outcome[0] == "error" else 1000)
            log.debug("[AGI][%s] %s finished (%s) in %.1f ms, cpu %.1f ms", ctx.execution_id,
                      ctx.rel, outcome[0], (time.perf_counter() - t0) * 1000, runner.cpu_used * 1000)
        return outcome


def _js_frames(tb):
    """(name, file, line, col) of the compiled-JS frames of a traceback,
    innermost first."""
    out = []
    while tb is not None:
        code = tb.tb_frame.f_code
        if not code.co_filename.endswith(".py") and not code.co_filename.startswith("<frozen"):
            line, col = tb.tb_lineno, 0
            try:
                pos = list(code.co_positions())[tb.tb_lasti // 2]
                if pos[0] is not None:
                    line, col = pos[0], pos[2] or 0
            except (IndexError, ValueError):
                pass
            name = code.co_name
            out.append(("" if name.startswith("_ajgi_") else name, code.co_filename, line, col + 1))
        tb = tb.tb_next
    out.reverse()
    return out


def _locate_from_traceback(err, exc):
    """Errors raised by the runtime itself (a ReferenceError from an unknown
    name) carry no JS stack: rebuild location and stack from the Python
    traceback of ``exc``."""
    frames = _js_frames(exc.__traceback__)
    if not frames:
        return
    err.location = frames[0][1:]
    lines = [err.headline()]
    for name, fn, line, col in frames:
        lines.append("    at %s (%s:%d:%d)" % (name, fn, line, col) if name else "    at %s:%d:%d" % (fn, line, col))
    err.stack = "\n".join(lines)


def error_body(config, err):
    """The 500 body: a short message, or with ``--dev`` location and stack."""
    name, headline, location, stack = err
    if not config.dev:
        return "500 - Internal Server Error: %s" % headline
    where = "%s:%d:%d: " % tuple(location) if location else ""
    body = where + headline
    if stack:
        body += "\n" + "\n".join(stack.split("\n")[1:])
    return body


class AGIHandler(tornado.websocket.WebSocketHandler):
    """``/system/ajgi/interface?script=PATH``: plain HTTP or WebSocket.

    The script never runs inside ``open()`` (Tornado delivers no message
    until ``open()`` returns); it runs as its own task, started by ``get()``.
    """

    def initialize(self, server):
        self.server = server
        self._ctx = None
        self._upgrade_wanted = None
        self._opened = None
        self._ws_state = None
        self._http_error = None

    # -- origin ----------------------------------------------------------------------

    def check_origin(self, origin):
        """Same origin always; others only when on the allow-list."""
        allowed = self.server.config.allowed_origins
        if "*" in allowed or origin in allowed:
            return True
        return super().check_origin(origin)

    # -- HTTP methods ----------------------------------------------------------------------

    async def get(self, *args):
        await self._serve()

    async def post(self, *args):
        await self._serve()

    put = patch = delete = post

    def _reply(self, status, body, content_type="text/plain; charset=utf-8"):
        if self._finished:
            return
        if isinstance(body, str):
            body = py_string(body).encode("utf-8")  # JS strings are UTF-16 code units
        self.set_status(status)
        if content_type:
            self.set_header("Content-Type", py_string(content_type))
        try:
            self.finish(body)
        except (tornado.iostream.StreamClosedError, tornado.websocket.WebSocketClosedError):
            pass  # the client went away meanwhile

    def _request_data(self):
        req = self.request
        ctype = req.headers.get("Content-Type", "")
        form = {}
        if ctype.split(";")[0].strip().lower() == "application/x-www-form-urlencoded":
            form = {k: [v.decode("utf-8", "replace") for v in vs] for k, vs in req.body_arguments.items()}
        query = {}
        if self.server.config.query_params:
            query = {k: [v.decode("utf-8", "replace") for v in vs]
                     for k, vs in req.query_arguments.items() if k != "script"}
        return RequestData(req.method, ctype, req.body or b"", form, query)

    async def _serve(self):
        server = self.server
        config = server.config
        resolved = server.resolve(self.get_query_argument("script", ""))
        if isinstance(resolved[0], int):
            self._reply(*resolved)
            return
        path, rel = resolved
        try:
            compiled = server.compile(path)
        except CompileError as e:
            log.error("[AGI] %s", e.format())
            body = e.format() if config.dev else "500 - Internal Server Error: SyntaxError: %s" % e.message
            self._reply(500, body)
            return
        ctx = ScriptContext(config, path, rel, self._request_data(), host=self,
                            db=server.get_db(), compile_fn=server.compile)
        self._ctx = ctx
        try:
            ctx.create_realm()
        except Exception:  # a runtime bug must not take the server down
            log.exception("[AGI][%s] %s: realm set-up failed", ctx.execution_id, rel)
            self._reply(500, "500 - Internal Server Error: script set-up failed")
            return
        loop = asyncio.get_running_loop()
        self._upgrade_wanted = loop.create_future()
        self._opened = loop.create_future()
        task = asyncio.ensure_future(server.run_script(ctx, compiled))
        server.tasks.add(task)
        task.add_done_callback(server.tasks.discard)
        await asyncio.wait((task, self._upgrade_wanted), return_when=asyncio.FIRST_COMPLETED)
        if self._upgrade_wanted.done():
            try:
                await super().get()
            finally:
                if not self._opened.done():
                    self._opened.set_result(False)
            return
        kind, err = task.result()
        if kind == "error":
            self._reply(500, error_body(config, err))
            return
        body, content_type = ctx.response()
        if self._http_error is not None:  # upgrade() refused: ArozOS appends HTTP_RESP
            status, reason = self._http_error
            self._reply(status, reason + "\n" + body)
            return
        self._reply(200, body, content_type or None)

    # -- the host interface of runtime.agi.websocket -------------------------------------------

    def _handshake_problem(self):
        """(status, reason) when this request is no acceptable handshake."""
        h = self.request.headers
        if h.get("Upgrade", "").lower() != "websocket" or "upgrade" not in [
                s.strip().lower() for s in h.get("Connection", "").split(",")]:
            return 400, "Bad Request"
        if self.request.method != "GET":
            return 405, "Method Not Allowed"
        if not h.get("Sec-WebSocket-Key") or h.get("Sec-WebSocket-Version") not in ("7", "8", "13"):
            self.set_header("Sec-WebSocket-Version", "13")
            return 400, "Bad Request"
        check = getattr(self, "_check_cross_origin", None)
        if check is not None:
            if check(self.check_origin) is not None:
                return 403, "Cross origin websockets not allowed"
        else:
            origin = h.get("Origin")
            if origin and not self.check_origin(origin):
                return 403, "Cross origin websockets not allowed"
        return None

    async def accept_websocket(self, state):
        """Called by ``websocket.upgrade()``: True once the socket is open."""
        if self._upgrade_wanted is None or self._upgrade_wanted.done():
            return False
        problem = self._handshake_problem()
        if problem is not None:
            self._http_error = problem
            return False
        self._ws_state = state
        self._upgrade_wanted.set_result(True)
        return await self._opened

    def ws_write(self, text, binary=False):
        """Sends a frame; returns a future to await only while the socket
        still has unsent data (backpressure), else None.

        Tornado's ``write_message`` wraps every write in a new Task (only to
        turn StreamClosedError into WebSocketClosedError), which costs a Task
        and a loop pass per frame; the script needs neither, since the frame
        has been handed to the socket when the call returns. So the frame goes
        through the connection's own framing (``_write_frame``, with
        permessage-deflate when negotiated) and the stream's future is
        returned only while the stream is still writing. Raises
        WebSocketClosedError when the connection is closing or gone."""
        conn = self.ws_connection
        frame = getattr(conn, "_write_frame", None)
        if frame is None:  # another protocol class: the public path
            fut = self.write_message(text, binary)
            fut.add_done_callback(_consume_write_result)
            return None
        if conn.is_closing():
            raise tornado.websocket.WebSocketClosedError()
        data = text if isinstance(text, bytes) else text.encode("utf-8")
        conn._message_bytes_out += len(data)
        flags = 0
        if conn._compressor:
            data = conn._compressor.compress(data)
            flags = conn.RSV1
        try:
            fut = frame(True, 0x2 if binary else 0x1, data, flags=flags)
        except tornado.iostream.StreamClosedError:
            raise tornado.websocket.WebSocketClosedError()
        # IOStream.write already retrieves the future's exception itself.
        return fut if conn.stream.writing() else None

    def ws_close(self, code, reason):
        self.close(code, reason)

    # -- WebSocketHandler callbacks -------------------------------------------------------

    def open(self, *args):
        self.set_nodelay(True)
        self.server.websockets.add(self)
        if not self._opened.done():
            self._opened.set_result(True)

    def on_message(self, message):
        st = self._ws_state
        if len(message) > self.server.config.max_message_size:
            # Checked here, after Tornado read the whole frame (its own cap is
            # 4x higher): closing while the peer is still sending would reset
            # the connection before the peer sees the 1009 close frame.
            self.close(1009, "message too big")
            return None
        if st is not None:
            return st.feed(message)
        return None

    def on_close(self):
        self.server.websockets.discard(self)
        st = self._ws_state
        if st is not None:
            if self.close_code is not None and self.close_code != 1000:
                log.debug("[AGI] websocket closed by peer: %s", self.close_code)
            st.peer_closed()


def _consume_write_result(fut):
    """A write nobody awaits: a closed peer shows up as read() == false."""
    if not fut.cancelled():
        fut.exception()


class StaticHandler(tornado.web.StaticFileHandler):
    """Files under the root, except scripts (their source stays private)."""

    def validate_absolute_path(self, root, absolute_path):
        path = super().validate_absolute_path(root, absolute_path)
        if path is not None:
            rel = os.path.relpath(path, root).replace(os.sep, "/")
            hidden = any(part.startswith(".") for part in rel.split("/"))
            # scripts, the compile cache and other dot-files are private
            if hidden or os.path.splitext(path)[1] in SCRIPT_EXTENSIONS:
                raise tornado.web.HTTPError(403)
        return path


def make_app(config=None, **overrides):
    """The Tornado application serving ``config.root``.

    ``make_app(ServerConfig(root="examples/web"))`` or
    ``make_app(root="examples/web", dev=True)``. Installs the fairness
    watchdog (one per process).
    """
    if config is None:
        config = ServerConfig(**overrides)
    fairness.install(config.slice_ms / 1000.0)
    server = AGIServer(config)
    routes = [(INTERFACE_PATH, AGIHandler, {"server": server})]
    if config.serve_static:
        routes.append((r"/(.*)", StaticHandler, {"path": config.root, "default_filename": "index.html"}))
    app = tornado.web.Application(routes, websocket_max_message_size=4 * config.max_message_size)
    app.agi_server = server
    return app


async def _serve_forever(config, sockets=None, worker=None):
    """Serves until SIGTERM/SIGINT, then drains (ajgi_tx/drain.py).
    ``sockets``: listening sockets already bound (ajgi_tx/workers.py),
    else ``config.port``; ``worker``: this worker's number when pre-forked."""
    from ajgi_tx import drain, loops, workers

    app = make_app(config)
    if worker is not None:
        workers.serialize_compiles(app.agi_server)
    # Everything loaded so far (Tornado, the runtime, esprima's Unicode
    # tables) lives as long as the process: keep it out of the cyclic GC's
    # full collections, which would otherwise walk it all each time. (The
    # 70 ms pauses seen after compiling big scripts had another cause, fixed
    # in the compiler and the cache: they hold no cyclic garbage now.)
    gc.collect()
    gc.freeze()
    http = tornado.httpserver.HTTPServer(app, xheaders=config.xheaders)
    if sockets is None:
        http.listen(config.port, config.host)
    else:
        http.add_sockets(sockets)
    log.info("ajgi_tx %sserving %s on http://%s:%d%s?script=PATH (%s loop, db %s)%s",
             "" if worker is None else "worker %d (pid %d) " % (worker, os.getpid()), config.root,
             config.host, config.port, INTERFACE_PATH, loops.running_kind(),
             config.db_url.split("://")[0], " (dev mode)" if config.dev else "")
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGINT, signal.SIGTERM):
        try:
            loop.add_signal_handler(sig, stop.set)
        except (NotImplementedError, RuntimeError):
            pass
    await stop.wait()
    await drain.drain(app.agi_server, http, config.shutdown_grace)


def main(args):
    """``python -m ajgi_tx serve``: ``args`` from argparse (``root``,
    ``host``, ``port``, ``dev``; optional ``cpu_budget``, ``username``,
    ``data_dir``, ``allowed_origins``, ``max_message_size``, ``workers``,
    ``loop``, ``db``...)."""
    from ajgi_tx import workers

    config = from_args(args)
    if not os.path.isdir(config.root):
        print("ajgi_tx: script root %s is not a directory" % config.root)
        return 2
    # With several workers, each line names its process.
    fmt = "%(asctime)s %(levelname)s " + ("[%(process)d] " if config.workers != 1 else "") + "%(message)s"
    logging.basicConfig(level=logging.INFO, format=fmt)
    return workers.serve(config)
