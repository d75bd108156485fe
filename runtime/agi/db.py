"""The AGI key-value DB functions (spec §2.1) on a pluggable backend.

ArozOS keeps one BoltDB for all scripts: a bucket per table, and every
value stored as the JSON encoding of its string (``writeDBItem(t, "k", 5)``
stores ``"5"`` JSON-encoded, i.e. the bytes ``"\\"5\\""``). ajgi_tx stores
the same bytes in the backend ``--db`` names (:func:`open_db`): an embedded
SQLite file (default ``<data_dir>/agi.sqlite3``, ``runtime/agi/db_sqlite.py``)
or Redis for several hosts (``runtime/agi/db_redis.py``)::

    newDBTableIfNotExists("App")      // true (false for a reserved table)
    writeDBItem("App", "k", {a: 1})   // true; stores "[object Object]"
    readDBItem("App", "k")            // "[object Object]"; "" for a missing key
    listDBTable("App")                // {k: "[object Object]"} (keys sorted)
    deleteDBItem("App", "k"); dropDBTable("App"); DBTableExists("App")

Missing or reserved tables answer ``false``. The functions are blocking
calls for the compiler (they are awaited); a backend that cannot be reached
throws a JS ``Error("DB unavailable: ...")`` at the call.
"""

import json
import logging

from runtime import conversions, properties
from runtime.agi.core import agi_context, deferred_definer, go_json_string
from runtime.errors import throw_error
from runtime.values import JSObject, js_string, py_string, undefined

log = logging.getLogger("ajgi_tx.agi")

# ArozOS src/agi.go (sic: "permisson").
RESERVED_TABLES = frozenset(("auth", "permisson", "register", "desktop"))

SCHEMES = ("sqlite", "redis", "rediss", "unix")


class BadDBURL(ValueError):
    """A ``--db`` value no backend understands."""


def _split(url):
    """(scheme, rest) of a ``--db`` URL, or :class:`BadDBURL`."""
    scheme, sep, rest = url.partition("://")
    if not sep or scheme not in SCHEMES or (scheme == "sqlite" and not rest):
        raise BadDBURL("--db must be sqlite:///PATH or redis://HOST:PORT/N, not %r" % url)
    return scheme, rest


def open_db(url):
    """The backend for a ``--db`` URL.

    ``sqlite:///abs/path.sqlite3`` (or ``sqlite://rel/path``) or
    ``redis://HOST:PORT/N`` (also ``rediss://``, ``unix://``), e.g.
    ``open_db("redis://127.0.0.1:6379/0")``."""
    scheme, rest = _split(url)
    if scheme == "sqlite":
        from runtime.agi.db_sqlite import SqliteDB

        return SqliteDB(rest)
    from runtime.agi.db_redis import RedisDB

    return RedisDB(url)


def check_url(url):
    """Raises :class:`BadDBURL` for a URL :func:`open_db` would refuse,
    without connecting (the server checks ``--db`` at start)."""
    scheme, _ = _split(url)
    if scheme != "sqlite":
        try:
            import redis  # noqa: F401
        except ImportError:
            raise BadDBURL("--db %s needs the redis package (pip install redis)" % scheme) from None


def AgiDB(path):
    """The SQLite backend on the file ``path`` (the default store)."""
    return open_db("sqlite://" + path)


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
        ctx.db = open_db(ctx.config.db_url)
    return ctx.db


async def _call(method, *args):
    """``await db.method(*args)``; a backend failure (server gone, disk
    error) becomes a JS Error at the script's call."""
    try:
        return await getattr(_db(), method)(*args)
    except (OSError, ConnectionError) as e:
        log.warning("[AGI] DB %s failed: %s", method, e)
        throw_error("Error", "DB unavailable: %s" % e)
    except Exception as e:
        if type(e).__module__.split(".")[0] not in ("redis", "sqlite3"):
            raise
        log.warning("[AGI] DB %s failed: %s", method, e)
        throw_error("Error", "DB unavailable: %s" % e)


async def _usable(t):
    return t not in RESERVED_TABLES and await _call("table_exists", t)


def _s(v):
    return py_string(conversions.to_string(v))


async def newDBTableIfNotExists(this, t=undefined, *_):
    """newDBTableIfNotExists(t) -> bool; false for a reserved table."""
    name = _s(t)
    if name in RESERVED_TABLES:
        return False
    await _call("create_table", name)
    return True


async def DBTableExists(this, t=undefined, *_):
    """DBTableExists(t) -> bool (ignores the reserved list, as ArozOS)."""
    return await _call("table_exists", _s(t))


async def dropDBTable(this, t=undefined, *_):
    """dropDBTable(t) -> bool."""
    name = _s(t)
    if not await _usable(name):
        return False
    await _call("drop_table", name)
    return True


async def writeDBItem(this, t=undefined, k=undefined, v=undefined, *_):
    """writeDBItem(t, k, v) -> bool: stores ToString(v) JSON-encoded."""
    name = _s(t)
    if not await _usable(name):
        return False
    # The backend checks again in the same step as it stores: a table dropped
    # meanwhile (another worker or host) gets no orphan item.
    return bool(await _call("write", name, _s(k), go_json_string(_s(v))))


async def readDBItem(this, t=undefined, k=undefined, *_):
    """readDBItem(t, k) -> string ("" when missing) or false."""
    name = _s(t)
    if not await _usable(name):
        return False
    return decode_value(await _call("read", name, _s(k)))


async def listDBTable(this, t=undefined, *_):
    """listDBTable(t) -> {key: value} or false."""
    name = _s(t)
    if not await _usable(name):
        return False
    o = JSObject(agi_context().realm.ObjectPrototype)
    for key, raw in await _call("items", name):
        properties.put_prop(o, js_string(key), decode_value(raw))
    return o


async def deleteDBItem(this, t=undefined, k=undefined, *_):
    """deleteDBItem(t, k) -> bool (true for a missing key)."""
    name = _s(t)
    if not await _usable(name):
        return False
    await _call("delete", name, _s(k))
    return True


DB_TABLE = {
    "newDBTableIfNotExists": (newDBTableIfNotExists, 1), "DBTableExists": (DBTableExists, 1),
    "dropDBTable": (dropDBTable, 1), "writeDBItem": (writeDBItem, 3),
    "readDBItem": (readDBItem, 2), "listDBTable": (listDBTable, 1),
    "deleteDBItem": (deleteDBItem, 2),
}
DB_FUNCTIONS = tuple(DB_TABLE)  # one tuple shared by every realm's deferred globals
_define_db = deferred_definer(DB_TABLE)
