"""cpu suite: the bench/scripts/*.js programs under each engine, whole-process and in-process.

Whole process (wall and child user+sys CPU, median of N): ajgi_tx (`python -m ajgi_tx run`),
python (bench/py), otto (`ottorun`), js2py (bench/js2py_driver.py), node.
In-process (this interpreter, after one warm-up call): python (bench/py main()) and ajgi_tx
(`ajgi_tx.runner.run_source`, when it exists). Engines run interleaved (A,B,C,A,B,C) per script.
Every engine's stdout must equal the reference (node, else python); a mismatch is reported loudly.

`--modern`: each script against its modern-style twin in bench/scripts_modern (let/const,
arrows, for-of, a class, templates; the same work and output), under ajgi_tx whole-process
and in-process, interleaved; prints modern/ES5 per script (issue 13's target: <= 1.2x).
"""
import contextlib
import glob
import importlib.util
import io
import os
import shutil
import sys
import time

import common
from common import BENCH, PY, fmt, median

SCRIPTS = ["startup", "fib", "numeric_loop", "string_append", "object_props", "object_alloc", "json_roundtrip",
           "regex_scan"]
PROCESS_ENGINES = ["ajgi_tx", "python", "otto", "js2py", "node"]
INPROC_ENGINES = ["ajgi_tx-inproc", "python-inproc"]


def js_path(name, modern=False):
    return os.path.join(BENCH, "scripts_modern" if modern else "scripts", name + ".js")


def engine_command(engine, name, ottorun):
    """argv for a whole-process engine, or None when the engine is not installed."""
    if engine == "ajgi_tx":
        return [PY, "-m", "ajgi_tx", "run", js_path(name)]
    if engine == "python":
        return [PY, os.path.join(BENCH, "py", name + ".py")]
    if engine == "otto":
        return [ottorun, js_path(name)] if ottorun else None
    if engine == "js2py":
        return [PY, os.path.join(BENCH, "js2py_driver.py"), js_path(name)]
    if engine == "node":
        node = shutil.which("node")
        return [node, js_path(name)] if node else None
    raise ValueError(engine)


def load_py_main(name):
    spec = importlib.util.spec_from_file_location(f"bench_py_{name}", os.path.join(BENCH, "py", name + ".py"))
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod.main


def ajgi_inproc_callable(name, modern=False):
    """A zero-argument callable running the compiled script in a fresh realm
    (what a server does per request), or raise. The script is compiled once
    here: compile time is the compile suite's business, and the hand-written
    Python is not re-compiled per call either. console.log output goes to
    sys.stdout (captured by run_inproc)."""
    from ajgi_tx.compiler import compile_source
    from ajgi_tx.runner import create_realm, run_compiled

    path = js_path(name, modern)
    with open(path, encoding="utf-8") as fh:
        compiled = compile_source(fh.read(), path)
    return lambda: run_compiled(compiled, create_realm())


def freeze_long_lived():
    """After the warm-up, the cyclic GC is set as ``ajgi_tx serve`` sets it
    after start-up (ajgi_tx/gc_policy.py): what has been loaded so far (the
    runtime, the compiled script, the modules the Python baseline imported)
    is moved out of its reach, and its young-generation threshold raised.
    Without the freeze the in-process runs pay full collections that walk
    every long-lived object of the process, which the server does not; both
    engines run with the same settings."""
    from ajgi_tx.gc_policy import settle_long_lived

    settle_long_lived()


def run_inproc(fn):
    """Call fn with stdout captured; wall and this process's CPU time."""
    buf = io.StringIO()
    t0, c0 = time.perf_counter(), time.process_time()
    try:
        with contextlib.redirect_stdout(buf):
            fn()
        err = None
    except BaseException as exc:  # a JS error or SystemExit from the runner must not end the suite
        err = f"{type(exc).__name__}: {exc}"[:300]
    return {"wall_s": time.perf_counter() - t0, "cpu_s": time.process_time() - c0,
            "rc": 0 if err is None else 1, "timed_out": False, "stdout": buf.getvalue(), "stderr_tail": err or ""}


def run(args):
    if getattr(args, "modern", False):
        return run_modern(args)
    ottorun = common.find_otto("ottorun", args.otto_bin)
    engines = [e for e in PROCESS_ENGINES + INPROC_ENGINES if not args.engines or e in args.engines]
    scripts = [s for s in SCRIPTS if not args.scripts or s in args.scripts]
    reps = args.reps or (1 if args.quick else 5)
    timeout = args.timeout or (30.0 if args.quick else 120.0)
    print(f"cpu suite: {len(scripts)} scripts x {len(engines)} engines x {reps} reps "
          f"(timeout {timeout:.0f}s per run; otto: {ottorun or 'not built'})", flush=True)

    results = {}  # script -> engine -> {"runs": [...], "status": ..., ...}
    mismatches = []
    for name in scripts:
        per = results.setdefault(name, {})
        inproc_fns = {}
        for engine in engines:
            entry = per.setdefault(engine, {"runs": [], "status": "ok"})
            if engine == "python-inproc":
                inproc_fns[engine] = load_py_main(name)
            elif engine == "ajgi_tx-inproc":
                try:
                    inproc_fns[engine] = ajgi_inproc_callable(name)
                except Exception as exc:
                    entry["status"] = "n/a"
                    entry["reason"] = f"{type(exc).__name__}: {exc}"[:200]
            elif engine_command(engine, name, ottorun) is None:
                entry["status"] = "n/a"
                entry["reason"] = "not installed / not built"
        if "ajgi_tx" in engines and per["ajgi_tx"]["status"] == "ok":
            # Unmeasured first run: fills the compile cache, so reps measure a warm start.
            first = common.run_process(engine_command("ajgi_tx", name, ottorun), timeout)
            per["ajgi_tx"]["first_wall_s"] = first["wall_s"]
            if first["timed_out"] or first["rc"] != 0:
                per["ajgi_tx"].update(status="n/a", reason="timeout" if first["timed_out"] else
                                      f"rc={first['rc']}: {first['stderr_tail']}")
        for engine, fn in inproc_fns.items():  # warm-up: first call includes import/compile
            first = run_inproc(fn)
            per[engine]["first_wall_s"] = first["wall_s"]
            if first["rc"] != 0:
                per[engine].update(status="n/a", reason=first["stderr_tail"])
        if inproc_fns:
            freeze_long_lived()
        for rep in range(reps):
            for engine in engines:
                entry = per[engine]
                if entry["status"] != "ok":
                    continue
                if engine in inproc_fns:
                    r = run_inproc(inproc_fns[engine])
                else:
                    r = common.run_process(engine_command(engine, name, ottorun), timeout)
                entry["runs"].append({k: r[k] for k in ("wall_s", "cpu_s", "rc", "timed_out")})
                entry["stdout"] = r["stdout"].strip()
                if r["timed_out"] or r["rc"] != 0:
                    entry["status"] = "n/a"
                    entry["reason"] = "timeout" if r["timed_out"] else f"rc={r['rc']}: {r['stderr_tail']}"
        ref_engine = next((e for e in ("node", "python", "python-inproc")
                           if e in per and per[e]["status"] == "ok" and per[e]["runs"]), None)
        ref = per[ref_engine]["stdout"] if ref_engine else None
        for engine, entry in per.items():
            if entry["status"] == "ok":
                entry["wall_s"] = median(r["wall_s"] for r in entry["runs"])
                entry["cpu_s"] = median(r["cpu_s"] for r in entry["runs"])
                if ref is not None and entry.get("stdout") != ref:
                    entry["status"] = "MISMATCH"
                    mismatches.append((name, engine, entry.get("stdout"), ref))
                    common.loud(f"CHECKSUM MISMATCH in {name}: {engine} printed {entry.get('stdout')!r}, "
                                f"{ref_engine} printed {ref!r}")
        cells = ", ".join(f"{e} {fmt(per[e].get('wall_s') and per[e]['wall_s'] * 1e3)}"
                          if per[e]["status"] == "ok" else f"{e} {per[e]['status']}" for e in engines)
        print(f"  {name}: {cells} (ms wall)", flush=True)

    print_report(results, engines, scripts)
    return {"suite": "cpu", "reps": reps, "timeout_s": timeout, "engines": engines, "scripts": scripts,
            "ottorun": ottorun, "results": results,
            "mismatches": [{"script": s, "engine": e, "got": g, "expected": x} for s, e, g, x in mismatches]}


def cell(entry, key):
    if entry["status"] != "ok":
        return entry["status"]
    return fmt(entry[key] * 1e3)


def ratio(a, b, key="wall_s"):
    if a.get("status") != "ok" or b.get("status") != "ok" or not b.get(key):
        return "n/a"
    return f"{a[key] / b[key]:.2f}x"


def print_report(results, engines, scripts):
    for key, title in (("wall_s", "wall time, ms (median)"), ("cpu_s", "user+sys CPU, ms (median)")):
        print(f"\ncpu suite: {title}")
        common.print_table(["script"] + engines, [[s] + [cell(results[s][e], key) for e in engines] for s in scripts])
    # startup's in-process row is a realm's creation (~0.1 ms) against a
    # print: its ratio is not a target, the net table takes it out of the others
    print("\ncpu suite: ratios of wall time (targets: ajgi_tx-inproc <= 2x python-inproc but startup, "
          "ajgi_tx <= 3x python, otto >= 20x ajgi_tx)")
    pairs = [("ajgi_tx", "python"), ("otto", "ajgi_tx"), ("otto", "python"), ("js2py", "python"),
             ("python", "node"), ("ajgi_tx-inproc", "python-inproc")]
    pairs = [(a, b) for a, b in pairs if a in engines and b in engines]
    common.print_table(["script"] + [f"{a}/{b}" for a, b in pairs],
                       [[s] + [ratio(results[s][a], results[s][b]) for a, b in pairs] for s in scripts])
    if "startup" in scripts:
        print("\ncpu suite: wall time net of each engine's start-up row, ms (median minus startup)")
        net_rows = []
        for s in scripts:
            if s == "startup":
                continue
            row = [s]
            for e in engines:
                a, b = results[s][e], results["startup"][e]
                ok = a["status"] == "ok" and b["status"] == "ok"
                row.append(fmt((a["wall_s"] - b["wall_s"]) * 1e3) if ok else a["status"] if a["status"] != "ok" else "n/a")
            net_rows.append(row)
        common.print_table(["script"] + engines, net_rows)
    notes = [(s, e, results[s][e].get("reason")) for s in scripts for e in engines
             if results[s][e]["status"] != "ok" and results[s][e].get("reason")]
    seen = set()
    for s, e, why in notes:
        if (e, why) not in seen:
            seen.add((e, why))
            print(f"  note: {e} n/a ({s}...): {why}")


MODERN_VARIANTS = [("ajgi_tx", False), ("ajgi_tx", True), ("ajgi_tx-inproc", False), ("ajgi_tx-inproc", True)]


def _variant(engine, modern):
    return engine + ("-modern" if modern else "-es5")


def run_modern(args):
    """ES5 script vs its modern twin: whole process and in-process, interleaved per rep."""
    scripts = [s for s in SCRIPTS if not args.scripts or s in args.scripts]
    reps = args.reps or (1 if args.quick else 5)
    timeout = args.timeout or (30.0 if args.quick else 120.0)
    node = shutil.which("node")
    print(f"cpu suite --modern: {len(scripts)} scripts x ES5/modern x {reps} reps", flush=True)
    results, mismatches = {}, []
    for name in scripts:
        per = {}
        fns = {}
        for engine, modern in MODERN_VARIANTS:
            key = _variant(engine, modern)
            entry = per[key] = {"runs": [], "status": "ok"}
            if engine == "ajgi_tx-inproc":
                try:
                    fns[key] = ajgi_inproc_callable(name, modern)
                except Exception as exc:  # a compile error: the modern construct is not supported yet
                    entry.update(status="n/a", reason=f"{type(exc).__name__}: {exc}"[:200])
                    continue
                first = run_inproc(fns[key])
            else:
                first = common.run_process([PY, "-m", "ajgi_tx", "run", js_path(name, modern)], timeout)
            if first["rc"] != 0 or first["timed_out"]:
                entry.update(status="n/a", reason=first["stderr_tail"][:200] or "timeout")
        if fns:
            freeze_long_lived()
        for rep in range(reps):
            for engine, modern in MODERN_VARIANTS:
                key = _variant(engine, modern)
                entry = per[key]
                if entry["status"] != "ok":
                    continue
                if key in fns:
                    r = run_inproc(fns[key])
                else:
                    r = common.run_process([PY, "-m", "ajgi_tx", "run", js_path(name, modern)], timeout)
                entry["runs"].append({k: r[k] for k in ("wall_s", "cpu_s", "rc", "timed_out")})
                entry["stdout"] = r["stdout"].strip()
        ref = None
        if node:
            ref = common.run_process([node, js_path(name)], timeout)["stdout"].strip()
        for key, entry in per.items():
            if entry["status"] == "ok" and entry["runs"]:
                entry["wall_s"] = median(r["wall_s"] for r in entry["runs"])
                entry["cpu_s"] = median(r["cpu_s"] for r in entry["runs"])
                if ref is not None and entry.get("stdout") != ref:
                    entry["status"] = "MISMATCH"
                    mismatches.append((name, key, entry.get("stdout"), ref))
                    common.loud(f"CHECKSUM MISMATCH in {name}: {key} printed {entry.get('stdout')!r}, node printed {ref!r}")
        results[name] = per
        print(f"  {name}: " + ", ".join(f"{k} {cell(v, 'wall_s')}" for k, v in per.items()) + " (ms wall)", flush=True)
    keys = [_variant(e, m) for e, m in MODERN_VARIANTS]
    print("\ncpu suite --modern: wall time, ms (median)")
    common.print_table(["script"] + keys, [[s] + [cell(results[s][k], "wall_s") for k in keys] for s in scripts])
    print("\ncpu suite --modern: modern/ES5 (target <= 1.20x); CPU is user+sys of the child or this process")
    common.print_table(["script", "whole process wall", "whole process CPU", "in-process wall", "in-process CPU"],
                       [[s] + [ratio(results[s][e + "-modern"], results[s][e + "-es5"], key)
                               for e in ("ajgi_tx", "ajgi_tx-inproc") for key in ("wall_s", "cpu_s")]
                        for s in scripts])
    seen = set()
    for s in scripts:
        for k in keys:
            why = results[s][k].get("reason")
            if why and (k, why) not in seen:
                seen.add((k, why))
                print(f"  note: {k} n/a ({s}...): {why}")
    return {"suite": "cpu-modern", "reps": reps, "timeout_s": timeout, "scripts": scripts, "results": results,
            "mismatches": [{"script": s, "engine": e, "got": g, "expected": x} for s, e, g, x in mismatches]}


def all_scripts_present():
    have = {os.path.splitext(os.path.basename(p))[0] for p in glob.glob(os.path.join(BENCH, "scripts", "*.js"))}
    return [s for s in SCRIPTS if s not in have]


if __name__ == "__main__":
    sys.exit("run through bench/run.py")
