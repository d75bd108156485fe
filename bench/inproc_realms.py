"""work.js's handle() called in one realm vs round robin over many (issue 11).

    python bench/inproc_realms.py [--realms 100] [--calls 2000] [--rounds 6]

The script's functions are defined in each of ``--realms`` realms; then,
interleaved for ``--rounds`` rounds, ``--calls`` calls of handle() on the
bench's two messages: all in the first realm, round robin over the realms
sharing the compiled code objects, and round robin over realms that each run
their own copy (ajgi_tx/code_copies.py, what the server gives overlapping
runs). Prints CPU µs per call (time.process_time) and the medians' ratios to
one realm. In-process, so it shows the interpreter's inline caches alone,
without the server around them.
"""
import argparse
import os
import statistics
import sys
import time

BENCH = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(BENCH))
sys.path.insert(0, BENCH)

import ws_work  # noqa: E402

from ajgi_tx import code_copies  # noqa: E402
from ajgi_tx.runner import compile_cached, create_realm  # noqa: E402
from runtime.host import execute  # noqa: E402
from runtime.realm import REALM  # noqa: E402
from runtime.values import js_string  # noqa: E402


def handle_source():
    with open(os.path.join(BENCH, "ws_scripts", "work.js"), encoding="utf-8") as f:
        src = f.read()
    return src[src.index("function handle"):src.index("if (websocket.upgrade")]


def realms_with_handle(compiled, n, own_code):
    out = []
    for _ in range(n):
        realm = create_realm()
        REALM.set(realm)
        unit = compiled
        if own_code:
            unit = code_copies.RunUnit(compiled, code_copies.copy_code(compiled.code))
        execute(unit, realm)
        out.append((realm, realm.global_object.props["handle"]))
    return out


def per_call_us(pairs, calls, msgs):
    t0 = time.process_time()
    for i in range(calls):
        realm, handle = pairs[i % len(pairs)]
        REALM.set(realm)
        handle(realm.global_object, msgs[i & 1])
    return (time.process_time() - t0) / calls * 1e6


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--realms", type=int, default=100)
    ap.add_argument("--calls", type=int, default=2000)
    ap.add_argument("--rounds", type=int, default=6)
    args = ap.parse_args()
    compiled = compile_cached(handle_source(), "work_handle.js")
    msgs = [js_string(m) for m in ws_work.messages()]
    shared = realms_with_handle(compiled, args.realms, own_code=False)
    own = realms_with_handle(compiled, args.realms, own_code=True)
    kinds = [("one realm", shared[:1]), ("%d realms, shared code" % args.realms, shared),
             ("%d realms, own code" % args.realms, own)]
    per_call_us(shared[:1], 200, msgs)  # warm-up
    times = {name: [] for name, _ in kinds}
    for rnd in range(args.rounds):
        for name, pairs in kinds:
            times[name].append(per_call_us(pairs, args.calls, msgs))
        print("round %d: %s" % (rnd, ", ".join("%s %.0f" % (n, times[n][-1]) for n, _ in kinds)),
              flush=True)
    base = statistics.median(times[kinds[0][0]])
    for name, _ in kinds:
        med = statistics.median(times[name])
        print("%-28s median %7.0f us/call  %.2fx" % (name, med, med / base))


if __name__ == "__main__":
    main()
