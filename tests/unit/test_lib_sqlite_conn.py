"""runtime/agi/sqlite_conn.py in one process: the statement CPU limit, an
interrupt from another thread, the close that waits for a running
statement, the room a quota leaves a database, and the cancel hook of
``off_loop`` that interrupts a statement."""

import asyncio
import os
import sqlite3
import threading
import time

import pytest

from runtime.agi import fairness, sqlite_conn
from runtime.agi.offload import off_loop
from runtime.agi.quota import Quota

RUNAWAY = "WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c) SELECT count(*) FROM c"


def _conn(tmp_path, room=None, name="a.sqlite"):
    c = sqlite_conn.Connection(str(tmp_path / name), room)
    c.open()
    return c


def _start(fn, *args):
    """Runs ``fn(*args)`` in a thread; returns (thread, [result or exception])."""
    out = []

    def go():
        try:
            out.append(fn(*args))
        except BaseException as e:  # noqa: B902 - the test looks at it
            out.append(e)
    t = threading.Thread(target=go)
    t.start()
    return t, out


def _wait_running(conn, timeout=10):
    deadline = time.monotonic() + timeout
    while not conn.running and time.monotonic() < deadline:
        time.sleep(0.005)
    assert conn.running


def test_a_statement_stops_at_its_cpu_limit(tmp_path):
    c = _conn(tmp_path)
    t0 = time.thread_time()
    with pytest.raises(sqlite_conn.CpuLimit):
        c.run(RUNAWAY, [], 0.2)
    assert time.thread_time() - t0 < 5  # stopped, not run to some other end
    assert c.run("SELECT 41 + 1", [], 1.0).rows == [(42,)]  # the connection still works


def test_an_interrupt_from_another_thread_stops_the_statement(tmp_path):
    c = _conn(tmp_path)
    t, out = _start(c.run, RUNAWAY, [], 60.0)
    _wait_running(c)
    c.interrupt()
    t.join(10)
    assert not t.is_alive()
    assert isinstance(out[0], sqlite3.OperationalError) and str(out[0]) == "interrupted"


def test_close_soon_interrupts_and_closes_after_the_statement(tmp_path):
    c = _conn(tmp_path)
    c.run("CREATE TABLE t (v)", [], 1.0)
    c.run("BEGIN IMMEDIATE", [], 1.0)
    c.run("INSERT INTO t VALUES (1)", [], 1.0)
    t, out = _start(c.run, RUNAWAY, [], 60.0)
    _wait_running(c)
    sqlite_conn.close_soon(c)
    t.join(10)
    assert not t.is_alive() and isinstance(out[0], sqlite3.OperationalError)
    deadline = time.monotonic() + 10
    while c.db is not None and time.monotonic() < deadline:
        time.sleep(0.01)
    with pytest.raises(sqlite_conn.Closed):
        c.run("SELECT 1", [], 1.0)
    # the open transaction was rolled back, the write lock released
    other = sqlite3.connect(str(tmp_path / "a.sqlite"), timeout=0.1)
    other.execute("INSERT INTO t VALUES (2)")
    other.commit()
    assert other.execute("SELECT v FROM t").fetchall() == [(2,)]


def test_the_room_of_a_database_excludes_its_own_files_inside_the_counted_folder(tmp_path):
    folder = tmp_path / "user"
    folder.mkdir()
    (folder / "other.bin").write_bytes(b"x" * 1000)
    quota = Quota(10000, os.path.realpath(str(folder)))
    inside = str(folder / "db.sqlite")
    for suffix, size in (("", 3000), ("-wal", 500), ("-shm", 200)):
        with open(inside + suffix, "wb") as f:
            f.write(b"d" * size)
    room = sqlite_conn.DatabaseRoom(quota, inside)
    assert room.bytes_for_database() == 10000 - 1000
    elsewhere = str(tmp_path / "tmp.sqlite")
    assert sqlite_conn.DatabaseRoom(quota, elsewhere).bytes_for_database() == 10000 - 1000 - 3700
    # measured again once RECOUNT_SECONDS have passed, not at every statement
    (folder / "more.bin").write_bytes(b"x" * 2000)
    assert room.bytes_for_database() == 10000 - 1000
    room._measured -= room.RECOUNT_SECONDS
    assert room.bytes_for_database() == 10000 - 3000


def test_growth_past_the_room_is_refused_and_rolled_back(tmp_path):
    folder = tmp_path / "user"
    folder.mkdir()
    path = str(folder / "db.sqlite")
    c = sqlite_conn.Connection(path, sqlite_conn.DatabaseRoom(Quota(40000, os.path.realpath(str(folder))), path))
    c.open()
    c.run("CREATE TABLE t (v)", [], 1.0)
    n = 0
    with pytest.raises(sqlite_conn.QuotaReached):
        for n in range(1000):
            c.run("INSERT INTO t VALUES (?)", ["x" * 1000], 1.0)
    assert c.run("SELECT count(*) FROM t", [], 1.0).rows == [(n,)]
    assert c.run("PRAGMA integrity_check", [], 1.0).rows == [("ok",)]
    c.close()
    assert os.path.getsize(path) < 40000


def test_a_cancelled_script_interrupts_its_statement_through_off_loop(tmp_path):
    """The script's task is cancelled while it waits for the statement:
    ``on_cancel`` (the connection's interrupt) stops the thread's work."""
    fairness.install(0.01)
    c = _conn(tmp_path)
    out = []

    def script_body():
        try:
            off_loop(c.run, RUNAWAY, [], 60.0, executor=sqlite_conn.pool(), on_cancel=c.interrupt)
        except BaseException as e:  # noqa: B902
            out.append(type(e).__name__)
            raise

    async def script():
        return script_body()

    async def go():
        task = asyncio.ensure_future(fairness.ScriptRunner(script(), cpu_budget=60.0))
        while not c.running:
            await asyncio.sleep(0.005)
        task.cancel()
        with pytest.raises(asyncio.CancelledError):
            await task
    asyncio.run(asyncio.wait_for(go(), 30))
    assert out == ["CancelledError"]
    deadline = time.monotonic() + 10
    while c.running and time.monotonic() < deadline:
        time.sleep(0.01)
    assert not c.running  # interrupted: it would run for minutes otherwise


def test_a_run_closes_what_it_left_open_even_when_it_fails(tmp_path, caplog):
    """run_script calls the context's end hooks whatever the outcome; one
    hook failing is logged and the others still run: here the script throws
    with a database left inside a transaction, and the database is free
    afterwards."""
    from ajgi_tx.compiler import compile_source
    from ajgi_tx.config import ServerConfig
    from ajgi_tx.execution import run_script
    from runtime.agi.context import RequestData, ScriptContext

    fairness.install(0.01)
    config = ServerConfig(root=str(tmp_path), data_dir=str(tmp_path / "data"), username="alice")
    source = ('requirelib("sqlite"); var db = sqlite.open("tmp:/end.sqlite");\n'
              'db.exec("CREATE TABLE IF NOT EXISTS t (v)"); db.exec("BEGIN IMMEDIATE");\n'
              'db.exec("INSERT INTO t VALUES (1)"); throw new Error("left in a transaction");\n')
    ctx = ScriptContext(config, str(tmp_path / "end.js"), "end.js", RequestData("GET"))
    ctx.create_realm()
    calls = []
    ctx.at_end(lambda: 1 / 0)
    ctx.at_end(lambda: calls.append("second"))
    kind, err = asyncio.run(run_script(ctx, compile_source(source, "end.js"), 10.0))
    assert (kind, err[1]) == ("error", "Error: left in a transaction")
    assert calls == ["second"]
    assert "releasing the run's resources failed" in caplog.text
    path = tmp_path / "data" / "tmp" / "alice" / "end.sqlite"
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline:  # the closer thread closes it
        try:
            db = sqlite3.connect(str(path), timeout=0.05)
            db.execute("INSERT INTO t VALUES (2)")
            db.commit()
            break
        except sqlite3.OperationalError:
            time.sleep(0.05)
    assert db.execute("SELECT v FROM t").fetchall() == [(2,)]
