"""Default openers: which module opens a file extension, per user
(ArozOS ``/system/modules/getDefault``, src/mod/modules/module.go
``HandleDefaultLauncher``).

ArozOS keeps them in its system database, table ``module``, key
``default/<username>/<ext>`` (extension lower-cased, with its dot), the
value the module name JSON-encoded; ajgi_tx keeps them in the same table of
the AGI database (``--db``), so a script reads them with
``readDBItem("module", "default/alice/.txt")`` as it would on ArozOS::

    store = OpenerStore(server.get_db())
    await store.set("alice", ".TXT", "Notes")   # key default/alice/.txt
    await store.get("alice", ".txt")            # "Notes" (None when unset)
    await store.list("alice")                   # [[".txt", "Notes"]]

The route (``GET``, query parameters ``opr``, ``ext``, ``module``) answers
with ArozOS's JSON shapes; see :func:`answer`.
"""

import json

from runtime.agi.core import go_json_string
from runtime.agi.module_registry import module_json

TABLE = "module"


def _key(username, ext):
    return "default/%s/%s" % (username, ext.lower())


def _decoded(raw):
    """The stored module name, or None when the value is no JSON string
    (Go's Unmarshal into a string fails)."""
    try:
        value = json.loads(raw)
    except (TypeError, ValueError):
        return None
    return value if isinstance(value, str) else None


class OpenerStore:
    """The ``module`` table of an AGI database backend (runtime/agi/db*.py)."""

    def __init__(self, db):
        self.db = db

    async def get(self, username, ext):
        raw = await self.db.read(TABLE, _key(username, ext))
        return None if raw is None else _decoded(raw)

    async def set(self, username, ext, module):
        await self.db.create_table(TABLE)
        await self.db.write(TABLE, _key(username, ext), go_json_string(module))

    async def list(self, username):
        """[[ext, module]] of the user, in key order. ArozOS matches every key
        that contains ``default/<username>/`` and takes its last segment."""
        marker = "default/%s/" % username
        out = []
        for key, raw in await self.db.items(TABLE):
            if marker in key:
                out.append([key.split("/")[-1], _decoded(raw) or ""])
        return out


def _error(message):
    return '{"error":%s}' % go_json_string(message)


async def answer(store, registry, username, opr, ext, module):
    """The JSON text ArozOS answers for ``opr`` (``get``, ``launch``,
    ``set``, ``list``); None for any other ``opr`` (ArozOS writes nothing)."""
    ext = ext.lower()
    if opr in ("get", "launch"):
        name = await store.get(username, ext)
        if name is None:
            return _error("No default opener")
        if opr == "get":
            return go_json_string(name)
        found = registry.find(name)
        if found is None:
            return _error("Default opener no longer exists.")
        return module_json(found)
    if opr == "set":
        if not module:
            return _error("Missing paratmer 'module'")  # sic, ArozOS's message
        if registry.find(module) is None:
            return _error("Given module not exists.")
        await store.set(username, ext, module)
        return '"OK"'
    if opr == "list":
        pairs = await store.list(username)
        return "[" + ",".join("[%s,%s]" % (go_json_string(e), go_json_string(m)) for e, m in pairs) + "]"
    return None
