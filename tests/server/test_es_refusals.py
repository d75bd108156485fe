"""Constructs ajgi_tx leaves out (issue 13) are refused by the server with
the same ``FILE:LINE:COL: unsupported: WHAT`` and code frame in its log,
with or without ``--dev``; the ``--dev`` body is that text, the plain body
names the construct without the place."""

import pytest

from tests.server.client import http

CASES = [
    ("t/es_optional.js", "var a = {};\nvar b = a?.x;\nsendResp(b);\n", 2, 10, "optional chaining"),
    ("t/es_nullish.js", "var b = null ?? 1;\nsendResp(b);\n", 1, 14, "the ?? operator"),
    ("t/es_gen.js", "function* g() { yield 1; }\nsendResp('x');\n", 1, 1, "generators"),
    ("t/es_async.js", "var f = async () => 1;\nsendResp('x');\n", 1, 9, "async functions"),
    ("t/es_module.js", "import x from 'y';\nsendResp(x);\n", 1, 1, "modules"),
]


@pytest.mark.parametrize("name,src,line,col,what", CASES)
def test_refusal_is_the_same_with_and_without_dev(server, dev_server, name, src, line, col, what):
    head = "%s:%d:%d: unsupported: %s" % (name, line, col, what)
    frame_line = "> %d | %s" % (line, src.split("\n")[line - 1])
    for srv in (server, dev_server):
        s = srv.script(name, src)
        st, ct, body = http(srv.base, s)
        assert st == 500
        assert srv.wait_log(head)
        assert frame_line in srv.log()
        if srv is dev_server:
            assert body.startswith(head + "\n") and frame_line in body
        else:
            assert body == "500 - Internal Server Error: unsupported: %s" % what
    # the servers keep serving
    for srv in (server, dev_server):
        ok = srv.script("t/es_ok.js", "sendResp('fine');\n")
        assert http(srv.base, ok)[2] == "fine"
