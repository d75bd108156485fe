"""What the runtime's ``websocket`` library needs from the server.

``runtime/agi/websocket.py`` reaches its connection only through
``ctx.host``, an object with these three methods; the Tornado server's
request handler is one (``ajgi_tx/server.py``, its Tornado specifics in
``ajgi_tx/ws_tornado.py``). Another server, or a test double, implements the
same three and nothing else.
"""

from typing import Any, Awaitable, Optional, Protocol, runtime_checkable


@runtime_checkable
class WebSocketHost(Protocol):
    """The connection side of one script run."""

    async def accept_websocket(self, state: Any) -> bool:
        """Completes the handshake for ``websocket.upgrade()``; True once the
        socket is open, False when the request is no acceptable handshake
        (the reason is then the HTTP reply). ``state`` receives the frames:
        ``state.feed(message)`` per message, ``state.peer_closed()`` once."""

    def ws_write(self, text: str, binary: bool = False) -> Optional[Awaitable[None]]:
        """Sends one message; returns an awaitable only while the socket is
        backed up (the script waits for it), else None. Raises when the
        connection is closing or gone."""

    def ws_close(self, code: int, reason: str) -> None:
        """Starts the closing handshake with ``code`` and ``reason``."""
