"""A finished script's objects are freed when its run ends, without waiting
for the cyclic GC (the realm is one big reference cycle until released)."""

import asyncio
import gc
import sys

from ajgi_tx.compiler import compile_source
from ajgi_tx.config import ServerConfig
from ajgi_tx.execution import run_script
from runtime.agi.context import RequestData, ScriptContext

# 2M distinct floats (JSON.parse makes each its own object), held by
# globals and a closure; cycles the script makes itself (o.self = o) are
# the cyclic GC's business, not the release's
BIG = """
var a = JSON.parse('[' + new Array(2000000).join('0.5,') + '0.5]');
var holder = {list: a};
function keep() { return a; }
sendResp(a.length);
"""


def _serve_once(compiled, config):
    ctx = ScriptContext(config, "/nowhere/big.js", "big.js", RequestData("GET"))
    ctx.create_realm()
    outcome = asyncio.run(run_script(ctx, compiled, config.cpu_budget))
    return outcome, ctx.response()


def test_five_runs_of_a_2m_element_script_leave_memory_bounded(tmp_path):
    config = ServerConfig(root=str(tmp_path), data_dir=str(tmp_path), cpu_budget=60.0)
    compiled = compile_source(BIG, "big.js")
    gc.collect()
    gc.disable()  # only reference counting may free the scripts' objects
    try:
        before = sys.getallocatedblocks()
        for _ in range(5):
            outcome, response = _serve_once(compiled, config)
            assert outcome == ("ok", None) and response[:2] == (200, "2000000")
        grown = sys.getallocatedblocks() - before
    finally:
        gc.enable()
    # one run allocates 2M float blocks; five unreleased realms would hold 10M
    assert grown < 1_000_000, grown
