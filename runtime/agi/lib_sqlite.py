"""The AGI ``sqlite`` library (ArozOS src/mod/agi/agi.sqlite.go) on the
standard library's :mod:`sqlite3`::

    requirelib("sqlite");
    var db = sqlite.open("user:/.appdata/app/data.sqlite");
    db.exec("CREATE TABLE IF NOT EXISTS t (id INTEGER PRIMARY KEY, name TEXT)");
    db.exec("INSERT INTO t (name) VALUES (?)", ["Alice"]);  // {lastInsertId, rowsAffected}
    db.query("SELECT * FROM t WHERE id > ?", [0]);          // [{id: 1, name: "Alice"}]
    db.queryRow("SELECT * FROM t WHERE id = ?", [1]);       // a row or null
    db.tables(); db.schema("t");                            // names; PRAGMA table_info rows
    db.transaction(function (tx) { tx.exec(...); });        // commit, or rollback and rethrow
    db.close();

Errors are catchable, named as ArozOS names them: ``PermissionDenied``
(a path outside the user's folders), ``IOError``, ``SQLiteError``,
``InvalidHandle`` (a closed connection).

Where ajgi_tx is stricter than ArozOS: a database cannot reach other
files (``ATTACH`` and ``VACUUM INTO`` are refused: no attached databases
allowed); one statement may use ``STATEMENT_SECONDS`` of CPU at most and a query
returns ``MAX_ROWS`` rows at most (both SQLiteError), because a statement
runs on the server's event loop; a locked database waits
``BUSY_SECONDS``, not ArozOS's 5 s, then answers SQLiteError
"database is locked". Connections a script leaves open are closed with
the script's context.
"""

import json
import os
import sqlite3
import time
import types

from runtime import calls, conversions, properties
from runtime.agi.core import agi_context
from runtime.agi.lib_vpath import PathRefused, permission_denied, resolve, throw_custom
from runtime.agi.libraries import define_library
from runtime.errors import throw_error
from runtime.realm import current_realm
from runtime.values import FunctionType, js_string, null, py_string, undefined

STATEMENT_SECONDS = 2.0
MAX_ROWS = 100000
BUSY_SECONDS = 0.1


def _sql_error(exc):
    throw_custom("SQLiteError", str(exc))


def _params(v):
    """The bound parameters: JSON.stringify(params || []) read back, as
    ArozOS passes them (numbers, strings, booleans as 1/0, null)."""
    from runtime.builtins.json import stringify_value

    if not conversions.to_boolean(v):
        return []
    text = stringify_value(v)
    if text is None:
        return []
    try:
        raw = json.loads(py_string(text))
    except ValueError:
        return []
    if not isinstance(raw, list):
        return []
    out = []
    for x in raw:
        if isinstance(x, (list, dict)):
            throw_custom("SQLiteError", "unsupported parameter type (object or array)")
        out.append(int(x) if isinstance(x, bool) else x)
    return out


def _js_value(v):
    if v is None:
        return null
    if isinstance(v, bytes):
        return js_string(v.decode("utf-8", "replace"))
    if isinstance(v, str):
        return js_string(v)
    return float(v)


class Connection:
    """One ``sqlite.open()`` handle."""

    def __init__(self, path):
        self.db = sqlite3.connect(path, timeout=BUSY_SECONDS, isolation_level=None,
                                  check_same_thread=False)
        self.db.setlimit(sqlite3.SQLITE_LIMIT_ATTACHED, 0)  # no ATTACH, no VACUUM INTO
        self.db.execute("PRAGMA journal_mode=WAL")
        self.db.execute("PRAGMA synchronous=NORMAL")
        self.in_tx = False
        self.deadline = 0.0
        self.db.set_progress_handler(self._over_time, 10000)

    def _over_time(self):
        return 1 if time.thread_time() > self.deadline else 0

    def run(self, sql, params):
        if self.db is None:
            throw_custom("InvalidHandle", "Database handle not found or already closed")
        # CPU time of the serving thread: a loaded machine does not cut a fair query short
        self.deadline = time.thread_time() + STATEMENT_SECONDS
        try:
            cur = self.db.execute(sql, params)
            rows = cur.fetchmany(MAX_ROWS + 1) if cur.description else []
        except sqlite3.OperationalError as e:
            if str(e) == "interrupted":
                throw_custom("SQLiteError", "statement used more than %g s of CPU" % STATEMENT_SECONDS)
            _sql_error(e)
        except (sqlite3.Error, ValueError, OverflowError) as e:
            _sql_error(e)
        if len(rows) > MAX_ROWS:
            throw_custom("SQLiteError", "query returned more than %d rows" % MAX_ROWS)
        return cur, rows

    def close(self):
        if self.db is not None:
            self.db.close()
            self.db = None


def _rows(realm, cur, rows):
    cols = [d[0] for d in cur.description] if cur.description else []
    out = []
    for r in rows:
        o = realm.new_object()
        for name, v in zip(cols, r):
            properties.put_prop(o, js_string(name), _js_value(v))
        out.append(o)
    return realm.new_array(out)


def _connection_object(realm, conn):
    """The JS object of one connection: methods close over ``conn``, as
    ArozOS's closures over the handle (``var q = db.query`` works)."""
    obj = realm.new_object()

    def exec_(this, sql=undefined, params=undefined, *_):
        cur, _ = conn.run(py_string(conversions.to_string(sql)), _params(params))
        o = current_realm().new_object()
        properties.put_prop(o, "lastInsertId", float(cur.lastrowid or 0))
        properties.put_prop(o, "rowsAffected", float(max(cur.rowcount, 0)))
        return o

    def query(this, sql=undefined, params=undefined, *_):
        cur, rows = conn.run(py_string(conversions.to_string(sql)), _params(params))
        return _rows(current_realm(), cur, rows)

    def queryRow(this, sql=undefined, params=undefined, *_):
        rows = query(this, sql, params)
        return rows.elems[0] if rows.elems else null

    def tables(this, *_):
        cur, rows = conn.run("SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE"
                             " 'sqlite_%' ORDER BY name", [])
        return current_realm().new_array([_js_value(r[0]) for r in rows])

    def schema(this, table=undefined, *_):
        name = py_string(conversions.to_string(table)).replace('"', '""')
        cur, rows = conn.run('PRAGMA table_info("%s")' % name, [])
        return _rows(current_realm(), cur, rows)

    def _end(sql):
        conn.in_tx = False
        conn.run(sql, [])

    async def _finish(coro):
        try:
            result = await coro
        except BaseException:
            _rollback_quietly()
            raise
        _end("COMMIT")
        return result

    def _rollback_quietly():
        conn.in_tx = False
        try:
            conn.run("ROLLBACK", [])
        except Exception:  # the callback's error is the useful one
            pass

    def transaction(this, fn=undefined, *_):
        if type(fn) is not FunctionType:
            throw_error("Error", "sqlite: transaction() requires a function")
        if conn.in_tx:
            throw_error("Error", "sqlite: nested transactions are not supported")
        conn.run("BEGIN IMMEDIATE", [])
        conn.in_tx = True
        try:
            result = calls.call_function(fn, undefined, obj)
        except BaseException:
            _rollback_quietly()
            raise
        if type(result) is types.CoroutineType:  # the callback waited (delay, ...)
            return _finish(result)
        _end("COMMIT")
        return result

    def close(this, *_):
        conn.close()
        return True

    table = {"exec": (exec_, 2), "query": (query, 2), "queryRow": (queryRow, 2),
             "tables": (tables, 0), "schema": (schema, 1), "transaction": (transaction, 1),
             "close": (close, 0)}
    for name, (fn, length) in table.items():
        obj.props[name] = realm.native(fn, name, length)
    return obj


def sqlite_open(this, vpath=undefined, *_):
    """sqlite.open(vpath): a connection object (the file is created)."""
    ctx = agi_context()
    text = py_string(conversions.to_string(vpath))
    try:
        _, path = resolve(ctx, text)
    except PathRefused:
        permission_denied(text)
    if os.path.isdir(path):
        throw_custom("IOError", "path is a directory")
    try:
        os.makedirs(os.path.dirname(path), exist_ok=True)
    except OSError as e:
        throw_custom("IOError", e.strerror or "cannot create the folder")
    try:
        conn = Connection(path)
    except sqlite3.Error as e:
        _sql_error(e)
    if not hasattr(ctx, "sqlite_connections"):
        ctx.sqlite_connections = []
    ctx.sqlite_connections.append(conn)
    return _connection_object(ctx.realm, conn)


def install(ctx):
    define_library(ctx, "sqlite", {"open": (sqlite_open, 1)})
    return True
