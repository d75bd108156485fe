"""One user's storage usage, kept current without walking the folder on
each write, and the bytes that writes in flight have reserved; shared by
the I/O threads of a process and by every process (``--workers``, or two
servers) on the data directory.

The figure lives in a small JSON file per user,
``<data_dir>/quota-usage/<user>.json``, read and rewritten in place only
under an exclusive ``flock`` of that file (and a thread lock, so the
threads of one process queue in Python rather than in the kernel; one
open file per step, no temporary file: creating files is the slow part
of a small write)::

    {"used": bytes, "counted_at": unix time, "root_mtime": ns,
     "holds": {token: [pid, process_tag, bytes, since]}}

``used`` is seeded by one walk of the folder (:func:`users.folder_bytes`,
in the I/O thread that asks first) and then moved by the libraries' own
writes and deletes (:meth:`Ledger.settle`). It is walked again when stale:
older than :data:`RECOUNT_SECONDS`, or the folder's own mtime changed
(something outside the libraries added or removed an entry at its top;
changes deeper down are noticed within the TTL). It is never walked
while a write is in flight (holds an entry, even of 0 bytes): the walk
would count a half-written file, or miss a removed one, that the write's
settle then counts again.

A hold is taken under the lock with the check (ArozOS's ``HaveSpace``
against ``used`` plus every other hold), so two writes racing for the
last bytes cannot both pass. A hold of a process that died (its pid gone,
or reused by a process with another tag) or older than
:data:`HOLD_MAX_SECONDS` is dropped when the ledger is next read.
"""

import contextlib
import json
import os
import threading
import time
import uuid

try:
    import fcntl
except ImportError:  # not POSIX: the thread lock alone (one process per data directory)
    fcntl = None

LEDGER_DIR = "quota-usage"  # under the data directory; no storage root maps there
# a usage figure older than this is walked again (catches changes made
# beside the libraries, deeper than the folder's top level)
RECOUNT_SECONDS = 300.0
# a hold older than this is dropped (the largest library write, a 256 MiB
# extraction, ends long before)
HOLD_MAX_SECONDS = 3600.0
PROCESS_TAG = uuid.uuid4().hex[:12]  # tells this process from an earlier one with the same pid

_thread_locks = {}
_thread_locks_guard = threading.Lock()


def _thread_lock(path):
    with _thread_locks_guard:
        lock = _thread_locks.get(path)
        if lock is None:
            lock = _thread_locks[path] = threading.Lock()
        return lock


def _alive(pid, tag):
    if pid == os.getpid():
        return tag == PROCESS_TAG
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:  # exists, another user's process
        return True
    return True


def _mtime_ns(folder):
    try:
        return os.stat(folder).st_mtime_ns
    except OSError:
        return None


def _read_all(fd):
    chunks = []
    while True:
        chunk = os.pread(fd, 65536, sum(map(len, chunks)))
        if not chunk:
            return b"".join(chunks)
        chunks.append(chunk)


def _parse(raw):
    try:
        state = json.loads(raw)
        if isinstance(state, dict) and isinstance(state.get("holds"), dict):
            return state
    except ValueError:
        pass
    return {"used": None, "counted_at": 0, "root_mtime": None, "holds": {}}  # new or torn: walk


class Ledger:
    """The usage file of the user whose ``user:/`` folder is ``folder``
    (plain data: usable in any thread)."""

    def __init__(self, folder, path):
        self.folder = folder
        self.path = path

    @classmethod
    def for_user(cls, data_dir, name, folder):
        return cls(folder, os.path.join(data_dir, LEDGER_DIR, name + ".json"))

    @contextlib.contextmanager
    def _state(self):
        """The ledger, locked against every other thread and process;
        written back (in place, under the lock) when changed."""
        with _thread_lock(self.path):
            os.makedirs(os.path.dirname(self.path), exist_ok=True)
            fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o600)
            try:
                if fcntl is not None:
                    fcntl.flock(fd, fcntl.LOCK_EX)
                raw = _read_all(fd)
                state = _parse(raw)
                yield state
                text = json.dumps(state, sort_keys=True).encode()
                if text != raw:
                    os.pwrite(fd, text, 0)
                    os.ftruncate(fd, len(text))
            finally:
                os.close(fd)  # releases the flock

    def _fresh(self, state):
        """Drops dead holds; walks the folder when the figure is stale and
        no write is in flight."""
        from runtime.agi.users import folder_bytes

        now = time.time()
        holds = state["holds"]
        for token, (pid, tag, _, since) in list(holds.items()):
            if not _alive(pid, tag) or not 0 <= now - since < HOLD_MAX_SECONDS:
                del holds[token]
        mtime = _mtime_ns(self.folder)
        stale = (state["used"] is None or not 0 <= now - state["counted_at"] < RECOUNT_SECONDS
                 or mtime != state["root_mtime"])
        if stale and not holds:
            state["used"] = folder_bytes(self.folder)
            state["counted_at"] = now
            state["root_mtime"] = mtime
        return state["used"] or 0

    def used(self):
        """Bytes in the folder (walked first when stale)."""
        with self._state() as state:
            return self._fresh(state)

    def committed(self):
        """Bytes in the folder plus every hold."""
        with self._state() as state:
            return self._fresh(state) + sum(h[2] for h in state["holds"].values())

    def claim(self, token, size, total):
        """Holds ``size`` bytes for write ``token`` (its whole size so far)
        if ``size < total - used - the other holds`` (ArozOS HaveSpace);
        False, holding nothing new, otherwise. ``total`` None: no check
        (a write that only registers)."""
        with self._state() as state:
            used = self._fresh(state)
            others = sum(h[2] for t, h in state["holds"].items() if t != token)
            if total is not None and not size < total - used - others:
                return False
            held = state["holds"].get(token)
            since = held[3] if held else time.time()
            state["holds"][token] = [os.getpid(), PROCESS_TAG, max(size, held[2] if held else 0), since]
            return True

    def settle(self, token, delta):
        """Ends write ``token``: its hold goes, ``used`` moves by the bytes
        it added (negative: removed)."""
        with self._state() as state:
            state["holds"].pop(token, None)
            if state["used"] is not None:
                state["used"] = max(0, state["used"] + delta)
                # the folder's mtime moved by this write, not by something beside it
                # (a change made beside it at the same moment waits for the TTL)
                state["root_mtime"] = _mtime_ns(self.folder)
