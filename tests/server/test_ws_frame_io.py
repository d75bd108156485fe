"""How ajgi_tx/ws_tornado.py moves frames between a socket and the script,
on a socket pair in this process (no server): the receive side parses
frames from its own buffer however TCP cuts them, and keeps Tornado's
fairness and backpressure; ``write_frame`` sends straight to the socket
only when nothing is queued before the frame."""

import asyncio
import os
import socket
import struct

import pytest
import tornado.iostream
import tornado.websocket

from ajgi_tx import ws_tornado


class Handler:
    """What StrictProtocol calls on its handler; records what it hears."""

    def __init__(self, on_message=None):
        self.messages = []
        self.ended = None
        self.hook = on_message

    def on_message(self, message):
        self.messages.append(message)
        return self.hook(message) if self.hook is not None else None

    def on_ping(self, data):
        pass

    def on_pong(self, data):
        pass

    def on_ws_connection_close(self, code, reason):
        self.ended = (code, reason)

    def log_exception(self, *exc_info):
        raise AssertionError("handler error: %r" % (exc_info,))


def client_frame(opcode, payload, fin=True):
    """A masked frame as a client sends it."""
    n = len(payload)
    head = bytes([(0x80 if fin else 0) | opcode])
    if n < 126:
        head += bytes([0x80 | n])
    elif n < 65536:
        head += bytes([0x80 | 126]) + struct.pack("!H", n)
    else:
        head += bytes([0x80 | 127]) + struct.pack("!Q", n)
    mask = os.urandom(4)
    return head + mask + bytes(b ^ mask[i % 4] for i, b in enumerate(payload))


def server_frame_header(opcode, n):
    if n < 126:
        return bytes([0x80 | opcode, n])
    if n < 65536:
        return bytes([0x80 | opcode, 126]) + struct.pack("!H", n)
    return bytes([0x80 | opcode, 127]) + struct.pack("!Q", n)


class Pair:
    """A StrictProtocol on one end of a socket pair, its receive loop running;
    the test is the client on the other end (``peer``, non-blocking)."""

    def __init__(self, handler=None, max_message_size=1 << 20):
        self.handler = handler or Handler()
        server_sock, self.peer = socket.socketpair()
        self.peer.setblocking(False)
        params = tornado.websocket._WebSocketParams(max_message_size=max_message_size)
        self.proto = ws_tornado.StrictProtocol(self.handler, False, params)
        self.proto.stream = tornado.iostream.IOStream(server_sock)
        self.loop = asyncio.get_running_loop()
        self.task = asyncio.ensure_future(self.proto._receive_frame_loop())

    async def send(self, data):
        await self.loop.sock_sendall(self.peer, data)

    async def recv_exact(self, n):
        out = b""
        while len(out) < n:
            chunk = await asyncio.wait_for(self.loop.sock_recv(self.peer, n - len(out)), 5)
            assert chunk, "the server closed the socket"
            out += chunk
        return out

    async def read_frame(self):
        head = await self.recv_exact(2)
        n = head[1] & 0x7F
        if n == 126:
            n = struct.unpack("!H", await self.recv_exact(2))[0]
        elif n == 127:
            n = struct.unpack("!Q", await self.recv_exact(8))[0]
        return head[0], await self.recv_exact(n)

    async def wait_messages(self, count, timeout=5.0):
        deadline = self.loop.time() + timeout
        while len(self.handler.messages) < count:
            assert self.loop.time() < deadline, "got %d of %d messages" % (len(self.handler.messages), count)
            await asyncio.sleep(0.005)
        return self.handler.messages

    async def close(self):
        self.peer.close()
        try:
            await asyncio.wait_for(self.task, 5)
        finally:
            self.proto.stream.close()


def run(coro_fn):
    asyncio.run(coro_fn())


# -- receive side -------------------------------------------------------------------------


@pytest.mark.parametrize("size", [5, 300, 70_000])  # 7-bit, 16-bit and 64-bit lengths
def test_a_frame_cut_at_every_header_byte_arrives_whole(size):
    payload = bytes(range(256)) * (size // 256) + bytes(size % 256)

    async def main():
        pair = Pair()
        frame = client_frame(0x2, payload)
        head = 2 + (2 if 126 <= size < 65536 else 8 if size >= 65536 else 0) + 4
        for i in range(head):  # header, extended length and mask one byte at a time
            await pair.send(frame[i:i + 1])
            await asyncio.sleep(0.002)
        middle = head + size // 2
        await pair.send(frame[head:middle])
        await asyncio.sleep(0.002)
        await pair.send(frame[middle:])
        assert await pair.wait_messages(1) == [payload]
        # and the next frame, whole in one segment, follows on
        await pair.send(client_frame(0x1, "é".encode()))
        assert await pair.wait_messages(2) == [payload, "é"]
        await pair.close()

    run(main)


def test_a_payload_in_many_small_pieces_is_gathered_by_one_read():
    # Once the header is known, the rest of the payload is one exact read
    # (IOStream gathers it), not one read and one copy of all so far per
    # piece: that would be quadratic for a peer sending tiny segments.
    payload = os.urandom(20_000)

    async def main():
        pair = Pair()
        reads = []
        read_more = pair.proto._read_more
        pair.proto._read_more = lambda missing: reads.append(missing) or read_more(missing)
        frame = client_frame(0x2, payload)
        for i in range(0, len(frame), 200):
            await pair.send(frame[i:i + 200])
            await asyncio.sleep(0.001)
        assert await pair.wait_messages(1) == [payload]
        assert len(reads) <= 3, reads  # the header's read, the payload's, the next frame's
        await pair.close()

    run(main)


def test_many_frames_in_one_segment_arrive_in_order_and_the_loop_is_shared():
    # 400 frames at once: the receive loop must step aside (Tornado's figure:
    # every 256 frames' worth of work) so others run while it parses them.
    seen_ticks = []
    ticks = [0]

    async def main():
        handler = Handler(on_message=lambda m: seen_ticks.append(ticks[0]))
        pair = Pair(handler)

        async def ticker():
            while True:
                ticks[0] += 1
                await asyncio.sleep(0)

        t = asyncio.ensure_future(ticker())
        await asyncio.sleep(0.01)
        await pair.send(b"".join(client_frame(0x1, b"m%d" % i) for i in range(400)))
        assert await pair.wait_messages(400) == ["m%d" % i for i in range(400)]
        t.cancel()
        assert seen_ticks[-1] > seen_ticks[0], "the receive loop never yielded"
        await pair.close()

    run(main)


def test_a_big_frame_with_small_ones_behind_it_in_one_burst():
    # The rest of the big payload is read in one exact read, which takes the
    # small frames too into the stream's own buffer: the reads after it must
    # take them from there (the socket has nothing more to report), and the
    # stream must watch the socket again for the frame that comes later.
    big = b"B" * 200_000

    async def main():
        pair = Pair()
        await pair.send(client_frame(0x1, b"first"))  # the stream now watches the socket
        await pair.wait_messages(1)
        burst = client_frame(0x2, big) + b"".join(client_frame(0x1, b"s%d" % i) for i in range(3))
        await pair.send(burst)
        want = ["first", big, "s0", "s1", "s2"]
        assert await pair.wait_messages(5) == want
        await asyncio.sleep(0.02)
        await pair.send(client_frame(0x1, b"later"))
        assert await pair.wait_messages(6) == want + ["later"]
        await pair.close()

    run(main)


def test_backpressure_holds_frames_that_are_already_buffered():
    gate = []

    async def main():
        loop = asyncio.get_running_loop()

        def hook(message):
            if message == "first":
                gate.append(loop.create_future())
                return gate[0]  # the inbox is full: wait before the next frame
            return None

        pair = Pair(Handler(on_message=hook))
        await pair.send(client_frame(0x1, b"first") + client_frame(0x1, b"second") + client_frame(0x1, b"third"))
        await pair.wait_messages(1)
        await asyncio.sleep(0.05)
        assert pair.handler.messages == ["first"]
        gate[0].set_result(None)
        assert await pair.wait_messages(3) == ["first", "second", "third"]
        await pair.close()

    run(main)


def test_an_oversize_frame_partly_buffered_is_dropped_to_its_last_byte():
    # The oversize frame's payload is partly in the protocol's buffer (same
    # segment as its header) and partly still in the socket: exactly its 4+n
    # bytes are dropped, so the close frame right behind it is read as one.
    async def main():
        pair = Pair(max_message_size=1000)
        frame = client_frame(0x2, b"x" * 50_000)
        await pair.send(frame[:3000])
        opcode, payload = await pair.read_frame()
        assert (opcode & 0x0F, struct.unpack("!H", payload[:2])[0]) == (0x8, 1009)
        await pair.send(frame[3000:] + client_frame(0x8, struct.pack("!H", 1000)))
        await asyncio.wait_for(pair.task, 5)
        assert pair.handler.ended == (1000, "")
        assert pair.handler.messages == []
        await pair.close()

    run(main)


def test_a_peer_that_goes_away_ends_the_loop():
    async def main():
        pair = Pair()
        await pair.send(client_frame(0x1, b"hi"))
        await pair.wait_messages(1)
        await pair.close()
        assert pair.handler.ended == (None, None)
        assert pair.proto.client_terminated and pair.proto.stream.closed()

    run(main)


def test_read_available_takes_what_the_stream_holds_else_waits_on_the_socket():
    async def main():
        a, b = socket.socketpair()
        stream = tornado.iostream.IOStream(a)
        reads = []
        read_from_fd = stream.read_from_fd
        stream.read_from_fd = lambda buf: reads.append(1) or read_from_fd(buf)

        fut = stream.read_bytes(1)
        b.send(b"x")
        assert await asyncio.wait_for(fut, 5) == b"x"  # the stream watches the socket, holds nothing
        b.send(b"abcdef")
        assert await stream.read_bytes(2) == b"ab"  # read at once: 4 bytes stay in the stream
        fut = ws_tornado.read_available(stream)
        assert fut.done() and fut.result() == b"cdef"  # from the stream, not the (empty) socket

        # Nothing held and the socket watched: the read waits for the loop,
        # without trying the socket first.
        del reads[:]
        fut = ws_tornado.read_available(stream)
        assert not fut.done() and reads == []
        b.send(b"g")
        assert await asyncio.wait_for(fut, 5) == b"g"

        # A read answered by the loop with bytes left over makes Tornado stop
        # watching the socket; once they are taken, read_available must have
        # it watched again, or the next bytes would never be noticed.
        fut = stream.read_bytes(2)
        b.send(b"hijk")
        assert await asyncio.wait_for(fut, 5) == b"hi"
        assert await stream.read_bytes(2) == b"jk"
        fut = ws_tornado.read_available(stream)
        b.send(b"l")
        assert await asyncio.wait_for(fut, 5) == b"l"
        stream.close()
        b.close()

    run(main)


# -- send side ----------------------------------------------------------------------------


@pytest.mark.parametrize("size", [0, 125, 126, 65535, 65536, 300_000])
def test_a_frame_with_nothing_queued_goes_out_whole(size):
    text = "x" * size

    async def main():
        pair = Pair()
        fut = ws_tornado.write_frame(pair.proto, text)
        got = await pair.read_frame()
        assert got == (0x81, text.encode())
        if fut is not None:  # the socket took only part of it at once
            await asyncio.wait_for(fut, 5)
        assert not pair.proto.stream.writing()
        await pair.close()

    run(main)


def test_write_frame_returns_none_when_the_socket_takes_it_all():
    async def main():
        pair = Pair()
        assert ws_tornado.write_frame(pair.proto, "small", binary=True) is None
        assert await pair.read_frame() == (0x82, b"small")
        await pair.close()

    run(main)


def test_a_frame_queues_behind_bytes_still_waiting_to_be_written():
    # Bytes queued in the stream (the socket was full), then the peer makes
    # room without the loop noticing yet: the frame must still go after them,
    # not straight into the socket in the middle of the stream.
    async def main():
        pair = Pair()
        sock = pair.proto.stream.socket
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_SNDBUF, 4096)
        pong = b"P" * 2_000_000
        pending = pair.proto.stream.write(server_frame_header(0x2, len(pong)) + pong)
        assert pair.proto.stream.writing()
        pair.peer.setblocking(True)
        first = pair.peer.recv(65536)  # room in the socket; the queue is untouched
        pair.peer.setblocking(False)
        fut = ws_tornado.write_frame(pair.proto, "after")
        assert fut is not None  # queued: the caller waits for it
        head = first + await pair.recv_exact(2 + 8 + len(pong) - len(first))
        assert head[10:] == pong
        assert await pair.read_frame() == (0x81, b"after")
        await asyncio.wait_for(pending, 5)
        await asyncio.wait_for(fut, 5)
        await pair.close()

    run(main)


def test_a_big_frame_the_socket_takes_in_parts():
    async def main():
        pair = Pair()
        pair.proto.stream.socket.setsockopt(socket.SOL_SOCKET, socket.SO_SNDBUF, 4096)
        text = "".join(chr(0x41 + i % 26) for i in range(1_000_000))
        fut = ws_tornado.write_frame(pair.proto, text)
        assert fut is not None and pair.proto.stream.writing()
        assert await pair.read_frame() == (0x81, text.encode())
        await asyncio.wait_for(fut, 5)
        assert pair.proto._wire_bytes_out == 10 + len(text)
        await pair.close()

    run(main)


def test_a_write_to_a_vanished_peer_closes_the_stream():
    async def main():
        pair = Pair()
        pair.peer.close()
        await asyncio.sleep(0.01)
        try:
            fut = ws_tornado.write_frame(pair.proto, "anyone?")
            if fut is not None:
                with pytest.raises(tornado.iostream.StreamClosedError):
                    await asyncio.wait_for(fut, 5)
        except tornado.websocket.WebSocketClosedError:
            pass
        assert pair.proto.stream.closed()
        with pytest.raises(tornado.websocket.WebSocketClosedError):
            ws_tornado.write_frame(pair.proto, "again")
        await asyncio.wait_for(pair.task, 5)

    run(main)
