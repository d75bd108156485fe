"""The DB functions (spec §2.1) behave identically on both backends: one
suite, run against ``--db sqlite:///PATH`` and ``--db redis://...`` (a
``redis-server`` started by the test on 127.0.0.1)."""

import concurrent.futures
import json
import os
import shutil
import sqlite3

import pytest

from tests.helpers import free_port
from tests.server.client import form, http
from tests.server.external import REPO, Redis, Serve

EXAMPLES = os.path.join(REPO, "examples", "web")

# Every answer of the DB functions for reserved, missing and live tables,
# values of every kind, key order, deletes and drops.
BEHAVIOUR = r"""
var out = [];
function p(label, v) { out.push(label + "=" + (typeof v === "string" ? JSON.stringify(v) : String(v))); }
["auth", "permisson", "register", "desktop"].forEach(function (t) {
    p("new " + t, newDBTableIfNotExists(t));
    p("exists " + t, DBTableExists(t));
    p("write " + t, writeDBItem(t, "k", "v"));
    p("read " + t, readDBItem(t, "k"));
    p("list " + t, listDBTable(t));
    p("delete " + t, deleteDBItem(t, "k"));
    p("drop " + t, dropDBTable(t));
});
p("exists missing", DBTableExists("missing"));
p("write missing", writeDBItem("missing", "k", "v"));
p("read missing", readDBItem("missing", "k"));
p("list missing", listDBTable("missing"));
p("delete missing", deleteDBItem("missing", "k"));
p("drop missing", dropDBTable("missing"));
p("new", newDBTableIfNotExists("App/alice"));
p("new again", newDBTableIfNotExists("App/alice"));
p("exists", DBTableExists("App/alice"));
p("w num", writeDBItem("App/alice", "num", 5));
p("w obj", writeDBItem("App/alice", "obj", {a: 1}));
p("w arr", writeDBItem("App/alice", "arr", [1, [2, 3]]));
p("w undef", writeDBItem("App/alice", "undef"));
p("w html", writeDBItem("App/alice", "html", 'a"<b>&\'\n\t\u2028x'));
p("w uni", writeDBItem("App/alice", "\u00e9t\u00e9", "\ud83d\ude00 smile"));
p("w Z", writeDBItem("App/alice", "Z", "upper"));
p("w empty key", writeDBItem("App/alice", "", "empty key"));
p("w 10", writeDBItem("App/alice", 10, "ten"));
p("w 9", writeDBItem("App/alice", 9, "nine"));
p("overwrite", writeDBItem("App/alice", "Z", "upper2"));
["num", "obj", "arr", "undef", "html", "\u00e9t\u00e9", "Z", "", "10", "nope"].forEach(function (k) {
    p("r " + k, readDBItem("App/alice", k));
});
var l = listDBTable("App/alice");
p("list keys", Object.keys(l).join("|"));
p("list html", l.html);
p("del", deleteDBItem("App/alice", "num"));
p("del missing key", deleteDBItem("App/alice", "num"));
p("r after del", readDBItem("App/alice", "num"));
p("other table untouched", newDBTableIfNotExists("Other") && writeDBItem("Other", "k", "o"));
p("drop", dropDBTable("App/alice"));
p("exists after drop", DBTableExists("App/alice"));
p("read after drop", readDBItem("App/alice", "Z"));
p("new after drop", newDBTableIfNotExists("App/alice"));
p("list after drop", JSON.stringify(listDBTable("App/alice")));
p("other kept", readDBItem("Other", "k"));
sendResp(out.join("\n"));
"""

EXPECTED = "\n".join(
    ["new %s=false\nexists %s=false\nwrite %s=false\nread %s=false\nlist %s=false\n"
     "delete %s=false\ndrop %s=false" % ((t,) * 7) for t in ("auth", "permisson", "register", "desktop")]
    + ["exists missing=false", "write missing=false", "read missing=false", "list missing=false",
       "delete missing=false", "drop missing=false",
       "new=true", "new again=true", "exists=true", "w num=true", "w obj=true", "w arr=true",
       "w undef=true", "w html=true", "w uni=true", "w Z=true", "w empty key=true", "w 10=true",
       "w 9=true", "overwrite=true",
       'r num="5"', 'r obj="[object Object]"', 'r arr="1,2,3"', 'r undef="undefined"',
       'r html="a\\"<b>&\'\\n\\t\u2028x"', 'r \u00e9t\u00e9="\U0001F600 smile"', 'r Z="upper2"',
       'r ="empty key"', 'r 10="ten"', 'r nope=""',
       # keys in UTF-8 byte order, as ArozOS's Bolt buckets (ES5 then puts
       # the index-like keys first when enumerating the object)
       'list keys="9|10||Z|arr|html|num|obj|undef|\u00e9t\u00e9"',
       'list html="a\\"<b>&\'\\n\\t\u2028x"',
       "del=true", "del missing key=true", 'r after del=""', "other table untouched=true",
       "drop=true", "exists after drop=false", "read after drop=false", "new after drop=true",
       'list after drop="{}"', 'other kept="o"'])

WRITER = """
newDBTableIfNotExists("load");
for (var i = 0; i < 40; i++) writeDBItem("load", who + "-" + i, "v" + i);
sendResp(readDBItem("load", who + "-39"));
"""


@pytest.fixture(scope="module")
def redis_server(tmp_path_factory):
    r = Redis(str(tmp_path_factory.mktemp("redis")))
    yield r
    r.stop()


def _root(base):
    root = os.path.join(str(base), "web")
    if not os.path.isdir(root):
        shutil.copytree(EXAMPLES, root)
    return root


@pytest.fixture(scope="module", params=["sqlite", "redis"])
def backend(request, tmp_path_factory, redis_server):
    """(kind, db URL, [two servers on that one store])."""
    base = tmp_path_factory.mktemp("db-" + request.param)
    if request.param == "sqlite":
        url = "sqlite:///" + os.path.join(str(base), "shared", "agi.sqlite3")
    else:
        url = redis_server.url
        redis_server.client().flushdb()
    servers = []
    try:
        for n in range(2):
            root = _root(base)
            servers.append(Serve(root, os.path.join(str(base), "server%d.log" % n),
                                 ["--db", url, "--data-dir", os.path.join(str(base), "data%d" % n)]))
        for s in servers:
            s.script("behaviour.js", BEHAVIOUR)
            s.script("writer.js", WRITER)
            s.script("list.js", "sendJSONResp(JSON.stringify(listDBTable(table)));")
            s.script("read.js", "sendResp(readDBItem(table, key));")
        yield request.param, url, servers
    finally:
        for s in servers:
            s.stop()


def _raw(kind, url, redis_server, table, key):
    """The stored bytes of one item, read behind the server's back."""
    if kind == "sqlite":
        con = sqlite3.connect(url[len("sqlite://"):])
        row = con.execute("SELECT value FROM agi_items WHERE tbl=? AND key=?", (table, key)).fetchone()
        con.close()
        return None if row is None else row[0].encode("utf-8")
    return redis_server.client().hget(b"agi:t:" + table.encode(), key.encode())


def _put_raw(kind, url, redis_server, table, key, raw):
    if kind == "sqlite":
        con = sqlite3.connect(url[len("sqlite://"):])
        con.execute("INSERT OR REPLACE INTO agi_items VALUES (?, ?, ?)", (table, key, raw))
        con.commit()
        con.close()
    else:
        redis_server.client().hset(b"agi:t:" + table.encode(), key.encode(), raw.encode())


def test_every_db_function_answers_the_same(backend):
    kind, url, servers = backend
    st, _, body = http(servers[0].base, "behaviour.js")
    assert st == 200, body
    assert body.split("\n") == EXPECTED.split("\n")


def test_values_are_stored_as_go_json_strings(backend, redis_server):
    kind, url, servers = backend
    assert http(servers[0].base, "behaviour.js")[0] == 200
    # ArozOS's bytes: the string JSON-encoded the way Go does it (HTML-safe)
    assert _raw(kind, url, redis_server, "Other", "k") == b'"o"'
    form(servers[0].base, "read.js", {"table": "Other", "key": "k"})
    http(servers[0].base, "writer.js", who="x")  # a table of its own
    _put_raw(kind, url, redis_server, "Other", "n", "42")  # written by other code: not a string
    _put_raw(kind, url, redis_server, "Other", "bad", "{not json")
    assert form(servers[0].base, "read.js", {"table": "Other", "key": "n"})[2] == ""
    assert form(servers[0].base, "read.js", {"table": "Other", "key": "bad"})[2] == ""
    s = servers[0].script("html.js", 'newDBTableIfNotExists("H"); writeDBItem("H", "k", "<a&b>"); sendOK();')
    assert http(servers[0].base, s)[0] == 200
    assert _raw(kind, url, redis_server, "H", "k") == b'"\\u003ca\\u0026b\\u003e"'


def test_a_write_into_a_table_dropped_meanwhile_stores_nothing(backend, redis_server):
    """The backend checks the table in the same step as it stores, so a drop
    by another worker or host between writeDBItem's check and its store
    leaves no orphan item for a later re-create to show."""
    import asyncio

    from runtime.agi.db import open_db

    kind, url, servers = backend

    async def go():
        db = open_db(url)
        await db.create_table("Race")
        assert await db.write("Race", "k", '"v"') is True
        await db.drop_table("Race")
        assert await db.write("Race", "k2", '"orphan"') is False
        await db.create_table("Race")
        items = await db.items("Race")
        await db.drop_table("Race")
        db.close()
        return items

    assert asyncio.run(go()) == []


def test_two_servers_share_one_store_under_concurrent_writes(backend):
    kind, url, servers = backend
    jobs = [(servers[i % 2], "w%d" % i) for i in range(8)]
    with concurrent.futures.ThreadPoolExecutor(8) as pool:
        results = list(pool.map(lambda j: form(j[0].base, "writer.js", {"who": j[1]}), jobs))
    assert [r[0] for r in results] == [200] * 8, results
    assert [r[2] for r in results] == ["v39"] * 8
    for s in servers:  # both see all 320 items, whichever wrote them
        table = json.loads(form(s.base, "list.js", {"table": "load"})[2])
        assert len(table) == 320 and table["w7-0"] == "v0"


def test_an_unreachable_redis_is_a_js_error_and_the_server_keeps_serving(tmp_path):
    root = _root(tmp_path)
    srv = Serve(root, str(tmp_path / "server.log"), ["--db", "redis://127.0.0.1:%d/0" % free_port()])
    try:
        s = srv.script("down.js", """
            try { newDBTableIfNotExists("t"); sendResp("no error"); }
            catch (e) { sendResp(e.name + ": " + e.message.split(":")[0]); }""")
        st, _, body = http(srv.base, s)
        assert (st, body) == (200, "Error: DB unavailable")
        assert http(srv.base, "hello.js")[2] == "hello"
        assert "Traceback" not in srv.log()
    finally:
        srv.stop()


def test_the_default_store_is_sqlite_in_the_data_dir():
    from ajgi_tx.config import ServerConfig
    from runtime.agi.db import BadDBURL, check_url, open_db

    cfg = ServerConfig(data_dir="/srv/data")
    assert cfg.db_url == "sqlite:////srv/data/agi.sqlite3"
    assert ServerConfig(db="redis://h:1/2").db_url == "redis://h:1/2"
    for bad in ("postgres://x", "sqlite://", "nothing"):
        with pytest.raises(BadDBURL):
            check_url(bad)
        with pytest.raises(BadDBURL):
            open_db(bad)
