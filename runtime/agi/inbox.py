"""The bounded frame queue between a websocket connection and its script.

One writer (the connection's ``on_message``) and one reader (the script's
``websocket.read()`` or ``delay()``). At most ``limit`` items are queued;
a put beyond that returns a future that resolves once the item is in, and
the connection reads no further frames until then (TCP backpressure, no
frame is ever dropped). Puts are admitted strictly in order.

A frame that arrives while the script is waiting goes straight to the
waiting reader's future. This is the whole hot path of an echo loop, so
the class does only that: a general queue (``tornado.queues.Queue``, which
this replaced) also tracks unfinished tasks, a "finished" event and expired
getters on every put, about twice the Python calls per frame.

``mark`` items (the end-of-connection sentinel) are not counted by
:meth:`frames` and ignore the limit, but still queue behind waiting puts.
"""

import asyncio


class Inbox:
    __slots__ = ("items", "limit", "putters", "reader", "mark", "marks")

    def __init__(self, limit, mark):
        # Lists, not deques: a deque starts with a 64-slot block (~0.6 KB
        # per idle connection), and these hold a handful of items at most
        # (removing the head of a list of <= 128 is a short memmove).
        self.items = []
        self.limit = limit
        self.putters = None     # [(item, future)] waiting for room, in order
        self.reader = None      # the waiting reader's future
        self.mark = mark
        self.marks = 0          # marks among ``items``

    def frames(self):
        """Queued items that are frames (not marks)."""
        return len(self.items) - self.marks

    def __len__(self):
        return len(self.items)

    def full(self):
        return len(self.items) >= self.limit

    def put(self, item):
        """Queues ``item``; returns None, or a future resolving once a full
        queue took it."""
        reader = self.reader
        if reader is not None:
            self.reader = None
            if not reader.done():  # else it timed out or was cancelled
                reader.set_result(item)
                return None
        if self.putters or (len(self.items) >= self.limit and item is not self.mark):
            fut = asyncio.get_running_loop().create_future()
            if self.putters is None:
                self.putters = []
            self.putters.append((item, fut))
            return fut
        self._append(item)
        return None

    def get_nowait(self):
        """The oldest item (the queue must not be empty)."""
        item = self.items.pop(0)
        if item is self.mark:
            self.marks -= 1
        if self.putters:
            self._admit()
        return item

    def waiter(self):
        """A future the next put resolves with its item (the queue must be
        empty). Awaiting it is ``get()`` without a timeout, minus a
        coroutine between the reader and the put."""
        fut = self.reader = asyncio.get_running_loop().create_future()
        return fut

    async def get(self, timeout=None):
        """The oldest item, waiting for one; None once ``timeout`` seconds
        pass first (None: no limit)."""
        if self.items:
            return self.get_nowait()
        fut = self.waiter()
        if timeout is None:
            return await fut
        timer = fut.get_loop().call_later(timeout, _expire, fut)
        try:
            return await fut
        finally:
            timer.cancel()
            if self.reader is fut:
                self.reader = None

    def _append(self, item):
        self.items.append(item)
        if item is self.mark:
            self.marks += 1

    def _admit(self):
        while self.putters and (len(self.items) < self.limit or self.putters[0][0] is self.mark):
            item, fut = self.putters.pop(0)
            self._append(item)
            if not fut.done():
                fut.set_result(None)


def _expire(fut):
    if not fut.done():
        fut.set_result(None)
