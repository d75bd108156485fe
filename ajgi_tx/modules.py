"""Modules: every ``<root>/<Module>/init.agi`` runs once at startup and
registers its web app; the list is served where ArozOS serves it.

Example (what ``serve`` does before it listens)::

    app = make_app(config)
    report = await boot_modules(app.agi_server)   # BootReport(scripts=49, failed=[...], seconds=1.2)

ArozOS runs ``filepath.Glob(web + "/*/init.agi")``: one level deep, in name
order, one after the other; so does :func:`boot_modules`, each file in its
boot context (``runtime/agi/boot.py``) under the normal CPU budget and in
the script's runner like any run (a spinning ``init.agi`` is stopped by the
budget, logged with its JS place). A file that does not compile, throws,
spins, or registers bad JSON is logged (``Notes/init.agi:3:7: ...``) and
skipped; the others still run. The list is then sorted by name, as ArozOS
sorts it at the end of its startup.

The server waits for the boot before it listens, as ArozOS does (so no
request sees a partial registry). With ``--workers N`` each worker boots
its own registry from the same files: the files are read N times, and a
log line an ``init.agi`` writes appears once per worker.

Routes (no script involved, ``GET``; JSON with ArozOS's field names):

``/system/modules/list``
    the registered modules the request's user may open (ArozOS's
    ``ModuleInfo`` list).
``/system/modules/exticons``
    ``{"ext": "icon path"}`` from ``registerExtensionIcon``.
``/system/modules/getLaunchPara?module=NAME``
    the one module, or ``{"error":"Given module not exists."}``.
``/system/modules/getDefault?opr=get|launch|set|list&ext=EXT&module=NAME``
    the user's default opener of a file extension (ajgi_tx/default_opener.py).
"""

import asyncio
import dataclasses
import glob
import logging
import os
import time

import tornado.web

from ajgi_tx import default_opener, execution, request_checks
from ajgi_tx.errors import CompileError
from runtime.agi.boot import BootContext
from runtime.agi.core import go_json_string

log = logging.getLogger("ajgi_tx.agi")

INIT_SCRIPT = "init.agi"
LIST_PATH = "/system/modules/list"
EXT_ICONS_PATH = "/system/modules/exticons"
LAUNCH_PARA_PATH = "/system/modules/getLaunchPara"
DEFAULT_OPENER_PATH = "/system/modules/getDefault"


@dataclasses.dataclass
class BootReport:
    """What the boot did: how many ``init.agi`` ran, which failed (root-relative
    path and why) and how long it took."""

    scripts: int = 0
    failed: list = dataclasses.field(default_factory=list)
    seconds: float = 0.0


def init_scripts(root):
    """The ``init.agi`` files ArozOS runs at startup: ``<root>/*/init.agi``,
    in name order (folders starting with a dot included, as Go's Glob)."""
    paths = glob.glob(os.path.join(glob.escape(root), "*", INIT_SCRIPT), include_hidden=True)
    return sorted(p for p in paths if os.path.isfile(p))


async def boot_modules(server):
    """Runs every ``init.agi`` of ``server.config.root`` into
    ``server.modules``; returns a :class:`BootReport`. Never raises for what
    a script does."""
    config = server.config
    registry = server.modules
    report = BootReport()
    t0 = time.perf_counter()
    for path in init_scripts(config.root):
        rel = os.path.relpath(path, config.root).replace(os.sep, "/")
        report.scripts += 1
        # its own task: the run's request id (a context variable) stays with it
        why = await asyncio.ensure_future(_boot_one(server, path, rel))
        if why is not None:
            report.failed.append((rel, why))
            log.error("[AGI] %s: Load Failed (%s), skipping", rel, why)
    registry.sort()
    registry.booted = True
    report.seconds = time.perf_counter() - t0
    log.info("[AGI] modules: %d registered by %d init.agi in %.0f ms%s", len(registry.modules),
             report.scripts, report.seconds * 1000,
             " (%d failed)" % len(report.failed) if report.failed else "")
    return report


async def _boot_one(server, path, rel):
    """Runs one ``init.agi``; None when it ran to its end, else the reason
    (the error itself is logged with its JS place)."""
    config = server.config
    try:
        compiled = await server.compile_async(path)
    except CompileError as e:
        log.error("[AGI] %s", e.format())
        return "SyntaxError"
    except OSError as e:
        log.error("[AGI] %s: cannot read the script: %s", rel, e.strerror)
        return "unreadable"
    ctx = BootContext(config, path, rel, server.modules, db=server.get_db(), compile_fn=server.compile)
    try:
        ctx.create_realm()
    except Exception:  # a runtime bug must not stop the boot of the others
        log.exception("[AGI][%s] %s: realm set-up failed", ctx.execution_id, rel)
        return "internal error"
    kind, err = await execution.run_script(ctx, compiled, config.cpu_budget, config.dev)
    if kind == "error":
        return err[0]  # the error's name: TypeError, BudgetExceeded...
    return None


class _JSONHandler(tornado.web.RequestHandler):
    """A GET answered from the registry, after the Host check every route makes."""

    def initialize(self, server):
        self.server = server

    def prepare(self):
        refusal = request_checks.host_refusal(self.request, self.server.config)
        if refusal is not None:
            self.set_status(refusal[0])
            self.set_header("Content-Type", "text/plain; charset=utf-8")
            self.finish(refusal[1])

    def send_json(self, text):
        self.set_header("Content-Type", "application/json")
        self.finish(text.encode("utf-8"))


    def request_user(self):
        """The request's user (request_checks.identify); None once a
        refusal (an unknown user from the trusted proxy) is sent."""
        user, refusal = request_checks.identify(self.request, self.server.config)
        if refusal is not None:
            self.set_status(refusal[0])
            self.set_header("Content-Type", "text/plain; charset=utf-8")
            self.finish(refusal[1])
        return user


class ModuleListHandler(_JSONHandler):
    def get(self):
        user = self.request_user()
        if user is not None:  # only the modules this user may open, as ArozOS
            reg = self.server.modules
            self.send_json(reg.list_json(reg.modules_for(user)))


class ExtIconsHandler(_JSONHandler):
    def get(self):
        self.send_json(self.server.modules.ext_icons_json())


class LaunchParaHandler(_JSONHandler):
    def get(self):
        name = self.get_query_argument("module", "")
        if not name:
            self.send_json('{"error":%s}' % go_json_string("Missing paramter 'module'."))
            return
        from runtime.agi.module_registry import module_json

        module = self.server.modules.find(name)
        if module is None:
            self.send_json('{"error":%s}' % go_json_string("Given module not exists."))
        else:
            self.send_json(module_json(module))


class DefaultOpenerHandler(_JSONHandler):
    """``getDefault?opr=get|launch|set|list&ext=.txt&module=NAME``
    (ajgi_tx/default_opener.py); GET, as ArozOS's pages call it."""

    async def get(self):
        user = self.request_user()
        if user is None:
            return
        arg = self.get_query_argument
        store = default_opener.OpenerStore(self.server.get_db())
        try:
            text = await default_opener.answer(store, self.server.modules, user.name, arg("opr", ""),
                                               arg("ext", ""), arg("module", ""))
        except Exception as e:  # a database that cannot be reached (--db redis://...)
            log.error("[AGI] %s: database unavailable: %s", DEFAULT_OPENER_PATH, e.__class__.__name__)
            text = '{"error":"Database unavailable"}'
        if text is None:
            self.finish()  # an unknown opr: ArozOS answers an empty 200
        else:
            self.send_json(text)


def routes(server):
    """The module routes for ``make_app`` (before the static catch-all)."""
    return [(LIST_PATH, ModuleListHandler, {"server": server}),
            (EXT_ICONS_PATH, ExtIconsHandler, {"server": server}),
            (LAUNCH_PARA_PATH, LaunchParaHandler, {"server": server}),
            (DEFAULT_OPENER_PATH, DefaultOpenerHandler, {"server": server})]
