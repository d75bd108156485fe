"""A raw-socket WebSocket client for protocol tests: hand-made frames.

``RawWS(port, script)`` does the handshake; ``send_frame`` writes any frame
(masked or not, any opcode, reserved bits, lying lengths); ``read_frame``
returns (opcode, payload) or None once the server closed TCP.
"""

import base64
import os
import socket
import struct

from tests.server.client import IFACE


class RawWS:
    def __init__(self, port, script, timeout=10.0, headers=None, host=None):
        self.sock = socket.create_connection(("127.0.0.1", port), timeout=timeout)
        key = base64.b64encode(os.urandom(16)).decode()
        extra = "".join("%s: %s\r\n" % kv for kv in (headers or {}).items())
        self.sock.sendall(("GET %s%s HTTP/1.1\r\nHost: %s\r\nUpgrade: websocket\r\n"
                           "Connection: Upgrade\r\nSec-WebSocket-Key: %s\r\n"
                           "Sec-WebSocket-Version: 13\r\n%s\r\n" % (IFACE, script, host or "127.0.0.1:%d" % port, key, extra)).encode())
        self.buf = b""
        head = self._read_until(b"\r\n\r\n")
        self.status = int(head.split(b" ", 2)[1])

    def _read_until(self, marker):
        while marker not in self.buf:
            data = self.sock.recv(65536)
            if not data:
                raise ConnectionError("closed during the handshake")
            self.buf += data
        head, _, self.buf = self.buf.partition(marker)
        return head

    def _read_exact(self, n):
        while len(self.buf) < n:
            data = self.sock.recv(65536)
            if not data:
                return None
            self.buf += data
        out, self.buf = self.buf[:n], self.buf[n:]
        return out

    def send_frame(self, opcode, payload=b"", fin=True, masked=True, rsv=0, length=None):
        """Writes one frame; ``length`` overrides the declared payload length."""
        n = len(payload) if length is None else length
        head = bytes([(0x80 if fin else 0) | rsv | opcode])
        mbit = 0x80 if masked else 0
        if n < 126:
            head += bytes([mbit | n])
        elif n < 65536:
            head += bytes([mbit | 126]) + struct.pack("!H", n)
        else:
            head += bytes([mbit | 127]) + struct.pack("!Q", n)
        if masked:
            mask = os.urandom(4)
            payload = mask + bytes(b ^ mask[i % 4] for i, b in enumerate(payload))
        self.sock.sendall(head + payload)

    def send_close(self, code=None, reason=b""):
        self.send_frame(0x8, (struct.pack("!H", code) if code is not None else b"") + reason)

    def read_frame(self):
        """(opcode, payload) of the next frame; None when TCP closed."""
        try:
            head = self._read_exact(2)
        except (ConnectionResetError, socket.timeout):
            return None
        if head is None:
            return None
        n = head[1] & 0x7F
        if n == 126:
            n = struct.unpack("!H", self._read_exact(2))[0]
        elif n == 127:
            n = struct.unpack("!Q", self._read_exact(8))[0]
        return head[0] & 0x0F, self._read_exact(n)

    def read_close_code(self):
        """The code of the server's close frame (skipping data frames);
        None when TCP closed without one."""
        while True:
            frame = self.read_frame()
            if frame is None:
                return None
            if frame[0] == 0x8:
                return struct.unpack("!H", frame[1][:2])[0] if len(frame[1]) >= 2 else 1005

    def close(self):
        self.sock.close()
