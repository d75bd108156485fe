"""``python -m ajgi_tx run FILE.js``: one AGI script run from the shell.

The script gets the environment ``serve`` gives it (``sendResp``, ``echo``,
``sendJSONResp``, ``requirelib``, ``includes``, ``delay``, ``exit``, the DB,
``USERNAME``...), with the terminal as its client::

    python -m ajgi_tx run hello.js                        # the body on stdout
    python -m ajgi_tx run --headers --post name=bob params.js
    python -m ajgi_tx run --json body.json api.js
    python -m ajgi_tx run --ws echo.js                    # stdin lines are frames

stdout carries what a client would receive: ``console.log`` lines as they
happen, then the response body when the script ends (byte for byte; a
newline is added only on a terminal). With ``--ws`` stdout carries one line
per ``websocket.send`` and nothing else. stderr carries the rest: uncaught
errors (``FILE:LINE:COL``, JS stack, code frame), runtime warnings,
``console.warn/error`` (all ``console`` output with ``--ws``) and the
websocket close code. Exit status: 0 when the script ended (``exit()``
included), 1 for a compile error, an uncaught error or a script stopped by
its CPU budget, 2 when the script or a request argument cannot be used.

The run is the server's: the same :class:`runtime.agi.context.ScriptContext`,
host libraries, DB file, CPU budget and fairness runner. Only the client
differs: :class:`TerminalHost` offers ``runtime.agi.websocket`` the
interface the server's Tornado handler offers (``accept_websocket``,
``ws_write``, ``ws_close``).
"""

import argparse
import asyncio
import concurrent.futures
import logging
import os
import re
import sys
import threading
import urllib.parse

from ajgi_tx.config import RunConfig, ServerConfig
from runtime.agi.context import RequestData, ScriptContext
from runtime.values import py_string

log = logging.getLogger("ajgi_tx.agi")

EXIT_OK, EXIT_SCRIPT_FAILED, EXIT_USAGE, EXIT_INTERRUPTED = 0, 1, 2, 130


class UsageError(Exception):
    """A request argument that cannot be used (exit status 2)."""


# -- command line ---------------------------------------------------------------------

def _field(text):
    name, sep, value = text.partition("=")
    if not sep or not name:
        raise argparse.ArgumentTypeError("expected NAME=VALUE, got %r" % text)
    return name, value


def add_parser(sub):
    """Registers ``run`` on the ``python -m ajgi_tx`` subcommands."""
    d = ServerConfig()
    p = sub.add_parser(
        "run", help="run one AGI script from the shell (the body or the frames on stdout)",
        description="Runs FILE.js with the AGI environment of serve; the terminal is the "
                    "client. stdout: console.log lines, then the response body (with --ws: "
                    "one line per websocket.send). stderr: errors with FILE:LINE:COL and a "
                    "code frame, warnings, the websocket close code. Exit status 0 when the "
                    "script ended, 1 when it failed, 2 for unusable arguments.")
    p.add_argument("file", metavar="FILE.js", help="the script to run")
    p.add_argument("--post", action="append", type=_field, default=[], metavar="NAME=VALUE",
                   help="a form field of a POST request, a global in the script; repeat for "
                        "more (default: none, the request is a GET)")
    p.add_argument("--json", dest="json_file", metavar="FILE", default="",
                   help="a JSON request body read from FILE, '-' for stdin: POST_data and one "
                        "global per top-level key (default: none)")
    p.add_argument("--headers", action="store_true",
                   help="print the status line and Content-Type before the body (default: off)")
    p.add_argument("--ws", action="store_true",
                   help="connect as a websocket client: upgrade() succeeds, each stdin line is "
                        "a text frame, each websocket.send a stdout line, end of input closes "
                        "the socket (default: off, upgrade() returns false)")
    p.add_argument("--username", default=None,
                   help="USERNAME inside the script (default: %s)" % d.username)
    p.add_argument("--data-dir", dest="data_dir", metavar="DIR", default=None,
                   help="directory of the DB file, as for serve (default: %s)" % d.data_dir)
    p.add_argument("--db", metavar="FILE", default="",
                   help="the DB file itself (default: agi.sqlite3 in the data directory, "
                        "the file serve uses)")
    p.add_argument("--root", metavar="DIR", default="",
                   help="script root: includes() stays below it and __FILE__ is relative to "
                        "it (default: the directory of FILE.js)")
    p.add_argument("--cpu-budget", dest="cpu_budget", type=float, default=None, metavar="SECONDS",
                   help="CPU seconds the script may use before it is stopped, 0 for no limit "
                        "(default: %g)" % d.cpu_budget)
    p.add_argument("--cache-dir", dest="cache_dir", metavar="DIR", default=None,
                   help="compile cache directory, '-' to compile in memory only (default: "
                        "$AJGI_CACHE_DIR, else .ajgi_cache beside the script)")
    p.set_defaults(func=cmd_run)
    return p


def configs_from_args(args):
    """``(RunConfig, ServerConfig)`` of the parsed command line."""
    if args.ws and args.json_file == "-":
        raise UsageError("--json - and --ws both want stdin")
    if args.ws and (args.post or args.json_file):
        raise UsageError("a websocket handshake has no body: --ws takes no --post or --json")
    if args.post and args.json_file:
        raise UsageError("one body: --post or --json, not both")
    run = RunConfig(file=args.file, root=args.root, post=args.post, json_file=args.json_file,
                    headers=args.headers, ws=args.ws, db=args.db)
    server_fields = {"root": run.root}
    for name in ("username", "data_dir", "cpu_budget"):
        value = getattr(args, name)
        if value is not None:
            server_fields[name] = value
    return run, ServerConfig(**server_fields)


def request_data(run):
    """The :class:`RequestData` of the run's request (method, body)."""
    if run.json_file:
        try:
            if run.json_file == "-":
                body = sys.stdin.buffer.read()
            else:
                with open(run.json_file, "rb") as f:
                    body = f.read()
        except OSError as e:
            raise UsageError("cannot read %s: %s" % (run.json_file, e.strerror))
        return RequestData("POST", "application/json", body)
    if run.post:
        form = {}
        for name, value in run.post:
            form.setdefault(name, []).append(value)
        body = urllib.parse.urlencode(list(run.post)).encode("utf-8")
        return RequestData("POST", "application/x-www-form-urlencoded", body, form)
    return RequestData("GET")


# -- the terminal as the client ---------------------------------------------------------

class TerminalHost:
    """The client side of a run: what ``runtime.agi.websocket`` needs from
    its host (the server's handler offers the same three calls).

    Without ``--ws`` the request is no handshake: ``upgrade()`` is refused
    with 400, as ``serve`` answers a plain request. With ``--ws`` a reader
    thread turns stdin lines into text frames (waiting while the script's
    inbox is full, so nothing is dropped) and end of input into the
    client's close (1000).
    """

    def __init__(self, ws_enabled, frames_out, max_message_size):
        self.ws_enabled = ws_enabled
        self.max_message_size = max_message_size  # as serve: a longer line closes with 1009
        self.frames_out = frames_out
        self.state = None
        self.http_error = None       # (status, reason) of a refused upgrade
        self.close_code = None
        self.close_reason = ""
        self.loop = None

    async def accept_websocket(self, state):
        if not self.ws_enabled:
            self.http_error = (400, "Bad Request")
            log.info("[AGI][%s] websocket upgrade refused: not a websocket handshake "
                     "(run the script with --ws)", state.ctx.execution_id)
            return False
        if self.state is not None:
            return False
        self.state = state
        self.loop = asyncio.get_running_loop()
        threading.Thread(target=self._read_stdin, name="ajgi-stdin", daemon=True).start()
        return True

    def ws_write(self, text, binary=False):
        if self.close_code is not None:
            raise ConnectionError("websocket closed")  # send() answers false
        self.frames_out.write(text + "\n")
        self.frames_out.flush()
        return None

    def ws_close(self, code, reason):
        if self.close_code is None:
            self.close_code, self.close_reason = code, reason

    # -- stdin (reader thread) ----------------------------------------------------------

    def _read_stdin(self):
        # os.read on the descriptor, not sys.stdin: a daemon thread blocked
        # inside a buffered reader holds its lock, and interpreter shutdown
        # aborts on that lock when the script ends before the input does.
        fd = sys.stdin.fileno()
        line = bytearray()  # grows in place: long lines stay linear
        while True:
            try:
                chunk = os.read(fd, 65536)
            except OSError:
                chunk = b""
            if not chunk:
                break
            start = 0
            while (end := chunk.find(b"\n", start)) >= 0:
                line += chunk[start:end]
                if not self._send_line(line):
                    return
                line = bytearray()
                start = end + 1
            line += chunk[start:]
            if len(line) > self.max_message_size:
                self._send_line(line)
                return
        if line and not self._send_line(line):
            return
        self._on_loop(self._end_of_input())

    def _send_line(self, line):
        """One line as a text frame; False once the connection is over."""
        if len(line) > self.max_message_size:
            self._on_loop(self._end_of_input(1009, "message too big"))
            return False
        if line.endswith(b"\r"):
            line = line[:-1]
        return self._on_loop(self._frame(line.decode("utf-8", "replace")))

    def _on_loop(self, coro):
        """Runs ``coro`` on the script's loop; False once the loop is gone."""
        try:
            return asyncio.run_coroutine_threadsafe(coro, self.loop).result()
        except (RuntimeError, concurrent.futures.CancelledError):
            coro.close()
            return False

    async def _frame(self, line):
        if self.close_code is not None:
            return False
        wait = self.state.feed(line)
        if wait is not None:  # the inbox is full: the next line waits
            await wait
        return True

    async def _end_of_input(self, code=1000, reason="end of input"):
        if self.close_code is None:
            self.ws_close(code, reason)
            self.state.peer_closed()
        return False


class TerminalScriptContext(ScriptContext):
    """The server's script context, with ``console`` output on the terminal
    instead of the server log: ``log/info/debug`` on ``console_out``,
    ``warn/error`` on stderr."""

    def __init__(self, *args, console_out=None, **kw):
        super().__init__(*args, **kw)
        self.console_out = console_out or sys.stdout

    def console_write(self, level, text):
        stream = self.console_out if level in ("log", "info", "debug") else sys.stderr
        stream.write(py_string(text) + "\n")
        stream.flush()


# -- running -----------------------------------------------------------------------------

class _CliLogFormat(logging.Formatter):
    """``ajgi_tx: warning: FILE:LINE:COL: ...``: the server's log lines
    without the execution id (one run, one id)."""

    _ID = re.compile(r"^\[AGI\]\[[0-9a-f-]+\] ?|^\[AGI\] ?")

    def format(self, record):
        return "ajgi_tx: %s: %s" % (record.levelname.lower(), self._ID.sub("", record.getMessage()))


def _setup_logging():
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(_CliLogFormat())
    root = logging.getLogger("ajgi_tx")
    root.addHandler(handler)
    root.setLevel(logging.INFO)
    root.propagate = False


def _display_name(path, as_given):
    """File names in messages: relative to the working directory when the
    script was named that way, else absolute."""
    return path if os.path.isabs(as_given) else os.path.relpath(path)


def _print_error(err):
    from ajgi_tx.error_report import location_text, source_frame

    _name, headline, location, stack = err
    lines = [("Uncaught %s" % headline) if not headline.startswith("script stopped") else
             "%s%s" % (location_text(location) + ": " if location else "", headline)]
    if stack:
        lines.extend(stack.split("\n")[1:])
    elif location and lines[0].startswith("Uncaught"):
        lines.append("    at %s" % location_text(location))
    frame = source_frame(location)
    if frame:
        lines.extend(["", frame])
    sys.stderr.write("\n".join(lines) + "\n")


STATUS_TEXT = {200: "OK", 300: "Multiple Choices", 301: "Moved Permanently", 302: "Found", 303: "See Other",
               307: "Temporary Redirect", 308: "Permanent Redirect", 400: "Bad Request",
               500: "Internal Server Error"}


def _print_response(run, status, body, content_type, out, location=None):
    if run.headers:
        out.write("HTTP/1.1 %d %s\n" % (status, STATUS_TEXT.get(status, "")))
        if location is not None:  # http.redirect()
            out.write("Location: %s\n" % location)
        if content_type:
            out.write("Content-Type: %s\n" % content_type)
        out.write("\n")
    out.write(body)
    if body and not body.endswith("\n") and out.isatty():
        out.write("\n")
    out.flush()


def cmd_run(args):
    """``python -m ajgi_tx run``: returns the exit status."""
    from ajgi_tx import cache
    from ajgi_tx.errors import CompileError
    from ajgi_tx.runner import compile_cached

    for stream in (sys.stdout, sys.stderr):  # lone surrogates in JS strings
        stream.reconfigure(errors="replace")
    try:
        run, server_cfg = configs_from_args(args)
    except UsageError as e:
        print("ajgi_tx run: %s" % e, file=sys.stderr)
        return EXIT_USAGE
    path = os.path.abspath(args.file)
    rel = os.path.relpath(os.path.realpath(path), server_cfg.root).replace(os.sep, "/")
    if rel.startswith("../") or rel == "..":
        print("ajgi_tx run: %s is not below the script root %s" % (args.file, server_cfg.root),
              file=sys.stderr)
        return EXIT_USAGE
    # Like Python's __pycache__: compiled once beside the script, reused while
    # its text is unchanged (then the compiler is not even imported).
    if args.cache_dir != "-":
        cache.configure(cache.resolve_cache_dir(args.cache_dir, script_path=args.file))
    try:
        source = cache.read_script(args.file)
    except (OSError, UnicodeDecodeError) as e:
        print("ajgi_tx: cannot read %s: %s" % (args.file, getattr(e, "strerror", None) or e),
              file=sys.stderr)
        return EXIT_USAGE
    try:
        compiled = compile_cached(source, args.file)
    except CompileError as e:
        print(e.format(), file=sys.stderr)
        return EXIT_SCRIPT_FAILED
    try:
        request = request_data(run)
    except UsageError as e:
        print("ajgi_tx run: %s" % e, file=sys.stderr)
        return EXIT_USAGE
    _setup_logging()
    try:
        return asyncio.run(_main(run, server_cfg, path, rel, request, compiled))
    except KeyboardInterrupt:  # Ctrl-C: the shell's convention, no traceback
        sys.stdout.flush()
        print("ajgi_tx run: interrupted", file=sys.stderr)
        return EXIT_INTERRUPTED


async def _main(run, server_cfg, path, rel, request, compiled):
    from ajgi_tx import cache
    from ajgi_tx.runner import compile_cached

    def compile_include(target):
        return compile_cached(cache.read_script(target), _display_name(target, run.file))

    db = None  # opened on first use at the data directory's file, as serve does
    if run.db:
        from runtime.agi.db import AgiDB

        db = AgiDB(run.db)
    out = sys.stdout
    host = TerminalHost(run.ws, out, server_cfg.max_message_size)
    ctx = TerminalScriptContext(server_cfg, path, rel, request, host=host, db=db,
                                compile_fn=compile_include,
                                console_out=sys.stderr if run.ws else out)
    ctx.create_realm()
    from ajgi_tx.execution import run_script
    from runtime.agi import fairness

    fairness.install(server_cfg.slice_ms / 1000.0)
    # the server's run: every error is shown to the author (dev)
    kind, err = await run_script(ctx, compiled, server_cfg.cpu_budget, dev=True,
                                 log_errors=False)
    if kind == "error":
        _print_error(err)
    if host.state is not None:  # upgraded: the client saw frames, not a body
        reason = " (%s)" % host.close_reason if host.close_reason else ""
        sys.stderr.write("websocket closed: %s%s\n" % (host.close_code, reason))
    elif kind == "error":
        if run.headers:
            _print_response(run, 500, "", None, out)
    else:
        status, body, content_type = ctx.response()
        if host.http_error is not None:  # as serve: the refusal, then HTTP_RESP
            status, reason = host.http_error
            body, content_type = reason + "\n" + body, "text/plain; charset=utf-8"
        _print_response(run, status, py_string(body), py_string(content_type), out,
                        None if host.http_error is not None else ctx.location())
    if db is not None:
        db.close()
    return EXIT_SCRIPT_FAILED if kind in ("error", "refused") else EXIT_OK
