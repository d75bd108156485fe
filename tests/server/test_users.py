"""Users (runtime/agi/users.py, ajgi_tx/users_file.py, request_checks.identify)
on live servers: the single-user default, a users file with identity from a
trusted proxy's header, and the same header from an untrusted peer."""

import json
import os

import pytest

from tests.server.client import form, http
from tests.server.conftest import _make

USERS = """\
[[user]]
name = "alice"
admin = true

[[user]]
name = "bob"
groups = ["default", "media"]
modules = ["Music"]
quota = 5000
icon = "data:image/png;base64,Qk0="
"""

WHO = """sendJSONResp({u: USERNAME, admin: userIsAdmin(), groups: getUserPermissionGroup(),
    icon: USERICON, quota: [USERQUOTA_TOTAL, USERQUOTA_USED], roots: USER_VROOTS});"""


def _users_server(tmp_path_factory, name, proxies, **cfg):
    base = tmp_path_factory.mktemp(name + "-users")
    path = os.path.join(str(base), "users.toml")
    with open(path, "w") as f:
        f.write(USERS)
    return _make(tmp_path_factory, name, users_file=path, username="alice", user_header="X-Remote-User",
                 trusted_proxies=proxies, cpu_budget=2.0, **cfg)


@pytest.fixture(scope="module")
def proxied(tmp_path_factory):
    s = _users_server(tmp_path_factory, "proxied", ["127.0.0.1/32"])
    s.script("who.js", WHO)
    yield s
    s.stop()


@pytest.fixture(scope="module")
def untrusted(tmp_path_factory):
    # --xheaders on: X-Forwarded-For sets remote_ip, and must not make a peer trusted
    s = _users_server(tmp_path_factory, "untrusted", ["10.0.0.0/8"], xheaders=True)
    s.script("who.js", WHO)
    yield s
    s.stop()


def who(server, user=None, script="who.js"):
    status, _, body = http(server.base, script, headers={"X-Remote-User": user} if user else None)
    assert status == 200, body
    return json.loads(body)


# -- the single user of --username (the shared server runs as alice) ------------------

def test_single_user_is_an_administrator_with_the_user_and_tmp_roots(server):
    server.script("U/who.js", WHO)
    r = who(server, script="U/who.js")
    assert r["u"] == "alice" and r["admin"] is True and r["icon"] == "" and r["quota"][0] == -1
    groups = json.loads(r["groups"])
    assert [g["Name"] for g in groups] == ["administrator"]
    assert groups[0]["IsAdmin"] is True and groups[0]["AccessibleModules"] == ["*"]
    # Go marshals struct fields in declaration order: the string keeps it
    assert r["groups"].startswith('[{"Name":"administrator","IsAdmin":true,"DefaultInterfaceModule"')
    assert [(v["UUID"], v["Name"], v["Path"]) for v in r["roots"]] == [("user", "User", "user:/"),
                                                                      ("tmp", "tmp", "tmp:/")]


def test_user_vroots_are_plain_data_a_script_may_change(server):
    """Each run gets fresh objects: a script writing to them changes
    nothing for the next run, and no host object shows through."""
    server.script("U/vroots.js", """
        var before = JSON.stringify(USER_VROOTS);
        USER_VROOTS[0].UUID = "etc"; USER_VROOTS.push({UUID: "x"});
        sendResp(before + "|" + Object.keys(USER_VROOTS[1]).join(",") + "|" + typeof USER_VROOTS[1].constructor);
    """)
    first = http(server.base, "U/vroots.js")[2]
    second = http(server.base, "U/vroots.js")[2]
    assert first == second
    assert '"UUID":"user"' in first and "Closed" in first.split("|")[1]
    assert [v["Path"] for v in json.loads(first.split("|")[0])] == ["user:/", "tmp:/"]  # no host path


def test_loaded_storages_is_arozos_storage_pool_as_plain_data(server):
    """ArozOS sets LOADED_STORAGES to its base StoragePool struct: an object
    (so ``.length`` is undefined), owner "system", the roots in Storages."""
    server.script("U/storages.js", """var before = JSON.stringify(LOADED_STORAGES);
        LOADED_STORAGES.Storages.pop();
        sendResp(before + "|" + typeof LOADED_STORAGES.length);""")
    first = http(server.base, "U/storages.js")[2]
    assert http(server.base, "U/storages.js")[2] == first  # a fresh copy per run
    pool, length = first.split("|")
    pool = json.loads(pool)
    assert length == "undefined" and list(pool) == ["Owner", "OtherPermission", "Storages"]
    assert pool["Owner"] == "system" and pool["OtherPermission"] == "readonly"
    assert [(s["UUID"], s["Name"], s["Path"]) for s in pool["Storages"]] == [("user", "User", "user:/"),
                                                                          ("tmp", "tmp", "tmp:/")]


def test_path_can_write_answers_for_the_users_roots_only(server):
    server.script("U/canwrite.js", """sendResp(JSON.stringify([pathCanWrite("user:/Desktop/a.txt"),
        pathCanWrite("tmp:/"), pathCanWrite("web:/x"), pathCanWrite("/etc/passwd"),
        pathCanWrite("user:/../../etc"), pathCanWrite("")]));""")
    assert json.loads(http(server.base, "U/canwrite.js")[2]) == [True, True, False, False, False, False]


def test_admin_functions_for_an_admin(server):
    server.script("U/admin.js", """sendResp(JSON.stringify([userExists("alice"), userExists("nobody"),
        userExists(), createUser("carol", "pw", "default"), createUser("alice", "pw", "default"),
        createUser("carol"), editUser("alice"), removeUser("ghost"), removeUser("alice")]));""")
    assert json.loads(http(server.base, "U/admin.js")[2]) == [True, False, None, False, False, False,
                                                              False, False, False]
    for line in ("Runtime Error username is undefined", "Runtime Error Username already exists",
                 "Runtime Error password is undefined", "Runtime Error ghost not exists",
                 "User creation failed: accounts are defined in the users file",
                 "User removal failed: accounts are defined in the users file"):
        assert server.wait_log(line), line


def test_deprecated_stubs_answer_false_and_log(server):
    server.script("U/deprecated.js", """sendResp(JSON.stringify([decodeVirtualPath("user:/a"),
        decodeAbsoluteVirtualPath("user:/a"), encodeRealPath("/etc"), requirepkg("ffmpeg", true),
        requirepkg("asdasd", false), execpkg("ffmpeg", "-version")]));""")
    assert json.loads(http(server.base, "U/deprecated.js")[2]) == [False] * 6
    for line in ("Call to deprecated function decodeVirtualPath",
                 "Call to deprecated function decodeAbsoluteVirtualPath",
                 "Call to deprecated function encodeRealPath",
                 "Runtime Error requirepkg has been deprecated in agi v3.0",
                 "Runtime Error execpkg has been deprecated in agi v3.0"):
        assert server.wait_log(line), line


def test_request_fields_cannot_pose_as_user_globals_or_a_detached_run(server):
    server.script("U/spoof.js", """sendResp(JSON.stringify([typeof PARENT_DETACHED, typeof PARENT_PAYLOAD,
        typeof userIsAdmin, USERNAME]));""")
    status, _, body = form(server.base, "U/spoof.js", {"PARENT_DETACHED": "true", "PARENT_PAYLOAD": "x",
                                                       "userIsAdmin": "1", "USERNAME": "root"})
    assert status == 200 and json.loads(body) == ["undefined", "undefined", "function", "alice"]


# -- a users file, identity from a trusted proxy -----------------------------------

def test_without_the_header_requests_run_as_the_default_user(proxied):
    r = who(proxied)
    assert r["u"] == "alice" and r["admin"] is True


def test_the_trusted_proxy_names_the_user(proxied):
    r = who(proxied, "bob")
    assert r["u"] == "bob" and r["admin"] is False and r["quota"][0] == 5000
    assert r["icon"] == "data:image/png;base64,Qk0="
    groups = json.loads(r["groups"])
    assert [(g["Name"], g["IsAdmin"], g["AccessibleModules"], g["DefaultStorageQuota"]) for g in groups] == [
        ("default", False, ["Music"], 5000), ("media", False, ["Music"], 5000)]


def test_an_unknown_user_is_refused_before_any_script_runs(proxied):
    proxied.script("side_effect.js", 'requirelib("filelib"); filelib.writeFile("user:/ran.txt", "x");')
    status, ctype, body = http(proxied.base, "side_effect.js", headers={"X-Remote-User": "mallory"})
    assert status == 403 and body == "403 Forbidden: unknown user mallory (not in the users file)"
    assert "Traceback" not in body and ctype.startswith("text/plain")
    assert not os.path.exists(os.path.join(proxied.cfg["data_dir"], "users", "mallory"))
    status, _, _ = http(proxied.base, "who.js", headers={"X-Remote-User": "../alice"})
    assert status == 403
    assert who(proxied)["u"] == "alice"  # and the server keeps serving


def test_each_user_has_its_own_folders(proxied):
    proxied.script("mine.js", """requirelib("filelib");
        var before = filelib.fileExists("user:/mine.txt");
        filelib.writeFile("user:/mine.txt", USERNAME); filelib.writeFile("tmp:/t.txt", USERNAME);
        sendResp(before + " " + filelib.readFile("user:/mine.txt") + " " + USERQUOTA_USED);""")
    # USERQUOTA_USED is taken when the run starts (ArozOS sets it with the VM)
    assert http(proxied.base, "mine.js", headers={"X-Remote-User": "bob"})[2] == "false bob 0"
    assert http(proxied.base, "mine.js")[2] == "false alice 0"
    assert http(proxied.base, "mine.js", headers={"X-Remote-User": "bob"})[2] == "true bob 3"
    assert http(proxied.base, "mine.js")[2] == "true alice 5"
    data = proxied.cfg["data_dir"]
    for user in ("alice", "bob"):
        for root, name in (("users", "mine.txt"), ("tmp", "t.txt")):
            with open(os.path.join(data, root, user, name)) as f:
                assert f.read() == user


def test_admin_only_functions_are_refused_to_a_non_admin_as_arozos_does(proxied):
    proxied.script("bob_admin.js", """sendResp(JSON.stringify([userExists("alice"),
        createUser("carol", "pw", "default"), editUser("alice"), removeUser("alice")]));""")
    status, _, body = http(proxied.base, "bob_admin.js", headers={"X-Remote-User": "bob"})
    assert status == 200 and json.loads(body) == [False, False, False, False]
    for fname in ("userExists", "createUser", "editUser", "removeUser"):
        assert proxied.wait_log("Runtime Error Permission Denied: %s require admin permission" % fname)
    status, _, body = http(proxied.base, "bob_admin.js")  # alice is an admin
    assert json.loads(body)[0] is True


def test_a_websocket_handshake_carries_the_identity_too(proxied):
    import asyncio

    from tests.server.client import connect

    proxied.script("ws_who.js", """requirelib("websocket"); websocket.upgrade(10);
        websocket.send(USERNAME); websocket.read(); websocket.close();""")

    async def go(user):
        ws = await connect(proxied.base, "ws_who.js", headers={"X-Remote-User": user})
        msg = await asyncio.wait_for(ws.read_message(), 10)
        ws.close()
        return msg

    assert asyncio.run(go("bob")) == "bob"
    with pytest.raises(Exception) as e:  # refused at the handshake: no socket
        asyncio.run(go("mallory"))
    assert "403" in str(e.value)


# -- the same header from a peer that is not trusted -------------------------------

def test_the_header_from_an_untrusted_peer_is_ignored_and_logged_once(untrusted):
    assert who(untrusted, "bob")["u"] == "alice"
    assert who(untrusted, "mallory")["u"] == "alice"  # not even a 403: the header does not count
    assert untrusted.wait_log("X-Remote-User header from 127.0.0.1 ignored: the peer is not in "
                              "--trusted-proxies")
    assert untrusted.log().count("X-Remote-User header from 127.0.0.1 ignored") == 1


def test_x_forwarded_for_does_not_make_a_peer_trusted(untrusted):
    status, _, body = http(untrusted.base, "who.js", headers={"X-Remote-User": "bob",
                                                              "X-Forwarded-For": "10.1.2.3",
                                                              "X-Real-Ip": "10.1.2.3"})
    assert status == 200 and json.loads(body)["u"] == "alice"
