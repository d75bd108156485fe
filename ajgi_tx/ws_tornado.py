"""The one place that knows Tornado's WebSocket internals.

Everything here leans on attributes Tornado does not document
(``WebSocketProtocol13._write_frame``, ``_receive_frame_loop``, ``_compressor``,
``_decompressor``, ``_frame_compressed``, ``_message_bytes_in/out``,
``_wire_bytes_out``, ``_send_pong``, ``_run_callback``, ``_WebSocketParams``,
``tornado.util._websocket_mask``, ``tornado.websocket._DecompressTooLargeError``,
and IOStream's read state: ``_read_buffer_size``, ``_read_future``, ``_state``,
``_start_read``, ``_read_bytes``, ``_read_partial``). They are listed in
:data:`PRIVATE_API`; ``tests/server/test_tornado_adapter.py`` checks them
against the installed Tornado and that it lies in :data:`SUPPORTED`, which
``setup.py`` pins, so an upgrade fails loudly there instead of in
production. (Tornado's ``_check_cross_origin`` is not used: the supported
versions do not have it; the Origin check is the public ``check_origin``.)

Three things are done through them:

* :func:`write_frame` sends a message without the Task Tornado's
  ``write_message`` wraps around every write (a Task and a loop pass per
  frame, for nothing the script needs), and when nothing is queued before
  it, without IOStream's write future either: straight to the socket.
* :class:`StrictProtocol` reads frames as RFC 6455 requires: an oversize
  frame is refused from its header with close 1009 (its payload is read and
  dropped, never buffered); unmasked client frames, reserved bits or
  opcodes, bad fragmentation and reserved close codes get a 1002 close
  frame; invalid UTF-8 in a text message gets 1007. Tornado itself drops the
  TCP connection for all of these and echoes any close code.
* It parses frames from its own buffer, filled by reads that take all the
  stream holds (:func:`read_available`), so the socket stays registered
  for reading between messages.
"""

import asyncio
import struct

import tornado
import tornado.ioloop
import tornado.iostream
import tornado.util
import tornado.websocket

# Tornado versions whose private API matches this module: [low, high).
SUPPORTED = ((6, 4), (6, 7))

# (owner, attribute, kind) of every private name used here; the adapter test
# checks each exists. kind: "method" (with its parameter names), "attr"
# (an instance attribute set in __init__), "name" (a module-level name).
PRIVATE_API = (
    ("WebSocketProtocol13", "_write_frame", ("fin", "opcode", "data", "flags")),
    ("WebSocketProtocol13", "_receive_frame_loop", ()),
    ("WebSocketProtocol13", "_send_pong", ("data",)),
    ("WebSocketProtocol", "_run_callback", ("callback", "args", "kwargs")),
    ("WebSocketProtocol13", "_compressor", "attr"),
    ("WebSocketProtocol13", "_decompressor", "attr"),
    ("WebSocketProtocol13", "_frame_compressed", "attr"),
    ("WebSocketProtocol13", "_message_bytes_in", "attr"),
    ("WebSocketProtocol13", "_message_bytes_out", "attr"),
    ("WebSocketProtocol13", "_wire_bytes_out", "attr"),
    ("WebSocketProtocol13", "_fragmented_message_buffer", "attr"),
    ("WebSocketProtocol13", "_fragmented_message_opcode", "attr"),
    ("WebSocketProtocol13", "_received_pong", "attr"),
    ("BaseIOStream", "_start_read", ()),
    ("BaseIOStream", "_read_buffer_size", "attr"),
    ("BaseIOStream", "_read_future", "attr"),
    ("BaseIOStream", "_state", "attr"),
    ("BaseIOStream", "_read_bytes", "attr"),
    ("BaseIOStream", "_read_partial", "attr"),
    ("tornado.util", "_websocket_mask", "name"),
    ("tornado.websocket", "_DecompressTooLargeError", "name"),
    ("tornado.websocket", "_WebSocketParams", "name"),
)

_mask = tornado.util._websocket_mask
_IOStream = tornado.iostream.IOStream
_READ = tornado.ioloop.IOLoop.READ
_TooLarge = tornado.websocket._DecompressTooLargeError
_unpack_u16 = struct.Struct("!H").unpack
_unpack_u16_from = struct.Struct("!H").unpack_from
_unpack_u64_from = struct.Struct("!Q").unpack_from
_pack_u16_header = struct.Struct("!BBH").pack
_pack_u64_header = struct.Struct("!BBQ").pack
_DISCARD_CHUNK = 64 * 1024
_READ_CHUNK = 64 * 1024  # the most one read of the stream takes (Tornado reads 64 KiB per recv)
_PIECEMEAL = 16  # bytes still missing that are read with whatever else has come (a header is <= 14)
# The receive loop yields to the event loop once it has parsed this much
# without waiting: each frame counts _FRAME_WORK, each byte read one (the
# figures of Tornado's own loop, for the same reason: per-frame overhead
# dominates small frames).
_YIELD_WORK = 256 * 1024
_FRAME_WORK = 1024


def tornado_version():
    return tuple(int(p) for p in tornado.version.split(".")[:2])


def write_frame(conn, text, binary=False):
    """Sends one message on ``conn`` (a :class:`StrictProtocol`); returns
    the stream's write future while the stream is still writing (the caller
    waits: backpressure), else None. Raises WebSocketClosedError when the
    connection is closing or gone."""
    if conn is None or conn.is_closing():
        raise tornado.websocket.WebSocketClosedError()
    data = text if isinstance(text, bytes) else text.encode("utf-8")
    conn._message_bytes_out += len(data)
    flags = 0
    if conn._compressor:
        data = conn._compressor.compress(data)
        flags = conn.RSV1
    first = 0x80 | flags | (0x2 if binary else 0x1)  # FIN, RSV1 when compressed, opcode
    stream = conn.stream
    if type(stream) is _IOStream and not stream.writing():
        # Nothing queued before it: the frame goes straight to the socket.
        # IOStream.write would do the same send, plus a future and a loop
        # callback per frame that nobody waits for.
        frame = _frame_header(first, len(data)) + data
        try:
            sent = stream.socket.send(frame)
        except BlockingIOError:
            sent = 0
        except OSError:
            sent = None  # IOStream's write below meets the error again and closes as it does
        if sent is not None:
            conn._wire_bytes_out += len(frame)
            if sent == len(frame):
                return None
            # The socket took part of it (or none): IOStream queues the rest
            # and writes it as the socket drains.
            fut = stream.write(memoryview(frame)[sent:])
            return fut if stream.writing() else None
    try:
        fut = conn._write_frame(True, first & 0x0F, data, flags=flags)
    except tornado.iostream.StreamClosedError:
        raise tornado.websocket.WebSocketClosedError()
    # IOStream.write already retrieves the future's exception itself.
    return fut if stream.writing() else None


def _frame_header(first, n):
    """An unmasked frame's header (the server never masks): ``first`` byte,
    then the payload length ``n`` in RFC 6455's three sizes."""
    if n < 126:
        return bytes((first, n))
    if n <= 0xFFFF:
        return _pack_u16_header(first, 126, n)
    return _pack_u64_header(first, 127, n)


def read_available(stream):
    """``stream.read_bytes(_READ_CHUNK, partial=True)``: a future for what
    the stream holds, or its next bytes. When it holds nothing and already
    watches the socket for reading (the case after every frame of an echo),
    the read is left pending for the event loop to satisfy: read_bytes would
    first try the socket, a system call and a 64 KiB buffer that get nothing
    (EAGAIN) when the peer waits for our reply. The socket is watched
    level-triggered, so bytes already there are reported at the next loop
    pass."""
    if (type(stream) is _IOStream and stream._read_buffer_size == 0 and stream._read_future is None
            and stream._state is not None and stream._state & _READ and not stream.closed()):
        fut = stream._start_read()
        stream._read_bytes = _READ_CHUNK
        stream._read_partial = True
        return fut
    return stream.read_bytes(_READ_CHUNK, partial=True)


def valid_close_code(code):
    """RFC 6455 7.4: codes a peer may send. 1004-1006 and 1015 are reserved
    (never on the wire), 1016-2999 unassigned, 5000+ out of range."""
    return 1000 <= code <= 1003 or 1007 <= code <= 1014 or 3000 <= code <= 4999


class StrictProtocol(tornado.websocket.WebSocketProtocol13):
    """Tornado's protocol with an RFC 6455-strict receive side."""

    def fail(self, code, reason):
        """Fails the connection: a close frame with ``code`` (1002, 1007,
        1009), then the TCP connection is closed once it is written; no more
        frames are read (after a protocol error the stream cannot be
        trusted)."""
        self.client_terminated = True  # ends _receive_frame_loop
        if self.close_code is None:
            self.close_code = code
        if self.server_terminated or self.stream.closed():
            self.stream.close()
            return
        self.server_terminated = True
        try:
            fut = self._write_frame(True, 0x8, struct.pack(">H", code) + reason.encode())
        except tornado.iostream.StreamClosedError:
            return
        fut.add_done_callback(lambda _f: self.stream.close())

    # -- the receive side ------------------------------------------------------
    #
    # Frames are parsed from this protocol's own buffer, which each read of
    # the stream refills with everything the stream holds (up to
    # _READ_CHUNK), instead of Tornado's two reads per frame (its header,
    # then mask and payload). A read that leaves bytes in the stream's buffer
    # makes Tornado drop its read interest in the socket and take it again
    # at the next read (two epoll_ctl calls and their Python per message);
    # a read that takes everything leaves it registered.

    _rbuf = b""  # received bytes not parsed yet, from _rpos on
    _rpos = 0

    async def _receive_frame_loop(self):
        """Tornado's loop: frames until the peer's close or a failure, then
        the handler hears of the end; a closed stream aborts. Like Tornado's,
        it yields to the event loop after _YIELD_WORK of parsing without a
        wait, so a peer pouring in small frames cannot hold the loop."""
        try:
            work = 0
            while not self.client_terminated:
                step = self._frame_step()
                if type(step) is int:  # the frame is incomplete: this many bytes more
                    chunk = await self._read_more(step)
                    self._take_in(chunk)
                    work += len(chunk)
                    continue
                # a frame was handled or refused (and its wait, if any:
                # backpressure or an oversize frame's drain, is awaited)
                if step is not None:
                    await step
                work += _FRAME_WORK
                if work >= _YIELD_WORK:
                    work = 0
                    await asyncio.sleep(0)
        except tornado.iostream.StreamClosedError:
            self._abort()
        finally:
            self.handler.on_ws_connection_close(self.close_code, self.close_reason)

    def _read_more(self, missing):
        """The stream's next bytes: everything it holds, when ``missing``
        (the least the parser needs) is a header's few bytes or a payload's
        last few; else exactly the ``missing`` bytes, which IOStream gathers
        in its own growing buffer. Gathering a payload here, piece by piece,
        would copy the buffer once per piece: quadratic in the frame for a
        peer that sends it in tiny segments."""
        if missing > _PIECEMEAL:
            return self.stream.read_bytes(missing)
        return read_available(self.stream)

    def _take_in(self, chunk):
        rest = len(self._rbuf) - self._rpos
        self._rbuf = self._rbuf[self._rpos:] + chunk if rest else chunk
        self._rpos = 0

    def _consumed(self, end):
        """Frames parsed up to ``end``; a fully parsed buffer is let go at once
        (it may have held a large message)."""
        if end >= len(self._rbuf):
            self._rbuf = b""
            self._rpos = 0
        else:
            self._rpos = end

    def _frame_step(self):
        """Parses the next frame from the buffer and handles it. Returns None
        (handled, or the connection failed), an int (the bytes still missing
        before it can be parsed: read them, then call again; the header is
        checked again then, which only repeats its verdict), or an awaitable
        to await before the next frame."""
        buf = self._rbuf
        pos = self._rpos
        have = len(buf) - pos
        if have < 2:
            return 2 - have
        b0 = buf[pos]
        b1 = buf[pos + 1]
        fin = b0 & 0x80
        opcode = b0 & 0x0F
        rsv = b0 & 0x70
        control = opcode & 0x8
        if rsv == 0x40 and self._decompressor is not None and opcode in (0x1, 0x2):
            rsv = 0  # permessage-deflate: RSV1 on a message's first frame
            self._frame_compressed = True
        elif opcode in (0x1, 0x2):
            self._frame_compressed = False
        if rsv:
            return self.fail(1002, "reserved bits set")
        if not b1 & 0x80:
            return self.fail(1002, "client frames must be masked")
        n = b1 & 0x7F
        if control:
            if opcode > 0xA:
                return self.fail(1002, "reserved opcode")
            if not fin or n > 125:
                return self.fail(1002, "bad control frame")
        elif opcode > 0x2:
            return self.fail(1002, "reserved opcode")
        head = 2
        if n == 126:
            if have < 4:
                return 4 - have
            n = _unpack_u16_from(buf, pos + 2)[0]
            head = 4
        elif n == 127:
            if have < 10:
                return 10 - have
            n = _unpack_u64_from(buf, pos + 2)[0]
            head = 10
            if n >> 63:
                return self.fail(1002, "bad frame length")
        buffered = self._fragmented_message_buffer
        if not control and n + (len(buffered) if buffered is not None else 0) > self.params.max_message_size:
            self._consumed(pos + head)
            return self._refuse_oversize(n)
        start = pos + head + 4
        end = start + n
        if end > len(buf):
            return end - pos - have
        payload = _mask(buf[start - 4:start], buf[start:end])
        self._consumed(end)
        if control:
            return self._control_frame(opcode, payload)
        if self.server_terminated:
            return None  # closing: data frames are dropped
        if opcode == 0:
            if buffered is None:
                return self.fail(1002, "continuation without a message")
            buffered += payload
            if not fin:
                return None
            opcode = self._fragmented_message_opcode
            payload = bytes(buffered)
            self._fragmented_message_buffer = None
        elif buffered is not None:
            return self.fail(1002, "new message inside a fragmented one")
        elif not fin:
            self._fragmented_message_opcode = opcode
            self._fragmented_message_buffer = bytearray(payload)
            return None
        return self._data_message(opcode, payload)

    async def _refuse_oversize(self, n):
        """Close 1009 now, from the header; the payload (and its mask) is
        dropped as it arrives, in chunks, never buffered whole, so the peer
        can finish sending and see the close frame instead of a reset.
        Tornado's close() aborts the TCP connection 5 s later if the peer
        never answers."""
        self._fragmented_message_buffer = None
        self.close(1009, "message too big")
        left = 4 + n
        buffered = min(left, len(self._rbuf) - self._rpos)
        self._consumed(self._rpos + buffered)
        left -= buffered
        while left > 0 and not self.stream.closed():
            step = min(left, _DISCARD_CHUNK)
            await self.stream.read_bytes(step)
            left -= step

    def _data_message(self, opcode, payload):
        if self._frame_compressed:
            try:
                payload = self._decompressor.decompress(payload)
            except _TooLarge:
                self.close(1009, "message too big after decompression")
                return None
        self._message_bytes_in += len(payload)
        if opcode == 0x1:
            try:
                payload = payload.decode("utf-8")
            except UnicodeDecodeError:
                return self.fail(1007, "invalid UTF-8 in a text message")
        return self._run_callback(self.handler.on_message, payload)

    def _control_frame(self, opcode, payload):
        if opcode == 0x8:
            return self._close_frame(payload)
        if opcode == 0x9:
            self._send_pong(payload)
            self._run_callback(self.handler.on_ping, payload)
            return None
        if opcode == 0xA:
            self._received_pong = True
            return self._run_callback(self.handler.on_pong, payload)
        return self.fail(1002, "reserved opcode")

    def _close_frame(self, payload):
        """The peer's close: its code is echoed when valid (RFC 6455 5.5.1),
        a malformed or reserved one is answered 1002, bad UTF-8 1007."""
        if len(payload) == 1:
            return self.fail(1002, "bad close frame")
        code = None
        if len(payload) >= 2:
            code = _unpack_u16(payload[:2])[0]
            if not valid_close_code(code):
                return self.fail(1002, "invalid close code")
            try:
                self.close_reason = payload[2:].decode("utf-8")
            except UnicodeDecodeError:
                return self.fail(1007, "invalid UTF-8 in the close reason")
        self.client_terminated = True
        self.close_code = code
        self.close(code)
        return None


def make_protocol(handler):
    """``WebSocketHandler.get_websocket_protocol`` for ``handler``: the
    strict protocol with the handler's settings (None for versions other
    than 13, which Tornado answers 426)."""
    if handler.request.headers.get("Sec-WebSocket-Version") != "13":
        return None
    params = tornado.websocket._WebSocketParams(
        ping_interval=handler.ping_interval, ping_timeout=handler.ping_timeout,
        max_message_size=handler.max_message_size,
        compression_options=handler.get_compression_options())
    return StrictProtocol(handler, False, params)
