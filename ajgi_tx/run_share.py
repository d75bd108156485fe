"""The running-scripts list and force-stop across ``--workers``.

Each worker publishes its runs (ajgi_tx/running.py) every
:data:`INTERVAL_S` as ``<dir>/scripts/<pid>.json``, and picks up stop
requests ``<dir>/scripts/stop-<id>`` left there by whichever worker's
admin listener was asked (the admin port is shared with ``SO_REUSEPORT``,
so any worker may answer). ``<dir>`` is the metrics multi-process
directory the supervisor made (ajgi_tx/metrics.py). So a listing is at most
INTERVAL_S old for other workers' runs, and a stop takes effect within it.

With one process (no such directory) everything here is a no-op and the
admin API sees this process's runs only, directly.
"""

import json
import os
import time

from ajgi_tx import metrics, running

INTERVAL_S = 0.25
STALE_STOP_S = 10.0  # a stop request no worker picked up (the run had ended) is dropped


def shared_dir():
    base = os.environ.get(metrics.MULTIPROC_ENV)
    return os.path.join(base, "scripts") if base else None


def tick():
    """Publishes this worker's runs and performs stop requests meant for them."""
    d = shared_dir()
    if d is None:
        return
    os.makedirs(d, exist_ok=True)
    tmp = os.path.join(d, ".%d.tmp" % os.getpid())
    with open(tmp, "w") as f:
        json.dump(running.listing(), f)
    os.replace(tmp, os.path.join(d, "%d.json" % os.getpid()))
    now = time.time()
    for name in os.listdir(d):
        if not name.startswith("stop-"):
            continue
        path = os.path.join(d, name)
        run_id = name[len("stop-"):]
        if run_id in running.RUNS:
            try:
                with open(path) as f:
                    who = f.read()
                os.unlink(path)  # only one worker gets to unlink it
            except OSError:
                continue
            running.stop(run_id, who)
        else:
            try:
                if now - os.stat(path).st_mtime > STALE_STOP_S:
                    os.unlink(path)
            except OSError:
                pass


def listing():
    """Every worker's runs (this one's live, the others' as last published)."""
    runs = running.listing()
    d = shared_dir()
    if d is None or not os.path.isdir(d):
        return runs
    me = os.getpid()
    for name in os.listdir(d):
        if not name.endswith(".json") or name.startswith("."):
            continue
        try:
            pid = int(name[:-5])
        except ValueError:
            continue
        if pid == me or not _alive(pid):
            continue
        try:
            with open(os.path.join(d, name)) as f:
                runs.extend(json.load(f))
        except (OSError, ValueError):
            continue
    return sorted(runs, key=lambda r: r["started"])


def request_stop(run_id, who):
    """Asks the other workers to stop ``run_id``; False when there are none."""
    d = shared_dir()
    if d is None:
        return False
    os.makedirs(d, exist_ok=True)
    with open(os.path.join(d, "stop-" + run_id), "w") as f:
        f.write(who)
    return True


def _alive(pid):
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True
