"""What one JS object costs in CPython, by layout: the question behind
object_alloc's ratio to Python (bench/README.md, "cpu").

    python bench/object_layouts.py [--n 100000] [--reps 11]

Builds n small records the way bench/scripts/object_alloc.js does, then
updates them three times with the guards a compiled script needs, in three
layouts:

- ``wrapper``: the runtime's layout, a slotted object (proto, attributes,
  flags) that owns a plain dict of properties (runtime/values.JSObject);
- ``dict-subclass``: one object per record, a dict subclass carrying the
  same slots (no second object, but the GC tracks it, it is built by copying
  a dict, and CPython's specialised dict opcodes do not apply to it);
- ``plain-dict``: a bare dict, what the hand-written Python baseline uses
  (no identity of its own beyond the dict, no prototype: no JS object).

The three runs are written out each rather than sharing a loop: a helper
call per record would be part of what they measure. The cyclic GC runs as
``ajgi_tx serve`` sets it (ajgi_tx/gc_policy.py).
Prints the median wall time of each layout and its ratio to ``plain-dict``.
"""

import argparse
import os
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))

from ajgi_tx.gc_policy import settle_long_lived  # noqa: E402


class Wrapper:
    __slots__ = ("props", "attrs", "proto", "extensible", "special", "cls", "__weakref__")


class DictSubclass(dict):
    __slots__ = ("attrs", "proto", "extensible", "special", "cls", "__weakref__")


FLOATS = [float(i) for i in range(100)]
DIGITS = [str(i) for i in range(10)]
_new = object.__new__


def run_wrapper(n):
    items = []
    for i in range(n):
        o = _new(Wrapper)
        o.props = {"id": i + 0.0, "score": FLOATS[i % 97], "name": "item" + DIGITS[i % 10], "seen": False}
        o.proto = None
        o.attrs = None
        o.extensible = True
        o.special = False
        o.cls = "Object"
        items.append(o)
    total = 0.0
    for rnd in range(3):
        for o in items:
            if type(o) is Wrapper and not o.special and "seen" in (p := o.props) \
                    and type(a := p.get("score")) is float and type(b := p.get("id")) is float:
                p["score"] = s = (a * 3.0 + rnd) % 1009.0
                if s > 500.0:
                    p["seen"] = True
                total = (total + s + b % 7.0) % 1000000007.0
    return total


def run_dict_subclass(n):
    items = []
    for i in range(n):
        o = DictSubclass({"id": i + 0.0, "score": FLOATS[i % 97], "name": "item" + DIGITS[i % 10], "seen": False})
        o.proto = None
        o.attrs = None
        o.extensible = True
        o.special = False
        o.cls = "Object"
        items.append(o)
    total = 0.0
    for rnd in range(3):
        for o in items:
            if type(o) is DictSubclass and not o.special and "seen" in o \
                    and type(a := o.get("score")) is float and type(b := o.get("id")) is float:
                o["score"] = s = (a * 3.0 + rnd) % 1009.0
                if s > 500.0:
                    o["seen"] = True
                total = (total + s + b % 7.0) % 1000000007.0
    return total


def run_plain_dict(n):
    items = []
    for i in range(n):
        items.append({"id": i + 0.0, "score": FLOATS[i % 97], "name": "item" + DIGITS[i % 10], "seen": False})
    total = 0.0
    for rnd in range(3):
        for o in items:
            if type(o) is dict and "seen" in o and type(a := o.get("score")) is float \
                    and type(b := o.get("id")) is float:
                o["score"] = s = (a * 3.0 + rnd) % 1009.0
                if s > 500.0:
                    o["seen"] = True
                total = (total + s + b % 7.0) % 1000000007.0
    return total


LAYOUTS = {"wrapper": run_wrapper, "dict-subclass": run_dict_subclass, "plain-dict": run_plain_dict}


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--n", type=int, default=100000, help="records (default 100000)")
    ap.add_argument("--reps", type=int, default=11, help="runs per layout, interleaved (default 11)")
    args = ap.parse_args(argv)
    results = {name: fn(args.n) for name, fn in LAYOUTS.items()}  # warm-up; all compute the same
    if len(set(results.values())) != 1:
        sys.exit("layouts disagree: %r" % results)
    settle_long_lived()
    times = {name: [] for name in LAYOUTS}
    for _ in range(args.reps):
        for name, fn in LAYOUTS.items():
            t0 = time.perf_counter()
            fn(args.n)
            times[name].append(time.perf_counter() - t0)
    base = sorted(times["plain-dict"])[args.reps // 2]
    print("layout          median ms  ratio to plain-dict")
    for name, ts in times.items():
        median = sorted(ts)[args.reps // 2]
        print("%-15s %9.1f  %5.2fx" % (name, median * 1000, median / base))


if __name__ == "__main__":
    main()
