"""``python -m ajgi_tx run FILE.js``: output, uncaught errors, exit codes."""

import os
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))


def run_cli(tmp_path, source, name="s.js"):
    p = tmp_path / name
    p.write_text(source, encoding="utf-8")
    r = subprocess.run([sys.executable, "-m", "ajgi_tx", "run", str(p)], capture_output=True,
                       text=True, cwd=ROOT, timeout=60)
    return r, str(p)


def test_console_log_tostrings_and_joins(tmp_path):
    r, _ = run_cli(tmp_path, 'console.log(1, "a", [1, 2], {}, null, undefined, 0.5, "\\ud83d\\ude00".length)')
    assert r.returncode == 0
    assert r.stdout == "1 a 1,2 [object Object] null undefined 0.5 2\n"


def test_uncaught_error_prints_name_message_and_js_stack(tmp_path):
    r, path = run_cli(tmp_path, "function f() {\n  null.x;\n}\nf();\n")
    assert r.returncode == 1
    lines = r.stderr.splitlines()
    assert lines[0] == "Uncaught TypeError: Cannot read property 'x' of null"
    assert lines[1] == "    at f (%s:2:3)" % path
    assert lines[2] == "    at %s:4:1" % path


def test_uncaught_thrown_value(tmp_path):
    r, _ = run_cli(tmp_path, 'throw "boom";')
    assert r.returncode == 1
    assert r.stderr.splitlines()[0] == "Uncaught boom"


def test_compile_error_exits_1_with_syntaxerror_and_location(tmp_path):
    r, path = run_cli(tmp_path, "var a = 1;\nvar = 2;\n")
    assert r.returncode == 1
    assert r.stderr.splitlines()[0] == "%s:2:5: SyntaxError: Unexpected token =" % path


def test_es2015_syntax_is_refused_with_location(tmp_path):
    r, path = run_cli(tmp_path, "var x = 1;\nfunction* g() {}\n")
    assert r.returncode == 1
    assert r.stderr.splitlines()[0] == "%s:2:1: unsupported: generators" % path


def test_missing_file_exits_2(tmp_path):
    r = subprocess.run([sys.executable, "-m", "ajgi_tx", "run", str(tmp_path / "nope.js")],
                       capture_output=True, text=True, cwd=ROOT, timeout=60)
    assert r.returncode == 2
    assert "cannot read" in r.stderr


def test_run_does_not_import_tornado(tmp_path):
    p = tmp_path / "t.js"
    p.write_text("console.log(1)")
    code = ("import sys, runpy; sys.argv=['ajgi_tx','run',%r]; "
            "from ajgi_tx.__main__ import main; main(['run', %r]); "
            "print('tornado' in sys.modules)" % (str(p), str(p)))
    r = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, timeout=60)
    assert r.stdout.splitlines()[-1] == "False"


def _run_importtime(args):
    return subprocess.run([sys.executable, "-X", "importtime", "-m", "ajgi_tx", "run"] + args,
                          capture_output=True, text=True, cwd=ROOT, timeout=60,
                          env=dict(os.environ, AJGI_CACHE_DIR=""))


def test_run_caches_the_compiled_script_beside_it(tmp_path):
    p = tmp_path / "c.js"
    p.write_text("console.log('cached ' + (6 * 7));", encoding="utf-8")
    first = _run_importtime([str(p)])
    assert first.returncode == 0 and first.stdout == "cached 42\n"
    assert "esprima" in first.stderr  # compiled
    assert any(f.endswith(".ajc") for _, _, fs in os.walk(tmp_path / ".ajgi_cache") for f in fs)
    second = _run_importtime([str(p)])
    assert second.stdout == "cached 42\n"
    assert "esprima" not in second.stderr and "ajgi_tx.compiler.lower" not in second.stderr
    p.write_text("console.log('edited');", encoding="utf-8")  # new text: compiled again
    third = _run_importtime([str(p)])
    assert third.stdout == "edited\n" and "esprima" in third.stderr


def test_run_without_cache(tmp_path):
    p = tmp_path / "m.js"
    p.write_text("console.log(1);", encoding="utf-8")
    r = _run_importtime(["--cache-dir", "-", str(p)])
    assert r.stdout == "1\n" and not (tmp_path / ".ajgi_cache").exists()
    other = tmp_path / "elsewhere"
    r = _run_importtime(["--cache-dir", str(other), str(p)])
    assert r.stdout == "1\n" and other.is_dir() and not (tmp_path / ".ajgi_cache").exists()


# -- the AGI environment (issue 15) ---------------------------------------------------------

import json
import re

import pytest

EXAMPLES = os.path.join(ROOT, "examples", "web")
CACHE = {}


@pytest.fixture(scope="module", autouse=True)
def _shared_compile_cache(tmp_path_factory):
    """One compile cache for these runs: each script compiles once."""
    CACHE["dir"] = str(tmp_path_factory.mktemp("compile_cache"))


def agi(tmp_path, source, *args, name="s.js", stdin=None, env=None, timeout=60):
    """Runs ``source`` (written to tmp_path/name, or an existing path when
    ``source`` is None) with ``run ARGS``; returns the CompletedProcess."""
    path = name if source is None else str(tmp_path / name)
    if source is not None:
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(path, "w", encoding="utf-8") as f:
            f.write(source)
    full_env = dict(os.environ, TMPDIR=str(tmp_path), XDG_DATA_HOME=str(tmp_path / "xdg"))
    full_env.update(env or {})
    return subprocess.run([sys.executable, "-m", "ajgi_tx", "run", "--cache-dir", CACHE["dir"]]
                          + list(args) + [path], input=stdin, capture_output=True, text=True,
                          cwd=ROOT, timeout=timeout, env=full_env)


def test_bundled_http_examples_run_with_the_agi_environment(tmp_path):
    r = agi(tmp_path, None, name=os.path.join(EXAMPLES, "hello.js"))
    assert (r.returncode, r.stdout, r.stderr) == (0, "hello", "")
    r = agi(tmp_path, None, "--post", "name=bob", name=os.path.join(EXAMPLES, "params.js"))
    assert (r.returncode, r.stdout) == (0, '{"n":2,"name":"bob"}')


def test_response_functions_write_the_body_to_stdout(tmp_path):
    r = agi(tmp_path, 'console.log("first"); echo("a"); echo(1 + 1);')
    assert r.returncode == 0 and r.stdout == "first\na2"
    r = agi(tmp_path, 'sendJSONResp({b: [1, "<"], a: null});')
    assert r.stdout == '{"a":null,"b":[1,"\\u003c"]}'
    r = agi(tmp_path, "sendOK();")
    assert r.stdout == "ok"


def test_headers_prints_status_and_content_type(tmp_path):
    r = agi(tmp_path, "sendJSONResp({a: 1});", "--headers")
    assert r.stdout == 'HTTP/1.1 200 OK\nContent-Type: application/json\n\n{"a":1}'
    r = agi(tmp_path, 'HTTP_HEADER = "text/html"; sendResp("<p>");', "--headers")
    assert r.stdout == "HTTP/1.1 200 OK\nContent-Type: text/html\n\n<p>"


def test_headers_show_the_location_of_http_redirect(tmp_path):
    r = agi(tmp_path, 'requirelib("http"); http.redirect("/next", 302); sendResp("moved");', "--headers")
    assert r.returncode == 0, r.stderr
    assert r.stdout.startswith("HTTP/1.1 302 Found\n") and "\nLocation: /next\n" in r.stdout
    assert r.stdout.endswith("\n\nmoved")


def test_host_globals(tmp_path):
    src = ('sendJSONResp({u: USERNAME, f: __FILE__, id: typeof EXECUTION_ID, v: BUILD_VERSION, '
           'iv: INTERNAL_VERSION, method: typeof POST_data});')
    r = agi(tmp_path, src, "--username", "carol", name="app/x.js")
    assert json.loads(r.stdout) == {"u": "carol", "f": "web/x.js", "id": "string", "v": "development",
                                    "iv": "3.0.1", "method": "undefined"}
    r = agi(tmp_path, src, "--root", str(tmp_path), name="app/x.js")
    assert json.loads(r.stdout)["f"] == "web/app/x.js" and json.loads(r.stdout)["u"] == "admin"


def test_post_fields_become_globals(tmp_path):
    src = "sendJSONResp({a: a, b: b, t: typeof c});"
    r = agi(tmp_path, src, "--post", "a=1", "--post", "b=x=y", "--post", "b=2")
    assert json.loads(r.stdout) == {"a": "1", "b": ["x=y", "2"], "t": "undefined"}


def test_post_field_without_value_is_a_usage_error(tmp_path):
    r = agi(tmp_path, "sendOK();", "--post", "novalue")
    assert r.returncode == 2 and "NAME=VALUE" in r.stderr


def test_json_body_from_a_file_and_from_stdin(tmp_path):
    body = tmp_path / "body.json"
    body.write_text('{"x": 2, "list": [1, 2], "nested": {"k": "v"}}')
    src = "sendJSONResp({x: x * 21, n: list.length, k: nested.k, raw: POST_data.length > 10});"
    r = agi(tmp_path, src, "--json", str(body))
    assert json.loads(r.stdout) == {"x": 42, "n": 2, "k": "v", "raw": True}
    r = agi(tmp_path, "sendResp(POST_data + '|' + y);", "--json", "-", stdin='{"y": "from stdin"}')
    assert r.stdout == '{"y": "from stdin"}|from stdin'
    r = agi(tmp_path, "sendOK();", "--json", str(tmp_path / "missing.json"))
    assert r.returncode == 2 and "cannot read" in r.stderr


def test_one_body_only(tmp_path):
    r = agi(tmp_path, "sendOK();", "--json", "-", "--post", "a=1")
    assert r.returncode == 2 and "not both" in r.stderr
    r = agi(tmp_path, "sendOK();", "--ws", "--post", "a=1")
    assert r.returncode == 2 and "--ws" in r.stderr


def test_db_file_persists_between_runs(tmp_path):
    db = str(tmp_path / "my.db")
    w = agi(tmp_path, "newDBTableIfNotExists('T'); sendResp(writeDBItem('T', 'k', 'v1'));", "--db", db)
    assert w.stdout == "true" and os.path.isfile(db)
    r = agi(tmp_path, "sendResp(readDBItem('T', 'k'));", "--db", db)
    assert r.stdout == "v1"


def test_default_db_is_the_file_serve_uses(tmp_path):
    data = tmp_path / "data"
    w = agi(tmp_path, "newDBTableIfNotExists('T'); sendResp(writeDBItem('T', 'k', 'dd'));",
            "--data-dir", str(data))
    assert w.stdout == "true" and (data / "agi.sqlite3").is_file()
    # no option at all: the file of ServerConfig's default data directory
    env = dict(os.environ, TMPDIR=str(tmp_path), XDG_DATA_HOME=str(tmp_path / "xdg"))
    serve_db = subprocess.run([sys.executable, "-c", "from ajgi_tx.config import ServerConfig; "
                               "print(ServerConfig().db_path)"], capture_output=True, text=True,
                              cwd=ROOT, env=env, timeout=60).stdout.strip()
    assert serve_db.startswith(str(tmp_path))
    w = agi(tmp_path, "newDBTableIfNotExists('T'); sendResp(writeDBItem('T', 'k', 'default'));")
    assert w.stdout == "true" and os.path.isfile(serve_db)


def test_requirelib_delay_and_exit(tmp_path):
    src = """
        var out = [requirelib("websocket"), requirelib("nope"), delay(20), typeof websocket];
        echo(out.join(","));
        exit();
        echo("not reached");"""
    r = agi(tmp_path, src)
    assert (r.returncode, r.stdout) == (0, "true,false,true,object")
    assert "Lib not found: nope" in r.stderr


def test_includes_runs_a_file_below_the_root(tmp_path):
    (tmp_path / "lib").mkdir()
    (tmp_path / "lib" / "common.js").write_text("function twice(x) { return 2 * x; }")
    r = agi(tmp_path, "sendResp(includes('lib/common.js') + ':' + twice(21) + ':' + "
                      "includes('../outside.js'));")
    assert r.stdout == "true:42:false"
    assert "outside the script root" in r.stderr


def test_upgrade_without_ws_is_refused_as_serve_refuses_it(tmp_path):
    r = agi(tmp_path, None, "--headers", name=os.path.join(EXAMPLES, "echo.js"))
    assert r.returncode == 0
    assert r.stdout == "HTTP/1.1 400 Bad Request\nContent-Type: text/plain; charset=utf-8\n\n" \
                       "Bad Request\nnot a websocket request"
    assert "run the script with --ws" in r.stderr


def test_uncaught_error_has_location_stack_and_code_frame(tmp_path):
    r = agi(tmp_path, "echo('partial');\nfunction f() {\n  return missing + 1;\n}\nf();\n",
            "--headers")
    assert r.returncode == 1
    assert r.stdout == "HTTP/1.1 500 Internal Server Error\n\n"
    lines = r.stderr.splitlines()
    assert lines[0] == "Uncaught ReferenceError: missing is not defined"
    assert lines[1].strip().startswith("at f (") and lines[1].endswith("s.js:3:10)")
    assert "> 3 |   return missing + 1;" in lines
    assert "    |          ^" in lines


def test_cpu_budget_stops_a_spinning_script(tmp_path):
    r = agi(tmp_path, "var i = 0;\nwhile (true) { i++; }\n", "--cpu-budget", "0.2")
    assert r.returncode == 1
    first = r.stderr.splitlines()[0]
    assert re.match(r".*s\.js:2:\d+: script stopped: CPU budget of 0\.2s exceeded", first), first
    assert "Traceback" not in r.stderr


def test_cpu_budget_zero_means_no_limit(tmp_path):
    # ~0.3 s of compute under a 0 (off) budget finishes; under 0.05 s it is stopped
    src = "var s = 0; for (var i = 0; i < 2e6; i++) { s += i % 7; } sendResp(s);"
    assert agi(tmp_path, src, "--cpu-budget", "0").stdout == "5999995"
    assert agi(tmp_path, src, "--cpu-budget", "0.05").returncode == 1


# -- run --ws ---------------------------------------------------------------------------------

def test_ws_stdin_lines_are_frames_and_sends_are_lines(tmp_path):
    r = agi(tmp_path, None, "--ws", name=os.path.join(EXAMPLES, "echo.js"), stdin="one\ntwo \r\n\nthree")
    assert r.returncode == 0
    assert r.stdout == "one\ntwo \n\nthree\n"
    assert r.stderr.splitlines()[-1] == "websocket closed: 1000 (end of input)"


def test_ws_script_closes_first(tmp_path):
    stdin = '{"id":1,"cmd":"add","args":{"a":2,"b":3}}\n{"id":2,"cmd":"quit"}\nnever read\n'
    r = agi(tmp_path, None, "--ws", name=os.path.join(EXAMPLES, "json_commands.js"), stdin=stdin)
    assert r.returncode == 0
    assert [json.loads(x) for x in r.stdout.splitlines()] == [
        {"id": 1, "ok": True, "result": 5}, {"id": 2, "ok": True, "bye": True}]
    assert r.stderr.splitlines()[-1] == "websocket closed: 1000"


def test_ws_console_output_goes_to_stderr(tmp_path):
    src = ('requirelib("websocket"); websocket.upgrade(5); console.log("log line");'
           'websocket.send("frame");')
    r = agi(tmp_path, src, "--ws", stdin="")
    assert r.stdout == "frame\n"
    assert "log line" in r.stderr


def test_ws_error_after_upgrade_closes_1011_with_the_error(tmp_path):
    src = ('requirelib("websocket");\nwebsocket.upgrade(5);\nvar m = websocket.read();\n'
           'websocket.send("got " + m);\nnull.boom;\n')
    r = agi(tmp_path, src, "--ws", stdin="hi\n")
    assert r.returncode == 1
    assert r.stdout == "got hi\n"
    assert "Uncaught TypeError: Cannot read property 'boom' of null" in r.stderr
    last = r.stderr.splitlines()[-1]
    assert re.fullmatch(r"websocket closed: 1011 \(.*s\.js:5:1: TypeError: Cannot read "
                        r"property 'boom' of null\)", last), last


def test_ws_onmessage_examples(tmp_path):
    r = agi(tmp_path, None, "--ws", name=os.path.join(EXAMPLES, "echo_onmessage.js"),
            stdin="x\ny\n")
    assert r.stdout == "x\ny\n" and r.returncode == 0
    assert r.stderr.splitlines()[-1] == "websocket closed: 1000 (end of input)"


def test_ws_many_lines_keep_order_through_a_full_inbox(tmp_path):
    # more lines than the 128-frame inbox while the script sleeps: none dropped
    src = ('requirelib("websocket"); websocket.upgrade(5); delay(300); var m, n = 0;'
           'while ((m = websocket.read()) !== false) { n++; if (m !== String(n)) websocket.send("bad " + m); }'
           'console.log("count " + n);')
    r = agi(tmp_path, src, "--ws", stdin="".join("%d\n" % i for i in range(1, 401)))
    assert r.stdout == "" and "count 400" in r.stderr


# -- help texts -------------------------------------------------------------------------------

def _subparsers():
    import argparse

    from ajgi_tx.__main__ import make_parser

    parser = make_parser()
    action = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
    return parser, action.choices


MARKUP = re.compile(r"`|\*\*|::|<[a-z]+>|\\n")


@pytest.mark.parametrize("command", ["run", "serve"])
def test_help_names_every_default_without_markup(command):
    parser, subs = _subparsers()
    sub = subs[command]
    assert not MARKUP.search(parser.description or "") and not MARKUP.search(sub.description or "")
    for action in sub._actions:
        if action.option_strings and action.dest != "help":
            assert action.help and "default" in action.help, action.option_strings
            assert not MARKUP.search(action.help), action.help


def test_compile_help_names_every_default_without_markup():
    from ajgi_tx.cli_compile import make_parser

    parser = make_parser()
    assert not MARKUP.search(parser.description or "")
    for action in parser._actions:
        if action.option_strings and action.dest != "help":
            assert action.help and "default" in action.help, action.option_strings
            assert not MARKUP.search(action.help), action.help


def test_run_help_is_plain_text(tmp_path):
    r = subprocess.run([sys.executable, "-m", "ajgi_tx", "run", "--help"], capture_output=True,
                       text=True, cwd=ROOT, timeout=60)
    assert r.returncode == 0 and "--ws" in r.stdout and "(default: 30)" in r.stdout
    assert "``" not in r.stdout


# -- errors where the author looks --------------------------------------------------------------

def test_warnings_name_the_script_place(tmp_path):
    (tmp_path / "lib").mkdir()
    (tmp_path / "lib" / "bad.js").write_text("var x = 1;\nthrow new Error('in lib');\n")
    src = ("requirelib('websocket');\nvar a = includes('lib/bad.js');\n"
           "var b = websocket.send('x');\nsendResp(a + ',' + b);\n")
    r = agi(tmp_path, src)
    assert r.stdout == "false,false"
    err = r.stderr.splitlines()
    assert any(re.search(r"s\.js:2:9: includes\('lib/bad\.js'\) failed: .*lib/bad\.js:2:7: "
                         r"Error: in lib$", x) for x in err), err
    assert any(re.search(r"s\.js:3:9: websocket\.send\(\) before a successful", x) for x in err), err
    assert "[AGI]" not in r.stderr  # the server's execution-id prefix is left out


def test_ctrl_c_ends_the_run_without_a_traceback(tmp_path):
    import signal
    import time

    p = tmp_path / "spin.js"
    p.write_text("console.log('spinning');\nwhile (true) {}\n")
    # A suite started in the background (`scripts/test.sh &`) inherits SIGINT
    # ignored, as a shell leaves it for background jobs, and Python keeps it
    # ignored: Ctrl-C is the terminal's, so the child gets the default back.
    proc = subprocess.Popen([sys.executable, "-m", "ajgi_tx", "run", "--cpu-budget", "0",
                             "--cache-dir", CACHE["dir"], str(p)], stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True, cwd=ROOT,
                            preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL))
    try:
        assert proc.stdout.readline() == "spinning\n"
        time.sleep(0.2)
        proc.send_signal(signal.SIGINT)
        out, err = proc.communicate(timeout=30)
    finally:
        proc.kill()
    assert proc.returncode == 130
    assert "interrupted" in err and "Traceback" not in err


def test_ws_idle_timeout_close_code_is_printed(tmp_path):
    # stdin stays open and silent: the script's upgrade(1) idle timeout closes with 1001
    proc = subprocess.Popen([sys.executable, "-m", "ajgi_tx", "run", "--ws", "--cache-dir",
                             CACHE["dir"], os.path.join(EXAMPLES, "ws_idle.js")],
                            stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            text=True, cwd=ROOT)
    try:
        proc.wait(30)  # stdin is never closed: only the idle timeout ends the connection
        out, err = proc.stdout.read(), proc.stderr.read()
    finally:
        proc.kill()
        proc.stdin.close()
    assert proc.returncode == 0 and out == ""
    assert "read returned false; closed: true" in err
    assert err.splitlines()[-1] == "websocket closed: 1001 (idle timeout)"


def test_ws_onmessage_handler_error_names_its_place(tmp_path):
    r = agi(tmp_path, None, "--ws", name=os.path.join(EXAMPLES, "ws_onmessage.js"),
            stdin="a\nthrow\nb\n")
    assert r.stdout == "ready\non:a\non:b\n"  # a throwing handler is logged, pumping goes on
    assert re.search(r"ws_onmessage\.js:9:\d+: websocket onMessage handler error: "
                     r"Error: handler error \(logged, not fatal\)", r.stderr), r.stderr


def test_ws_line_over_the_message_limit_closes_1009(tmp_path):
    # as serve: a frame over max_message_size (16 MiB) closes the socket with 1009
    src = ('requirelib("websocket"); websocket.upgrade(5); var m, n = 0;'
           'while ((m = websocket.read()) !== false) { websocket.send(m.length); }')
    big = "x" * (16 * 1024 * 1024 + 1)
    r = agi(tmp_path, src, "--ws", stdin="short\n" + big + "\nnever\n")
    assert r.stdout == "5\n"
    assert r.stderr.splitlines()[-1] == "websocket closed: 1009 (message too big)"
