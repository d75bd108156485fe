"""``python -m ajgi_tx run`` recurses as deep with the compile cache warm as
after a fresh compile (the stack depth used to be raised only by the
compiler, which a warm cache never imports)."""

import os
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))

DEEP = """
function down(n) { return n === 0 ? 0 : 1 + down(n - 1); }
var o = { get deep() { return down(5000); } };
console.log(down(5000), o.deep, [5000].map(down)[0]);
"""


def test_cold_and_warm_runs_recurse_5000_deep(tmp_path):
    script = tmp_path / "deep.js"
    script.write_text(DEEP, encoding="utf-8")
    cache_dir = tmp_path / "cache"
    cmd = [sys.executable, "-m", "ajgi_tx", "run", "--cache-dir", str(cache_dir), str(script)]
    runs = []
    for _ in range(2):
        r = subprocess.run(cmd, capture_output=True, text=True, cwd=ROOT, timeout=120)
        runs.append((r.returncode, r.stdout, r.stderr[-300:]))
        if len(runs) == 1:
            assert any(cache_dir.rglob("*")), "the first run filled no cache"
    assert runs[0] == (0, "5000 5000 5000\n", "")
    assert runs[1] == runs[0]  # the warm run (compiler not imported) too
