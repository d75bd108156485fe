"""One AGI script run: its realm, request, response and websocket.

Example (what the server does for each request)::

    ctx = ScriptContext(config, "/srv/web/App/x.js", "App/x.js",
                        request=RequestData("GET"), host=handler)
    ctx.create_realm()                    # host globals + POST parameters
    await ScriptRunner(ctx.run(compiled), config.cpu_budget)
    body, content_type = ctx.response()   # HTTP_RESP, HTTP_HEADER

``host`` is the server's request handler (see :mod:`runtime.agi.websocket`
for what the websocket library needs from it); ``None`` means no client.
"""

import dataclasses
import logging
import sys
import types
import uuid

from runtime import conversions, properties
from runtime.realm import REALM
from runtime.values import undefined

log = logging.getLogger("ajgi_tx.agi")


@dataclasses.dataclass
class RequestData:
    """The parts of an HTTP request a script can see.

    ``form``: urlencoded body fields, ``{name: [value, ...]}`` (text);
    ``query``: URL query parameters, same shape (used only with the
    ``query_params`` option);
    ``body``: the raw body bytes; ``content_type``: the header as sent.
    """

    method: str = "GET"
    content_type: str = ""
    body: bytes = b""
    form: dict = dataclasses.field(default_factory=dict)
    query: dict = dataclasses.field(default_factory=dict)


def _js_frame():
    """(file, line) of the innermost compiled-JS frame calling the host."""
    f = sys._getframe(2)
    while f is not None:
        fn = f.f_code.co_filename
        if not fn.endswith(".py") and not fn.startswith("<frozen"):
            return fn, f.f_lineno
        f = f.f_back
    return None, 0


class ScriptContext:
    """State of one script execution (one request)."""

    def __init__(self, config, path, rel, request=None, host=None, db=None, compile_fn=None):
        self.config = config
        self.path = path          # absolute file name
        self.rel = rel            # path below the root, "/"-separated
        self.request = request or RequestData()
        self.host = host
        self.db = db
        self.compile_fn = compile_fn  # (abs path) -> CompiledScript, for includes()
        self.execution_id = str(uuid.uuid4())
        self.realm = None
        self.ws = None
        self.include_stack = [path]
        self.skipped_params = []

    # -- logging --------------------------------------------------------------

    def console_write(self, level, text):
        """``console.*`` output: the server log, with script and line."""
        fn, line = _js_frame()
        where = "%s:%d" % (fn, line) if fn else self.rel
        lvl = {"warn": logging.WARNING, "error": logging.ERROR}.get(level, logging.INFO)
        log.log(lvl, "[AGI][%s] %s: %s", self.execution_id, where, text)

    # -- set-up -----------------------------------------------------------------

    def create_realm(self):
        """A fresh realm with console, eval, the AGI host globals and the
        request parameters."""
        from ajgi_tx.runner import create_realm
        from runtime.agi import core, db

        self.realm = create_realm(self.console_write)
        self.realm.agi_ctx = self  # how the host functions find their context
        token = REALM.set(self.realm)
        try:
            core.install(self)
            db.install(self)
            core.inject_parameters(self)
        finally:
            REALM.reset(token)
        return self.realm

    async def run(self, compiled):
        """Runs ``compiled`` (the top-level script) in this context's realm."""
        from ajgi_tx.runner import execute

        REALM.set(self.realm)
        result = execute(compiled, self.realm)
        if type(result) is types.CoroutineType:
            result = await result
        return result

    # -- the response -------------------------------------------------------------

    def _global_text(self, name, default):
        g = self.realm.global_object
        try:
            v = properties.get_prop(g, name)
            return default if v is undefined and not properties.has_property(g, name) else conversions.to_string(v)
        except BaseException:  # a throwing toString yields "", as ArozOS
            return ""

    def response(self):
        """(body, content type) from ``HTTP_RESP`` / ``HTTP_HEADER``."""
        token = REALM.set(self.realm)
        try:
            body = self._global_text("HTTP_RESP", "")
            header = self._global_text("HTTP_HEADER", "text/plain")
        finally:
            REALM.reset(token)
        return body, header
