"""``sqlite`` databases grow only as far as the user's storage quota lets
them (ArozOS does not check): a statement or transaction that would cross
it throws SQLiteError "Storage Quota Fulled" and is rolled back, the
database stays consistent, and the file stays under the quota."""

import json
import os
import sqlite3

import pytest

from tests.server.client import http
from tests.server.conftest import make_quota_site

QUOTA = 200000
ROW = 2000  # bytes of text per row

@pytest.fixture(scope="module")
def site(tmp_path_factory):
    s = make_quota_site(tmp_path_factory, "sqlite-quota", QUOTA, cpu_budget=10.0)
    yield s
    s.stop()


@pytest.fixture
def carol(site):
    """carol's user:/ and tmp:/ folders, emptied before each test."""
    for root in ("users", "tmp"):
        folder = os.path.join(site.cfg["data_dir"], root, "carol")
        os.makedirs(folder, exist_ok=True)
        for dirpath, dirnames, filenames in os.walk(folder, topdown=False):
            for n in filenames:
                # the server closes a finished run's connections in a thread
                # after the response: its -wal/-shm files may go meanwhile
                try:
                    os.remove(os.path.join(dirpath, n))
                except FileNotFoundError:
                    pass
            for n in dirnames:
                os.rmdir(os.path.join(dirpath, n))
    return os.path.join(site.cfg["data_dir"], "users", "carol")


def run(site, source, user="carol"):
    site.script("sq.js", 'requirelib("sqlite"); requirelib("filelib");\n'
                'var ROW = new Array(%d).join("x");\n' % (ROW + 1) + source)
    status, _, body = http(site.base, "sq.js", headers={"X-Remote-User": user})
    assert status == 200, body
    return json.loads(body)


FILL = """
    var db = sqlite.open(%s), n = 0, err = null;
    db.exec("CREATE TABLE IF NOT EXISTS t (v TEXT)");
    try { for (;;) { db.exec("INSERT INTO t VALUES (?)", [ROW]); n++; if (n > 1000) break; } }
    catch (e) { err = e.name + ": " + e.message; }
"""


def _check(path):
    """(integrity_check, rows) of the database file, read directly."""
    db = sqlite3.connect(path)
    try:
        return db.execute("PRAGMA integrity_check").fetchone()[0], db.execute("SELECT count(*) FROM t").fetchone()[0]
    finally:
        db.close()


def test_inserts_stop_at_the_quota_and_the_database_stays_consistent(site, carol):
    out = run(site, FILL % '"user:/db/fill.sqlite"' + """
    sendJSONResp([n, err, db.queryRow("SELECT count(*) AS c FROM t").c]);
    """)
    n, err, stored = out
    assert err == "SQLiteError: Storage Quota Fulled"
    assert stored == n  # the refused insert left nothing
    assert QUOTA // 2 < n * ROW < QUOTA
    path = os.path.join(carol, "db", "fill.sqlite")
    assert os.path.getsize(path) < QUOTA  # the run closed the connection: the log is folded in
    assert _check(path) == ("ok", n)


def test_a_transaction_crossing_the_quota_is_rolled_back_whole(site, carol):
    out = run(site, """
    var db = sqlite.open("user:/tx.sqlite"), err = null;
    db.exec("CREATE TABLE t (v TEXT)");
    for (var i = 0; i < 10; i++) db.exec("INSERT INTO t VALUES (?)", [ROW]);
    try {
        db.transaction(function (tx) { for (var i = 0; i < 1000; i++) tx.exec("INSERT INTO t VALUES (?)", [ROW]); });
    } catch (e) { err = e.name + ": " + e.message; }
    db.exec("INSERT INTO t VALUES ('still writable')");
    sendJSONResp([err, db.queryRow("SELECT count(*) AS c FROM t").c]);
    """)
    assert out == ["SQLiteError: Storage Quota Fulled", 11]
    assert _check(os.path.join(carol, "tx.sqlite")) == ("ok", 11)


def test_the_users_other_files_count(site, carol):
    """A 150 kB file leaves the database about 50 kB: a quarter of the rows."""
    out = run(site, """
    filelib.writeFile("user:/big.txt", new Array(150001).join("y"));
    """ + FILL % '"user:/other.sqlite"' + """
    sendJSONResp([n, err]);
    """)
    n, err = out
    assert err == "SQLiteError: Storage Quota Fulled"
    assert 0 <= n * ROW < QUOTA - 150000


def test_a_database_in_tmp_is_held_to_the_quota_too(site, carol):
    """As for filelib: whatever root a write goes to, it must fit in what
    the quota leaves."""
    n, err = run(site, FILL % '"tmp:/t.sqlite"' + "sendJSONResp([n, err]);")
    assert err == "SQLiteError: Storage Quota Fulled"
    assert n * ROW < QUOTA


def test_the_script_cannot_lift_the_cap_with_a_pragma(site, carol):
    n, err = run(site, """
    var d = sqlite.open("user:/p.sqlite");
    d.exec("PRAGMA max_page_count = 1000000");
    """ + FILL % '"user:/p.sqlite"' + "sendJSONResp([n, err]);")
    assert err == "SQLiteError: Storage Quota Fulled"
    assert n * ROW < QUOTA


def test_deleting_rows_makes_room_again(site, carol):
    """Whole pages freed (the older half of the rows) are reused: the file
    need not grow."""
    out = run(site, FILL % '"user:/again.sqlite"' + """
    var first = err; err = null;
    db.exec("DELETE FROM t WHERE rowid <= ?", [n / 2]);
    var m = 0;
    try { for (var i = 0; i < 10; i++) { db.exec("INSERT INTO t VALUES (?)", [ROW]); m++; } }
    catch (e) { err = e.message; }
    sendJSONResp([first, m, err]);
    """)
    assert out == ["SQLiteError: Storage Quota Fulled", 10, None]


def test_a_user_without_a_quota_is_not_capped(site):
    n, err = run(site, FILL % '"user:/free.sqlite"' + "sendJSONResp([n, err]);", user="alice")
    assert (n, err) == (1001, None)


def test_the_write_ahead_log_stays_small_under_a_small_quota(site, carol):
    """200 small commits append some 800 kB of log frames; checkpointed
    early (a quarter of the room), the log stays small, so while the
    database is open the user's other writes still fit."""
    out = run(site, """
    var db = sqlite.open("user:/wal.sqlite");
    db.exec("CREATE TABLE t (v TEXT)");
    for (var i = 0; i < 200; i++) db.exec("INSERT INTO t VALUES (?)", [ROW.substring(0, 100)]);
    sendJSONResp([filelib.writeFile("user:/after.txt", new Array(20001).join("z")),
                  db.queryRow("SELECT count(*) AS c FROM t").c]);
    """)
    assert out == [True, 200]
