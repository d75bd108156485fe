"""Behavioural tier: every tests/scripts/**/*.js runs through the full
compile-and-execute path and must print exactly its ``// expect:`` lines.

``// expect: TEXT`` is one expected console line, in order.
``// expect error: TEXT`` expects the script to end with an uncaught error
whose ``Name: message`` contains TEXT.
``// xfail: REASON`` marks a known gap (kept visible, not hidden).
``// run: agi`` runs the script with the AGI environment of ``python -m
ajgi_tx run`` (``delay`` and the other blocking calls) instead of a bare realm.
The expectations were produced by node on the same file
(``python tests/tools/node_expect.py FILE`` regenerates them).
"""

import glob
import os
import re
import subprocess
import sys

import pytest

from ajgi_tx.errors import ScriptError

HERE = os.path.dirname(os.path.abspath(__file__))
SCRIPTS = sorted(glob.glob(os.path.join(HERE, "scripts", "**", "*.js"), recursive=True))
_EXPECT = re.compile(r"//\s*expect:\s?(.*)$")
_EXPECT_ERR = re.compile(r"//\s*expect error:\s?(.*)$")
_XFAIL = re.compile(r"//\s*xfail:\s?(.*)$")
_RUN_AGI = re.compile(r"^//\s*run:\s*agi\s*$", re.M)
REPO = os.path.dirname(HERE)


def _expectations(source):
    out, err, xfail = [], None, None
    for line in source.splitlines():
        m = _EXPECT.search(line)
        if m:
            out.append(m.group(1))
            continue
        m = _EXPECT_ERR.search(line)
        if m:
            err = m.group(1).strip()
        m = _XFAIL.search(line)
        if m:
            xfail = m.group(1).strip()
    return out, err, xfail


@pytest.mark.parametrize("path", SCRIPTS, ids=[os.path.relpath(p, HERE) for p in SCRIPTS])
def test_script(path):
    with open(path, encoding="utf-8") as f:
        source = f.read()
    expected, expected_err, xfail = _expectations(source)
    if xfail:
        pytest.xfail(xfail)
    assert expected or expected_err, "script has no expectations"
    if _RUN_AGI.search(source):
        lines, error = _run_agi(path)
        assert lines == expected
        if expected_err:
            assert error is not None and expected_err in error, error
        else:
            assert error is None, error
        return
    lines = []
    try:
        from ajgi_tx.runner import run_source

        run_source(source, path, write=lambda level, text: lines.extend(text.split("\n")))
        error = None
    except ScriptError as e:
        error = e.headline()
    assert lines == expected
    if expected_err:
        assert error is not None and expected_err in error, error
    else:
        assert error is None, error


def _run_agi(path):
    """(console lines, uncaught error headline or None) of ``python -m ajgi_tx run``."""
    r = subprocess.run([sys.executable, "-m", "ajgi_tx", "run", path], capture_output=True,
                       text=True, cwd=REPO, timeout=120)
    lines = r.stdout.split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    error = None
    if r.returncode != 0:
        first = (r.stderr.splitlines() or ["exit status %d" % r.returncode])[0]
        error = first[len("Uncaught "):] if first.startswith("Uncaught ") else first
    return lines, error
