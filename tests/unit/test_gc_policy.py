"""The cyclic GC settings of a long-running process (ajgi_tx/gc_policy.py):
the server applies them after start-up and the CPU benchmark after its
warm-up, so the benchmark measures what the server runs."""

import gc
import os
import sys

from ajgi_tx import gc_policy


def test_settle_long_lived_freezes_and_raises_the_young_threshold():
    before = gc.get_threshold()
    try:
        gc_policy.settle_long_lived()
        assert gc.get_freeze_count() > 0
        assert gc.get_threshold() == (gc_policy.YOUNG_THRESHOLD,) + before[1:]
    finally:
        gc.unfreeze()
        gc.set_threshold(*before)


def test_the_cpu_benchmark_settles_as_the_server_does(monkeypatch):
    bench = os.path.join(os.path.dirname(__file__), "..", "..", "bench")
    monkeypatch.syspath_prepend(os.path.abspath(bench))
    import suite_cpu

    calls = []
    monkeypatch.setattr(gc_policy, "settle_long_lived", lambda: calls.append(1))
    suite_cpu.freeze_long_lived()
    assert calls == [1]
    sys.modules.pop("suite_cpu", None)
