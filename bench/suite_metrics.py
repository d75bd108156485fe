"""What the Prometheus metrics cost per websocket message (issue 12: <= 3% of
the echo server's CPU per message).

    python bench/suite_metrics.py [--rounds 5] [--conns 100] [--msgs 1000]

Two measurements:

1. **Hook cost**, in process: the calls one echoed message makes into the
   metrics (``metrics.frame_in`` for the frame in, ``running.frame_out``
   for the frame out), timed over a million messages with metrics on, and
   with them off (the no-op path of a server without ``--admin-port``).
2. **Server CPU per message**, end to end: two ``ajgi_tx serve`` processes
   on bench/ws_scripts, one without an admin listener (metrics off), one
   with ``--admin-port`` (metrics on, scraped once per round), driven
   alternately by bench/loadgen.py; the median server CPU per message of
   each (from /proc, handshakes excluded).

The whole hook cost (metrics on) divided by the CPU per message of the
server without metrics is the overhead; the end-to-end difference is printed as well, but on a
shared machine it carries several percent of noise either way.
"""
import argparse
import os
import sys
import time
import urllib.request

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import common  # noqa: E402
from common import PY, median  # noqa: E402
from suite_ws import ROOT, Server, loadgen, problems  # noqa: E402

sys.path.insert(0, common.REPO)


def hook_cost_ns(n=1_000_000):
    """ns per echoed message spent in the metrics hooks: (on, off)."""
    from ajgi_tx import metrics, running

    class Ctx:
        ops_run = None

    ctx = Ctx()

    def loop():
        t0 = time.perf_counter()
        for _ in range(n):
            metrics.frame_in(None)
            running.frame_out(ctx)
        return (time.perf_counter() - t0) / n * 1e9

    off = min(loop() for _ in range(3))
    metrics.setup()
    on = min(loop() for _ in range(3))
    metrics.M = None
    return on, off


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--rounds", type=int, default=5)
    ap.add_argument("--conns", type=int, default=100)
    ap.add_argument("--msgs", type=int, default=1000)
    args = ap.parse_args(argv)

    on_ns, off_ns = hook_cost_ns()
    print("hook cost per echoed message: %.0f ns with metrics, %.0f ns without" % (on_ns, off_ns))

    logdir = os.path.join(os.environ.get("TMPDIR", "/tmp"), "ajgi_bench_metrics")
    os.makedirs(logdir, exist_ok=True)
    admin_port = common.free_port()
    servers = {}
    for name, extra in (("metrics-off", []), ("metrics-on", ["--admin-port", str(admin_port)])):
        port = common.free_port()
        cmd = [PY, "-m", "ajgi_tx", "serve", "--root", ROOT, "--port", str(port), "--no-access-log",
               "--cache-dir", "-"] + extra
        servers[name] = Server(name, cmd, logdir)
        common.wait_port(port, servers[name].proc, 30)
    cpu = {name: [] for name in servers}
    try:
        load = ["--script", "echo.js", "--conns", str(args.conns), "--msgs", str(args.msgs)]
        for _ in range(args.rounds):
            for name, srv in servers.items():
                res = loadgen(srv, load, 120)
                bad = problems(res)
                if bad:
                    print("%s: %s" % (name, "; ".join(bad)))
                    continue
                cpu[name].append(res["server_cpu_us_per_msg"])
            with urllib.request.urlopen("http://127.0.0.1:%d/metrics" % admin_port, timeout=10) as r:
                scrape = r.read().decode()
        frames = [l for l in scrape.splitlines() if l.startswith('ajgi_websocket_frames_total{direction="in"}')]
        print("metrics-on server counted:", frames[0] if frames else "(no frames line)")
    finally:
        for srv in servers.values():
            srv.stop()
    off, on = median(cpu["metrics-off"]), median(cpu["metrics-on"])
    print("server CPU per echoed message (median of %d rounds, %d conns x %d msgs):" % (
        args.rounds, args.conns, args.msgs))
    print("  metrics off: %.2f us   (rounds: %s)" % (off, ", ".join("%.2f" % v for v in cpu["metrics-off"])))
    print("  metrics on:  %.2f us   (rounds: %s)" % (on, ", ".join("%.2f" % v for v in cpu["metrics-on"])))
    # Conservative: the whole cost of the hook calls, not only what metrics-on adds to them.
    print("hook overhead: %.2f%% of the CPU per message with metrics on, %.2f%% off (target <= 3%%)"
          % (on_ns / 1000 / off * 100, off_ns / 1000 / off * 100))
    print("end-to-end difference: %+.1f%% (noise on a shared machine: several %%)" % ((on - off) / off * 100))
    return 0


if __name__ == "__main__":
    sys.exit(main())
