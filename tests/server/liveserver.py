"""Runs an AGI server for the tests: ``python liveserver.py PORT JSON-CONFIG``.

Prints ``READY`` once listening. The config JSON holds ServerConfig fields.
"""

import asyncio
import json
import logging
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__)))))

from ajgi_tx import loops  # noqa: E402
from ajgi_tx.config import ServerConfig  # noqa: E402
from ajgi_tx.listener import listen  # noqa: E402
from ajgi_tx.server import make_app  # noqa: E402


async def main(port, cfg):
    config = ServerConfig(**cfg)
    listen(make_app(config), config, port=port, host="127.0.0.1")
    print("READY", flush=True)
    await asyncio.Event().wait()


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(message)s",
                        stream=sys.stderr)
    logging.getLogger("tornado.access").setLevel(logging.WARNING)
    # AJGI_TEST_LOOP=uvloop runs the servers of the suite on uvloop (tests/conftest.py)
    loops.run(main(int(sys.argv[1]), json.loads(sys.argv[2])), os.environ.get("AJGI_TEST_LOOP", "asyncio"))
