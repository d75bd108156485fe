"""Connections: accepting them (surviving descriptor exhaustion) and
closing refused ones gracefully (:func:`lingering_refusal`).

Tornado's own accept handler lets ``accept()``'s EMFILE escape into the
event loop, which logs a traceback for it; the listening socket stays
readable, so that happens again on every loop pass: tens of MB of log per
second while the process is out of descriptors. Here a failed ``accept()``
pauses accepting for a moment (pending connections wait in the kernel's
backlog) and is logged at most once per second, with the number of failures
not logged; accepting resumes by itself once descriptors are free again.

Example::

    listener = listen(app, config)      # binds config.host:config.port
    ...
    listener.stop()
"""

import asyncio
import errno
import logging
import socket
import time

import tornado.httpserver
import tornado.iostream
import tornado.netutil

log = logging.getLogger("ajgi_tx.agi")

_ACCEPT_BATCH = 128  # connections taken per wake-up, as Tornado does
_PAUSE = 0.1  # seconds accepting stays off after a failure
_LOG_INTERVAL = 1.0  # seconds between two "accept failed" lines
_lingering = set()  # strong references: the loop keeps only weak ones to tasks


class Listener:
    """Accepts on ``sockets`` and hands each connection to ``http_server``
    (a ``tornado.httpserver.HTTPServer``, through its public
    ``handle_stream``)."""

    def __init__(self, http_server, sockets):
        self.http_server = http_server
        self.sockets = list(sockets)
        self.failures = 0  # accept() failures since the last log line
        self._last_log = 0.0
        self._loop = None
        self._paused = set()

    def start(self):
        self._loop = asyncio.get_running_loop()
        for sock in self.sockets:
            sock.setblocking(False)
            self._loop.add_reader(sock.fileno(), self._accept, sock)

    def stop(self):
        for sock in self.sockets:
            if sock.fileno() >= 0 and sock not in self._paused:
                self._loop.remove_reader(sock.fileno())
            sock.close()
        self._paused.clear()

    def _accept(self, sock):
        for _ in range(_ACCEPT_BATCH):
            try:
                conn, address = sock.accept()
            except BlockingIOError:
                return
            except ConnectionAbortedError:
                continue  # the peer gave up while queued
            except OSError as e:
                self._accept_failed(sock, e)
                return
            stream = tornado.iostream.IOStream(conn, max_buffer_size=self.http_server.max_buffer_size,
                                               read_chunk_size=self.http_server.read_chunk_size)
            self.http_server.handle_stream(stream, address)

    def _accept_failed(self, sock, exc):
        self.failures += 1
        now = time.monotonic()
        if now - self._last_log >= _LOG_INTERVAL:
            what = "out of file descriptors" if exc.errno in (errno.EMFILE, errno.ENFILE) else exc.strerror
            log.error("[AGI] accept failed: %s (%d more failures not logged since the "
                      "previous such line; accepting pauses %d ms each time)", what,
                      self.failures - 1, _PAUSE * 1000)
            self._last_log = now
            self.failures = 0
        self._loop.remove_reader(sock.fileno())
        self._paused.add(sock)
        self._loop.call_later(_PAUSE, self._resume, sock)

    def _resume(self, sock):
        if sock in self._paused and sock.fileno() >= 0:
            self._paused.discard(sock)
            self._loop.add_reader(sock.fileno(), self._accept, sock)


def http_server(app, config):
    """The HTTPServer for ``app`` with the config's connection limits:
    ``header_timeout`` bounds the wait for a request's headers (and the
    idle time between keep-alive requests), ``body_timeout`` the body's.
    ``max_body`` bounds bodies for handlers that do not stream them (static
    files); the script handler checks its own limit to answer 413."""
    return tornado.httpserver.HTTPServer(
        app, xheaders=config.xheaders, idle_connection_timeout=config.header_timeout,
        body_timeout=config.body_timeout, max_body_size=config.max_body)


def listen(app, config, sockets=None, port=None, host=None):
    """Starts serving ``app``; returns the :class:`Listener`. ``sockets``:
    already bound listening sockets (pre-fork workers), else
    ``host:port`` (default: the config's) is bound."""
    if sockets is None:
        sockets = tornado.netutil.bind_sockets(config.port if port is None else port,
                                               config.host if host is None else host)
    listener = Listener(http_server(app, config), sockets)
    listener.start()
    return listener


_LINGER_SECONDS = 2.0  # how long a refused body is read and dropped


def lingering_refusal(stream, status, reason, body):
    """Answers on a detached stream whose request body was refused, then
    reads and drops what the client still sends for up to
    ``_LINGER_SECONDS`` before closing (as web servers' "lingering close"
    does), so the client reads the answer instead of a connection reset."""
    data = body.encode("utf-8")
    head = ("HTTP/1.1 %d %s\r\nContent-Type: text/plain; charset=utf-8\r\n"
            "Content-Length: %d\r\nConnection: close\r\n\r\n" % (status, reason, len(data)))

    async def linger():
        loop = asyncio.get_running_loop()
        deadline = loop.time() + _LINGER_SECONDS
        try:
            await stream.write(head.encode("latin-1") + data)
            stream.socket.shutdown(socket.SHUT_WR)
            while True:
                left = deadline - loop.time()
                if left <= 0:
                    break
                await asyncio.wait_for(stream.read_bytes(65536, partial=True), left)
        except (tornado.iostream.StreamClosedError, asyncio.TimeoutError, OSError):
            pass
        finally:
            stream.close()

    task = asyncio.ensure_future(linger())
    _lingering.add(task)
    task.add_done_callback(_lingering.discard)
