"""Small HTTP and WebSocket client helpers for tests/server (bounded waits)."""

import asyncio
import threading
import time
import urllib.error
import urllib.parse
import urllib.request

from tornado.httpclient import HTTPRequest
from tornado.websocket import websocket_connect

IFACE = "/system/ajgi/interface?script="
STEP = 10.0  # seconds any single wait may take


def url(base, script, **params):
    q = urllib.parse.urlencode(params)
    return base + IFACE + urllib.parse.quote(script) + ("&" + q if q else "")


def http(base, script, data=None, headers=None, method=None, raw_url=None, **params):
    """(status, content type, body text) of one request."""
    req = urllib.request.Request(raw_url or url(base, script, **params), data=data,
                                 headers=headers or {}, method=method)
    try:
        with urllib.request.urlopen(req, timeout=STEP + 20) as r:
            return r.status, r.headers.get("Content-Type"), r.read().decode("utf-8")
    except urllib.error.HTTPError as e:
        return e.code, e.headers.get("Content-Type"), e.read().decode("utf-8")


def form(base, script, fields):
    """POST an urlencoded form."""
    body = urllib.parse.urlencode(fields, doseq=True).encode()
    return http(base, script, data=body,
                headers={"Content-Type": "application/x-www-form-urlencoded"})


def ws_url(base, script):
    return "ws" + base[len("http"):] + IFACE + urllib.parse.quote(script)


async def connect(base, script, headers=None, **kw):
    req = HTTPRequest(ws_url(base, script), headers=headers or {}, connect_timeout=STEP,
                      request_timeout=STEP)
    return await asyncio.wait_for(websocket_connect(req, **kw), STEP)


async def recv(ws, timeout=STEP):
    """The next message (None once closed)."""
    return await asyncio.wait_for(ws.read_message(), timeout)


async def recv_all(ws, timeout=STEP):
    """Every message until the server closes; (messages, close code)."""
    out = []
    while True:
        m = await recv(ws, timeout)
        if m is None:
            return out, ws.close_code
        out.append(m)


def run(coro, timeout=60):
    """Runs a test coroutine on a fresh loop with an overall bound."""
    return asyncio.run(asyncio.wait_for(coro, timeout))


def poll_while(base, slow_script, expect_prefix):
    """Requests hello.js until ``slow_script`` has answered; returns (the
    slow request's seconds, sorted latencies of the hello.js requests).
    Shows whether the server kept answering while one request worked."""
    done = threading.Event()
    result = {}

    def slow():
        t0 = time.monotonic()
        result["body"] = http(base, slow_script)[2]
        result["took"] = time.monotonic() - t0
        done.set()

    threading.Thread(target=slow).start()
    latencies = []
    while not done.is_set():
        t0 = time.monotonic()
        assert http(base, "hello.js")[2] == "hello"
        latencies.append(time.monotonic() - t0)
        time.sleep(0.01)
    assert result["body"].startswith(expect_prefix), result["body"]
    return result["took"], sorted(latencies)
