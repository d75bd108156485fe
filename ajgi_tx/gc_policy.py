"""The cyclic GC settings of a long-running ajgi_tx process: ``ajgi_tx
serve`` applies them once start-up is done (server.py), and the CPU
benchmark (bench/suite_cpu.py) after its warm-up, so it measures what the
server runs.

Everything loaded by then (Tornado, the runtime, esprima's Unicode tables)
lives as long as the process: frozen, it is out of every collection's reach
(full collections would otherwise walk it all each time).

A JS object is a tracked container (its JSObject; a Python dict of plain
values is not), so a script building objects starts a young collection
every ``threshold0`` of them; each walks the young objects and, every
``threshold1``-th, the middle generation too. Measured with cachegrind on
bench/scripts/object_alloc.js (100,000 literals kept in an array, 2,968M
instructions per run at the default 700): 2,906M at 10,000, 2,888M at
50,000, 2,818M with the GC off; json_roundtrip 1,099M -> 1,058M at 10,000;
the Python baselines do not move (their dicts are untracked). The price is
cyclic garbage waiting longer for its collection: measured as the peak RSS
over 300 runs of a small script (each a fresh realm, which is cyclic
garbage once done) or a script making 200,000 self-referencing objects,
1.4 and 2.1 MB more at 10,000 (4 and 8 MB at 50,000) than at 700.
"""

import gc

# threshold0: young container allocations between young collections
YOUNG_THRESHOLD = 10000


def settle_long_lived():
    """Freezes what is loaded so far and raises the young-generation
    threshold (the older generations' thresholds are kept)."""
    gc.collect()
    gc.freeze()
    _, older, oldest = gc.get_threshold()
    gc.set_threshold(YOUNG_THRESHOLD, older, oldest)
