"""``python -m ajgi_tx serve`` for the browser tests: started on a free
port with its output in a log file, ready once a URL answers, stopped at
the end of the ``with`` block (SIGTERM, then SIGKILL after 10 s)."""

import contextlib
import os
import subprocess
import sys
import time
import urllib.request

import pytest

from tests.helpers import free_port

REPO = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))


@contextlib.contextmanager
def serving(root, log_path, args=(), ready_path="index.html", timeout=30.0):
    """Yields the base URL (``http://127.0.0.1:PORT/``) once ``ready_path``
    answers; a server that exits or stays silent for ``timeout`` seconds
    fails the test with its log."""
    port = free_port()
    log = open(str(log_path), "w")
    proc = subprocess.Popen([sys.executable, "-m", "ajgi_tx", "serve", "--root", str(root),
                             "--port", str(port)] + list(args),
                            cwd=REPO, stdout=log, stderr=subprocess.STDOUT,
                            env=dict(os.environ, PYTHONPATH=REPO))
    url = "http://127.0.0.1:%d/" % port
    try:
        deadline = time.time() + timeout
        while True:
            try:
                urllib.request.urlopen(url + ready_path, timeout=2).close()
                break
            except OSError:
                if proc.poll() is not None or time.time() > deadline:
                    pytest.fail("the server did not start: " + open(str(log_path)).read())
                time.sleep(0.1)
        yield url
    finally:
        proc.terminate()
        try:
            proc.wait(10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait(5)
        log.close()
