"""The admin listener: health, readiness while draining, bearer token,
never on the public port; the running-scripts list and force-stop."""

import asyncio
import json
import signal
import subprocess
import sys
import time

from tests.server.client import connect, recv, run, url
from tests.server.conftest import REPO
from tests.server.opsserver import OpsServer

SCRIPTS = {
    "ok.js": 'sendResp("fine");',
    "slow.js": 'delay(3000);\nsendResp("late");\n',
    "echo.js": ('requirelib("websocket");\nwebsocket.upgrade(30);\n'
                'while (true) { var m = websocket.read(); if (m === false) break; websocket.send("e:" + m); }\n'),
}
ADMIN_PATHS = ("/healthz", "/readyz", "/metrics", "/system/ajgi/scripts")


def test_health_and_ready(tmp_path):
    srv = OpsServer(tmp_path, SCRIPTS)
    try:
        assert srv.get(srv.admin + "/healthz") == (200, b"ok\n")
        assert srv.get(srv.admin + "/readyz") == (200, b"ready\n")
    finally:
        srv.stop()


def test_admin_routes_are_not_on_the_public_port(tmp_path):
    srv = OpsServer(tmp_path, SCRIPTS)
    try:
        for path in ADMIN_PATHS:
            status, body = srv.get(srv.base + path)
            assert status == 404, (path, status)
            assert b"ajgi_" not in body and b"scripts" not in body
        status, _ = srv.get(srv.base + "/system/ajgi/scripts/x/stop", data=b"", method="POST")
        assert status in (404, 405)
    finally:
        srv.stop()


def test_not_ready_while_draining(tmp_path):
    """After SIGTERM /readyz answers 503 while a script still finishes;
    /healthz stays 200 (the process is alive)."""
    srv = OpsServer(tmp_path, SCRIPTS, "--shutdown-grace", "10")
    try:
        async def scenario():
            loop = asyncio.get_running_loop()
            slow = loop.run_in_executor(None, srv.get, url(srv.base, "slow.js"))
            deadline = time.time() + 15
            while not srv.scripts() and time.time() < deadline:
                await asyncio.sleep(0.05)
            srv.proc.send_signal(signal.SIGTERM)
            seen = None
            while time.time() < deadline:
                seen = await loop.run_in_executor(None, srv.get, srv.admin + "/readyz")
                if seen[0] == 503:
                    break
                await asyncio.sleep(0.05)
            assert seen == (503, b"draining\n")
            assert (await loop.run_in_executor(None, srv.get, srv.admin + "/healthz"))[0] == 200
            assert await slow == (200, b"late")  # the drain lets it finish

        run(scenario())
        assert srv.proc.wait(20) == 0
    finally:
        srv.stop()


def test_token_required_when_set(tmp_path):
    srv = OpsServer(tmp_path, SCRIPTS, wait=False, env={"AJGI_ADMIN_TOKEN": "s3cret"})
    good = {"Authorization": "Bearer s3cret"}
    try:
        srv.wait_ready(headers=good)
        for path in ADMIN_PATHS:
            assert srv.get(srv.admin + path)[0] == 401, path
            assert srv.get(srv.admin + path, headers={"Authorization": "Bearer wrong"})[0] == 401
            assert srv.get(srv.admin + path, headers=good)[0] == 200, path
        assert srv.get(srv.admin + "/system/ajgi/scripts/nope/stop", data=b"", method="POST")[0] == 401
        assert "s3cret" not in srv.log()
    finally:
        srv.stop()


def test_non_loopback_admin_needs_a_token(tmp_path):
    root = tmp_path / "web"
    root.mkdir()
    r = subprocess.run([sys.executable, "-m", "ajgi_tx", "serve", "--root", str(root), "--port", "0",
                        "--admin-port", "9", "--admin-host", "0.0.0.0"],
                       capture_output=True, text=True, cwd=REPO, timeout=60,
                       env={"PYTHONPATH": REPO, "PATH": "/usr/bin:/bin"})
    assert r.returncode == 2
    lines = r.stderr.strip().splitlines()
    assert len(lines) == 1 and "--admin-token" in lines[0] and "Traceback" not in r.stderr


def test_any_interface_with_token_refuses_without_it(tmp_path):
    srv = OpsServer(tmp_path, SCRIPTS, "--admin-token", "tok", admin_host="0.0.0.0", wait=False)
    try:
        srv.wait_ready(headers={"Authorization": "Bearer tok"})
        assert srv.get(srv.admin + "/metrics")[0] == 401
        assert srv.get(srv.admin + "/healthz")[0] == 401
    finally:
        srv.stop()


def test_list_and_force_stop_a_live_websocket(tmp_path):
    srv = OpsServer(tmp_path, SCRIPTS)
    try:
        async def scenario():
            loop = asyncio.get_running_loop()
            c = await connect(srv.base, "echo.js")
            for m in ("a", "b"):
                c.write_message(m)
                assert await recv(c) == "e:" + m
            listed = await loop.run_in_executor(None, srv.scripts)
            assert len(listed) == 1
            s = listed[0]
            assert s["script"] == "echo.js" and s["kind"] == "websocket" and s["user"] == "admin"
            assert s["client"] == "127.0.0.1" and s["frames_in"] == 2 and s["frames_out"] == 2
            assert s["cpu_seconds"] >= 0 and s["started"] <= time.time() and s["worker"] == srv.proc.pid
            status, body = await loop.run_in_executor(
                None, lambda: srv.get(srv.admin + "/system/ajgi/scripts/%s/stop?by=alice" % s["id"],
                                      data=b"", method="POST"))
            assert status == 200 and json.loads(body) == {"stopped": s["id"], "close_code": 4000}
            assert await recv(c) is None
            assert c.close_code == 4000 and c.close_reason == "stopped by administrator"
            return s["id"]

        rid = run(scenario())
        deadline = time.time() + 10
        while srv.scripts() and time.time() < deadline:
            time.sleep(0.05)
        assert srv.scripts() == []
        log = srv.log()
        assert "[AGI][%s] echo.js: script force-stopped by admin client 127.0.0.1 (operator alice)" % rid in log
        assert "websocket session ended: close code 4000" in log
        status, _ = srv.get(srv.admin + "/system/ajgi/scripts/%s/stop" % rid, data=b"", method="POST")
        assert status == 404  # gone
        assert srv.get(url(srv.base, "ok.js")) == (200, b"fine")  # still serving
    finally:
        srv.stop()


def test_force_stop_of_an_http_script_answers_503(tmp_path):
    srv = OpsServer(tmp_path, SCRIPTS)
    try:
        async def scenario():
            loop = asyncio.get_running_loop()
            slow = loop.run_in_executor(None, srv.get, url(srv.base, "slow.js"))
            deadline = time.time() + 15
            listed = []
            while not listed and time.time() < deadline:
                listed = await loop.run_in_executor(None, srv.scripts)
            assert listed[0]["kind"] == "http"
            status, _ = await loop.run_in_executor(
                None, lambda: srv.get(srv.admin + "/system/ajgi/scripts/%s/stop" % listed[0]["id"],
                                      data=b"", method="POST"))
            assert status == 200
            status, body = await slow
            assert status == 503 and b"stopped by administrator" in body

        run(scenario())
    finally:
        srv.stop()


def test_list_and_stop_across_two_workers(tmp_path):
    """With --workers 2 any worker's admin listener lists every worker's
    runs and stops any of them (the websocket closed 4000)."""
    srv = OpsServer(tmp_path, SCRIPTS, "--workers", "2")
    try:
        async def scenario():
            loop = asyncio.get_running_loop()
            conns = [await connect(srv.base, "echo.js") for _ in range(6)]
            for i, c in enumerate(conns):
                c.write_message("m%d" % i)
                assert await recv(c) == "e:m%d" % i
            deadline = time.time() + 15
            listed = []
            while time.time() < deadline:
                listed = await loop.run_in_executor(None, srv.scripts)
                if len(listed) == 6:
                    break
                await asyncio.sleep(0.1)
            assert len(listed) == 6, listed
            assert len({s["id"] for s in listed}) == 6
            workers = {s["worker"] for s in listed}
            for s in listed:
                status, _ = await loop.run_in_executor(
                    None, lambda: srv.get(srv.admin + "/system/ajgi/scripts/%s/stop" % s["id"],
                                          data=b"", method="POST"))
                assert status in (200, 202), status
            for c in conns:
                assert await recv(c, timeout=20) is None
                assert c.close_code == 4000
            return workers

        workers = run(scenario(), timeout=90)
        assert len(workers) >= 1
        from ajgi_tx.run_share import INTERVAL_S
        deadline = time.time() + 10
        while srv.scripts() and time.time() < deadline:
            time.sleep(0.1)
        time.sleep(3 * INTERVAL_S)  # other workers' published lists are up to INTERVAL_S old
        for _ in range(4):  # whichever worker answers
            assert srv.scripts() == []
    finally:
        srv.stop()
