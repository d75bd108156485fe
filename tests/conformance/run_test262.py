"""Runs the ES5.1 part of test262 through ajgi_tx and reports pass rates.

Usage::

    python tests/conformance/run_test262.py --test262 ../test262 \
        [--filter SUBSTR] [-j 2] [--strict] [--json OUT] [--summary OUT.md]

Selection (see tests/conformance/README.md): a test under test/built-ins,
test/language or test/annexB is run iff it has no ``features:`` key, its
``flags:`` hold none of onlyStrict/module/async/CanBlockIsFalse/CanBlockIsTrue,
and it is ES5-era: it carries an ``es5id:`` key or (with the default
``--rule es5``) its file name is an ES5-era test id (``15.4.4.14-1-1.js``,
``S15.4_A1_T1.js``); test262 has been replacing ``es5id`` by ``esid`` in those
files, so ``--rule es5id`` alone misses a quarter of the ES5 tests.

Each test runs in a fresh realm inside a worker process, as one script: the
harness files (assert.js, sta.js, then ``includes:``) followed by the test
(``flags: [raw]`` tests alone; the strict variant gets ``"use strict";``
in front of all of it). A test that runs longer than ``--timeout`` seconds, or kills its
worker, is recorded and the worker is replaced.
"""

import argparse
import collections
import json
import multiprocessing
import multiprocessing.connection
import os
import re
import sys
import threading
import time

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(os.path.dirname(HERE))
DEFAULT_SKIP_FILE = os.path.join(HERE, "test262_skip.txt")

TOP_DIRS = ("test/built-ins", "test/language", "test/annexB")
EXCLUDED_FLAGS = {"onlyStrict", "module", "async", "CanBlockIsFalse", "CanBlockIsTrue"}
DEFAULT_INCLUDES = ("assert.js", "sta.js")
# Skip-list reason of ES5-era tests rewritten with ES2015 syntax: skipped by
# the ES5 run, selected by the ES2015 one.
ES2015_SYNTAX_SKIP = "uses ES2015 syntax"
_FRONTMATTER = re.compile(r"/\*---(.*?)---\*/", re.S)
# ES5-era test ids: IE test center (15.4.4.14-1-1) and Sputnik (S15.4_A1_T1),
# numbered by ES5 clauses 7-15 (S25.4.* are ES2015 Promise tests).
_ES5_NAME = re.compile(r"^S?(7|8|9|10|11|12|13|14|15)\.\d")


# ---------------------------------------------------------------- metadata

def parse_frontmatter(source):
    """The YAML frontmatter of a test as a dict (empty when absent)."""
    m = _FRONTMATTER.search(source)
    if not m:
        return {}
    try:
        import yaml

        loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
        meta = yaml.load(m.group(1), Loader=loader)
        return meta if isinstance(meta, dict) else {}
    except ImportError:
        return _parse_frontmatter_plain(m.group(1))


def _parse_frontmatter_plain(text):
    """Enough YAML for the keys the runner reads, when PyYAML is missing."""
    meta, key = {}, None
    for line in text.splitlines():
        if not line.strip():
            continue
        if line[0] not in " \t-":
            k, _, v = line.partition(":")
            key, v = k.strip(), v.strip()
            if v.startswith("[") and v.endswith("]"):
                meta[key] = [x.strip() for x in v[1:-1].split(",") if x.strip()]
            elif v in ("|", ">", ""):
                meta[key] = [] if key in ("flags", "features", "includes") else {}
            else:
                meta[key] = v
        elif key is not None:
            s = line.strip()
            if s.startswith("- ") and isinstance(meta.get(key), list):
                meta[key].append(s[2:].strip())
            elif ":" in s and isinstance(meta.get(key), dict):
                k, _, v = s.partition(":")
                meta[key][k.strip()] = v.strip()
    return meta


def is_selected(name, meta, rule):
    """The selection rule described in the module docstring."""
    if meta.get("features"):
        return False
    if EXCLUDED_FLAGS & set(meta.get("flags") or ()):
        return False
    if "es5id" in meta:
        return True
    return rule == "es5" and bool(_ES5_NAME.match(name))


def _may_be_selected(name, source, rule):
    """A cheap text pre-check so that most files skip the YAML parser."""
    m = _FRONTMATTER.search(source)
    if not m:
        return False
    fm = m.group(1)
    if re.search(r"^features:", fm, re.M):
        return False
    return "es5id:" in fm or (rule == "es5" and bool(_ES5_NAME.match(name)))


def select_tests(root, rule="es5", filters=(), skip_file=DEFAULT_SKIP_FILE, explain=None):
    """[(relpath, meta)] of the selected tests, sorted by path. With rule
    ``es2015`` see es2015_rule.py; ``explain`` (a dict) then collects the
    candidates left out, by reason."""
    if rule == "es2015":
        return _select_es2015(root, filters, skip_file, explain)
    out = []
    for top in TOP_DIRS:
        for dirpath, dirnames, filenames in os.walk(os.path.join(root, top)):
            dirnames.sort()
            for fn in sorted(filenames):
                if not fn.endswith(".js") or "_FIXTURE" in fn:
                    continue
                full = os.path.join(dirpath, fn)
                rel = os.path.relpath(full, root).replace(os.sep, "/")
                if filters and not any(f in rel for f in filters):
                    continue
                with open(full, encoding="utf-8") as fh:
                    source = fh.read()
                if not _may_be_selected(fn, source, rule):
                    continue
                meta = parse_frontmatter(source)
                if is_selected(fn, meta, rule):
                    out.append((rel, meta))
    return out


def _select_es2015(root, filters, skip_file, explain):
    if HERE not in sys.path:
        sys.path.insert(0, HERE)
    import es2015_rule

    es5 = [rel for rel, _ in select_tests(root, "es5")]
    skips = read_skip_file(skip_file)
    syntax_skipped = [rel for rel in es5 if (skip_reason(rel, skips) or "").startswith(ES2015_SYNTAX_SKIP)]
    rule = es2015_rule.Es2015Rule(root, es5, syntax_skipped)
    out = []
    for top in TOP_DIRS:
        for dirpath, dirnames, filenames in os.walk(os.path.join(root, top)):
            dirnames.sort()
            for fn in sorted(filenames):
                if not fn.endswith(".js") or "_FIXTURE" in fn:
                    continue
                full = os.path.join(dirpath, fn)
                rel = os.path.relpath(full, root).replace(os.sep, "/")
                if filters and not any(f in rel for f in filters):
                    continue
                with open(full, encoding="utf-8") as fh:
                    source = fh.read()
                fm = _FRONTMATTER.search(source)
                if not fm:
                    continue
                tagged = re.search(r"^features:", fm.group(1), re.M)
                if not tagged and not rel.startswith(es2015_rule.UNTAGGED_DIRS) and rel not in rule.es5_skipped_for_syntax:
                    continue  # cheap: most of the tree
                meta = parse_frontmatter(source)
                verdict = rule.verdict(rel, source, meta, parse_frontmatter)
                if verdict is None:
                    out.append((rel, meta))
                elif explain is not None and verdict != "not ES2015":
                    for reason in verdict:
                        explain.setdefault(reason, []).append(rel)
    return out


def read_skip_file(path):
    """{path or dir/ prefix: reason} from a skip list (``path  # reason``)."""
    skips = {}
    if not path or not os.path.exists(path):
        return skips
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            line = line.strip()
            if not line or line.startswith("#"):
                continue
            p, _, reason = line.partition("#")
            skips[p.strip()] = reason.strip() or "listed in skip file"
    return skips


def skip_reason(rel, skips):
    if rel in skips:
        return skips[rel]
    for p, reason in skips.items():
        if p.endswith("/") and rel.startswith(p):
            return reason
    return None


def modes_for(meta, modes):
    """The variants of one test among ``modes``: strict only for tests
    without noStrict/raw (onlyStrict tests are not selected)."""
    flags = set(meta.get("flags") or ())
    if "onlyStrict" in flags:  # only the ES2015 rule selects these
        return ["strict"]
    return [m for m in modes if m == "sloppy" or not flags & {"noStrict", "raw"}]


# ---------------------------------------------------------------- one test

class _Harness:
    """Harness file texts of one worker, by file name."""

    def __init__(self, root):
        self.root = root
        self.cache = {}

    def get(self, name):
        if name not in self.cache:
            with open(os.path.join(self.root, "harness", name), encoding="utf-8") as fh:
                self.cache[name] = fh.read()
        return self.cache[name]


def _thrown_name(err):
    """The error name of a ScriptError; for a non-Error object (Test262Error
    instances are plain objects) its constructor's ``name``."""
    if err.name:
        return err.name
    try:
        from runtime.conversions import to_string
        from runtime.properties import get_prop
        from runtime.values import JSObject

        if isinstance(err.value, JSObject):
            ctor = get_prop(err.value, "constructor")
            return to_string(get_prop(ctor, "name"))
    except Exception:
        pass
    return ""


def _error_text(err, realm):
    """``Name: message`` of an uncaught ScriptError (Test262Error included)."""
    from runtime.realm import REALM

    token = REALM.set(realm)
    try:
        name = _thrown_name(err)
        msg = err.message
        if not err.name and name == "Test262Error":
            # describe_thrown used Test262Error.prototype.toString already.
            if msg.startswith("Test262Error: "):
                msg = msg[len("Test262Error: "):]
        if name and not msg.startswith(name + ":"):
            return name, "%s: %s" % (name, msg) if msg else name
        return name, msg
    finally:
        REALM.reset(token)


def run_one(root, harness, rel, meta, mode):
    """Runs one test variant; returns (status, category, error text)."""
    from ajgi_tx.compiler import compile_source
    from ajgi_tx.errors import CompileError, ScriptError
    from ajgi_tx.runner import create_realm, run_compiled

    with open(os.path.join(root, rel), encoding="utf-8") as fh:
        source = fh.read()
    flags = set(meta.get("flags") or ())
    negative = meta.get("negative") or {}
    neg_phase, neg_type = negative.get("phase"), negative.get("type")
    # As test262 hosts do, the harness and the test form one script: the
    # compiler decides which functions are async per script, so a harness
    # function compiled apart (propertyHelper.js mentions ``Function`` and
    # becomes async) would be called without being awaited.
    prefix = ""
    if "raw" not in flags:
        names = list(DEFAULT_INCLUDES) + [i for i in meta.get("includes") or () if i not in DEFAULT_INCLUDES]
        prefix = "".join(harness.get(n) + "\n" for n in names)
    if mode == "strict":
        prefix = '"use strict";\n' + prefix
    try:
        compiled = compile_source(prefix + source, rel)
    except CompileError as e:
        if e.kind == "unsupported":
            return "fail", "unsupported", "unsupported: %s" % e.message
        if neg_phase in ("parse", "early") and neg_type == "SyntaxError":
            return "pass", "pass", ""
        return "fail", "compile-error", "SyntaxError: %s" % e.message
    except RecursionError:
        return "fail", "compiler-crash", "RecursionError in compiler"
    except Exception as e:  # a compiler bug: report it, keep going
        return "fail", "compiler-crash", "%s: %s" % (type(e).__name__, str(e)[:200])
    if neg_phase in ("parse", "early"):
        return "fail", "negative-missed", "expected %s at parse time, compiled OK" % neg_type

    out = []
    realm = create_realm(lambda level, text: out.append(text))
    _install_print(realm)
    try:
        run_compiled(compiled, realm)
    except ScriptError as e:
        name, text = _error_text(e, realm)
        if neg_phase == "runtime" and name == neg_type:
            return "pass", "pass", ""
        return "fail", "uncaught", text
    except Exception as e:  # escaped the runner: an internal error
        return "fail", "crash", "%s: %s" % (type(e).__name__, str(e)[:200])
    if neg_phase == "runtime":
        return "fail", "negative-missed", "expected %s at run time, none thrown" % neg_type
    return "pass", "pass", ""


def _install_print(realm):
    """``print`` as test262 hosts provide it (the async harness uses it)."""
    from runtime.values import undefined

    realm.ensure(("console",))
    console_log = realm.global_object.props["console"].props["log"]

    def host_print(this, *args):
        console_log(undefined, *args)
        return undefined

    realm.define_methods(realm.global_object, {"print": (host_print, 1)})


# ---------------------------------------------------------------- workers

def _worker_main(conn, root, timeout):
    """Worker loop: receives (index, rel, meta, mode), sends (index, result)."""
    if REPO not in sys.path:
        sys.path.insert(0, REPO)
    try:
        import resource

        # A runaway allocation should become a MemoryError, not an OOM kill.
        resource.setrlimit(resource.RLIMIT_AS, (6 << 30, 6 << 30))
    except Exception:
        pass
    # Deep JS recursion needs a deep C stack; tests run in a big-stack thread.
    threading.stack_size(512 << 20)
    harness = _Harness(root)
    _warm_up()
    while True:
        try:
            task = conn.recv()
        except EOFError:
            return
        if task is None:
            return
        index, rel, meta, mode = task
        box = {}

        def target():
            t0 = time.time()
            try:
                box["r"] = run_one(root, harness, rel, meta, mode)
            except BaseException as e:  # noqa: BLE001 - anything the test did
                box["r"] = ("fail", "crash", "%s: %s" % (type(e).__name__, str(e)[:200]))
            box["ms"] = (time.time() - t0) * 1000.0

        th = threading.Thread(target=target, daemon=True)
        th.start()
        th.join(timeout)
        if th.is_alive():
            conn.send((index, ("fail", "timeout", "timeout after %gs" % timeout), timeout * 1000.0))
            os._exit(3)  # the thread cannot be stopped: replace this worker
        conn.send((index, box["r"], box.get("ms", 0.0)))


def _warm_up():
    """Imports the compiler and every built-in now, all from the same disk
    state, by compiling and running a trivial script."""
    try:
        from ajgi_tx.compiler import compile_source
        from ajgi_tx.runner import create_realm, run_compiled

        run_compiled(compile_source("var x = [1].map(function (v) { return v; });", "<warm-up>"),
                     create_realm(lambda level, text: None))
    except Exception:
        pass  # the tests will report whatever is broken


class _Worker:
    def __init__(self, ctx, root, timeout):
        self.parent, child = ctx.Pipe()
        self.proc = ctx.Process(target=_worker_main, args=(child, root, timeout), daemon=True)
        self.proc.start()
        child.close()
        self.task = None
        self.started = 0.0

    def stop(self, kill=False):
        if kill:
            self.proc.kill()
        else:
            try:
                self.parent.send(None)
            except (OSError, BrokenPipeError):
                pass
        self.proc.join(5)
        if self.proc.is_alive():
            self.proc.kill()
            self.proc.join()


def run_all(root, tasks, jobs, timeout, progress=None):
    """Runs [(rel, meta, mode)]; returns [(status, category, error, ms)] in order."""
    # The parent never imports the compiler or runtime: a worker started
    # later (after a timeout) would inherit stale modules while importing
    # the rest from disk, which other people may have changed meanwhile.
    ctx = multiprocessing.get_context("fork" if hasattr(os, "fork") else "spawn")
    results = [None] * len(tasks)
    pending = collections.deque(range(len(tasks)))
    workers = [_Worker(ctx, root, timeout) for _ in range(max(1, jobs))]
    done = 0
    hard_limit = timeout + 30.0

    def give(w):
        if pending:
            i = pending.popleft()
            rel, meta, mode = tasks[i]
            w.task, w.started = i, time.time()
            w.parent.send((i, rel, meta, mode))
        else:
            w.task = None

    for w in workers:
        give(w)
    while any(w.task is not None for w in workers):
        busy = [w for w in workers if w.task is not None]
        ready = multiprocessing.connection.wait([w.parent for w in busy], timeout=1.0)
        for w in busy:
            finished = False
            if w.parent in ready:
                try:
                    i, res, ms = w.parent.recv()
                    results[i] = res + (ms,)
                    finished = True
                    replace = res[1] == "timeout"
                except (EOFError, OSError):
                    results[w.task] = ("fail", "crash", "worker died (exit code %s)" % w.proc.exitcode, 0.0)
                    finished, replace = True, True
            elif time.time() - w.started > hard_limit:
                results[w.task] = ("fail", "timeout", "timeout (worker unresponsive)", hard_limit * 1000.0)
                finished, replace = True, True
            if not finished:
                continue
            done += 1
            if progress:
                progress(done, len(tasks), tasks[w.task][0], results[w.task])
            if replace:
                w.stop(kill=True)
                nw = _Worker(ctx, root, timeout)
                workers[workers.index(w)] = nw
                w = nw
            give(w)
    for w in workers:
        w.stop()
    return results


# ---------------------------------------------------------------- reports

def area(rel, depth):
    """``test/built-ins/Array`` for depth 3."""
    parts = rel.split("/")
    return "/".join(parts[:min(depth, len(parts) - 1)])


_NORMALIZERS = [
    (re.compile(r"«[^»]*»"), "«…»"),
    (re.compile(r"'[^']{0,80}'"), "'…'"),
    (re.compile(r'"[^"]{0,80}"'), '"…"'),
    (re.compile(r"\b0x[0-9A-Fa-f]+\b"), "N"),
    (re.compile(r"(?<![\w$])-?\d+(\.\d+)?(e[+-]?\d+)?(?![\w$])"), "N"),
    (re.compile(r"\s+"), " "),
]


def failure_group(category, error):
    """A grouping key for failure messages: literals and numbers elided."""
    text = error.splitlines()[0] if error else category
    for rx, rep in _NORMALIZERS:
        text = rx.sub(rep, text)
    text = text.strip()
    if len(text) > 160:
        text = text[:157] + "..."
    return "[%s] %s" % (category, text)


def build_report(records, meta_info):
    """The JSON-able report: per-area rates and failure groups."""
    run = [r for r in records if r["status"] != "skip"]
    by_area = collections.OrderedDict()
    for depth in (2, 3, 4):
        table = collections.defaultdict(lambda: [0, 0])
        for r in run:
            t = table[area(r["path"], depth)]
            t[1] += 1
            t[0] += r["status"] == "pass"
        by_area["depth%d" % depth] = {k: {"pass": v[0], "total": v[1]} for k, v in sorted(table.items())}
    groups = collections.defaultdict(list)
    for r in run:
        if r["status"] != "pass":
            groups[failure_group(r["category"], r["error"])].append(r["path"] + ("" if r["mode"] == "sloppy" else " (strict)"))
    group_list = [{"group": g, "count": len(p), "examples": p[:5]}
                  for g, p in sorted(groups.items(), key=lambda kv: (-len(kv[1]), kv[0]))]
    cats = collections.Counter(r["category"] for r in run)

    def rate(rs):
        n = len(rs)
        p = sum(r["status"] == "pass" for r in rs)
        return {"pass": p, "total": n, "rate": round(100.0 * p / n, 2) if n else 0.0}

    overall = {"all": rate(run), "es5id_only": rate([r for r in run if r["es5id"]])}
    for mode in ("sloppy", "strict"):
        rs = [r for r in run if r["mode"] == mode]
        if rs:
            overall[mode] = rate(rs)
    return {
        "meta": meta_info,
        "overall": overall,
        "skipped": sum(r["status"] == "skip" for r in records),
        "categories": dict(cats.most_common()),
        "areas": by_area,
        "failure_groups": group_list,
        "tests": records,
    }


def _pct(p, n):
    return "%.1f%%" % (100.0 * p / n) if n else "-"


def markdown_summary(report, top=40):
    """The human summary: overall, per-directory (depth 3), failing areas, groups."""
    o = report["overall"]
    m = report["meta"]
    lines = ["# test262 %s run" % ("ES2015 core" if m["rule"] == "es2015" else "ES5.1"), ""]
    lines.append("test262 %s, rule `%s`, modes %s, %d selected tests, %d skipped (skip list), "
                 "%.0f s wall time, %d jobs." % (m["test262_commit"][:12], m["rule"], "+".join(m["modes"]),
                                                  m["selected_tests"], report["skipped"], m["seconds"], m["jobs"]))
    lines.append("")
    lines.append("| subset | pass | total | rate |")
    lines.append("|---|---:|---:|---:|")
    for k, v in o.items():
        lines.append("| %s | %d | %d | %.2f%% |" % (k, v["pass"], v["total"], v["rate"]))
    lines.append("")
    lines.append("Outcome categories: " + ", ".join("%s %d" % kv for kv in report["categories"].items()))
    lines.append("")
    lines.append("## Pass rate by directory")
    lines.append("")
    lines.append("| directory | pass | total | rate |")
    lines.append("|---|---:|---:|---:|")
    # The ES2015 selection is mostly test/language/{statements,expressions}:
    # one level deeper says which construct (class, for-of, arrow-function...).
    for k, v in report["areas"]["depth4" if m["rule"] == "es2015" else "depth3"].items():
        lines.append("| %s | %d | %d | %s |" % (k, v["pass"], v["total"], _pct(v["pass"], v["total"])))
    lines.append("")
    lines.append("## Failing areas (depth 4, most failures first)")
    lines.append("")
    lines.append("| area | failures | total | rate |")
    lines.append("|---|---:|---:|---:|")
    d4 = [(k, v) for k, v in report["areas"]["depth4"].items() if v["pass"] < v["total"]]
    d4.sort(key=lambda kv: (kv[1]["pass"] - kv[1]["total"], kv[0]))
    for k, v in d4[:top]:
        lines.append("| %s | %d | %d | %s |" % (k, v["total"] - v["pass"], v["total"], _pct(v["pass"], v["total"])))
    lines.append("")
    lines.append("## Top failure groups")
    lines.append("")
    lines.append("| # | count | group | example |")
    lines.append("|---:|---:|---|---|")
    for n, g in enumerate(report["failure_groups"][:top], 1):
        lines.append("| %d | %d | %s | %s |" % (n, g["count"], g["group"].replace("|", "\\|"), g["examples"][0]))
    lines.append("")
    return "\n".join(lines)


def test262_commit(root):
    """The commit of the checkout: a REVISION file (written when the tree was
    exported with git archive) or ``git rev-parse HEAD``; else "unknown"."""
    rev = os.path.join(root, "REVISION")
    if os.path.isfile(rev):
        with open(rev) as fh:
            return fh.read().strip()
    try:
        import subprocess

        return subprocess.check_output(["git", "-C", root, "rev-parse", "HEAD"],
                                       stderr=subprocess.DEVNULL, text=True).strip()
    except Exception:
        return "unknown"


# ---------------------------------------------------------------- CLI

def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--test262", required=True, help="test262 checkout (with test/ and harness/)")
    ap.add_argument("--filter", action="append", default=[], help="only paths containing SUBSTR (repeatable)")
    ap.add_argument("-j", "--jobs", type=int, default=2)
    ap.add_argument("--timeout", type=float, default=30.0,
                    help="seconds per test (the slowest, decodeURI's walks, take ~1.5 s)")
    ap.add_argument("--rule", choices=("es5", "es5id", "es2015"), default="es5",
                    help="es5: es5id key or ES5-era file name (default); es5id: es5id key only; "
                         "es2015: the ES2015 core of issue 13 (see README.md)")
    ap.add_argument("--explain", action="store_true",
                    help="with --list and --rule es2015: also print why candidates were left out")
    ap.add_argument("--strict", action="store_true", help="also run the strict variant of tests without noStrict")
    ap.add_argument("--strict-only", action="store_true", help="run only the strict variants")
    ap.add_argument("--skip-file", default=DEFAULT_SKIP_FILE)
    ap.add_argument("--sample", type=int, default=0, help="run every Nth selected test only")
    ap.add_argument("--json", dest="json_out", default=None, help="write the full JSON report here")
    ap.add_argument("--summary", default=None, help="write the markdown summary here")
    ap.add_argument("--list", action="store_true", help="print the selection and exit")
    ap.add_argument("-q", "--quiet", action="store_true")
    args = ap.parse_args(argv)

    root = os.path.abspath(args.test262)
    if REPO not in sys.path:
        sys.path.insert(0, REPO)
    explain = {} if args.explain else None
    selected = select_tests(root, args.rule, args.filter, args.skip_file, explain)
    if args.sample > 1:
        selected = selected[::args.sample]
    if args.list:
        for rel, _ in selected:
            print(rel)
        if explain:
            print("left out (reason: count, example):", file=sys.stderr)
            for reason, paths in sorted(explain.items(), key=lambda kv: (-len(kv[1]), kv[0])):
                print("  %s: %d, %s" % (reason, len(paths), paths[0]), file=sys.stderr)
        print("%d tests selected" % len(selected), file=sys.stderr)
        return 0
    skips = read_skip_file(args.skip_file)
    if args.rule == "es2015":  # the ES2015 run takes what the ES5 run skips for its syntax
        skips = {p: r for p, r in skips.items() if not r.startswith(ES2015_SYNTAX_SKIP)}
    modes = ["strict"] if args.strict_only else ["sloppy", "strict"] if args.strict else ["sloppy"]
    records, tasks, task_rec = [], [], []
    for rel, meta in selected:
        for mode in modes_for(meta, modes):
            rec = {"path": rel, "mode": mode, "es5id": "es5id" in meta, "status": "", "category": "",
                   "error": "", "ms": 0.0}
            records.append(rec)
            reason = skip_reason(rel, skips)
            if reason:
                rec.update(status="skip", category="skip", error=reason)
            else:
                tasks.append((rel, meta, mode))
                task_rec.append(rec)

    t0 = time.time()

    def progress(done, total, rel, res):
        if args.quiet:
            return
        if res[0] != "pass" and total <= 50:
            print("FAIL %s: %s" % (rel, res[2]))
        if done % 500 == 0 or done == total:
            print("  %d/%d done, %.0f s" % (done, total, time.time() - t0), file=sys.stderr)

    results = run_all(root, tasks, args.jobs, args.timeout, progress)
    for rec, res in zip(task_rec, results):
        rec.update(status=res[0], category=res[1], error=res[2], ms=round(res[3], 1))
    info = {"test262_commit": test262_commit(root), "rule": args.rule,
            "modes": modes,
            "selected_tests": len(selected), "filters": args.filter, "sample": args.sample,
            "jobs": args.jobs, "timeout": args.timeout, "seconds": round(time.time() - t0, 1),
            "date": time.strftime("%Y-%m-%d %H:%M:%S")}
    report = build_report(records, info)
    summary = markdown_summary(report)
    if args.json_out:
        with open(args.json_out, "w", encoding="utf-8") as fh:
            json.dump(report, fh, indent=1, ensure_ascii=False)
    if args.summary:
        with open(args.summary, "w", encoding="utf-8") as fh:
            fh.write(summary)
    if not args.quiet:
        o = report["overall"]["all"]
        print("%d/%d passed (%.2f%%), %d skipped" % (o["pass"], o["total"], o["rate"], report["skipped"]))
    return 0


if __name__ == "__main__":
    sys.exit(main())
