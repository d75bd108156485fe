"""The AGI ``websocket`` library (ArozOS src/mod/agi/agi.websocket.go).

A script calls ``requirelib("websocket")`` and gets a global ``websocket``
object::

    requirelib("websocket");
    if (websocket.upgrade(30)) {              // idle timeout in seconds
        var m;
        while ((m = websocket.read()) !== false) websocket.send("echo:" + m);
    }

Calls and results (the spec's return-value summary, §3.11):

=================  ===============  ============  ==============================
call               not upgraded     open          closed (any cause)
=================  ===============  ============  ==============================
``upgrade(t)``     handshake: bool  ``true``      ``false``
``send(x)``        ``false``        ``true``      ``false``
``read()``         ``false``        string        queued frames, then ``false``
``read(ms>0)``     ``false``        string/null   queued frames, then ``false``
``available()``    ``0``            0..128        frames still queued
``isClosed()``     ``true``         ``false``     ``true``
``close()``        ``false``        ``true``      ``false``
``delay(ms)``      ``true``         ``undefined`` ``undefined``
=================  ===============  ============  ==============================

``upgrade``, ``send``, ``read``, ``close`` and ``delay`` are blocking calls:
they are ``async`` natives and the compiler awaits them.

Where ajgi_tx does better than ArozOS: the inbox holds 128 frames and then
applies TCP backpressure (the handler's ``on_message`` returns the queue's
``put()`` future, so Tornado stops reading) instead of dropping frames;
``read()`` returns every queued frame before ``false``; the idle timeout and
the end of the script send close frames (1001, 1000/1011); ``onMessage``
handlers run the moment a frame arrives (still only inside ``delay()``);
binary frames are lossless (``type`` 2, one character per byte).

The connection itself belongs to the server: a *host* object with
``accept_websocket()`` (coroutine: True once open, False and an HTTP error
when the request is no handshake), ``ws_write(text)`` (a future while the socket is backed up, else None) and
``ws_close(code, reason)``. The host feeds frames in with
:meth:`WebSocketState.feed` and reports the end with
:meth:`WebSocketState.peer_closed`.
"""

import asyncio
import logging
import math
import time
import types

from runtime import conversions, properties
from runtime.agi.core import agi_context, host_integer
from runtime.agi.inbox import Inbox
from runtime.errors import JSThrow
from runtime.realm import REALM
from runtime.uncaught import describe_uncaught, locate_from_traceback
from runtime.values import FunctionType, JSObject, js_string, null, py_string, undefined

log = logging.getLogger("ajgi_tx.agi")

INBOX_FRAMES = 128
_SENTINEL = object()  # queued after the last frame of a closed connection


class WebSocketState:
    """One script's websocket: inbox, open/closed state, idle timer."""

    def __init__(self, ctx):
        self.ctx = ctx
        self.inbox = Inbox(INBOX_FRAMES, _SENTINEL)
        self.open = False            # upgraded and not closed
        self.ever_upgraded = False   # delay() returns undefined from then on
        self.failed = False          # upgrade() answered false (HTTP error sent)
        self.closed_by_script = False
        self.drained = False         # the sentinel was consumed
        self.sentinel_queued = False
        self.idle_timeout = None
        self.last_activity = time.monotonic()
        self.active = False          # activity since the idle watcher last looked
        self._idle_handle = None
        self.write = ctx.host.ws_write if ctx.host is not None else None
        self.frames_in = 0
        self.warned = set()          # read/send refused before upgrade, logged once each

    # -- fed by the host ------------------------------------------------------

    def feed(self, message):
        """A data frame arrived (``str``: text, ``bytes``: binary). Returns
        None, or the queue's ``put()`` future when the inbox is full: Tornado
        waits on it before reading on (backpressure)."""
        if isinstance(message, bytes):
            frame = (message.decode("latin-1"), 2.0, time.time() * 1000.0)
        else:
            frame = (js_string(message), 1.0, time.time() * 1000.0)
        self.frames_in += 1
        self.touch()
        # None in the common case: Tornado wraps a returned future in two
        # more and a done-callback per frame.
        return self.inbox.put(frame)

    def peer_closed(self):
        """The connection is gone (peer close, network error, our close)."""
        self.open = False
        self._cancel_idle()
        self._queue_sentinel()

    def _queue_sentinel(self):
        if not self.sentinel_queued:
            self.sentinel_queued = True
            self.inbox.put(_SENTINEL)  # after every pending frame (FIFO putters)

    # -- activity and idle timeout ---------------------------------------------

    # Activity (a frame in, a successful send or read) only sets a flag: the
    # idle watcher reads the clock when it looks, a few times per timeout,
    # instead of every echo reading it three times. It looks every tenth of
    # the timeout, but at most once a second (and at least once per timeout),
    # so a connection closes between ``timeout`` and ``timeout`` + max(1 s,
    # timeout/10) after its last activity (ArozOS: up to 2 s late, its
    # watcher ticks each second on whole seconds).

    def touch(self):
        self.active = True

    def start_idle_timer(self, seconds):
        self.idle_timeout = seconds
        self.active = False
        self.last_activity = time.monotonic()
        if seconds is not None:
            self._schedule_idle(self._look_every(seconds))

    @staticmethod
    def _look_every(seconds):
        return min(seconds, max(1.0, seconds / 10.0))

    def _schedule_idle(self, delay):
        loop = asyncio.get_running_loop()
        self._idle_handle = loop.call_later(delay, self._check_idle)

    def _cancel_idle(self):
        if self._idle_handle is not None:
            self._idle_handle.cancel()
            self._idle_handle = None

    def _check_idle(self):
        self._idle_handle = None
        if not self.open:
            return
        now = time.monotonic()
        if self.active:  # activity since the last look: it counts as now
            self.active = False
            self.last_activity = now
        idle = now - self.last_activity
        if idle >= self.idle_timeout:
            log.info("[AGI][%s] websocket idle timeout (%ss) - closing with 1001",
                     self.ctx.execution_id, self.idle_timeout)
            self.close(1001, "idle timeout")
        else:
            self._schedule_idle(min(self._look_every(self.idle_timeout), self.idle_timeout - idle))

    # -- used by the library and the server ---------------------------------------

    def close(self, code, reason=""):
        """Closes from our side: the script, the idle timer or script end."""
        if not self.open:
            return False
        self.open = False
        self._cancel_idle()
        try:
            self.ctx.host.ws_close(code, reason)
        except Exception:  # the connection may already be gone
            pass
        self._queue_sentinel()
        return True

    def frame_ready(self):
        return self.inbox.frames() > 0

    async def next_item(self, timeout):
        """The next frame or the sentinel; None when ``timeout`` seconds pass
        first (``timeout`` None: wait as long as it takes)."""
        inbox = self.inbox
        if inbox.items:
            return inbox.get_nowait()
        if self.nothing_more():
            return _SENTINEL
        return await inbox.get(timeout)

    def nothing_more(self):
        """True when no item will come: the sentinel was consumed, or the
        connection is no longer open and nothing is queued."""
        return self.drained or not self.sentinel_queued and not self.open


def _idle_seconds(v, default):
    """``upgrade(t)``: integer seconds; invalid, 0 or negative -> default;
    ``Infinity`` -> no idle timeout."""
    n = host_integer(v)
    if n == math.inf:
        return None
    if n < 1:
        return default
    return n


def _websocket_object(realm):
    g = realm.global_object
    own = g.props.get("websocket")  # the usual case; inherited needs the walk
    if type(own) is JSObject and (g.attrs is None or "websocket" not in g.attrs):
        return own
    return properties.get_prop(g, "websocket") if properties.has_property(g, "websocket") else undefined


def install_websocket(ctx):
    """``requirelib("websocket")``: (re)defines the global ``websocket``
    object. Each call resets ``onMessage`` to ``null``; the connection
    survives."""
    realm = ctx.realm
    if ctx.ws is None:
        ctx.ws = WebSocketState(ctx)
    obj = JSObject(realm.ObjectPrototype)
    for name, (fn, length) in LIBRARY.items():
        obj.props[name] = realm.native(fn, name, length)
    obj.props["onMessage"] = null
    properties.put_prop(realm.global_object, "websocket", obj)
    return True


# The library's functions find the script's connection through its realm
# (the running realm -> its AGI context -> the connection state): a
# connection makes no closures for them. _state() is that walk inlined.

_running_realm = REALM.get


def _state():
    return _running_realm().agi_ctx.ws


async def websocket_upgrade(this, timeout=undefined, *_):
    """websocket.upgrade(timeoutSec) (spec 3.2)."""
    ctx = agi_context()
    st = ctx.ws
    if st.open:
        return True
    if st.ever_upgraded or st.failed or ctx.host is None:
        return False
    seconds = _idle_seconds(timeout, ctx.config.idle_timeout)
    ok = await ctx.host.accept_websocket(st)
    if not ok:  # the host has logged why (no handshake, origin refused...)
        st.failed = True
        return False
    st.open = True
    st.ever_upgraded = True
    st.touch()
    st.start_idle_timer(seconds)
    return True


async def websocket_send(this, x=undefined, *_):
    """websocket.send(x): ToString(x) as a text frame (spec 3.3)."""
    st = _state()
    try:
        text = x if type(x) is str else conversions.to_string(x)
    except JSThrow as e:
        log.warning("[AGI][%s] websocket.send: %s", st.ctx.execution_id, e)
        return False
    if not st.open:
        if not st.ever_upgraded:
            _warn_not_upgraded(st.ctx, "send")
        return False
    try:
        fut = st.write(py_string(text))
        if fut is not None:  # the socket is backed up: wait for it
            await fut
    except Exception:  # the peer vanished: false, as ArozOS
        st.peer_closed()
        return False
    st.touch()
    return True


async def websocket_read(this, timeout_ms=undefined, *_):
    """websocket.read(timeoutMs): string, null on timeout, false once
    closed and drained (spec 3.4)."""
    st = _state()
    if not st.ever_upgraded or st.drained or st.closed_by_script:
        if not st.ever_upgraded:
            _warn_not_upgraded(st.ctx, "read")
        return False
    # read() with no argument (the usual loop): host_integer(undefined) is 0,
    # no timeout.
    ms = 0.0 if timeout_ms is undefined else host_integer(timeout_ms)
    timeout = ms / 1000.0 if 0 < ms < math.inf else None
    if timeout is not None or st.inbox.items or st.nothing_more():
        item = await st.next_item(timeout)
    else:
        # The usual wait, with the script awaiting the inbox's future itself:
        # on_message's put resolves it through no coroutine of ours.
        item = await st.inbox.waiter()
    if item is None:
        return null
    if item is _SENTINEL:
        st.drained = True
        return False
    st.touch()
    return item[0]


def websocket_available(this, *_):
    """websocket.available(): frames queued now (spec 3.5)."""
    st = _state()
    if not st.ever_upgraded or st.closed_by_script:
        return 0.0
    return float(st.inbox.frames())


def websocket_isClosed(this, *_):
    """websocket.isClosed(): true unless upgraded and open (spec 3.5)."""
    return not _state().open


async def websocket_close(this, *_):
    """websocket.close(): close frame 1000 (spec 3.7)."""
    st = _state()
    if not st.open:
        return False
    st.closed_by_script = True
    st.close(1000, "")
    await asyncio.sleep(0)
    return True


def _warn_not_upgraded(ctx, call):
    """A read/send that can only answer false because no upgrade succeeded:
    logged once per call and run, at the script's place, since the script
    usually goes on as if a client were there."""
    st = ctx.ws
    if call in st.warned:
        return
    st.warned.add(call)
    from runtime.builtins.error import capture_stack

    frames = capture_stack(1)
    where = "%s:%d:%d: " % frames[0][1:] if frames else ""
    log.warning("[AGI][%s] %swebsocket.%s() before a successful websocket.upgrade() returns false%s",
                ctx.execution_id, where, call, " (upgrade() was refused)" if st.failed else "")


LIBRARY = {
    "upgrade": (websocket_upgrade, 1), "send": (websocket_send, 1), "read": (websocket_read, 1),
    "close": (websocket_close, 0), "available": (websocket_available, 0),
    "isClosed": (websocket_isClosed, 0),
}


async def pump_messages(ctx, seconds):
    """``delay(ms)`` after upgrade with an ``onMessage`` function: hands each
    frame to the handler as it arrives until ``seconds`` pass (spec 3.6).
    Returns early when the connection closes and the inbox is drained."""
    st = ctx.ws
    realm = ctx.realm
    loop = asyncio.get_running_loop()
    deadline = loop.time() + seconds
    while True:
        ws = _websocket_object(realm)
        handler = properties.get_prop(ws, "onMessage") if isinstance(ws, JSObject) else undefined
        remaining = deadline - loop.time()
        if remaining <= 0:
            return
        if type(handler) is not FunctionType or st.drained or st.closed_by_script:
            # Not a function (any more): sleep, frames stay queued for read().
            await asyncio.sleep(remaining)
            return
        item = await st.next_item(remaining)
        if item is None:
            return
        if item is _SENTINEL:
            st.drained = True
            return
        st.touch()
        await dispatch(ctx, ws, handler, item)


async def dispatch(ctx, ws, handler, frame):
    """Calls ``websocket.onMessage({data, timestamp, type})`` with ``this``
    the websocket object; JS errors are logged and swallowed, as ArozOS."""
    realm = ctx.realm
    msg = JSObject(realm.ObjectPrototype)
    msg.props["data"] = frame[0]
    msg.props["timestamp"] = float(int(frame[2]))
    msg.props["type"] = frame[1]
    try:
        r = handler(ws, msg)
        if type(r) is types.CoroutineType:
            await r
    except Exception as exc:  # JS errors only; exit() and the budget pass
        err = describe_uncaught(exc)
        if err.location is None:
            locate_from_traceback(err, exc)
        where = "%s:%d:%d: " % tuple(err.location) if err.location else ""
        log.warning("[AGI][%s] %swebsocket onMessage handler error: %s%s", ctx.execution_id, where,
                    err.headline(), "\n" + err.stack if err.stack else "")


def ws_delay_active(ctx):
    """True when ``delay()`` should pump frames instead of sleeping."""
    st = ctx.ws
    return st is not None and st.ever_upgraded and not st.drained and not st.closed_by_script \
        and (st.open or st.frame_ready() or st.sentinel_queued)
