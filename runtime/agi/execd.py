"""``execd(script, payload)``: run a sibling script detached (ArozOS
src/mod/agi/agi.user.go).

ArozOS checks that the file exists, starts a goroutine running it in a new
VM with ``PARENT_DETACHED = true`` and ``PARENT_PAYLOAD = ToString(payload)``
and answers ``true`` at once: the caller never waits for the child, whose
errors only reach the log. Here the same, with three differences:

* the path is confined to the script root, like ``includes`` (ArozOS joins
  it to the script's folder and checks nothing more);
* the child is a run like any other (same user, CPU budget, a slot of
  ``max_scripts``, listed by the admin API) started by the embedding's
  *spawner* (``ajgi_tx/detached.py``); without one (``python -m ajgi_tx
  run``) ``execd`` answers false;
* a detached script calling ``execd`` again cannot multiply without end:
  generations are capped (``execd_max_depth``) and so are the detached runs
  in flight (``execd_max_running``); a refused call answers ``false`` and is
  logged once per run and reason.
"""

import logging
import os

from runtime import conversions
from runtime.values import undefined

log = logging.getLogger("ajgi_tx.agi")


def _call_place():
    """``file:line:col: `` of the execd() call, for the log."""
    from runtime.builtins.error import capture_stack

    frames = capture_stack(1)
    return "%s:%d:%d: " % frames[0][1:] if frames else ""


def refuse(ctx, at, name, reason):
    """Logs why ``execd(name)`` answered false (once per run and reason: a
    loop of refused calls writes one line); returns False."""
    seen = ctx.execd_refusals
    if reason not in seen:
        seen.add(reason)
        log.warning("[AGI][%s] %sexecd(%r) refused: %s", ctx.execution_id, at, name, reason)
    return False


async def execd(this, script=undefined, payload=undefined, *_):
    """execd(script, payload): starts ``script`` (relative to this script's
    folder) detached; true once started, false when it cannot be."""
    from runtime.agi.core import agi_context, inside_root

    ctx = agi_context()
    name = conversions.to_string(script)
    text = conversions.to_string(payload)  # ArozOS: Argument(1).ToString(), "undefined" included
    at = _call_place()
    target = os.path.realpath(os.path.join(os.path.dirname(ctx.path), name))
    if not inside_root(ctx.config.root, target):
        return refuse(ctx, at, name, "path outside the script root")
    if not os.path.isfile(target):
        log.warning("[AGI][%s] %sexecd(%r): [AGI] Target path not exists!", ctx.execution_id, at, name)
        return False
    if ctx.spawner is None:
        return refuse(ctx, at, name, "detached runs need the server (python -m ajgi_tx serve)")
    reason = ctx.spawner.spawn(ctx, target, text)
    if reason is not None:
        return refuse(ctx, at, name, reason)
    return True


def install(ctx):
    """Offers ``execd`` in ``ctx.realm`` (made when the script names it)."""
    ctx.realm.defer_globals(EXECD_FUNCTIONS, _define)


EXECD_FUNCTIONS = ("execd",)


def _define(name):
    from runtime.realm import current_realm

    realm = current_realm()
    realm.define_methods(realm.global_object, {"execd": (execd, 2)})
