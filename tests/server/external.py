"""Real processes for the scaling tests: ``python -m ajgi_tx serve``,
Debian's ``redis-server`` and ``nginx``, each on 127.0.0.1 on a free port
with its own temporary config and directories.

A missing binary fails the test with the package to install (``.ci/run``
and ``scripts/test.sh`` install them); nothing is skipped silently.
"""

import os
import re
import shutil
import signal
import socket
import subprocess
import sys
import time

import pytest

from tests.helpers import ScriptsAndLog, free_port, run_loop

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(os.path.dirname(HERE))
SBIN = ("/usr/sbin", "/usr/local/sbin", "/sbin")




def require_binary(name, package):
    """The path of ``name`` (PATH, then the sbin folders), else the test fails."""
    path = shutil.which(name) or shutil.which(name, path=os.pathsep.join(SBIN))
    if path is None:
        pytest.fail("%s not found: install the Debian package %s "
                    "(apt-get install -y --no-install-recommends %s; scripts/test.sh does it)"
                    % (name, package, package), pytrace=False)
    return path


def wait_port(port, proc, timeout=15.0):
    deadline = time.time() + timeout
    while time.time() < deadline:
        if proc.poll() is not None:
            return False
        try:
            socket.create_connection(("127.0.0.1", port), 0.2).close()
            return True
        except OSError:
            time.sleep(0.05)
    return False


def _stop(proc, timeout=10.0):
    if proc.poll() is None:
        proc.terminate()
        try:
            proc.wait(timeout)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait(5)


class Serve(ScriptsAndLog):
    """``python -m ajgi_tx serve --root ROOT --port P ARGS...`` with its log
    (stderr) in ``log_path``; waits until ``workers`` processes serve."""

    def __init__(self, root, log_path, args=(), workers=1, env=None, port=None):
        self.root = root
        self.port = port or free_port()
        self.base = "http://127.0.0.1:%d" % self.port
        self.log_path = log_path
        self._log = open(log_path, "w")
        e = dict(os.environ, PYTHONPATH=REPO + os.pathsep + os.environ.get("PYTHONPATH", ""))
        e.update(env or {})
        args = list(args)
        if "--loop" not in args:
            # the run's loop (tests/conftest.py), as the in-process servers use
            # it, so that each pass of .ci/run serves on its own loop
            args += ["--loop", run_loop()]
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "ajgi_tx", "serve", "--root", root, "--port", str(self.port)]
            + args, cwd=REPO, env=e, stdin=subprocess.DEVNULL, stdout=self._log,
            stderr=subprocess.STDOUT, start_new_session=True)
        if not self.wait_log(r"serving .*", count=workers, timeout=30):
            self.stop()
            raise RuntimeError("server did not start:\n" + self.log())

    @property
    def pid(self):
        return self.proc.pid

    def wait_log(self, pattern, count=1, timeout=10.0):
        """True once ``pattern`` (a regex) matched ``count`` log lines."""
        deadline = time.time() + timeout
        while time.time() < deadline:
            if len(re.findall(pattern, self.log())) >= count:
                return True
            if self.proc.poll() is not None:
                return len(re.findall(pattern, self.log())) >= count
            time.sleep(0.05)
        return False

    def worker_pids(self):
        """Pids of the workers that logged they serve, in order."""
        return [int(p) for p in re.findall(r"worker \d+ \(pid (\d+)\) serving", self.log())]

    def signal(self, sig):
        os.kill(self.proc.pid, sig)

    def stop(self):
        _stop(self.proc)
        if self.proc.poll() is None:  # pragma: no cover - a stuck server
            os.killpg(self.proc.pid, signal.SIGKILL)
        self._log.close()


class Redis:
    """Debian's redis-server on 127.0.0.1:PORT, no persistence, in ``tmpdir``."""

    def __init__(self, tmpdir):
        binary = require_binary("redis-server", "redis-server")
        self.port = free_port()
        self.url = "redis://127.0.0.1:%d/0" % self.port
        os.makedirs(tmpdir, exist_ok=True)
        self.proc = subprocess.Popen(
            [binary, "--port", str(self.port), "--bind", "127.0.0.1", "--save", "",
             "--appendonly", "no", "--dir", tmpdir, "--daemonize", "no", "--logfile", ""],
            stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
            start_new_session=True)
        if not wait_port(self.port, self.proc):
            self.stop()
            raise RuntimeError("redis-server did not start on port %d" % self.port)

    def client(self):
        import redis

        return redis.Redis(host="127.0.0.1", port=self.port, db=0)

    def stop(self):
        _stop(self.proc)


class Nginx:
    """Debian's nginx with ``conf`` (a whole nginx.conf text) as its config,
    running in the foreground with every path under ``tmpdir``."""

    def __init__(self, tmpdir, conf, port):
        binary = require_binary("nginx", "nginx-light")
        self.port = port
        self.dir = tmpdir
        for d in ("logs", "tmp"):
            os.makedirs(os.path.join(tmpdir, d), exist_ok=True)
        self.conf_path = os.path.join(tmpdir, "nginx.conf")
        with open(self.conf_path, "w") as f:
            f.write(conf)
        self.proc = subprocess.Popen(
            [binary, "-p", tmpdir + "/", "-c", self.conf_path, "-g", "daemon off;"],
            stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
            stderr=open(os.path.join(tmpdir, "logs", "stderr.log"), "w"), start_new_session=True)
        if not wait_port(port, self.proc):
            self.stop()
            raise RuntimeError("nginx did not start: " + self.error_log())

    def error_log(self):
        try:
            with open(os.path.join(self.dir, "logs", "stderr.log")) as f:
                return f.read()
        except OSError:
            return ""

    def stop(self):
        _stop(self.proc)
