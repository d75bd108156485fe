"""``python -m ajgi_tx serve``: the DB lives in a persistent per-user data
directory by default, printed at startup (--data-dir overrides it); the
defence options reach the server."""

import os
import subprocess
import sys
import time
import urllib.error
import urllib.request

from ajgi_tx.config import ServerConfig
from tests.helpers import free_port
from tests.server.conftest import REPO
from tests.server.client import url


def test_default_is_xdg_data_home(monkeypatch, tmp_path):
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg"))
    cfg = ServerConfig(root=str(tmp_path))
    assert cfg.data_dir == str(tmp_path / "xdg" / "ajgi_tx")
    assert cfg.db_path == str(tmp_path / "xdg" / "ajgi_tx" / "agi.sqlite3")


def test_default_without_xdg_is_local_share(monkeypatch, tmp_path):
    monkeypatch.delenv("XDG_DATA_HOME", raising=False)
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    assert ServerConfig(root=str(tmp_path)).data_dir == str(tmp_path / "home" / ".local" / "share" / "ajgi_tx")
    monkeypatch.setenv("XDG_DATA_HOME", "relative/ignored")  # the spec says: absolute only
    assert ServerConfig(root=str(tmp_path)).data_dir == str(tmp_path / "home" / ".local" / "share" / "ajgi_tx")


def test_never_the_temp_directory(monkeypatch, tmp_path):
    import tempfile
    monkeypatch.delenv("XDG_DATA_HOME", raising=False)
    assert not ServerConfig(root=str(tmp_path)).data_dir.startswith(tempfile.gettempdir() + os.sep + "ajgi")


def test_serve_prints_the_data_dir_and_keeps_the_db_there(tmp_path):
    root = tmp_path / "web"
    root.mkdir()
    (root / "db.js").write_text('newDBTableIfNotExists("t"); writeDBItem("t", "k", "v"); sendResp(readDBItem("t", "k"));')
    port = free_port()
    env = dict(os.environ, XDG_DATA_HOME=str(tmp_path / "xdg"), PYTHONPATH=REPO)
    log_path = tmp_path / "serve.log"
    with open(log_path, "w") as log:
        proc = subprocess.Popen([sys.executable, "-m", "ajgi_tx", "serve", "--root", str(root),
                                 "--port", str(port)], stdout=log, stderr=log, env=env, cwd=REPO)
    try:
        want = "data directory: %s" % (tmp_path / "xdg" / "ajgi_tx")
        deadline = time.time() + 20
        while want not in log_path.read_text() and time.time() < deadline:
            time.sleep(0.05)
        assert want in log_path.read_text()
        assert "ajgi_tx: open http://127.0.0.1:%d/ in a browser" % port in log_path.read_text()
        with urllib.request.urlopen(url("http://127.0.0.1:%d" % port, "db.js"), timeout=20) as r:
            assert r.read() == b"v"
        assert (tmp_path / "xdg" / "ajgi_tx" / "agi.sqlite3").exists()
    finally:
        proc.terminate()
        proc.wait(10)


def test_defence_options_reach_the_server(tmp_path):
    root = tmp_path / "web"
    root.mkdir()
    (root / "hello.js").write_text("sendResp('hello');")
    port = free_port()
    env = dict(os.environ, PYTHONPATH=REPO)
    log_path = tmp_path / "serve.log"
    with open(log_path, "w") as log:
        proc = subprocess.Popen([sys.executable, "-m", "ajgi_tx", "serve", "--root", str(root),
                                 "--port", str(port), "--data-dir", str(tmp_path / "data"),
                                 "--max-body", "100", "--allowed-hosts", "myhost.test,other.test",
                                 "--max-scripts", "5", "--header-timeout", "2", "--body-timeout", "2"],
                                stdout=log, stderr=log, env=env, cwd=REPO)
    try:
        deadline = time.time() + 20
        while "data directory: %s" % (tmp_path / "data") not in log_path.read_text() and time.time() < deadline:
            time.sleep(0.05)
        base = "http://127.0.0.1:%d" % port
        req = urllib.request.Request(url(base, "hello.js"), data=b"x" * 200)
        try:
            urllib.request.urlopen(req, timeout=20)
            status = 200
        except urllib.error.HTTPError as e:
            status, body = e.code, e.read()
        assert status == 413 and b"limited to 100 bytes" in body
        req = urllib.request.Request(url(base, "hello.js"), headers={"Host": "other.test"})
        with urllib.request.urlopen(req, timeout=20) as r:
            assert r.read() == b"hello"
        req = urllib.request.Request(url(base, "hello.js"), headers={"Host": "evil.test"})
        try:
            urllib.request.urlopen(req, timeout=20)
            status = 200
        except urllib.error.HTTPError as e:
            status = e.code
        assert status == 403
    finally:
        proc.terminate()
        proc.wait(10)


def test_cross_site_switch_parses():
    import argparse
    from ajgi_tx.__main__ import _add_defence_options
    from ajgi_tx.config import from_args
    p = argparse.ArgumentParser()
    p.add_argument("--root")
    _add_defence_options(p)
    cfg = from_args(p.parse_args(["--root", ".", "--allow-cross-site-post", "--max-scripts", "0"]))
    assert cfg.allow_cross_site_post is True and cfg.max_scripts == 0
    assert from_args(p.parse_args(["--root", "."])).allow_cross_site_post is False


def test_browse_url_names_a_reachable_address(tmp_path):
    import socket
    import types
    from ajgi_tx.server import browse_url

    s = socket.socket()
    s.bind(("127.0.0.1", 0))
    try:
        port = s.getsockname()[1]
        listener = types.SimpleNamespace(sockets=[s])
        for host, shown in (("0.0.0.0", "127.0.0.1"), ("", "127.0.0.1"), ("::", "127.0.0.1"),
                            ("::1", "[::1]"), ("example.test", "example.test")):
            cfg = ServerConfig(root=str(tmp_path), host=host, port=0)
            assert browse_url(cfg, listener) == "http://%s:%d/" % (shown, port)
    finally:
        s.close()
