"""What the AGI libraries share: virtual paths, confinement, errors.

Virtual paths (ArozOS "vpaths") name a storage root and a path in it::

    user:/Desktop/a.txt   ->  <data_dir>/users/<username>/Desktop/a.txt
    tmp:/x.zip            ->  <data_dir>/tmp/<username>/x.zip

Nothing else is reachable: other roots, absolute host paths, ``..``
segments and symlinks that lead out of the user's folder are refused
(:class:`PathRefused`). ArozOS resolves ``..`` with ``filepath.Join`` and
follows symlinks; ajgi_tx does neither past the root.

Errors follow ArozOS: most failures are logged (one line) and the call
returns ``false``; a refused path throws a catchable ``PermissionDenied``
error (``e.name``), as ArozOS's permission check does.
"""

import logging
import os

from runtime.errors import JSThrow
from runtime.realm import current_realm
from runtime.values import js_string

log = logging.getLogger("ajgi_tx.agi")

# root name in a vpath -> (folder under data_dir, name rootName() answers)
ROOTS = {"user": ("users", "User"), "tmp": ("tmp", "tmp")}


class PathRefused(Exception):
    """A vpath that leads outside the user's folders."""


def username(ctx):
    """The user a script runs as (the server's configured user)."""
    return getattr(ctx, "username", None) or ctx.config.username


def root_dir(ctx, root):
    """The host folder of storage root ``root`` for the script's user
    (created on first use)."""
    folder, _ = ROOTS[root]
    name = username(ctx)
    if not name or name in (".", "..") or "/" in name or "\\" in name or "\0" in name:
        raise PathRefused("invalid user name")
    path = os.path.join(os.path.realpath(ctx.config.data_dir), folder, name)
    os.makedirs(path, exist_ok=True)
    return path


def split_vpath(vpath):
    """(root, [segments]) of ``vpath``; PathRefused when it names no
    known root or has a ``..`` segment."""
    root, sep, rest = vpath.partition(":")
    if not sep or root not in ROOTS or (rest and not rest.startswith("/")):
        raise PathRefused("not a virtual path of user:/ or tmp:/")
    parts = [p for p in rest.replace("\\", "/").split("/") if p not in ("", ".")]
    if ".." in parts or any("\0" in p for p in parts):
        raise PathRefused("'..' in a virtual path")
    return root, parts


def resolve(ctx, vpath):
    """(root, host path) of ``vpath``. The path's real location (symlinks
    followed) must stay inside the root's folder."""
    root, parts = split_vpath(vpath)
    base = root_dir(ctx, root)
    path = os.path.join(base, *parts)
    real = os.path.realpath(path)
    if real != base and not real.startswith(base + os.sep):
        raise PathRefused("path leads outside the user's folder")
    return root, real


def to_vpath(ctx, root, host_path):
    """The vpath of ``host_path`` (inside root ``root``'s folder)."""
    base = root_dir(ctx, root)
    rel = os.path.relpath(host_path, base)
    return root + ":/" + ("" if rel == "." else rel.replace(os.sep, "/"))


def inside(base, path):
    """True when the real location of ``path`` lies in folder ``base``."""
    real = os.path.realpath(path)
    return real == base or real.startswith(base.rstrip(os.sep) + os.sep)


def throw_custom(name, message):
    """Throws an Error whose ``name`` is ``name`` (otto's MakeCustomError)."""
    realm = current_realm()
    err = realm.make_error("Error", js_string(message))
    err.props["name"] = js_string(name)
    if err.attrs is None:
        err.attrs = {}
    from runtime.values import C, W

    err.attrs["name"] = W | C
    stack = err.props.get("stack")
    if isinstance(stack, str) and stack.startswith("Error"):
        err.props["stack"] = js_string(name) + stack[len("Error"):]
    raise JSThrow(err)


def permission_denied(vpath=None):
    """ArozOS's PermissionDenied error (catchable)."""
    throw_custom("PermissionDenied", "Path access denied" + (": " + vpath if vpath else ""))


def fail(ctx, lib, message):
    """Logs one line as ArozOS's RaiseError does; returns False (the
    value the library function answers)."""
    log.warning("[AGI][%s] %s: %s", ctx.execution_id, lib, message)
    return False


def os_message(exc):
    """An OSError as a short message without host paths."""
    return exc.strerror or exc.__class__.__name__
