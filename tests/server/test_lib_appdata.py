"""requirelib's registry and the ``appdata`` library, on the shared live
server (files under its temporary root)."""

import json
import os

from tests.server.client import http


def run(server, name, source):
    server.script(name, source)
    status, _, body = http(server.base, name)
    assert status == 200, body
    return body


def test_unknown_library_is_false_with_one_log_line(server):
    body = run(server, "LibReg/unknown.js",
               'sendResp(String(requirelib("nosuchlib")) + " " + typeof nosuchlib);')
    assert body == "false undefined"
    assert server.wait_log("Lib not found: nosuchlib")
    assert server.log().count("Lib not found: nosuchlib") == 1


def test_provided_library_is_true_and_defines_the_global(server):
    body = run(server, "LibReg/known.js",
               'var r = requirelib("appdata");'
               'sendResp(r + " " + typeof appdata + " " + typeof appdata.readFile + " "'
               ' + Object.keys(appdata).sort().join(","));')
    assert body == "true object function getModuleList,listDir,readFile"


def test_appdata_reads_files_of_the_root(server):
    server.script("AppD/data/hello.txt", "h\u00e9llo")
    body = run(server, "AppD/read.js",
               'requirelib("appdata"); sendResp(appdata.readFile("AppD/data/hello.txt"));')
    assert body == "h\u00e9llo"


def test_appdata_listdir_is_json_text_of_root_relative_paths(server):
    server.script("AppD2/d/b.txt", "b")
    server.script("AppD2/d/a.txt", "a")
    server.script("AppD2/d/.hidden", "x")
    os.makedirs(os.path.join(server.root, "AppD2", "d", "sub"), exist_ok=True)
    body = run(server, "AppD2/list.js",
               'requirelib("appdata"); var s = appdata.listDir("AppD2/d");'
               'sendResp(typeof s + " " + s);')
    kind, text = body.split(" ", 1)
    assert kind == "string"
    assert json.loads(text) == ["AppD2/d/.hidden", "AppD2/d/a.txt", "AppD2/d/b.txt", "AppD2/d/sub"]


def test_appdata_failures_answer_false(server):
    body = run(server, "AppD3/fail.js", """
        requirelib("appdata");
        sendResp([appdata.readFile("AppD3/missing.txt"), appdata.readFile("AppD3"),
                  appdata.listDir("AppD3/missing"), appdata.listDir("AppD3/fail.js")].join(","));
    """)
    assert body == "false,false,false,false"
    assert server.wait_log("appdata: Cannot read from directory")


def test_appdata_nothing_outside_the_root(server, tmp_path):
    secret = tmp_path / "secret.txt"
    secret.write_text("TOPSECRET")
    outside_dir = os.path.dirname(server.root)
    with open(os.path.join(outside_dir, "sibling.txt"), "w") as f:
        f.write("TOPSECRET")
    os.makedirs(os.path.join(server.root, "AppD4"), exist_ok=True)
    os.symlink(str(secret), os.path.join(server.root, "AppD4", "link.txt"))
    os.symlink(str(tmp_path), os.path.join(server.root, "AppD4", "linkdir"))
    body = run(server, "AppD4/escape.js", """
        requirelib("appdata");
        var r = [appdata.readFile("../sibling.txt"), appdata.readFile("AppD4/../../sibling.txt"),
                 appdata.readFile(%s), appdata.readFile("AppD4/link.txt"),
                 appdata.readFile("AppD4/linkdir/secret.txt"), appdata.listDir("AppD4/linkdir"),
                 appdata.listDir("..")];
        sendResp(r.join(","));
    """ % json.dumps(str(secret)))
    assert body == ",".join(["false"] * 7)
    assert "TOPSECRET" not in body
    assert server.wait_log("appdata: Path escape detected")


def test_appdata_get_module_list_is_an_array(server):
    body = run(server, "AppD5/mods.js",
               'requirelib("appdata"); var m = appdata.getModuleList();'
               'sendResp(Array.isArray(m) + " " + m.length);')
    assert body == "true 0"


def test_appdata_leading_slash_is_root_relative_as_in_arozos(server):
    server.script("AppD6/x.txt", "inside")
    body = run(server, "AppD6/abs.js",
               'requirelib("appdata"); sendResp(appdata.readFile("/AppD6/x.txt") + " "'
               ' + appdata.readFile("/etc/passwd") + " " + (JSON.parse(appdata.listDir("/")).indexOf("AppD6") >= 0));')
    assert body == "inside false true"
