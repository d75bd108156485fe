"""Graceful stop of one server process (SIGTERM/SIGINT).

In order:

1. stop accepting connections;
2. close every open websocket with 1001 ("going away"): its script sees
   ``read() == false`` / ``isClosed()`` and can finish (write its DB state);
3. give every running script up to ``grace`` seconds to end;
4. cancel what is still running (a websocket still open is closed 1001 by
   the cancellation, see ``AGIServer.run_script``).

Example (what ``ajgi_tx.server._serve_forever`` does)::

    await stop.wait()
    await drain(app.agi_server, http_server, config.shutdown_grace)
"""

import asyncio
import logging

log = logging.getLogger("ajgi_tx.agi")

CANCEL_WAIT_S = 2.0  # how long cancelled scripts get to unwind


async def drain(server, http, grace):
    """Drains ``server`` (an AGIServer) served by ``http`` (an HTTPServer)."""
    server.draining = True  # /readyz answers 503 from now on (ajgi_tx/admin.py)
    http.stop()
    sockets = list(server.websockets)
    for handler in sockets:
        handler.close(1001, "server shutting down")
    tasks = [t for t in server.tasks if not t.done()]
    log.info("draining: %d websocket(s) closed 1001, %d script(s) running, grace %.1f s",
             len(sockets), len(tasks), grace)
    pending = ()
    if tasks:
        _, pending = await asyncio.wait(tasks, timeout=max(0.0, grace))
    if pending:
        log.warning("draining: %d script(s) still running after %.1f s: cancelled", len(pending), grace)
        for t in pending:
            t.cancel()
        await asyncio.wait(pending, timeout=CANCEL_WAIT_S)
    # Let the close frames and last replies leave before the loop stops.
    await asyncio.sleep(0.05)
