"""The AGI ``filelib`` library (ArozOS src/mod/agi/agi.file.go).

File access over virtual paths (see :mod:`runtime.agi.lib_vpath`:
``user:/`` and ``tmp:/``, the user's folders under the data directory)::

    requirelib("filelib");
    filelib.writeFile("user:/notes/a.txt", "hi")   // true / false
    filelib.readFile("user:/notes/a.txt")          // "hi" / false
    filelib.readdir("user:/notes")                 // [{Filename, Filepath, Ext, Filesize, Modtime, IsDir}]
    filelib.glob("user:/notes/*.txt")              // ["user:/notes/a.txt"]

Failures answer ``false`` (``0`` for ``filesize``) with one log line, as
ArozOS's RaiseError (a ``writeFile`` past the user's quota too:
``Storage Quota Fulled``, :mod:`runtime.agi.quota`); a path outside the user's folders throws a catchable
``PermissionDenied`` error, and ``isDir`` of a missing path throws
``File Not Exists``, as ArozOS does. Sizes are capped (``MAX_READ``,
``MAX_WALK``); the disk work itself runs in the I/O threads while the
script waits (``runtime.agi.offload``), so a big file or tree holds only
the script that asked for it.
"""

import binascii
import fnmatch
import hashlib
import os
import re
import stat
import time

from runtime import conversions, properties
from runtime.agi.core import agi_context
from runtime.agi.lib_vpath import (ROOTS, PathRefused, fail, inside, os_message,
                                   permission_denied, resolve, root_dir, throw_custom,
                                   to_vpath)
from runtime.agi.libraries import define_library
from runtime.agi.offload import off_loop
from runtime.agi.quota import QUOTA_FULL, Quota, QuotaFull
from runtime.realm import current_realm
from runtime.values import js_string, null, py_string, undefined

MAX_READ = 64 << 20    # bytes readFile / md5 accept
MAX_WALK = 100000      # entries walk / glob / readdir return at most

SORT_MODES = ("default", "reverse", "smallToLarge", "largeToSmall", "mostRecent",
              "leastRecent", "smart", "fileTypeAsce", "fileTypeDesc")


def _text(v):
    return py_string(conversions.to_string(v))


def _resolve(ctx, vpath, with_path=True):
    """(root, host path) of the JS value ``vpath``; a refused path throws
    PermissionDenied (catchable)."""
    text = _text(vpath)
    try:
        return resolve(ctx, text)
    except PathRefused:
        permission_denied(text if with_path else None)


def _sort_mode(v):
    mode = "default" if v is undefined else _text(v)
    if mode in ("", "undefined", "user"):  # "user": no stored preference here
        mode = "default"
    return mode if mode in SORT_MODES else "default"


def _natural_key(name):
    return [int(t) if t.isdigit() else t.lower() for t in re.split(r"(\d+)", name)]


def _ext(name):
    dot = name.rfind(".")
    return name[dot:] if dot > 0 or (dot == 0 and len(name) > 1) else ""


def _sorted(entries, mode):
    """``entries``: [(name, host path, stat)] in ArozOS's sort ``mode``."""
    low = lambda e: e[0].lower()
    if mode == "reverse":
        return sorted(entries, key=low, reverse=True)
    if mode == "smallToLarge":
        return sorted(entries, key=lambda e: e[2].st_size)
    if mode == "largeToSmall":
        return sorted(entries, key=lambda e: -e[2].st_size)
    if mode == "mostRecent":
        return sorted(entries, key=lambda e: (-int(e[2].st_mtime), e[0].lower()))
    if mode == "leastRecent":
        by_name = sorted(entries, key=low, reverse=True)
        return sorted(by_name, key=lambda e: int(e[2].st_mtime))
    if mode == "smart":
        return sorted(entries, key=lambda e: _natural_key(e[0]))
    if mode in ("fileTypeAsce", "fileTypeDesc"):
        return sorted(entries, key=lambda e: _ext(e[0]).lstrip("."),
                      reverse=mode == "fileTypeDesc")
    return sorted(entries, key=low)


def _strings(items):
    return current_realm().new_array([js_string(s) for s in items])


# -- functions ------------------------------------------------------------------------

def filelib_writeFile(this, vpath=undefined, content=undefined, *_):
    """filelib.writeFile(vpath, content): true, or false (logged)."""
    ctx = agi_context()
    _, path = _resolve(ctx, vpath)
    data = _text(content).encode("utf-8")
    return _write_checked(ctx, "writeFile", path, data)


def _write_checked(ctx, fname, path, data):
    """Writes ``data`` at ``path`` in the I/O threads within the user's
    quota: true, or false with the reason logged as ArozOS logs it."""
    try:
        refused = off_loop(_write_bytes, path, data, Quota.of(ctx))
    except QuotaFull:
        return fail(ctx, "filelib", fname + ": " + QUOTA_FULL)
    except OSError as e:
        return fail(ctx, "filelib", fname + ": " + os_message(e))
    if refused:
        return fail(ctx, "filelib", fname + ": " + refused)
    return True


def _write_bytes(path, data, quota):
    """(I/O thread) Writes ``data`` if the quota has room for it (QuotaFull
    otherwise); the reason it was refused, or None."""
    with quota.hold() as h:
        h.track(path)
        h.claim(len(data))
        if os.path.isdir(path):
            return "target is a directory"
        # O_NOFOLLOW: a symlink put in place after the check is not followed
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC | getattr(os, "O_NOFOLLOW", 0), 0o644)
        with os.fdopen(fd, "wb") as f:
            f.write(data)
    return None


def _file_bytes(path):
    """(I/O thread) The file's bytes, or None when it is over MAX_READ."""
    if os.path.getsize(path) > MAX_READ:
        return None
    with open(path, "rb") as f:
        return f.read(MAX_READ + 1)


def _read_bytes(ctx, fname, path, digest=None):
    """The file's bytes (or ``digest(bytes)``, computed in the I/O thread
    too), or None when it cannot be read (logged)."""
    def work():
        data = _file_bytes(path)
        return data if data is None or digest is None else digest(data)
    try:
        out = off_loop(work)
    except OSError as e:
        fail(ctx, "filelib", "%s: %s" % (fname, os_message(e)))
        return None
    if out is None:
        fail(ctx, "filelib", "%s: file larger than %d bytes" % (fname, MAX_READ))
    return out


def filelib_readFile(this, vpath=undefined, *_):
    """filelib.readFile(vpath): the file's text, or false (logged)."""
    ctx = agi_context()
    _, path = _resolve(ctx, vpath)
    data = _read_bytes(ctx, "readFile", path)
    if data is None:
        return False
    return js_string(data.decode("utf-8", "replace"))


def filelib_deleteFile(this, vpath=undefined, *_):
    """filelib.deleteFile(vpath): true, or false when it does not exist."""
    ctx = agi_context()
    root, path = _resolve(ctx, vpath)
    if not os.path.lexists(path):
        return fail(ctx, "filelib", "deleteFile: File not exists")
    if path == root_dir(ctx, root):
        permission_denied(_text(vpath))
    try:
        off_loop(_delete, path, Quota.of(ctx))
    except OSError as e:  # ArozOS ignores the error and answers true
        fail(ctx, "filelib", "deleteFile: " + os_message(e))
    return True


def _delete(path, quota):
    """(I/O thread) Removes a file or an empty folder; the usage follows."""
    if os.path.isdir(path):
        os.rmdir(path)  # like Go's os.Remove: empty directories only
        return
    with quota.hold() as h:
        h.start()
        h.track(path)
        os.remove(path)


def filelib_walk(this, vpath=undefined, mode=undefined, *_):
    """filelib.walk(vpath, "file"|"folder"|other): every vpath below
    (and including) ``vpath``, depth first in name order."""
    ctx = agi_context()
    root, top = _resolve(ctx, vpath)
    mode = "all" if mode is undefined else _text(mode)
    paths, cut = off_loop(_walk, top, mode)
    if cut:
        fail(ctx, "filelib", "walk: more than %d entries, list cut" % MAX_WALK)
    return _strings(to_vpath(ctx, root, p) for p in paths)


def _walk(top, mode):
    """(I/O thread) (host paths below ``top`` depth first, whether the list
    was cut at MAX_WALK)."""
    out = []
    if not os.path.exists(top):
        return out, False
    stack = [top]
    while stack and len(out) < MAX_WALK:
        path = stack.pop()
        is_dir = os.path.isdir(path) and not os.path.islink(path)
        if mode not in ("file", "folder") or (mode == "file") != is_dir:
            out.append(path)
        if is_dir:
            try:
                names = sorted(os.listdir(path))
            except OSError:
                continue
            stack.extend(os.path.join(path, n) for n in reversed(names))
    return out, bool(stack)


def _glob(ctx, pattern, sort_mode):
    text = _text(pattern)
    if text.rstrip("/") in ("", ".") or os.path.normpath(text) in ("/", "."):
        return _strings(r + ":/" for r in ROOTS)
    head, _, name_pattern = text.rpartition("/")
    if head.endswith(":"):
        head += "/"
    try:
        root, folder = resolve(ctx, head)
    except PathRefused:
        permission_denied()
    entries = off_loop(_glob_entries, folder, name_pattern, root_dir(ctx, root))
    return _strings(to_vpath(ctx, root, p) for _, p, _ in _sorted(entries, _sort_mode(sort_mode)))


def _glob_entries(folder, name_pattern, base):
    """(I/O thread) [(name, host path, stat)] of ``folder``'s entries that
    match, inside ``base``."""
    if not os.path.isdir(folder):
        return []
    entries = []
    for name in os.listdir(folder):
        # Go's Match: "*" spans no "/"; hidden (dot) files are skipped below
        if name.startswith(".") or not fnmatch.fnmatchcase(name, name_pattern):
            continue
        path = os.path.join(folder, name)
        if not inside(base, path):  # a symlink out of the folder is not listed
            continue
        try:
            entries.append((name, path, os.stat(path)))
        except OSError:
            continue
        if len(entries) >= MAX_WALK:
            break
    return entries


def filelib_glob(this, pattern=undefined, sort_mode=undefined, *_):
    """filelib.glob("user:/Desktop/*.mp3", sortMode): matching vpaths;
    glob("/") lists the roots. Wildcards in the last segment only."""
    return _glob(agi_context(), pattern, sort_mode)


def filelib_aglob(this, pattern=undefined, sort_mode=undefined, *_):
    """filelib.aglob(pattern, sortMode): glob (one file system here)."""
    return _glob(agi_context(), pattern, sort_mode)


def filelib_readdir(this, vpath=undefined, sort_mode=undefined, *_):
    """filelib.readdir(vpath, sortMode): [{Filename, Filepath, Ext,
    Filesize, Modtime, IsDir}] of the visible entries, or false."""
    ctx = agi_context()
    root, folder = _resolve(ctx, vpath, with_path=False)
    try:
        entries = off_loop(_dir_entries, folder)
    except OSError as e:
        return fail(ctx, "filelib", "readdir: " + os_message(e))
    realm = current_realm()
    out = []
    for name, path, st in _sorted(entries, _sort_mode(sort_mode)):
        o = realm.new_object()
        for k, v in (("Filename", js_string(name)),
                     ("Filepath", js_string(to_vpath(ctx, root, path))),
                     ("Ext", js_string(_ext(name))), ("Filesize", float(st.st_size)),
                     ("Modtime", float(int(st.st_mtime))),
                     ("IsDir", stat.S_ISDIR(st.st_mode))):  # a symlink is no dir (Go's DirEntry)
            properties.put_prop(o, k, v)
        out.append(o)
    return realm.new_array(out)


def _dir_entries(folder):
    """(I/O thread) [(name, host path, lstat)] of the visible entries."""
    entries = []
    for name in os.listdir(folder):
        if name.startswith("."):
            continue
        path = os.path.join(folder, name)
        try:
            st = os.lstat(path)
        except OSError:
            continue
        entries.append((name, path, st))
        if len(entries) >= MAX_WALK:
            break
    return entries


def filelib_filesize(this, vpath=undefined, *_):
    """filelib.filesize(vpath): size in bytes; 0 when missing."""
    ctx = agi_context()
    _, path = _resolve(ctx, vpath, with_path=False)
    try:
        return float(os.path.getsize(path))
    except OSError:
        return 0.0


def filelib_fileExists(this, vpath=undefined, *_):
    """filelib.fileExists(vpath): true / false."""
    ctx = agi_context()
    _, path = _resolve(ctx, vpath, with_path=False)
    return os.path.exists(path)


def filelib_isDir(this, vpath=undefined, *_):
    """filelib.isDir(vpath): true / false; throws "File Not Exists" when
    the path does not exist (as ArozOS)."""
    ctx = agi_context()
    _, path = _resolve(ctx, vpath)
    if not os.path.exists(path):
        throw_custom("File Not Exists", "Required path not exists")
    return os.path.isdir(path)


def filelib_mkdir(this, vpath=undefined, *_):
    """filelib.mkdir(vpath): creates it and its parents; true / false."""
    ctx = agi_context()
    _, path = _resolve(ctx, vpath, with_path=False)
    try:
        os.makedirs(path, exist_ok=True)
    except OSError as e:
        return fail(ctx, "filelib", "mkdir: " + os_message(e))
    return True


def filelib_md5(this, vpath=undefined, *_):
    """filelib.md5(vpath): hex MD5 of the file, or false."""
    ctx = agi_context()
    _, path = _resolve(ctx, vpath, with_path=False)
    digest = _read_bytes(ctx, "md5", path, lambda data: hashlib.md5(data).hexdigest())
    return False if digest is None else digest


def filelib_mtime(this, vpath=undefined, unix=undefined, *_):
    """filelib.mtime(vpath, unix): "YYYY-MM-DD hh:mm:ss" (server local
    time) or, with a truthy ``unix``, seconds since the epoch; false when
    missing."""
    ctx = agi_context()
    _, path = _resolve(ctx, vpath, with_path=False)
    try:
        t = os.stat(path).st_mtime
    except OSError as e:
        return fail(ctx, "filelib", "mtime: " + os_message(e))
    if conversions.to_boolean(unix):
        return float(int(t))
    return time.strftime("%Y-%m-%d %H:%M:%S", time.localtime(t))


def filelib_rootName(this, vpath=undefined, *_):
    """filelib.rootName(vpath): the storage root's name ("User", "tmp")."""
    ctx = agi_context()
    root = _text(vpath).partition(":")[0]
    if root not in ROOTS:
        return fail(ctx, "filelib", "rootName: unknown storage root")
    return ROOTS[root][1]


# -- the hex helpers ArozOS defines as globals only --------------------------------
# ArozOS sets _filelib_readBinaryFile / _filelib_writeBinaryFile with the
# library but never puts them on the filelib object; apps (Text) test
# ``typeof _filelib_readBinaryFile === "function"`` and copy files with them.

def _resolve_quiet(ctx, vpath):
    """As :func:`_resolve`, with ArozOS's message for these two functions
    (``Path access denied``, no path)."""
    try:
        return resolve(ctx, _text(vpath))
    except PathRefused:
        permission_denied(None)


def filelib_readBinaryFile(this, vpath=undefined, *_):
    """_filelib_readBinaryFile(vpath): the file's bytes as lower-case hex,
    or null (missing, unreadable, over MAX_READ; logged)."""
    ctx = agi_context()
    _, path = _resolve_quiet(ctx, vpath)
    if not os.path.isfile(path):
        fail(ctx, "filelib", "readBinaryFile: File not exists")
        return null
    data = _read_bytes(ctx, "readBinaryFile", path)
    return null if data is None else js_string(data.hex())


def filelib_writeBinaryFile(this, vpath=undefined, hex_text=undefined, *_):
    """_filelib_writeBinaryFile(vpath, hex): true, or false (bad hex, no room
    in the quota, write error; logged)."""
    ctx = agi_context()
    _, path = _resolve_quiet(ctx, vpath)
    text = _text(hex_text)
    try:
        data = binascii.unhexlify(text)  # as Go's hex.DecodeString: no spaces, even length
    except (binascii.Error, ValueError):
        return fail(ctx, "filelib", "writeBinaryFile: encoding/hex: invalid byte or odd length")
    return _write_checked(ctx, "writeBinaryFile", path, data)


GLOBALS = {
    "_filelib_readBinaryFile": (filelib_readBinaryFile, 1),
    "_filelib_writeBinaryFile": (filelib_writeBinaryFile, 2),
}


TABLE = {
    "writeFile": (filelib_writeFile, 2), "readFile": (filelib_readFile, 1),
    "deleteFile": (filelib_deleteFile, 1), "walk": (filelib_walk, 2),
    "glob": (filelib_glob, 2), "aglob": (filelib_aglob, 2),
    "filesize": (filelib_filesize, 1), "fileExists": (filelib_fileExists, 1),
    "isDir": (filelib_isDir, 1), "md5": (filelib_md5, 1), "mkdir": (filelib_mkdir, 1),
    "mtime": (filelib_mtime, 2), "rootName": (filelib_rootName, 1),
    "readdir": (filelib_readdir, 2),
}


def install(ctx):
    define_library(ctx, "filelib", TABLE)
    ctx.realm.define_methods(ctx.realm.global_object, GLOBALS)
    return True
