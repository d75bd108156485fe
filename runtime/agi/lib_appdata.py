"""The AGI ``appdata`` library (ArozOS src/mod/agi/agi.appdata.go).

Read-only access to the files of the web root (the script root)::

    requirelib("appdata");
    appdata.readFile("App/config.json")   // text, or false
    appdata.listDir("App/img")            // JSON text ["App/img/a.png", ...], or false

Paths are relative to the root (a leading ``/`` too, as ArozOS joins it:
``"/etc/passwd"`` names ``<root>/etc/passwd``); ``..`` and symlinks that
lead out of the root answer ``false`` with one log line ("Path escape
detected"), as ArozOS's escape check. ``getModuleList()`` answers the
registered modules (``runtime/agi/module_registry.py``).
"""

import os

from runtime import conversions
from runtime.agi.core import agi_context, go_json_string
from runtime.agi.lib_vpath import fail
from runtime.agi.libraries import define_library
from runtime.values import js_string, py_string, undefined

MAX_READ = 64 << 20  # bytes: a bigger file is refused (the reply is built in memory)


def _target(ctx, relpath):
    """The real path of ``relpath`` below the root, or None (logged)."""
    root = ctx.config.root
    rel = py_string(conversions.to_string(relpath))
    if "\0" in rel:
        return None
    # Go's filepath.Join(root, "/x") is root/x: a leading "/" names the root
    real = os.path.realpath(os.path.join(root, rel.lstrip("/")))
    if real != root and not real.startswith(root.rstrip(os.sep) + os.sep):
        return None
    return real


def appdata_readFile(this, relpath=undefined, *_):
    """appdata.readFile(path): the file's text, or false."""
    ctx = agi_context()
    target = _target(ctx, relpath)
    if target is None:
        return fail(ctx, "appdata", "Path escape detected")
    if os.path.isdir(target):
        return fail(ctx, "appdata", "Cannot read from directory")
    if not os.path.isfile(target):
        return fail(ctx, "appdata", "File not exists")
    try:
        if os.path.getsize(target) > MAX_READ:
            return fail(ctx, "appdata", "File too large (limit %d bytes)" % MAX_READ)
        with open(target, "rb") as f:
            data = f.read(MAX_READ + 1)
    except OSError as e:
        return fail(ctx, "appdata", e.strerror or "read error")
    return js_string(data.decode("utf-8", "replace"))


def appdata_listDir(this, relpath=undefined, *_):
    """appdata.listDir(path): JSON text of the entries' root-relative
    paths (a string, as ArozOS returns), or false."""
    ctx = agi_context()
    target = _target(ctx, relpath)
    if target is None:
        return fail(ctx, "appdata", "Path escape detected")
    if not os.path.isdir(target):
        return fail(ctx, "appdata", "Directory not exists")
    root = ctx.config.root
    names = sorted(os.listdir(target))  # Go's Glob("dir/*"): every name, dot files too, sorted
    out = [os.path.relpath(os.path.join(target, n), root).replace(os.sep, "/") for n in names]
    return js_string("[" + ",".join(go_json_string(p) for p in out) + "]")


def appdata_getModuleList(this, *_):
    """appdata.getModuleList(): the modules the user may open, as plain
    objects (runtime/agi/module_registry.py)."""
    from runtime.agi.module_registry import module_list_value

    return module_list_value(agi_context())


TABLE = {
    "readFile": (appdata_readFile, 1), "listDir": (appdata_listDir, 1),
    "getModuleList": (appdata_getModuleList, 0),
}


def install(ctx):
    define_library(ctx, "appdata", TABLE)
    return True
