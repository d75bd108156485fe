"""runtime.agi.inbox.Inbox: the bounded, ordered frame queue of a websocket script."""
import asyncio

import pytest

from runtime.agi.inbox import Inbox

END = object()


def run(coro):
    return asyncio.run(coro)


def test_items_come_out_in_order_and_marks_are_not_frames():
    async def main():
        q = Inbox(4, END)
        assert q.put("a") is None and q.put("b") is None and q.put(END) is None
        assert (q.frames(), len(q)) == (2, 3)
        return [await q.get(), await q.get(), await q.get()], q.frames()
    assert run(main()) == (["a", "b", END], 0)


def test_a_waiting_reader_gets_the_frame_directly():
    async def main():
        q = Inbox(4, END)
        reader = asyncio.ensure_future(q.get())
        await asyncio.sleep(0)
        assert q.reader is not None
        q.put("x")
        return await reader, len(q)
    assert run(main()) == ("x", 0)


def test_the_waiter_is_the_future_the_next_put_resolves():
    async def main():
        q = Inbox(4, END)
        fut = q.waiter()
        assert q.reader is fut and not fut.done()
        assert q.put("x") is None
        return fut.result(), q.reader, len(q)
    assert run(main()) == ("x", None, 0)


def test_beyond_the_limit_puts_wait_and_are_admitted_in_order():
    async def main():
        q = Inbox(2, END)
        assert q.put(1) is None and q.put(2) is None
        f3, f4 = q.put(3), q.put(4)
        end = q.put(END)  # queues behind the waiting frames, not before
        assert f3 is not None and f4 is not None and end is not None
        assert q.full() and not f3.done()
        got = [await q.get()]
        assert f3.done() and not f4.done()  # one slot freed, one frame admitted
        while len(q) or q.putters:
            got.append(await q.get())
        return got, f4.done(), end.done()
    assert run(main()) == ([1, 2, 3, 4, END], True, True)


def test_the_end_mark_ignores_the_limit_when_nobody_waits():
    async def main():
        q = Inbox(1, END)
        q.put("a")
        return q.put(END), len(q), q.frames()
    assert run(main()) == (None, 2, 1)


def test_get_times_out_with_none_and_a_later_frame_is_kept():
    async def main():
        q = Inbox(4, END)
        assert await q.get(0.01) is None
        assert q.reader is None
        q.put("late")
        return await q.get(0.01)
    assert run(main()) == "late"


def test_a_cancelled_reader_loses_no_frame():
    async def main():
        q = Inbox(4, END)
        reader = asyncio.ensure_future(q.get())
        await asyncio.sleep(0)
        reader.cancel()
        with pytest.raises(asyncio.CancelledError):
            await reader
        q.put("kept")
        return await q.get()
    assert run(main()) == "kept"
