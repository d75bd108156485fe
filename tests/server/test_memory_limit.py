"""A script whose memory grows in a way no size check sees (many strings,
each under the string cap, in an array under the element cap: the size
checks of runtime/limits.py bound single strings and arrays) is stopped by
the process memory limit (--max-memory) at a scheduler checkpoint; the
server keeps answering and gives the memory back. A string doubled by ``+``
or ``+=`` is stopped earlier by the string-length check."""

import os
import subprocess
import sys
import time

import pytest

from runtime import limits
from tests.helpers import free_port
from tests.server.client import http
from tests.server.conftest import REPO

GROWING = """
function grow() { var a = [];
  var piece = new Array(1 << 20).join("x");
  for (var i = 0; i < 100000; i++) { a.push(piece + i); }
  return a.length; }
sendResp(grow());
"""
PLUS_DOUBLING = """
var s = "0123456789abcdef";
for (var i = 0; i < 40; i++) { s = s + s; }
sendResp(s.length);
"""


def _resident_mib(pid):
    with open("/proc/%d/statm" % pid) as f:
        return int(f.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") >> 20


def _serve(tmp_path, check):
    root = tmp_path / "web"
    root.mkdir()
    (root / "grow.js").write_text(GROWING)
    (root / "plus_double.js").write_text(PLUS_DOUBLING)
    (root / "plain.js").write_text("sendResp('plain');")
    port = free_port()
    log_path = tmp_path / "serve.log"
    with open(log_path, "w") as log:
        proc = subprocess.Popen(
            [sys.executable, "-m", "ajgi_tx", "serve", "--root", str(root), "--port", str(port),
             "--max-memory", "400", "--cpu-budget", "60", "--data-dir", str(tmp_path / "data")],
            stdout=log, stderr=log, env=dict(os.environ, PYTHONPATH=REPO), cwd=REPO)
    base = "http://127.0.0.1:%d" % port
    try:
        deadline = time.time() + 30
        while time.time() < deadline:
            try:
                if http(base, "plain.js")[2] == "plain":
                    break
            except OSError:
                time.sleep(0.1)
        check(base, proc)
        assert "Traceback" not in log_path.read_text()
    finally:
        proc.terminate()
        proc.wait(10)


def _stop(base):
    status, _, body = http(base, "grow.js")
    assert status == 500, body
    assert "memory limit of 400 MiB exceeded" in body and "grow.js:4:" in body, body
    assert http(base, "plain.js")[2] == "plain"


def test_growth_no_size_check_sees_is_stopped_by_the_memory_limit(tmp_path):
    def check(base, proc):
        status, _, body = http(base, "plus_double.js")
        assert status == 500 and "RangeError: Invalid string length" in body, body
        _stop(base)
    _serve(tmp_path, check)


def test_memory_comes_back_after_the_memory_limit_stops_a_script(tmp_path):
    def check(base, proc):
        _stop(base)
        # what the stopped function's frame held (its array of strings) is
        # freed when the stop is reported (runtime/agi/fairness.py), not at
        # some later full collection: 426-746 MiB stayed resident before
        assert _resident_mib(proc.pid) < 400, _resident_mib(proc.pid)
    _serve(tmp_path, check)


def test_memory_exceeded_needs_growth_over_the_limit(monkeypatch):
    monkeypatch.setattr(limits, "MAX_MEMORY", 1)  # 1 MiB: any process is over it
    now, message = limits.memory_exceeded(0)
    assert now > 0 and message is None  # no earlier reading: nothing to blame yet
    _, message = limits.memory_exceeded(now - 1)
    assert message and "memory limit of 1 MiB exceeded" in message
    _, message = limits.memory_exceeded(now + (1 << 30))  # the process shrank since
    assert message is None
    monkeypatch.setattr(limits, "MAX_MEMORY", 0)
    assert limits.memory_exceeded(now - 1)[1] is None  # 0 = no limit
