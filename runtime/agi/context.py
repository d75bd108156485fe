"""One AGI script run: its realm, request, response and websocket.

Example (what the server does for each request)::

    ctx = ScriptContext(config, "/srv/web/App/x.js", "App/x.js",
                        request=RequestData("GET"), host=handler)
    ctx.create_realm()                    # host globals + POST parameters
    async def whole_run():                # every call of script code
        await ctx.run(compiled)           # inside the runner (preemptible,
        ctx.take_response()               # charged): HTTP_RESP.toString too
    await ScriptRunner(whole_run(), config.cpu_budget)
    status, body, content_type = ctx.response()   # the text taken above

(``ajgi_tx.execution`` does this, with errors formatted in the runner too.)

``host`` is the server's request handler (see :mod:`runtime.agi.websocket`
for what the websocket library needs from it); ``None`` means no client.
"""

import dataclasses
import logging
import sys
import types
import uuid

from runtime import conversions, properties
from runtime.errors import ScriptExit
from runtime.builtins.error import stack_bottom
from runtime.host import execute, new_realm
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

    modules = None  # the server's ModuleRegistry (runtime/agi/module_registry.py)

    def __init__(self, config, path, rel, request=None, host=None, db=None, compile_fn=None,
                 user=None):
        from runtime.agi.users import Directory

        self.config = config
        # the accounts and the one this run is for (runtime/agi/users.py):
        # the request's user, else the configured default user
        self.users = getattr(config, "user_directory", None) or Directory.single(config.username)
        self.user = user or self.users.get(self.users.default)
        self.username = self.user.name  # whose user:/ and tmp:/ (runtime/agi/lib_vpath.py)
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
        self._response = (200, "", "text/plain")
        self.redirect = None      # (status, Location) set by http.redirect() (runtime/agi/lib_http.py)
        self.refused = False      # answered without running (see refuse())
        self.spawner = None       # runs execd() children (ajgi_tx/detached.py); None: no execd
        self.execd_depth = 0      # 0: a request's run; n: the n-th execd() generation
        self.execd_refusals = set()  # reasons execd() refused, logged once each
        self.phase = "set-up"     # what the run is doing (for error messages)
        self._end_hooks = []      # see at_end()

    # -- logging --------------------------------------------------------------

    def console_write(self, level, text):
        """``console.*`` output: the server log, with script and line."""
        fn, line = _js_frame()
        where = "%s:%d" % (fn, line) if fn else self.rel
        lvl = {"warn": logging.WARNING, "error": logging.ERROR}.get(level, logging.INFO)
        log.log(lvl, "[AGI][%s] %s: %s", self.execution_id, where, text)

    def at_end(self, fn):
        """Has ``fn()`` called once when the run ends, whatever its outcome
        (``ajgi_tx.execution.run_script``): a library releases there what the
        script left open (``sqlite`` connections)."""
        self._end_hooks.append(fn)

    def run_end_hooks(self):
        hooks, self._end_hooks = self._end_hooks, []
        for fn in hooks:
            try:
                fn()
            except Exception:  # one library's failure must not keep the others' resources
                log.exception("[AGI][%s] %s: releasing the run's resources failed", self.execution_id, self.rel)

    # -- set-up -----------------------------------------------------------------

    def create_realm(self):
        """A fresh realm with console, eval, the AGI host globals and the
        request parameters."""
        from runtime.agi import boot, core, db, execd, users

        # eval's compiler is attached by the host before the script runs
        self.realm = new_realm(self.console_write)
        self.realm.agi_ctx = self  # how the host functions find their context
        token = REALM.set(self.realm)
        try:
            core.install(self)
            db.install(self)
            users.install(self)
            users.install_storages(self)
            execd.install(self)
            boot.install_in_request(self)  # LOADED_MODULES, USER_MODULES, registerModule
            core.inject_parameters(self)
        finally:
            REALM.reset(token)
        return self.realm

    @stack_bottom  # error stacks stop here: no JS frame lies below
    async def run(self, compiled):
        """Runs ``compiled`` (the top-level script) in this context's realm."""
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
        except (Exception, ScriptExit):  # a throwing toString yields "", as ArozOS
            # (the CPU budget and cancellation are BaseExceptions: they pass)
            return ""

    def take_response(self):
        """Converts ``HTTP_RESP`` / ``HTTP_HEADER`` to text: the end of the
        script's run. Calls script code (``toString``, getters), so it runs
        inside the script's runner, preemptible and charged to its budget."""
        status = self.redirect[0] if self.redirect is not None else 200
        self._response = (status, self._global_text("HTTP_RESP", ""),
                          self._global_text("HTTP_HEADER", "text/plain"))

    def refuse(self, status, message):
        """Answers ``status`` with ``message`` instead of running the script
        (a request the limits refuse, e.g. too many parameters)."""
        self.refused = True
        self._response = (status, message, "text/plain; charset=utf-8")

    def response(self):
        """(status, body, content type): taken by :meth:`take_response` when
        the script ended, or set by :meth:`refuse`."""
        return self._response

    def location(self):
        """The Location header of a redirecting response (``http.redirect``),
        else None. Only with the status :meth:`take_response` took: a run that
        failed answers 500 without it."""
        return self.redirect[1] if self.redirect is not None and not self.refused else None
