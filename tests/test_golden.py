"""Golden tier: the Python the compiler emits for small, targeted scripts.

``tests/golden/<topic>/NAME.js`` must compile to exactly ``NAME.py``;
``tests/golden/unsupported/NAME.js`` must fail with exactly ``NAME.err``.
Regenerate after a reviewed compiler change with
``python -m pytest tests/test_golden.py --update-golden`` and read the diff.
"""

import glob
import os

import pytest

from ajgi_tx.compiler import compile_source
from ajgi_tx.errors import CompileError

HERE = os.path.dirname(os.path.abspath(__file__))
GOLDEN = os.path.join(HERE, "golden")
CASES = sorted(glob.glob(os.path.join(GOLDEN, "*", "*.js")))


def _actual(path):
    rel = os.path.relpath(path, GOLDEN)
    with open(path, encoding="utf-8") as f:
        source = f.read()
    if rel.startswith("unsupported" + os.sep):
        with pytest.raises(CompileError) as info:
            compile_source(source, rel)
        return info.value.format() + "\n", path[:-3] + ".err"
    return compile_source(source, rel).python_source(), path[:-3] + ".py"


@pytest.mark.parametrize("path", CASES, ids=[os.path.relpath(p, GOLDEN) for p in CASES])
def test_golden(path, request):
    actual, expected_path = _actual(path)
    if request.config.getoption("--update-golden"):
        with open(expected_path, "w", encoding="utf-8") as f:
            f.write(actual)
    assert os.path.exists(expected_path), "missing golden file; run with --update-golden"
    with open(expected_path, encoding="utf-8") as f:
        assert actual == f.read()
