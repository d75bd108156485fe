"""Storage quotas: a write that does not fit in the user's quota is refused
(ArozOS src/mod/quota, checked by ``filelib.writeFile`` in agi.file.go).

The quota (``quota`` in the users file, bytes; -1 unlimited) covers what
``USERQUOTA_USED`` counts: the bytes in the user's ``user:/`` folder
(``runtime.agi.users.folder_bytes``). As ArozOS's ``HaveSpace``, a write
of ``size`` bytes fits when ``size < total - used``, with ``used`` counted
before the write (a file being replaced still counts), whatever root the
write goes to. ArozOS refuses with ``RaiseError("Storage Quota Fulled")``:
one log line, and the function answers ``false``; so do the libraries
here (:data:`QUOTA_FULL` is the message)::

    quota = Quota.of(ctx)               # on the loop: reads the context
    off_loop(lambda: quota.check(n))    # in an I/O thread: QuotaFull or None

ArozOS checks ``filelib.writeFile`` only; ajgi_tx also checks what
``ziplib`` and ``imagelib`` write (the archive or image is written to a
``.part`` file or counted while it is written, and dropped when it does not
fit). Two writes of the same user running at once may both pass the check.
"""

from runtime.agi.lib_vpath import PathRefused, root_dir
from runtime.agi.users import UNLIMITED, folder_bytes

QUOTA_FULL = "Storage Quota Fulled"  # ArozOS's message, sic


class QuotaFull(Exception):
    """A write the user's quota has no room for."""

    def __init__(self):
        super().__init__(QUOTA_FULL)


class Quota:
    """The user's quota and the folder it counts; usable in the I/O threads
    (it holds plain data, not the script's context)."""

    def __init__(self, total, folder):
        self.total = total
        self.folder = folder

    @classmethod
    def of(cls, ctx):
        user = getattr(ctx, "user", None)
        total = UNLIMITED if user is None else user.quota
        if total == UNLIMITED:
            return cls(UNLIMITED, None)
        try:
            folder = root_dir(ctx, "user")
        except (PathRefused, OSError):
            folder = None
        return cls(total, folder)

    @property
    def unlimited(self):
        return self.total == UNLIMITED

    def remaining(self):
        """Bytes left (None: unlimited); walks the user's folder."""
        if self.unlimited:
            return None
        used = folder_bytes(self.folder) if self.folder else 0
        return self.total - used

    def check(self, size, left=False):
        """QuotaFull unless ``size`` more bytes fit (ArozOS HaveSpace).
        ``left``: the :meth:`remaining` taken before the bytes were written
        (a ``.part`` file must not count against itself); walks the folder
        when not given."""
        if left is False:
            left = self.remaining()
        if left is not None and not size < left:
            raise QuotaFull()
