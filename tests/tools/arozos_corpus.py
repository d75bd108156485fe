"""Runs every AGI script of an ArozOS checkout once on ajgi_tx and says how
each one ended. Not part of CI (it needs the checkout)::

    python tests/tools/arozos_corpus.py --root ~/arozos/src/web [--json out.json]

Which files are AGI scripts (:func:`find_scripts`): every ``.agi`` file,
and every ``.js`` file that calls an AGI function (``requirelib(``,
``sendResp(``... see ``AGI_CALLS``), or names an AGI host global
(``HTTP_RESP``, ``filelib``... see ``AGI_NAMES``) and no browser global
(``document``, ``window``, ``jQuery``, ``$(``...), outside the bundled
front-end libraries (``script/``, ``monaco``). ArozOS itself runs any
``.js`` a request names; this picks the ones written for it. ``--all-js``
takes every ``.js`` (for ArozOS's folder of examples, where
``hello world.js`` only logs).

Counted this way, ArozOS's repository holds 292 scripts: 258 in ``src/web``
(121 ``.agi``, 137 ``.js``) and the 34 of ``examples/agi_examples``
(run with ``--root .../examples/agi_examples --all-js --go-src
.../src/mod/agi``). Issue 14 says 297: no rule found here gives exactly
that (matching AGI names without excluding browser globals gives 298, six
of them front-end files); the nearest rule that only takes scripts is this
one.

The server is ``python -m ajgi_tx serve --root ROOT --dev`` on 127.0.0.1
(init.agi files boot as usual). Each script is requested once with GET;
when the GET fails and the script reads request globals (``POST_data`` or a
``typeof x`` test) it is also requested with an empty POST (a JSON one when
it reads ``POST_data``, which ArozOS sets for JSON bodies only), and the
better outcome counts. When it then stops on a request field it was not
given (``ReferenceError: opr is not defined`` for a name it never calls
and that is no host function or library of ArozOS's: ArozOS makes each
posted field a global), it is
posted again with that field, as an empty string, until it stops on
something else (at most ``MAX_FIELDS``). Outcomes (:func:`classify`):

``ok``               200
``needs-field``      stops without a field the client sends: the detail
                     names them and how it ends given them (empty)
``needs-websocket``  a websocket handler (``websocket.upgrade``) requested
                     without an upgrade: 400
``missing-host``     a ``ReferenceError`` naming a host function ArozOS
                     defines (found in ArozOS's Go sources, ``--go-src``),
                     or a ``TypeError: lib.fn is not a function`` for a
                     library member ArozOS's wrapper defines
``missing-library``  ``requirelib(NAME)`` answered false (``Lib not found``)
                     and the script failed afterwards (a script that uses a
                     library ajgi_tx has without loading it is a script error)
``script-error``     any other error: the JS message
``timeout``          no answer within ``--timeout`` seconds

It prints one summary line per library (scripts ``requirelib``-ing it: how
many end without a missing-host-function error) and the list of what is
left with the reason.
"""

import argparse
import collections
import json
import os
import re
import socket
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.parse
import urllib.request

REPO = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))

AGI_NAMES = re.compile(
    r"\b(requirelib|sendResp|sendJSONResp|sendOK|registerModule|newDBTableIfNotExists|readDBItem|"
    r"writeDBItem|listDBTable|execd|HTTP_RESP|HTTP_HEADER|USERNAME|filelib|imagelib|appdata|"
    r"websocket\.upgrade)\b")
# a call only an AGI script makes: the file is one even when it names a
# browser global (Movie/backend/getMovieInfo.js says "jQuery" in a comment)
AGI_CALLS = re.compile(r"(?<![.\w$])(requirelib|sendResp|sendJSONResp|sendOK|registerModule|execd)\s*\(")
BROWSER_NAMES = re.compile(r"\b(document|window|jQuery|XMLHttpRequest|localStorage|navigator)\b|\$\(")
SKIP_DIRS = ("/script/", "monaco")
REQUIRELIB = re.compile(r"""requirelib\(\s*["']([^"']+)["']""")
READS_REQUEST = re.compile(r"\bPOST_data\b|typeof\s*\(?\s*[A-Za-z_$]")
NOT_DEFINED = re.compile(r"ReferenceError: ([A-Za-z_$][\w$]*) is not defined")
LIB_NOT_FOUND = re.compile(r"Lib not found: (\S+)")
GO_SET = re.compile(r"""vm\.Set\("([A-Za-z_$][\w$]*)\"""")
GO_LIB = re.compile(r"""RegisterLib\("([A-Za-z_$][\w$]*)\"""")
# a library member ArozOS's JS wrapper (in a vm.Run block) assigns: ziplib.addFileToZip = ...
GO_MEMBER = re.compile(r"""^\s*([a-z][\w$]*\.[A-Za-z_$][\w$]*)\s*=""", re.M)
_NOT_CODE = re.compile(r"""'(?:\\.|[^'\\\n])*'|"(?:\\.|[^"\\\n])*"|`(?:\\.|[^`\\])*`|/\*.*?\*/|//[^\n]*""", re.S)
NOT_A_FUNCTION = re.compile(r"TypeError: ([A-Za-z_$][\w$]*\.[A-Za-z_$][\w$]*) is not a function")


def find_scripts(root, all_js=False):
    """Root-relative paths of the AGI scripts under ``root``, sorted
    (``all_js``: every ``.js`` is one, as in ArozOS's folder of examples)."""
    found = []
    for dirpath, dirnames, filenames in os.walk(root):
        dirnames.sort()
        for name in filenames:
            path = os.path.join(dirpath, name)
            rel = os.path.relpath(path, root).replace(os.sep, "/")
            if name.endswith(".agi"):
                found.append(rel)
            elif name.endswith(".js") and not any(s in "/" + rel for s in SKIP_DIRS):
                with open(path, encoding="utf-8", errors="replace") as f:
                    text = f.read()
                if all_js or AGI_CALLS.search(text) or (AGI_NAMES.search(text) and not BROWSER_NAMES.search(text)):
                    found.append(rel)
    return sorted(found)


def host_names(go_src):
    """(functions, libraries) ArozOS defines: every ``vm.Set("name"``, every
    ``lib.member =`` of its JS wrappers, and every ``RegisterLib("name"`` of
    its Go sources (empty when absent)."""
    funcs, libs = set(), set()
    if go_src and os.path.isdir(go_src):
        for dirpath, _, filenames in os.walk(go_src):
            for name in filenames:
                if name.endswith(".go") and not name.endswith("_test.go"):
                    with open(os.path.join(dirpath, name), encoding="utf-8", errors="replace") as f:
                        text = f.read()
                    funcs.update(n for n in GO_SET.findall(text) if not n.startswith("_"))
                    funcs.update(GO_MEMBER.findall(text))
                    libs.update(GO_LIB.findall(text))
    return funcs, libs


def classify(status, body, log_text, host_funcs, source=""):
    """(outcome, detail) of one request: its status, body (``--dev``: the
    error's place and message), the server log lines it produced and the
    script's text."""
    if status is None:
        return "timeout", body
    if status == 200:
        return "ok", ""
    missing_libs = LIB_NOT_FOUND.findall(log_text)
    if status == 400 and "websocket.upgrade" in source and not missing_libs:
        return "needs-websocket", body.strip()[:200]
    m = NOT_DEFINED.search(body)
    if missing_libs:  # (a library ajgi_tx provides but the script never loaded is its own error)
        return "missing-library", (m.group(1) if m and m.group(1) in missing_libs else missing_libs[0])
    if m and m.group(1) in host_funcs:
        return "missing-host", m.group(1)
    m = NOT_A_FUNCTION.search(body)  # a library member ArozOS has and ajgi_tx lacks
    if m and m.group(1) in host_funcs:
        return "missing-host", m.group(1)
    first = body.strip().split("\n")[0]
    return "script-error", first[:200]


_RANK = {"ok": 0, "needs-websocket": 1, "script-error": 1, "missing-library": 2, "missing-host": 3, "timeout": 4}
MAX_FIELDS = 6  # request fields supplied one by one before giving up


def missing_field(outcome, source, host=frozenset()):
    """The request field a script stopped on (``ReferenceError: NAME is not
    defined`` for a NAME it never calls and that names no host function or
    library of ArozOS, ``host``: a value the client sends, which ArozOS
    makes a global), or None."""
    if outcome[0] != "script-error":
        return None
    m = NOT_DEFINED.search(outcome[1])
    if not m:
        return None
    name = m.group(1)
    if name in host or re.search(r"(?<![.\w$])%s\s*\(" % re.escape(name), _code_only(source)):
        return None
    return name


def _code_only(source):
    """``source`` less its comments and string literals, roughly (neither
    ``// POST: noteId (string)`` nor ``split('url("')`` is a call)."""
    return _NOT_CODE.sub(" ", source)


class Server:
    """``python -m ajgi_tx serve`` on a free port, its log in a file."""

    def __init__(self, root, data_dir, cpu_budget):
        s = socket.socket()
        s.bind(("127.0.0.1", 0))
        self.port = s.getsockname()[1]
        s.close()
        self.log_path = os.path.join(data_dir, "server.log")
        self._log = open(self.log_path, "w")
        env = dict(os.environ, PYTHONPATH=REPO + os.pathsep + os.environ.get("PYTHONPATH", ""))
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "ajgi_tx", "serve", "--root", root, "--port", str(self.port),
             "--dev", "--data-dir", data_dir, "--cpu-budget", str(cpu_budget), "--cache-dir", "-"],
            cwd=REPO, env=env, stdout=self._log, stderr=subprocess.STDOUT)
        self.boot_seconds = None
        t0 = time.time()
        while "serving " not in self.log():
            if self.proc.poll() is not None or time.time() - t0 > 600:
                raise RuntimeError("server did not start:\n" + self.log())
            time.sleep(0.1)
        m = re.search(r"modules: (\d+) registered by (\d+) init.agi in (\d+) ms", self.log())
        self.boot = m.groups() if m else None

    def log(self):
        self._log.flush()
        with open(self.log_path, encoding="utf-8", errors="replace") as f:
            return f.read()

    def request(self, rel, method, timeout, fields=None, as_json=False):
        """(status, body) of one request; a POST sends ``fields`` as a form,
        or as a JSON body (``as_json``: what makes ArozOS set ``POST_data``)."""
        url = "http://127.0.0.1:%d/system/ajgi/interface?script=%s" % (self.port, urllib.parse.quote(rel))
        fields = fields or {}
        if as_json:
            data, ctype = (json.dumps(fields).encode() if fields else b""), "application/json"
        else:
            data, ctype = urllib.parse.urlencode(fields).encode(), "application/x-www-form-urlencoded"
        req = urllib.request.Request(url, data=data if method == "POST" else None, method=method,
                                     headers={"Content-Type": ctype})
        try:
            with urllib.request.urlopen(req, timeout=timeout) as r:
                return r.status, r.read().decode("utf-8", "replace")
        except urllib.error.HTTPError as e:
            return e.code, e.read().decode("utf-8", "replace")
        except (TimeoutError, socket.timeout, urllib.error.URLError) as e:
            return None, "no answer in %gs (%s)" % (timeout, e)

    def stop(self):
        self.proc.terminate()
        try:
            self.proc.wait(10)
        except subprocess.TimeoutExpired:
            self.proc.kill()


def run_one(server, root, rel, timeout, host_funcs, host_libs=frozenset()):
    """How one script ends: GET; an empty POST when that fails and the
    script reads request globals (JSON when it reads ``POST_data``); then,
    while it stops on a request field it was not given, a POST of every
    such field (empty strings), to tell a field from a script error and to
    see how far the script gets with them."""
    with open(os.path.join(root, rel), encoding="utf-8", errors="replace") as f:
        text = f.read()
    as_json = "POST_data" in text

    def attempt(method, fields=None):
        mark = len(server.log())
        status, body = server.request(rel, method, timeout, fields, as_json)
        time.sleep(0.02)
        return (method,) + classify(status, body, server.log()[mark:], host_funcs, text)

    outcomes = []
    for method in ["GET"] + (["POST"] if READS_REQUEST.search(text) else []):
        outcomes.append(attempt(method))
        if outcomes[-1][1] == "ok":
            break
    best = min(outcomes, key=lambda o: _RANK[o[1]])
    result = {"script": rel, "method": best[0], "outcome": best[1], "detail": best[2],
              "libraries": sorted(set(REQUIRELIB.findall(text)))}
    fields = {}
    host = set(host_funcs) | set(host_libs)
    name = missing_field(best[1:], text, host)
    while name is not None and name not in fields and len(fields) < MAX_FIELDS:
        fields[name] = ""
        last = attempt("POST", fields)
        name = missing_field(last[1:], text, host)
    if fields and name not in fields:  # each field it stopped on was one: it read it once given
        result.update(outcome="needs-field", fields=sorted(fields),
                      detail="%s; given them (empty): %s" % (
                          ", ".join(sorted(fields)), last[1] + (" " + last[2] if last[2] else "")))
    return result


def summarize(results):
    """Lines of the report: per library, how many scripts end without a
    missing-host-function error; then the totals."""
    by_lib = collections.defaultdict(list)
    for r in results:
        for lib in r["libraries"] or ["(none)"]:
            by_lib[lib].append(r)
    lines = ["%-14s %5s %5s %5s %5s %5s %5s %6s %7s" % (
        "library", "all", "ok", "no-mh", "field", "ws", "mlib", "error", "timeout")]
    for lib in sorted(by_lib):
        rs = by_lib[lib]
        c = collections.Counter(r["outcome"] for r in rs)
        lines.append("%-14s %5d %5d %5d %5d %5d %5d %6d %7d" % (
            lib, len(rs), c["ok"], len(rs) - c["missing-host"], c["needs-field"], c["needs-websocket"],
            c["missing-library"], c["script-error"], c["timeout"]))
    c = collections.Counter(r["outcome"] for r in results)
    lines.append("total %d: %s; without a missing-host-function error: %d" % (
        len(results), ", ".join("%s %d" % kv for kv in sorted(c.items())), len(results) - c["missing-host"]))
    return lines


def main(argv=None):
    p = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    p.add_argument("--root", required=True, help="ArozOS's src/web")
    p.add_argument("--go-src", help="ArozOS's src/mod/agi (default: ROOT/../mod/agi)")
    p.add_argument("--json", help="write every result to this file")
    p.add_argument("--timeout", type=float, default=10.0, help="seconds per request (default 10)")
    p.add_argument("--cpu-budget", type=float, default=5.0, help="the server's --cpu-budget (default 5)")
    p.add_argument("--list", action="store_true", help="only list the scripts found")
    p.add_argument("--all-js", action="store_true",
                   help="count every .js as a script (ArozOS's examples/agi_examples)")
    args = p.parse_args(argv)
    root = os.path.realpath(args.root)
    scripts = find_scripts(root, args.all_js)
    if args.list:
        print("\n".join(scripts))
        print("%d scripts (%d .agi, %d .js)" % (len(scripts), sum(s.endswith(".agi") for s in scripts),
                                                sum(s.endswith(".js") for s in scripts)))
        return 0
    host_funcs, host_libs = host_names(args.go_src or os.path.join(os.path.dirname(root), "mod", "agi"))
    with tempfile.TemporaryDirectory(prefix="ajgi-corpus-") as data:
        t0 = time.time()
        server = Server(root, data, args.cpu_budget)
        startup = time.time() - t0
        try:
            results = [run_one(server, root, rel, args.timeout, host_funcs, host_libs) for rel in scripts]
        finally:
            server.stop()
    print("%d scripts (%d .agi, %d .js); startup %.1f s (init.agi boot: %s)" % (
        len(scripts), sum(s.endswith(".agi") for s in scripts), sum(s.endswith(".js") for s in scripts),
        startup, "%s modules by %s init.agi in %s ms" % server.boot if server.boot else "no line"))
    print("\n".join(summarize(results)))
    print("\nleft:")
    for r in results:
        if r["outcome"] != "ok":
            print("  %-60s %-16s %s" % (r["script"], r["outcome"], r["detail"]))
    if args.json:
        with open(args.json, "w") as f:
            json.dump({"startup_seconds": startup, "boot": server.boot, "results": results}, f, indent=1)
    return 0


if __name__ == "__main__":
    sys.exit(main())
