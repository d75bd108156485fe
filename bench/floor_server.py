"""The floor: a hand-written Tornado WebSocketHandler serving the two benchmark protocols.

    python bench/floor_server.py --port P [--host 127.0.0.1]

Same URL as AGI (/system/ajgi/interface?script=echo.js | json_protocol.js | work.js). Each connection runs
one coroutine that awaits a tornado.queues.Queue fed by on_message and writes the reply back
(awaiting the write, like a blocking websocket.send()). This is the shape of what a compiled AGI
script does under ajgi_tx with no JS in between, i.e. the best that design can reach.
"""
import argparse
import asyncio
import json
import os
import signal

import tornado.web
import tornado.websocket
from tornado.queues import Queue

import ws_work  # bench/ is this script's directory

IFACE = "/system/ajgi/interface"
_CLOSED = object()


def json_protocol_reply(text):
    """The json_protocol.js behaviour, hand-written (keys sorted like the script's replies)."""
    try:
        req = json.loads(text)
    except ValueError:
        return '{"error":"bad json","ok":false}'
    if not isinstance(req, dict):
        return '{"error":"not an object","ok":false}'
    cmd = req.get("cmd")
    if cmd == "add":
        result = float(req.get("a")) + float(req.get("b"))
        if result.is_integer():
            result = int(result)  # JS prints 3, not 3.0
    elif cmd == "echo":
        result = str(req.get("text"))
    elif cmd == "upper":
        result = str(req.get("text")).upper()
    else:
        return '{"error":"unknown command","ok":false}'
    return json.dumps({"ok": True, "result": result}, separators=(",", ":"), ensure_ascii=False)


class FloorHandler(tornado.websocket.WebSocketHandler):
    def check_origin(self, origin):
        return True  # AGI never checks Origin; the benchmark client sends none

    async def get(self, *args, **kwargs):
        if self.request.headers.get("Upgrade", "").lower() != "websocket":
            self.set_header("Content-Type", "text/plain")
            self.finish("websocket only")
            return
        await super().get(*args, **kwargs)

    def open(self):
        script = os.path.basename(self.get_query_argument("script", "echo.js"))
        self.reply = (json_protocol_reply if script.startswith("json_protocol")
                      else ws_work.reply if script.startswith("work") else None)
        self.queue = Queue()
        self.task = asyncio.ensure_future(self.session())  # keep a strong reference

    def on_message(self, message):
        self.queue.put_nowait(message)

    def on_close(self):
        self.queue.put_nowait(_CLOSED)

    async def session(self):
        queue, reply = self.queue, self.reply
        while True:
            msg = await queue.get()
            if msg is _CLOSED:
                return
            try:
                await self.write_message(msg if reply is None else reply(msg))
            except tornado.websocket.WebSocketClosedError:
                return


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--host", default="127.0.0.1")
    ap.add_argument("--port", type=int, required=True)
    args = ap.parse_args()
    asyncio.run(serve(args.host, args.port))


async def serve(host, port):
    app = tornado.web.Application([(IFACE, FloorHandler)], websocket_max_message_size=1 << 24)
    server = app.listen(port, address=host, backlog=4096)
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGTERM, signal.SIGINT):
        loop.add_signal_handler(sig, stop.set)
    await stop.wait()
    server.stop()


if __name__ == "__main__":
    main()
