"""bench/suite_constructs.py: the two forms of every construct do the same
work (same output as each other and as node), so the suite's ratios compare
like with like. Tiny loop counts: this checks the programs, not speed."""

import os
import shutil
import subprocess
import sys

import pytest

from tests.helpers import run_js

BENCH = os.path.join(os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__)))), "bench")
sys.path.insert(0, BENCH)
try:
    import suite_constructs
finally:
    sys.path.remove(BENCH)

SCALE = 0.001


@pytest.mark.parametrize("name", list(suite_constructs.PAIRS))
def test_both_forms_print_the_same_checksum(name):
    es5 = run_js(suite_constructs.source(name, False, SCALE))
    modern = run_js(suite_constructs.source(name, True, SCALE))
    assert es5 == modern and len(es5) == 1 and es5[0] not in ("", "NaN", "undefined")
    node = shutil.which("node")
    if node:
        ref = subprocess.run([node, "-e", suite_constructs.source(name, True, SCALE)],
                             capture_output=True, text=True, timeout=60).stdout.split()
        assert modern == ref
