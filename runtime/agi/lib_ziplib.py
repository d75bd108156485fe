"""The AGI ``ziplib`` library (ArozOS src/mod/agi/agi.zip.go) on the
standard library's :mod:`zipfile`, :mod:`tarfile` and :mod:`gzip`::

    requirelib("ziplib");
    ziplib.createZipFile(["user:/docs/a.txt", "user:/docs/img"], "user:/out.zip");  // true / false
    ziplib.extractZipFile("user:/out.zip", "user:/unpacked/");                    // true / false
    ziplib.listZipFileDir("user:/out.zip", "img")      // ["x.png", "sub/"], or null
    ziplib.getCompressFileType("user:/out.zip")        // "zip" | "tar" | "tar.gz" | "gz" | "unknown"
    ziplib.createAnyZipFile(["user:/docs"], "user:/out.tgz", "tgz")  // by format: zip, tar, tar.gz/tgz/targz

Paths are virtual paths (:mod:`runtime.agi.lib_vpath`); one outside the
user's folders throws a catchable ``PermissionDenied``. Other failures
answer ``false`` (``null`` for the listing) with one log line.

Defences ArozOS lacks: an archive member whose name is absolute or holds
``..`` (zip-slip), or that is a link or device, makes the whole
extraction fail before anything is written; an extraction writes at most
``MAX_ENTRIES`` members and ``MAX_BYTES`` bytes (members' real sizes,
counted while writing), so a zip bomb is refused; an archive is created
from at most ``MAX_BYTES`` of input. Existing files are never
overwritten (ArozOS's archiver refuses them too). What they write counts
against the user's quota (:mod:`runtime.agi.quota`; ArozOS does not check
it here): a write that does not fit answers ``false`` with the log line
``Storage Quota Fulled``, and the member or archive is not kept.
"""

import gzip
import os
import shutil
import tarfile
import zipfile

from runtime import conversions, properties
from runtime.agi.core import agi_context, go_json_string
from runtime.agi.lib_vpath import PathRefused, fail, inside, resolve, root_dir, throw_custom
from runtime.agi.libraries import define_library
from runtime.agi.offload import off_loop
from runtime.agi.quota import QUOTA_FULL, Quota, QuotaFull
from runtime.realm import current_realm
from runtime.values import JSArray, js_string, null, py_string, undefined

MAX_ENTRIES = 10000
MAX_BYTES = 256 << 20
CHUNK = 1 << 16


class ArchiveRefused(Exception):
    """An archive that would escape its folder or exceed the caps."""


def _vpath(ctx, v, kind):
    text = py_string(conversions.to_string(v))
    try:
        root, path = resolve(ctx, text)
    except PathRefused:
        throw_custom("PermissionDenied", "%s access denied: %s" % (kind, text))
    return root, path


def _member_parts(name):
    """The safe relative parts of an archive member name, or ArchiveRefused."""
    name = name.replace("\\", "/")
    if name.startswith("/") or (len(name) > 1 and name[1] == ":"):
        raise ArchiveRefused("absolute member name: %s" % name)
    parts = [p for p in name.split("/") if p not in ("", ".")]
    if ".." in parts or any("\0" in p for p in parts):
        raise ArchiveRefused("member name escapes the folder: %s" % name)
    return parts


class _Writer:
    """Writes extracted members below ``dest`` within the caps and the
    user's quota (``hold``: the extraction's :class:`quota.Hold`, None
    outside a quota; the members' declared sizes are claimed first by
    :meth:`reserve`, and the bytes written are claimed as they pass them)."""

    def __init__(self, base, dest, hold=None):
        self.base = base
        self.dest = dest
        self.hold = hold
        self.entries = 0
        self.bytes = 0

    def reserve(self, declared):
        """QuotaFull, before anything is written, when the declared sizes do
        not fit."""
        if self.hold is not None:
            self.hold.claim(declared)

    def target(self, parts):
        self.entries += 1
        if self.entries > MAX_ENTRIES:
            raise ArchiveRefused("more than %d members" % MAX_ENTRIES)
        path = os.path.join(self.dest, *parts)
        if not inside(self.base, os.path.dirname(path)) or os.path.islink(path):
            raise ArchiveRefused("member leads outside the user's folder")
        return path

    def mkdir(self, parts):
        path = self.target(parts)
        os.makedirs(path, exist_ok=True)
        if not inside(self.base, path):
            raise ArchiveRefused("member leads outside the user's folder")

    def write(self, parts, stream):
        path = self.target(parts)
        os.makedirs(os.path.dirname(path), exist_ok=True)
        if not inside(self.base, os.path.dirname(path)):
            raise ArchiveRefused("member leads outside the user's folder")
        if self.hold is not None:
            self.hold.track(path)
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0), 0o644)
        with os.fdopen(fd, "wb") as out:
            while True:
                chunk = stream.read(CHUNK)
                if not chunk:
                    break
                self.bytes += len(chunk)
                if self.bytes > MAX_BYTES:
                    raise ArchiveRefused("more than %d bytes uncompressed" % MAX_BYTES)
                try:
                    if self.hold is not None:
                        self.hold.claim(self.bytes)  # a ledger round trip only past the claim
                except QuotaFull:
                    out.close()
                    os.remove(path)  # the member that does not fit is not kept
                    raise
                out.write(chunk)


def _check_zip(zf):
    infos = zf.infolist()
    if len(infos) > MAX_ENTRIES:
        raise ArchiveRefused("more than %d members" % MAX_ENTRIES)
    if sum(i.file_size for i in infos) > MAX_BYTES:
        raise ArchiveRefused("more than %d bytes uncompressed" % MAX_BYTES)
    for i in infos:
        _member_parts(i.filename)
        if (i.external_attr >> 16) & 0o170000 == 0o120000:
            raise ArchiveRefused("symbolic link member: %s" % i.filename)
    return infos


def _extract_zip(writer, path):
    with zipfile.ZipFile(path) as zf:
        infos = _check_zip(zf)  # every name is checked before anything is written
        writer.reserve(sum(i.file_size for i in infos))
        for info in infos:
            parts = _member_parts(info.filename)
            if not parts:
                continue
            if info.is_dir():
                writer.mkdir(parts)
            else:
                with zf.open(info) as src:
                    writer.write(parts, src)


def _extract_tar(writer, path, mode):
    with tarfile.open(path, mode) as tf:
        members = []
        for m in tf:
            if len(members) >= MAX_ENTRIES:
                raise ArchiveRefused("more than %d members" % MAX_ENTRIES)
            if not (m.isfile() or m.isdir()):
                raise ArchiveRefused("link or special member: %s" % m.name)
            _member_parts(m.name)
            members.append(m)
        writer.reserve(sum(m.size for m in members if m.isfile()))
        for m in members:
            parts = _member_parts(m.name)
            if not parts:
                continue
            if m.isdir():
                writer.mkdir(parts)
            else:
                writer.write(parts, tf.extractfile(m))


def _extract_gz(writer, path, dest_parts_name):
    with gzip.open(path, "rb") as src:
        writer.write([dest_parts_name], src)


def _extract(fname, kind, src=undefined, dest=undefined):
    ctx = agi_context()
    _, spath = _vpath(ctx, src, "Read")
    droot, dpath = _vpath(ctx, dest, "Write")
    if not os.path.isfile(spath):
        return fail(ctx, "ziplib", "%s: source file not exists" % fname)
    base = root_dir(ctx, droot)
    quota = Quota.of(ctx)

    def work():  # in the I/O threads: Python data only
        with quota.hold() as hold:
            hold.start()
            if kind == "gz":  # dest is the output file
                _extract_gz(_Writer(base, os.path.dirname(dpath), hold), spath, os.path.basename(dpath))
                return
            os.makedirs(dpath, exist_ok=True)
            writer = _Writer(base, dpath, hold)
            if kind == "zip":
                _extract_zip(writer, spath)
            else:
                _extract_tar(writer, spath, "r:gz" if kind == "tar.gz" else "r:")
    return run_archive_work(ctx, fname, work)


def run_archive_work(ctx, fname, work):
    """Runs ``work`` in the I/O threads: true, or false with ArozOS's
    logged reason (quota full, a refused archive, an existing file, a
    broken archive or an I/O error)."""
    try:
        off_loop(work)
    except QuotaFull:
        return fail(ctx, "ziplib", "%s: %s" % (fname, QUOTA_FULL))
    except ArchiveRefused as e:
        return fail(ctx, "ziplib", "%s refused: %s" % (fname, e))
    except FileExistsError:
        return fail(ctx, "ziplib", "%s: file already exists" % fname)
    except (OSError, zipfile.BadZipFile, tarfile.TarError, EOFError, RuntimeError) as e:
        return fail(ctx, "ziplib", "%s: %s" % (fname, getattr(e, "strerror", None) or e.__class__.__name__))
    return True


def _sources(ctx, v):
    """(name in archive, host path) of every file below the sources."""
    if isinstance(v, JSArray):
        items = [properties.get_prop(v, str(i)) for i in range(int(conversions.to_number(properties.get_prop(v, "length"))))]
        texts = [x for x in items if isinstance(x, str)]
    elif isinstance(v, str):
        texts = [v]
    else:
        return None
    resolved = []
    for t in texts:
        root, path = _vpath(ctx, t, "Read")
        resolved.append((root_dir(ctx, root), path))
    return off_loop(_source_files, resolved)


def _source_files(resolved):
    """(I/O thread) (name in archive, host path) of every file below the
    resolved sources [(the user's folder, host path)]."""
    out = []
    for base, path in resolved:
        top = os.path.dirname(path.rstrip(os.sep)) if path != base else path
        for dirpath, dirnames, filenames in os.walk(path):  # symlinked folders are not entered
            for n in sorted(dirnames) + sorted(filenames):
                p = os.path.join(dirpath, n)
                if not inside(base, p):
                    continue
                out.append((os.path.relpath(p, top).replace(os.sep, "/"), p))
        if os.path.isfile(path):
            out.append((os.path.basename(path), path))
        if len(out) > MAX_ENTRIES:
            break
    total = sum(os.path.getsize(p) for _, p in out if os.path.isfile(p))
    if total > MAX_BYTES or len(out) > MAX_ENTRIES:
        raise ArchiveRefused("sources larger than %d bytes or %d files" % (MAX_BYTES, MAX_ENTRIES))
    return out


def _create(fname, kind, sources=undefined, output=undefined):
    ctx = agi_context()
    oroot, opath = _vpath(ctx, output, "Write")
    try:
        if kind == "gz":
            _, spath = _vpath(ctx, sources, "Read")
            files = [(os.path.basename(spath), spath)] if os.path.isfile(spath) else []
            if not files:
                return fail(ctx, "ziplib", "%s: source file not exists" % fname)
        else:
            files = _sources(ctx, sources)
            if files is None:
                return fail(ctx, "ziplib", "%s: invalid source format" % fname)
        if os.path.isdir(opath):
            return fail(ctx, "ziplib", "%s: output is a directory" % fname)
        off_loop(_write_archive, kind, files, opath, Quota.of(ctx))
    except QuotaFull:
        return fail(ctx, "ziplib", "%s: %s" % (fname, QUOTA_FULL))
    except ArchiveRefused as e:
        return fail(ctx, "ziplib", "%s refused: %s" % (fname, e))
    except OSError as e:
        return fail(ctx, "ziplib", "%s: %s" % (fname, e.strerror or e.__class__.__name__))
    return True


def _write_archive(kind, files, opath, quota):
    """(I/O thread) Writes ``files`` [(name, host path)] as ``opath``, if
    the archive fits in the quota (QuotaFull otherwise)."""
    with quota.hold() as h:  # held from the start: the .part is never counted by a walk
        h.start()
        h.track(opath)
        _write_part(kind, files, opath, h)


def _write_part(kind, files, opath, hold):
    tmp = opath + ".part"
    if kind == "zip":
        with zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED) as zf:
            for name, p in files:
                zf.write(p, name)
    elif kind == "gz":
        with open(files[0][1], "rb") as src, gzip.open(tmp, "wb") as out:
            shutil.copyfileobj(src, out, CHUNK)
    else:
        with tarfile.open(tmp, "w:gz" if kind == "tar.gz" else "w", dereference=True) as tf:
            for name, p in files:
                tf.add(p, name, recursive=False)
    hold.keep_part(tmp, opath)


def _kind(path):
    """"zip", "tar", "tar.gz", "gz" or "unknown" from the file's bytes."""
    try:
        with open(path, "rb") as f:
            head = f.read(4)
    except OSError:
        return "unknown"
    if head.startswith(b"PK\x03\x04") or head.startswith(b"PK\x05\x06"):
        return "zip"
    if head.startswith(b"\x1f\x8b"):
        try:
            with tarfile.open(path, "r:gz") as tf:
                tf.next()
            return "tar.gz"
        except (tarfile.TarError, OSError, EOFError):
            return "gz"
    try:
        if tarfile.is_tarfile(path):
            return "tar"
    except OSError:
        pass
    return "unknown"


def ziplib_getCompressFileType(this, vpath=undefined, *_):
    """ziplib.getCompressFileType(vpath): the archive kind."""
    _, path = _vpath(agi_context(), vpath, "Read")
    return _kind(path)


def ziplib_isValidZipFile(this, vpath=undefined, *_):
    """ziplib.isValidZipFile(vpath): true for zip, tar, tar.gz, gz."""
    _, path = _vpath(agi_context(), vpath, "Read")
    return _kind(path) != "unknown"


def ziplib_listZipFileDir(this, vpath=undefined, folder=undefined, *_):
    """ziplib.listZipFileDir(zip, folder): the folder's direct children
    ("name" for files, "name/" for folders), or null."""
    ctx = agi_context()
    _, path = _vpath(ctx, vpath, "Read")
    prefix = "" if folder is undefined else py_string(conversions.to_string(folder)).lstrip("/")
    if prefix and not prefix.endswith("/"):
        prefix += "/"
    try:
        with zipfile.ZipFile(path) as zf:
            names = zf.namelist()[:MAX_ENTRIES]
    except (OSError, zipfile.BadZipFile) as e:
        fail(ctx, "ziplib", "listZipFileDir: %s" % e.__class__.__name__)
        return null
    seen = []
    for n in names:
        n = n.replace("\\", "/")
        if not n.startswith(prefix) or n == prefix:
            continue
        rest = n[len(prefix):]
        head, slash, _ = rest.partition("/")
        entry = head + slash
        if entry not in seen:
            seen.append(entry)
    return current_realm().new_array([js_string(s) for s in seen])


def ziplib_extractAnyFile(this, src=undefined, dest=undefined, *_):
    """ziplib.extractAnyFile(src, dest): extracts by the detected kind."""
    ctx = agi_context()
    _, path = _vpath(ctx, src, "Read")
    kind = _kind(path)
    if kind == "unknown":
        return fail(ctx, "ziplib", "extractAnyFile: unsupported archive")
    return _extract("extractAnyFile", kind, src, dest)


# createAnyZipFile's format names (ArozOS's, any case) and the archive kind
ANY_FORMATS = {"zip": "zip", "tar": "tar", "tar.gz": "tar.gz", "tgz": "tar.gz", "targz": "tar.gz"}


def ziplib_createAnyZipFile(this, sources=undefined, output=undefined, fmt=undefined, *_):
    """ziplib.createAnyZipFile(sources, output, format): createZipFile,
    createTarFile or createTarGzFile by ``format`` (zip when it is missing),
    with their checks, quota and errors. "gz"/"gzip" is refused as ArozOS
    refuses it (one source file only: createGzFile)."""
    ctx = agi_context()
    name = "zip" if fmt is undefined else py_string(conversions.to_string(fmt)).lower()
    if name in ("gz", "gzip"):
        return fail(ctx, "ziplib", "createAnyZipFile: gz format requires createGzFile for single file compression")
    if name not in ANY_FORMATS:
        return fail(ctx, "ziplib", "createAnyZipFile: unsupported format: %s" % name)
    return _create("createAnyZipFile", ANY_FORMATS[name], sources, output)


def _open_zip(ctx, fname, vpath):
    """(ZipFile, infos) of the zip at ``vpath``, or None (logged)."""
    _, path = _vpath(ctx, vpath, "Read")
    try:
        zf = zipfile.ZipFile(path)
    except (OSError, zipfile.BadZipFile) as e:
        fail(ctx, "ziplib", "%s: %s" % (fname, e.__class__.__name__))
        return None
    return zf


def ziplib_getZipFileInfo(this, vpath=undefined, *_):
    """ziplib.getZipFileInfo(zip): JSON text {fileCount, dirCount,
    totalUncompressedSize, totalCompressedSize}, or null."""
    zf = _open_zip(agi_context(), "getZipFileInfo", vpath)
    if zf is None:
        return null
    with zf:
        infos = zf.infolist()
    files = [i for i in infos if not i.is_dir()]
    return '{"fileCount":%d,"dirCount":%d,"totalUncompressedSize":%d,"totalCompressedSize":%d}' % (
        len(files), len(infos) - len(files), sum(i.file_size for i in files),
        sum(i.compress_size for i in files))


def _tree_json(node):
    parts = ['"name":' + go_json_string(node["name"]), '"isDir":' + ("true" if node["isDir"] else "false"),
             '"size":%d' % node["size"]]
    if node["children"]:
        parts.append('"children":{' + ",".join(go_json_string(k) + ":" + _tree_json(node["children"][k])
                                               for k in sorted(node["children"])) + "}")
    return "{" + ",".join(parts) + "}"


def ziplib_listZipFileContents(this, vpath=undefined, *_):
    """ziplib.listZipFileContents(zip): JSON text of the tree
    {name, isDir, size, children: {name: node}}, or null."""
    zf = _open_zip(agi_context(), "listZipFileContents", vpath)
    if zf is None:
        return null
    with zf:
        infos = zf.infolist()[:MAX_ENTRIES]
    root = {"name": "/", "isDir": True, "size": 0, "children": {}}
    for info in infos:
        parts = info.filename.replace("\\", "/").split("/")
        cur = root
        for i, part in enumerate(parts):
            if not part:
                continue
            last = i == len(parts) - 1
            if part not in cur["children"]:
                cur["children"][part] = {"name": part, "isDir": not last or info.is_dir(),
                                         "size": info.file_size if last and not info.is_dir() else 0,
                                         "children": {}}
            cur = cur["children"][part]
    return js_string(_tree_json(root))


def ziplib_getFileFromZip(this, vpath=undefined, member=undefined, *_):
    """ziplib.getFileFromZip(zip, name): extracts one member to
    ``tmp:/<its base name>`` (replacing it) and returns that path, or null."""
    ctx = agi_context()
    zf = _open_zip(ctx, "getFileFromZip", vpath)
    if zf is None:
        return null
    want = py_string(conversions.to_string(member)).replace("\\", "/")
    with zf:
        info = next((i for i in zf.infolist() if i.filename.replace("\\", "/") == want and not i.is_dir()), None)
        base = want.rstrip("/").rsplit("/", 1)[-1]
        if info is None or base in ("", ".", ".."):
            fail(ctx, "ziplib", "getFileFromZip: file not found in the archive")
            return null
        if info.file_size > MAX_BYTES:
            fail(ctx, "ziplib", "getFileFromZip refused: more than %d bytes uncompressed" % MAX_BYTES)
            return null
        tmp_dir = root_dir(ctx, "tmp")
        target = os.path.join(tmp_dir, base)
        quota = Quota.of(ctx)
        try:
            if os.path.isdir(target):
                raise IsADirectoryError(21, "Is a directory")
            off_loop(_copy_member, zf, info, target, quota)
        except QuotaFull:
            fail(ctx, "ziplib", "getFileFromZip: " + QUOTA_FULL)
            return null
        except (OSError, zipfile.BadZipFile, RuntimeError) as e:
            fail(ctx, "ziplib", "getFileFromZip: %s" % (getattr(e, "strerror", None) or e.__class__.__name__))
            return null
    return js_string("tmp:/" + base)


def _copy_member(zf, info, target, quota):
    """(I/O thread) Writes one zip member to ``target`` (no symlink
    followed) if its size fits in the quota (zipfile reads no more than
    the size the archive declares)."""
    with quota.hold() as h:
        h.track(target)
        h.claim(info.file_size)
        fd = os.open(target, os.O_WRONLY | os.O_CREAT | os.O_TRUNC | getattr(os, "O_NOFOLLOW", 0), 0o644)
        with os.fdopen(fd, "wb") as out, zf.open(info) as src:
            shutil.copyfileobj(src, out, CHUNK)


def _bind(fn, name, kind):
    def call(this, a=undefined, b=undefined, *_):
        return fn(name, kind, a, b)
    return call


TABLE = {
    "extractZipFile": (_bind(_extract, "extractZipFile", "zip"), 2),
    "extractTarFile": (_bind(_extract, "extractTarFile", "tar"), 2),
    "extractTarGzFile": (_bind(_extract, "extractTarGzFile", "tar.gz"), 2),
    "extractGzFile": (_bind(_extract, "extractGzFile", "gz"), 2),
    "createZipFile": (_bind(_create, "createZipFile", "zip"), 2),
    "createTarFile": (_bind(_create, "createTarFile", "tar"), 2),
    "createTarGzFile": (_bind(_create, "createTarGzFile", "tar.gz"), 2),
    "createGzFile": (_bind(_create, "createGzFile", "gz"), 2),
    "isValidZipFile": (ziplib_isValidZipFile, 1),
    "getCompressFileType": (ziplib_getCompressFileType, 1),
    "listZipFileDir": (ziplib_listZipFileDir, 2),
    "extractAnyFile": (ziplib_extractAnyFile, 2),
    "createAnyZipFile": (ziplib_createAnyZipFile, 3),
    "getZipFileInfo": (ziplib_getZipFileInfo, 1),
    "listZipFileContents": (ziplib_listZipFileContents, 1),
    "getFileFromZip": (ziplib_getFileFromZip, 2),
}


def install(ctx):
    from runtime.agi.lib_ziplib_update import TABLE as UPDATE_TABLE

    define_library(ctx, "ziplib", {**TABLE, **UPDATE_TABLE})
    return True
