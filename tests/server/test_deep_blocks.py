"""Code nested deeper than CPython's block limit, run where it may block."""

from tests.server.client import http
from tests.unit.test_compiler_limits import DEEP_ASYNC


def test_deep_blocks_with_awaits_run(server):
    # 30 nested loops around delay(): the hoisted inner blocks are async
    # functions, awaited, and `return` leaves through all of them
    s = server.script("t/deep_async.js", DEEP_ASYNC)
    assert http(server.base, s)[2] == "2"
