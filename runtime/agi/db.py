"""The AGI key-value DB functions on an embedded SQLite file (spec §2.1).

ArozOS keeps one BoltDB for all scripts: a bucket per table, and every
value stored as the JSON encoding of its string (``writeDBItem(t, "k", 5)``
stores ``"5"`` JSON-encoded, i.e. the bytes ``"\\"5\\""``). ajgi_tx stores
the same bytes in SQLite (``<data_dir>/agi.sqlite3``)::

    newDBTableIfNotExists("App")      // true (false for a reserved table)
    writeDBItem("App", "k", {a: 1})   // true; stores "[object Object]"
    readDBItem("App", "k")            // "[object Object]"; "" for a missing key
    listDBTable("App")                // {k: "[object Object]"} (keys sorted)
    deleteDBItem("App", "k"); dropDBTable("App"); DBTableExists("App")

Missing or reserved tables answer ``false``. The functions are blocking
calls for the compiler (they are awaited), although SQLite answers
in-process.
"""

import json
import logging
import os
import sqlite3

from runtime import conversions, properties
from runtime.agi.core import agi_context, deferred_definer, go_json_string
from runtime.values import JSObject, js_string, py_string, undefined

log = logging.getLogger("ajgi_tx.agi")

# ArozOS src/agi.go (sic: "permisson").
RESERVED_TABLES = frozenset(("auth", "permisson", "register", "desktop"))


class AgiDB:
    """The store: tables and JSON-encoded string values."""

    def __init__(self, path):
        d = os.path.dirname(path)
        if d:
            os.makedirs(d, exist_ok=True)
        self.conn = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
        self.conn.execute("PRAGMA journal_mode=WAL")
        self.conn.execute("CREATE TABLE IF NOT EXISTS agi_tables (name TEXT PRIMARY KEY)")
        self.conn.execute("CREATE TABLE IF NOT EXISTS agi_items (tbl TEXT, key TEXT, value TEXT,"
                          " PRIMARY KEY (tbl, key))")

    def close(self):
        self.conn.close()

    def table_exists(self, t):
        return self.conn.execute("SELECT 1 FROM agi_tables WHERE name=?", (t,)).fetchone() is not None

    def create_table(self, t):
        self.conn.execute("INSERT OR IGNORE INTO agi_tables VALUES (?)", (t,))

    def drop_table(self, t):
        self.conn.execute("DELETE FROM agi_items WHERE tbl=?", (t,))
        self.conn.execute("DELETE FROM agi_tables WHERE name=?", (t,))

    def write(self, t, k, raw):
        self.conn.execute("INSERT OR REPLACE INTO agi_items VALUES (?, ?, ?)", (t, k, raw))

    def read(self, t, k):
        row = self.conn.execute("SELECT value FROM agi_items WHERE tbl=? AND key=?", (t, k)).fetchone()
        return None if row is None else row[0]

    def delete(self, t, k):
        self.conn.execute("DELETE FROM agi_items WHERE tbl=? AND key=?", (t, k))

    def items(self, t):
        return self.conn.execute("SELECT key, value FROM agi_items WHERE tbl=? ORDER BY key",
                                 (t,)).fetchall()


def decode_value(raw):
    """A stored value as a script sees it: the string, or "" when the JSON
    is no string (ArozOS unmarshals into a string and ignores the error)."""
    if raw is None:
        return ""
    try:
        v = json.loads(raw)
    except ValueError:
        return ""
    return js_string(v) if isinstance(v, str) else ""


def install(ctx):
    """Offers the DB functions in ``ctx.realm``, each made when first named."""
    ctx.realm.defer_globals(DB_FUNCTIONS, _define_db)


# Module-level functions: they find the script's context through its realm
# (runtime.agi.core.agi_context), so a realm makes no closures for them.

def _db():
    ctx = agi_context()
    if ctx.db is None:
        ctx.db = AgiDB(ctx.config.db_path)
    return ctx.db


def _usable(t):
    return t not in RESERVED_TABLES and _db().table_exists(t)


def _s(v):
    return py_string(conversions.to_string(v))


async def newDBTableIfNotExists(this, t=undefined, *_):
    """newDBTableIfNotExists(t) -> bool; false for a reserved table."""
    name = _s(t)
    if name in RESERVED_TABLES:
        return False
    _db().create_table(name)
    return True


async def DBTableExists(this, t=undefined, *_):
    """DBTableExists(t) -> bool (ignores the reserved list, as ArozOS)."""
    return _db().table_exists(_s(t))


async def dropDBTable(this, t=undefined, *_):
    """dropDBTable(t) -> bool."""
    name = _s(t)
    if not _usable(name):
        return False
    _db().drop_table(name)
    return True


async def writeDBItem(this, t=undefined, k=undefined, v=undefined, *_):
    """writeDBItem(t, k, v) -> bool: stores ToString(v) JSON-encoded."""
    name = _s(t)
    if not _usable(name):
        return False
    _db().write(name, _s(k), go_json_string(_s(v)))
    return True


async def readDBItem(this, t=undefined, k=undefined, *_):
    """readDBItem(t, k) -> string ("" when missing) or false."""
    name = _s(t)
    if not _usable(name):
        return False
    return decode_value(_db().read(name, _s(k)))


async def listDBTable(this, t=undefined, *_):
    """listDBTable(t) -> {key: value} or false."""
    name = _s(t)
    if not _usable(name):
        return False
    o = JSObject(agi_context().realm.ObjectPrototype)
    for key, raw in _db().items(name):
        properties.put_prop(o, js_string(key), decode_value(raw))
    return o


async def deleteDBItem(this, t=undefined, k=undefined, *_):
    """deleteDBItem(t, k) -> bool (true for a missing key)."""
    name = _s(t)
    if not _usable(name):
        return False
    _db().delete(name, _s(k))
    return True


DB_TABLE = {
    "newDBTableIfNotExists": (newDBTableIfNotExists, 1), "DBTableExists": (DBTableExists, 1),
    "dropDBTable": (dropDBTable, 1), "writeDBItem": (writeDBItem, 3),
    "readDBItem": (readDBItem, 2), "listDBTable": (listDBTable, 1),
    "deleteDBItem": (deleteDBItem, 2),
}
DB_FUNCTIONS = tuple(DB_TABLE)  # one tuple shared by every realm's deferred globals
_define_db = deferred_definer(DB_TABLE)
