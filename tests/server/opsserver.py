"""``python -m ajgi_tx serve`` as a subprocess with an admin listener, for
the operations tests (metrics, admin, logs)."""

import json
import os
import signal
import subprocess
import sys
import time
import urllib.error
import urllib.request

from prometheus_client.parser import text_string_to_metric_families

from tests.helpers import free_port, run_loop
from tests.server.conftest import REPO

STEP = 20.0


class OpsServer:
    """The server; ``base`` is the public URL, ``admin`` the admin one."""

    def __init__(self, tmp_path, scripts, *args, env=None, admin_host="127.0.0.1", wait=True):
        self.root = tmp_path / "web"
        self.root.mkdir(exist_ok=True)
        for name, source in scripts.items():
            (self.root / name).write_text(source)
        self.port = free_port()
        self.admin_port = free_port()
        self.base = "http://127.0.0.1:%d" % self.port
        self.admin = "http://127.0.0.1:%d" % self.admin_port
        self.log_path = tmp_path / "serve.log"
        full_env = dict(os.environ, PYTHONPATH=REPO, XDG_DATA_HOME=str(tmp_path / "xdg"),
                        AJGI_CACHE_DIR=str(tmp_path / "cache"))
        full_env.pop("PROMETHEUS_MULTIPROC_DIR", None)
        full_env.update(env or {})
        cmd = [sys.executable, "-m", "ajgi_tx", "serve", "--root", str(self.root), "--port", str(self.port),
               "--admin-port", str(self.admin_port), "--admin-host", admin_host, *args]
        if "--loop" not in args:
            cmd += ["--loop", run_loop()]  # the run's loop, as tests/server/external.py
        with open(self.log_path, "w") as log:
            self.proc = subprocess.Popen(cmd, stdout=log, stderr=log, env=full_env, cwd=REPO)
        if wait:
            self.wait_ready()

    def wait_ready(self, headers=None):
        deadline = time.time() + 60
        while time.time() < deadline:
            if self.proc.poll() is not None:
                raise RuntimeError("server exited: " + self.log())
            try:
                status, _ = self.get(self.admin + "/readyz", headers=headers, timeout=2)
                if status == 200:
                    return
            except OSError:
                pass
            time.sleep(0.1)
        raise RuntimeError("server not ready: " + self.log())

    def log(self):
        return self.log_path.read_text()

    @staticmethod
    def get(url, headers=None, data=None, method=None, timeout=STEP):
        """(status, body bytes)."""
        req = urllib.request.Request(url, headers=headers or {}, data=data, method=method)
        try:
            with urllib.request.urlopen(req, timeout=timeout) as r:
                return r.status, r.read()
        except urllib.error.HTTPError as e:
            return e.code, e.read()

    def metrics(self, headers=None):
        """{(name, frozenset(labels.items())): value} of one scrape."""
        status, body = self.get(self.admin + "/metrics", headers=headers)
        assert status == 200, body
        out = {}
        for family in text_string_to_metric_families(body.decode("utf-8")):
            for s in family.samples:
                out[(s.name, frozenset(s.labels.items()))] = s.value
        return out

    def scripts(self, headers=None):
        status, body = self.get(self.admin + "/system/ajgi/scripts", headers=headers)
        assert status == 200, body
        return json.loads(body)["scripts"]

    def stop(self):
        if self.proc.poll() is None:
            self.proc.send_signal(signal.SIGTERM)
            try:
                self.proc.wait(20)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait(10)


def value(scrape, name, /, **labels):
    """A sample of a scrape (0.0 when absent: a labelled counter appears once it moved)."""
    return scrape.get((name, frozenset((k, str(v)) for k, v in labels.items())), 0.0)


def delta(before, after, name, /, **labels):
    return value(after, name, **labels) - value(before, name, **labels)
