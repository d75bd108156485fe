"""The bundled examples compile, and the pages point at scripts that exist."""

import glob
import os
import re
import subprocess
import sys

import pytest

from ajgi_tx.compiler import compile_source

ROOT = os.path.join(os.path.dirname(__file__), "..", "..", "examples", "web")
SCRIPTS = sorted(glob.glob(os.path.join(ROOT, "**", "*.js"), recursive=True))
REPO = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
# Examples written in ES2015 (issue 13), linked from the index page.
MODERN = {"modern_todo.js"}


def _param(path):
    rel = os.path.relpath(path, ROOT)
    return pytest.param(path, id=rel)


@pytest.mark.parametrize("path", [_param(p) for p in SCRIPTS])
def test_example_compiles(path):
    with open(path, encoding="utf-8") as f:
        compile_source(f.read(), path)


def test_console_page_lists_existing_websocket_scripts():
    with open(os.path.join(ROOT, "wsconsole.html"), encoding="utf-8") as f:
        options = re.findall(r"<option>([^<]+)</option>", f.read())
    assert len(options) >= 6
    for name in options:
        assert os.path.isfile(os.path.join(ROOT, name)), name


def test_index_page_links_the_modern_example():
    with open(os.path.join(ROOT, "index.html"), encoding="utf-8") as f:
        page = f.read()
    for name in MODERN:
        assert "script=%s" % name in page, name


def test_modern_todo_example_over_a_websocket(tmp_path):
    frames = "add milk\nadd bread\ndone 1\ndone 9\nlist\nbogus\nquit\nadd never\n"
    r = subprocess.run([sys.executable, "-m", "ajgi_tx", "run", "--ws", os.path.join(ROOT, "modern_todo.js")],
                       input=frames, capture_output=True, text=True, cwd=REPO, timeout=60,
                       env=dict(os.environ, TMPDIR=str(tmp_path), XDG_DATA_HOME=str(tmp_path / "xdg")))
    assert r.returncode == 0, r.stderr
    assert r.stdout.splitlines() == ["added #1: milk", "added #2: bread", "done #1", "no item #9",
                                     "[x] #1 milk", "[ ] #2 bread", "1 open of 2",
                                     "unknown command: bogus", "bye"]
    assert r.stderr.splitlines()[-1].startswith("websocket closed: 1000")
