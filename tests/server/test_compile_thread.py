"""The server's compile thread (ajgi_tx/compile_thread.py) compiles what the
main thread compiles, deep scripts included (it has its own big stack), and
AGIServer.compile_async shares one compile between concurrent requests."""

import asyncio
import os
import threading
import time

from ajgi_tx.compile_thread import run_in_compile_thread
from ajgi_tx.config import ServerConfig
from ajgi_tx.server import AGIServer

DEEP = ("var a = " + "[" * 800 + "]" * 800 + ";\n"
        "var f = " + "function () { return " * 300 + "1" + "; }" * 300 + ";\nsendResp('deep');")


def test_deep_scripts_compile_in_the_compile_thread(tmp_path):
    (tmp_path / "deep.js").write_text(DEEP)
    srv = AGIServer(ServerConfig(root=str(tmp_path), cache_dir="-", data_dir=str(tmp_path)))

    async def go():
        names = await asyncio.gather(*[run_in_compile_thread(lambda: threading.current_thread().name)
                                       for _ in range(3)])
        compiled = await srv.compile_async(str(tmp_path / "deep.js"))
        return names, compiled
    names, compiled = asyncio.run(go())
    assert all(n.startswith("ajgi-compile") for n in names)
    assert compiled.code is not None


def test_concurrent_compile_async_calls_share_one_compile(tmp_path, monkeypatch):
    (tmp_path / "a.js").write_text("sendResp('a');")
    srv = AGIServer(ServerConfig(root=str(tmp_path), cache_dir="-", data_dir=str(tmp_path)))
    calls = []
    real = srv.compile

    def counting(path):
        calls.append(path)
        return real(path)
    monkeypatch.setattr(srv, "compile", counting)

    async def go():
        return await asyncio.gather(*[srv.compile_async(str(tmp_path / "a.js")) for _ in range(5)])
    results = asyncio.run(go())
    assert len(calls) == 1 and all(r is results[0] for r in results)
    os.utime(tmp_path / "a.js", ns=(1, 1))  # changed file: compiled again
    asyncio.run(go())
    assert len(calls) == 2


def test_a_compile_for_a_script_is_charged_to_its_budget():
    from ajgi_tx.compile_thread import compile_for_script
    from runtime.agi import fairness

    def burn():
        t0 = time.thread_time()
        while time.thread_time() - t0 < 0.3:
            pass
        return "compiled"

    async def script():
        return await compile_for_script(burn)

    async def go():
        runner = fairness.ScriptRunner(script(), cpu_budget=60.0)
        return await runner, runner
    value, runner = asyncio.run(go())
    assert value == "compiled"
    # the thread's 0.3 s of CPU counts, though the script itself only waited
    assert runner.cpu_used >= 0.25, runner.cpu_used
