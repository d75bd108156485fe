"""The ``ziplib`` library on the shared live server (user ``alice``):
archives round-trip, zip-slip and bombs are refused before anything is
written, nothing outside the user's folders is reachable."""

import gzip
import io
import json
import os
import tarfile
import zipfile

from tests.server.client import http


def run(server, name, source):
    server.script(name, 'requirelib("ziplib");\n' + source)
    status, _, body = http(server.base, name)
    assert status == 200, body
    return body


def udir(server, *parts):
    return os.path.join(server.cfg["data_dir"], "users", "alice", *parts)


def write(path, data):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "wb") as f:
        f.write(data)


def test_zip_round_trip_and_listing(server):
    write(udir(server, "zr", "src", "a.txt"), b"alpha")
    write(udir(server, "zr", "src", "img", "b.bin"), b"\x00\x01")
    body = run(server, "ZL/rt.js", """
        var r = [ziplib.createZipFile(["user:/zr/src"], "user:/zr/out.zip"),
                 ziplib.isValidZipFile("user:/zr/out.zip"), ziplib.getCompressFileType("user:/zr/out.zip"),
                 ziplib.listZipFileDir("user:/zr/out.zip", ""), ziplib.listZipFileDir("user:/zr/out.zip", "src"),
                 ziplib.extractZipFile("user:/zr/out.zip", "user:/zr/unpacked/"),
                 ziplib.extractZipFile("user:/zr/out.zip", "user:/zr/unpacked/"),
                 ziplib.isValidZipFile("user:/zr/src/a.txt"), ziplib.getCompressFileType("user:/zr/src/a.txt")];
        sendResp(JSON.stringify(r));
    """)
    out = json.loads(body)
    assert out[:3] == [True, True, "zip"]
    assert out[3] == ["src/"]
    assert sorted(out[4]) == ["a.txt", "img/"]
    assert out[5:] == [True, False, False, "unknown"]  # a second extraction would overwrite: refused
    with open(udir(server, "zr", "unpacked", "src", "img", "b.bin"), "rb") as f:
        assert f.read() == b"\x00\x01"


def test_tar_targz_gz_round_trips(server):
    write(udir(server, "zt", "d", "x.txt"), b"x" * 100)
    body = run(server, "ZL/tar.js", """
        sendResp(JSON.stringify([
            ziplib.createTarFile(["user:/zt/d"], "user:/zt/a.tar"), ziplib.getCompressFileType("user:/zt/a.tar"),
            ziplib.extractTarFile("user:/zt/a.tar", "user:/zt/t1"),
            ziplib.createTarGzFile("user:/zt/d", "user:/zt/a.tar.gz"), ziplib.getCompressFileType("user:/zt/a.tar.gz"),
            ziplib.extractAnyFile("user:/zt/a.tar.gz", "user:/zt/t2"),
            ziplib.createGzFile("user:/zt/d/x.txt", "user:/zt/x.txt.gz"), ziplib.getCompressFileType("user:/zt/x.txt.gz"),
            ziplib.extractGzFile("user:/zt/x.txt.gz", "user:/zt/x.copy")]));
    """)
    assert json.loads(body) == [True, "tar", True, True, "tar.gz", True, True, "gz", True]
    for p in (("t1", "d", "x.txt"), ("t2", "d", "x.txt"), ("x.copy",)):
        with open(udir(server, "zt", *p), "rb") as f:
            assert f.read() == b"x" * 100


def _zip(entries):
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, data in entries:
            zf.writestr(name, data)
    return buf.getvalue()


def test_zip_slip_is_refused_before_anything_is_written(server):
    for i, evil in enumerate(["../../../escaped.txt", "/abs/escaped.txt", "ok/../../escaped.txt"]):
        write(udir(server, "zs", "evil%d.zip" % i), _zip([("first.txt", "1"), (evil, "PWNED")]))
    body = run(server, "ZL/slip.js", """
        sendResp(JSON.stringify([0, 1, 2].map(function (i) {
            return ziplib.extractZipFile("user:/zs/evil" + i + ".zip", "user:/zs/out" + i); })));
    """)
    assert json.loads(body) == [False, False, False]
    assert server.wait_log("extractZipFile refused: ")
    for i in range(3):
        assert not os.path.exists(udir(server, "zs", "out%d" % i, "first.txt"))
    data_dir = server.cfg["data_dir"]
    for dirpath, _, files in os.walk(os.path.dirname(data_dir)):
        assert "escaped.txt" not in files


def test_tar_links_and_slip_are_refused(server, tmp_path):
    buf = io.BytesIO()
    with tarfile.open(fileobj=buf, mode="w") as tf:
        ti = tarfile.TarInfo("link")
        ti.type = tarfile.SYMTYPE
        ti.linkname = str(tmp_path)
        tf.addfile(ti)
    write(udir(server, "zs2", "link.tar"), buf.getvalue())
    buf = io.BytesIO()
    with tarfile.open(fileobj=buf, mode="w") as tf:
        ti = tarfile.TarInfo("../escaped2.txt")
        ti.size = 1
        tf.addfile(ti, io.BytesIO(b"x"))
    write(udir(server, "zs2", "slip.tar"), buf.getvalue())
    body = run(server, "ZL/tarslip.js", """
        sendResp(JSON.stringify([ziplib.extractTarFile("user:/zs2/link.tar", "user:/zs2/o1"),
                                 ziplib.extractTarFile("user:/zs2/slip.tar", "user:/zs2/o2")]));
    """)
    assert json.loads(body) == [False, False]
    assert not os.path.lexists(udir(server, "zs2", "o1", "link"))
    assert not os.path.exists(udir(server, "escaped2.txt"))


def test_zip_bomb_is_refused(server):
    big = b"\0" * (300 << 20)  # 300 MiB of zeros deflate to ~300 KiB
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("bomb.bin", big)
    del big
    write(udir(server, "zb", "bomb.zip"), buf.getvalue())
    gz = gzip.compress(b"\0" * (300 << 20), 1)
    write(udir(server, "zb", "bomb.gz"), gz)
    body = run(server, "ZL/bomb.js", """
        sendResp(JSON.stringify([ziplib.extractZipFile("user:/zb/bomb.zip", "user:/zb/out"),
                                 ziplib.extractGzFile("user:/zb/bomb.gz", "user:/zb/out.bin")]));
    """)
    assert json.loads(body) == [False, False]
    assert not os.path.exists(udir(server, "zb", "out", "bomb.bin"))


def test_paths_outside_the_users_folders_throw(server, tmp_path):
    (tmp_path / "s.txt").write_text("secret")
    body = run(server, "ZL/perm.js", """
        var out = [];
        function t(f) { try { out.push(f()); } catch (e) { out.push(e.name + ": " + e.message); } }
        t(function () { return ziplib.createZipFile([%s], "user:/zp.zip"); });
        t(function () { return ziplib.createZipFile(["user:/"], "/tmp/zp.zip"); });
        t(function () { return ziplib.extractZipFile("user:/../x.zip", "user:/o"); });
        t(function () { return ziplib.listZipFileDir("user:/missing.zip", ""); });
        sendResp(JSON.stringify(out));
    """ % json.dumps(str(tmp_path / "s.txt")))
    out = json.loads(body)
    assert out[0] == "PermissionDenied: Read access denied: %s" % (tmp_path / "s.txt")
    assert out[1] == "PermissionDenied: Write access denied: /tmp/zp.zip"
    assert out[2] == "PermissionDenied: Read access denied: user:/../x.zip"
    assert out[3] is None


def test_zip_info_tree_and_single_file(server):
    write(udir(server, "zi", "a.zip"), _zip([("top.txt", "12345"), ("d/", ""), ("d/in.txt", "abc"),
                                             ("../evil.txt", "x")]))
    body = run(server, "ZL/info.js", """
        var z = "user:/zi/a.zip";
        sendResp(JSON.stringify([JSON.parse(ziplib.getZipFileInfo(z)), JSON.parse(ziplib.listZipFileContents(z)),
            ziplib.getFileFromZip(z, "d/in.txt"), ziplib.getFileFromZip(z, "nope.txt"),
            ziplib.getFileFromZip(z, "../evil.txt"), ziplib.getZipFileInfo("user:/zi/missing.zip")]));
    """)
    info, tree, got, nope, evil, missing = json.loads(body)
    assert info == {"fileCount": 3, "dirCount": 1, "totalUncompressedSize": 9,
                    "totalCompressedSize": info["totalCompressedSize"]}
    assert tree["name"] == "/" and tree["isDir"] is True
    assert tree["children"]["top.txt"] == {"name": "top.txt", "isDir": False, "size": 5}
    assert tree["children"]["d"]["children"]["in.txt"]["size"] == 3
    assert got == "tmp:/in.txt"
    with open(os.path.join(server.cfg["data_dir"], "tmp", "alice", "in.txt")) as f:
        assert f.read() == "abc"
    assert nope is None and missing is None
    assert evil == "tmp:/evil.txt"  # only the base name is used: it lands in tmp:/
    assert not os.path.exists(os.path.join(server.cfg["data_dir"], "tmp", "evil.txt"))


def _zip_at(path, members):
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        for name, data in members:
            zf.writestr(name, data)
    write(path, buf.getvalue())


def _tree(top):
    return sorted(os.path.relpath(os.path.join(d, n), top).replace(os.sep, "/")
                  for d, _, names in os.walk(top) for n in names)


def test_extract_partial_zip_selects_as_arozos(server):
    _zip_at(udir(server, "zp", "a.zip"), [("notes.txt", b"n"), ("docs/img/x.png", b"x"), ("docs/img/y.png", b"y"),
                                       ("docs/readme.md", b"r"), ("other/z.txt", b"z")])
    body = run(server, "ZL/partial.js", """
        sendResp(JSON.stringify([
            ziplib.extractPartialZip("user:/zp/a.zip", ["docs/readme.md", "/docs/img/"], "user:/zp/o1/"),
            ziplib.extractPartialZip("user:/zp/a.zip", '["notes.txt"]', "user:/zp/o2/"),
            ziplib.extractPartialZip("user:/zp/a.zip", "other", "user:/zp/o3/"),
            ziplib.extractPartialZip("user:/zp/a.zip", [""], "user:/zp/o4/"),
            ziplib.extractPartialZip("user:/zp/a.zip", ["nothing"], "user:/zp/o5/"),
            ziplib.extractPartialZip("user:/zp/a.zip", 5, "user:/zp/o6/"),
            ziplib.extractPartialZip("user:/zp/a.zip", "", "user:/zp/o6/"),
            ziplib.extractPartialZip("user:/zp/a.zip", ["notes.txt"], "user:/zp/o2/")]));
    """)
    # a file by its base name, a folder under its own name, [""] everything;
    # a number or "" is no list of paths (ArozOS: nil), and the last one
    # would overwrite notes.txt: refused, as every extraction here
    assert json.loads(body) == [True, True, True, True, True, False, False, False]
    assert _tree(udir(server, "zp", "o1")) == ["img/x.png", "img/y.png", "readme.md"]
    assert _tree(udir(server, "zp", "o2")) == ["notes.txt"]
    assert _tree(udir(server, "zp", "o3")) == ["other/z.txt"]
    assert _tree(udir(server, "zp", "o4")) == ["docs/img/x.png", "docs/img/y.png", "docs/readme.md",
                                               "notes.txt", "other/z.txt"]
    assert _tree(udir(server, "zp", "o5")) == []
    assert server.wait_log("extractPartialZip: invalid paths format")


def test_extract_partial_zip_keeps_the_defences(server):
    # an unsafe member anywhere in the archive refuses it, even when not selected
    _zip_at(udir(server, "zq", "evil.zip"), [("ok.txt", b"ok"), ("../../escape.txt", b"x")])
    body = run(server, "ZL/partial_evil.js", """
        var r = [ziplib.extractPartialZip("user:/zq/evil.zip", ["ok.txt"], "user:/zq/out/")];
        try { ziplib.extractPartialZip("user:/zq/evil.zip", ["ok.txt"], "/etc/"); } catch (e) { r.push(e.name); }
        sendResp(JSON.stringify(r));
    """)
    assert json.loads(body) == [False, "PermissionDenied"]
    assert _tree(udir(server, "zq", "out")) == []


def test_add_file_to_zip_grows_a_copy_that_replaces_it(server):
    _zip_at(udir(server, "za", "a.zip"), [("first.txt", b"1")])
    write(udir(server, "za", "more.txt"), b"more")
    write(udir(server, "za", "dir", "x.txt"), b"x")
    write(udir(server, "za", "dir", "sub", "y.txt"), b"y")
    body = run(server, "ZL/add.js", """
        sendResp(JSON.stringify([ziplib.addFileToZip("user:/za/a.zip", "user:/za/more.txt"),
            ziplib.addFileToZip("user:/za/a.zip", "user:/za/dir"),
            ziplib.addFileToZip("user:/za/a.zip", "user:/za/missing.txt"),
            ziplib.addFileToZip("user:/za/none.zip", "user:/za/more.txt"),
            JSON.parse(ziplib.getZipFileInfo("user:/za/a.zip")).fileCount]));
    """)
    assert json.loads(body) == [True, True, False, False, 4]
    with zipfile.ZipFile(udir(server, "za", "a.zip")) as zf:
        assert sorted(zf.namelist()) == ["dir/sub/y.txt", "dir/x.txt", "first.txt", "more.txt"]
        assert zf.read("more.txt") == b"more" and zf.read("first.txt") == b"1"
    assert not os.path.exists(udir(server, "za", "a.zip.part"))


def test_create_any_zip_file_dispatches_by_format(server):
    write(udir(server, "za", "d", "x.txt"), b"y" * 50)
    body = run(server, "ZL/any.js", """
        var r = [];
        [["zip", "a.zip"], ["TAR", "a.tar"], ["tgz", "a.tgz"], ["targz", "b.tgz"], ["tar.gz", "c.tgz"],
         [undefined, "d.zip"]].forEach(function (f) {
            var out = "user:/za/" + f[1];
            r.push([ziplib.createAnyZipFile(["user:/za/d"], out, f[0]), ziplib.getCompressFileType(out)]);
        });
        r.push(ziplib.createAnyZipFile("user:/za/d/x.txt", "user:/za/x.gz", "gz"),
               ziplib.createAnyZipFile("user:/za/d", "user:/za/e.7z", "7z"),
               ziplib.createAnyZipFile(["user:/za/d"], "user:/za/a.zip", "zip"),
               ziplib.createAnyZipFile(42, "user:/za/f.zip", "zip"));
        var thrown = null;
        try { ziplib.createAnyZipFile(["user:/za/d"], "/etc/out.zip", "zip"); } catch (e) { thrown = e.name; }
        r.push(thrown);
        sendResp(JSON.stringify(r));
    """)
    out = json.loads(body)
    assert out[:6] == [[True, "zip"], [True, "tar"], [True, "tar.gz"], [True, "tar.gz"], [True, "tar.gz"],
                       [True, "zip"]]
    # gz is ArozOS's refusal (createGzFile), 7z unsupported, an existing output replaced as
    # createZipFile replaces it, sources that are no path or list refused
    assert out[6:] == [False, False, True, False, "PermissionDenied"]
    assert not os.path.exists(udir(server, "za", "x.gz")) and not os.path.exists(udir(server, "za", "e.7z"))
    with tarfile.open(udir(server, "za", "a.tgz")) as t:
        assert t.extractfile("d/x.txt").read() == b"y" * 50
    assert server.wait_log(r"ziplib: createAnyZipFile: gz format requires createGzFile")
    assert server.wait_log(r"ziplib: createAnyZipFile: unsupported format: 7z")
