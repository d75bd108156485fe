"""The websocket idle watcher: activity costs no clock read, and the
connection still closes one timeout after its last activity."""

import asyncio
import time
import types

from runtime.agi import websocket


class _Host:
    def __init__(self):
        self.closed = None

    def ws_write(self, text):
        return None

    def ws_close(self, code, reason):
        self.closed = (code, reason, time.monotonic())


def _state():
    host = _Host()
    ctx = types.SimpleNamespace(host=host, execution_id="test")
    return websocket.WebSocketState(ctx), host


def test_activity_reads_no_clock(monkeypatch):
    st, _ = _state()
    reads = []
    monkeypatch.setattr(websocket.time, "monotonic", lambda: reads.append(1) or 0.0)
    for _ in range(3):  # frame in, read, send: one echo
        st.touch()
    assert reads == []


def test_idle_close_follows_the_last_activity():
    async def main():
        st, host = _state()
        st.open = True
        st.start_idle_timer(0.3)
        t0 = time.monotonic()
        while time.monotonic() - t0 < 0.8:  # busy: never idle for 0.3 s
            st.touch()
            await asyncio.sleep(0.05)
        assert host.closed is None
        last = time.monotonic()
        st.touch()
        while host.closed is None and time.monotonic() - last < 5:
            await asyncio.sleep(0.01)
        return host.closed, last

    closed, last = asyncio.run(main())
    assert closed is not None and closed[0] == 1001
    # one timeout after the last activity, plus at most one look (0.3 s)
    assert 0.25 <= closed[2] - last <= 0.3 + 0.3 + 0.5, closed[2] - last
