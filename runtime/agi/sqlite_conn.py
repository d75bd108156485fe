"""The thread side of the AGI ``sqlite`` library: one SQLite connection
whose statements run in a small pool of threads while the script waits
(:func:`runtime.agi.offload.off_loop`), so a long statement holds no other
request. Nothing here touches JS values or the realm: ``lib_sqlite`` turns
arguments into Python data before and results into JS values after, on the
loop thread.

Example (what ``lib_sqlite`` does)::

    conn = Connection(path, room)               # room: DatabaseRoom or None
    off_loop(conn.open, executor=pool())
    result = off_loop(conn.run, sql, params, 2.0, executor=pool(),
                      on_cancel=conn.interrupt)  # a Result
    close_soon(conn)                             # at the end of the script

Why a shared pool and a lock per connection, not a thread per connection:
a server runs up to ``--max-scripts`` runs at once, each may open several
databases; threads stay bounded by :data:`SQLITE_THREADS`. A script waits
for each of its statements, so two statements of one connection never
overlap; the lock orders the close at the end of a run after a statement
that was still running when the script was cancelled.

How a statement is stopped:

* its CPU limit: a progress handler, every :data:`PROGRESS_OPS` virtual
  machine steps (a few ms), compares the thread's CPU time with the
  statement's deadline. A larger step would stop later; a smaller one makes
  the thread take the GIL more often (the handler is Python code);
* the script's end (client gone, shutdown, force-stop): ``interrupt()``
  from the loop thread (``sqlite3_interrupt`` is safe from any thread).

Growth under the user's storage quota: before each statement the connection
sets ``PRAGMA max_page_count`` to the pages the quota leaves for this
database (:class:`DatabaseRoom`); a statement that would grow the file
further fails with SQLITE_FULL, which SQLite rolls back (the statement, or
the whole transaction), so the database stays consistent. Setting it before
every statement also undoes a script's own ``PRAGMA max_page_count``.
"""

import concurrent.futures
import os
import sqlite3
import threading
import time

from runtime.agi.users import folder_bytes

SQLITE_THREADS = 8     # statements of different connections at once
PROGRESS_OPS = 100000  # VM steps between CPU-limit checks (~4 ms of CPU)
BUSY_SECONDS = 0.1     # a locked database waits this long, then "database is locked"
MAX_ROWS = 100000      # rows one query may return
# The write-ahead log is cut back to this after a checkpoint (SQLite keeps
# the file at its largest size otherwise): it is transient, but while it
# lies in the user's folder it counts in the quota of every other write.
WAL_KEEP_BYTES = 1 << 20
MIN_CHECKPOINT_PAGES = 8  # under a tiny quota, checkpoint no more often than this

_pool = None
_closer = None
_pools_lock = threading.Lock()


def pool():
    """The statement threads (created on first use)."""
    global _pool
    with _pools_lock:
        if _pool is None:
            _pool = concurrent.futures.ThreadPoolExecutor(SQLITE_THREADS, thread_name_prefix="ajgi-sqlite")
        return _pool


def _closer_thread():
    """One thread that closes connections at the end of runs: a close waits
    for its connection's lock and checkpoints the log, and must not queue
    behind a full statement pool."""
    global _closer
    with _pools_lock:
        if _closer is None:
            _closer = concurrent.futures.ThreadPoolExecutor(1, thread_name_prefix="ajgi-sqlite-close")
        return _closer


class Closed(Exception):
    """A statement on a connection already closed."""


class CpuLimit(Exception):
    """The statement used the CPU it was given."""


class QuotaReached(Exception):
    """The statement would have grown the database past the quota."""


class Result:
    """What one statement gave: column names (None: no result set), rows
    (plain tuples), ``lastrowid``, ``rowcount``."""

    __slots__ = ("columns", "rows", "lastrowid", "rowcount")

    def __init__(self, columns, rows, lastrowid, rowcount):
        self.columns = columns
        self.rows = rows
        self.lastrowid = lastrowid
        self.rowcount = rowcount


class DatabaseRoom:
    """The bytes one database file may take under the user's quota: the
    quota less everything else the quota counts (the database's own file,
    log and shared-memory index are not "else" when they lie in the counted
    folder). Holds plain data: used in the statement threads.

    The room does not change as the database itself grows, only with the
    user's other files, so it is measured (a walk of the user's folder, some
    ms for thousands of files) at most every :data:`RECOUNT_SECONDS`: files
    written meanwhile by other scripts or libraries count from the next
    measure (the quota module admits the same race between two writes)."""

    RECOUNT_SECONDS = 1.0

    def __init__(self, quota, path):
        self.quota = quota
        self.path = path
        folder = quota.folder
        self.counted = bool(folder) and os.path.realpath(path).startswith(folder.rstrip(os.sep) + os.sep)
        self._room = None
        self._measured = 0.0

    def measure(self):
        used = folder_bytes(self.quota.folder) if self.quota.folder else 0
        if self.counted:
            for suffix in ("", "-wal", "-shm", "-journal"):
                try:
                    used -= os.stat(self.path + suffix).st_size
                except OSError:
                    pass
        return self.quota.total - used

    def bytes_for_database(self):
        now = time.monotonic()
        if self._room is None or now - self._measured >= self.RECOUNT_SECONDS:
            self._room, self._measured = self.measure(), now
        return self._room


class Connection:
    """One ``sqlite.open()`` handle. :meth:`open`, :meth:`run` and
    :meth:`close` run in a statement thread (or in place outside a server);
    :meth:`interrupt` on the loop thread."""

    def __init__(self, path, room=None):
        self.path = path
        self.room = room          # a DatabaseRoom, or None: no quota applies
        self.lock = threading.Lock()
        self.db = None
        self.closed = False       # set on the loop thread when the script closes it
        self.running = False      # a statement is under way
        self.deadline = 0.0       # thread CPU time at which the statement stops
        self.stopped_for_cpu = False
        self.stop = False         # the script ended: no statement may run on
        self.page_size = 4096

    # -- in a statement thread ------------------------------------------------------------

    def open(self):
        db = sqlite3.connect(self.path, timeout=BUSY_SECONDS, isolation_level=None,
                             check_same_thread=False)
        try:
            db.setlimit(sqlite3.SQLITE_LIMIT_ATTACHED, 0)  # no ATTACH, no VACUUM INTO
            db.execute("PRAGMA journal_mode=WAL")
            db.execute("PRAGMA synchronous=NORMAL")
            db.execute("PRAGMA journal_size_limit=%d" % WAL_KEEP_BYTES)
            self.page_size = db.execute("PRAGMA page_size").fetchone()[0]
            if self.room is not None:
                self._keep_log_small(db)
            db.set_progress_handler(self._over_time, PROGRESS_OPS)
        except BaseException:
            db.close()
            raise
        self.db = db

    def _keep_log_small(self, db):
        """Under a quota: checkpoint the log once it holds a quarter of the
        database's room (SQLite's default, 1000 pages = 4 MiB, could be
        more than a small quota) and cut it back to that size afterwards,
        so the transient log does not crowd out the user's other writes."""
        pages = max(self.room.bytes_for_database(), 0) // self.page_size // 4
        pages = max(MIN_CHECKPOINT_PAGES, min(1000, pages))
        db.execute("PRAGMA wal_autocheckpoint=%d" % pages)
        db.execute("PRAGMA journal_size_limit=%d" % (pages * self.page_size))

    def _over_time(self):
        if self.stop:  # an interrupt() that came before the statement's first step
            return 1
        if time.thread_time() > self.deadline:
            self.stopped_for_cpu = True
            return 1
        return 0

    def _limit_growth(self):
        """max_page_count from the room the quota leaves (SQLite keeps the
        current size when asked for less: the file never has to shrink)."""
        room = self.room.bytes_for_database()
        pages = max(room - 1, 0) // self.page_size  # HaveSpace: size < room
        self.db.execute("PRAGMA max_page_count=%d" % pages)

    def run(self, sql, params, cpu_seconds):
        """Runs one statement with ``cpu_seconds`` of this thread's CPU.
        Raises Closed, CpuLimit, QuotaReached, or the sqlite3 error."""
        with self.lock:
            if self.db is None or self.stop:
                raise Closed()
            self.running = True
            self.stopped_for_cpu = False
            try:
                if self.room is not None:
                    self._limit_growth()
                self.deadline = time.thread_time() + cpu_seconds
                cur = self.db.execute(sql, params)
                try:
                    columns = [d[0] for d in cur.description] if cur.description else None
                    rows = cur.fetchmany(MAX_ROWS + 1) if columns is not None else []
                    return Result(columns, rows, cur.lastrowid, cur.rowcount)
                finally:
                    cur.close()
            except sqlite3.OperationalError as e:
                if self.stopped_for_cpu:
                    raise CpuLimit() from None
                if self.room is not None and getattr(e, "sqlite_errorcode", None) == sqlite3.SQLITE_FULL:
                    raise QuotaReached() from None
                raise
            finally:
                self.running = False

    def close(self):
        """Closes the connection (an open transaction is rolled back) once
        no statement runs."""
        with self.lock:
            if self.db is not None:
                db, self.db = self.db, None
                db.close()

    # -- on the loop thread ------------------------------------------------------------------

    def interrupt(self):
        """Stops the running statement soon (it fails with "interrupted"),
        and any later one (the script has ended). ``sqlite3_interrupt``
        alone would be lost if it came before the statement's first step:
        the progress handler also looks at ``stop``."""
        self.stop = True
        db = self.db
        if db is not None and self.running:
            try:
                db.interrupt()
            except sqlite3.ProgrammingError:  # closed meanwhile
                pass


def close_soon(conn):
    """Interrupts ``conn``'s statement if one runs and closes it in the
    closer thread (without waiting: the script's answer does not wait for
    the checkpoint a close may do)."""
    conn.closed = True
    conn.interrupt()
    try:
        _closer_thread().submit(conn.close)
    except RuntimeError:  # the interpreter is shutting down: no new threads
        conn.close()
