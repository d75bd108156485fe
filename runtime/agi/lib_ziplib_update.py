"""The two ``ziplib`` functions that take part of a zip or add to one
(ArozOS agi.zip.go ``extractPartialZip`` and ``addFileToZip``)::

    ziplib.extractPartialZip("user:/a.zip", ["notes.txt", "img/"], "user:/out/")  // true / false
    ziplib.addFileToZip("user:/a.zip", "user:/more")                              // true / false

``extractPartialZip`` selects members as ArozOS does: a target ending in
``/`` takes that folder with its content, written under the folder's own
name (``docs/img/`` -> ``out/img/...``); a file target is written by its
base name; a target naming a folder without ``/`` takes it as a folder;
``""`` or ``"/"`` takes everything. ``paths`` is an array of names, a JSON
array text or one name. ``addFileToZip`` adds a file (by its base name) or
a folder's files (named from the folder itself) to a copy of the archive,
which then replaces it.

Both keep ``lib_ziplib``'s defences: the whole archive is checked for
unsafe members first, the caps hold, existing files are not overwritten
by an extraction, and what is written counts against the user's quota
(for ``addFileToZip``, what the archive grows by). ArozOS also reads 7z
archives here; ajgi_tx does not (``false``).
"""

import json
import os
import shutil
import warnings
import zipfile

from runtime import conversions, properties
from runtime.agi.core import agi_context
from runtime.agi.lib_vpath import fail, root_dir
from runtime.agi.lib_ziplib import (MAX_BYTES, MAX_ENTRIES, ArchiveRefused, run_archive_work, _check_zip, _member_parts,
                                    _source_files, _vpath, _Writer)
from runtime.agi.quota import Quota
from runtime.values import JSArray, py_string, undefined


def parse_targets(v):
    """ArozOS szParsePathsArg: the selected names (one leading ``/``
    removed), or None (Go's nil: "invalid paths format") for an argument of
    another kind or one that names nothing (``[]``, ``""``)."""
    names = []
    if isinstance(v, JSArray):
        n = min(int(conversions.to_number(properties.get_prop(v, "length"))), MAX_ENTRIES)
        items = [properties.get_prop(v, str(i)) for i in range(n)]
        names = [_trim_slash(py_string(x)) for x in items if isinstance(x, str)]
    elif isinstance(v, str):
        text = py_string(v).strip()
        arr = None
        if text.startswith("["):
            try:
                arr = json.loads(text)
            except ValueError:
                pass
        if isinstance(arr, list) and all(isinstance(s, str) for s in arr):
            names = [_trim_slash(s) for s in arr]
        elif text:
            names = [_trim_slash(text)]
    return names or None


def _trim_slash(s):
    return s[1:] if s.startswith("/") else s  # Go's TrimPrefix: one slash


def match_target(name, targets):
    """ArozOS szMatchPartialPath: the output-relative path of member
    ``name``, or "" when no target selects it."""
    for target in targets:
        if target in ("", "/"):
            return name
        folder = target.endswith("/")
        bare = target[:-1] if folder else target
        parent = bare[:bare.rfind("/") + 1]
        if folder:
            if name.startswith(target) or name == target or name == bare:
                return name[len(parent):] if name.startswith(parent) else name
        else:
            if name == target:
                return name.rsplit("/", 1)[-1]
            if name.startswith(bare + "/"):
                return name[len(parent):] if name.startswith(parent) else name
    return ""


def _extract_partial(writer, path, targets):
    """(I/O thread) Writes the selected members of zip ``path``."""
    with zipfile.ZipFile(path) as zf:
        picked = []
        for info in _check_zip(zf):  # the whole archive is checked first
            rel = match_target(info.filename.replace("\\", "/"), targets)
            if rel:
                parts = _member_parts(rel)
                if parts:
                    picked.append((info, parts))
        writer.reserve(sum(i.file_size for i, _ in picked if not i.is_dir()))
        for info, parts in picked:
            if info.is_dir():
                writer.mkdir(parts)
            else:
                with zf.open(info) as src:
                    writer.write(parts, src)


def ziplib_extractPartialZip(this, zip_v=undefined, paths=undefined, dest=undefined, *_):
    """ziplib.extractPartialZip(zip, paths, destFolder): true / false."""
    ctx = agi_context()
    targets = parse_targets(paths)
    if targets is None:
        return fail(ctx, "ziplib", "extractPartialZip: invalid paths format")
    _, zpath = _vpath(ctx, zip_v, "Read")
    droot, dpath = _vpath(ctx, dest, "Write")
    base = root_dir(ctx, droot)
    quota = Quota.of(ctx)

    def work():
        os.makedirs(dpath, exist_ok=True)
        with quota.hold() as hold:
            hold.start()
            _extract_partial(_Writer(base, dpath, hold), zpath, targets)
    return run_archive_work(ctx, "extractPartialZip", work)


def _add_to_zip(zpath, files, quota):
    """(I/O thread) Adds ``files`` [(name, host path)] to a copy of zip
    ``zpath`` that replaces it once it fits in the quota."""
    with quota.hold() as h:  # held from the start: the copy is never counted by a walk
        h.start()
        h.track(zpath)
        _grow_copy(zpath, files, h)


def _grow_copy(zpath, files, hold):
    old_size = os.path.getsize(zpath)
    with zipfile.ZipFile(zpath) as zf:
        _check_zip(zf)  # a zip we would refuse to extract is not grown either
        if sum(i.file_size for i in zf.infolist()) + sum(os.path.getsize(p) for _, p in files) > MAX_BYTES:
            raise ArchiveRefused("more than %d bytes uncompressed" % MAX_BYTES)
    tmp = zpath + ".part"
    shutil.copyfile(zpath, tmp)
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # a name already there is added again, as Go's zip writer
            with zipfile.ZipFile(tmp, "a", zipfile.ZIP_DEFLATED) as zf:
                for name, p in files:
                    zf.write(p, name)
    except BaseException:
        os.remove(tmp)
        raise
    hold.keep_part(tmp, zpath, credit=old_size)


def ziplib_addFileToZip(this, zip_v=undefined, src=undefined, *_):
    """ziplib.addFileToZip(zip, src): true / false."""
    ctx = agi_context()
    zroot, zpath = _vpath(ctx, zip_v, "Write")
    sroot, spath = _vpath(ctx, src, "Read")
    if not os.path.isfile(zpath):
        return fail(ctx, "ziplib", "addFileToZip: zip file not exists")
    if not os.path.exists(spath):
        return fail(ctx, "ziplib", "addFileToZip: source file not exists")
    quota = Quota.of(ctx)
    base = root_dir(ctx, sroot)

    def work():
        files = [(n, p) for n, p in _source_files([(base, spath)]) if os.path.isfile(p)]
        _add_to_zip(zpath, files, quota)
    return run_archive_work(ctx, "addFileToZip", work)


TABLE = {
    "extractPartialZip": (ziplib_extractPartialZip, 3),
    "addFileToZip": (ziplib_addFileToZip, 2),
}
