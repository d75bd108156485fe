"""A minimal RFC 6455 load generator on asyncio (127.0.0.1 only, bounded in messages and time).

    python bench/loadgen.py --port P --script echo.js --conns 100 --msgs 1000 [--depth 1]
    python bench/loadgen.py --port P --script json_protocol.js --conns 100 --msgs 1000
    python bench/loadgen.py --port P --connect-rate --count 2000 --concurrency 20
    python bench/loadgen.py --port P --idle --conns 1000 --server-pid PID

Prints one JSON object on stdout. Cheap by construction: frames are built and masked once
(the same masking key is reused for every send, which servers accept; the RFC's unpredictability
requirement guards browsers against proxy cache poisoning and is irrelevant on loopback), the
client is an asyncio.Protocol driven by callbacks (no per-message task or stream reader), and
replies are checked by a bytes comparison. With --server-pid it also reads the server's
utime+stime and RSS from /proc around each phase, so handshakes are not billed to messages.
Uses uvloop when installed (--no-uvloop to disable).
"""
import argparse
import asyncio
import base64
import json
import os
import resource
import struct
import sys
import time
from array import array
from collections import deque

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import procstat  # noqa: E402

IFACE = "/system/ajgi/interface?script="
LOOPBACK = {"127.0.0.1", "localhost", "::1"}
MASK = b"\x37\xfa\x21\x3d"
HANDSHAKE_KEY = base64.b64encode(b"ajgi-tx-bench-k!").decode()


def mask_payload(payload, key=MASK):
    """XOR the payload with the 4-byte key (RFC 6455 5.3), done once per distinct frame."""
    n = len(payload)
    k = (key * (n // 4 + 1))[:n]
    return (int.from_bytes(payload, "big") ^ int.from_bytes(k, "big")).to_bytes(n, "big") if n else b""


def client_frame(payload, opcode=0x1):
    """A complete masked client frame (FIN set) for payload bytes."""
    n = len(payload)
    if n < 126:
        head = struct.pack("!BB", 0x80 | opcode, 0x80 | n)
    elif n < 65536:
        head = struct.pack("!BBH", 0x80 | opcode, 0x80 | 126, n)
    else:
        head = struct.pack("!BBQ", 0x80 | opcode, 0x80 | 127, n)
    return head + MASK + mask_payload(payload)


CLOSE_FRAME = client_frame(struct.pack("!H", 1000), opcode=0x8)


class WSClient(asyncio.Protocol):
    """One websocket connection: handshake, then unmasked server frames parsed from a buffer."""

    def __init__(self, request):
        self.request = request
        self.transport = None
        self.buf = bytearray()
        self.upgraded = asyncio.get_running_loop().create_future()
        self.lost = asyncio.get_running_loop().create_future()
        self.on_message = None  # callable(payload bytes)

    def connection_made(self, transport):
        self.transport = transport
        transport.write(self.request)

    def data_received(self, data):
        buf = self.buf
        buf += data
        if not self.upgraded.done():
            end = buf.find(b"\r\n\r\n")
            if end < 0:
                if len(buf) > 65536:
                    self.upgraded.set_exception(ConnectionError("oversized handshake response"))
                return
            status = bytes(buf[:buf.find(b"\r\n")])
            del buf[:end + 4]
            if b" 101 " not in status + b" ":
                self.upgraded.set_exception(ConnectionError(status.decode("latin-1")))
                self.transport.close()
                return
            self.upgraded.set_result(True)
        pos, size = 0, len(buf)
        while size - pos >= 2:
            b0, b1 = buf[pos], buf[pos + 1]
            ln, hdr = b1 & 0x7F, 2
            if ln == 126:
                if size - pos < 4:
                    break
                ln, hdr = struct.unpack_from("!H", buf, pos + 2)[0], 4
            elif ln == 127:
                if size - pos < 10:
                    break
                ln, hdr = struct.unpack_from("!Q", buf, pos + 2)[0], 10
            if b1 & 0x80:
                hdr += 4  # servers must not mask; tolerate it by skipping the key (payload left masked)
            if size - pos < hdr + ln:
                break
            opcode = b0 & 0x0F
            payload = bytes(buf[pos + hdr:pos + hdr + ln])
            pos += hdr + ln
            if opcode in (0x1, 0x2, 0x0):
                if self.on_message is not None:
                    self.on_message(payload)
            elif opcode == 0x9:
                self.transport.write(client_frame(payload, opcode=0xA))
            elif opcode == 0x8:
                self.transport.close()
        if pos:
            del buf[:pos]

    def connection_lost(self, exc):
        if not self.upgraded.done():
            self.upgraded.set_exception(ConnectionError(f"closed during handshake: {exc}"))
        if not self.lost.done():
            self.lost.set_result(exc)

    def close(self):
        if self.transport is not None and not self.transport.is_closing():
            self.transport.write(CLOSE_FRAME)
            self.transport.close()


def handshake_request(host, port, script):
    path = IFACE + script
    return (f"GET {path} HTTP/1.1\r\nHost: {host}:{port}\r\nUpgrade: websocket\r\n"
            f"Connection: Upgrade\r\nSec-WebSocket-Key: {HANDSHAKE_KEY}\r\n"
            f"Sec-WebSocket-Version: 13\r\n\r\n").encode()


async def open_conns(args, n, deadline):
    """Open n upgraded connections, at most args.handshake_concurrency handshakes at a time."""
    loop = asyncio.get_running_loop()
    req = handshake_request(args.host, args.port, args.script)
    sem = asyncio.Semaphore(args.handshake_concurrency)
    failures = []

    async def one():
        async with sem:
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                failures.append("deadline")
                return None
            try:
                _, proto = await asyncio.wait_for(
                    loop.create_connection(lambda: WSClient(req), args.host, args.port), remaining)
                await asyncio.wait_for(proto.upgraded, max(0.01, deadline - time.monotonic()))
                return proto
            except (OSError, ConnectionError, asyncio.TimeoutError) as exc:
                failures.append(repr(exc)[:200])
                return None

    conns = [c for c in await asyncio.gather(*(one() for _ in range(n))) if c is not None]
    return conns, failures


def workload(script):
    """(frames, expected replies) cycled per message for the given script."""
    if script.startswith("json_protocol"):
        reqs = [('{"cmd":"add","a":1,"b":2}', '{"ok":true,"result":3}'),
                ('{"cmd":"echo","text":"hello bench"}', '{"ok":true,"result":"hello bench"}'),
                ('{"cmd":"upper","text":"hello bench"}', '{"ok":true,"result":"HELLO BENCH"}')]
    elif script.startswith("work"):
        import ws_work

        reqs = [(m, ws_work.reply(m)) for m in ws_work.messages()]
    else:
        reqs = [("hello from ajgi bench 0", None), ("hello from ajgi bench 1", None)]
    frames = [client_frame(r.encode()) for r, _ in reqs]
    expected = [(e if e is not None else r).encode() for r, e in reqs]
    return frames, expected


def percentile(sorted_vals, q):
    if not sorted_vals:
        return None
    idx = min(len(sorted_vals) - 1, max(0, int(round(q * (len(sorted_vals) - 1)))))
    return sorted_vals[idx]


class ServerMeter:
    """CPU seconds and RSS of the server process tree, if a pid was given."""

    def __init__(self, pid):
        self.pid = pid

    def cpu(self):
        return procstat.tree_cpu_seconds(self.pid) if self.pid else None

    def rss(self):
        return procstat.tree_rss_bytes(self.pid) if self.pid else None


def diff(a, b):
    return None if a is None or b is None else b - a


async def run_echo(args):
    """N connections x M messages with up to `depth` in flight per connection."""
    deadline = time.monotonic() + args.timeout
    meter = ServerMeter(args.server_pid)
    frames, expected = workload(args.script)
    nf = len(frames)
    cpu0, t0 = meter.cpu(), time.perf_counter()
    conns, failures = await open_conns(args, args.conns, deadline)
    t_open, cpu1 = time.perf_counter(), meter.cpu()
    lat = array("d")
    stats = {"received": 0, "mismatch": 0}
    loop = asyncio.get_running_loop()
    waiters = []
    perf = time.perf_counter

    def start(c):
        sent = deque()
        state = {"to_send": args.msgs, "got": 0, "i": 0}
        done = loop.create_future()
        write = c.transport.write

        def send_one():
            i = state["i"]
            state["i"] = i + 1
            state["to_send"] -= 1
            sent.append((perf(), i % nf))
            write(frames[i % nf])

        def on_message(payload):
            t = perf()
            if not sent:
                stats["mismatch"] += 1
                return
            ts, k = sent.popleft()
            lat.append(t - ts)
            if payload != expected[k]:
                stats["mismatch"] += 1
            stats["received"] += 1
            state["got"] += 1
            if state["to_send"] > 0:
                send_one()
            elif state["got"] >= args.msgs and not done.done():
                done.set_result(None)

        c.on_message = on_message
        c.lost.add_done_callback(lambda _f: done.done() or done.set_result(None))
        for _ in range(min(args.depth, args.msgs)):
            send_one()
        waiters.append(done)

    t1 = time.perf_counter()
    for c in conns:
        start(c)
    timed_out = False
    if waiters:
        left = max(0.01, deadline - time.monotonic())
        _, pending = await asyncio.wait(waiters, timeout=left)
        timed_out = bool(pending)
    t2 = time.perf_counter()
    cpu2 = meter.cpu()
    for c in conns:
        c.close()
    await asyncio.sleep(0.05)
    lat_sorted = sorted(lat)
    elapsed = t2 - t1
    n = stats["received"]
    cpu_msgs = diff(cpu1, cpu2)
    return {
        "mode": "echo", "script": args.script, "conns": args.conns, "connected": len(conns),
        "msgs_per_conn": args.msgs, "depth": args.depth, "received": n,
        "expected": len(conns) * args.msgs, "mismatch": stats["mismatch"], "timed_out": timed_out,
        "connect_failures": len(failures), "failure_sample": failures[:3],
        "connect_s": t_open - t0, "elapsed_s": elapsed, "msgs_per_s": n / elapsed if elapsed > 0 else None,
        "p50_ms": percentile(lat_sorted, 0.50) * 1e3 if lat_sorted else None,
        "p99_ms": percentile(lat_sorted, 0.99) * 1e3 if lat_sorted else None,
        "server_cpu_connect_s": diff(cpu0, cpu1), "server_cpu_msgs_s": cpu_msgs,
        "server_cpu_us_per_msg": cpu_msgs / n * 1e6 if cpu_msgs is not None and n else None,
        "msgs_per_server_cpu_s": n / cpu_msgs if cpu_msgs else None,
    }


async def run_connect_rate(args):
    """Open, echo once, close: `count` connections with `concurrency` in flight."""
    deadline = time.monotonic() + args.timeout
    meter = ServerMeter(args.server_pid)
    req = handshake_request(args.host, args.port, args.script)
    frames, expected = workload(args.script)
    loop = asyncio.get_running_loop()
    stats = {"ok": 0, "fail": 0, "started": 0}
    failures = []

    async def worker():
        while stats["started"] < args.count and time.monotonic() < deadline:
            stats["started"] += 1
            try:
                _, proto = await asyncio.wait_for(
                    loop.create_connection(lambda: WSClient(req), args.host, args.port),
                    max(0.01, deadline - time.monotonic()))
                await asyncio.wait_for(proto.upgraded, max(0.01, deadline - time.monotonic()))
                got = loop.create_future()
                proto.on_message = lambda p: got.done() or got.set_result(p)
                proto.transport.write(frames[0])
                reply = await asyncio.wait_for(got, max(0.01, deadline - time.monotonic()))
                proto.close()
                if reply == expected[0]:
                    stats["ok"] += 1
                else:
                    stats["fail"] += 1
            except (OSError, ConnectionError, asyncio.TimeoutError) as exc:
                stats["fail"] += 1
                failures.append(repr(exc)[:200])

    cpu0, t0 = meter.cpu(), time.perf_counter()
    await asyncio.gather(*(worker() for _ in range(args.concurrency)))
    elapsed = time.perf_counter() - t0
    cpu = diff(cpu0, meter.cpu())
    return {
        "mode": "connect", "script": args.script, "count": args.count, "concurrency": args.concurrency,
        "ok": stats["ok"], "failed": stats["fail"], "failure_sample": failures[:3],
        "timed_out": stats["ok"] + stats["fail"] < args.count, "elapsed_s": elapsed,
        "conns_per_s": stats["ok"] / elapsed if elapsed > 0 else None, "server_cpu_s": cpu,
        "server_cpu_us_per_conn": cpu / stats["ok"] * 1e6 if cpu is not None and stats["ok"] else None,
    }


async def run_idle(args):
    """Hold `conns` upgraded, idle connections (each echoed once) and report server RSS growth."""
    deadline = time.monotonic() + args.timeout
    meter = ServerMeter(args.server_pid)
    frames, expected = workload(args.script)
    loop = asyncio.get_running_loop()
    rss0 = meter.rss()
    conns, failures = await open_conns(args, args.conns, deadline)
    got = []
    for c in conns:
        fut = loop.create_future()
        c.on_message = lambda p, fut=fut: fut.done() or fut.set_result(p)
        c.transport.write(frames[0])
        got.append(fut)
    ok = 0
    if got:
        done, _ = await asyncio.wait(got, timeout=max(0.01, deadline - time.monotonic()))
        ok = sum(1 for f in done if f.result() == expected[0])
    await asyncio.sleep(min(args.settle, max(0.0, deadline - time.monotonic())))
    rss1 = meter.rss()
    for c in conns:
        c.close()
    await asyncio.sleep(0.1)
    grow = diff(rss0, rss1)
    return {
        "mode": "idle", "script": args.script, "conns": args.conns, "connected": len(conns),
        "echo_ok": ok, "connect_failures": len(failures), "failure_sample": failures[:3],
        "rss_before_mib": rss0 / 2**20 if rss0 is not None else None,
        "rss_after_mib": rss1 / 2**20 if rss1 is not None else None,
        "rss_mib_per_1000": grow / 2**20 / len(conns) * 1000 if grow is not None and conns else None,
    }


def parse_args(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--host", default="127.0.0.1")
    ap.add_argument("--port", type=int, required=True)
    ap.add_argument("--script", default="echo.js", help="script path relative to the server root")
    ap.add_argument("--conns", type=int, default=1)
    ap.add_argument("--msgs", type=int, default=1000, help="messages per connection")
    ap.add_argument("--depth", type=int, default=1, help="messages in flight per connection (pipelining)")
    ap.add_argument("--connect-rate", action="store_true")
    ap.add_argument("--count", type=int, default=1000, help="connections for --connect-rate")
    ap.add_argument("--concurrency", type=int, default=20, help="parallel connects for --connect-rate")
    ap.add_argument("--idle", action="store_true")
    ap.add_argument("--settle", type=float, default=1.0, help="seconds to wait before reading RSS (--idle)")
    ap.add_argument("--handshake-concurrency", type=int, default=64)
    ap.add_argument("--timeout", type=float, default=60.0, help="hard bound on the whole run, seconds")
    ap.add_argument("--server-pid", type=int, default=0)
    ap.add_argument("--no-uvloop", action="store_true")
    args = ap.parse_args(argv)
    if args.host not in LOOPBACK:
        ap.error("loadgen only talks to loopback addresses")
    for name in ("conns", "msgs", "depth", "count", "concurrency"):
        if not 1 <= getattr(args, name) <= 100000:
            ap.error(f"--{name} out of range 1..100000")
    if not 0 < args.timeout <= 900:
        ap.error("--timeout must be in (0, 900]")
    return args


def main(argv=None):
    args = parse_args(argv)
    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    want = min(hard, max(soft, args.conns + args.concurrency + 256))
    if want > soft:
        resource.setrlimit(resource.RLIMIT_NOFILE, (want, hard))
    if not args.no_uvloop:
        try:
            import uvloop
            uvloop.install()
        except ImportError:
            pass
    fn = run_connect_rate if args.connect_rate else run_idle if args.idle else run_echo
    t0 = time.process_time()
    result = asyncio.run(asyncio.wait_for(fn(args), args.timeout + 5))
    result["client_cpu_s"] = time.process_time() - t0
    print(json.dumps(result))
    return 0


if __name__ == "__main__":
    sys.exit(main())
