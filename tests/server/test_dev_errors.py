"""Every error is visible where the script's author looks (issue 15): close
reasons, warnings at the script's place, refusals in the words of their
cause, code frames in ``--dev`` 500 bodies, include failures at the includer."""

import re

from tests.server.client import connect, http, recv_all, run


def _closing(base, script, send=None):
    """(messages, close code, close reason) of one connection."""
    async def go():
        ws = await connect(base, script)
        if send is not None:
            await ws.write_message(send)
        msgs, code = await recv_all(ws)
        return msgs, code, ws.close_reason
    return run(go())


def test_dev_script_dying_after_upgrade_closes_1011_with_the_error(dev_server):
    s = dev_server.script("t/wsdie.js", 'requirelib("websocket");\nwebsocket.upgrade(5);\n'
                                        'websocket.send(websocket.read());\nnull.boom;\n')
    msgs, code, reason = _closing(dev_server.base, s, send="hi")
    assert (msgs, code) == (["hi"], 1011)
    assert reason == "t/wsdie.js:4:1: TypeError: Cannot read property 'boom' of null"


def test_close_reason_is_trimmed_to_the_close_frame_limit(dev_server):
    # 200 two-byte characters: the reason must be cut at 123 bytes, not inside a character
    s = dev_server.script("t/wslong.js", 'requirelib("websocket"); websocket.upgrade(5);\n'
                                         'throw new Error(new Array(201).join("\\u00e9"));\n')
    msgs, code, reason = _closing(dev_server.base, s)
    assert code == 1011
    assert reason.startswith("t/wslong.js:2:7: Error: \u00e9\u00e9") and reason.endswith("...")
    assert 115 < len(reason.encode("utf-8")) <= 123


def test_without_dev_the_close_reason_stays_empty(server):
    s = server.script("t/wsdie_prod.js", 'requirelib("websocket"); websocket.upgrade(5);\n'
                                         'null.secret;\n')
    msgs, code, reason = _closing(server.base, s)
    assert code == 1011 and not reason


def test_read_and_send_before_upgrade_warn_at_the_script_place(server):
    s = server.script("t/early.js", 'requirelib("websocket");\nvar a = websocket.send("x");\n'
                                    'websocket.send("again");\nvar b = websocket.read();\n'
                                    'sendResp(a + "," + b);\n')
    assert http(server.base, s)[2] == "false,false"
    assert server.wait_log("t/early.js:2:9: websocket.send() before a successful websocket.upgrade()")
    assert server.wait_log("t/early.js:4:9: websocket.read() before a successful websocket.upgrade()")
    assert server.log().count("t/early.js:3:1: websocket.send()") == 0  # once per call and run


def test_cross_origin_refusal_logs_origin_refused_with_both_origins(server):
    s = server.script("t/origin_echo.js", 'requirelib("websocket");\n'
                                          'if (!websocket.upgrade(5)) sendResp("refused");\n')

    async def go():
        try:
            await connect(server.base, s, headers={"Origin": "http://evil.example"})
        except Exception as e:
            return getattr(e, "code", str(e))
    assert run(go()) == 403
    host = server.base[len("http://"):]
    assert server.wait_log("origin refused")
    line = next(x for x in server.log().splitlines() if "t/origin_echo.js" in x and "refused" in x)
    assert "http://evil.example" in line and "http://" + host in line
    assert "not a websocket handshake" not in line


def test_plain_request_refusal_says_not_a_handshake(server):
    s = server.script("t/plain_upgrade.js", 'requirelib("websocket");\n'
                                            'sendResp(websocket.upgrade(5));\n')
    assert http(server.base, s)[:1] == (400,)
    assert server.wait_log("t/plain_upgrade.js: websocket upgrade refused: not a websocket handshake")


def test_dev_500_body_has_a_code_frame(dev_server):
    s = dev_server.script("t/frame.js", "var a = 1;\nfunction f() {\n  return a.b.c;\n}\nf();\n")
    st, _ct, body = http(dev_server.base, s)
    lines = body.split("\n")
    assert st == 500
    assert lines[0] == "t/frame.js:3:10: TypeError: Cannot read property 'c' of undefined"
    assert lines[1].strip() == "at f (t/frame.js:3:10)"
    frame = body.split("\n\n", 1)[1].split("\n")
    assert frame == ["  2 | function f() {", "> 3 |   return a.b.c;", "    |          ^",
                     "  4 | }"]


def test_production_500_body_has_no_code_frame(server):
    s = server.script("t/noframe.js", "null.x;\n")
    body = http(server.base, s)[2]
    assert body.startswith("500 - Internal Server Error: TypeError") and "|" not in body


def test_include_failures_are_reported_at_the_includer(server):
    server.script("inc15/lib/bad.js", "var ok = 1;\nfunction f() { return nope; }\nf();\n")
    server.script("inc15/lib/syntax.js", "var = 1;\n")
    s = server.script("inc15/main.js", "// includer\nvar a = includes('lib/bad.js');\n"
                                       "var b = includes('lib/syntax.js');\nsendResp(a + ',' + b);\n")
    assert http(server.base, s)[2] == "false,false"
    assert server.wait_log("inc15/main.js:2:9: includes('lib/bad.js') failed: "
                           "inc15/lib/bad.js:2:23: ReferenceError: nope is not defined")
    assert server.wait_log("inc15/main.js:3:9: includes('lib/syntax.js') failed: "
                           "inc15/lib/syntax.js:1:5: SyntaxError")
    assert re.search(r"> 1 \| var = 1;", server.log())
