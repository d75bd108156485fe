"""deploy/nginx-ajgi_tx.conf, run by Debian's nginx in front of two ajgi_tx
servers (``--xheaders``) sharing one Redis: HTTP and websocket scripts see
the same DB whichever server answers, the Origin check holds behind the
proxy, and the access log shows the client's own address."""

import http.client
import os
import re
import shutil

import pytest
from tornado.httpclient import HTTPClientError

from tests.helpers import free_port
from tests.server.client import IFACE, connect, recv, run
from tests.server.external import REPO, Nginx, Redis, Serve

CONF = os.path.join(REPO, "deploy", "nginx-ajgi_tx.conf")
CLIENT_ADDR = "127.0.0.2"  # the test's client: not nginx's 127.0.0.1

COUNTER = """
newDBTableIfNotExists("c");
var n = Number(readDBItem("c", "n") || 0) + 1;
writeDBItem("c", "n", n);
console.log("hit " + n);
sendResp(String(n));
"""

WS = """
requirelib("websocket");
if (websocket.upgrade(30)) {
    var id = websocket.read();
    console.log("ws " + id);
    websocket.send(readDBItem("c", "n"));
    newDBTableIfNotExists("ws");
    writeDBItem("ws", id, "seen");
    websocket.send("stored " + id);
}
"""

LIST = 'sendResp(Object.keys(listDBTable("ws")).sort().join(","));'


def nginx_conf(prefix, port, upstreams):
    """A whole nginx.conf around the deploy file, every path under ``prefix``."""
    with open(CONF) as f:
        site = f.read()
    servers = "".join("    server 127.0.0.1:%d;\n" % p for p in upstreams)
    site, n = re.subn(r"(?m)^    server 127\.0\.0\.1:\d+;\n(    server 127\.0\.0\.1:\d+;\n)*", servers, site)
    assert n == 1, "deploy/nginx-ajgi_tx.conf: upstream server lines not found"
    site, n = re.subn(r"(?m)^    listen 80;", "    listen 127.0.0.1:%d;" % port, site)
    assert n == 1, "deploy/nginx-ajgi_tx.conf: listen line not found"
    tmp = os.path.join(prefix, "tmp")
    return "\n".join([
        "user root;" if os.geteuid() == 0 else "",
        "worker_processes 1;",
        "pid %s/nginx.pid;" % prefix,
        "error_log %s/logs/error.log;" % prefix,
        "events { worker_connections 512; }",
        "http {",
        "    access_log %s/logs/access.log;" % prefix,
        "    client_body_temp_path %s/body;" % tmp,
        "    proxy_temp_path %s/proxy;" % tmp,
        "    fastcgi_temp_path %s/fastcgi;" % tmp,
        "    uwsgi_temp_path %s/uwsgi;" % tmp,
        "    scgi_temp_path %s/scgi;" % tmp,
        site,
        "}", ""])


@pytest.fixture(scope="module")
def stack(tmp_path_factory):
    base = str(tmp_path_factory.mktemp("nginx"))
    redis = Redis(os.path.join(base, "redis"))
    servers, nginx = [], None
    try:
        root = os.path.join(base, "web")
        shutil.copytree(os.path.join(REPO, "examples", "web"), root)
        for n in range(2):
            servers.append(Serve(root, os.path.join(base, "ajgi%d.log" % n),
                                 ["--xheaders", "--db", redis.url, "--data-dir", os.path.join(base, "d%d" % n)]))
        servers[0].script("counter.js", COUNTER)
        servers[0].script("ws.js", WS)
        servers[0].script("list.js", LIST)
        port = free_port()
        nginx = Nginx(os.path.join(base, "nginx"), nginx_conf(os.path.join(base, "nginx"), port,
                                                             [s.port for s in servers]), port)
        yield nginx, servers
    finally:
        if nginx is not None:
            nginx.stop()
        for s in servers:
            s.stop()
        redis.stop()


def get(port, script):
    """(status, body) of a GET through nginx from CLIENT_ADDR."""
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=20, source_address=(CLIENT_ADDR, 0))
    try:
        conn.request("GET", IFACE + script)
        r = conn.getresponse()
        return r.status, r.read().decode()
    finally:
        conn.close()


def test_http_scripts_through_nginx_share_the_db_whichever_server_answers(stack):
    nginx, servers = stack
    assert [get(nginx.port, "counter.js") for _ in range(10)] == [(200, str(n)) for n in range(1, 11)]
    hits = [len(re.findall(r"hit \d+", s.log())) for s in servers]
    assert sum(hits) == 10 and all(hits), hits  # both servers answered, one count


def test_websockets_through_nginx_share_the_db(stack):
    nginx, servers = stack
    base = "http://127.0.0.1:%d" % nginx.port
    before = get(nginx.port, "counter.js")[1]

    async def go():
        for i in range(6):
            ws = await connect(base, "ws.js", headers={"Origin": base})
            await ws.write_message("w%d" % i)
            assert await recv(ws) == before
            assert await recv(ws) == "stored w%d" % i
            assert await recv(ws) is None
            ws.close()

    run(go())
    conns = [len(re.findall(r"ws w\d", s.log())) for s in servers]
    assert sum(conns) == 6 and all(conns), conns
    assert get(nginx.port, "list.js") == (200, ",".join("w%d" % i for i in range(6)))


def test_the_origin_check_holds_behind_the_proxy(stack):
    nginx, _ = stack
    base = "http://127.0.0.1:%d" % nginx.port

    async def go():
        with pytest.raises(HTTPClientError) as e:
            await connect(base, "ws.js", headers={"Origin": "http://evil.example"})
        assert e.value.code == 403
        ws = await connect(base, "ws.js", headers={"Origin": base})  # same origin through nginx
        await ws.write_message("origin-ok")
        assert (await recv(ws)) is not None
        ws.close()

    run(go())


def test_the_access_log_shows_the_real_client_address(stack):
    nginx, servers = stack
    for _ in range(2):
        assert get(nginx.port, "list.js")[0] == 200
    logs = "".join(s.log() for s in servers)
    lines = re.findall(r"200 GET /system/ajgi/interface\?script=list\.js \(([\d.]+)\)", logs)
    assert lines and set(lines) == {CLIENT_ADDR}


def test_without_xheaders_a_client_cannot_claim_another_address(tmp_path):
    root = str(tmp_path / "web")
    shutil.copytree(os.path.join(REPO, "examples", "web"), root)
    srv = Serve(root, str(tmp_path / "server.log"), ["--data-dir", str(tmp_path / "data")])
    try:
        conn = http.client.HTTPConnection("127.0.0.1", srv.port, timeout=20)
        conn.request("GET", IFACE + "hello.js", headers={"X-Real-IP": "6.6.6.6",
                                                          "X-Forwarded-For": "6.6.6.6"})
        assert conn.getresponse().status == 200
        conn.close()
        assert srv.wait_log(r"script=hello\.js \(127\.0\.0\.1\)")
        assert "6.6.6.6" not in srv.log()
    finally:
        srv.stop()
