"""The one place that knows Tornado's WebSocket internals.

Everything here leans on attributes Tornado does not document
(``WebSocketProtocol13._write_frame``, ``_read_bytes``, ``_compressor``,
``_decompressor``, ``_frame_compressed``, ``_message_bytes_in/out``,
``_send_pong``, ``_run_callback``, ``_receive_frame``, ``_WebSocketParams``, ``tornado.util._websocket_mask``,
``tornado.websocket._DecompressTooLargeError``). They are listed in
:data:`PRIVATE_API`; ``tests/server/test_tornado_adapter.py`` checks them
against the installed Tornado and that it lies in :data:`SUPPORTED`, which
``setup.py`` pins, so an upgrade fails loudly there instead of in
production. (Tornado's ``_check_cross_origin`` is not used: the supported
versions do not have it; the Origin check is the public ``check_origin``.)

Two things are done through them:

* :func:`write_frame` sends a message without the Task Tornado's
  ``write_message`` wraps around every write (a Task and a loop pass per
  frame, for nothing the script needs).
* :class:`StrictProtocol` reads frames as RFC 6455 requires: an oversize
  frame is refused from its header with close 1009 (its payload is read and
  dropped, never buffered); unmasked client frames, reserved bits or
  opcodes, bad fragmentation and reserved close codes get a 1002 close
  frame; invalid UTF-8 in a text message gets 1007. Tornado itself drops the
  TCP connection for all of these and echoes any close code.
"""

import struct

import tornado
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
    ("WebSocketProtocol13", "_read_bytes", ("n",)),
    ("WebSocketProtocol13", "_receive_frame", ()),
    ("WebSocketProtocol13", "_receive_frame_loop", ()),
    ("WebSocketProtocol13", "_send_pong", ("data",)),
    ("WebSocketProtocol", "_run_callback", ("callback", "args", "kwargs")),
    ("WebSocketProtocol13", "_compressor", "attr"),
    ("WebSocketProtocol13", "_decompressor", "attr"),
    ("WebSocketProtocol13", "_frame_compressed", "attr"),
    ("WebSocketProtocol13", "_message_bytes_in", "attr"),
    ("WebSocketProtocol13", "_message_bytes_out", "attr"),
    ("WebSocketProtocol13", "_fragmented_message_buffer", "attr"),
    ("WebSocketProtocol13", "_fragmented_message_opcode", "attr"),
    ("WebSocketProtocol13", "_received_pong", "attr"),
    ("tornado.util", "_websocket_mask", "name"),
    ("tornado.websocket", "_DecompressTooLargeError", "name"),
    ("tornado.websocket", "_WebSocketParams", "name"),
)

_mask = tornado.util._websocket_mask
_TooLarge = tornado.websocket._DecompressTooLargeError
_unpack_u16 = struct.Struct("!H").unpack
_unpack_u64 = struct.Struct("!Q").unpack
_DISCARD_CHUNK = 64 * 1024


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
    try:
        fut = conn._write_frame(True, 0x2 if binary else 0x1, data, flags=flags)
    except tornado.iostream.StreamClosedError:
        raise tornado.websocket.WebSocketClosedError()
    # IOStream.write already retrieves the future's exception itself.
    return fut if conn.stream.writing() else None


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

    async def _receive_frame(self):
        data = await self._read_bytes(2)
        b0 = data[0]
        b1 = data[1]
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
        if n == 126:
            n = _unpack_u16(await self._read_bytes(2))[0]
        elif n == 127:
            n = _unpack_u64(await self._read_bytes(8))[0]
            if n >> 63:
                return self.fail(1002, "bad frame length")
        buffered = self._fragmented_message_buffer
        if not control and n + (len(buffered) if buffered is not None else 0) > self.params.max_message_size:
            return await self._refuse_oversize(n)
        mask_and_payload = await self._read_bytes(4 + n)
        payload = _mask(mask_and_payload[:4], mask_and_payload[4:])
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
        done = self._data_message(opcode, payload)
        if done is not None:
            await done

    async def _refuse_oversize(self, n):
        """Close 1009 now, from the header; the payload (and its mask) is
        read in chunks and dropped, so the peer can finish sending and see
        the close frame instead of a reset. Tornado's close() aborts the TCP
        connection 5 s later if the peer never answers."""
        self._fragmented_message_buffer = None
        self.close(1009, "message too big")
        left = 4 + n
        while left > 0 and not self.stream.closed():
            step = min(left, _DISCARD_CHUNK)
            await self._read_bytes(step)
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
