"""Running a script through ``python -m ajgi_tx run`` (the CLI provides the
AGI host functions, ``delay()`` among them): the blocking-path tests of
the ES2015 expression and class work use it."""

import os
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))


def run_agi(tmp_path, source, name="s.js"):
    """(stdout lines, stderr) of the script run by the CLI."""
    p = tmp_path / name
    p.write_text(source, encoding="utf-8")
    env = dict(os.environ, PYTHONPATH=ROOT)
    r = subprocess.run([sys.executable, "-m", "ajgi_tx", "run", str(p)], capture_output=True,
                       text=True, cwd=ROOT, timeout=120, env=env)
    return r.stdout.splitlines(), r.stderr
