"""Live AGI servers on 127.0.0.1 for tests/server (one subprocess each).

``server`` serves a temporary root holding a copy of examples/web; tests
add scripts with ``server.script(name, source)``. ``dev_server`` runs with
``--dev`` and an origin allow-list. Both logs are kept for assertions.
"""

import json
import os
import shutil
import subprocess
import sys
import time

from tests.helpers import ScriptsAndLog, free_port

import pytest

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(os.path.dirname(HERE))
EXAMPLES = os.path.join(REPO, "examples", "web")




class LiveServer(ScriptsAndLog):
    """A server subprocess; ``base`` is ``http://127.0.0.1:PORT``."""

    def __init__(self, root, log_path, **cfg):
        self.root = root
        self.port = free_port()
        self.base = "http://127.0.0.1:%d" % self.port
        self.log_path = log_path
        cfg.setdefault("root", root)
        cfg.setdefault("data_dir", os.path.join(os.path.dirname(root), "data"))
        self.cfg = cfg
        self._log = open(log_path, "w")
        self.proc = subprocess.Popen(
            [sys.executable, os.path.join(HERE, "liveserver.py"), str(self.port), json.dumps(cfg)],
            stdout=subprocess.PIPE, stderr=self._log, text=True)
        line = self.proc.stdout.readline()
        if "READY" not in line:
            self.stop()
            raise RuntimeError("server did not start: " + self.log())

    def wait_log(self, text, timeout=5.0):
        deadline = time.time() + timeout
        while time.time() < deadline:
            if text in self.log():
                return True
            time.sleep(0.02)
        return False

    def stop(self):
        if self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(5)
            except subprocess.TimeoutExpired:
                self.proc.kill()
        self._log.close()


def _make(tmp_path_factory, name, **cfg):
    base = tmp_path_factory.mktemp(name)
    root = os.path.join(str(base), "web")
    shutil.copytree(EXAMPLES, root)
    return LiveServer(root, os.path.join(str(base), "server.log"), **cfg)


QUOTA_USERS = """\
[[user]]
name = "alice"
admin = true

[[user]]
name = "carol"
quota = %d
"""


def make_quota_site(tmp_path_factory, name, quota, **cfg):
    """A server whose users file gives ``carol`` a storage quota of ``quota``
    bytes (``alice`` is the admin and the default user); a request names
    its user with the X-Remote-User header, trusted from 127.0.0.1."""
    base = tmp_path_factory.mktemp(name + "-users")
    path = os.path.join(str(base), "users.toml")
    with open(path, "w") as f:
        f.write(QUOTA_USERS % quota)
    return _make(tmp_path_factory, name, users_file=path, username="alice", user_header="X-Remote-User",
                 trusted_proxies=["127.0.0.1/32"], **cfg)


@pytest.fixture(scope="session")
def server(tmp_path_factory):
    s = _make(tmp_path_factory, "agi", cpu_budget=2.0, max_message_size=1 << 20,
              username="alice")
    yield s
    s.stop()


@pytest.fixture(scope="session")
def dev_server(tmp_path_factory):
    s = _make(tmp_path_factory, "agidev", dev=True, allowed_origins=["http://allowed.example"],
              query_params=True)
    yield s
    s.stop()
