"""compile suite: cold compile, warm start of a request, AOT build of a tree (issue 4 goals).

* cold compile of a generated ~2,000-line script: in-process (`ajgi_tx.compiler.compile_source`)
  and as `python -m ajgi_tx.compile --cache-dir FRESH -f -q big.js` (process wall; `python -c pass`
  start-up shown alongside). Goal < 0.5 s. Context: `ottorun big.js` (otto parses and runs).
* warm start of a request: HTTP GET of big.js and hello.js on a running server (keep-alive,
  after a first request), median latency and server CPU per request, ajgi_tx serve vs ottows
  (which re-parses the script and builds a fresh VM for every request). Goal < 1 ms of ajgi_tx
  overhead.
* AOT build of a generated 300-script tree: `python -m ajgi_tx.compile -j CORES --cache-dir FRESH -q TREE`.
Whatever ajgi_tx does not provide yet is reported as n/a.
"""
import http.client
import os
import shutil
import sys
import tempfile
import time

import common
import gen_scripts
import procstat
import suite_ws
from common import PY, fmt, median


def inproc_compile(path, reps):
    try:
        from ajgi_tx.compiler import compile_source
    except Exception as exc:
        return {"status": f"n/a: {type(exc).__name__}: {exc}"[:200]}
    with open(path, encoding="utf-8") as fh:
        src = fh.read()
    times = []
    for _ in range(reps):
        t0 = time.perf_counter()
        try:
            compile_source(src, path)
        except Exception as exc:
            return {"status": f"n/a: {type(exc).__name__}: {exc}"[:200]}
        times.append(time.perf_counter() - t0)
    return {"status": "ok", "wall_s": median(times), "runs": times}


def process_runs(cmd_fn, reps, timeout, fresh_cache=True):
    runs = []
    for _ in range(reps):
        cache = tempfile.mkdtemp(prefix="ajgi-bench-cache-")
        try:
            r = common.run_process(cmd_fn(cache), timeout)
        finally:
            shutil.rmtree(cache, ignore_errors=True)
        if r["rc"] != 0 or r["timed_out"]:
            return {"status": "n/a: " + ("timeout" if r["timed_out"] else f"rc={r['rc']}: {r['stderr_tail']}")}
        runs.append(r)
    return {"status": "ok", "wall_s": median(r["wall_s"] for r in runs), "cpu_s": median(r["cpu_s"] for r in runs)}


def request_latency(engine, root, ottows, script, n, logdir):
    """Median latency and server CPU per request of `n` keep-alive GETs after one first request."""
    cmd = suite_ws.server_command(engine, common.free_port(), ottows)
    if cmd is None:
        return {"status": "n/a: not built"}
    root_i = cmd.index(suite_ws.ROOT)
    cmd[root_i] = root
    srv = suite_ws.Server(engine + "-http", cmd, logdir)
    try:
        if not common.wait_port(srv.port, srv.proc, 20):
            return {"status": f"n/a: server did not start: {srv.log_tail()}"}
        conn = http.client.HTTPConnection("127.0.0.1", srv.port, timeout=30)
        url = "/system/ajgi/interface?script=" + script
        lat, body0 = [], None
        t0 = time.perf_counter()
        conn.request("GET", url)
        resp = conn.getresponse()
        body0 = resp.read().decode("utf-8", "replace")
        first = time.perf_counter() - t0
        if resp.status != 200:
            return {"status": f"n/a: HTTP {resp.status}: {body0[:120]}"}
        cpu0 = procstat.tree_cpu_seconds(srv.proc.pid)
        for _ in range(n):
            t0 = time.perf_counter()
            conn.request("GET", url)
            resp = conn.getresponse()
            body = resp.read().decode("utf-8", "replace")
            lat.append(time.perf_counter() - t0)
            if body != body0:
                return {"status": f"FAILED: response changed: {body[:80]!r} vs {body0[:80]!r}"}
        cpu = procstat.tree_cpu_seconds(srv.proc.pid) - cpu0
        conn.close()
        lat.sort()
        return {"status": "ok", "body": body0[:80], "first_ms": first * 1e3, "p50_ms": lat[len(lat) // 2] * 1e3,
                "p99_ms": lat[min(len(lat) - 1, int(len(lat) * 0.99))] * 1e3, "server_cpu_us_per_req": cpu / n * 1e6}
    except (OSError, http.client.HTTPException) as exc:
        return {"status": f"n/a: {type(exc).__name__}: {exc}"[:200]}
    finally:
        srv.stop()


def run(args):
    reps = args.reps or (1 if args.quick else 5)
    timeout = args.timeout or (120.0 if args.quick else 600.0)
    nreq = 30 if args.quick else 300
    cores = os.cpu_count() or 1
    ottorun = common.find_otto("ottorun", args.otto_bin)
    ottows = common.find_otto("ottows", args.otto_bin)
    work = tempfile.mkdtemp(prefix="ajgi-bench-compile-")
    big = gen_scripts.write_big(work)
    gen_scripts.write_hello(work)
    tree = gen_scripts.write_tree(work, 300)
    with open(big) as fh:
        big_lines = sum(1 for _ in fh)
    print(f"compile suite: big.js {big_lines} lines, tree of 300 scripts, {cores} cores, {reps} reps "
          f"(scratch {work})", flush=True)
    res = {}
    try:
        res["python startup (python -c pass)"] = process_runs(lambda c: [PY, "-c", "pass"], reps, timeout)
        res["cold compile big.js, in-process"] = inproc_compile(big, reps)
        res["cold compile big.js, CLI"] = process_runs(
            lambda c: [PY, "-m", "ajgi_tx.compile", "--cache-dir", c, "-f", "-q", big], reps, timeout)
        res["run big.js, ajgi_tx run (whole process, first run)"] = process_runs(
            lambda c: [PY, "-m", "ajgi_tx", "run", big], reps, timeout)
        res["run big.js, ottorun (whole process)"] = (
            process_runs(lambda c: [ottorun, big], reps, timeout) if ottorun else {"status": "n/a: not built"})
        for j in sorted({1, cores}):
            res[f"AOT build 300 scripts, -j {j}"] = process_runs(
                lambda c, j=j: [PY, "-m", "ajgi_tx.compile", "-j", str(j), "--cache-dir", c, "-q", tree],
                reps, timeout)
        for script in ("hello.js", "big.js"):
            for engine in ("ajgi_tx", "ottows"):
                res[f"request {script}, {engine} (warm)"] = request_latency(engine, work, ottows, script, nreq,
                                                                            work)
    finally:
        shutil.rmtree(work, ignore_errors=True)

    rows = []
    for name, r in res.items():
        if r["status"] != "ok":
            rows.append([name, r["status"][:60], "", ""])
        elif "p50_ms" in r:
            rows.append([name, f"p50 {fmt(r['p50_ms'], 3)} ms / p99 {fmt(r['p99_ms'], 3)} ms",
                         f"first {fmt(r['first_ms'], 1)} ms", f"{fmt(r['server_cpu_us_per_req'])} us srv CPU/req"])
        else:
            rows.append([name, f"{fmt(r['wall_s'] * 1e3)} ms wall",
                         f"{fmt(r['cpu_s'] * 1e3)} ms CPU" if r.get("cpu_s") is not None else "", ""])
    print("\ncompile suite (goals: cold compile of 2,000 lines < 500 ms; warm request < 1 ms)")
    common.print_table(["measurement", "value", "", ""], rows)
    return {"suite": "compile", "reps": reps, "cores": cores, "big_lines": big_lines, "requests": nreq,
            "results": res}


if __name__ == "__main__":
    sys.exit("run through bench/run.py")
