"""The ``http`` library: a live AGI server (``http_allow_private`` on)
calls a small HTTP server this test runs on 127.0.0.1; the shared server
(switch off) refuses loopback and private addresses."""

import base64
import json
import os
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from tests.server.client import http
from tests.server.conftest import _make


class Target(BaseHTTPRequestHandler):
    def log_message(self, *a):
        pass

    def _reply(self, code, body, ctype="text/plain", extra=()):
        self.send_response(code)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(body)))
        for k, v in extra:
            self.send_header(k, v)
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)

    def _echo(self):
        n = int(self.headers.get("Content-Length") or 0)
        body = self.rfile.read(n).decode("utf-8") if n else ""
        self._reply(200, json.dumps({"method": self.command, "path": self.path, "body": body,
                                     "ctype": self.headers.get("Content-Type"),
                                     "ua": self.headers.get("User-Agent"),
                                     "auth": self.headers.get("Authorization"),
                                     "x": self.headers.get("X-Test")}).encode(),
                    "application/json", [("X-Multi", "a"), ("X-Multi", "b")])

    def do_GET(self):
        if self.path == "/redirect":
            self._reply(302, b"", extra=[("Location", "/echo")])
        elif self.path == "/missing":
            self._reply(404, b"not here")
        elif self.path == "/big":
            self._reply(200, b"x" * ((16 << 20) + 1))
        elif self.path == "/slow":
            time.sleep(3)
            self._reply(200, b"late")
        elif self.path == "/bin":
            self._reply(200, bytes(range(256)), "application/octet-stream")
        else:
            self._echo()

    do_HEAD = do_GET

    def do_POST(self):
        self._echo()

    do_PUT = do_PATCH = do_DELETE = do_POST


@pytest.fixture(scope="module")
def target():
    srv = ThreadingHTTPServer(("127.0.0.1", 0), Target)
    srv.daemon_threads = True
    t = threading.Thread(target=srv.serve_forever, daemon=True)
    t.start()
    yield "http://127.0.0.1:%d" % srv.server_address[1]
    srv.shutdown()
    srv.server_close()


@pytest.fixture(scope="module")
def open_server(tmp_path_factory):
    s = _make(tmp_path_factory, "agihttp", cpu_budget=5.0, username="alice", http_allow_private=True)
    yield s
    s.stop()


def run(server, name, source):
    server.script(name, 'requirelib("http");\n' + source)
    status, _, body = http(server.base, name)
    assert status == 200, body
    return body


def test_get_post_and_status_codes(open_server, target):
    body = run(open_server, "H/basic.js", """
        var T = %s;
        var g = JSON.parse(http.get(T + "/echo"));
        var p = JSON.parse(http.post(T + "/echo", JSON.stringify({a: 1})));
        sendResp(JSON.stringify({g: g, p: p, missing: http.get(T + "/missing"), code404: http.getCode(T + "/missing"),
            code302: http.getCode(T + "/redirect"), followed: JSON.parse(http.get(T + "/redirect")).path,
            b64: http.getb64(T + "/bin")}));
    """ % json.dumps(target))
    out = json.loads(body)
    assert out["g"]["method"] == "GET" and out["g"]["ua"] == "arozos-http-client/1.1"
    assert out["p"]["method"] == "POST" and out["p"]["body"] == '{"a":1}' and out["p"]["ctype"] == "application/json"
    assert out["missing"] == "not here" and out["code404"] == 404
    assert out["code302"] == 302 and out["followed"] == "/echo"
    assert base64.b64decode(out["b64"]) == bytes(range(256))


def test_head_returns_header_json(open_server, target):
    body = run(open_server, "H/head.js", """
        var T = %s;
        sendResp(JSON.stringify([JSON.parse(http.head(T + "/echo")), http.head(T + "/echo", "content-type"),
                                 http.head(T + "/echo", "X-Absent")]));
    """ % json.dumps(target))
    all_headers, one, absent = json.loads(body)
    assert all_headers["X-Multi"] == ["a", "b"]
    assert all_headers["Content-Type"] == ["application/json"]
    assert one == '"application/json"' and absent == '""'


def test_request_object_and_shorthands(open_server, target):
    body = run(open_server, "H/request.js", """
        var T = %s;
        var r = http.request({url: T + "/echo", method: "put", headers: {"X-Test": "yes"}, body: "raw",
                              username: "u", password: "p"});
        var f = http.postForm(T + "/echo", {a: "1 2"});
        var j = http.postJSON(T + "/echo", {k: [1]});
        var d = http.delete(T + "/echo");
        var bad = http.request({url: ""});
        var nf = http.request({url: T + "/missing"});
        var b = http.request({url: T + "/bin", responseType: "base64"});
        sendResp(JSON.stringify({r: r, rb: JSON.parse(r.body), f: JSON.parse(f.body), j: JSON.parse(j.body),
            d: JSON.parse(d.body).method, bad: bad, nf: [nf.ok, nf.status, nf.statusText, nf.body], b: b.body}));
    """ % json.dumps(target))
    out = json.loads(body)
    assert out["r"]["ok"] is True and out["r"]["status"] == 200 and out["r"]["statusText"] == "200 OK"
    assert out["r"]["error"] == "" and out["r"]["headers"]["X-Multi"] == ["a", "b"]
    assert out["rb"]["method"] == "PUT" and out["rb"]["body"] == "raw" and out["rb"]["x"] == "yes"
    assert out["rb"]["auth"] == "Basic " + base64.b64encode(b"u:p").decode()
    assert out["f"]["body"] == "a=1+2" and out["f"]["ctype"] == "application/x-www-form-urlencoded"
    assert out["j"]["body"] == '{"k":[1]}' and out["j"]["ctype"] == "application/json"
    assert out["d"] == "DELETE"
    assert out["bad"]["error"] == "missing request url" and out["bad"]["ok"] is False
    assert out["nf"] == [False, 404, "404 Not Found", "not here"]
    assert base64.b64decode(out["b"]) == bytes(range(256))


def test_download_into_an_existing_folder(open_server, target):
    body = run(open_server, "H/download.js", """
        requirelib("filelib"); filelib.mkdir("user:/dl");
        var T = %s;
        sendResp(JSON.stringify([http.download(T + "/bin", "user:/dl", "b.bin"), http.download(T + "/bin", "user:/nodir"),
                                 http.download(T + "/bin", "user:/dl", "../escape.bin"), http.download(T + "/bin", "/tmp")]));
    """ % json.dumps(target))
    assert json.loads(body) == [True, False, False, False]
    with open(os.path.join(open_server.cfg["data_dir"], "users", "alice", "dl", "b.bin"), "rb") as f:
        assert f.read() == bytes(range(256))


def test_size_cap_and_timeout(open_server, target):
    body = run(open_server, "H/caps.js", """
        var T = %s;
        var big = http.request({url: T + "/big"});
        var slow = http.request({url: T + "/slow", timeout: 1});
        sendResp(JSON.stringify([http.get(T + "/big"), big.ok, big.error !== "", slow.ok, slow.error]));
    """ % json.dumps(target))
    out = json.loads(body)
    assert out[:4] == [None, False, True, False]
    assert "Timeout" in out[4] or "timeout" in out[4]


def test_waiting_on_the_network_does_not_hold_the_server(open_server, target):
    open_server.script("H/slowcall.js", 'requirelib("http"); sendResp(http.request({url: %s + "/slow"}).body);'
                       % json.dumps(target))
    open_server.script("H/quick.js", 'sendResp("quick");')
    result = {}
    t = threading.Thread(target=lambda: result.setdefault("slow", http(open_server.base, "H/slowcall.js")))
    t.start()
    time.sleep(0.5)
    start = time.time()
    assert http(open_server.base, "H/quick.js")[2] == "quick"
    quick_took = time.time() - start
    t.join(30)
    assert result["slow"][2] == "late"
    assert quick_took < 2.5  # the slow endpoint holds its call 3 s


def test_http_inside_a_function_of_an_otherwise_sync_script(open_server, target):
    body = run(open_server, "H/fn.js", """
        function fetchPath(u) { return JSON.parse(http.get(u)).path; }
        sendResp([%s + "/echo?a", %s + "/echo?b"].map(fetchPath).join(","));
    """ % (json.dumps(target), json.dumps(target)))
    assert body == "/echo?a,/echo?b"


def test_private_addresses_are_refused_by_default(server, target):
    body = run(server, "H/private.js", """
        var T = %s;
        sendResp(JSON.stringify([http.get(T + "/echo"), http.getCode("http://localhost:1/"),
            http.request({url: "http://10.0.0.1/"}).error, http.request({url: "http://[::1]:1/"}).error,
            http.request({url: "file:///etc/passwd"}).error, http.getb64("http://169.254.169.254/latest/meta-data/")]));
    """ % json.dumps(target))
    out = json.loads(body)
    assert out[0] is None and out[1] is False and out[5] is None
    assert "refused" in out[2] and "refused" in out[3]
    assert out[4] == "only http and https URLs are allowed"
    assert server.wait_log("http.get: address of 127.0.0.1 refused")


def test_address_rule():
    from runtime.agi.lib_http import address_allowed

    for ip in ("127.0.0.1", "10.1.2.3", "192.168.0.1", "172.16.0.1", "169.254.169.254", "::1",
               "fe80::1", "::ffff:127.0.0.1", "0.0.0.0", "100.64.0.1", "224.0.0.1", "fc00::1"):
        assert not address_allowed(ip, False), ip
    for ip in ("8.8.8.8", "1.1.1.1", "2606:4700:4700::1111"):
        assert address_allowed(ip, False), ip
    assert address_allowed("127.0.0.1", True) and address_allowed("10.0.0.1", True)
    assert not address_allowed("0.0.0.0", True)


def raw_get(server, name):
    """(status, Location, body) without following a redirect."""
    import http.client
    import urllib.parse

    from tests.server.client import url

    u = urllib.parse.urlsplit(url(server.base, name))
    conn = http.client.HTTPConnection(u.hostname, u.port, timeout=30)
    try:
        conn.request("GET", u.path + "?" + u.query)
        r = conn.getresponse()
        return r.status, r.getheader("Location"), r.read().decode("utf-8")
    finally:
        conn.close()


def test_redirect_sets_status_and_location(server):
    server.script("H/redir.js", 'requirelib("http");\nsendResp("moved: " + http.redirect("/elsewhere?a=1", 301));')
    assert raw_get(server, "H/redir.js") == (301, "/elsewhere?a=1", "moved: true")
    # a code that is no integer means 307 (ArozOS); the first redirect wins
    server.script("H/redir307.js", 'requirelib("http");\nvar a = http.redirect("https://x.test/é p");\n'
                  'var b = http.redirect("/second", 302);\nsendResp(a + "," + b);')
    assert raw_get(server, "H/redir307.js") == (307, "https://x.test/%C3%A9%20p", "true,false")
    server.script("H/redir_nan.js", 'requirelib("http");\nsendResp(String(http.redirect("/n", "soon")));')
    assert raw_get(server, "H/redir_nan.js") == (307, "/n", "true")


def test_redirect_refusals_leave_the_response_alone(server):
    server.script("H/redir_bad.js", r'''requirelib("http");
        var out = [http.redirect("/x", 200), http.redirect("/x", 404), http.redirect("/x", 304),
                   http.redirect("/x\r\nSet-Cookie: a=b", 302), http.redirect("/x\nX: y"),
                   http.redirect("", 302), http.redirect()];
        sendResp(JSON.stringify(out));''')
    status, location, body = raw_get(server, "H/redir_bad.js")
    assert (status, location) == (200, None)
    assert json.loads(body) == [False] * 7


def test_redirect_after_a_websocket_upgrade_attempt_is_false(server):
    # no handshake here: upgrade() fails, and the answer is the refusal, not a redirect
    server.script("H/redir_ws.js", 'requirelib("http");\nrequirelib("websocket");\n'
                  'var up = websocket.upgrade(1);\nsendResp(up + "," + http.redirect("/x", 302));')
    status, location, body = raw_get(server, "H/redir_ws.js")
    assert location is None and status == 400 and body.endswith("false,false")
    # upgraded: the answer is frames, so there is nothing to redirect
    from tests.server.client import connect, recv
    from tests.server.client import run as run_async

    server.script("H/redir_ws2.js", 'requirelib("http");\nrequirelib("websocket");\n'
                  'websocket.upgrade(5);\nwebsocket.send(String(http.redirect("/x", 302)));')

    async def go():
        ws = await connect(server.base, "H/redir_ws2.js")
        try:
            return await recv(ws)
        finally:
            ws.close()
    assert run_async(go()) == "false"


def test_redirect_of_a_failing_script_is_a_plain_500(server):
    server.script("H/redir_err.js", 'requirelib("http");\nhttp.redirect("/x", 302);\nnull.boom;')
    status, location, _ = raw_get(server, "H/redir_err.js")
    assert (status, location) == (500, None)
