"""Many connections, fairness while a script spins, and the CPU budget."""

import asyncio
import time

import pytest

from tests.server.client import connect, http, recv, recv_all, run

STATEFUL = """
requirelib('websocket');
websocket.upgrade(30);
var id = websocket.read(), n = 0, m;
while ((m = websocket.read()) !== false) { n++; websocket.send(id + ':' + n + ':' + m); }
"""


def test_1000_concurrent_websocket_scripts_keep_their_own_state(server):
    s = server.script("load/stateful.js", STATEFUL)
    n = 1000

    async def one(i, sem, opened, go):
        async with sem:
            ws = await connect(server.base, s)
        await ws.write_message("c%d" % i)
        opened.append(i)
        await go.wait()
        out = []
        for k in range(3):
            await ws.write_message("m%d" % k)
            out.append(await recv(ws, timeout=60))
        ws.close()
        return out

    async def main():
        sem = asyncio.Semaphore(100)
        opened, go = [], asyncio.Event()
        tasks = [asyncio.ensure_future(one(i, sem, opened, go)) for i in range(n)]
        t0 = time.monotonic()
        while len(opened) < n:
            await asyncio.sleep(0.05)
            if any(t.done() and t.exception() for t in tasks):
                break
        t_open = time.monotonic() - t0
        go.set()
        results = await asyncio.gather(*tasks)
        return results, t_open, time.monotonic() - t0

    results, t_open, total = run(main(), timeout=90)
    for i, out in enumerate(results):
        assert out == ["c%d:1:m0" % i, "c%d:2:m1" % i, "c%d:3:m2" % i]
    print("1000 connections: all open after %.1f s, all answered after %.1f s" % (t_open, total))
    assert total < 60


SPIN = "var n = 0; function step(x) { return x + 1; } while (true) { n = step(n); }"
# An async top level whose loop calls nothing: its checkpoints are awaited.
SPIN_ASYNC = "delay(1); var n = 0; while (true) { n = n + 1; }"


@pytest.mark.parametrize("source", [SPIN, SPIN_ASYNC], ids=["sync-greenlet", "async-await"])
def test_fairness_spinning_script_does_not_stall_echo(server, source):
    spin = server.script("load/spin%d.js" % len(source), source)

    async def echo_conn(ws, rtts, rounds, go):
        await go.wait()
        await asyncio.sleep(0.05 * (id(ws) % 100) / 100.0)
        for i in range(rounds):
            t = time.perf_counter()
            await ws.write_message("e%d" % i)
            assert await recv(ws) == "e%d" % i
            rtts.append(time.perf_counter() - t)
            await asyncio.sleep(0.05)

    async def echo_round(conns, rounds):
        go, rtts = asyncio.Event(), []
        tasks = [asyncio.ensure_future(echo_conn(ws, rtts, rounds, go)) for ws in conns]
        go.set()
        await asyncio.gather(*tasks)
        return sorted(rtts)

    async def main():
        from tornado.httpclient import AsyncHTTPClient, HTTPRequest
        from tests.server.client import url

        conns = [await connect(server.base, "echo.js") for _ in range(100)]
        # the same load without the spinner, on this machine, right now
        baseline = await echo_round(conns, 5)
        spin_req = asyncio.ensure_future(AsyncHTTPClient().fetch(
            HTTPRequest(url(server.base, spin), request_timeout=30), raise_error=False))
        await asyncio.sleep(0.3)
        t0 = time.monotonic()
        rtts = await echo_round(conns, 15)
        measured = time.monotonic() - t0
        spinning_throughout = not spin_req.done()
        resp = await spin_req
        for ws in conns:
            ws.close()
        return baseline, rtts, measured, spinning_throughout, resp

    baseline, rtts, measured, spinning, resp = run(main(), timeout=60)
    p99_base = baseline[int(len(baseline) * 0.99)]
    p50, p99 = rtts[len(rtts) // 2], rtts[int(len(rtts) * 0.99)]
    print("fairness: %d echoes in %.2f s, p50 %.1f ms, p99 %.1f ms, max %.1f ms (p99 without "
          "the spinner %.1f ms)" % (len(rtts), measured, p50 * 1000, p99 * 1000, rtts[-1] * 1000,
                                    p99_base * 1000))
    assert spinning, "the spinner ended before the measurement did"
    assert len(rtts) == 1500
    # The spinner holds the loop at most one 10 ms slice at a time: an idle
    # machine measures p99 ~30-60 ms, a loaded one measured 129 ms. The bound
    # is the target (250 ms), or 3x the p99 of the same echoes without
    # the spinner when the machine is that loaded, capped at 1 s: without
    # preemption the echoes wait for the whole spin (the 2 s budget), so a
    # stall still fails.
    assert p99 < min(1.0, max(0.250, 3 * p99_base)), (p99, p99_base)
    assert resp.code == 500 and b"CPU budget" in resp.body


def test_cpu_budget_stops_a_runaway_websocket_script_1011(server):
    s = server.script("load/runaway.js", "requirelib('websocket'); websocket.upgrade(30); websocket.send('spinning'); for (;;) {}")

    async def go():
        ws = await connect(server.base, s)
        first = await recv(ws)
        t = time.monotonic()
        msgs, code = await recv_all(ws, timeout=15)
        return first, code, time.monotonic() - t
    first, code, secs = run(go())
    assert first == "spinning" and code == 1011
    assert 1.5 < secs < 8
    assert server.wait_log("load/runaway.js: script stopped: CPU budget of 2s exceeded")


def test_cpu_budget_counts_cpu_not_waiting(server):
    s = server.script("load/sleepy.js", "requirelib('websocket'); websocket.upgrade(30); delay(2500); websocket.read(300); websocket.send('alive');")

    async def go():
        return await recv_all(await connect(server.base, s), timeout=10)
    assert run(go()) == (["alive"], 1000)


def test_cpu_budget_plain_http(server):
    s = server.script("load/compute.js", "var s = 0; for (var i = 0; i < 1e9; i++) { s += i; } sendResp(s);")
    t = time.monotonic()
    st, ct, body = http(server.base, s)
    assert st == 500 and "CPU budget of 2s exceeded" in body
    assert time.monotonic() - t < 8


def test_budget_error_is_not_catchable(server):
    s = server.script("load/catch.js", "try { while (true) {} } catch (e) { sendResp('caught'); } finally { echo('finally'); }")
    st, ct, body = http(server.base, s)
    assert st == 500 and "CPU budget" in body
