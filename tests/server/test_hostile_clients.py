"""Hostile clients against a real server on 127.0.0.1: bodies, run slots,
disconnects, cold compiles, Host/Origin, control characters, slow headers.
Each test is bounded in time; timing assertions are ratios or generous."""

import concurrent.futures
import os
import socket
import threading
import time
import urllib.error
import urllib.request

import pytest

from tests.server.client import IFACE, connect, http, poll_while, run
from tests.server.conftest import _make
from tests.server.rawws import RawWS


def _port(server):
    return int(server.base.rsplit(":", 1)[1])


def _raw(server, data, read_timeout=10.0):
    """Sends ``data`` on a fresh connection; returns all the server sent
    until it closed (or ``read_timeout`` passed)."""
    s = socket.create_connection(("127.0.0.1", _port(server)), timeout=read_timeout)
    try:
        s.sendall(data)
        out = b""
        while True:
            try:
                d = s.recv(65536)
            except (socket.timeout, ConnectionResetError):
                break
            if not d:
                break
            out += d
        return out
    finally:
        s.close()


def _status(response):
    return int(response.split(b" ", 2)[1]) if response.startswith(b"HTTP/1.1 ") else None


@pytest.fixture(scope="module")
def tight(tmp_path_factory):
    """Small run-slot cap, 1 s header and body timeouts, big CPU budget, memory-only
    compile cache (every first request of a script compiles)."""
    s = _make(tmp_path_factory, "tight", max_scripts=2, header_timeout=1.0, body_timeout=1.0,
              cpu_budget=60.0,
              cache_dir="-", allowed_hosts=["myapp.test"])
    yield s
    s.stop()


# -- 1. request bodies -----------------------------------------------------------------

def test_oversize_content_length_is_refused_413_before_the_body_is_read(server):
    s = server.script("h/body.js", "console.log('BODY-SCRIPT-RAN'); sendResp('ran');")
    head = ("POST %s%s HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: text/plain\r\n"
            "Content-Length: %d\r\n\r\n" % (IFACE, s, 2 << 20)).encode()
    out = _raw(server, head)  # no body sent at all: the answer cannot wait for it
    assert _status(out) == 413
    assert b"limited to 1048576 bytes" in out and b"Traceback" not in out
    assert "BODY-SCRIPT-RAN" not in server.log()
    assert http(server.base, "hello.js")[2] == "hello"


def test_a_2MiB_body_sent_in_full_gets_413(server):
    st, _, body = http(server.base, "hello.js", data=b"x" * (2 << 20),
                       headers={"Content-Type": "application/octet-stream"})
    assert st == 413 and "413" in body
    assert http(server.base, "hello.js")[2] == "hello"


def test_a_lying_chunked_body_is_cut_off_with_413(server):
    s = server.script("h/chunked.js", "console.log('CHUNKED-SCRIPT-RAN'); sendResp('ran');")
    sock = socket.create_connection(("127.0.0.1", _port(server)), timeout=10)
    sock.sendall(("POST %s%s HTTP/1.1\r\nHost: 127.0.0.1\r\nTransfer-Encoding: chunked\r\n\r\n"
                  % (IFACE, s)).encode())
    chunk = b"10000\r\n" + b"c" * 0x10000 + b"\r\n"
    sent = 0
    try:
        while sent < (64 << 20):  # no Content-Length promised anything: up to 64 MiB of chunks
            sock.sendall(chunk)
            sent += 0x10000
    except OSError:
        pass  # the server closed after its 413
    out = b""
    try:
        while True:
            d = sock.recv(65536)
            if not d:
                break
            out += d
    except OSError:
        pass
    sock.close()
    assert _status(out) == 413, out[:200]
    # the server stopped reading (socket buffers take a few MiB, not 64)
    assert sent < (32 << 20), "the server kept reading %d bytes" % sent
    assert "CHUNKED-SCRIPT-RAN" not in server.log()
    assert http(server.base, "hello.js")[2] == "hello"


def test_bodies_within_the_limit_reach_the_script(server):
    s = server.script("h/len.js", "sendResp(String(POST_data.length) + ' ' + big.length);")
    body = b'{"big": "' + b"y" * 500_000 + b'"}'
    assert http(server.base, s, data=body, headers={"Content-Type": "application/json"})[2] == "500011 500000"


# -- 2. run-slot cap -----------------------------------------------------------------------

def test_concurrency_cap_answers_503_with_retry_after(tight):
    slow = tight.script("h/slow.js", "delay(1500); sendResp('slow done');")
    with concurrent.futures.ThreadPoolExecutor(2) as pool:
        running = [pool.submit(http, tight.base, slow) for _ in range(2)]
        time.sleep(0.6)  # both hold their slot now
        st, _, body = http(tight.base, "hello.js")
        assert st == 503 and "too many scripts" in body
        req = urllib.request.Request(tight.base + IFACE + "hello.js")
        try:
            urllib.request.urlopen(req, timeout=10)
            retry_after = None
        except urllib.error.HTTPError as e:
            retry_after = e.headers.get("Retry-After")
        assert retry_after == "1"
        assert [f.result()[2] for f in running] == ["slow done"] * 2
    assert http(tight.base, "hello.js")[2] == "hello"  # slots released


def test_websocket_scripts_hold_a_slot(tight):
    async def go():
        a = await connect(tight.base, "echo.js")
        b = await connect(tight.base, "echo.js")
        third = http(tight.base, "hello.js")[0]
        a.close()
        b.close()
        return third
    assert run(go()) == 503
    deadline = time.time() + 10
    while http(tight.base, "hello.js")[0] != 200 and time.time() < deadline:
        time.sleep(0.1)
    assert http(tight.base, "hello.js")[2] == "hello"


# -- 3. cancel on disconnect -------------------------------------------------------------

def _cpu_seconds(pid):
    with open("/proc/%d/stat" % pid) as f:
        fields = f.read().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def test_an_http_script_whose_client_left_is_cancelled(tight):
    s = tight.script("h/spin.js", "var n = 0; while (true) { n++; }")
    sock = socket.create_connection(("127.0.0.1", _port(tight)), timeout=10)
    sock.sendall(("GET %s%s HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n" % (IFACE, s)).encode())
    time.sleep(0.5)
    sock.close()
    assert tight.wait_log("h/spin.js: client disconnected - script cancelled", timeout=10)
    time.sleep(0.3)
    pid = tight.proc.pid
    c0, t0 = _cpu_seconds(pid), time.monotonic()
    time.sleep(1.5)
    used = _cpu_seconds(pid) - c0
    # a 60 s budget: were it still spinning, it would use about all of its core
    assert used < 0.5 * (time.monotonic() - t0), used
    assert tight.log().count("client disconnected - script cancelled") == 1
    assert http(tight.base, "hello.js")[2] == "hello"


# -- 4. compiles off the loop --------------------------------------------------------------

def _big_script(n, tag):
    fns = "\n".join(
        "function f%d(a, b) { var x = a + b * %d; if (x > 10) { x = x - 1; } else { x = x + 2; }"
        " for (var i = 0; i < 3; i++) { x += i; } return x; }" % (i, i) for i in range(n))
    return fns + "\nsendResp('%s ' + f%d(1, 2));" % (tag, n - 1)


def test_a_cold_compile_does_not_stall_other_requests(tight):
    big = tight.script("h/big.js", _big_script(400, "big"))  # ~2 s: several polls even on a loaded machine
    assert http(tight.base, "hello.js")[2] == "hello"  # warm
    _, latencies = poll_while(tight.base, big, "big ")
    line = next(l for l in tight.log().splitlines() if "h/big.js compiled in" in l)
    compile_s = float(line.rsplit("in ", 1)[1].split()[0]) / 1000
    print("compile %.2f s, %d polls, p50 %.0f ms, max %.0f ms" % (
        compile_s, len(latencies), latencies[len(latencies) // 2] * 1000, latencies[-1] * 1000))
    assert len(latencies) >= 5  # the plain script was answered during the compile
    # On the loop, one poll would have waited for the whole compile.
    assert latencies[-1] < 0.5 * compile_s


_BIG_EVAL = """
var src = "";
for (var i = 0; i < %d; i++) {
    src += "function g" + i + "(a, b) { var x = a + b * " + i + "; if (x > 10) { x = x - 1; }"
        + " else { x = x + 2; } for (var k = 0; k < 3; k++) { x += k; } return x; }\\n";
}
eval(src + "/* %s */");
sendResp("%s " + g%d(1, 2));
"""


def test_a_cold_eval_compiles_off_the_loop(tight):
    n = 300
    s = tight.script("h/bigeval.js", _BIG_EVAL % (n, "bigeval", "bigeval", n - 1))
    assert http(tight.base, "hello.js")[2] == "hello"
    took, latencies = poll_while(tight.base, s, "bigeval ")
    print("eval request %.2f s, %d polls, max %.0f ms" % (took, len(latencies), latencies[-1] * 1000))
    assert len(latencies) >= 5
    # On the loop, one poll would have waited for the whole eval compile.
    assert latencies[-1] < 0.5 * took


def test_an_eval_compiled_off_the_loop_still_throws_a_catchable_syntax_error(tight):
    s = tight.script("h/evalerr.js", "try { eval('var = 1;'); sendResp('ran'); }"
                     " catch (e) { sendResp(e.name + (e instanceof SyntaxError)); }")
    assert http(tight.base, s)[2] == "SyntaxErrortrue"


def test_a_cold_includes_compiles_off_the_loop(tight):
    # 400 functions: with 200 the compile ended after 4 polls of ~400 ms on a
    # quiet CI run, under the 5 asked for (as the cold-compile test above)
    tight.script("h/inc/biglib.js", _big_script(400, "lib"))
    s = tight.script("h/inc/main.js", "includes('biglib.js'); sendResp('inc ' + f399(1, 2));")
    assert http(tight.base, "hello.js")[2] == "hello"
    took, latencies = poll_while(tight.base, s, "inc ")
    print("includes request %.2f s, %d polls, max %.0f ms" % (took, len(latencies), latencies[-1] * 1000))
    assert len(latencies) >= 5
    assert latencies[-1] < 0.5 * took


def test_concurrent_requests_for_a_cold_script_compile_it_once(tight):
    big = tight.script("h/once.js", _big_script(60, "once"))
    with concurrent.futures.ThreadPoolExecutor(2) as pool:
        bodies = [f.result()[2] for f in [pool.submit(http, tight.base, big) for _ in range(2)]]
    assert bodies == ["once 121"] * 2
    assert tight.log().count("h/once.js compiled in") == 1


# -- 5. Host allow-list and cross-site requests -----------------------------------------------

def _get(server, script, headers, method="GET", body=None):
    hdrs = "".join("%s: %s\r\n" % kv for kv in headers.items())
    data = ("%s %s%s HTTP/1.1\r\n%sContent-Length: %d\r\nConnection: close\r\n\r\n"
            % (method, IFACE, script, hdrs, len(body or b""))).encode() + (body or b"")
    out = _raw(server, data)
    return _status(out), out.partition(b"\r\n\r\n")[2].decode("utf-8", "replace")


def test_a_rebinding_host_is_refused(tight):
    st, body = _get(tight, "hello.js", {"Host": "evil.example", "Origin": "http://evil.example"})
    assert st == 403 and "evil.example" in body
    assert _get(tight, "hello.js", {"Host": "evil.example:%d" % _port(tight)})[0] == 403
    assert _get(tight, "hello.js", {"Host": "127.0.0.1:%d" % _port(tight)}) == (200, "hello")
    assert _get(tight, "hello.js", {"Host": "localhost"}) == (200, "hello")
    assert _get(tight, "hello.js", {"Host": "[::1]:80"}) == (200, "hello")
    assert _get(tight, "hello.js", {"Host": "MyApp.test:8080"}) == (200, "hello")  # configured


def test_a_rebinding_host_cannot_open_a_websocket(tight):
    ws = RawWS(_port(tight), "echo.js", host="evil.example")
    assert ws.status == 403
    ws.close()


def test_a_rebinding_host_cannot_read_static_files(tight):
    out = _raw(tight, b"GET /index.html HTTP/1.1\r\nHost: evil.example\r\nConnection: close\r\n\r\n")
    assert _status(out) == 403


def test_cross_site_posts_are_refused_without_running_the_script(server):
    s = server.script("h/post.js", "console.log('CROSS-SITE-RAN'); sendResp('posted');")
    host = "127.0.0.1:%d" % _port(server)
    form = {"Host": host, "Content-Type": "application/x-www-form-urlencoded"}
    st, body = _get(server, s, dict(form, Origin="http://evil.example"), "POST", b"a=1")
    assert st == 403 and "cross-site" in body
    assert _get(server, s, dict(form, **{"Sec-Fetch-Site": "cross-site"}), "POST", b"a=1")[0] == 403
    assert _get(server, s, dict(form, Origin="null"), "POST", b"a=1")[0] == 403
    assert "CROSS-SITE-RAN" not in server.log()
    # same origin, no Origin (curl) and a cross-site GET still run
    assert _get(server, s, dict(form, Origin="http://" + host), "POST", b"a=1") == (200, "posted")
    assert _get(server, s, form, "POST", b"a=1") == (200, "posted")
    assert _get(server, s, {"Host": host, "Origin": "http://evil.example"}) == (200, "posted")


def test_cross_site_posts_can_be_allowed(tmp_path_factory):
    s = _make(tmp_path_factory, "xsite", allow_cross_site_post=True)
    try:
        st, body = _get(s, "hello.js", {"Host": "127.0.0.1", "Origin": "http://evil.example"},
                        "POST", b"a=1")
        assert (st, body) == (200, "hello")
    finally:
        s.stop()


# -- 6. Python not showing through -----------------------------------------------------------

@pytest.mark.parametrize("target", [
    IFACE + "hello.js%00",           # Tornado would turn the NUL into a stripped space
    IFACE + "hello%2500.js",         # NUL after ArozOS's second decode
    IFACE + "t%01/../hello.js",
    "/hello%00.html",                # static files: os.path raised ValueError
])
def test_control_characters_in_paths_get_400_without_a_traceback(server, target):
    out = _raw(server, ("GET %s HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n" % target).encode())
    assert _status(out) == 400, out[:200]
    assert len(out.partition(b"\r\n\r\n")[2]) < 200
    assert "Traceback" not in server.log()


def test_control_characters_in_header_values_get_400(server):
    out = _raw(server, ("GET %shello.js HTTP/1.1\r\nHost: 127.0.0.1\r\nX-A: a\x00b\r\n"
                        "Connection: close\r\n\r\n" % IFACE).encode())
    assert _status(out) == 400
    assert "Traceback" not in server.log()
    assert http(server.base, "hello.js")[2] == "hello"


# -- 7. slow clients -----------------------------------------------------------------------

def test_a_client_sending_headers_slowly_is_dropped(tight):
    sock = socket.create_connection(("127.0.0.1", _port(tight)), timeout=15)
    t0 = time.monotonic()
    sock.sendall(b"GET /system/ajgi/interface?script=hello.js HTTP/1.1\r\n")
    try:
        for _ in range(20):  # one header line every 0.3 s: never done
            sock.sendall(b"X-Slow: 1\r\n")
            time.sleep(0.3)
        closed_after = None
    except OSError:
        closed_after = time.monotonic() - t0
    if closed_after is None:
        sock.settimeout(5)
        try:
            closed = sock.recv(100) == b""
        except OSError:
            closed = True
        assert closed, "the server still holds a connection whose headers never ended"
        closed_after = time.monotonic() - t0
    sock.close()
    assert closed_after < 8  # header_timeout is 1 s; a generous bound
    assert http(tight.base, "hello.js")[2] == "hello"


def test_allow_listed_origins_may_post(dev_server):
    host = "127.0.0.1:%d" % _port(dev_server)
    hdrs = {"Host": host, "Origin": "http://allowed.example", "Sec-Fetch-Site": "cross-site"}
    assert _get(dev_server, "hello.js", hdrs, "POST", b"a=1") == (200, "hello")
    hdrs["Origin"] = "http://other.example"
    assert _get(dev_server, "hello.js", hdrs, "POST", b"a=1")[0] == 403


def test_a_body_that_never_arrives_is_dropped(tight):
    s = tight.script("h/slowbody.js", "console.log('SLOW-BODY-RAN'); sendResp('ran');")
    sock = socket.create_connection(("127.0.0.1", _port(tight)), timeout=15)
    t0 = time.monotonic()
    sock.sendall(("POST %s%s HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: 1000\r\n\r\n"
                  % (IFACE, s)).encode() + b"x" * 10)
    try:
        data = sock.recv(100)
    except OSError:
        data = b""
    sock.close()
    assert data == b"" and time.monotonic() - t0 < 8  # body_timeout is 1 s
    assert "SLOW-BODY-RAN" not in tight.log()


def test_a_script_that_is_no_utf8_runs_with_replacement_characters(server):
    path = os.path.join(server.root, server.script("h/latin1.js", ""))
    with open(path, "wb") as f:
        f.write(b"sendResp('caf\xe9'.length + ' ' + 'caf\xe9'.charCodeAt(3));")
    assert http(server.base, "h/latin1.js") == (200, "text/plain", "4 65533")
    assert "Traceback" not in server.log()

