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
    from ajgi_tx.listener import listen
    from ajgi_tx.server import make_app
    config = ServerConfig(root="examples/web")
    listen(make_app(config), config)    # ajgi_tx/listener.py: config.host:config.port

How a request runs (see :class:`AGIHandler`): the handler resolves the
script, builds a fresh realm, starts the script as its own asyncio task and
waits for whichever comes first: the script ending (the reply is
``HTTP_RESP`` with ``HTTP_HEADER`` as ``Content-Type``, status 200; 500 on an
error) or the script calling ``websocket.upgrade()`` (then Tornado's own
``WebSocketHandler.get()`` does the handshake and runs the frame loop while
the script keeps running in its task).

Hostile clients: every limit is a :class:`ServerConfig` field with a
documented default (body size, concurrent runs, Host allow-list, cross-site
state changes, header/body timeouts, websocket message size); the checks
are in ``ajgi_tx/request_checks.py``, the accept loop in
``ajgi_tx/listener.py``, the strict WebSocket framing in
``ajgi_tx/ws_tornado.py``.
"""

import asyncio
import errno
import logging
import os
import re
import signal
import sys
import time
import urllib.parse

import tornado.httputil
import tornado.iostream
import tornado.web
import tornado.websocket

from ajgi_tx import request_checks, ws_tornado
from ajgi_tx.config import ServerConfig
from ajgi_tx import detached, execution, gc_policy
from ajgi_tx import logsetup, metrics, running  # operations hooks (ajgi_tx/metrics.py)
from ajgi_tx.errors import CompileError
from ajgi_tx.compile_thread import compile_for_script, run_in_compile_thread
from ajgi_tx.error_report import source_frame
from ajgi_tx.listener import lingering_refusal, listen
from runtime import limits
from runtime.agi import fairness
from runtime.agi.context import RequestData, ScriptContext
from runtime.agi.core import inside_root
from runtime.agi.db import open_db
from runtime.agi.module_registry import ModuleRegistry
from runtime.values import py_string

log = logging.getLogger("ajgi_tx.agi")

INTERFACE_PATH = "/system/ajgi/interface"
SCRIPT_EXTENSIONS = (".js", ".agi")


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
        self.running = 0  # script runs holding a slot (max_scripts)
        self._compiling = {}  # (path, stat key) -> future of a compile under way
        self.modules = ModuleRegistry()  # filled by the init.agi boot (ajgi_tx/modules.py)

    def take_slot(self):
        """One of ``max_scripts`` run slots, or False when all are taken."""
        cap = self.config.max_scripts
        if cap and self.running >= cap:
            return False
        self.running += 1
        return True

    def release_slot(self, *_):
        self.running -= 1

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
        if request_checks.has_control_chars(script):
            return 400, "400 Bad Request: invalid script path"
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
            metrics.compile_hit()
            return hit[1]
        # Bytes that are no UTF-8 become U+FFFD, as when Go hands otto the
        # file as a string: a script's bad byte is not the server's error.
        with open(path, encoding="utf-8", errors="replace") as f:
            source = f.read()
        rel = os.path.relpath(path, self.config.root).replace(os.sep, "/")
        cache_dir = None if self.config.cache_dir == "-" else cache.resolve_cache_dir(
            self.config.cache_dir or None, self.config.root)
        t0 = time.perf_counter()
        compiled = cache.compile_text(source, rel, cache_dir)
        metrics.compiled(compiled.status, time.perf_counter() - t0)
        if compiled.status != "cached":
            log.info("[AGI] %s compiled in %.0f ms", rel, (time.perf_counter() - t0) * 1000)
        if len(self._cache) > 2048:
            self._cache.clear()
        self._cache[path] = (key, compiled)
        return compiled

    async def compile_async(self, path):
        """:meth:`compile` without blocking the event loop: a script not in
        memory is compiled (or read from the disk cache) in the compile
        thread (ajgi_tx/compile_thread.py), so other connections keep being
        served during a long compile. Requests for the same cold script
        share one compile."""
        key, hit = self._memory_hit(path)
        if hit is not None:
            return hit
        pending = self._compiling.get(key)
        if pending is None:
            pending = run_in_compile_thread(self.compile, path)
            self._compiling[key] = pending
            pending.add_done_callback(lambda f: self._compile_done(key, f))
        # shield: a request whose client left does not cancel the others' compile
        return await asyncio.shield(pending)

    def _memory_hit(self, path):
        """(compile key, the compiled script if memory has it unchanged)."""
        st = os.stat(path)
        key = (path, st.st_mtime_ns, st.st_size)
        hit = self._cache.get(path)
        if hit is not None and hit[0] == key[1:]:
            metrics.compile_hit()
            return key, hit[1]
        return key, None

    async def compile_include(self, path):
        """The compile of an ``includes()`` target: from memory, else in the
        compile thread with its CPU charged to the including script."""
        _, hit = self._memory_hit(path)
        if hit is not None:
            return hit
        return await compile_for_script(self.compile, path)

    def _compile_done(self, key, fut):
        self._compiling.pop(key, None)
        if not fut.cancelled():
            fut.exception()  # retrieved: nobody may be waiting any more

    async def run_script(self, ctx, compiled):
        self.runs += 1
        return await execution.run_script(ctx, compiled, self.config.cpu_budget, self.config.dev)


def error_body(config, err):
    """The 500 body: a short message, or with ``--dev`` location and stack."""
    name, headline, location, stack = err
    if not config.dev:
        return "500 - Internal Server Error: %s" % headline
    where = "%s:%d:%d: " % tuple(location) if location else ""
    body = where + headline
    if stack:
        body += "\n" + "\n".join(stack.split("\n")[1:])
    frame = source_frame(location, config.root)
    if frame:
        body += "\n\n" + frame
    return body


_UNLIMITED = 1 << 62  # Tornado's own body limit, lifted where the handler counts itself


@tornado.web.stream_request_body
class AGIHandler(tornado.websocket.WebSocketHandler):
    """``/system/ajgi/interface?script=PATH``: plain HTTP or WebSocket.

    Before a script runs (``prepare``, called once the headers are in and
    before any body is read) the request must pass the checks of
    ``ajgi_tx/request_checks.py``: a clean script path (400), an allowed
    Host (403), no cross-site state change (403), a body within
    ``max_body`` (413); then a run slot must be free (503). The body is
    streamed in (``data_received``) so that a chunked one is cut off at the
    limit.

    The script never runs inside ``open()`` (Tornado delivers no message
    until ``open()`` returns); it runs as its own task, started by ``get()``.
    An HTTP script whose client disconnects is cancelled
    (``on_connection_close``); a websocket script is not: it sees
    ``read()`` return false and ends as it likes.
    """

    def initialize(self, server):
        self.server = server
        self._ctx = None
        self._task = None
        self._body = bytearray()
        self._upgrade_wanted = None
        self._opened = None
        self._ws_state = None
        self._http_error = None
        self._user = None

    # -- before the body: the request checks -------------------------------------------

    def prepare(self):
        config = self.server.config
        req = self.request
        # Lifted in every case: were Tornado to refuse an oversize body itself
        # it would write its bare 400 after the 413 below.
        req.connection.set_max_body_size(_UNLIMITED)
        refusal = (self._script_argument_refusal()
                   or request_checks.host_refusal(req, config)
                   or request_checks.cross_site_refusal(req, config)
                   or request_checks.body_refusal(req, config))
        if refusal is None:
            self._user, refusal = request_checks.identify(req, config)  # runtime/agi/users.py
        if refusal is None:
            return
        if req.headers.get("Content-Length", "0") != "0" or "Transfer-Encoding" in req.headers:
            # A body is on its way: closing now, with it unread, would make
            # the kernel answer with a reset that can destroy the reply.
            status, body = refusal
            lingering_refusal(self.detach(), status, self._reason_phrase(status), body)
        else:
            self._reply(*refusal)

    @staticmethod
    def _reason_phrase(status):
        return tornado.httputil.responses.get(status, "Error")

    def _script_argument_refusal(self):
        """400 for a ``?script=`` Tornado would silently alter (its argument
        getters turn control characters into spaces and strip them, which
        would serve ``hello.js%00`` as ``hello.js``) or that is no UTF-8."""
        for raw in self.request.query_arguments.get("script", ()):
            try:
                text = raw.decode("utf-8")
            except UnicodeDecodeError:
                return 400, "400 Bad Request: invalid script path"
            if request_checks.has_control_chars(text):
                return 400, "400 Bad Request: invalid script path"
        return None

    def data_received(self, chunk):
        if self._finished:
            return  # refused already: the connection closes after the reply
        if len(self._body) + len(chunk) > self.server.config.max_body:
            self._body = bytearray()
            self._reply(*request_checks.too_large(self.server.config))
            return
        self._body += chunk

    # -- origin ----------------------------------------------------------------------

    def check_origin(self, origin):
        """Foreign origins allowed to open websockets: the allow-list
        (same-origin handshakes are accepted before this is asked)."""
        allowed = self.server.config.allowed_origins
        return "*" in allowed or origin in allowed

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
        body = bytes(self._body)
        self._body = None
        ctype = req.headers.get("Content-Type", "")
        form = {}
        if ctype.split(";")[0].strip().lower() == "application/x-www-form-urlencoded":
            args = {}
            tornado.httputil.parse_body_arguments(ctype, body, args, {}, req.headers)
            form = {k: [v.decode("utf-8", "replace") for v in vs] for k, vs in args.items()}
        query = {}
        if self.server.config.query_params:
            query = {k: [v.decode("utf-8", "replace") for v in vs]
                     for k, vs in req.query_arguments.items() if k != "script"}
        return RequestData(req.method, ctype, body, form, query)

    async def _serve(self):
        if self._finished:
            return  # refused while the body arrived
        server = self.server
        resolved = server.resolve(self.get_query_argument("script", ""))
        if isinstance(resolved[0], int):
            self._reply(*resolved)
            return
        if not server.take_slot():
            self.set_header("Retry-After", "1")
            self._reply(503, "503 Service Unavailable: too many scripts running (see --max-scripts)")
            return
        task = None
        try:
            task = await self._start(*resolved)
        finally:
            if task is None:
                server.release_slot()
        if task is not None:
            task.add_done_callback(server.release_slot)
            await self._finish_run(task)

    async def _start(self, path, rel):
        """Compiles the script and starts its task; None (after replying)
        when it cannot run."""
        server = self.server
        config = server.config
        try:
            compiled = await server.compile_async(path)
        except CompileError as e:
            log.error("[AGI] %s", e.format())
            kind = "unsupported" if e.kind == "unsupported" else "SyntaxError"
            body = e.format() if config.dev else "500 - Internal Server Error: %s: %s" % (kind, e.message)
            self._reply(500, body)
            return None
        except OSError as e:  # gone since resolve(), unreadable, out of descriptors
            log.error("[AGI] %s: cannot read the script: %s", rel, e.strerror)
            self._reply(500, "500 - Internal Server Error: Script load error => read %s: %s"
                        % (rel, (e.strerror or "error").lower()))
            return None
        if self.request.connection.stream is None or self.request.connection.stream.closed():
            return None  # the client left during the compile
        ctx = ScriptContext(config, path, rel, self._request_data(), host=self,
                            db=server.get_db(), compile_fn=server.compile_include, user=self._user)
        ctx.spawner = detached.spawner_of(server)  # execd() (ajgi_tx/detached.py)
        ctx.modules = server.modules  # LOADED_MODULES, USER_MODULES, appdata.getModuleList
        self._ctx = ctx
        try:
            ctx.create_realm()
        except Exception:  # a runtime bug must not take the server down
            log.exception("[AGI][%s] %s: realm set-up failed", ctx.execution_id, rel)
            self._reply(500, "500 - Internal Server Error: script set-up failed")
            return None
        loop = asyncio.get_running_loop()
        self._upgrade_wanted = loop.create_future()
        self._opened = loop.create_future()
        task = asyncio.ensure_future(server.run_script(ctx, compiled))
        server.tasks.add(task)
        task.add_done_callback(server.tasks.discard)
        self._task = task
        return task

    async def _finish_run(self, task):
        config = self.server.config
        ctx = self._ctx
        await asyncio.wait((task, self._upgrade_wanted), return_when=asyncio.FIRST_COMPLETED)
        if self._upgrade_wanted.done():
            try:
                await super().get()
            finally:
                if not self._opened.done():
                    self._opened.set_result(False)
            return
        if task.cancelled():
            return  # the client went away (on_connection_close) or shutdown
        kind, err = task.result()
        if kind == "error":
            self._reply(500, error_body(config, err))
            return
        status, body, content_type = ctx.response()
        if self._http_error is not None:  # upgrade() refused: ArozOS appends HTTP_RESP
            status, reason = self._http_error
            self._reply(status, reason + "\n" + body)
            return
        if ctx.location() is not None:  # http.redirect(): the status is in ctx.response()
            self.set_header("Location", ctx.location())
        self._reply(status, body, content_type or None)

    def on_connection_close(self):
        """The client went away. A plain HTTP script's answer has nobody to
        go to: the run is cancelled (logged once). A websocket script keeps
        running; its ``read()`` returns false."""
        task = self._task
        upgrading = self._upgrade_wanted is not None and self._upgrade_wanted.done()
        if task is not None and not task.done() and not upgrading:
            self._task = None
            log.info("[AGI][%s] %s: client disconnected - script cancelled",
                     self._ctx.execution_id, self._ctx.rel)
            task.cancel()
        tornado.web.RequestHandler.on_connection_close(self)  # ends a body being streamed
        super().on_connection_close()

    # -- the host interface of runtime.agi.websocket (runtime/ws_host.py) --------------------

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
        origin = h.get("Origin")
        if origin and not request_checks.is_same_origin(self.request, origin) and not self.check_origin(origin):
            return 403, "Cross origin websockets not allowed"
        return None

    async def accept_websocket(self, state):
        """Called by ``websocket.upgrade()``: True once the socket is open."""
        if self._upgrade_wanted is None or self._upgrade_wanted.done():
            return False
        problem = self._handshake_problem()
        if problem is not None:
            self._http_error = problem
            self._log_refusal(state.ctx, problem)
            return False
        self._ws_state = state
        self._upgrade_wanted.set_result(True)
        return await self._opened

    def _log_refusal(self, ctx, problem):
        """Why ``upgrade()`` answered false, in the words of the cause."""
        origin = self.request.headers.get("Origin")
        if problem[0] == 403 and origin:
            log.warning("[AGI][%s] %s: websocket upgrade refused: origin refused: Origin %s is not "
                        "the server's origin %s://%s (allow it with --allowed-origins)",
                        ctx.execution_id, ctx.rel, origin, self.request.protocol, self.request.host)
        else:
            log.info("[AGI][%s] %s: websocket upgrade refused: not a websocket handshake (%d %s)",
                     ctx.execution_id, ctx.rel, problem[0], problem[1])

    def ws_write(self, text, binary=False):
        """Sends a frame (``ws_tornado.write_frame``: no Task per frame);
        returns a future to await only while the socket still has unsent
        data (backpressure), else None. Raises WebSocketClosedError when the
        connection is closing or gone."""
        running.frame_out(self._ctx)
        return ws_tornado.write_frame(self.ws_connection, text, binary)

    def ws_close(self, code, reason):
        self.close(code, reason)

    # -- WebSocketHandler callbacks -------------------------------------------------------

    def get_websocket_protocol(self):
        return ws_tornado.make_protocol(self)

    def open(self, *args):
        self.set_nodelay(True)
        self.server.websockets.add(self)
        metrics.ws_opened()
        if not self._opened.done():
            self._opened.set_result(True)

    def on_message(self, message):
        # Size, masking and UTF-8 are checked by ws_tornado.StrictProtocol.
        st = self._ws_state
        if st is not None:
            return metrics.frame_in(st.feed(message))
        return None

    def on_close(self):
        self.server.websockets.discard(self)
        st = self._ws_state
        if st is not None:
            metrics.ws_ended(self.close_code)
            if self.close_code is not None and self.close_code != 1000:
                log.debug("[AGI] websocket closed by peer: %s", self.close_code)
            st.peer_closed()


class StaticHandler(tornado.web.StaticFileHandler):
    """Files under the root, except scripts (their source stays private;
    ``serve_js`` serves ``.js`` files too, as ArozOS's web pages need)."""

    def initialize(self, config, **kw):
        super().initialize(**kw)
        self.config = config

    def prepare(self):
        refusal = request_checks.host_refusal(self.request, self.config)
        if refusal is None and request_checks.has_control_chars(urllib.parse.unquote(self.request.path)):
            refusal = 400, "400 Bad Request: invalid path"  # os.path would raise on a NUL
        if refusal is not None:
            self.set_status(refusal[0])
            self.set_header("Content-Type", "text/plain; charset=utf-8")
            self.finish(refusal[1])

    def validate_absolute_path(self, root, absolute_path):
        path = super().validate_absolute_path(root, absolute_path)
        if path is not None:
            rel = os.path.relpath(path, root).replace(os.sep, "/")
            hidden = any(part.startswith(".") for part in rel.split("/"))
            # scripts, the compile cache and other dot-files are private
            ext = os.path.splitext(path)[1]
            private = ext == ".agi" or (ext == ".js" and not self.config.serve_js)
            if hidden or private:
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
    limits.configure(**{k: getattr(config, k) for k in limits.SWITCHES})
    server = AGIServer(config)
    from ajgi_tx import modules

    routes = [(INTERFACE_PATH, AGIHandler, {"server": server})] + modules.routes(server)
    if config.serve_static:
        routes.append((r"/(.*)", StaticHandler, {"path": config.root, "default_filename": "index.html",
                                                 "config": config}))
    app = tornado.web.Application(routes, websocket_max_message_size=config.max_message_size,
                                  log_function=logsetup.log_request)
    app.agi_server = server
    return app


def browse_url(config, listener):
    """The URL a person opens to reach this server: the bound port (also
    for ``--port 0``), and a loopback address when it listens on every
    interface."""
    host = config.host
    if host in ("", "0.0.0.0", "::"):
        host = "127.0.0.1"
    elif ":" in host:
        host = "[%s]" % host
    port = listener.sockets[0].getsockname()[1] if listener.sockets else config.port
    return "http://%s:%d/" % (host, port)


async def _serve_forever(config, sockets=None, worker=None):
    """Serves until SIGTERM/SIGINT, then drains (ajgi_tx/drain.py).
    ``sockets``: listening sockets already bound (ajgi_tx/workers.py),
    else ``config.port``; ``worker``: this worker's number when pre-forked."""
    from ajgi_tx import admin, drain, loops, modules, workers

    app = make_app(config)
    if worker is not None:
        workers.serialize_compiles(app.agi_server)
    if config.boot_modules:  # every <root>/*/init.agi, before the first request (as ArozOS)
        await modules.boot_modules(app.agi_server)
    # Everything loaded so far lives as long as the process: frozen out of
    # the cyclic GC's reach, and the young generation's threshold raised
    # (ajgi_tx/gc_policy.py). (The 70 ms pauses seen after compiling big
    # scripts had another cause, fixed in the compiler and the cache: they
    # hold no cyclic garbage now.)
    gc_policy.settle_long_lived()
    http = listen(app, config, sockets=sockets)
    admin.start(app.agi_server, config)
    log.info("ajgi_tx %sserving %s on http://%s:%d%s?script=PATH (%s loop, db %s)%s",
             "" if worker is None else "worker %d (pid %d) " % (worker, os.getpid()), config.root,
             config.host, config.port, INTERFACE_PATH, loops.running_kind(),
             config.db_url.split("://")[0], " (dev mode)" if config.dev else "")
    log.info("ajgi_tx data directory: %s", config.data_dir)
    if worker is None or worker == 0:  # one line, not one per worker
        log.info("ajgi_tx: open %s in a browser%s", browse_url(config, http),
                 " (index.html links the bundled pages)" if config.serve_static else "")
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
    from ajgi_tx import admin, config_file, workers

    try:
        config = config_file.build(args)  # CLI > AJGI_* env > --config file > defaults
    except config_file.ConfigError as e:
        print("ajgi_tx: %s" % e, file=sys.stderr)
        return 2
    if getattr(args, "print_config", False):
        print(config_file.render(config))
        return 0
    if admin.check(config):
        print("ajgi_tx: %s" % admin.check(config), file=sys.stderr)
        return 2
    if not os.path.isdir(config.root):
        print("ajgi_tx: script root %s is not a directory" % config.root, file=sys.stderr)
        return 2
    logsetup.configure(config)  # with several workers, each line names its process
    try:
        return workers.serve(config)
    except OSError as e:  # a port in use: one line, not a traceback
        if e.errno not in (errno.EADDRINUSE, errno.EADDRNOTAVAIL, errno.EACCES):
            raise
        print("ajgi_tx: cannot listen on %s:%d: %s" % (config.host, config.port, e.strerror or e),
              file=sys.stderr)
        return 2
    except admin.AdminListenError as e:
        print("ajgi_tx: %s" % e, file=sys.stderr)
        return 2
