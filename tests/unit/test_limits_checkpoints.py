"""Long Python loops inside built-ins reach checkpoints (issue 9), so the
scheduler can make the script yield and the CPU budget can stop it. A
handler that counts and re-arms the flag sees every checkpoint passed."""

import pytest

from tests.helpers import counting_checkpoints, run_js

N = 50000


@pytest.fixture
def count_checkpoints():
    def run(body, n):
        with counting_checkpoints() as calls:
            run_js("var n = %d, a = new Array(n + 1).join('x,').split(','), "
                   "s = new Array(n + 1).join('xy');\n%s;" % (n, body))
        return calls[0]

    return run


@pytest.mark.parametrize("body", [
    "a.map(String)", "a.forEach(isNaN)", "a.filter(Boolean)", "a.some(isNaN)",
    "a.reduce(isNaN)", "a.join('')", "a.sort()", "s.replace(/x/g, '$&')",
    "s.split(/x/)", "JSON.parse(JSON.stringify(a))", "JSON.stringify(a, null, 1)",
    "JSON.parse('[' + new Array(n).join('{},') + '{}]')",
])
def test_long_builtin_loops_reach_checkpoints(count_checkpoints, body):
    small = count_checkpoints(body, 10)
    big = count_checkpoints(body, N)
    # at least one checkpoint per CHUNK (4096) items
    assert big - small >= N // 4096 - 2, (small, big)  # 12 - 2
