"""soak suite: a hostile mix against one server while a plain script is polled (issue 9).

`python -m bench soak --seconds 60` starts `python -m ajgi_tx serve` on a free 127.0.0.1 port
with a temporary root and runs, side by side for the given time:

* the **plain poller**: `GET plain.js` (it answers "ok") every 50 ms, one at a time, each with a
  10 s bound; its latency (a failure counts as 10 s) gives the p50/p99;
* the **attacks**, each in its own loop, one request at a time: the one-line
  `HTTP_RESP.toString` spinner, a backtracking regex, a string doubled with `concat`, deep
  JSON (parse of 100,000 nested arrays, stringify of a 100,000-deep chain), an 11 MB JSON body
  with a million keys, a websocket frame flood, slowloris headers (50 connections sending a
  header line every few seconds) and connect/close churn;
* the **RSS sampler**: the server's resident memory every second.

It prints the plain script's latency, what each attack got back, RSS over time, and a verdict
against the targets: plain p99 < 250 ms and RSS bounded (below `--rss-limit`, and the last
quarter of the run not above the second quarter by more than 25% + 50 MB). Attacks whose
defence is not in place show up honestly as failed plain requests or a high p99; the suite
itself never hangs (every wait is bounded) and stops the server at the end.

The server runs with `--cpu-budget 2` and `--max-string-length 2^24` (16 Mi units) so the string
attack cannot take the machine's memory; `--attacks` picks a subset.
"""
import asyncio
import os
import shutil
import subprocess
import tempfile
import time

import common
import procstat
from common import PY

ATTACKS = ("spin_resp", "regex", "string", "json_deep", "big_body", "frame_flood",
           "slowloris", "churn")

SCRIPTS = {
    "plain.js": "sendResp('ok');",
    "spin_resp.js": "HTTP_RESP = { toString: function () { while (true) {} } };",
    "regex.js": "var s = 'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa' + 'b'; sendResp(/^(a|a)*$/.test(s));",
    "string.js": "var s = 'ab'; while (true) s = s.concat(s);",
    "json_parse.js": "function R(s, n) { return new Array(n + 1).join(s); }\n"
                     "var a = JSON.parse(R('[', 100000) + R(']', 100000)); sendResp('parsed');",
    "json_stringify.js": "var o = {}; for (var i = 0; i < 100000; i++) o = {a: o};\n"
                         "sendResp(JSON.stringify(o).length);",
    "echo.js": "requirelib('websocket'); websocket.upgrade(30); var m;\n"
               "while ((m = websocket.read()) !== false) { websocket.send(m); }",
}
IFACE = "/system/ajgi/interface?script="
PLAIN_TIMEOUT = 10.0


def _request(path, method="GET", body=b"", headers=()):
    head = "%s %s HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n" % (method, path)
    for h in headers:
        head += h + "\r\n"
    if body:
        head += "Content-Length: %d\r\n" % len(body)
    return head.encode() + b"\r\n" + body


async def http_status(port, path, timeout, method="GET", body=b"", headers=()):
    """Status code of one request on a fresh connection, or a short error name."""
    try:
        reader, writer = await asyncio.wait_for(asyncio.open_connection("127.0.0.1", port), timeout)
    except (OSError, asyncio.TimeoutError) as exc:
        return "connect-" + type(exc).__name__
    try:
        writer.write(_request(path, method, body, headers))
        line = await asyncio.wait_for(reader.readline(), timeout)
        await asyncio.wait_for(reader.read(), timeout)
        parts = line.split()
        return int(parts[1]) if len(parts) > 1 and parts[1].isdigit() else "bad-reply"
    except asyncio.TimeoutError:
        return "timeout"
    except OSError as exc:
        return type(exc).__name__
    finally:
        writer.close()


class Soak:
    def __init__(self, port, pid, seconds, attacks):
        self.port = port
        self.pid = pid
        self.seconds = seconds
        self.attacks = attacks
        self.latencies = []
        self.plain_failures = {}
        self.outcomes = {a: {} for a in attacks}
        self.rss = []
        self.stop = None

    def note(self, attack, outcome):
        d = self.outcomes[attack]
        d[outcome] = d.get(outcome, 0) + 1

    async def plain(self):
        while not self.stop.is_set():
            t = time.perf_counter()
            st = await http_status(self.port, IFACE + "plain.js", PLAIN_TIMEOUT)
            dt = time.perf_counter() - t
            if st != 200:
                self.plain_failures[st] = self.plain_failures.get(st, 0) + 1
                dt = max(dt, PLAIN_TIMEOUT)
            self.latencies.append(dt)
            await asyncio.sleep(0.05)

    async def sampler(self, t0):
        while not self.stop.is_set():
            self.rss.append((time.monotonic() - t0, procstat.rss_bytes(self.pid)))
            await asyncio.sleep(1.0)

    async def script_loop(self, attack, scripts, pause=0.2):
        while not self.stop.is_set():
            for s in scripts:
                self.note(attack, await http_status(self.port, IFACE + s, 30))
            await asyncio.sleep(pause)

    async def big_body(self):
        body = ("{" + ",".join('"k%d":%d' % (i, i) for i in range(1000000)) + "}").encode()
        while not self.stop.is_set():
            self.note("big_body", await http_status(
                self.port, IFACE + "plain.js", 30, "POST", body, ("Content-Type: application/json",)))
            await asyncio.sleep(1.0)

    async def frame_flood(self):
        import loadgen  # the suite's raw websocket client (masked frames)
        while not self.stop.is_set():
            try:
                reader, writer = await asyncio.wait_for(
                    asyncio.open_connection("127.0.0.1", self.port), 5)
                writer.write(loadgen.handshake_request("127.0.0.1", self.port, "echo.js"))
                await asyncio.wait_for(reader.readuntil(b"\r\n\r\n"), 5)
                frame = loadgen.client_frame(b"x" * 1000)
                for _ in range(20):
                    writer.write(frame * 100)
                    await writer.drain()
                writer.close()
                self.note("frame_flood", "2000 frames sent")
            except (OSError, asyncio.TimeoutError, asyncio.IncompleteReadError) as exc:
                self.note("frame_flood", type(exc).__name__)
            await asyncio.sleep(0.5)

    async def slowloris(self, n=50):
        conns = []
        while not self.stop.is_set():
            while len(conns) < n:
                try:
                    _, w = await asyncio.wait_for(asyncio.open_connection("127.0.0.1", self.port), 5)
                    w.write(b"GET " + (IFACE + "plain.js").encode() + b" HTTP/1.1\r\nHost: x\r\n")
                    conns.append(w)
                    self.note("slowloris", "opened")
                except (OSError, asyncio.TimeoutError) as exc:
                    self.note("slowloris", type(exc).__name__)
                    break
            await asyncio.sleep(3.0)
            alive = []
            for w in conns:
                try:
                    w.write(b"X-Slow: 1\r\n")
                    await asyncio.wait_for(w.drain(), 1)
                    alive.append(w)
                except (OSError, asyncio.TimeoutError):
                    self.note("slowloris", "dropped by server")
                    w.close()
            conns = alive
        for w in conns:
            w.close()

    async def churn(self):
        while not self.stop.is_set():
            for _ in range(50):
                try:
                    _, w = await asyncio.wait_for(asyncio.open_connection("127.0.0.1", self.port), 5)
                    w.close()
                    self.note("churn", "connect/close")
                except (OSError, asyncio.TimeoutError) as exc:
                    self.note("churn", type(exc).__name__)
            await asyncio.sleep(0.1)

    async def run(self):
        self.stop = asyncio.Event()
        t0 = time.monotonic()
        jobs = {
            "spin_resp": lambda: self.script_loop("spin_resp", ["spin_resp.js"], 1.0),
            "regex": lambda: self.script_loop("regex", ["regex.js"]),
            "string": lambda: self.script_loop("string", ["string.js"], 1.0),
            "json_deep": lambda: self.script_loop("json_deep", ["json_parse.js", "json_stringify.js"], 1.0),
            "big_body": self.big_body,
            "frame_flood": self.frame_flood,
            "slowloris": self.slowloris,
            "churn": self.churn,
        }
        tasks = [asyncio.ensure_future(self.plain()), asyncio.ensure_future(self.sampler(t0))]
        tasks += [asyncio.ensure_future(jobs[a]()) for a in self.attacks]
        await asyncio.sleep(self.seconds)
        self.stop.set()
        # every wait inside is bounded (30 s at most)
        done, pending = await asyncio.wait(tasks, timeout=40)
        for t in pending:
            t.cancel()
        for t in done:
            if t.exception():
                print("  a load task failed: %r" % t.exception())


def verdict(lat, rss, rss_limit):
    lat = sorted(lat)
    p50 = lat[len(lat) // 2] if lat else None
    p99 = lat[min(len(lat) - 1, int(len(lat) * 0.99))] if lat else None
    values = [r for _, r in rss if r]
    q = len(values) // 4
    second = sorted(values[q:2 * q]) if q else values
    last = sorted(values[3 * q:]) if q else values
    med = lambda v: v[len(v) // 2] if v else 0  # noqa: E731
    growth_ok = med(last) <= med(second) * 1.25 + 50e6
    rss_ok = bool(values) and max(values) < rss_limit and growth_ok
    return p50, p99, rss_ok, values, med(second), med(last)


def run(args):
    seconds = getattr(args, "seconds", None) or (20 if args.quick else 60)
    attacks = [a for a in (getattr(args, "attacks", None) or ATTACKS)]
    rss_limit = getattr(args, "rss_limit", None) or (1 << 30)
    root = tempfile.mkdtemp(prefix="ajgi_soak_")
    for name, src in SCRIPTS.items():
        with open(os.path.join(root, name), "w") as f:
            f.write(src)
    port = common.free_port()
    cmd = [PY, "-m", "ajgi_tx", "serve", "--root", root, "--port", str(port), "--cpu-budget", "2",
           "--data-dir", os.path.join(root, "data"), "--cache-dir", "-",
           "--max-string-length", str(1 << 24)]
    log = open(os.path.join(root, "server.log"), "w")
    proc = subprocess.Popen(cmd, cwd=common.REPO, env=common.bench_env(), stdout=log, stderr=log)
    result = {"seconds": seconds, "attacks": attacks, "cmd": cmd}
    try:
        if not common.wait_port(port, proc, 20):
            print("  server did not start: see %s" % log.name)
            result["error"] = "server did not start"
            return result
        print("soak: %d s, attacks: %s; plain.js polled every 50 ms" % (seconds, ", ".join(attacks)),
              flush=True)
        soak = Soak(port, proc.pid, seconds, attacks)
        asyncio.run(soak.run())
        p50, p99, rss_ok, values, rss_q2, rss_q4 = verdict(soak.latencies, soak.rss, rss_limit)
        alive = proc.poll() is None
        print("\nplain script: %d requests, p50 %s, p99 %s, failures %s"
              % (len(soak.latencies), common.fmt(p50 and p50 * 1000, 1, " ms"),
                 common.fmt(p99 and p99 * 1000, 1, " ms"), soak.plain_failures or "none"))
        print("\nattack outcomes (status or error: count):")
        for a in attacks:
            print("  %-12s %s" % (a, ", ".join("%s: %d" % kv for kv in sorted(
                soak.outcomes[a].items(), key=lambda kv: str(kv[0]))) or "none"))
        print("\nserver RSS (MB), one sample a second:")
        for i in range(0, len(soak.rss), 10):
            print("  t=%3ds  %s" % (soak.rss[i][0], " ".join(
                "%.0f" % (r / 1e6) if r else "-" for _, r in soak.rss[i:i + 10])))
        p99_ok = p99 is not None and p99 < 0.250
        print("\nverdict: plain p99 %s (target < 250 ms): %s; RSS max %.0f MB, 2nd-quarter median "
              "%.0f MB, last-quarter median %.0f MB (limit %.0f MB): %s; server %s"
              % (common.fmt(p99 and p99 * 1000, 1, " ms"), "PASS" if p99_ok else "FAIL",
                 max(values or [0]) / 1e6, rss_q2 / 1e6, rss_q4 / 1e6, rss_limit / 1e6,
                 "PASS" if rss_ok else "FAIL", "alive" if alive else "DEAD"))
        result.update({"plain_p50_s": p50, "plain_p99_s": p99, "plain_requests": len(soak.latencies),
                       "plain_failures": {str(k): v for k, v in soak.plain_failures.items()},
                       "outcomes": {a: {str(k): v for k, v in d.items()} for a, d in soak.outcomes.items()},
                       "rss": soak.rss, "p99_ok": p99_ok, "rss_ok": rss_ok, "server_alive": alive})
        return result
    finally:
        if proc.poll() is None:
            proc.terminate()
            try:
                proc.wait(10)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait(5)
        log.close()
        shutil.rmtree(root, ignore_errors=True)
