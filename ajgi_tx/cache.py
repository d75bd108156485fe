"""Content-addressed compile cache: a script is compiled once per content.

A script (or an eval/``new Function``/``includes`` text) is looked up by a
*key*, the SHA-256 of everything that decides its compiled form::

    key = sha256(FORMAT, COMPILER_VERSION, ABI_FINGERPRINT, Python cache tag
                 and version, compile options, script text)

An entry is two files under ``<cache_dir>/<key[:2]>/``:

``<key>.py``
    the readable Python module (astor), for humans and ``--dump py``;
``<key>.ajc``
    the bytecode, written by us with :mod:`marshal` because
    ``PYTHONDONTWRITEBYTECODE=1`` stops the import system from writing any.
    Layout: ``MAGIC(4) key(32) abi(8) flags(1) length(8) crc32(4)`` then
    ``length`` bytes of ``marshal.dumps(code)``. A short, truncated or
    garbled file fails the length/CRC/magic/key check and is simply rebuilt;
    so is an entry compiled against another runtime ABI (``abi`` is
    ``runtime.abi.ABI_FINGERPRINT`` at compile time): a module is never run
    against helpers other than those it was compiled for.

Both files are written to a temporary file in the same directory and moved
into place with :func:`os.replace`, so a reader sees either nothing or a
whole file, and several processes compiling the same script at once just
replace identical files. A cache directory that cannot be written (read-only
mount, permissions) still serves the entries it has; a missing entry is then
compiled in memory and *one* warning is logged per directory.

Where the cache lives (first that applies): the ``cache_dir`` argument, the
``AJGI_CACHE_DIR`` environment variable, ``<root>/.ajgi_cache`` beside the
script root (the script's own directory when no root is given).

Hot path: :func:`load_script` keeps an in-process LRU of loaded scripts keyed
by ``(path, mtime_ns, size, inode)``, so a request for an unchanged script
costs one :func:`os.stat`; editing the script changes the stat and the next
load compiles (or finds) the new version. Example::

    from ajgi_tx.cache import load_script
    from ajgi_tx.runner import create_realm, run_compiled
    script = load_script("web/hello.js")           # compiled once, then cached
    run_compiled(script, create_realm())
"""

import collections
import hashlib
import json
import logging
import marshal
import os
import struct
import sys
import tempfile
import threading
import types
import zlib

from ajgi_tx.compiler import COMPILER_VERSION, compile_source
from runtime.abi import ABI_FINGERPRINT

log = logging.getLogger("ajgi_tx.cache")

ENV_VAR = "AJGI_CACHE_DIR"
DEFAULT_DIRNAME = ".ajgi_cache"
FORMAT_VERSION = 2
MAGIC = b"AJC\x02"
_HEADER = struct.Struct("<4s32s8sBQI")  # magic, key digest, ABI, flags, length, crc32
FLAG_ASYNC = 1
FLAG_STRICT = 2  # the script is strict code (direct eval needs to know)
LRU_SIZE = 512

# Python's own identity: bytecode is only valid for the interpreter that made it.
PYTHON_TAG = "%s|%s" % (sys.implementation.cache_tag, sys.version)


class CachedScript:
    """A compiled script as the runner needs it (duck-types CompiledScript).

    ``status`` tells where it came from: ``"compiled"`` (compiled now and
    stored), ``"cached"`` (read from disk), ``"memory"`` (compiled, not
    stored: read-only cache or ``write=False``).
    """

    # No reference to the compiler's output beyond the code object: its
    # Python AST (~100,000 GC-tracked nodes for a 2,000-line script) made
    # every full collection of a server take ~70 ms.
    __slots__ = ("filename", "source", "code", "is_async", "key", "status", "py_path", "options",
                 "strict")

    def __init__(self, filename, source, code, is_async, key, status, py_path=None,
                 options=None, strict=False):
        self.strict = strict
        self.filename = filename
        self.source = source
        self.code = code
        self.is_async = is_async
        self.key = key
        self.status = status
        self.py_path = py_path
        self.options = options

    def python_source(self):
        """The readable Python module: the cached ``.py`` or a fresh astor run."""
        if self.py_path is not None:
            try:
                with open(self.py_path, encoding="utf-8") as f:
                    return f.read()
            except OSError:
                pass
        compiled = compile_source(self.source, self.filename, self.options)
        return compiled.python_source()

    def __repr__(self):
        return "<CachedScript %s %s %s>" % (self.filename, self.key[:12], self.status)


# -- where and what --------------------------------------------------------------

def default_cache_dir(root):
    """``<root>/.ajgi_cache``: the cache beside a script root."""
    return os.path.join(root, DEFAULT_DIRNAME)


def resolve_cache_dir(cache_dir=None, root=None, script_path=None):
    """The cache directory to use: argument, then $AJGI_CACHE_DIR, then beside
    ``root`` (or the script's directory)."""
    if cache_dir:
        return cache_dir
    env = os.environ.get(ENV_VAR)
    if env:
        return env
    if root is None:
        root = os.path.dirname(os.path.abspath(script_path)) if script_path else os.getcwd()
    return default_cache_dir(root)


_configured = [None]


def configure(cache_dir):
    """Sets (or with None clears) the process-wide cache dir used by
    :func:`ajgi_tx.runner.compile_cached`."""
    _configured[0] = cache_dir


def configured_cache_dir():
    """The cache dir set by :func:`configure` or $AJGI_CACHE_DIR, else None."""
    return _configured[0] or os.environ.get(ENV_VAR) or None


def _options_text(options):
    # sorted JSON: the same options always hash the same
    return json.dumps(options or {}, sort_keys=True, separators=(",", ":"))


def cache_key(source, options=None, compiler_version=COMPILER_VERSION,
              abi_fingerprint=None, python_tag=PYTHON_TAG):
    """Hex SHA-256 naming the compiled form of ``source`` (see module doc)."""
    abi_fingerprint = abi_fingerprint or ABI_FINGERPRINT
    h = hashlib.sha256()
    for part in ("ajgi-cache", str(FORMAT_VERSION), str(compiler_version), abi_fingerprint,
                 python_tag, _options_text(options)):
        h.update(part.encode("utf-8"))
        h.update(b"\0")
    # JS strings are UTF-16 code units: lone surrogates must still hash
    h.update(source.encode("utf-8", "surrogatepass"))
    return h.hexdigest()


def entry_paths(cache_dir, key):
    """(bytecode path, readable source path) of an entry."""
    d = os.path.join(cache_dir, key[:2])
    return os.path.join(d, key + ".ajc"), os.path.join(d, key + ".py")


# -- bytecode files ----------------------------------------------------------------

def pack_entry(key, code, is_async, strict=False, abi_fingerprint=None):
    """Bytes of a ``.ajc`` file for ``code`` (compiled against the running
    ABI unless ``abi_fingerprint`` says otherwise)."""
    payload = marshal.dumps(code)
    flags = (FLAG_ASYNC if is_async else 0) | (FLAG_STRICT if strict else 0)
    abi = bytes.fromhex(abi_fingerprint or ABI_FINGERPRINT)
    head = _HEADER.pack(MAGIC, bytes.fromhex(key), abi, flags, len(payload), zlib.crc32(payload))
    return head + payload


def unpack_entry(data, key):
    """(code, is_async) from ``.ajc`` bytes, or None when the entry is not a
    whole, intact entry for ``key``."""
    n = _HEADER.size
    if len(data) < n:
        return None
    magic, digest, abi, flags, length, crc = _HEADER.unpack_from(data)
    if magic != MAGIC or digest != bytes.fromhex(key) or len(data) != n + length:
        return None
    if abi.hex() != ABI_FINGERPRINT:
        log.debug("cache entry %s was compiled against ABI %s; rebuilding", key, abi.hex())
        return None
    payload = memoryview(data)[n:]
    if zlib.crc32(payload) != crc:
        return None
    try:
        code = marshal.loads(payload)
    except (EOFError, ValueError, TypeError):
        return None
    if not isinstance(code, types.CodeType):
        return None
    return code, bool(flags & FLAG_ASYNC), bool(flags & FLAG_STRICT)


def read_entry(cache_dir, key):
    """(code, is_async) of a valid stored entry, or None (missing or corrupt)."""
    ajc, _ = entry_paths(cache_dir, key)
    try:
        with open(ajc, "rb") as f:
            data = f.read()
    except OSError:
        return None
    entry = unpack_entry(data, key)
    if entry is None:
        log.debug("corrupt cache entry %s; rebuilding", ajc)
    return entry


def _atomic_write(path, data):
    """Writes ``data`` to ``path`` via a temp file in the same dir + os.replace."""
    d = os.path.dirname(path)
    fd, tmp = tempfile.mkstemp(prefix=".tmp-", suffix=".part", dir=d)
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(data)
        os.replace(tmp, path)
    except BaseException:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        raise


def write_entry(cache_dir, key, compiled, write_source=True):
    """Stores ``compiled`` (a CompiledScript); raises OSError when the cache
    cannot be written. The ``.py`` goes first: a valid ``.ajc`` marks a
    complete entry."""
    ajc, py = entry_paths(cache_dir, key)
    os.makedirs(os.path.dirname(ajc), exist_ok=True)
    if write_source:
        _atomic_write(py, compiled.python_source().encode("utf-8"))
    _atomic_write(ajc, pack_entry(key, compiled.code, compiled.is_async,
                                  getattr(compiled, "strict", False)))


_warned_dirs = set()
_warn_lock = threading.Lock()


def _warn_unwritable(cache_dir, exc):
    """Logs one warning per unwritable cache directory per process."""
    with _warn_lock:
        if cache_dir in _warned_dirs:
            return
        _warned_dirs.add(cache_dir)
    log.warning("compile cache %s is not writable (%s); compiling in memory", cache_dir, exc)


# -- filenames ---------------------------------------------------------------------

def relocate(code, filename):
    """``code`` with ``co_filename`` set to ``filename`` in it and every nested
    code object: one cache entry serves identical scripts at several paths."""
    if code.co_filename == filename:
        return code
    consts = tuple(relocate(c, filename) if isinstance(c, types.CodeType) else c
                   for c in code.co_consts)
    return code.replace(co_filename=filename, co_consts=consts)


# -- compiling through the cache ---------------------------------------------------

def compile_text(source, filename, cache_dir, options=None, force=False, write=True,
                 write_source=True):
    """Compiles ``source`` through the cache in ``cache_dir`` (None: no disk).

    Used for scripts, ``includes()``, ``eval`` and ``new Function`` alike.
    Raises :class:`ajgi_tx.errors.CompileError` for a script that does not
    compile (errors are not cached). ``force`` ignores a stored entry,
    ``write=False`` never writes (``--check``).
    """
    key = cache_key(source, options)
    if cache_dir is not None and not force:
        entry = read_entry(cache_dir, key)
        if entry is not None:
            code, is_async, strict = entry
            _, py = entry_paths(cache_dir, key)
            return CachedScript(filename, source, relocate(code, filename), is_async, key,
                                "cached", py_path=py, options=options, strict=strict)
    compiled = compile_source(source, filename, options)
    status = "memory"
    py = None
    if cache_dir is not None and write:
        try:
            write_entry(cache_dir, key, compiled, write_source)
            status = "compiled"
            py = entry_paths(cache_dir, key)[1] if write_source else None
        except OSError as exc:
            _warn_unwritable(cache_dir, exc)
    return CachedScript(filename, source, compiled.code, compiled.is_async, key, status,
                        py_path=py, options=options, strict=compiled.strict)


class _LRU:
    """A small thread-safe LRU mapping."""

    def __init__(self, size):
        self.size = size
        self.data = collections.OrderedDict()
        self.lock = threading.Lock()

    def get(self, k):
        with self.lock:
            v = self.data.get(k)
            if v is not None:
                self.data.move_to_end(k)
            return v

    def put(self, k, v):
        with self.lock:
            self.data[k] = v
            self.data.move_to_end(k)
            while len(self.data) > self.size:
                self.data.popitem(last=False)

    def clear(self):
        with self.lock:
            self.data.clear()


_scripts = _LRU(LRU_SIZE)  # (path, cache_dir) -> (stat signature, CachedScript)
_texts = _LRU(LRU_SIZE)  # (source, filename, options, cache_dir) -> CachedScript


def clear_memory():
    """Forgets every loaded script (tests, benchmarks)."""
    _scripts.clear()
    _texts.clear()


def read_script(path):
    """A script's text, read exactly as ``python -m ajgi_tx run`` reads it
    (UTF-8, universal newlines), so AOT-built entries match at run time."""
    with open(path, encoding="utf-8") as f:
        return f.read()


def load_script(path, cache_dir=None, root=None):
    """The compiled script at ``path``, as cheaply as possible.

    An unchanged file (same mtime_ns, size and inode as last time) is served
    from memory after one ``os.stat``; otherwise the text is read and
    compiled through the disk cache. Raises OSError for an unreadable file
    and CompileError for a script that does not compile.
    """
    cache_dir = resolve_cache_dir(cache_dir, root, path)
    st = os.stat(path)
    sig = (st.st_mtime_ns, st.st_size, st.st_ino)
    slot = (path, cache_dir)
    hit = _scripts.get(slot)
    if hit is not None and hit[0] == sig:
        return hit[1]
    source = read_script(path)
    script = compile_text(source, path, cache_dir)
    _scripts.put(slot, (sig, script))
    return script


def compile_text_cached(source, filename, cache_dir, options=None, write_source=True):
    """:func:`compile_text` behind an in-process LRU: repeated ``eval`` or
    ``new Function`` of the same text costs one dict lookup. Dynamic code
    should pass ``write_source=False``: the astor ``.py`` costs more than the
    compile itself and nobody reads it for ``eval('(' + json + ')')``."""
    hit = text_cached(source, filename, cache_dir, options)
    if hit is not None:
        return hit
    script = compile_text(source, filename, cache_dir, options, write_source=write_source)
    remember_text(source, filename, cache_dir, options, script)
    return script


def text_cached(source, filename, cache_dir, options=None):
    """The in-process LRU's entry for this text, or None (no compile)."""
    return _texts.get((source, filename, _options_text(options), cache_dir))


def remember_text(source, filename, cache_dir, options, script):
    """Puts a compile made elsewhere (the compile thread) into the LRU. Called
    on the loop thread only: the LRU is not shared between threads."""
    _texts.put((source, filename, _options_text(options), cache_dir), script)
