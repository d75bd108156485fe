"""``/metrics`` on the admin listener, scraped with prometheus_client's own
parser before and after a scripted session: each counter moved by exactly
what the session did (one server process, then two workers)."""

import pytest

from tests.server.client import connect, recv, run, url
from tests.server.opsserver import OpsServer, delta, value

SCRIPTS = {
    "ok.js": 'sendResp("fine");',
    "err.js": 'var o = null;\no.boom();\n',
    "spin.js": "while (true) {}\n",
    "echo.js": ('requirelib("websocket");\nwebsocket.upgrade(10);\n'
                'while (true) { var m = websocket.read(); if (m === false) break; websocket.send("e:" + m); }\n'),
}


def _session(srv, frames=5):
    """The scripted session: 3 ok, 1 TypeError, 1 over budget, one
    websocket echoing ``frames`` messages closed by the client with 1000."""
    for _ in range(3):
        assert OpsServer.get(url(srv.base, "ok.js"))[0] == 200
    assert OpsServer.get(url(srv.base, "err.js"))[0] == 500
    assert OpsServer.get(url(srv.base, "spin.js"))[0] == 500

    async def ws():
        c = await connect(srv.base, "echo.js")
        for i in range(frames):
            c.write_message("m%d" % i)
            assert await recv(c) == "e:m%d" % i
        c.close(1000)
        assert await recv(c) is None

    run(ws())


def _wait_for(fn, timeout=15.0):
    import time
    deadline = time.time() + timeout
    while True:
        got = fn()
        if got or time.time() > deadline:
            return got
        time.sleep(0.05)


def _check_session_deltas(srv, before, frames=5):
    def settled():
        after = srv.metrics()
        # the websocket script ends (and is counted) just after the close handshake
        if value(after, "ajgi_script_wall_seconds_count", kind="websocket") - \
                value(before, "ajgi_script_wall_seconds_count", kind="websocket") >= 1:
            return after
        return None

    after = _wait_for(settled)
    assert after is not None, srv.log()
    assert delta(before, after, "ajgi_http_requests_total", status=200) == 3
    assert delta(before, after, "ajgi_http_requests_total", status=500) == 2
    assert delta(before, after, "ajgi_script_errors_total", name="TypeError") == 1
    assert delta(before, after, "ajgi_script_budget_stops_total") == 1
    assert delta(before, after, "ajgi_websocket_frames_total", direction="in") == frames
    assert delta(before, after, "ajgi_websocket_frames_total", direction="out") == frames
    assert delta(before, after, "ajgi_websocket_sessions_ended_total", code=1000) == 1
    assert value(after, "ajgi_websocket_sessions_open") == 0
    assert delta(before, after, "ajgi_script_wall_seconds_count", kind="http") == 5
    assert delta(before, after, "ajgi_script_cpu_seconds_count", kind="http") == 5
    assert delta(before, after, "ajgi_script_wall_seconds_count", kind="websocket") == 1
    # The budget stop alone used >= the budget (0.3 s) of CPU.
    assert delta(before, after, "ajgi_script_cpu_seconds_sum", kind="http") >= 0.3
    loads = (delta(before, after, "ajgi_compile_cache_total", result="hit")
             + delta(before, after, "ajgi_compile_cache_total", result="miss"))
    assert loads == 3 + 1 + 1 + 1  # every script load is a hit or a miss
    # the lag probe samples every LAG_INTERVAL_S from the server's start: a
    # quick session can end before its first sample, so wait for one
    assert _wait_for(lambda: value(srv.metrics(), "ajgi_event_loop_lag_seconds_count") >= 1)
    return after


def test_metrics_move_by_exactly_the_session(tmp_path):
    srv = OpsServer(tmp_path, SCRIPTS, "--cpu-budget", "0.3")
    try:
        before = srv.metrics()
        _session(srv)
        after = _check_session_deltas(srv, before)
        # one process, cold cache: the first load of each script compiles
        assert delta(before, after, "ajgi_compile_cache_total", result="miss") == 4
        assert delta(before, after, "ajgi_compile_cache_total", result="hit") == 2
        assert delta(before, after, "ajgi_compile_seconds_count") == 4
        # a second session moves them again by the same amounts, not more
        again = srv.metrics()
        _session(srv, frames=2)
        _check_session_deltas(srv, again, frames=2)
    finally:
        srv.stop()


def test_open_sessions_gauge_counts_live_websockets(tmp_path):
    srv = OpsServer(tmp_path, SCRIPTS)
    try:
        async def two_open():
            a = await connect(srv.base, "echo.js")
            b = await connect(srv.base, "echo.js")
            a.write_message("x")
            b.write_message("y")
            await recv(a)
            await recv(b)
            assert value(srv.metrics(), "ajgi_websocket_sessions_open") == 2
            a.close(1000)
            await recv(a)
            assert _wait_for(lambda: value(srv.metrics(), "ajgi_websocket_sessions_open") == 1)
            b.close(1000)
            await recv(b)

        run(two_open())
        assert _wait_for(lambda: value(srv.metrics(), "ajgi_websocket_sessions_open") == 0)
    finally:
        srv.stop()


@pytest.mark.timeout(180)
def test_metrics_with_two_workers_are_the_whole_servers(tmp_path):
    """Multi-process mode: whichever worker answers the scrape, the numbers
    are the sum over both workers."""
    srv = OpsServer(tmp_path, SCRIPTS, "--cpu-budget", "0.3", "--workers", "2")
    try:
        before = srv.metrics()
        _session(srv)
        _session(srv)
        after = _wait_for(lambda: (lambda a: a if delta(before, a, "ajgi_script_wall_seconds_count",
                                                        kind="websocket") >= 2 else None)(srv.metrics()))
        assert after is not None, srv.log()
        for _ in range(3):  # several scrapes, likely answered by both workers: the same sums
            a = srv.metrics()
            assert delta(before, a, "ajgi_http_requests_total", status=200) == 6
            assert delta(before, a, "ajgi_http_requests_total", status=500) == 4
            assert delta(before, a, "ajgi_script_errors_total", name="TypeError") == 2
            assert delta(before, a, "ajgi_script_budget_stops_total") == 2
            assert delta(before, a, "ajgi_websocket_frames_total", direction="in") == 10
            assert delta(before, a, "ajgi_websocket_frames_total", direction="out") == 10
            assert delta(before, a, "ajgi_websocket_sessions_ended_total", code=1000) == 2
            assert value(a, "ajgi_websocket_sessions_open") == 0
    finally:
        srv.stop()


def test_inbox_backpressure_is_counted(tmp_path):
    """A script busy for 2 s while 200 frames arrive: its inbox (128 frames,
    runtime/agi/websocket.py INBOX_FRAMES) fills and reading from the
    connection pauses, once; the script then reads everything faster than
    it arrives, so the inbox is not full again."""
    from runtime.agi.websocket import INBOX_FRAMES
    assert INBOX_FRAMES < 200
    scripts = {"busy.js": ('requirelib("websocket");\nwebsocket.upgrade(10);\n'
                           'var t = Date.now(); while (Date.now() - t < 2000) {}\n'
                           'var n = 0; while (n < 200) { if (websocket.read() === false) break; n++; }\n'
                           'websocket.send("got " + n);\n')}
    srv = OpsServer(tmp_path, scripts)
    try:
        before = srv.metrics()

        async def flood():
            c = await connect(srv.base, "busy.js")
            for i in range(200):
                c.write_message("f%d" % i)
            assert await recv(c, timeout=30) == "got 200"
            assert await recv(c) is None

        run(flood())
        after = _wait_for(lambda: (lambda a: a if delta(before, a, "ajgi_script_wall_seconds_count",
                                                        kind="websocket") >= 1 else None)(srv.metrics()))
        assert delta(before, after, "ajgi_websocket_frames_total", direction="in") == 200
        assert delta(before, after, "ajgi_inbox_backpressure_total") == 1
    finally:
        srv.stop()
