"""Server logs: ``--log-format json`` lines parsed back, one request id on
the access line and the script's own lines, a session-end line per
websocket, ``--no-access-log`` and ``--log-level``."""

import re
import json
import time

from tests.server.client import connect, recv, run, url
from tests.server.opsserver import OpsServer

SCRIPTS = {
    "ok.js": 'sendResp("fine");',
    "err.js": 'var o = null;\no.boom();\n',
    "echo.js": ('requirelib("websocket");\nwebsocket.upgrade(10);\n'
                'while (true) { var m = websocket.read(); if (m === false) break; websocket.send("e:" + m); }\n'),
}


def _json_lines(srv):
    out = []
    for line in srv.log().splitlines():
        out.append(json.loads(line))  # every line is one JSON object
    return out


def _wait_log(srv, text, timeout=10):
    deadline = time.time() + timeout
    while text not in srv.log() and time.time() < deadline:
        time.sleep(0.05)
    return text in srv.log()


def test_json_lines_carry_one_request_id(tmp_path):
    srv = OpsServer(tmp_path, SCRIPTS, "--log-format", "json")
    try:
        assert srv.get(url(srv.base, "err.js"))[0] == 500
        assert _wait_log(srv, '"status": 500')
        lines = _json_lines(srv)
        for rec in lines:
            assert set(rec) >= {"ts", "level", "logger", "msg", "request_id", "pid"}
        access = [r for r in lines if r["logger"] == "ajgi_tx.access" and "err.js" in r["msg"]]
        assert len(access) == 1 and access[0]["status"] == 500 and access[0]["request_id"]
        rid = access[0]["request_id"]
        script_lines = [r for r in lines if r["request_id"] == rid and r["logger"] != "ajgi_tx.access"]
        errors = [r for r in script_lines if r["level"] == "ERROR"]
        assert errors and "err.js:2:" in errors[0]["msg"] and "TypeError" in errors[0]["msg"]
        assert "Traceback" not in srv.log()
    finally:
        srv.stop()


def test_websocket_session_end_line(tmp_path):
    srv = OpsServer(tmp_path, SCRIPTS, "--log-format", "json")
    try:
        async def session():
            c = await connect(srv.base, "echo.js")
            for m in ("a", "b", "c"):
                c.write_message(m)
                assert await recv(c) == "e:" + m
            c.close(1000)
            assert await recv(c) is None

        run(session())
        assert _wait_log(srv, "websocket session ended")
        ends = [r for r in _json_lines(srv) if "websocket session ended" in r["msg"]]
        assert len(ends) == 1
        msg = ends[0]["msg"]
        assert "echo.js" in msg and "close code 1000" in msg and "frames in 3 out 3" in msg and "cpu " in msg
        assert ends[0]["request_id"] and ends[0]["request_id"] in msg
    finally:
        srv.stop()


def test_text_access_line_names_the_request_id(tmp_path):
    srv = OpsServer(tmp_path, SCRIPTS)
    try:
        assert srv.get(url(srv.base, "err.js"))[0] == 500
        assert _wait_log(srv, "500 GET")
        log = srv.log()
        access = [l for l in log.splitlines() if "500 GET /system/ajgi/interface?script=err.js" in l]
        assert len(access) == 1
        rid = access[0].split("[rid=")[1].split("]")[0]
        assert "[AGI][%s] err.js:2:" % rid in log
    finally:
        srv.stop()


def test_no_access_log_and_log_level(tmp_path):
    srv = OpsServer(tmp_path, SCRIPTS, "--no-access-log")
    try:
        assert srv.get(url(srv.base, "ok.js")) == (200, b"fine")
        assert srv.get(url(srv.base, "err.js"))[0] == 500
        assert _wait_log(srv, "TypeError")
        assert "GET /system/ajgi/interface" not in srv.log()
    finally:
        srv.stop()
    (tmp_path / "q").mkdir()
    quiet = OpsServer(tmp_path / "q", SCRIPTS, "--log-level", "warning")
    try:
        assert quiet.get(url(quiet.base, "ok.js")) == (200, b"fine")
        assert quiet.get(url(quiet.base, "err.js"))[0] == 500
        assert _wait_log(quiet, "TypeError")
        log = quiet.log()
        assert " INFO " not in log and "GET /system" not in log
    finally:
        quiet.stop()


def test_onmessage_and_include_errors_name_the_js_place_and_stack(tmp_path):
    scripts = {
        "lib.js": "function inner() {\n  throw new RangeError('in lib');\n}\ninner();\n",
        "main.js": ('requirelib("websocket");\nincludes("lib.js");\nwebsocket.upgrade(10);\n'
                    'function bad(m) {\n  null.x;\n}\n'
                    'websocket.onMessage = function (e) { bad(e); };\n'
                    'delay(1500);\nwebsocket.send("done");\n'),
    }
    srv = OpsServer(tmp_path, scripts)
    try:
        async def session():
            c = await connect(srv.base, "main.js")
            c.write_message("x")
            assert await recv(c, timeout=20) == "done"

        run(session())
        assert _wait_log(srv, "onMessage handler error")
        log = srv.log()
        inc = log.split("includes('lib.js') failed: ")[1]
        assert inc.startswith("lib.js:2:") and "RangeError: in lib" in inc and "at inner" in inc
        assert re.search(r"main\.js:5:\d+: websocket onMessage handler error: "
                         r"TypeError: Cannot read property 'x' of null", log), log
        msg = log.split("websocket onMessage handler error: ")[1]
        assert "at bad" in msg
        assert "Traceback" not in log
    finally:
        srv.stop()
