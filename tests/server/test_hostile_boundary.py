"""Script code the host calls (response conversion, error description) runs
preemptible and budgeted: a spinning ``toString``/getter neither wedges the
server nor escapes the CPU budget, and SIGTERM still stops it."""

import concurrent.futures
import os
import signal
import socket
import subprocess
import sys
import time

import pytest

from tests.server.client import http
from tests.server.conftest import REPO, _make

SPIN = "function () { while (true) {} }"

HOSTILE = {
    "resp_tostring": "HTTP_RESP = { toString: %s };" % SPIN,
    "header_tostring": "sendResp('body'); HTTP_HEADER = { toString: %s };" % SPIN,
    "resp_valueof": "HTTP_RESP = { toString: null, valueOf: %s };" % SPIN,
    "error_message_getter":
        "var e = new Error('x'); Object.defineProperty(e, 'message', { get: %s }); throw e;" % SPIN,
    "error_name_getter":
        "var e = new Error('x'); Object.defineProperty(e, 'name', { get: %s }); throw e;" % SPIN,
    "thrown_tostring": "throw { toString: %s };" % SPIN,
}


@pytest.fixture(scope="module")
def tight_server(tmp_path_factory):
    s = _make(tmp_path_factory, "hostile", cpu_budget=0.5)
    s.script("hostile/plain.js", "sendResp('plain');")
    yield s
    s.stop()


@pytest.mark.parametrize("kind", sorted(HOSTILE))
def test_spinning_host_call_is_budgeted_while_others_are_served(tight_server, kind):
    srv = tight_server
    bad = srv.script("hostile/%s.js" % kind, HOSTILE[kind])
    with concurrent.futures.ThreadPoolExecutor(1) as pool:
        t0 = time.monotonic()
        pending = pool.submit(http, srv.base, bad)
        latencies = []
        while not pending.done() and time.monotonic() - t0 < 20:
            t = time.monotonic()
            assert http(srv.base, "hostile/plain.js")[2] == "plain"
            latencies.append(time.monotonic() - t)
        status, _, body = pending.result(timeout=20)
    assert status == 500, body
    assert "CPU budget of 0.5s exceeded" in body
    # the message names the JS place that spun: line 1 of the bad script
    assert "at hostile/%s.js:1:" % kind in body, body
    assert "Traceback" not in body
    assert srv.wait_log("hostile/%s.js: script stopped: CPU budget" % kind)
    # the plain script kept answering (generous bound: the machine is shared)
    assert latencies and max(latencies) < 3.0, latencies


def test_response_conversion_phase_is_named(tight_server):
    srv = tight_server
    status, _, body = http(srv.base, srv.script("hostile/phase.js", HOSTILE["resp_tostring"]))
    assert status == 500 and "while converting HTTP_RESP/HTTP_HEADER to text" in body


def test_throwing_tostring_still_gives_empty_body(tight_server):
    # ArozOS: a response whose conversion throws is sent as ""
    srv = tight_server
    s = srv.script("hostile/throws.js", "HTTP_RESP = { toString: function () { throw 1; } };")
    assert http(srv.base, s)[:3:2] == (200, "")


def _free_port():
    s = socket.socket()
    s.bind(("127.0.0.1", 0))
    port = s.getsockname()[1]
    s.close()
    return port


def test_sigterm_stops_a_server_spinning_in_a_host_call(tmp_path):
    root = tmp_path / "web"
    root.mkdir()
    (root / "wedge.js").write_text(HOSTILE["resp_tostring"])
    (root / "plain.js").write_text("sendResp('plain');")
    port = _free_port()
    env = dict(os.environ, PYTHONPATH=REPO)
    proc = subprocess.Popen([sys.executable, "-m", "ajgi_tx", "serve", "--root", str(root),
                             "--port", str(port), "--cpu-budget", "60"],
                            cwd=REPO, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                            text=True)
    base = "http://127.0.0.1:%d" % port
    try:
        deadline = time.monotonic() + 20
        while True:
            try:
                if http(base, "plain.js")[2] == "plain":
                    break
            except OSError:
                if time.monotonic() > deadline:
                    raise
                time.sleep(0.1)
        with concurrent.futures.ThreadPoolExecutor(1) as pool:
            pool.submit(http, base, "wedge.js")
            time.sleep(1.0)  # the wedge is spinning in HTTP_RESP.toString
            assert http(base, "plain.js")[2] == "plain"  # still serving
            proc.send_signal(signal.SIGTERM)
            rc = proc.wait(15)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
    assert rc == 0, proc.stderr.read()
