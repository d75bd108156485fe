"""Shared helpers for the benchmark suites: paths, engine discovery, process timing, output."""
import datetime
import json
import os
import platform
import resource
import shutil
import socket
import statistics
import subprocess
import sys
import time

BENCH = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(BENCH)
RESULTS = os.path.join(BENCH, "results")
PY = sys.executable

# Where ottorun/ottows may have been built (bench/README.md, "otto"): $OTTO_BIN, or a folder
# oracle-bin beside the checkout; --otto-bin DIR overrides both.
OTTO_DIRS = [os.environ.get("OTTO_BIN", ""), os.path.join(REPO, "..", "oracle-bin")]


def find_otto(name, otto_bin=None):
    """Path of an executable ottorun/ottows, or None when it has not been built."""
    for d in ([otto_bin] if otto_bin else []) + OTTO_DIRS:
        if d:
            p = os.path.join(d, name)
            if os.path.isfile(p) and os.access(p, os.X_OK):
                return os.path.abspath(p)
    return None


def bench_env():
    """Environment for engine subprocesses: repo importable, UTC, no stray bytecode writes."""
    env = dict(os.environ)
    env["PYTHONPATH"] = REPO + (os.pathsep + env["PYTHONPATH"] if env.get("PYTHONPATH") else "")
    env["TZ"] = "UTC"
    env.setdefault("PYTHONDONTWRITEBYTECODE", "1")
    return env


def run_process(cmd, timeout, cwd=REPO, env=None, stdin=None):
    """Run cmd to completion; wall seconds and user+sys CPU of the child (getrusage deltas).

    Only one child runs at a time here, so the RUSAGE_CHILDREN delta is that child's usage
    (a killed child is reaped by subprocess.run before the second reading).
    """
    r0 = resource.getrusage(resource.RUSAGE_CHILDREN)
    t0 = time.perf_counter()
    timed_out = False
    try:
        p = subprocess.run(cmd, cwd=cwd, env=env or bench_env(), stdin=stdin or subprocess.DEVNULL,
                           capture_output=True, timeout=timeout)
        rc, out, err = p.returncode, p.stdout, p.stderr
    except subprocess.TimeoutExpired as exc:
        timed_out, rc, out, err = True, None, exc.stdout or b"", exc.stderr or b""
    except OSError as exc:
        rc, out, err = None, b"", str(exc).encode()
    wall = time.perf_counter() - t0
    r1 = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (r1.ru_utime - r0.ru_utime) + (r1.ru_stime - r0.ru_stime)
    return {"wall_s": wall, "cpu_s": cpu, "rc": rc, "timed_out": timed_out,
            "stdout": out.decode("utf-8", "replace"), "stderr_tail": tail(err.decode("utf-8", "replace"))}


def tail(text, lines=3, width=300):
    return " | ".join(text.strip().splitlines()[-lines:])[-width:]


def median(vals):
    vals = [v for v in vals if v is not None]
    return statistics.median(vals) if vals else None


def free_port():
    """A free TCP port on 127.0.0.1 (released immediately; the server binds it next)."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_port(port, proc, timeout):
    """True once 127.0.0.1:port accepts connections; False if proc exits or time runs out."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            return False
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=0.5):
                return True
        except OSError:
            time.sleep(0.1)
    return False


def version_of(cmd):
    try:
        p = subprocess.run(cmd, capture_output=True, timeout=10)
        return (p.stdout or p.stderr).decode().strip().splitlines()[0] if p.returncode == 0 else None
    except (OSError, subprocess.TimeoutExpired, IndexError):
        return None


def dpkg_version(pkg):
    return version_of(["dpkg-query", "-W", "-f=${Version}", pkg])


def machine_info():
    """What a reader needs to compare runs: date, cores, load, versions."""
    info = {
        "date": datetime.datetime.now().astimezone().isoformat(timespec="seconds"),
        "cores": os.cpu_count(), "platform": platform.platform(), "python": platform.python_version(),
        "loadavg": os.getloadavg(), "node": version_of(["node", "--version"]) if shutil.which("node") else None,
        "otto_deb": dpkg_version("golang-github-robertkrimen-otto-dev"),
        "gorilla_deb": dpkg_version("golang-github-gorilla-websocket-dev"),
        "git_rev": version_of(["git", "-C", REPO, "rev-parse", "--short", "HEAD"]),
    }
    try:
        with open("/proc/cpuinfo") as fh:
            info["cpu_model"] = next((ln.split(":", 1)[1].strip() for ln in fh if ln.startswith("model name")), None)
    except OSError:
        pass
    for mod in ("tornado", "js2py", "uvloop"):
        try:
            m = __import__(mod)
            info[mod] = getattr(m, "version", None) or getattr(m, "__version__", "installed")
        except Exception:
            info[mod] = None
    return info


def save_results(suite, payload):
    """Write bench/results/<suite>-<timestamp>.json and return its path."""
    os.makedirs(RESULTS, exist_ok=True)
    stamp = datetime.datetime.now().strftime("%Y%m%d-%H%M%S")
    path = os.path.join(RESULTS, f"{suite}-{stamp}.json")
    with open(path, "w") as fh:
        json.dump(payload, fh, indent=1, default=str)
    return path


def fmt(v, digits=1, unit=""):
    if v is None:
        return "n/a"
    if isinstance(v, str):
        return v
    if abs(v) >= 1000 and digits <= 1:
        return f"{v:,.0f}{unit}"
    return f"{v:.{digits}f}{unit}"


def print_table(headers, rows, out=sys.stdout):
    """A plain fixed-width table (first column left-aligned, others right-aligned)."""
    cells = [[str(c) for c in r] for r in rows]
    widths = [max(len(str(h)), *(len(r[i]) for r in cells)) if cells else len(str(h))
              for i, h in enumerate(headers)]
    line = "  ".join(str(h).ljust(w) if i == 0 else str(h).rjust(w) for i, (h, w) in enumerate(zip(headers, widths)))
    print(line, file=out)
    print("-" * len(line), file=out)
    for r in cells:
        print("  ".join(c.ljust(w) if i == 0 else c.rjust(w) for i, (c, w) in enumerate(zip(r, widths))), file=out)
    out.flush()


def loud(msg):
    bar = "!" * 78
    print(f"\n{bar}\n!!! {msg}\n{bar}\n", file=sys.stderr, flush=True)
