"""websocket suite: AGI websocket servers driven by bench/loadgen.py on 127.0.0.1.

Servers (each a subprocess on a free port, serving bench/ws_scripts):
  ajgi_tx  python -m ajgi_tx serve --root bench/ws_scripts --port P [--workers N --loop L]
           (--workers/--loop of the suite: one ajgi_tx server per pair, named ajgi_tx-Nw-LOOP;
           `--workers 1 1 2 --loop asyncio uvloop uvloop` pairs them position by position, a
           single value applies to every pair)
  floor    python bench/floor_server.py --port P   (hand-written Tornado queue handler)
  ottows   ottows -root bench/ws_scripts -addr 127.0.0.1:P -quiet   (otto + gorilla, when built)
Scenarios run interleaved across servers (A,B,C,A,B,C). The loadgen reads the server's
utime+stime and RSS from /proc around each phase, so handshake cost is not billed to messages.
"""
import json
import os
import subprocess
import sys
import tempfile
import time

import common
from common import BENCH, PY, fmt, median

ROOT = os.path.join(BENCH, "ws_scripts")
ENGINES = ["ajgi_tx", "floor", "ottows"]


def scenarios(quick):
    """(name, loadgen args) -- sizes bounded; quick keeps every run well under a few seconds."""
    q = quick
    return [
        ("echo-1", ["--script", "echo.js", "--conns", "1", "--msgs", "2000" if q else "10000"]),
        ("echo-100", ["--script", "echo.js", "--conns", "100", "--msgs", "100" if q else "1000"]),
        ("echo-1000", ["--script", "echo.js", "--conns", "1000", "--msgs", "20" if q else "100"]),
        ("pipelined-100x16", ["--script", "echo.js", "--conns", "100", "--msgs", "200" if q else "2000",
                              "--depth", "16"]),
        ("json-100", ["--script", "json_protocol.js", "--conns", "100", "--msgs", "100" if q else "1000"]),
        ("json-1000", ["--script", "json_protocol.js", "--conns", "1000", "--msgs", "20" if q else "100"]),
        # work per message: tokenise, count, JSON round trip on 256 B messages (issue 11)
        ("work-100", ["--script", "work.js", "--conns", "100", "--msgs", "50" if q else "500"]),
        ("connect", ["--script", "echo.js", "--connect-rate", "--count", "300" if q else "2000",
                     "--concurrency", "20"]),
        ("idle-1000", ["--script", "echo.js", "--idle", "--conns", "1000"]),
    ]


def ajgi_variants(workers, loops):
    """[(engine name, serve options)] for the suite's --workers/--loop lists."""
    workers, loops = list(workers or [None]), list(loops or [None])
    if len(workers) != len(loops):
        if len(workers) == 1:
            workers = workers * len(loops)
        elif len(loops) == 1:
            loops = loops * len(workers)
        else:
            raise SystemExit("--workers and --loop: give as many values to each, or one to either")
    if workers == [None] and loops == [None]:
        return [("ajgi_tx", [])]
    out = []
    for w, lp in zip(workers, loops):
        w, lp = 1 if w is None else w, lp or "auto"
        name = "ajgi_tx-%dw-%s" % (w, lp)
        # A pair given twice is one server: two servers of one name would
        # share its results (each rep run twice) and the first never stopped.
        if name not in dict(out):
            out.append((name, ["--workers", str(w), "--loop", lp]))
    return out


def server_command(engine, port, ottows, variants=()):
    opts = dict(variants).get(engine)
    if opts is not None:
        return [PY, "-m", "ajgi_tx", "serve", "--root", ROOT, "--port", str(port)] + opts
    if engine == "floor":
        return [PY, os.path.join(BENCH, "floor_server.py"), "--port", str(port)]
    if engine == "ottows":
        return [ottows, "-root", ROOT, "-addr", f"127.0.0.1:{port}", "-quiet"] if ottows else None
    raise ValueError(engine)


class Server:
    """A benchmark server subprocess with its log in a temp file."""

    def __init__(self, engine, cmd, logdir):
        self.engine, self.cmd = engine, cmd
        self.port = int(cmd[cmd.index("--port") + 1]) if "--port" in cmd else int(cmd[-2].rsplit(":", 1)[1])
        self.log_path = os.path.join(logdir, f"{engine}.log")
        self.log = open(self.log_path, "wb")
        self.proc = subprocess.Popen(cmd, cwd=common.REPO, env=common.bench_env(), stdin=subprocess.DEVNULL,
                                     stdout=self.log, stderr=subprocess.STDOUT,
                                     # Own process group (no terminal signals) but the same session:
                                     # a new session is a new scheduler autogroup, which the kernel
                                     # gives one share of CPU however many workers it holds.
                                     process_group=0)

    def alive(self):
        return self.proc.poll() is None

    def log_tail(self):
        try:
            with open(self.log_path, "rb") as fh:
                return common.tail(fh.read().decode("utf-8", "replace"))
        except OSError:
            return ""

    def stop(self):
        if self.alive():
            self.proc.terminate()
            try:
                self.proc.wait(5)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait(5)
        self.log.close()


def loadgen(server, extra, timeout):
    """Run loadgen against server as a separate process; its JSON result or an error dict."""
    cmd = [PY, os.path.join(BENCH, "loadgen.py"), "--port", str(server.port), "--server-pid",
           str(server.proc.pid), "--timeout", str(timeout)] + extra
    r = common.run_process(cmd, timeout + 20)
    if r["rc"] != 0 or r["timed_out"]:
        return {"error": "loadgen timeout" if r["timed_out"] else f"loadgen rc={r['rc']}: {r['stderr_tail']}"}
    try:
        return json.loads(r["stdout"].strip().splitlines()[-1])
    except (ValueError, IndexError):
        return {"error": f"bad loadgen output: {r['stdout'][-200:]}"}


def problems(res):
    """Why a loadgen result is not a clean measurement (empty list when it is)."""
    if "error" in res:
        return [res["error"]]
    out = []
    if res.get("timed_out"):
        out.append("timed out")
    if res.get("mismatch"):
        out.append(f"{res['mismatch']} wrong replies")
    if res.get("connect_failures"):
        out.append(f"{res['connect_failures']} connect failures {res.get('failure_sample')}")
    if res.get("failed"):
        out.append(f"{res['failed']} failed connections {res.get('failure_sample')}")
    if res.get("mode") == "echo" and res.get("received") != res.get("expected"):
        out.append(f"received {res.get('received')}/{res.get('expected')}")
    if res.get("mode") == "idle" and res.get("echo_ok") != res.get("conns"):
        out.append(f"only {res.get('echo_ok')}/{res.get('conns')} idle connections answered")
    return out


SUMMARY_KEYS = ["msgs_per_s", "p50_ms", "p99_ms", "server_cpu_us_per_msg", "msgs_per_server_cpu_s",
                "conns_per_s", "server_cpu_us_per_conn", "rss_mib_per_1000", "client_cpu_s", "elapsed_s"]


def run(args):
    ottows = common.find_otto("ottows", args.otto_bin)
    variants = ajgi_variants(getattr(args, "workers", None), getattr(args, "loop", None))
    all_engines = [v[0] for v in variants] + ENGINES[1:]
    engines = [e for e in all_engines if not args.engines or e in args.engines
               or (e.startswith("ajgi_tx") and "ajgi_tx" in args.engines)]
    scens = [s for s in scenarios(args.quick) if not args.scenarios or s[0] in args.scenarios]
    reps = args.reps or (1 if args.quick else 3)
    timeout = args.timeout or (60.0 if args.quick else 180.0)
    logdir = tempfile.mkdtemp(prefix="ajgi-bench-ws-")
    print(f"websocket suite: {len(scens)} scenarios x {len(engines)} servers x {reps} reps "
          f"(timeout {timeout:.0f}s per run; ottows: {ottows or 'not built'}; logs in {logdir})", flush=True)

    def start(engine):
        """A warmed-up server, or (None, reason)."""
        cmd = server_command(engine, common.free_port(), ottows, variants)
        if cmd is None:
            return None, "n/a: not built"
        srv = Server(engine, cmd, logdir)
        if not common.wait_port(srv.port, srv.proc, 20):
            srv.stop()
            return None, f"n/a: server did not start: {srv.log_tail()}"
        warm = loadgen(srv, ["--script", "echo.js", "--conns", "1", "--msgs", "50"], 15)
        warm_json = loadgen(srv, ["--script", "json_protocol.js", "--conns", "1", "--msgs", "30"], 15)
        # several connections, so that every worker of a pre-forked server is warm
        warm_work = loadgen(srv, ["--script", "work.js", "--conns", "8", "--msgs", "30"], 15)
        bad = problems(warm) + problems(warm_json) + problems(warm_work)
        if bad:
            srv.stop()
            return None, f"n/a: warm-up failed: {'; '.join(bad)} {srv.log_tail()}"
        return srv, "ok"

    servers, status = {}, {}
    for engine in engines:
        srv, status[engine] = start(engine)
        if srv is not None:
            servers[engine] = srv
        else:
            print(f"  {engine}: {status[engine]}", flush=True)

    results = {name: {e: {"runs": [], "status": status[e]} for e in engines} for name, _ in scens}
    try:
        for name, extra in scens:
            for rep in range(reps):
                for engine in engines:
                    entry = results[name][engine]
                    if entry["status"] != "ok":
                        continue
                    srv = servers[engine]
                    if not srv.alive():
                        entry["status"] = f"n/a: server died: {srv.log_tail()}"
                        continue
                    if "--idle" in extra:
                        # Memory is measured on a fresh, warmed-up server: allocators keep the
                        # peak of earlier scenarios, which would hide the growth.
                        fresh, why = start(engine)
                        if fresh is None:
                            entry["status"] = why
                            continue
                        try:
                            res = loadgen(fresh, extra, timeout)
                        finally:
                            fresh.stop()
                    else:
                        res = loadgen(srv, extra, timeout)
                    res["problems"] = problems(res)
                    entry["runs"].append(res)
                    if res["problems"]:
                        entry["status"] = "FAILED: " + "; ".join(res["problems"])[:300]
                        common.loud(f"{engine} {name}: {entry['status']}")
                    time.sleep(0.3)  # let closes (ottows sleeps 150 ms per close) finish off the clock
            for engine in engines:
                entry = results[name][engine]
                for key in SUMMARY_KEYS:
                    entry[key] = median(r.get(key) for r in entry["runs"] if "error" not in r)
            line = ", ".join(f"{e} {summary_cell(results[name][e])}" for e in engines)
            print(f"  {name}: {line}", flush=True)
    finally:
        for srv in servers.values():
            srv.stop()

    print_report(results, engines, [n for n, _ in scens])
    return {"suite": "websocket", "reps": reps, "ajgi_variants": variants, "timeout_s": timeout, "engines": engines, "ottows": ottows,
            "server_status": status, "scenarios": dict(scens), "results": results}


def summary_cell(entry):
    if entry["status"] != "ok" and not entry["runs"]:
        return entry["status"].split(":")[0]
    if entry.get("rss_mib_per_1000") is not None:
        return f"{fmt(entry['rss_mib_per_1000'])} MiB/1000"
    if entry.get("conns_per_s") is not None:
        return f"{fmt(entry['conns_per_s'], 0)} conn/s"
    return f"{fmt(entry.get('msgs_per_s'), 0)} msg/s, {fmt(entry.get('server_cpu_us_per_msg'))} us/msg"


def ratio(a, b, fmt_="{:.2f}x"):
    return "n/a" if a is None or b is None or b == 0 else fmt_.format(a / b)


def print_report(results, engines, names):
    msg_names = [n for n in names if not n.startswith(("connect", "idle"))]
    rows = []
    for n in msg_names:
        for e in engines:
            en = results[n][e]
            if en["status"] != "ok" and not en["runs"]:
                rows.append([n, e, en["status"].split(":")[0]] + [""] * 5)
                continue
            busy = en.get("client_cpu_s") and en.get("elapsed_s") and en["client_cpu_s"] / en["elapsed_s"] > 0.8
            rows.append([n, e, fmt(en.get("msgs_per_s"), 0), fmt(en.get("p50_ms"), 2), fmt(en.get("p99_ms"), 2),
                         fmt(en.get("server_cpu_us_per_msg")), fmt(en.get("msgs_per_server_cpu_s"), 0),
                         ("client-bound? " if busy else "") + ("" if en["status"] == "ok" else en["status"][:40])])
    print("\nwebsocket suite: messages (medians; server CPU = utime+stime of the server process tree)")
    common.print_table(["scenario", "server", "msgs/s", "p50 ms", "p99 ms", "srv CPU us/msg", "msgs/srv-CPU-s",
                        "note"], rows)
    rows = []
    for n in names:
        if not n.startswith(("connect", "idle")):
            continue
        for e in engines:
            en = results[n][e]
            if n.startswith("connect"):
                rows.append([n, e, fmt(en.get("conns_per_s"), 0) + " conn/s" if en.get("conns_per_s") else
                             en["status"].split(":")[0], fmt(en.get("server_cpu_us_per_conn")) + " us CPU/conn"])
            else:
                rows.append([n, e, fmt(en.get("rss_mib_per_1000")) + " MiB RSS/1000 idle"
                             if en.get("rss_mib_per_1000") is not None else en["status"].split(":")[0], ""])
    if rows:
        print("\nwebsocket suite: connections and memory")
        common.print_table(["scenario", "server", "value", "server CPU"], rows)

    print("\nwebsocket suite: targets (issue 5)")
    tg = []

    def get(n, e, k):
        return results.get(n, {}).get(e, {}).get(k)

    for n in ("echo-100", "echo-1000"):
        if n in results and "ajgi_tx" in engines and "floor" in engines:
            r = ratio(get(n, "ajgi_tx", "server_cpu_us_per_msg"), get(n, "floor", "server_cpu_us_per_msg"))
            tg.append([f"{n}: ajgi_tx CPU/msg vs floor", "<= 1.15x", r])
            r = ratio(get(n, "ajgi_tx", "p99_ms"), get(n, "floor", "p99_ms"))
            tg.append([f"{n}: ajgi_tx p99 vs floor", "<= 1.00x", r])
    for n in ("json-100", "json-1000"):
        if n in results and "ajgi_tx" in engines and "ottows" in engines:
            r = ratio(get(n, "ajgi_tx", "msgs_per_server_cpu_s"), get(n, "ottows", "msgs_per_server_cpu_s"))
            tg.append([f"{n}: ajgi_tx msgs per CPU-s vs ottows", ">= 2.00x", r])
    if "idle-1000" in results and "ajgi_tx" in engines:
        tg.append(["idle: ajgi_tx RSS per 1000 idle scripts", "<= 25 MiB",
                   fmt(get("idle-1000", "ajgi_tx", "rss_mib_per_1000")) + " MiB"
                   if get("idle-1000", "ajgi_tx", "rss_mib_per_1000") is not None else "n/a"])
    tg.extend(issue11_targets(results, engines))
    if "floor" in engines and "ottows" in engines:
        for n in ("echo-100", "json-100"):
            if n in results:
                tg.append([f"{n}: (context) floor CPU/msg vs ottows", "-",
                           ratio(get(n, "floor", "server_cpu_us_per_msg"), get(n, "ottows", "server_cpu_us_per_msg"))])
    common.print_table(["target", "goal", "measured"], tg)


def issue11_targets(results, engines):
    """The issue-11 ratios, when the run has the servers they compare."""
    def get(n, e, k):
        return results.get(n, {}).get(e, {}).get(k)

    out = []
    a1, u1, u2 = "ajgi_tx-1w-asyncio", "ajgi_tx-1w-uvloop", "ajgi_tx-2w-uvloop"
    if "echo-100" in results and a1 in engines and u1 in engines:
        out.append(["echo-100: CPU/msg 1 worker uvloop vs asyncio", "<= 0.75x",
                    ratio(get("echo-100", u1, "server_cpu_us_per_msg"), get("echo-100", a1, "server_cpu_us_per_msg"))])
    if u2 in engines and "ottows" in engines:
        if "echo-100" in results:
            out.append(["echo-100: msgs/s 2 workers uvloop vs ottows", ">= 0.60x",
                        ratio(get("echo-100", u2, "msgs_per_s"), get("echo-100", "ottows", "msgs_per_s"))])
        if "work-100" in results:
            out.append(["work-100: msgs/s 2 workers uvloop vs ottows", ">= 8.00x",
                        ratio(get("work-100", u2, "msgs_per_s"), get("work-100", "ottows", "msgs_per_s"))])
    return out


if __name__ == "__main__":
    sys.exit("run through bench/run.py")
