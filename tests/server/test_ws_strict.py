"""RFC 6455 strictness of the server's receive side (ajgi_tx/ws_tornado.py),
with hand-made frames on a raw socket. The ``server`` fixture limits
messages to 1 MiB."""

import time

import pytest

from tests.server.client import http
from tests.server.rawws import RawWS


def _port(server):
    return int(server.base.rsplit(":", 1)[1])


def _echo(server):
    ws = RawWS(_port(server), "echo.js")
    assert ws.status == 101
    ws.send_frame(0x1, b"ping?")
    assert ws.read_frame() == (0x1, b"ping?")
    return ws


def test_oversize_frame_refused_from_its_header_with_1009(server):
    ws = _echo(server)
    # Declares 2 MiB (over the 1 MiB limit) but sends none of it: the 1009
    # must come from the header, not after buffering the payload.
    ws.send_frame(0x1, b"", length=2 << 20)
    t0 = time.monotonic()
    assert ws.read_close_code() == 1009
    assert time.monotonic() - t0 < 5
    ws.close()
    assert http(server.base, "hello.js")[2] == "hello"


def test_oversize_frame_payload_is_drained_so_the_peer_sees_the_close(server):
    ws = _echo(server)
    ws.send_frame(0x2, b"x" * (2 << 20))  # 2 MiB actually sent
    assert ws.read_close_code() == 1009
    ws.close()


def test_oversize_fragmented_message_refused(server):
    ws = _echo(server)
    ws.send_frame(0x1, b"a" * 700_000, fin=False)
    ws.send_frame(0x0, b"", fin=True, length=700_000)
    assert ws.read_close_code() == 1009
    ws.close()


def test_unmasked_client_frame_gets_1002(server):
    ws = _echo(server)
    ws.send_frame(0x1, b"hello", masked=False)
    assert ws.read_close_code() == 1002
    ws.close()


def test_invalid_utf8_text_gets_1007(server):
    ws = _echo(server)
    ws.send_frame(0x1, b"\xff\xfe bad")
    assert ws.read_close_code() == 1007
    ws.close()


def test_invalid_utf8_across_fragments_gets_1007(server):
    ws = _echo(server)
    ws.send_frame(0x1, b"ok \xe2\x82", fin=False)  # a truncated euro sign...
    ws.send_frame(0x0, b"\x41", fin=True)          # ...continued by an ASCII byte
    assert ws.read_close_code() == 1007
    ws.close()


@pytest.mark.parametrize("frame", [
    dict(opcode=0x3, payload=b"x"),                  # reserved data opcode
    dict(opcode=0xB, payload=b""),                   # reserved control opcode
    dict(opcode=0x1, payload=b"x", rsv=0x20),        # RSV2 without an extension
    dict(opcode=0x9, payload=b"p", fin=False),       # fragmented control frame
    dict(opcode=0x0, payload=b"x"),                  # continuation with nothing to continue
])
def test_protocol_errors_send_a_1002_close_frame(server, frame):
    ws = _echo(server)
    ws.send_frame(**frame)
    assert ws.read_close_code() == 1002  # a close frame, not a dropped connection
    ws.close()


def test_ping_is_answered_and_the_socket_lives(server):
    ws = _echo(server)
    ws.send_frame(0x9, b"abc")
    assert ws.read_frame() == (0xA, b"abc")
    ws.send_frame(0x1, "é".encode())
    assert ws.read_frame() == (0x1, "é".encode())
    ws.close()


@pytest.mark.parametrize("code", [0, 999, 1004, 1005, 1006, 1015, 1016, 2999, 5000, 65535])
def test_reserved_close_codes_are_answered_1002_never_echoed(server, code):
    ws = _echo(server)
    ws.send_close(code)
    assert ws.read_close_code() == 1002
    ws.close()


@pytest.mark.parametrize("code", [1000, 1001, 1003, 1011, 3000, 4999])
def test_valid_close_codes_are_echoed(server, code):
    ws = _echo(server)
    ws.send_close(code, b"bye")
    assert ws.read_close_code() == code
    ws.close()


def test_one_byte_close_payload_and_bad_reason(server):
    ws = _echo(server)
    ws.send_frame(0x8, b"\x03")
    assert ws.read_close_code() == 1002
    ws.close()
    ws = _echo(server)
    ws.send_close(1000, b"\xff")
    assert ws.read_close_code() == 1007
    ws.close()


def test_valid_fragmented_messages_are_reassembled(server):
    ws = _echo(server)
    euro = "€".encode()
    ws.send_frame(0x1, b"a" + euro[:2], fin=False)   # a character split across frames
    ws.send_frame(0x9, b"mid")                       # a control frame in between is fine
    ws.send_frame(0x0, euro[2:] + b"b", fin=True)
    frames = [ws.read_frame(), ws.read_frame()]
    assert (0xA, b"mid") in frames and (0x1, "a€b".encode()) in frames
    ws.close()
