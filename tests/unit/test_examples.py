"""The bundled examples compile, and the pages point at scripts that exist."""

import glob
import os
import re

import pytest

from ajgi_tx.compiler import compile_source

ROOT = os.path.join(os.path.dirname(__file__), "..", "..", "examples", "web")
SCRIPTS = sorted(glob.glob(os.path.join(ROOT, "**", "*.js"), recursive=True))


@pytest.mark.parametrize("path", SCRIPTS, ids=[os.path.relpath(p, ROOT) for p in SCRIPTS])
def test_example_compiles(path):
    with open(path, encoding="utf-8") as f:
        compile_source(f.read(), path)


def test_console_page_lists_existing_websocket_scripts():
    with open(os.path.join(ROOT, "wsconsole.html"), encoding="utf-8") as f:
        options = re.findall(r"<option>([^<]+)</option>", f.read())
    assert len(options) >= 6
    for name in options:
        assert os.path.isfile(os.path.join(ROOT, name)), name
