"""``serve --workers N``, supervision, drain and ``--loop`` with real
processes (``python -m ajgi_tx serve`` on 127.0.0.1) and real clients."""

import asyncio
import json
import multiprocessing
import os
import re
import shutil
import signal
import socket
import sqlite3
import subprocess
import sys
import time

import pytest

from tests.helpers import free_port
from tests.server.client import connect, form, http, recv, run
from tests.server.external import REPO, Serve

EXAMPLES = os.path.join(REPO, "examples", "web")

# Each connection sends its id first; the script records it in the DB
# before it answers, then echoes until the peer goes.
KILL_SCRIPT = """
requirelib("websocket");
if (websocket.upgrade(30)) {
    newDBTableIfNotExists("kill");
    var id = websocket.read();
    writeDBItem("kill", id, "before");
    console.log("conn " + id);
    websocket.send("ready " + id);
    while (true) {
        var m = websocket.read();
        if (m === false) break;
        if (m === null) continue;
        websocket.send("echo " + m);
    }
}
"""

LIST_SCRIPT = 'sendJSONResp(JSON.stringify(listDBTable(table)));'  # POST table=NAME

DRAIN_WS = """
requirelib("websocket");
if (websocket.upgrade(30)) {
    var id = websocket.read();
    console.log("conn " + id);
    websocket.send("ready " + id);
    while (websocket.read() !== false) {}
    newDBTableIfNotExists("drain");
    writeDBItem("drain", id, "closed cleanly");
}
"""


def _root(tmp_path):
    root = str(tmp_path / "web")
    shutil.copytree(EXAMPLES, root)
    return root


def _serve(tmp_path, *args, workers=2, **kw):
    root = _root(tmp_path)
    data = str(tmp_path / "data")
    return Serve(root, str(tmp_path / "server.log"),
                 ["--workers", str(workers), "--data-dir", data] + list(args), workers=workers, **kw)


async def _wait_log(srv, pattern, count=1, timeout=15.0):
    deadline = time.time() + timeout
    while time.time() < deadline:
        if len(re.findall(pattern, srv.log())) >= count:
            return True
        await asyncio.sleep(0.05)
    return False


async def _open(srv, script, ids):
    """Connections that each sent their id and got "ready ID" back."""
    conns = []
    for i in ids:
        ws = await connect(srv.base, script)
        await ws.write_message(i)
        assert await recv(ws) == "ready " + i
        conns.append(ws)
    return conns


def _conn_pids(srv):
    """{connection id: pid of the worker running it} from the log."""
    return {m.group(2): int(m.group(1)) for m in re.finditer(r"\[(\d+)\] .*conn (c\d+)", srv.log())}


@pytest.fixture(scope="module")
def pair(tmp_path_factory):
    s = _serve(tmp_path_factory.mktemp("workers"), "--shutdown-grace", "2")
    s.script("kill.js", KILL_SCRIPT)
    s.script("list.js", LIST_SCRIPT)
    yield s
    s.stop()


def test_two_workers_share_the_port_and_both_serve(pair):
    pids = pair.worker_pids()
    assert len(set(pids)) == 2 and pair.pid not in pids
    ids = ["s%d" % i for i in range(24)]

    async def go():
        conns = await _open(pair, "kill.js", ids)
        assert await _wait_log(pair, r"conn s\d+", len(ids))
        for ws in conns:
            ws.close()

    run(go())
    served = {int(p) for p in re.findall(r"\[(\d+)\] .*conn s\d+", pair.log())}
    # SO_REUSEPORT hashes connections over the workers: 24 all on one worker
    # would happen with probability 2**-23.
    assert served == set(pids)
    assert http(pair.base, "hello.js")[2] == "hello"


def test_a_killed_worker_drops_only_its_clients_and_comes_back(pair):
    ids = ["c%d" % i for i in range(16)]

    async def go():
        conns = dict(zip(ids, await _open(pair, "kill.js", ids)))
        assert await _wait_log(pair, r"conn c\d+", len(ids))
        owner = _conn_pids(pair)
        victim = owner["c0"]
        assert victim in pair.worker_pids()
        os.kill(victim, signal.SIGKILL)
        dropped, alive = [], []
        for i, ws in conns.items():
            if owner[i] == victim:
                assert await recv(ws) is None  # the connection dropped
                dropped.append(i)
            else:
                await ws.write_message("after " + i)
                assert await recv(ws) == "echo after " + i
                alive.append(i)
        assert dropped and alive
        assert await _wait_log(pair, r"worker \d \(pid %d\) was killed by SIGKILL; restarting" % victim)
        assert await _wait_log(pair, r"worker \d \(pid \d+\) serving", 3)
        # the survivors still echo; new clients are served (by either worker)
        for i in alive:
            await conns[i].write_message("again")
            assert await recv(conns[i]) == "echo again"
        fresh = await _open(pair, "kill.js", ["n%d" % i for i in range(8)])
        for ws in list(conns.values()) + fresh:
            ws.close()
        return victim

    victim = run(go())
    assert victim not in pair.worker_pids()[-1:]
    st, _, body = form(pair.base, "list.js", {"table": "kill"})
    table = json.loads(body)
    assert st == 200
    assert all(table.get(i) == "before" for i in ids)  # nothing written before the kill is lost


def test_a_worker_dying_right_after_its_start_is_restarted_after_a_pause(tmp_path):
    """A worker that cannot stay up must not make the supervisor fork in a
    tight loop: one that dies within RESTART_WINDOW_S of its start is
    restarted only after RESTART_BACKOFF_S."""
    from ajgi_tx.workers import RESTART_BACKOFF_S

    srv = _serve(tmp_path)
    try:
        first = srv.worker_pids()[0]
        os.kill(first, signal.SIGKILL)
        assert srv.wait_log(r"worker \d \(pid \d+\) serving", 3, timeout=20)
        young = srv.worker_pids()[2]
        os.kill(young, signal.SIGKILL)  # well within RESTART_WINDOW_S of its start
        assert srv.wait_log(r"worker \d \(pid \d+\) serving", 4, timeout=20)
        lines = srv.log().splitlines()
        killed = [_stamp(l) for l in lines if "(pid %d) was killed" % young in l]
        serving = [_stamp(l) for l in lines if re.search(r"worker \d \(pid \d+\) serving", l)]
        stamps = {"killed": killed[0], "back": serving[3]}
        assert stamps["back"] - stamps["killed"] >= RESTART_BACKOFF_S * 0.9
        assert http(srv.base, "hello.js")[2] == "hello"
    finally:
        srv.stop()


def _stamp(line):
    """Seconds of a log line's ``HH:MM:SS,mmm`` time."""
    h, m, rest = line.split()[1].split(":")
    sec, ms = rest.split(",")
    return int(h) * 3600 + int(m) * 60 + int(sec) + int(ms) / 1000.0


@pytest.mark.parametrize("workers, sig", [(1, signal.SIGTERM), (2, signal.SIGTERM), (2, signal.SIGINT)])
def test_sigterm_drains_closes_websockets_1001_and_exits_0(tmp_path, workers, sig):
    srv = _serve(tmp_path, "--shutdown-grace", "1.5", workers=workers)
    try:
        srv.script("drain.js", DRAIN_WS)
        srv.script("slow.js", "console.log('slow started'); delay(1000); sendResp('slow done');")
        srv.script("stuck.js", "console.log('stuck started'); while (true) delay(50);")
        ids = ["d%d" % i for i in range(6)]

        async def go():
            loop = asyncio.get_running_loop()
            conns = await _open(srv, "drain.js", ids)
            slow = loop.run_in_executor(None, http, srv.base, "slow.js")
            stuck = loop.run_in_executor(None, http, srv.base, "stuck.js")
            assert await _wait_log(srv, r"slow started") and await _wait_log(srv, r"stuck started")
            t0 = time.time()
            srv.signal(sig)
            codes = []
            for ws in conns:
                assert await recv(ws) is None
                codes.append(ws.close_code)
            assert codes == [1001] * len(ids)
            assert (await slow)[0::2] == (200, "slow done")  # finished within the grace period
            try:
                await asyncio.wait_for(stuck, 15)  # cancelled after the grace period
            except Exception:
                pass
            return time.time() - t0

        elapsed = run(go())
        assert srv.proc.wait(20) == 0
        assert elapsed < 12
        log = srv.log()
        assert "draining: " in log and "cancelled" in log
        con = sqlite3.connect(os.path.join(str(tmp_path / "data"), "agi.sqlite3"))
        rows = dict(con.execute("SELECT key, value FROM agi_items WHERE tbl='drain'").fetchall())
        con.close()
        assert rows == {i: '"closed cleanly"' for i in ids}
    finally:
        srv.stop()


def test_a_worker_that_does_not_stop_is_killed_after_the_grace_period(tmp_path):
    """A worker that ignores SIGTERM (here: stopped with SIGSTOP) cannot
    keep the supervisor from exiting: it is killed KILL_AFTER_GRACE_S after
    the grace period."""
    from ajgi_tx.workers import KILL_AFTER_GRACE_S

    srv = _serve(tmp_path, "--shutdown-grace", "0.5")
    try:
        stuck = srv.worker_pids()[0]
        os.kill(stuck, signal.SIGSTOP)
        t0 = time.time()
        srv.signal(signal.SIGTERM)
        assert srv.proc.wait(KILL_AFTER_GRACE_S + 20) == 0
        assert time.time() - t0 >= KILL_AFTER_GRACE_S
        assert "1 worker(s) still running after the grace period: killed" in srv.log()
        assert not _alive(stuck)
    finally:
        srv.stop()


def test_workers_of_a_killed_supervisor_drain_and_exit(tmp_path):
    srv = _serve(tmp_path, "--shutdown-grace", "1")
    try:
        pids = srv.worker_pids()
        srv.signal(signal.SIGKILL)
        srv.proc.wait(10)
        deadline = time.time() + 15
        while time.time() < deadline and any(_alive(p) for p in pids):
            time.sleep(0.05)
        assert not any(_alive(p) for p in pids), "workers outlived their supervisor"
        assert srv.log().count("draining: ") == 2
    finally:
        srv.stop()


def _alive(pid):
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    # a zombie (exited, not yet reaped by init) counts as gone
    try:
        with open("/proc/%d/stat" % pid) as f:
            return f.read().split(")")[-1].split()[0] != "Z"
    except FileNotFoundError:
        return False


# -- the compile cache shared by workers --------------------------------------------------

def _compile_in_child(root, path, cache_dir, barrier, out):
    from ajgi_tx import workers
    from ajgi_tx.config import ServerConfig
    from ajgi_tx.server import AGIServer

    server = AGIServer(ServerConfig(root=root, cache_dir=cache_dir))
    workers.serialize_compiles(server)
    barrier.wait()
    out.put(server.compile(path).status)


def test_a_new_script_is_compiled_once_by_concurrent_workers(tmp_path):
    """Two worker processes need the same new script at once: one compiles
    it, the other waits on the file lock and loads the cache entry."""
    root = str(tmp_path)
    path = os.path.join(root, "new.js")
    with open(path, "w") as f:
        f.write("var s = 0; for (var i = 0; i < 10; i++) { s += i; }\n" * 300 + "sendResp(s);")
    cache_dir = str(tmp_path / "cache")
    ctx = multiprocessing.get_context("fork")
    barrier, out = ctx.Barrier(3), ctx.Queue()
    procs = [ctx.Process(target=_compile_in_child, args=(root, path, cache_dir, barrier, out))
             for _ in range(3)]
    for p in procs:
        p.start()
    statuses = sorted(out.get(timeout=60) for _ in procs)
    for p in procs:
        p.join(10)
    assert statuses == ["cached", "cached", "compiled"]


def test_the_parent_precompiles_the_tree_before_forking(tmp_path):
    from ajgi_tx import workers
    from ajgi_tx.config import ServerConfig
    from ajgi_tx.server import AGIServer

    root = _root(tmp_path)
    with open(os.path.join(root, "broken.js"), "w") as f:
        f.write("var = ;")
    config = ServerConfig(root=root)
    ok, failed = workers.precompile(config)
    assert failed == 1 and ok >= 5
    server = AGIServer(config)
    assert server.compile(os.path.join(root, "hello.js")).status == "cached"


# -- --loop ----------------------------------------------------------------------------------

def test_loop_resolution():
    from ajgi_tx import loops

    assert loops.resolve("asyncio") == "asyncio"
    assert loops.resolve("uvloop") == "uvloop"  # uvloop is a dependency on Linux
    assert loops.resolve("auto") == "uvloop"
    with pytest.raises(ValueError):
        loops.resolve("tokio")
    assert loops.run(_kind(), "uvloop") == "uvloop"
    assert loops.run(_kind(), "asyncio") == "asyncio"


async def _kind():
    from ajgi_tx import loops

    return loops.running_kind()


@pytest.mark.parametrize("loop", ["asyncio", "uvloop"])
def test_a_server_on_each_loop_serves_http_websockets_and_the_db(tmp_path, loop):
    srv = _serve(tmp_path, "--loop", loop, workers=1)
    try:
        assert "(%s loop" % loop in srv.log()
        srv.script("kill.js", KILL_SCRIPT)
        srv.script("list.js", LIST_SCRIPT)

        async def go():
            conns = await _open(srv, "kill.js", ["c1", "c2"])
            for ws in conns:
                await ws.write_message("hi")
                assert await recv(ws) == "echo hi"
                ws.close()

        run(go())
        assert json.loads(form(srv.base, "list.js", {"table": "kill"})[2]) == {"c1": "before", "c2": "before"}
    finally:
        srv.stop()


# -- bad options -------------------------------------------------------------------------------

@pytest.mark.parametrize("args, message", [
    (["--workers", "-1"], "--workers must be 0"),
    (["--db", "mysql://x"], "--db must be sqlite:///PATH or redis://HOST:PORT/N"),
    (["--loop", "tokio"], "invalid choice: 'tokio'"),
    (["--workers", "2", "--port", "0"], "--workers needs a fixed --port"),
    (["--port", "PORT_IN_USE"], "cannot listen on 127.0.0.1:"),
])
def test_bad_scaling_options_exit_2_with_a_message(tmp_path, args, message):
    busy = socket.socket()
    busy.bind(("127.0.0.1", 0))
    busy.listen()
    args = [str(busy.getsockname()[1]) if a == "PORT_IN_USE" else a for a in args]
    try:
        r = subprocess.run([sys.executable, "-m", "ajgi_tx", "serve", "--root", str(tmp_path),
                            "--port", str(free_port())] + args, cwd=REPO, capture_output=True,
                           text=True, timeout=60, env=dict(os.environ, PYTHONPATH=REPO))
    finally:
        busy.close()
    assert r.returncode == 2
    assert message in r.stdout + r.stderr
    assert "Traceback" not in r.stdout + r.stderr


def test_workers_zero_means_one_per_core():
    from ajgi_tx.workers import worker_count

    assert worker_count(0) == len(os.sched_getaffinity(0))
    assert worker_count(3) == 3
