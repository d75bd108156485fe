"""The module registry: ``<root>/*/init.agi`` run at startup in the boot
context, ``/system/modules/list`` and friends, ``LOADED_MODULES`` /
``USER_MODULES`` / ``appdata.getModuleList()`` in normal scripts; broken
init.agi files (syntax error, throw, spin, bad JSON) are logged with their
JS place and do not stop the others. Real ``python -m ajgi_tx serve``
processes on 127.0.0.1."""

import json
import re
import urllib.error
import urllib.request

import pytest

from runtime.agi.module_registry import ModuleRegistry, RegistrationError, decode_module
from tests.server.external import Serve

# Each folder is one web app; "Broken*" ones fail in different ways.
APPS = {
    "Alpha/init.agi": """
        registerModule(JSON.stringify({Name: "Alpha", Desc: "<first>", Group: "Office",
            IconPath: "img/icon.png", Version: "1.0", StartDir: "Alpha/index.html",
            SupportFW: true, LaunchFWDir: "./index.html", InitFWSize: [400, 300.0],
            SupportedExt: [".txt", ".md"], Unknown: 1}));
        registerExtensionIcon(".TXT", "img/txt.png");
        console.log("alpha boot: " + [typeof USERNAME, typeof requirelib, typeof appdata,
            typeof registerModule, typeof newDBTableIfNotExists, __FILE__].join(","));
    """,
    "BrokenSyntax/init.agi": 'registerModule({\n  Name: "X"\n  Group: "Y"\n});\n',
    "BrokenThrow/init.agi": 'registerModule(JSON.stringify({Name: "Thrower"}));\n'
                            'null.boom;\n',
    "BrokenJSON/init.agi": 'var r1 = registerModule("{not json");\n'
                           'var r2 = registerModule(JSON.stringify({Name: 7}));\n'
                           'console.log("bad json answers " + r1 + " " + r2);\n',
    "BrokenSpin/init.agi": 'registerModule(JSON.stringify({Name: "Spinner"}));\n'
                           'while (true) {}\n',
    "Zeta/init.agi": """
        var files = JSON.parse(appdata.listDir("Zeta/icons"));
        for (var i = 0; i < files.length; i++) {
            registerExtensionIcon(files[i].split("/").pop().split("-")[0], "icons/" + files[i].split("/").pop());
        }
        registerModule(JSON.stringify({Name: "Zeta", Group: "Utilities", StartDir: "Zeta/index.html",
            LOADED_AT_BOOT: LOADED_MODULES.join(",")}));
        console.log("zeta saw " + LOADED_MODULES.join(","));
    """,
    "Zeta/icons/pxs-128.png": "x",
    "Zeta/icons/doc-128.png": "x",
    "Nested/deeper/init.agi": 'registerModule(JSON.stringify({Name: "TooDeep"}));',
    "modules.js": """
        requirelib("appdata");
        var mods = appdata.getModuleList();
        sendJSONResp({loaded: LOADED_MODULES, user: USER_MODULES, isArray: Array.isArray(LOADED_MODULES),
                      first: mods[0].Name, fw: mods[0].InitFWSize, count: mods.length});
    """,
    "late.js": 'sendResp([registerModule(JSON.stringify({Name: "Late"})), registerModule("{"),'
               ' registerExtensionIcon("late", "x.png")].join(","));',
    "mutate.js": 'LOADED_MODULES.push("Mine"); sendResp(LOADED_MODULES.length);',
}


def _get(base, path):
    with urllib.request.urlopen(base + path, timeout=20) as r:
        return r.headers.get("Content-Type"), r.read().decode("utf-8")


@pytest.fixture(scope="module")
def booted(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("modules")
    root = tmp / "web"
    for name, text in APPS.items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text)
    srv = Serve(str(root), str(tmp / "server.log"),
                ["--cpu-budget", "0.5", "--data-dir", str(tmp / "data")])
    yield srv
    srv.stop()


def test_list_has_every_good_module_sorted_with_arozos_fields(booted):
    ctype, body = _get(booted.base, "/system/modules/list")
    assert ctype == "application/json"
    mods = json.loads(body)
    # Thrower and Spinner registered before they failed: ArozOS keeps those too
    assert [m["Name"] for m in mods] == ["Alpha", "Spinner", "Thrower", "Zeta"]
    alpha = mods[0]
    assert list(alpha) == ["Name", "Desc", "Group", "IconPath", "Version", "StartDir", "SupportFW",
                           "LaunchFWDir", "SupportEmb", "LaunchEmb", "InitFWSize", "InitEmbSize",
                           "SupportedExt"]
    assert alpha["IconPath"] == "Alpha/img/icon.png"      # joined to the module's folder
    assert alpha["StartDir"] == "Alpha/index.html"        # already below it: kept
    assert alpha["LaunchFWDir"] == "Alpha/index.html"     # ./ cleaned as Go's filepath.Join
    assert alpha["InitFWSize"] == [400, 300] and alpha["InitEmbSize"] is None
    assert alpha["SupportedExt"] == [".txt", ".md"] and alpha["SupportFW"] is True
    assert "Unknown" not in alpha
    assert "\\u003cfirst\\u003e" in body                   # Go's HTML-safe string encoding


def test_extension_icons_and_launch_parameters(booted):
    _, body = _get(booted.base, "/system/modules/exticons")
    assert json.loads(body) == {"txt": "Alpha/img/txt.png", "pxs": "Zeta/icons/pxs-128.png",
                                "doc": "Zeta/icons/doc-128.png"}
    assert list(json.loads(body)) == ["doc", "pxs", "txt"]
    _, body = _get(booted.base, "/system/modules/getLaunchPara?module=Zeta")
    assert json.loads(body)["StartDir"] == "Zeta/index.html"
    _, body = _get(booted.base, "/system/modules/getLaunchPara?module=Nope")
    assert json.loads(body) == {"error": "Given module not exists."}


def test_boot_context_globals_are_arozos_ones(booted):
    assert booted.wait_log(r"alpha boot: undefined,undefined,object,function,function,web/Alpha/init.agi")
    # LOADED_MODULES in boot: what was registered before this init.agi ran, in run order
    assert booted.wait_log(r"zeta saw Alpha,Spinner,Thrower")


def test_broken_init_agi_are_logged_with_their_place_and_skipped(booted):
    log = booted.log()
    assert re.search(r"BrokenSyntax/init\.agi:3:\d+: SyntaxError", log)
    assert "BrokenSyntax/init.agi: Load Failed (SyntaxError), skipping" in log
    assert re.search(r"BrokenThrow/init\.agi:2:\d+ .*TypeError", log)
    assert "BrokenThrow/init.agi: Load Failed (TypeError), skipping" in log
    assert re.search(r"BrokenJSON/init\.agi:1:\d+: registerModule refused: invalid JSON", log)
    assert re.search(r"BrokenJSON/init\.agi:2:\d+: registerModule refused: json: cannot unmarshal "
                     r"number into Go struct field ModuleInfo\.Name of type string", log)
    assert "bad json answers false false" in log
    assert re.search(r"BrokenSpin/init\.agi: script stopped: CPU budget .* at BrokenSpin/init\.agi:2:\d+", log)
    assert "BrokenSpin/init.agi: Load Failed (BudgetExceeded), skipping" in log
    assert "modules: 4 registered by 6 init.agi" in log  # Nested/deeper is not one level deep
    assert "Traceback" not in log


def test_scripts_read_the_registry_as_plain_data(booted):
    from tests.server.client import http

    status, _, body = http(booted.base, "modules.js")
    assert status == 200, body
    got = json.loads(body)
    assert got == {"loaded": ["Alpha", "Spinner", "Thrower", "Zeta"],
                   "user": ["Alpha", "Spinner", "Thrower", "Zeta"], "isArray": True,
                   "first": "Alpha", "fw": [400, 300], "count": 4}
    # a script's copy is its own
    assert http(booted.base, "mutate.js")[2] == "5"
    assert http(booted.base, "mutate.js")[2] == "5"


def test_a_request_may_call_registerModule_but_the_list_is_fixed(booted):
    from tests.server.client import http

    assert http(booted.base, "late.js")[2] == ",false,true"   # undefined, bad JSON, icon
    assert booted.wait_log(r"late\.js:1:\d+: registerModule outside the startup boot: not registered")
    assert "Late" not in _get(booted.base, "/system/modules/list")[1]
    assert "late" not in _get(booted.base, "/system/modules/exticons")[1]


def _status(base, path):
    try:
        with urllib.request.urlopen(base + path, timeout=20) as r:
            return r.status, r.read().decode("utf-8")
    except urllib.error.HTTPError as e:
        return e.code, ""


def test_boot_can_be_switched_off_and_serve_js_serves_js_source(tmp_path):
    root = tmp_path / "web"
    (root / "A").mkdir(parents=True)
    (root / "A" / "init.agi").write_text('registerModule(JSON.stringify({Name: "A"}));')
    (root / "A" / "page.js").write_text('var page = 1;')
    srv = Serve(str(root), str(tmp_path / "s.log"),
                ["--no-boot-modules", "--serve-js", "--data-dir", str(tmp_path / "d")])
    try:
        assert _get(srv.base, "/system/modules/list")[1] == "[]"
        assert _status(srv.base, "/A/page.js") == (200, "var page = 1;")
        assert _status(srv.base, "/A/init.agi")[0] == 403
    finally:
        srv.stop()


def test_js_source_is_private_unless_serve_js(booted):
    assert _status(booted.base, "/modules.js")[0] == 403
    assert _status(booted.base, "/Alpha/init.agi")[0] == 403


def test_every_worker_boots_the_same_registry(tmp_path):
    root = tmp_path / "web"
    (root / "A").mkdir(parents=True)
    (root / "A" / "init.agi").write_text('registerModule(JSON.stringify({Name: "A"})); console.log("booted A");')
    srv = Serve(str(root), str(tmp_path / "s.log"), ["--workers", "2", "--data-dir", str(tmp_path / "d")],
                workers=2)
    try:
        assert srv.wait_log("booted A", count=2)
        bodies = {_get(srv.base, "/system/modules/list")[1] for _ in range(12)}
        assert len(bodies) == 1 and json.loads(bodies.pop())[0]["Name"] == "A"
    finally:
        srv.stop()


# -- the decoder alone (Go's json.Unmarshal into ModuleInfo) ----------------------------------

def test_decoder_follows_go_unmarshal():
    m = decode_module('{"name": "lower", "GROUP": "g", "InitFWSize": [1e2, null], "SupportedExt": [null]}')
    assert (m["Name"], m["Group"], m["InitFWSize"], m["SupportedExt"]) == ("lower", "g", [100, 0], [""])
    assert decode_module("null")["Name"] == ""
    for bad in ('[1]', '{"SupportFW": "yes"}', '{"InitFWSize": [1.5]}', '{"InitFWSize": "1"}',
                '{"SupportedExt": [1]}', '{"Name": "a",}'):
        with pytest.raises(RegistrationError):
            decode_module(bad)


def test_registry_paths_and_icons():
    reg = ModuleRegistry()
    reg.register_json('{"Name": "B", "IconPath": "/abs.png", "LaunchEmb": "emb.html"}', "Mod")
    reg.register_json('{"Name": "A"}', "Other")
    reg.register_ext_icon("PXS", "Mod/x.png")
    reg.sort()
    assert reg.names() == ["A", "B"]
    b = reg.find("B")
    assert b["IconPath"] == "/abs.png" and b["LaunchEmb"] == "Mod/emb.html"
    assert reg.ext_icons_json() == '{"pxs":"Mod/x.png"}'
