"""Runs the scripts ``execd()`` detaches (runtime/agi/execd.py).

A detached run is an ordinary run without a client: its own realm and
:class:`ScriptContext` (the parent's user, database and compiler), the
server's CPU budget, a slot of ``max_scripts``, an entry in the admin run
list, its errors logged with file:line:col by ``execution.run_script``. It
is a task of the server (``AGIServer.tasks``), so a drain waits for it and
then cancels it like any other run. Nothing of the parent's run is kept:
the parent's response does not wait, and the parent's realm is freed when
it ends.

Two caps stop a script that detaches itself from multiplying
(``execd_max_depth`` generations, ``execd_max_running`` detached runs in
flight per process); ``spawn`` answers the reason of a refusal.
"""

import asyncio
import logging
import os

from ajgi_tx import execution
from ajgi_tx.errors import CompileError
from runtime import properties
from runtime.agi.context import RequestData, ScriptContext
from runtime.realm import REALM

log = logging.getLogger("ajgi_tx.agi")


class Spawner:
    """The execd() runs of one :class:`ajgi_tx.server.AGIServer`."""

    def __init__(self, server):
        self.server = server
        self.running = 0  # detached runs in flight

    def spawn(self, parent, target, payload):
        """Starts ``target`` detached from ``parent`` (a ScriptContext);
        None once started, else why not."""
        server = self.server
        cfg = parent.config
        if getattr(server, "draining", False):
            return "the server is shutting down"
        if parent.execd_depth >= cfg.execd_max_depth:
            return "detached scripts nested deeper than %d generations (execd_max_depth)" % cfg.execd_max_depth
        if cfg.execd_max_running and self.running >= cfg.execd_max_running:
            return "%d detached scripts already running (execd_max_running)" % self.running
        if not server.take_slot():
            return "too many scripts running (max_scripts)"
        self.running += 1
        task = asyncio.ensure_future(self._run(parent.config, parent.user, parent.db,
                                               parent.compile_fn, parent.execd_depth + 1,
                                               parent.execution_id, target, payload))
        server.tasks.add(task)
        task.add_done_callback(server.tasks.discard)
        # a callback, not a finally: it also runs for a task cancelled before it started
        task.add_done_callback(self._release)
        return None

    def _release(self, _task):
        self.running -= 1
        self.server.release_slot()

    async def _run(self, cfg, user, db, compile_fn, depth, parent_id, target, payload):
        try:
            rel = os.path.relpath(target, cfg.root).replace(os.sep, "/")
            try:
                compiled = await self.server.compile_async(target)
            except CompileError as e:
                log.error("[AGI][%s] execd: %s", parent_id, e.format())
                return
            except OSError as e:
                log.error("[AGI][%s] execd: %s: cannot read the script: %s", parent_id, rel, e.strerror)
                return
            child = ScriptContext(cfg, target, rel, RequestData("GET"), host=None, db=db,
                                  compile_fn=compile_fn, user=user)
            child.spawner = self
            child.execd_depth = depth
            child.create_realm()
            token = REALM.set(child.realm)
            try:
                g = child.realm.global_object
                properties.put_prop(g, "PARENT_DETACHED", True)
                properties.put_prop(g, "PARENT_PAYLOAD", payload)
            finally:
                REALM.reset(token)
            log.info("[AGI][%s] %s: detached by execd() from run %s (generation %d, user %s)",
                     child.execution_id, rel, parent_id, depth, user.name)
            await execution.run_script(child, compiled, cfg.cpu_budget, cfg.dev)
        except asyncio.CancelledError:
            raise
        except Exception:  # a runtime bug: logged, the server keeps serving
            log.exception("[AGI][%s] execd: detached run of %s failed", parent_id, target)


def spawner_of(server):
    """The server's :class:`Spawner` (made on first use)."""
    spawner = getattr(server, "execd_spawner", None)
    if spawner is None:
        spawner = server.execd_spawner = Spawner(server)
    return spawner
