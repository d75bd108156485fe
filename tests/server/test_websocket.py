"""The websocket library against a live server with a real client:
the return-value summary (spec §3.11), the "where we do better" rows, the
three read patterns, the examples, and every path to a blocking call."""

import asyncio
import json
import time

import pytest
from tornado.websocket import WebSocketClosedError

from tests.server.client import connect, http, recv, recv_all, run


# -- §3.11: before requirelib ----------------------------------------------------------------

def test_before_requirelib_everything_is_a_ReferenceError(server):
    s = server.script("ws/before.js", """
        var r = [];
        ['upgrade', 'send', 'read', 'available', 'isClosed', 'close'].forEach(function (m) {
            try { websocket[m](); r.push('no error'); } catch (e) { r.push(e.name); }
        });
        r.push(delay(1));
        sendResp(r.join(','));""")
    assert http(server.base, s)[2] == ",".join(["ReferenceError"] * 6 + ["true"])


# -- §3.11: required, not upgraded (plain HTTP request) --------------------------------------------

def test_required_not_upgraded_plain_http(server):
    s = server.script("ws/notup.js", """
        requirelib('websocket');
        var r = [websocket.isClosed(), websocket.send('x'), websocket.read(), websocket.read(10),
                 websocket.available(), websocket.close(), delay(1)];
        r.push(websocket.upgrade(5));
        r.push(websocket.upgrade(5), websocket.isClosed(), websocket.send('x'), delay(1));
        sendResp(r.join(','));""")
    st, ct, body = http(server.base, s)
    assert st == 400
    assert body == "Bad Request\ntrue,false,false,false,0,false,true,false,false,true,false,true"


def test_upgrade_refused_for_post_with_upgrade_headers(server):
    s = server.script("ws/post.js", "requirelib('websocket'); sendResp(websocket.upgrade());")
    import http.client

    conn = http.client.HTTPConnection("127.0.0.1", server.port, timeout=10)
    conn.request("POST", "/system/ajgi/interface?script=ws/post.js", body=b"x",
                 headers={"Upgrade": "websocket", "Connection": "Upgrade"})
    r = conn.getresponse()
    assert (r.status, r.read().decode()) == (405, "Method Not Allowed\nfalse")
    conn.close()


# -- §3.11: open and closed -----------------------------------------------------------------------

STATE_SCRIPT = """
requirelib('websocket');
var out = [];
out.push('up:' + websocket.upgrade(5), 'again:' + websocket.upgrade(1), 'closed?' + websocket.isClosed());
out.push('send:' + websocket.send('hello'));
out.push('read:' + websocket.read());
out.push('read0:' + websocket.read(0), 'readneg:' + websocket.read(-1));
out.push('timeout:' + websocket.read(30));
while (websocket.available() < 2) delay(5);
out.push('avail:' + websocket.available());
out.push('r1:' + websocket.read(100), 'r2:' + websocket.read(100));
out.push('delay:' + delay(1));
websocket.send(out.join(' '));
out = [];
out.push('close:' + websocket.close());
out.push('closed?' + websocket.isClosed(), 'send:' + websocket.send('x'), 'read:' + websocket.read(),
         'read10:' + websocket.read(10), 'avail:' + websocket.available(), 'close:' + websocket.close(),
         'upgrade:' + websocket.upgrade(5), 'delay:' + delay(1));
console.log('AFTER ' + out.join(' '));
"""


def test_open_and_closed_states(server):
    s = server.script("ws/states.js", STATE_SCRIPT)

    async def go():
        ws = await connect(server.base, s)
        assert await recv(ws) == "hello"
        await ws.write_message("one")
        await ws.write_message("two")
        await ws.write_message("three")
        await asyncio.sleep(0.1)
        await ws.write_message("four")
        await ws.write_message("five")
        msgs, code = await recv_all(ws)
        return msgs, code

    msgs, code = run(go())
    assert msgs == ["up:true again:true closed?false send:true read:one read0:two readneg:three "
                    "timeout:null avail:2 r1:four r2:five delay:undefined"]
    assert code == 1000
    assert server.wait_log("AFTER close:true closed?true send:false read:false read10:false avail:0 "
                           "close:false upgrade:false delay:undefined")


def test_peer_close_then_queued_frames_then_false(server):
    # Better than ArozOS: frames queued when the peer closes are still read.
    s = server.script("ws/drain.js", """
        requirelib('websocket'); websocket.upgrade(5);
        websocket.send('go');
        while (!websocket.isClosed()) delay(10);
        var got = [], m;
        var avail = websocket.available();
        while ((m = websocket.read()) !== false) got.push(m);
        console.log('DRAINED avail=' + avail + ' ' + got.join(',') + ' then ' + websocket.read(5));""")

    async def go():
        ws = await connect(server.base, s)
        assert await recv(ws) == "go"
        for i in range(5):
            await ws.write_message("m%d" % i)
        ws.close()
    run(go())
    assert server.wait_log("DRAINED avail=5 m0,m1,m2,m3,m4 then false")


def test_backpressure_nothing_dropped(server):
    # 600 frames while the script sleeps: the inbox holds 128, Tornado stops
    # reading, and every frame arrives in order afterwards.
    s = server.script("ws/bp.js", """
        requirelib('websocket'); websocket.upgrade(5);
        websocket.send('ready');
        delay(400);
        var peak = websocket.available();
        var n = 0, ok = true, m;
        while (n < 600 && (m = websocket.read(2000)) !== false && m !== null) { if (m !== 'f' + n) ok = false; n++; }
        websocket.send(peak + ' ' + n + ' ' + ok);""")

    async def go():
        ws = await connect(server.base, s)
        assert await recv(ws) == "ready"
        for i in range(600):
            ws.write_message("f%d" % i)
        return await recv(ws)
    assert run(go()) == "128 600 true"


def test_script_end_closes_1000_and_error_closes_1011(server):
    s_err = server.script("ws/err.js", "requirelib('websocket'); websocket.upgrade(5); websocket.send('a'); null.x;")

    async def go(script):
        ws = await connect(server.base, script)
        return await recv_all(ws)
    assert run(go("ws_finish.js")) == (["done"], 1000)
    assert run(go(s_err)) == (["a"], 1011)
    assert server.wait_log("ws/err.js:1:")


def test_exit_after_upgrade_closes_1000(server):
    s = server.script("ws/exit.js", "requirelib('websocket'); websocket.upgrade(5); websocket.send('a'); exit(); websocket.send('b');")

    async def go():
        ws = await connect(server.base, s)
        return await recv_all(ws)
    assert run(go()) == (["a"], 1000)


def test_idle_timeout_closes_1001(server):
    async def go():
        ws = await connect(server.base, "ws_idle.js")
        t = time.monotonic()
        msgs, code = await recv_all(ws, timeout=5)
        return code, time.monotonic() - t
    code, secs = run(go())
    assert code == 1001 and 0.9 <= secs < 2.0
    assert server.wait_log("read returned false; closed: true")


def test_upgrade_timeout_argument_parsing(server):
    # "1" and 1.9 -> 1 s; 0, -5, NaN, "x" -> default 300 (the socket stays open).
    s = "ws/tparse.js"
    for arg, closes in (('"1"', True), ("1.9", True), ("0", False), ("-5", False), ("NaN", False), ('"x"', False)):
        server.script("ws/tparse.js", "requirelib('websocket'); websocket.upgrade(%s); websocket.read();" % arg)

        async def go():
            ws = await connect(server.base, s)
            try:
                m = await recv(ws, timeout=1.6)
            except asyncio.TimeoutError:
                ws.close()
                return False
            return m is None
        assert run(go()) == closes, arg


def test_message_size_limit_closes_1009(server):
    s = server.script("ws/big.js", "requirelib('websocket'); websocket.upgrade(5); var m = websocket.read(); websocket.send(m.length);")

    async def go():
        ws = await connect(server.base, s)
        await ws.write_message("x" * 70000)
        small = await recv(ws)
        ws2 = await connect(server.base, s)
        try:
            await ws2.write_message("x" * (2 << 20))
        except WebSocketClosedError:
            pass
        msgs, code = await recv_all(ws2)
        return small, code
    assert run(go()) == ("70000", 1009)


def test_binary_frames_are_type_2_and_lossless(server):
    s = server.script("ws/bin.js", """
        requirelib('websocket'); websocket.upgrade(5);
        websocket.onMessage = function (m) {
            var codes = [];
            for (var i = 0; i < m.data.length; i++) codes.push(m.data.charCodeAt(i));
            websocket.send(m.type + ':' + codes.join('.'));
        };
        websocket.send('ready');
        delay(3000);""")

    async def go():
        ws = await connect(server.base, s)
        await recv(ws)
        await ws.write_message(b"\x00\xff\xc3(", binary=True)
        a = await recv(ws)
        await ws.write_message("\u00e9\U0001F600")
        b = await recv(ws)
        ws.close()
        return a, b
    assert run(go()) == ("2:0.255.195.40", "1:233.55357.56832")


def test_unicode_round_trip(server):
    async def go():
        ws = await connect(server.base, "echo.js")
        got = []
        for m in ["a", "", "\u00fcn\u00ef\u00a9\u00f8d\u00e9", "\U0001F600x", "x" * 70000]:
            await ws.write_message(m)
            got.append(await recv(ws))
        ws.close()
        return got
    assert run(go()) == ["a", "", "\u00fcn\u00ef\u00a9\u00f8d\u00e9", "\U0001F600x", "x" * 70000]


def test_send_converts_with_ToString_and_throwing_toString_is_false(server):
    s = server.script("ws/sendconv.js", """
        requirelib('websocket'); websocket.upgrade(5);
        websocket.send(); websocket.send(null); websocket.send(1.5); websocket.send({}); websocket.send([1, 2]);
        websocket.send(String(websocket.send({toString: function () { throw new Error('no'); }})));""")

    async def go():
        return await recv_all(await connect(server.base, s))
    assert run(go()) == (["undefined", "null", "1.5", "[object Object]", "1,2", "false"], 1000)


def test_client_vanishing_mid_script_is_harmless(server):
    s = server.script("ws/vanish.js", """
        requirelib('websocket'); websocket.upgrade(5);
        websocket.send('hi');
        delay(300);
        var r = [];
        for (var i = 0; i < 3; i++) r.push(websocket.send('x' + i));
        r.push(websocket.read(), websocket.read(10), websocket.isClosed(), websocket.close());
        console.log('VANISHED ' + r.join(','));""")

    async def go():
        ws = await connect(server.base, s)
        await recv(ws)
        ws.close()
    run(go())
    assert server.wait_log("VANISHED false,false,false,false,false,true,false")


# -- origin ---------------------------------------------------------------------------------

def test_cross_origin_refused_by_default(server):
    async def go(origin):
        try:
            ws = await connect(server.base, "echo.js", headers={"Origin": origin})
        except Exception as e:
            return getattr(e, "code", str(e))
        await ws.write_message("x")
        r = await recv(ws)
        ws.close()
        return r
    host = server.base[len("http://"):]
    assert run(go("http://evil.example")) == 403
    assert run(go("http://" + host)) == "x"


def test_origin_allow_list(dev_server):
    async def go(origin):
        try:
            ws = await connect(dev_server.base, "echo.js", headers={"Origin": origin})
        except Exception as e:
            return getattr(e, "code", str(e))
        await ws.write_message("y")
        r = await recv(ws)
        ws.close()
        return r
    assert run(go("http://allowed.example")) == "y"
    assert run(go("http://other.example")) == 403


# -- onMessage ---------------------------------------------------------------------------------

def test_onMessage_only_inside_delay_in_order_and_immediately(server):
    s = server.script("ws/onmsg.js", """
        requirelib('websocket'); websocket.upgrade(5);
        var seen = [];
        websocket.onMessage = function (m) {
            seen.push(m.data);
            websocket.send('got:' + m.data + ':' + (this === websocket) + ':' + typeof m.timestamp + ':' + m.type);
        };
        websocket.send('ready');
        var t = Date.now(); while (Date.now() - t < 300) {}   // busy: no dispatch outside delay()
        websocket.send('busy done, seen ' + seen.length);
        delay(3000);""")

    async def go():
        ws = await connect(server.base, s)
        assert await recv(ws) == "ready"
        for m in ("a", "b", "c"):
            await ws.write_message(m)
        first = await recv(ws)
        got = [await recv(ws) for _ in range(3)]
        await asyncio.sleep(0.05)
        t = time.monotonic()
        await ws.write_message("d")
        d = await recv(ws)
        latency = time.monotonic() - t
        ws.close()
        return first, got, d, latency
    first, got, d, latency = run(go())
    assert first == "busy done, seen 0"
    assert got == ["got:a:true:number:1", "got:b:true:number:1", "got:c:true:number:1"]
    assert d == "got:d:true:number:1" and latency < 0.05


def test_onMessage_handler_errors_logged_and_null_handler_keeps_frames(server):
    s = server.script("ws/onmsg2.js", """
        requirelib('websocket'); websocket.upgrade(5);
        websocket.onMessage = function (m) {
            if (m.data === 'throw') throw new Error('handler boom');
            if (m.data === 'stop') { websocket.onMessage = null; return; }
            websocket.send('on:' + m.data);
        };
        websocket.send('ready');
        delay(400);
        websocket.send('left ' + websocket.available() + ' ' + websocket.read(10));""")

    async def go():
        ws = await connect(server.base, s)
        await recv(ws)
        for m in ("throw", "x", "stop", "kept"):
            await ws.write_message(m)
        return await recv_all(ws)
    assert run(go()) == (["on:x", "left 1 kept"], 1000)
    assert server.wait_log("onMessage handler error: Error: handler boom")


def test_requirelib_again_resets_onMessage_keeps_connection(server):
    s = server.script("ws/rereq.js", """
        requirelib('websocket'); websocket.upgrade(5);
        websocket.onMessage = function () {};
        requirelib('websocket');
        websocket.send(String(websocket.onMessage) + ' ' + websocket.isClosed());""")

    async def go():
        return await recv_all(await connect(server.base, s))
    assert run(go()) == (["null false"], 1000)


# -- the three read patterns, the examples -----------------------------------------------------

def test_pattern_blocking_read(server):
    async def go():
        ws = await connect(server.base, "ws_blocking_read.js")
        r = [await recv(ws)]
        await ws.write_message("a")
        r.append(await recv(ws))
        await asyncio.sleep(0.25)
        await ws.write_message("b")
        r.append(await recv(ws))
        await ws.write_message("bye")
        msgs, code = await recv_all(ws)
        return r, msgs, code
    assert run(go()) == (["ready", "echo:a", "echo:b"], ["closing"], 1000)
    assert server.wait_log("blocking read finished; closed: true")


def test_pattern_available_polling(server):
    async def go():
        ws = await connect(server.base, "ws_available_poll.js")
        r = [await recv(ws)]
        for m in ("p1", "p2", "p3"):
            await ws.write_message(m)
        r += [await recv(ws) for _ in range(3)]
        await ws.write_message("count")
        r.append(await recv(ws))
        ws.close()
        return r
    r = run(go())
    assert r[:4] == ["ready", "poll:p1", "poll:p2", "poll:p3"] and r[4].startswith("queued:")


def test_pattern_onMessage_and_delay(server):
    async def go():
        ws = await connect(server.base, "ws_onmessage.js")
        r = [await recv(ws)]
        await ws.write_message("hi")
        r.append(await recv(ws))
        await ws.write_message("throw")
        await ws.write_message("meta")
        r.append(json.loads(await recv(ws)))
        await ws.write_message(b"\x01\x02bin", binary=True)
        r.append(await recv(ws))
        ws.close()
        return r
    assert run(go()) == ["ready", "on:hi", {"type": 1, "tsIsNumber": True, "thisIsWs": True}, "on:\x01\x02bin"]


def test_echo_onmessage_example(server):
    async def go():
        ws = await connect(server.base, "echo_onmessage.js")
        out = []
        for m in ("1", "2"):
            await ws.write_message(m)
            out.append(await recv(ws))
        ws.close()
        return out
    assert run(go()) == ["1", "2"]
    assert http(server.base, "echo_onmessage.js")[2].endswith("not a websocket request")


def test_json_command_protocol_example(server):
    async def go():
        ws = await connect(server.base, "json_commands.js")
        out = []
        for req in ({"id": 1, "cmd": "add", "args": {"a": 2, "b": 40}},
                    {"id": 2, "cmd": "set", "args": {"key": "k", "value": [1, 2]}},
                    {"id": 3, "cmd": "get", "args": {"key": "k"}},
                    {"id": 4, "cmd": "nope"}):
            await ws.write_message(json.dumps(req))
            out.append(json.loads(await recv(ws)))
        await ws.write_message("{broken")
        out.append(json.loads(await recv(ws))["ok"])
        await ws.write_message(json.dumps({"id": 5, "cmd": "quit"}))
        msgs, code = await recv_all(ws)
        return out, [json.loads(m) for m in msgs], code
    out, last, code = run(go())
    assert out == [{"id": 1, "ok": True, "result": 42}, {"id": 2, "ok": True, "stored": "k"},
                   {"id": 3, "ok": True, "value": [1, 2]},
                   {"id": 4, "ok": False, "error": "unknown command: nope"}, False]
    assert last == [{"id": 5, "ok": True, "bye": True}] and code == 1000


def test_seed_example_end_to_end(server):
    # UnitTest/special/websocket.js exactly as bundled: 10 lines 1 s apart.
    async def go():
        ws = await connect(server.base, "UnitTest/special/websocket.js")
        first = await recv(ws)
        await ws.write_message("start")
        t = time.monotonic()
        msgs, code = await recv_all(ws, timeout=3)
        return first, msgs, code, time.monotonic() - t
    first, msgs, code, secs = run(go(), timeout=30)
    assert first == "Type something to start test"
    assert msgs == ["Hello World: %d" % i for i in range(10)]
    assert code == 1000 and 9.5 < secs < 12
    assert server.wait_log("WebSocket Opened!") and server.wait_log(": start")
    assert "WebSocket Setup Failed" in http(server.base, "UnitTest/special/websocket.js")[2]


# -- every path to a blocking call ---------------------------------------------------------------

PATHS = {
    "nested": "function a(x) { function b(y) { return c(y); } return b(x); } function c(z) { websocket.send('nested:' + z); return 1; } a('1');",
    "recursive": "function r(n) { if (n === 0) return; websocket.send('rec:' + n); r(n - 1); } r(2);",
    "method": "var o = {k: 'm', go: function (x) { websocket.send(this.k + 'ethod:' + x); }}; o.go(1);",
    "prototype": "function C(n) { this.n = n; } C.prototype.say = function () { websocket.send('proto:' + this.n); }; new C(7).say();",
    "variable": "var f = function (x) { websocket.send('var:' + x); }; var g = f; g(2);",
    "argument": "function call(fn, v) { return fn(v); } call(function (v) { websocket.send('arg:' + v); }, 3);",
    "forEach": "['x', 'y'].forEach(function (m) { websocket.send('each:' + m); });",
    "map": "var r = [1, 2].map(function (n) { websocket.send('map:' + n); return n * 2; }); websocket.send('mapped:' + r);",
    "sort": "var s = [3, 1, 2].sort(function (a, b) { websocket.send('cmp'); return a - b; }); websocket.send('sorted:' + s);",
    "replace": "var t = 'a-b'.replace(/[ab]/g, function (m) { websocket.send('rep:' + m); return m.toUpperCase(); }); websocket.send('replaced:' + t);",
    "read_in_callback": "[1].forEach(function () { websocket.send('echo:' + websocket.read()); });",
    "delay_in_callback": "[5].forEach(function (ms) { delay(ms); websocket.send('delayed'); });",
    "eval": "eval(\"websocket.send('eval:' + (1 + 1))\");",
    "eval_function": "eval('function ev(x) { websocket.send(\"evf:\" + x); }'); ev(4);",
    "includes": "includes('blocking_lib.js'); libSend('inc');",
    "apply": "function s(a, b) { websocket.send('apply:' + a + b); } s.apply(null, ['p', 'q']); s.call(null, 'c', 'd');",
    "bind": "var b = function (x) { websocket.send('bind:' + this.v + x); }.bind({v: 'V'}); b(1);",
    "getter_free_loop": "for (var i = 0; i < 3; i++) { (function (j) { websocket.send('iife:' + j); })(i); }",
    "onMessage": "websocket.onMessage = function (m) { [m.data].forEach(function (d) { websocket.send('onmsg:' + d); }); }; delay(300);",
}

EXPECT = {
    "nested": ["nested:1"], "recursive": ["rec:2", "rec:1"], "method": ["method:1"], "prototype": ["proto:7"],
    "variable": ["var:2"], "argument": ["arg:3"], "forEach": ["each:x", "each:y"],
    "map": ["map:1", "map:2", "mapped:2,4"], "replace": ["rep:a", "rep:b", "replaced:A-B"],
    "read_in_callback": ["echo:ping"], "delay_in_callback": ["delayed"], "eval": ["eval:2"],
    "eval_function": ["evf:4"], "includes": ["lib:inc"], "apply": ["apply:pq", "apply:cd"],
    "bind": ["bind:V1"], "getter_free_loop": ["iife:0", "iife:1", "iife:2"], "onMessage": ["onmsg:ping"],
}


@pytest.mark.parametrize("name", sorted(PATHS))
def test_blocking_call_paths(server, name):
    server.script("paths/blocking_lib.js", "function libSend(x) { websocket.send('lib:' + x); }")
    s = server.script("paths/%s.js" % name, "requirelib('websocket'); websocket.upgrade(5);\n" + PATHS[name])

    async def go():
        ws = await connect(server.base, s)
        if name in ("read_in_callback", "onMessage"):
            await ws.write_message("ping")
        return await recv_all(ws)
    msgs, code = run(go())
    if name == "sort":
        assert msgs[-1] == "sorted:1,2,3" and set(msgs[:-1]) == {"cmp"} and len(msgs) >= 3
    else:
        assert msgs == EXPECT[name]
    assert code == 1000
