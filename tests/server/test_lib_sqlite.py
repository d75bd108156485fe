"""The ``sqlite`` library on the shared live server (user ``alice``):
databases live in the user's folders, errors are catchable by name."""

import json
import os
import sqlite3

from tests.server.client import http


def run(server, name, source):
    server.script(name, 'requirelib("sqlite");\n' + source)
    status, _, body = http(server.base, name)
    assert status == 200, body
    return body


def test_open_exec_query_round_trip(server):
    body = run(server, "SQ/basic.js", """
        var db = sqlite.open("user:/.appdata/sq/basic.sqlite");
        db.exec("DROP TABLE IF EXISTS t");
        db.exec("CREATE TABLE t (id INTEGER PRIMARY KEY, name TEXT, score REAL, blob BLOB)");
        var a = db.exec("INSERT INTO t (name, score) VALUES (?, ?)", ["Alice", 1.5]);
        var b = db.exec("INSERT INTO t (name, score) VALUES (?, ?)", ["B\\u00f6b", true]);
        var upd = db.exec("UPDATE t SET score = score + 1");
        sendResp(JSON.stringify({a: a, b: b, upd: upd, rows: db.query("SELECT id, name, score FROM t WHERE id > ? ORDER BY id", [0]),
            row: db.queryRow("SELECT name FROM t WHERE id = ?", [2]), none: db.queryRow("SELECT * FROM t WHERE id = 99"),
            tables: db.tables(), schema: db.schema("t").map(function (c) { return c.name + ":" + c.type + ":" + c.pk; }),
            close: db.close()}));
    """)
    out = json.loads(body)
    assert out["a"] == {"lastInsertId": 1, "rowsAffected": 1}
    assert out["b"] == {"lastInsertId": 2, "rowsAffected": 1}
    assert out["upd"]["rowsAffected"] == 2
    assert out["rows"] == [{"id": 1, "name": "Alice", "score": 2.5}, {"id": 2, "name": "B\u00f6b", "score": 2}]
    assert out["row"] == {"name": "B\u00f6b"} and out["none"] is None
    assert out["tables"] == ["t"]
    assert out["schema"] == ["id:INTEGER:1", "name:TEXT:0", "score:REAL:0", "blob:BLOB:0"]
    assert out["close"] is True
    path = os.path.join(server.cfg["data_dir"], "users", "alice", ".appdata", "sq", "basic.sqlite")
    assert sqlite3.connect(path).execute("SELECT count(*) FROM t").fetchone() == (2,)


def test_transaction_commits_or_rolls_back_and_rethrows(server):
    body = run(server, "SQ/tx.js", """
        var db = sqlite.open("tmp:/tx.sqlite");
        db.exec("CREATE TABLE IF NOT EXISTS t (v INTEGER)"); db.exec("DELETE FROM t");
        var r = db.transaction(function (tx) { tx.exec("INSERT INTO t VALUES (1)"); tx.exec("INSERT INTO t VALUES (2)"); return "done"; });
        var caught;
        try { db.transaction(function (tx) { tx.exec("INSERT INTO t VALUES (3)"); throw new Error("boom"); }); }
        catch (e) { caught = e.message; }
        var nested;
        try { db.transaction(function (tx) { tx.transaction(function () {}); }); } catch (e) { nested = e.message; }
        sendResp(JSON.stringify([r, caught, nested, db.query("SELECT v FROM t ORDER BY v")]));
    """)
    assert json.loads(body) == ["done", "boom", "sqlite: nested transactions are not supported",
                                [{"v": 1}, {"v": 2}]]


def test_transaction_around_a_blocking_call(server):
    body = run(server, "SQ/txdelay.js", """
        var db = sqlite.open("tmp:/txd.sqlite");
        db.exec("CREATE TABLE IF NOT EXISTS t (v INTEGER)"); db.exec("DELETE FROM t");
        var r = db.transaction(function (tx) { tx.exec("INSERT INTO t VALUES (7)"); delay(10); return 5; });
        sendResp(JSON.stringify([r, db.query("SELECT v FROM t")]));
    """)
    assert json.loads(body) == [5, [{"v": 7}]]


def test_errors_are_catchable_by_name(server):
    body = run(server, "SQ/err.js", """
        var out = [];
        function t(f) { try { f(); out.push("no error"); } catch (e) { out.push(e.name); } }
        var db = sqlite.open("tmp:/err.sqlite");
        t(function () { db.exec("NOT SQL"); });
        t(function () { db.query("SELECT * FROM missing"); });
        t(function () { db.exec("SELECT ?", [{a: 1}]); });
        t(function () { sqlite.open("user:/../../escape.sqlite"); });
        t(function () { sqlite.open("/tmp/host.sqlite"); });
        t(function () { sqlite.open("user:/"); });
        db.close();
        t(function () { db.query("SELECT 1"); });
        sendResp(JSON.stringify(out));
    """)
    assert json.loads(body) == ["SQLiteError", "SQLiteError", "SQLiteError", "PermissionDenied",
                                "PermissionDenied", "IOError", "InvalidHandle"]


def test_a_database_cannot_reach_other_files(server, tmp_path):
    target = tmp_path / "outside.sqlite"
    body = run(server, "SQ/attach.js", """
        var db = sqlite.open("tmp:/att.sqlite"), out = [];
        [%s, %s].forEach(function (q) {
            try { db.exec(q); out.push("ran"); } catch (e) { out.push(e.name); }
        });
        sendResp(JSON.stringify(out));
    """ % (json.dumps("ATTACH DATABASE '%s' AS o" % target), json.dumps("VACUUM INTO '%s'" % target)))
    assert json.loads(body) == ["SQLiteError", "SQLiteError"]
    assert not target.exists()


def test_a_runaway_statement_stops_at_the_scripts_budget(server):
    """This server gives a script 2 s of CPU, less than the statement cap
    has: the budget stops the statement, with the budget's error at the
    statement's place (the cap itself: test_lib_sqlite_threads.py)."""
    server.script("SQ/slow.js", """requirelib("sqlite");
        var db = sqlite.open("tmp:/slow.sqlite");
        try {
            db.query("WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c) SELECT count(*) FROM c");
            sendResp("finished");
        } catch (e) { sendResp(e.name + ": " + e.message); }
    """)
    status, _, body = http(server.base, "SQ/slow.js")
    assert status == 500, body
    assert "CPU budget of 2s exceeded" in body and "SQ/slow.js:4:" in body, body
    assert http(server.base, "hello.js")[2] == "hello"


def test_query_row_cap(server):
    body = run(server, "SQ/rows.js", """
        var db = sqlite.open("tmp:/rows.sqlite");
        try { db.query("WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c LIMIT 100001) SELECT x FROM c"); sendResp("all"); }
        catch (e) { sendResp(e.message + " / " + db.query("WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c LIMIT 100000) SELECT count(*) AS n FROM c")[0].n); }
    """)
    assert body == "query returned more than 100000 rows / 100000"
