"""``sqlite`` statements run in threads while the script waits
(runtime/agi/sqlite_conn.py): other requests are answered during a long
statement, the statement cap and the CPU budget still stop it, a script
whose client left interrupts its statement, and what a script leaves open
is closed with its run (no thread or descriptor left behind)."""

import os
import socket
import time

import pytest

from runtime.agi.lib_sqlite import MAX_OPEN
from runtime.agi.sqlite_conn import SQLITE_THREADS
from tests.server.client import IFACE, http, poll_while
from tests.server.conftest import _make

COUNT = "WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c%s) SELECT count(*) AS n FROM c"
RUNAWAY = COUNT % ""


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    """A 3 s CPU budget: more than one statement's cap (2 s), less than two."""
    s = _make(tmp_path_factory, "sqlite-threads", cpu_budget=3.0, username="alice")
    yield s
    s.stop()


def _proc(site, what):
    """Threads of the server process, or its open descriptors."""
    if what == "fds":
        return len(os.listdir("/proc/%d/fd" % site.proc.pid))
    with open("/proc/%d/status" % site.proc.pid) as f:
        return int(next(line for line in f if line.startswith("Threads:")).split()[1])


def test_a_slow_statement_does_not_hold_other_requests(site):
    name = site.script("SQ/count.js", 'requirelib("sqlite");\n'
                       'var db = sqlite.open("tmp:/count.sqlite");\n'
                       'sendResp("n=" + db.queryRow(%r).n);' % (COUNT % " LIMIT 1500000"))
    took, latencies = poll_while(site.base, name, "n=1500000")
    print("statement %.2f s, %d polls, max %.0f ms" % (took, len(latencies), latencies[-1] * 1000))
    assert len(latencies) >= 5
    # on the loop, one poll would have waited for the whole statement
    assert latencies[-1] < 0.5 * took


def test_a_runaway_statement_is_stopped_by_the_cap(site):
    site.script("SQ/slow.js", """requirelib("sqlite");
        var db = sqlite.open("tmp:/slow.sqlite");
        try { db.query(%r); sendResp("finished"); }
        catch (e) { sendResp(e.name + ": " + e.message); }
    """ % RUNAWAY)
    status, _, body = http(site.base, "SQ/slow.js")
    assert (status, body) == (200, "SQLiteError: statement used more than 2 s of CPU")


def test_the_statements_cpu_is_charged_to_the_script(site):
    """The first runaway uses its 2 s cap (caught); the second has the 1 s
    of budget left: the budget error, at the second statement's place.
    Uncharged, the second would be the catchable cap error again."""
    site.script("SQ/twice.js", """requirelib("sqlite");
        var db = sqlite.open("tmp:/twice.sqlite"), out = [];
        for (var i = 0; i < 2; i++) {
            try { db.query(%r); } catch (e) { out.push(e.message); }
        }
        sendResp(JSON.stringify(out));
    """ % RUNAWAY)
    status, _, body = http(site.base, "SQ/twice.js")
    assert status == 500, body
    assert "CPU budget of 3s exceeded" in body and "SQ/twice.js:4:" in body, body


def test_a_client_leaving_interrupts_the_statement_and_rolls_back(site):
    """The script holds the write lock (a transaction) and runs a runaway
    statement; its client leaves. The statement is interrupted and the
    connection closed at once: another script writes to the same database
    within its 0.1 s lock wait, and the cancelled transaction left nothing.
    Left running, the statement would hold the lock for its 2 s of CPU."""
    site.script("SQ/setup.js", 'requirelib("sqlite");\nvar db = sqlite.open("tmp:/cancel.sqlite");\n'
                'db.exec("CREATE TABLE IF NOT EXISTS t (v TEXT)"); db.exec("DELETE FROM t"); sendResp("ok");')
    assert http(site.base, "SQ/setup.js")[2] == "ok"
    hold = site.script("SQ/hold.js", """requirelib("sqlite");
        var db = sqlite.open("tmp:/cancel.sqlite");
        db.exec("BEGIN IMMEDIATE");
        db.exec("INSERT INTO t VALUES ('cancelled')");
        db.query(%r);
        sendResp("finished");
    """ % RUNAWAY)
    site.script("SQ/write.js", 'requirelib("sqlite");\nvar db = sqlite.open("tmp:/cancel.sqlite");\n'
                'try { db.exec("INSERT INTO t VALUES (\'after\')"); }'
                ' catch (e) { sendResp(e.message); exit(); }\n'
                'sendResp(JSON.stringify(db.query("SELECT v FROM t")));')
    port = int(site.base.rsplit(":", 1)[1])
    sock = socket.create_connection(("127.0.0.1", port), timeout=10)
    sock.sendall(("GET %s%s HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n" % (IFACE, hold)).encode())
    time.sleep(0.6)  # the statement is running (its lock taken)
    sock.close()
    assert site.wait_log("SQ/hold.js: client disconnected - script cancelled", timeout=10)
    assert http(site.base, "SQ/write.js")[2] == '[{"v":"after"}]'


def test_connections_left_open_are_closed_with_the_run(site):
    """50 runs each leave three databases open, one inside a transaction:
    every connection is closed when its run ends (the descriptors come back),
    the statement threads stay a bounded pool, and the database the runs left
    in a transaction takes writes."""
    name = site.script("SQ/leave.js", """requirelib("sqlite");
        var a = sqlite.open("tmp:/leave/a.sqlite"), b = sqlite.open("tmp:/leave/b.sqlite"),
            c = sqlite.open("user:/leave/c.sqlite");
        a.exec("CREATE TABLE IF NOT EXISTS t (v INTEGER)");
        a.exec("BEGIN IMMEDIATE"); a.exec("INSERT INTO t VALUES (1)");
        b.query("SELECT 1"); c.exec("CREATE TABLE IF NOT EXISTS u (v INTEGER)");
        sendResp("left");
    """)
    assert http(site.base, name)[2] == "left"  # warm: pools started, script compiled
    time.sleep(0.5)
    threads0, fds0 = _proc(site, "threads"), _proc(site, "fds")
    for _ in range(50):
        assert http(site.base, name)[2] == "left"
    deadline = time.monotonic() + 10
    while _proc(site, "fds") > fds0 + 4 and time.monotonic() < deadline:
        time.sleep(0.1)
    threads, fds = _proc(site, "threads"), _proc(site, "fds")
    print("threads %d -> %d, descriptors %d -> %d" % (threads0, threads, fds0, fds))
    assert fds <= fds0 + 4  # left open: 50 x 3 connections, 1-3 descriptors each
    assert threads <= threads0 + SQLITE_THREADS
    site.script("SQ/count_a.js", 'requirelib("sqlite");\nvar db = sqlite.open("tmp:/leave/a.sqlite");\n'
                'db.exec("INSERT INTO t VALUES (2)");\n'
                'sendResp(JSON.stringify(db.query("SELECT v, count(*) AS n FROM t GROUP BY v")));')
    assert http(site.base, "SQ/count_a.js")[2] == '[{"v":2,"n":1}]'


def test_a_script_has_a_bounded_number_of_open_databases(site):
    site.script("SQ/many.js", """requirelib("sqlite");
        var dbs = [], err;
        try { for (var i = 0; i < 100; i++) dbs.push(sqlite.open("tmp:/many/" + i + ".sqlite")); }
        catch (e) { err = e.name + ": " + e.message; }
        dbs[0].close();
        var again = sqlite.open("tmp:/many/again.sqlite").query("SELECT 7 AS n")[0].n;
        sendResp(JSON.stringify([dbs.length, err, again]))
    """)
    status, _, body = http(site.base, "SQ/many.js")
    assert status == 200, body
    assert body == '[%d,"SQLiteError: too many open databases (%d at once); close one first",7]' % (
        MAX_OPEN, MAX_OPEN)


def test_an_uncaught_error_from_the_thread_names_the_script_line(site):
    """The statement failed in a statement thread; the error is thrown on
    the loop thread, at the script's call."""
    site.script("SQ/uncaught.js", 'requirelib("sqlite");\nvar db = sqlite.open("tmp:/u.sqlite");\n'
                '  db.exec("NOT SQL");\n')
    status, _, body = http(site.base, "SQ/uncaught.js")
    assert status == 500
    assert body.endswith('SQLiteError: near "NOT": syntax error'), body
    assert site.wait_log('SQ/uncaught.js:3:3 SQLiteError: near "NOT": syntax error\n'
                         'SQLiteError: near "NOT": syntax error\n    at SQ/uncaught.js:3:3')
    assert "Traceback" not in site.log()
