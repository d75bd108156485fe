"""Helpers for tests: run JS source in-process and capture console output,
or through ``python -m ajgi_tx run`` (the AGI environment); a free port for
a server the test starts; a count of the scheduler's checkpoints."""

import contextlib
import os
import socket
import subprocess
import sys

from ajgi_tx.runner import run_source


def run_loop():
    """The event loop of this test run (``AJGI_TEST_LOOP``, see tests/conftest.py),
    for the servers the tests start as ``python -m ajgi_tx serve``."""
    return os.environ.get("AJGI_TEST_LOOP", "asyncio")


def free_port():
    """A TCP port on 127.0.0.1 nobody listens on right now."""
    s = socket.socket()
    s.bind(("127.0.0.1", 0))
    port = s.getsockname()[1]
    s.close()
    return port


def run_js(source, filename="<test>.js"):
    """Runs ``source``; returns the list of console lines (all levels)."""
    lines = []
    run_source(source, filename, write=lambda level, text: lines.extend(text.split("\n")))
    return lines


def python_one_line(source, filename="t.js"):
    """The Python ``source`` compiles to, on one line without astor's line
    breaks (for tests that pin the shape of emitted code)."""
    from ajgi_tx.compiler import compile_source

    text = " ".join(compile_source(source, filename).python_source().split())
    return text.replace("( ", "(").replace(" )", ")")


@contextlib.contextmanager
def counting_checkpoints():
    """Counts the checkpoints passed inside the block (the scheduler's flag
    is set, and set again after each, so every one calls the handler):
    yields a one-item list holding the count."""
    from runtime import sched

    calls = [0]

    def handler():
        calls[0] += 1
        sched.FLAG[0] = True

    old = (sched._sync_handler, sched._async_handler)
    sched.set_handlers(handler, None)
    sched.FLAG[0] = True
    try:
        yield calls
    finally:
        sched.FLAG[0] = False
        sched.set_handlers(*old)


def js_eval(expr):
    """The ToString of a JS expression's value, via console.log."""
    return run_js("console.log(%s)" % expr)[0]


REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def run_agi(tmp_path, source):
    """``python -m ajgi_tx run`` on ``source`` (the AGI environment, where
    ``delay()`` really waits); returns the CompletedProcess."""
    path = tmp_path / "s.js"
    path.write_text(source)
    return subprocess.run([sys.executable, "-m", "ajgi_tx", "run", "--cache-dir", str(tmp_path / "c"),
                           str(path)], capture_output=True, text=True, cwd=REPO, timeout=120,
                          env=dict(os.environ, TMPDIR=str(tmp_path)))


class ScriptsAndLog:
    """What the tests' server processes share: scripts written under
    ``self.root`` and the log read from ``self.log_path`` (written through
    the open file ``self._log``)."""

    def script(self, name, source):
        """Writes ``source`` to ``name`` under the root; returns ``name``."""
        path = os.path.join(self.root, name)
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(path, "w", encoding="utf-8") as f:
            f.write(source)
        return name

    def log(self):
        self._log.flush()
        with open(self.log_path, encoding="utf-8") as f:
            return f.read()
