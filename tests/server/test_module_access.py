"""Per-user module access and default openers on a live ``serve`` with a
users file: ``USER_MODULES``, ``appdata.getModuleList()`` and
``/system/modules/list`` give only the modules the user may open (ArozOS's
GetModuleAccessPermission), and ``/system/modules/getDefault`` keeps each
user's default opener per extension (ajgi_tx/default_opener.py)."""

import asyncio
import json
import urllib.error
import urllib.request

import pytest

from ajgi_tx.default_opener import OpenerStore, answer
from runtime.agi.db_sqlite import SqliteDB
from runtime.agi.module_registry import ModuleRegistry
from runtime.agi.users import User
from tests.server.external import Serve


def _module(name, group):
    return 'registerModule(JSON.stringify({Name: "%s", Group: "%s", StartDir: "%s/index.html"}));' % (
        name, group, name)


APPS = {
    "Music/init.agi": _module("Music", "Media"),
    "Photo/init.agi": _module("Photo", "Media"),
    "Files/init.agi": _module("Files", "System Tools"),   # universal: everyone opens it
    "Clock/init.agi": _module("Clock", "utilities"),      # universal (group compared ignoring case)
    "Desktop/init.agi": _module("Desktop", "Interface")  # every group's interface module
                        + 'console.log("boot storages: " + LOADED_STORAGES.Owner + " "'
                          ' + LOADED_STORAGES.Storages.length + " " + typeof USER_VROOTS);',
    "Vault/init.agi": _module("Vault", "Office"),
    "mods.js": """requirelib("appdata");
        sendJSONResp({user: USER_MODULES, loaded: LOADED_MODULES,
                      list: appdata.getModuleList().map(function (m) { return m.Name; })});""",
}

USERS = """\
[[user]]
name = "alice"
admin = true

[[user]]
name = "bob"
groups = ["default"]
modules = ["music"]
"""


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("module-access")
    root = tmp / "web"
    for name, text in APPS.items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text)
    (tmp / "users.toml").write_text(USERS)
    srv = Serve(str(root), str(tmp / "server.log"),
                ["--data-dir", str(tmp / "data"), "--users", str(tmp / "users.toml"),
                 "--username", "alice", "--user-header", "X-Remote-User",
                 "--trusted-proxies", "127.0.0.1/32"])
    yield srv
    srv.stop()


def _get(site, path, user=None):
    req = urllib.request.Request(site.base + path, headers={"X-Remote-User": user} if user else {})
    try:
        with urllib.request.urlopen(req, timeout=20) as r:
            return r.status, r.headers.get("Content-Type"), r.read().decode("utf-8")
    except urllib.error.HTTPError as e:
        return e.code, e.headers.get("Content-Type"), e.read().decode("utf-8")


def _script(site, user=None):
    status, _, body = _get(site, "/system/ajgi/interface?script=mods.js", user)
    assert status == 200, body
    return json.loads(body)


ALL = ["Clock", "Desktop", "Files", "Music", "Photo", "Vault"]


def test_an_admin_sees_every_module(site):
    r = _script(site)  # alice, the default user
    assert r["user"] == ALL and r["loaded"] == ALL and r["list"] == ALL
    assert [m["Name"] for m in json.loads(_get(site, "/system/modules/list")[2])] == ALL


def test_a_user_sees_only_the_modules_their_groups_allow(site):
    bob = ["Clock", "Desktop", "Files", "Music"]  # "music" matches Music ignoring case
    r = _script(site, "bob")
    assert r["user"] == bob and r["list"] == bob
    assert r["loaded"] == ALL  # LOADED_MODULES is every module, as ArozOS
    status, ctype, body = _get(site, "/system/modules/list", "bob")
    assert status == 200 and ctype == "application/json"
    assert [m["Name"] for m in json.loads(body)] == bob


def test_a_boot_script_has_loaded_storages(site):
    # ArozOS's injectStandardLibs sets it for init.agi too (USER_VROOTS needs a user)
    assert site.wait_log("boot storages: system 2 undefined")


def test_the_list_refuses_an_unknown_user_from_the_proxy(site):
    status, _, body = _get(site, "/system/modules/list", "mallory")
    assert status == 403 and "unknown user mallory" in body


def _opener(site, user=None, **params):
    query = "&".join("%s=%s" % (k, urllib.request.quote(v)) for k, v in params.items())
    status, ctype, body = _get(site, "/system/modules/getDefault?" + query, user)
    assert status == 200 and "Traceback" not in body, body
    return json.loads(body) if body else None


def test_default_openers_are_kept_per_user(site):
    assert _opener(site, opr="launch", ext=".mp3") == {"error": "No default opener"}
    assert _opener(site, opr="get", ext=".mp3") == {"error": "No default opener"}
    assert _opener(site, opr="set", ext=".MP3", module="Music") == "OK"
    assert _opener(site, opr="get", ext=".mp3") == "Music"  # the extension is lower-cased
    launch = _opener(site, opr="launch", ext=".Mp3")
    assert launch["Name"] == "Music" and launch["StartDir"] == "Music/index.html"
    assert list(launch)[:3] == ["Name", "Desc", "Group"]  # ModuleInfo's field order
    assert _opener(site, opr="set", ext=".jpg", module="Photo") == "OK"
    assert _opener(site, opr="list") == [[".jpg", "Photo"], [".mp3", "Music"]]
    # bob has none of alice's
    assert _opener(site, "bob", opr="get", ext=".mp3") == {"error": "No default opener"}
    assert _opener(site, "bob", opr="list") == []
    assert _opener(site, "bob", opr="set", ext=".mp3", module="Files") == "OK"
    assert _opener(site, "bob", opr="list") == [[".mp3", "Files"]]
    assert _opener(site, opr="get", ext=".mp3") == "Music"


def test_default_opener_refusals_answer_as_arozos(site):
    assert _opener(site, opr="set", ext=".txt") == {"error": "Missing paratmer 'module'"}
    assert _opener(site, opr="set", ext=".txt", module="Nope") == {"error": "Given module not exists."}
    assert _opener(site, opr="frobnicate") is None  # ArozOS writes nothing for an unknown opr
    status, _, body = _get(site, "/system/modules/getDefault?opr=list", "mallory")
    assert status == 403


def test_a_removed_module_and_foreign_values_in_the_table(tmp_path):
    asyncio.run(_removed_and_foreign(SqliteDB(str(tmp_path / "agi.sqlite3"))))


async def _removed_and_foreign(db):
    store = OpenerStore(db)
    reg = ModuleRegistry()
    reg.register_json('{"Name": "Notes"}')
    assert await answer(store, reg, "alice", "set", ".txt", "Notes") == '"OK"'
    assert await db.read("module", "default/alice/.txt") == '"Notes"'  # ArozOS's key and JSON value
    reg.modules.clear()  # the module is gone after a restart
    assert await answer(store, reg, "alice", "launch", ".txt", "") == \
        '{"error":"Default opener no longer exists."}'
    # a script may write the table (readDBItem/writeDBItem): a value that is
    # no JSON string reads as no opener, as Go's Unmarshal into a string fails
    await db.write("module", "default/alice/.md", "5")
    assert await answer(store, reg, "alice", "get", ".md", "") == '{"error":"No default opener"}'
    assert await answer(store, reg, "alice", "list", "", "") == '[[".md",""],[".txt","Notes"]]'


def test_modules_for_follows_arozos_access_rules():
    reg = ModuleRegistry()
    for name, group in (("Music", "Media"), ("Files", "SYSTEM TOOLS"), ("Desktop", ""), ("Vault", "")):
        reg.register_json(json.dumps({"Name": name, "Group": group}))
    names = lambda user: [m["Name"] for m in reg.modules_for(user)]
    assert names(None) == ["Music", "Files", "Desktop", "Vault"]  # a boot script: no user
    assert names(User("a")) == ["Music", "Files", "Desktop", "Vault"]  # an admin
    assert names(User("b", groups=("default",), admin=False, modules=())) == ["Files", "Desktop"]
    assert names(User("c", groups=("default",), admin=False, modules=("VAULT",))) == \
        ["Files", "Desktop", "Vault"]
    assert names(User("d", groups=("default",), admin=False, modules=("*",))) == \
        ["Music", "Files", "Desktop", "Vault"]
