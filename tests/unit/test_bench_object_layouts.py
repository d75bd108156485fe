"""bench/object_layouts.py compares like with like: its three layouts do the
work of bench/scripts/object_alloc.js (the same update loop, the same total
as the compiled script prints). This checks the programs, not speed."""

import os
import sys

from tests.helpers import run_js

BENCH = os.path.join(os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__)))), "bench")
sys.path.insert(0, BENCH)
try:
    import object_layouts
finally:
    sys.path.remove(BENCH)


def test_every_layout_computes_the_scripts_total():
    with open(os.path.join(BENCH, "scripts", "object_alloc.js")) as f:
        source = f.read()
    (line,) = run_js(source)
    total = float(line.split()[1])  # "alloc TOTAL SEEN NAME"
    assert total > 0
    for name, run in object_layouts.LAYOUTS.items():
        assert run(100000) == total, name


def test_the_wrapper_layout_is_the_runtimes():
    from runtime.values import JSObject

    assert object_layouts.Wrapper.__slots__ == JSObject.__slots__
    assert object_layouts.DictSubclass.__slots__ == tuple(s for s in JSObject.__slots__ if s != "props")
