"""Storage quotas: a write that does not fit in the user's quota is refused
(ArozOS src/mod/quota, checked by ``filelib.writeFile`` in agi.file.go).

The quota (``quota`` in the users file, bytes; -1 unlimited) covers what
``USERQUOTA_USED`` counts: the bytes in the user's ``user:/`` folder, as
the usage ledger keeps them (:mod:`runtime.agi.quota_usage`: one walk,
then moved by the libraries' writes and deletes). As ArozOS's
``HaveSpace``, a write of ``size`` bytes fits when ``size < total - used``,
with ``used`` counted before the write (a file being replaced still
counts), whatever root the write goes to. ArozOS refuses with
``RaiseError("Storage Quota Fulled")``: one log line, and the function
answers ``false``; so do the libraries here (:data:`QUOTA_FULL` is the
message).

A library write runs in a :meth:`Quota.hold`, in an I/O thread::

    quota = Quota.of(ctx)                   # on the loop: reads the context
    def work():                             # in an I/O thread
        with quota.hold() as h:
            h.track(path)                   # its size before, to settle the usage after
            h.claim(len(data))              # QuotaFull, or the bytes are held
            write(path, data)
    off_loop(work)

The claim checks and holds under one lock shared by the threads and the
processes of the data directory, so writes of one user racing for the
last bytes cannot both pass; the bytes held count against every other
write until the hold ends and the tracked files' new sizes move the
usage. (ArozOS checks and writes without a lock: two writes at once can
both pass there.) :meth:`Quota.check` and :meth:`Quota.remaining` check
without holding (the API the ``sqlite`` library calls).

ArozOS checks ``filelib.writeFile`` only; ajgi_tx also checks what
``ziplib`` and ``imagelib`` write (the archive or image is written to a
``.part`` file or counted while it is written, and dropped when it does not
fit).
"""

import os
import stat
import uuid

from runtime.agi.lib_vpath import PathRefused, inside, root_dir, username
from runtime.agi.quota_usage import Ledger
from runtime.agi.users import UNLIMITED

QUOTA_FULL = "Storage Quota Fulled"  # ArozOS's message, sic


class QuotaFull(Exception):
    """A write the user's quota has no room for."""

    def __init__(self):
        super().__init__(QUOTA_FULL)


def _size(path):
    try:
        st = os.lstat(path)
    except OSError:
        return 0
    return st.st_size if stat.S_ISREG(st.st_mode) else 0


class Quota:
    """The user's quota and the usage ledger of the folder it counts;
    usable in the I/O threads (it holds plain data, not the script's
    context). ``ledger`` is None when the user has no folder (no user)."""

    def __init__(self, total, folder, ledger=None):
        self.total = total
        self.folder = folder
        self.ledger = ledger

    @classmethod
    def of(cls, ctx):
        user = getattr(ctx, "user", None)
        total = UNLIMITED if user is None else user.quota
        try:
            # unlimited users too: their writes keep USERQUOTA_USED current
            folder = root_dir(ctx, "user")
            data_dir = os.path.realpath(ctx.config.data_dir)
            return cls(total, folder, Ledger.for_user(data_dir, username(ctx), folder))
        except (PathRefused, OSError, AttributeError):
            return cls(total, None)

    @property
    def unlimited(self):
        return self.total == UNLIMITED

    def used(self):
        """Bytes in the user's folder (0 without one)."""
        return self.ledger.used() if self.ledger else 0

    def remaining(self):
        """Bytes left (None: unlimited), the writes in flight deducted."""
        if self.unlimited:
            return None
        return self.total - (self.ledger.committed() if self.ledger else 0)

    def check(self, size, left=False):
        """QuotaFull unless ``size`` more bytes fit (ArozOS HaveSpace).
        ``left``: the :meth:`remaining` taken before the bytes were written
        (a ``.part`` file must not count against itself); read now when
        not given. Holds nothing: see :meth:`hold`."""
        if left is False:
            left = self.remaining()
        if left is not None and not size < left:
            raise QuotaFull()

    def hold(self):
        """A context for one write: :meth:`Hold.claim` its bytes,
        :meth:`Hold.track` the files it changes."""
        return Hold(self)


class Hold:
    """One write in flight: the bytes it claimed count against the user's
    other writes (every thread and process) until it ends; at the end the
    usage moves by the change in size of the files it tracked. While a
    hold is registered the folder is not walked (a walk would count a
    half-written file, or miss a removed one, that the settle counts
    again): :meth:`claim` registers it, :meth:`start` does for a write
    whose size is known only once it is written, or a delete."""

    def __init__(self, quota):
        self.quota = quota
        self.token = uuid.uuid4().hex
        self.claimed = 0
        self.started = False
        self.tracked = {}  # path -> size before the write

    def start(self):
        """Registers the write, holding no bytes yet."""
        if self.quota.ledger is not None and not self.started:
            self.quota.ledger.claim(self.token, 0, None)
        self.started = True

    def claim(self, size):
        """QuotaFull unless the write's ``size`` bytes (all of them so far,
        not an increment) fit beside the usage and the other holds."""
        q = self.quota
        if q.unlimited:
            self.start()
            return
        if self.started and size <= self.claimed:
            return
        if q.ledger is None:
            if not size < q.total:
                raise QuotaFull()
        elif not q.ledger.claim(self.token, size, q.total):
            raise QuotaFull()
        self.started = True
        self.claimed = max(size, self.claimed)

    def keep_part(self, tmp, path, credit=0):
        """Claims the size of the finished temporary file ``tmp`` (less
        ``credit``: bytes the file it replaces already counts) and moves it
        to ``path``; when it does not fit, removes it and raises QuotaFull,
        so nothing of a refused write is kept."""
        try:
            self.claim(os.path.getsize(tmp) - credit)
        except QuotaFull:
            os.remove(tmp)
            raise
        os.replace(tmp, path)

    def track(self, path):
        """Notes ``path``'s size before the write changes or removes it
        (files outside the counted folder do not move the usage)."""
        folder = self.quota.folder
        if folder and path not in self.tracked and inside(folder, path):
            self.tracked[path] = _size(path)

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        delta = sum(_size(p) - before for p, before in self.tracked.items())
        if self.quota.ledger is not None and (self.started or self.tracked):
            self.quota.ledger.settle(self.token, delta)
        return False
