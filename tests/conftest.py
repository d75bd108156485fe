import os
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
if ROOT not in sys.path:
    sys.path.insert(0, ROOT)


# AJGI_TEST_LOOP=uvloop|asyncio (default asyncio): the event loop of the whole
# run, in this process (asyncio.run everywhere) and in the servers the tests
# start (tests/server/liveserver.py reads the same variable).
TEST_LOOP = os.environ.get("AJGI_TEST_LOOP", "asyncio")
if TEST_LOOP not in ("asyncio", "uvloop"):
    raise SystemExit("AJGI_TEST_LOOP must be asyncio or uvloop, not %r" % TEST_LOOP)
if TEST_LOOP == "uvloop":
    import asyncio

    import uvloop

    asyncio.set_event_loop_policy(uvloop.EventLoopPolicy())


def pytest_report_header(config):
    return "event loop: %s (AJGI_TEST_LOOP)" % TEST_LOOP


def pytest_addoption(parser):
    parser.addoption("--update-golden", action="store_true", default=False,
                     help="rewrite tests/golden expectations from the current compiler")
