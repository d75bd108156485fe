"""The boot context: what an ``init.agi`` sees when the server runs it at
startup (ArozOS ``InitiateAllWebAppModules``: ``injectStandardLibs`` with
no user, plus the ``appdata`` library already loaded).

Example (what ``ajgi_tx/modules.py`` does for each ``<root>/<Module>/init.agi``)::

    ctx = BootContext(config, path, "Notes/init.agi", registry, db=db, compile_fn=compile)
    ctx.create_realm()
    await run_script(ctx, compiled, config.cpu_budget)   # ajgi_tx/execution.py

Its globals, as ArozOS gives them (and no others: there is no user, so no
``USERNAME``, no ``requirelib``, no websocket)::

    registerModule(json)                 // undefined once registered, false when refused
    registerExtensionIcon(ext, iconPath) // true; false for an empty argument
    appdata.readFile / listDir / getModuleList
    addNightlyTask(script)               // true for a .js/.agi path (recorded, never run, as ArozOS)
    LOADED_MODULES                       // the names registered so far
    LOADED_STORAGES                      // the storage pool, plain data (runtime/agi/users.py)
    BUILD_VERSION INTERNAL_VERSION __FILE__ EXECUTION_ID HTTP_RESP HTTP_HEADER
    sendResp echo sendOK sendJSONResp delay exit includes requirepkg execpkg
    newDBTableIfNotExists ... (the DB functions)   console

A refused registration is logged with the JS place of the call
(``Notes/init.agi:12:1``) and the decoder's message.
"""

import logging

from runtime import conversions
from runtime.agi import core, db, lib_appdata, module_registry, users
from runtime.agi.context import ScriptContext
from runtime.agi.core import agi_context, deferred_definer
from runtime.host import new_realm
from runtime.realm import REALM
from runtime.values import WC, js_string, py_string, undefined

log = logging.getLogger("ajgi_tx.agi")

# the core functions ArozOS's injectStandardLibs defines for a script file
BOOT_CORE = ("sendResp", "echo", "sendOK", "sendJSONResp", "delay", "exit", "includes",
             "requirepkg", "execpkg")
SCRIPT_EXTENSIONS = (".js", ".agi")


def _place():
    """``file:line:col: `` of the JS call being served, or ""."""
    from runtime.builtins.error import capture_stack

    frames = capture_stack(2)
    return "%s:%d:%d: " % frames[0][1:] if frames else ""


def _booting(ctx):
    """True in an init.agi run at startup; a request's script (ArozOS gives
    it these functions too) may call them, but the list is fixed by then."""
    return isinstance(ctx, BootContext)


def registerModule(this, text=undefined, *_):
    """registerModule(json): adds the module; undefined, or false (logged)
    when the JSON is not a module ArozOS would accept. Outside the boot the
    JSON is checked the same way but nothing is added (logged)."""
    ctx = agi_context()
    text = py_string(conversions.to_string(text))
    try:
        if _booting(ctx):
            ctx.modules.register_json(text, ctx.module_dir)
        else:
            module_registry.decode_module(text)
            log.info("[AGI][%s] %sregisterModule outside the startup boot: not registered "
                     "(the module list is fixed at startup)", ctx.execution_id, _place())
    except module_registry.RegistrationError as e:
        log.error("[AGI][%s] %sregisterModule refused: %s", ctx.execution_id, _place(), e)
        return False
    return undefined


def registerExtensionIcon(this, ext=undefined, icon=undefined, *_):
    """registerExtensionIcon(ext, iconPath): the file manager's icon for an
    extension; a relative path is joined to the module's folder."""
    ctx = agi_context()
    ext = py_string(conversions.to_string(ext))
    icon = py_string(conversions.to_string(icon))
    if ext == "" or icon == "" or ext == "undefined" or icon == "undefined":
        return False
    if _booting(ctx):
        ctx.modules.register_ext_icon(ext, module_registry.join_module_path(ctx.module_dir, icon))
    return True


def addNightlyTask(this, script=undefined, *_):
    """addNightlyTask(script): recorded for a .js/.agi path (ArozOS keeps
    the list and runs nothing yet; neither does ajgi_tx); else false."""
    ctx = agi_context()
    path = py_string(conversions.to_string(script))
    if not path.endswith(SCRIPT_EXTENSIONS):
        return False
    if _booting(ctx):
        ctx.modules.nightly.append(path)
    return True


BOOT_TABLE = {
    "registerModule": (registerModule, 1),
    "registerExtensionIcon": (registerExtensionIcon, 2),
    "addNightlyTask": (addNightlyTask, 1),
}
BOOT_FUNCTIONS = tuple(BOOT_TABLE)
_define_boot = deferred_definer(BOOT_TABLE)


class BootContext(ScriptContext):
    """One ``init.agi`` run: a script context without a request or a user,
    whose realm holds the boot globals instead of the request's."""

    def __init__(self, config, path, rel, registry, db=None, compile_fn=None):
        super().__init__(config, path, rel, request=None, host=None, db=db, compile_fn=compile_fn)
        self.modules = registry
        self.module_dir = rel.split("/")[0]  # ArozOS static.GetScriptRoot

    def create_realm(self):
        self.realm = new_realm(self.console_write)
        self.realm.agi_ctx = self
        token = REALM.set(self.realm)
        try:
            install(self)
        finally:
            REALM.reset(token)
        return self.realm


def install(ctx):
    """Defines the boot globals in ``ctx.realm``."""
    realm = ctx.realm
    g = realm.global_object
    cfg = ctx.config
    for name, value in (
            ("BUILD_VERSION", cfg.build_version), ("INTERNAL_VERSION", cfg.internal_version),
            ("__FILE__", cfg.file_prefix + ctx.rel), ("EXECUTION_ID", ctx.execution_id),
            ("HTTP_RESP", ""), ("HTTP_HEADER", "text/plain")):
        realm.define_value(g, name, js_string(value), WC)
    table = {name: core.CORE_TABLE[name] for name in BOOT_CORE if name in core.CORE_TABLE}
    realm.defer_globals(tuple(table), deferred_definer(table))
    realm.defer_globals(BOOT_FUNCTIONS, _define_boot)
    module_registry.install(ctx, module_registry.BOOT_MODULE_GLOBALS)
    users.install_storages(ctx)
    db.install(ctx)
    lib_appdata.install(ctx)  # loaded without requirelib, as ArozOS does


def install_in_request(ctx):
    """What a request's script gets of the registry: ``LOADED_MODULES``,
    ``USER_MODULES`` and the registration functions (which change nothing
    after the boot)."""
    module_registry.install(ctx)
    ctx.realm.defer_globals(BOOT_FUNCTIONS, _define_boot)
