"""websocket.read(): with no timeout and nothing queued the script awaits
the inbox's own future (no coroutine between it and the frame's put); a
queued frame, a timeout or a finished connection take the general path."""

import asyncio
import types

import pytest

from runtime.agi import websocket
from runtime.values import null, undefined


class _Host:
    def ws_write(self, text):
        return None

    def ws_close(self, code, reason):
        pass


@pytest.fixture
def st(monkeypatch):
    ctx = types.SimpleNamespace(host=_Host(), execution_id="test")
    state = websocket.WebSocketState(ctx)
    state.open = state.ever_upgraded = True
    monkeypatch.setattr(websocket, "_state", lambda: state)
    return state


def read(timeout_ms=undefined):
    return asyncio.wait_for(websocket.websocket_read(undefined, timeout_ms), 5)


def test_a_blocking_read_awaits_the_inbox_future_itself(st, monkeypatch):
    def no_general_path(timeout):
        raise AssertionError("next_item used for a plain blocking read")

    async def main():
        monkeypatch.setattr(st, "next_item", no_general_path)
        reader = asyncio.ensure_future(read())
        for _ in range(5):
            await asyncio.sleep(0)
        assert st.inbox.reader is not None  # waiting on the inbox's future
        st.feed("hello")
        return await reader

    assert asyncio.run(main()) == "hello"


def test_queued_frames_come_first_without_waiting(st):
    async def main():
        st.feed("a")
        st.feed("b")
        return [await read(), await read()]

    assert asyncio.run(main()) == ["a", "b"]


def test_a_timeout_still_gives_null(st):
    async def main():
        return await read(20.0)

    assert asyncio.run(main()) is null


def test_a_closed_connection_drains_then_reads_false(st):
    async def main():
        st.feed("last")
        st.peer_closed()
        return [await read(), await read(), await read()]

    assert asyncio.run(main()) == ["last", False, False]


def test_nothing_more_to_come_reads_false_at_once(st):
    # Not open and no end mark queued (so nothing will ever be put): the
    # read must answer false instead of waiting for a frame.
    async def main():
        st.open = False
        return await read()

    assert asyncio.run(main()) is False
