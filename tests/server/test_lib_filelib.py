"""The ``filelib`` library on the shared live server (user ``alice``):
virtual paths map to ``<data_dir>/users/alice`` and ``<data_dir>/tmp/alice``;
nothing outside them is reachable."""

import hashlib
import json
import os

import pytest

from tests.server.client import http


def run(server, name, source):
    server.script(name, 'requirelib("filelib");\n' + source)
    status, _, body = http(server.base, name)
    assert status == 200, body
    return body


def user_dir(server, root="users"):
    return os.path.join(server.cfg["data_dir"], root, "alice")


def test_write_read_delete_round_trip_lands_in_the_users_folder(server):
    body = run(server, "FL/rw.js", """
        var r = [filelib.mkdir("user:/fl_rw"), filelib.writeFile("user:/fl_rw/a.txt", "h\\u00e9llo"),
                 filelib.readFile("user:/fl_rw/a.txt"), filelib.fileExists("user:/fl_rw/a.txt"),
                 filelib.filesize("user:/fl_rw/a.txt"), filelib.isDir("user:/fl_rw"),
                 filelib.isDir("user:/fl_rw/a.txt")];
        sendResp(JSON.stringify(r));
    """)
    assert json.loads(body) == [True, True, "h\u00e9llo", True, 6, True, False]
    with open(os.path.join(user_dir(server), "fl_rw", "a.txt"), encoding="utf-8") as f:
        assert f.read() == "h\u00e9llo"
    body = run(server, "FL/del.js", """
        sendResp(JSON.stringify([filelib.deleteFile("user:/fl_rw/a.txt"),
            filelib.fileExists("user:/fl_rw/a.txt"), filelib.deleteFile("user:/fl_rw/a.txt"),
            filelib.readFile("user:/fl_rw/a.txt"), filelib.filesize("user:/fl_rw/a.txt")]));
    """)
    assert json.loads(body) == [True, False, False, False, 0]
    assert server.wait_log("filelib: deleteFile: File not exists")


def test_tmp_root_is_its_own_folder(server):
    body = run(server, "FL/tmp.js", """
        sendResp(JSON.stringify([filelib.writeFile("tmp:/t.txt", "T"), filelib.fileExists("user:/t.txt"),
                                 filelib.rootName("tmp:/t.txt"), filelib.rootName("user:/")]));
    """)
    assert json.loads(body) == [True, False, "tmp", "User"]
    assert os.path.isfile(os.path.join(user_dir(server, "tmp"), "t.txt"))


def test_write_into_a_missing_folder_is_false(server):
    body = run(server, "FL/nofolder.js",
               'sendResp(String(filelib.writeFile("user:/no/such/dir/x.txt", "x")));')
    assert body == "false"


def test_readdir_objects_sorted_and_hidden_skipped(server):
    d = os.path.join(user_dir(server), "fl_rd")
    os.makedirs(os.path.join(d, "Sub"), exist_ok=True)
    for name, data in (("b.txt", "bb"), ("A.md", "a"), (".hidden", "h"), ("c10.txt", "c"), ("c9.txt", "ccc")):
        with open(os.path.join(d, name), "w") as f:
            f.write(data)
    os.utime(os.path.join(d, "b.txt"), (1000000000, 1000000000))
    body = run(server, "FL/readdir.js", """
        var r = filelib.readdir("user:/fl_rd");
        var names = function (l) { return l.map(function (e) { return e.Filename; }).join(","); };
        sendResp(JSON.stringify({first: r[0], names: names(r),
            big: names(filelib.readdir("user:/fl_rd", "largeToSmall")),
            smart: names(filelib.readdir("user:/fl_rd", "smart")),
            bogus: names(filelib.readdir("user:/fl_rd", "nonsense"))}));
    """)
    out = json.loads(body)
    assert out["names"] == "A.md,b.txt,c10.txt,c9.txt,Sub"
    assert out["smart"] == "A.md,b.txt,c9.txt,c10.txt,Sub"
    assert out["bogus"] == out["names"]
    assert out["big"].split(",")[0] in ("Sub", "c9.txt")  # a folder's size is the file system's
    first = out["first"]
    assert first["Filename"] == "A.md" and first["Filepath"] == "user:/fl_rd/A.md"
    assert first["Ext"] == ".md" and first["Filesize"] == 1 and first["IsDir"] is False
    assert isinstance(first["Modtime"], int) and first["Modtime"] > 1000000000


def test_glob_walk_and_roots(server):
    d = os.path.join(user_dir(server), "fl_gw")
    os.makedirs(os.path.join(d, "in", "deep"), exist_ok=True)
    for rel in ("x.mp3", "y.mp3", "z.txt", ".h.mp3", "in/deep/w.txt"):
        with open(os.path.join(d, rel), "w") as f:
            f.write("1")
    body = run(server, "FL/glob.js", """
        sendResp(JSON.stringify({g: filelib.glob("user:/fl_gw/*.mp3"), a: filelib.aglob("user:/fl_gw/*.txt"),
            roots: filelib.glob("/"), none: filelib.glob("user:/fl_gw/missing/*"),
            all: filelib.walk("user:/fl_gw"), files: filelib.walk("user:/fl_gw", "file"),
            dirs: filelib.walk("user:/fl_gw", "folder")}));
    """)
    out = json.loads(body)
    assert out["g"] == ["user:/fl_gw/x.mp3", "user:/fl_gw/y.mp3"]
    assert out["a"] == ["user:/fl_gw/z.txt"]
    assert out["roots"] == ["user:/", "tmp:/"]
    assert out["none"] == []
    assert out["dirs"] == ["user:/fl_gw", "user:/fl_gw/in", "user:/fl_gw/in/deep"]
    assert out["files"] == ["user:/fl_gw/.h.mp3", "user:/fl_gw/in/deep/w.txt", "user:/fl_gw/x.mp3",
                            "user:/fl_gw/y.mp3", "user:/fl_gw/z.txt"]
    assert sorted(out["all"]) == sorted(out["dirs"] + out["files"])


def test_md5_and_mtime(server):
    d = os.path.join(user_dir(server), "fl_md")
    os.makedirs(d, exist_ok=True)
    with open(os.path.join(d, "f.bin"), "wb") as f:
        f.write(b"abc\x00\xff")
    os.utime(os.path.join(d, "f.bin"), (1600000000, 1600000000))
    body = run(server, "FL/md5.js", """
        sendResp(JSON.stringify([filelib.md5("user:/fl_md/f.bin"), filelib.mtime("user:/fl_md/f.bin", true),
            filelib.mtime("user:/fl_md/f.bin"), filelib.md5("user:/fl_md/none"), filelib.mtime("user:/fl_md/none")]));
    """)
    out = json.loads(body)
    assert out[0] == hashlib.md5(b"abc\x00\xff").hexdigest()
    assert out[1] == 1600000000
    import time
    assert out[2] == time.strftime("%Y-%m-%d %H:%M:%S", time.localtime(1600000000))
    assert out[3:] == [False, False]


def test_isdir_of_a_missing_path_throws_a_catchable_error(server):
    body = run(server, "FL/isdir.js", """
        try { filelib.isDir("user:/nope/nope"); sendResp("no throw"); }
        catch (e) { sendResp(e.name + "|" + e.message + "|" + (e instanceof Error)); }
    """)
    assert body == "File Not Exists|Required path not exists|true"


ESCAPES = ['"user:/../../etc/passwd"', '"user:/a/../../x"', '"/etc/passwd"', '"nosuchroot:/x"',
           '"user:/fl_esc/link/secret.txt"', '"user:/fl_esc/filelink"', '"relative.txt"',
           '"user:/fl_esc/dirlink/../fl_esc/ok.txt"']


@pytest.mark.parametrize("call", ["readFile(P)", "writeFile(P, 'pwned')", "deleteFile(P)", "filesize(P)",
                                  "fileExists(P)", "isDir(P)", "md5(P)", "mkdir(P)", "mtime(P)",
                                  "readdir(P)", "walk(P)", "glob(P + '/*')"])
def test_paths_outside_the_users_folder_throw_permission_denied(server, tmp_path, call):
    secret = tmp_path / "secret.txt"
    secret.write_text("TOPSECRET")
    d = os.path.join(user_dir(server), "fl_esc")
    os.makedirs(d, exist_ok=True)
    for name, target in (("link", str(tmp_path)), ("filelink", str(secret)), ("dirlink", str(tmp_path))):
        p = os.path.join(d, name)
        if os.path.lexists(p):
            os.remove(p)
        os.symlink(target, p)
    src = "var out = [];\n"
    for p in ESCAPES:
        src += ("try { var P = %s; out.push('returned ' + JSON.stringify(filelib.%s)); }"
                " catch (e) { out.push(e.name); }\n" % (p, call))
    src += "sendResp(JSON.stringify(out));"
    out = json.loads(run(server, "FL/esc_%d.js" % abs(hash(call)), src))
    assert out == ["PermissionDenied"] * len(ESCAPES), out
    assert secret.read_text() == "TOPSECRET"
    assert not os.path.exists("/etc/passwd/pwned")


def test_permission_denied_message_names_the_vpath(server):
    body = run(server, "FL/pd.js", """
        try { filelib.readFile("user:/../x"); } catch (e) { sendResp(String(e)); }
    """)
    assert body == "PermissionDenied: Path access denied: user:/../x"


def test_symlink_inside_the_folder_is_followed(server):
    d = os.path.join(user_dir(server), "fl_in")
    os.makedirs(d, exist_ok=True)
    with open(os.path.join(d, "real.txt"), "w") as f:
        f.write("inside")
    if not os.path.lexists(os.path.join(d, "alias.txt")):
        os.symlink(os.path.join(d, "real.txt"), os.path.join(d, "alias.txt"))
    assert run(server, "FL/alias.js", 'sendResp(filelib.readFile("user:/fl_in/alias.txt"));') == "inside"


def test_a_refusal_leaves_the_server_serving(server):
    server.script("FL/uncaught.js", 'requirelib("filelib");\nfilelib.readFile("/etc/passwd");')
    status, _, body = http(server.base, "FL/uncaught.js")
    assert status == 500
    assert "PermissionDenied: Path access denied: /etc/passwd" in body
    assert "Traceback" not in body and "root:" not in body
    status, _, body = http(server.base, server.script("FL/after.js", 'requirelib("filelib"); sendResp(filelib.rootName("user:/"));'))
    assert (status, body) == (200, "User")


def test_binary_hex_helpers_are_globals_as_arozos_defines_them(server):
    os.makedirs(os.path.join(user_dir(server), "fl_bin"), exist_ok=True)
    with open(os.path.join(user_dir(server), "fl_bin", "img.bin"), "wb") as f:
        f.write(bytes(range(256)))
    body = run(server, "FL/bin.js", """
        var hex = _filelib_readBinaryFile("user:/fl_bin/img.bin");
        var r = [typeof _filelib_readBinaryFile, typeof filelib.writeBinaryFile, hex.length,
                 _filelib_writeBinaryFile("user:/fl_bin/copy.bin", hex),
                 _filelib_writeBinaryFile("user:/fl_bin/odd.bin", "abc"),
                 _filelib_writeBinaryFile("user:/fl_bin/sp.bin", "ab cd"),
                 _filelib_writeBinaryFile("user:/fl_bin/up.bin", "FF00"),
                 _filelib_readBinaryFile("user:/fl_bin/missing.bin")];
        try { _filelib_writeBinaryFile("user:/../../x.bin", "00"); } catch (e) { r.push(e.name + ": " + e.message); }
        sendResp(JSON.stringify(r));
    """)
    # ArozOS never puts them on the filelib object: only the globals exist
    assert json.loads(body) == ["function", "undefined", 512, True, False, False, True, None,
                                "PermissionDenied: Path access denied"]
    folder = os.path.join(user_dir(server), "fl_bin")
    with open(os.path.join(folder, "copy.bin"), "rb") as f:
        assert f.read() == bytes(range(256))
    with open(os.path.join(folder, "up.bin"), "rb") as f:
        assert f.read() == b"\xff\x00"
    assert sorted(os.listdir(folder)) == ["copy.bin", "img.bin", "up.bin"]
