"""Overlapping runs of one script execute code objects of their own
(ajgi_tx/code_copies.py): the pool's rules, a run's code in- and
out-of-process, and that a copy behaves exactly as the original (error
places, ``Function.prototype.toString``)."""

import asyncio
import gc
import types

from ajgi_tx import code_copies
from ajgi_tx.compiler import compile_source
from ajgi_tx.config import ServerConfig
from ajgi_tx.execution import run_script
from runtime.agi.context import RequestData, ScriptContext
from tests.server.client import connect, recv, recv_all, run


def _code():
    return compile_source("function f(x) { return function () { return x + 1; }; }\nf(1)();",
                          "pool.js").code


def _nested(code):
    return [c for c in code.co_consts if type(c) is types.CodeType]


def test_first_run_takes_the_original_overlapping_ones_a_copy_each():
    code = _code()
    first, second, third = code_copies.take(code), code_copies.take(code), code_copies.take(code)
    assert first is code
    assert second is not code and third is not code and second is not third
    assert code_copies.held(code) == (2, 0)
    # the same program: bytecode, names and places, down to nested functions
    for copy in (second, third):
        assert copy.co_code == code.co_code and copy.co_filename == "pool.js"
        assert copy.co_positions is not None and list(copy.co_positions()) == list(code.co_positions())
        assert [c.co_code for c in _nested(copy)] == [c.co_code for c in _nested(code)]
        assert all(a is not b for a, b in zip(_nested(copy), _nested(code)))
    code_copies.give_back(code, second)
    code_copies.give_back(code, first)
    assert code_copies.held(code) == (2, 1)
    # the original is free again and goes first; then the spare copy
    assert code_copies.take(code) is code
    assert code_copies.take(code) is second
    assert code_copies.held(code) == (2, 0)


def test_beyond_the_cap_runs_share_the_original(monkeypatch):
    monkeypatch.setattr(code_copies, "MAX_COPIES", 2)
    code = _code()
    taken = [code_copies.take(code) for _ in range(5)]
    assert [t is code for t in taken] == [True, False, False, True, True]
    assert code_copies.held(code) == (2, 0)
    for t in taken:
        code_copies.give_back(code, t)
    assert code_copies.held(code) == (2, 2)
    assert code_copies.take(code) is code  # every sharing run ended: the original is free
    assert code_copies.take(code) is not code


def test_a_pool_goes_with_its_script():
    code = _code()
    key = id(code)
    code_copies.give_back(code, code_copies.take(code))
    assert key in code_copies._pools
    del code
    gc.collect()
    assert key not in code_copies._pools


WAITER = """
requirelib("websocket");
function where() { return new Error("here").stack.split("\\n")[1]; }
HTTP_RESP = where() + " " + typeof delay(150);
"""


def test_overlapping_server_runs_each_get_code_and_give_it_back(tmp_path):
    """Two runs of one compiled script at once (execution.run_script, as the
    server does): the second runs a copy, both answer alike, and both codes
    are back in the pool afterwards."""
    config = ServerConfig(root=str(tmp_path), data_dir=str(tmp_path), cpu_budget=10.0)
    compiled = compile_source(WAITER, "waiter.js")
    seen = []

    async def one():
        ctx = ScriptContext(config, str(tmp_path / "waiter.js"), "waiter.js", RequestData("GET"))
        ctx.create_realm()
        outcome = await run_script(ctx, compiled, config.cpu_budget)
        return outcome, ctx.response()[1]

    async def both():
        runs = [asyncio.ensure_future(one()) for _ in range(2)]
        await asyncio.sleep(0.05)  # both inside delay()
        seen.append(code_copies.held(compiled.code))
        return await asyncio.gather(*runs)

    results = asyncio.run(both())
    assert seen == [(1, 0)]  # one copy made, in use
    assert code_copies.held(compiled.code) == (1, 1)  # given back
    assert [r[0] for r in results] == [("ok", None)] * 2
    assert results[0][1] == results[1][1] and "waiter.js:3" in results[0][1], results


OVERLAP = """requirelib("websocket");
function reply(m) {
    if (m === "boom") { null.boom; }
    return "got " + m;
}
websocket.upgrade(10);
while (true) {
    var m = websocket.read();
    if (m === false) break;
    websocket.send(reply.toString() === String(reply) ? reply(m) : "toString differs");
    websocket.send(String(reply).length);
}
"""


def test_connections_open_at_once_behave_alike(dev_server):
    """Three connections to one script held open together (so two run
    copies): same replies, same function text, same error place."""
    s = dev_server.script("copies/overlap.js", OVERLAP)
    text = OVERLAP[OVERLAP.index("function reply"):OVERLAP.index("}\nwebsocket") + 1]

    async def go():
        conns = [await connect(dev_server.base, s) for _ in range(3)]
        out = []
        for i, ws in enumerate(conns):
            await ws.write_message("m%d" % i)
            out.append([await recv(ws), await recv(ws)])
        for ws in conns:
            await ws.write_message("boom")
        ends = []
        for ws in conns:
            msgs, code = await recv_all(ws)
            ends.append((msgs, code, ws.close_reason))
        return out, ends

    out, ends = run(go())
    assert out == [["got m%d" % i, str(len(text))] for i in range(3)]
    expected = ([], 1011, "copies/overlap.js:3:25: TypeError: Cannot read property 'boom' of null")
    assert ends == [expected] * 3
