"""``python -m ajgi_tx.compile``: ahead-of-time builds of a script tree.

In the spirit of ``python -m compileall``::

    python -m ajgi_tx.compile web/                 # fill web/.ajgi_cache
    python -m ajgi_tx.compile -j 0 -q web/ apps/   # all cores, errors only
    python -m ajgi_tx.compile --check web/         # compile, write nothing
    python -m ajgi_tx.compile --dump scopes x.js   # debug one script

Every ``.js``/``.agi`` file under the paths is compiled into the compile
cache (see :mod:`ajgi_tx.cache`; ``--cache-dir`` or $AJGI_CACHE_DIR, else
``<PATH>/.ajgi_cache`` for a directory argument and ``<dir>/.ajgi_cache``
for a file argument). Errors are printed to stderr as ``FILE:LINE:COL:
message`` with a code frame; a summary line goes to stdout. Exit status:
0 when everything compiled, 1 when anything failed, 2 for usage errors.
"""

import argparse
import concurrent.futures
import json
import os
import sys
import time

from ajgi_tx import cache
from ajgi_tx.errors import CompileError

EXTENSIONS = (".js", ".agi")
SKIP_DIRS = frozenset((cache.DEFAULT_DIRNAME, "__pycache__", ".git", "node_modules"))
PROGRESS_MIN = 50  # a tree at least this large shows progress on a terminal


def find_scripts(paths, cache_dir=None):
    """``[(script, cache dir)]`` for every script under ``paths`` (sorted per
    argument), plus ``[(path, message)]`` for arguments that do not exist."""
    found, missing = [], []
    for p in paths:
        if os.path.isdir(p):
            cdir = cache.resolve_cache_dir(cache_dir, root=p)
            for dirpath, dirnames, filenames in os.walk(p):
                dirnames[:] = sorted(d for d in dirnames if d not in SKIP_DIRS)
                for name in sorted(filenames):
                    if name.endswith(EXTENSIONS):
                        found.append((os.path.join(dirpath, name), cdir))
        elif os.path.isfile(p):
            found.append((p, cache.resolve_cache_dir(cache_dir, script_path=p)))
        else:
            missing.append((p, "no such file or directory"))
    return found, missing


def compile_one(path, cache_dir, force=False, check=False):
    """Compiles one script; returns ``(path, status, error text or None)``
    with status ``compiled``, ``cached``, ``checked`` or ``failed``. Runs in
    worker processes, so it takes and returns plain values."""
    try:
        source = cache.read_script(path)
    except (OSError, UnicodeDecodeError) as e:
        return path, "failed", "%s: cannot read: %s" % (path, getattr(e, "strerror", None) or e)
    try:
        script = cache.compile_text(source, path, cache_dir, force=force, write=not check)
    except CompileError as e:
        return path, "failed", e.format()
    except RecursionError:
        return path, "failed", "%s:1:1: script nests too deeply to compile" % path
    status = script.status
    if status == "memory":
        status = "checked" if check else "compiled"
    return path, status, None


class Progress:
    """A one-line ``[n/total] path`` progress display on a terminal."""

    def __init__(self, total, stream, enabled):
        self.total = total
        self.stream = stream
        self.enabled = enabled
        self.done = 0
        self.last = 0.0

    def step(self, path):
        self.done += 1
        if not self.enabled:
            return
        now = time.monotonic()
        if now - self.last < 0.1 and self.done < self.total:
            return  # redraw at most ten times a second
        self.last = now
        text = "[%d/%d] %s" % (self.done, self.total, path)
        self.stream.write("\r\x1b[K" + text[:150])
        self.stream.flush()

    def clear(self):
        if self.enabled:
            self.stream.write("\r\x1b[K")
            self.stream.flush()


def build(files, jobs=1, force=False, check=False, progress=None, on_result=None):
    """Compiles ``files`` (``[(path, cache dir)]``), with ``jobs`` worker
    processes when > 1; calls ``on_result(path, status, error)`` per file in
    completion order; returns the list of results."""
    results = []

    def done(res):
        results.append(res)
        if progress is not None:
            progress.step(res[0])
        if on_result is not None:
            on_result(*res)

    if jobs <= 1 or len(files) <= 1:
        for path, cdir in files:
            done(compile_one(path, cdir, force, check))
        return results
    with concurrent.futures.ProcessPoolExecutor(max_workers=jobs) as pool:
        futures = [pool.submit(compile_one, path, cdir, force, check) for path, cdir in files]
        for fut in concurrent.futures.as_completed(futures):
            done(fut.result())
    return results


# -- --dump ------------------------------------------------------------------------

def dump_estree(source, filename):
    """The esprima ESTree as indented JSON."""
    from ajgi_tx.compiler import parse

    program = parse.parse_program(source, filename)
    return json.dumps(program.toDict(), indent=2, default=str)


def _scope_title(scope):
    node = scope.node
    if scope.is_program:
        return "program"
    name = node.id.name if node.id is not None else "<anonymous>"
    kind = "function" if node.type == "FunctionDeclaration" else "function expression"
    return "%s %s (line %d)" % (kind, name, node.loc.start.line if node.loc else 0)


def _binding_line(b):
    flags = [f for f in ("captured", "assigned", "assigned_inner", "slow_global")
             if getattr(b, f)]
    py = b.py_name if b.py_name and b.py_name != b.name else None
    return "%-16s %-10s%s%s" % (b.name, b.kind, " -> " + py if py else "",
                                " [" + ", ".join(flags) + "]" if flags else "")


def dump_scopes(source, filename):
    """A readable listing of every FunctionScope and its Bindings."""
    from ajgi_tx.compiler import analyze

    scopes = analyze(source, filename).scopes
    out = []
    stack = [(scopes.program_scope, 0)]
    while stack:
        scope, depth = stack.pop()
        pad = "  " * depth
        traits = [t for t in ("strict", "dynamic", "uses_arguments", "uses_this",
                              "has_direct_eval", "has_with") if getattr(scope, t)]
        out.append("%s%s%s" % (pad, _scope_title(scope),
                               " [" + ", ".join(traits) + "]" if traits else ""))
        if scope.params:
            out.append("%s  params: %s" % (pad, ", ".join(scope.params)))
        for b in scope.bindings.values():
            out.append("%s  %s" % (pad, _binding_line(b)))
        if scope.self_binding is not None:
            out.append("%s  %s" % (pad, _binding_line(scope.self_binding)))
        for b in scope.catch_bindings:
            out.append("%s  %s" % (pad, _binding_line(b)))
        for child in reversed(scope.children):
            stack.append((child, depth + 1))
    return "\n".join(out)


def dump_effects(source, filename):
    """Which functions are async, and the call mode of every call site."""
    from ajgi_tx.compiler import analyze
    from ajgi_tx.compiler.estree import walk

    a = analyze(source, filename)
    program, scopes, eff = a.program, a.scopes, a.effects
    out = ["all-sync: %s" % ("yes" if eff.all_sync else "no"), "functions:"]
    for scope in sorted(scopes.scopes.values(),
                        key=lambda s: (s.node.loc.start.line, s.node.loc.start.column)
                        if s.node.loc else (0, 0)):
        out.append("  %-5s %s" % ("async" if eff.is_async(scope.node) else "sync",
                                  _scope_title(scope)))
    out.append("calls:")
    for node in walk(program):
        if node.type not in ("CallExpression", "NewExpression"):
            continue
        mode = eff.call_modes.get(id(node), "sync")
        loc = node.loc.start if node.loc else None
        text = source[node.range[0]:node.range[1]] if node.range else node.type
        text = " ".join(text.split())
        if len(text) > 60:
            text = text[:57] + "..."
        out.append("  %d:%d %-5s %s" % (loc.line if loc else 0, (loc.column + 1) if loc else 0,
                                       mode, text))
    return "\n".join(out)


def dump_py(source, filename):
    """The generated Python module (astor)."""
    from ajgi_tx.compiler import compile_source

    return compile_source(source, filename).python_source()


DUMPS = {"estree": dump_estree, "scopes": dump_scopes, "effects": dump_effects, "py": dump_py}


def cmd_dump(kind, path):
    try:
        source = cache.read_script(path)
    except (OSError, UnicodeDecodeError) as e:
        print("%s: cannot read: %s" % (path, getattr(e, "strerror", None) or e), file=sys.stderr)
        return 1
    if sys.getrecursionlimit() < 20000:
        sys.setrecursionlimit(20000)  # toDict() and json recurse over deep trees
    try:
        text = DUMPS[kind](source, path)
    except CompileError as e:
        print(e.format(), file=sys.stderr)
        return 1
    sys.stdout.write(text.rstrip("\n") + "\n")
    return 0


# -- main --------------------------------------------------------------------------

def make_parser():
    p = argparse.ArgumentParser(
        prog="python -m ajgi_tx.compile",
        description="Compile AGI scripts (.js/.agi) into the ajgi_tx compile cache.")
    p.add_argument("paths", nargs="*", metavar="PATH", default=None,
                   help="files or directories (default: the current directory)")
    p.add_argument("-f", dest="force", action="store_true",
                   help="force rebuild even if a cache entry is valid (default off)")
    p.add_argument("-q", dest="quiet", action="store_true",
                   help="output only error messages (default off)")
    p.add_argument("-j", dest="jobs", type=int, default=1, metavar="N",
                   help="worker processes, 0 for one per core (default 1)")
    p.add_argument("--cache-dir", metavar="DIR", default=None,
                   help="cache directory (default: $%s, else PATH/%s)"
                   % (cache.ENV_VAR, cache.DEFAULT_DIRNAME))
    p.add_argument("--check", action="store_true", help="compile but write nothing (default off)")
    p.add_argument("--dump", choices=sorted(DUMPS), default=None,
                   help="print an intermediate form of one script (default: none, compile)")
    return p


def main(argv=None):
    parser = make_parser()
    args = parser.parse_args(argv)
    paths = args.paths or ["."]
    if args.dump:
        if len(paths) != 1 or not os.path.isfile(paths[0]):
            parser.error("--dump takes exactly one script file")
        return cmd_dump(args.dump, paths[0])
    if args.jobs < 0:
        parser.error("-j must be >= 0")
    jobs = args.jobs or (os.cpu_count() or 1)
    start = time.perf_counter()
    files, missing = find_scripts(paths, args.cache_dir)
    for path, message in missing:
        print("%s: %s" % (path, message), file=sys.stderr)
    progress = Progress(len(files), sys.stderr,
                        enabled=not args.quiet and len(files) >= PROGRESS_MIN
                        and sys.stderr.isatty())

    def report(path, status, error):
        if error is not None:
            progress.clear()
            print(error, file=sys.stderr)

    if jobs > 1:
        from ajgi_tx.compiler import load_passes

        load_passes()  # imported once, inherited by forked workers
    results = build(files, jobs, args.force, args.check, progress, report)
    progress.clear()
    counts = {"compiled": 0, "cached": 0, "checked": 0, "failed": len(missing)}
    for _path, status, _error in results:
        counts[status] += 1
    elapsed = time.perf_counter() - start
    if not args.quiet:
        parts = ["%d compiled" % (counts["compiled"] + counts["checked"]),
                 "%d cached" % counts["cached"], "%d failed" % counts["failed"]]
        print("%s%s in %.2fs (%d job%s)" % ("check: " if args.check else "", ", ".join(parts),
                                            elapsed, jobs, "" if jobs == 1 else "s"))
    return 1 if counts["failed"] else 0


if __name__ == "__main__":
    sys.exit(main())
