"""``serve --workers N``: pre-forked server processes and their supervisor.

With one worker (the default) the server runs in this process. With N > 1
(``0`` = one per core) the parent:

1. checks the address can be bound; each worker then binds its own socket
   to it with ``SO_REUSEPORT``, so the kernel spreads new connections evenly
   over the workers (with one socket shared by all, the worker that wakes
   first takes a whole burst: Tornado accepts up to 128 connections per
   wake-up). Where ``SO_REUSEPORT`` is missing the parent binds one socket
   and the workers share it;
2. compiles every script under the root into the compile cache, so workers
   load them instead of compiling each its own copy (scripts added later are
   compiled by the first worker that needs them, under a file lock, see
   :func:`serialize_compiles`);
3. forks N workers, each running its own event loop (``--loop``) and its own
   fairness ticker, DB connection and compile memo;
4. supervises: a worker that dies is restarted with a log line naming it and
   how it died; SIGTERM/SIGINT is passed on to every worker, which drains
   (ajgi_tx/drain.py), and the parent exits 0 once they are gone (workers
   still alive ``shutdown_grace`` + 10 s later are killed).

The parent never starts an event loop: it waits in ``sigtimedwait`` with
SIGCHLD/SIGTERM/SIGINT blocked, so it costs no CPU while workers serve.
"""

import errno
import fcntl
import hashlib
import logging
import os
import sys
import signal
import socket
import time

from ajgi_tx import metrics

log = logging.getLogger("ajgi_tx.workers")

REUSE_PORT = hasattr(socket, "SO_REUSEPORT")
# A worker that dies within RESTART_WINDOW_S of its start is restarted only
# after RESTART_BACKOFF_S: one that cannot start must not make us fork in a loop.
RESTART_WINDOW_S = 5.0
RESTART_BACKOFF_S = 1.0
KILL_AFTER_GRACE_S = 10.0
_SIGNALS = {signal.SIGCHLD, signal.SIGTERM, signal.SIGINT}


def worker_count(n):
    """Workers for ``--workers n``: ``0`` is one per usable core."""
    if n is None or n < 0:
        raise ValueError("--workers must be 0 (one per core) or more")
    if n == 0:
        return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1)
    return n


def serve(config):
    """Runs the server per ``config``; returns the exit status."""
    from ajgi_tx import loops
    from ajgi_tx.server import _serve_forever
    from runtime.agi.db import check_url

    try:
        n = worker_count(config.workers)
        loops.resolve(config.loop)
        check_url(config.db_url)  # BadDBURL is a ValueError
    except (ValueError, loops.LoopUnavailable) as e:
        print("ajgi_tx: %s" % e, file=sys.stderr)
        return 2
    if n > 1 and config.port == 0:
        print("ajgi_tx: --workers needs a fixed --port (each worker binds it)", file=sys.stderr)
        return 2
    import tornado.netutil

    try:
        sockets = tornado.netutil.bind_sockets(config.port, config.host, reuse_port=n > 1 and REUSE_PORT)
    except OSError as e:
        print("ajgi_tx: cannot listen on %s:%d: %s" % (config.host, config.port, e.strerror or e),
              file=sys.stderr)
        return 2
    if n == 1:
        try:
            loops.run(_serve_forever(config, sockets), config.loop)
        except KeyboardInterrupt:
            pass
        return 0
    if REUSE_PORT:
        for s in sockets:  # only a check: each worker binds its own
            s.close()
        sockets = None
    precompile(config)
    metrics_dir = metrics.use_multiprocess_dir()  # workers' metrics summed (ajgi_tx/metrics.py)
    try:
        return Supervisor(config, sockets, n).run()
    finally:
        metrics.remove_multiprocess_dir(metrics_dir)


def cache_dir_of(config):
    """The compile cache the server uses, or None when it is memory only."""
    from ajgi_tx import cache

    if config.cache_dir == "-":
        return None
    return cache.resolve_cache_dir(config.cache_dir or None, config.root)


def precompile(config):
    """Compiles every script under the root into the cache (before fork).
    Returns (compiled or found, failed) counts; failures are reported when a
    request runs the script, as without workers."""
    from ajgi_tx.cli_compile import compile_one, find_scripts

    cdir = cache_dir_of(config)
    if cdir is None:
        return 0, 0
    t0 = time.perf_counter()
    found, _ = find_scripts([config.root], cdir)
    ok = failed = 0
    for path, d in found:
        _, status, _ = compile_one(path, d)
        if status == "failed":
            failed += 1
        else:
            ok += 1
    log.info("precompiled %d script(s) under %s in %.2f s (%d do not compile)", ok, config.root,
             time.perf_counter() - t0, failed)
    return ok, failed


def serialize_compiles(server):
    """Makes ``server.compile`` (AGIServer) take a file lock in the compile
    cache the first time this process loads a script version, so when
    several workers need a new script at once one compiles it and the others
    then read the cache entry it wrote. Later loads of the same version skip
    the lock (one ``os.stat``, as the server's own memo)."""
    cdir = cache_dir_of(server.config)
    if cdir is None:
        return
    inner = server.compile
    seen = {}

    def compile(path):
        st = os.stat(path)
        sig = (st.st_mtime_ns, st.st_size, st.st_ino)
        if seen.get(path) == sig:
            return inner(path)
        with _file_lock(cdir, path):
            compiled = inner(path)
        if len(seen) > 4096:
            seen.clear()
        seen[path] = sig
        return compiled

    server.compile = compile


class _file_lock:
    """An exclusive ``flock`` on ``<cache>/.locks/<sha1(path)>`` (no-op
    when the cache directory cannot be written)."""

    def __init__(self, cache_dir, path):
        self.path = os.path.join(cache_dir, ".locks", hashlib.sha1(path.encode("utf-8", "surrogatepass")).hexdigest())
        self.fd = None

    def __enter__(self):
        try:
            os.makedirs(os.path.dirname(self.path), exist_ok=True)
            self.fd = os.open(self.path, os.O_CREAT | os.O_RDWR, 0o644)
            fcntl.flock(self.fd, fcntl.LOCK_EX)
        except OSError:
            if self.fd is not None:
                os.close(self.fd)
                self.fd = None
        return self

    def __exit__(self, *exc):
        if self.fd is not None:
            os.close(self.fd)  # closing releases the lock
        return False


class Supervisor:
    """Forks and keeps ``n`` workers serving ``sockets`` (None: each
    worker binds its own with ``SO_REUSEPORT``)."""

    def __init__(self, config, sockets, n):
        self.config = config
        self.sockets = sockets
        self.n = n
        self.children = {}  # pid -> (worker number, start time)
        self.stopping = False
        self.parent = os.getpid()

    def run(self):
        signal.pthread_sigmask(signal.SIG_BLOCK, _SIGNALS)
        for i in range(self.n):
            self._spawn(i)
        log.info("supervisor (pid %d): %d workers on http://%s:%d", os.getpid(), self.n,
                 self.config.host, self.config.port)
        deadline = None
        while self.children:
            timeout = 1.0 if deadline is None else max(0.01, deadline - time.monotonic())
            info = signal.sigtimedwait(_SIGNALS, timeout)
            if info is not None and info.si_signo in (signal.SIGTERM, signal.SIGINT) and not self.stopping:
                self.stopping = True
                deadline = time.monotonic() + max(0.0, self.config.shutdown_grace) + KILL_AFTER_GRACE_S
                log.info("supervisor: %s, stopping %d workers", signal.Signals(info.si_signo).name,
                         len(self.children))
                for pid in self.children:
                    _kill(pid, signal.SIGTERM)
            self._reap()
            if deadline is not None and time.monotonic() >= deadline and self.children:
                log.warning("supervisor: %d worker(s) still running after the grace period: killed",
                            len(self.children))
                for pid in list(self.children):
                    _kill(pid, signal.SIGKILL)
                deadline = time.monotonic() + 5.0
        for s in self.sockets or ():
            s.close()
        log.info("supervisor: all workers stopped")
        return 0

    def _reap(self):
        while self.children:
            try:
                pid, status = os.waitpid(-1, os.WNOHANG)
            except ChildProcessError:
                self.children.clear()
                return
            if pid == 0:
                return
            if pid not in self.children:
                continue
            index, started = self.children.pop(pid)
            metrics.worker_gone(pid)  # its open-sessions gauge stops counting
            if self.stopping:
                continue
            log.warning("worker %d (pid %d) %s; restarting it", index, pid, _how(status))
            if time.monotonic() - started < RESTART_WINDOW_S:
                time.sleep(RESTART_BACKOFF_S)
            self._spawn(index)

    def _spawn(self, index):
        pid = os.fork()
        if pid:
            self.children[pid] = (index, time.monotonic())
            return
        code = 1
        try:
            signal.pthread_sigmask(signal.SIG_SETMASK, ())
            for sig in (signal.SIGTERM, signal.SIGINT, signal.SIGCHLD):
                signal.signal(sig, signal.SIG_DFL)
            _term_when_orphaned(self.parent)
            code = _worker_main(self.config, self.sockets, index)
        except BaseException:
            log.exception("worker %d (pid %d) failed", index, os.getpid())
        finally:
            logging.shutdown()
            os._exit(code)


def _worker_main(config, sockets, index):
    from ajgi_tx import loops
    from ajgi_tx.server import _serve_forever

    if sockets is None:
        import tornado.netutil

        sockets = tornado.netutil.bind_sockets(config.port, config.host, reuse_port=True)
    loops.run(_serve_forever(config, sockets, worker=index), config.loop)
    return 0


def _term_when_orphaned(parent):
    """SIGTERM this worker (it drains) when the supervisor dies, even by
    SIGKILL: orphaned workers would keep the port and serve an old
    configuration forever. Linux ``prctl(PR_SET_PDEATHSIG)``; elsewhere the
    workers outlive a killed supervisor."""
    try:
        import ctypes

        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(1, int(signal.SIGTERM), 0, 0, 0)  # PR_SET_PDEATHSIG
    except (OSError, AttributeError):
        return
    if os.getppid() != parent:  # the supervisor died before prctl took effect
        os.kill(os.getpid(), signal.SIGTERM)


def _how(status):
    if os.WIFSIGNALED(status):
        return "was killed by %s" % signal.Signals(os.WTERMSIG(status)).name
    return "exited with status %d" % os.WEXITSTATUS(status)


def _kill(pid, sig):
    try:
        os.kill(pid, sig)
    except OSError as e:
        if e.errno != errno.ESRCH:
            raise
