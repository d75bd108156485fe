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
allowed); one statement may use ``STATEMENT_SECONDS`` of CPU at most (less
when the script's CPU budget has less left: then the budget error) and a
query returns ``MAX_ROWS`` rows at most (both SQLiteError); a locked
database waits ``sqlite_conn.BUSY_SECONDS``, not ArozOS's 5 s, then answers SQLiteError
"database is locked"; a script has ``MAX_OPEN`` databases open at most; a
database cannot grow past the user's storage quota (ArozOS does not check:
SQLiteError "Storage Quota Fulled", the statement or transaction rolled
back). Statements run in threads while the script waits
(:mod:`runtime.agi.sqlite_conn`), their CPU charged to the script; a
script that ends (client gone, shutdown) interrupts its running statement,
and the connections it left open are closed (open transactions rolled
back).
"""

import json
import os
import sqlite3
import types

from runtime import calls, conversions, properties
from runtime.agi import fairness, sqlite_conn
from runtime.agi.core import agi_context
from runtime.agi.lib_vpath import PathRefused, permission_denied, resolve, throw_custom
from runtime.agi.libraries import define_library
from runtime.agi.offload import off_loop
from runtime.agi.quota import QUOTA_FULL, Quota
from runtime.agi.sqlite_conn import MAX_ROWS
from runtime.errors import BudgetExceeded, throw_error
from runtime.realm import current_realm
from runtime.values import FunctionType, js_string, null, py_string, undefined

STATEMENT_SECONDS = 2.0
MAX_OPEN = 16  # databases one script has open at once (each holds 1-3 descriptors)
# a statement started with less budget left than this still gets this much
# (the budget error then follows at its end, as for any overrun)
MIN_STATEMENT_SECONDS = 0.01

# what sqlite3 raises for a statement it refuses or that fails
_SQL_ERRORS = (sqlite3.Error, sqlite3.Warning, ValueError, OverflowError)


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


def _cpu_for_statement():
    """(CPU seconds the next statement may use, whether the script's budget
    is what limits it)."""
    run = fairness.script_runner()
    if run is None or run.budget is None:
        return STATEMENT_SECONDS, False
    run.charge()  # the running slice counts too
    left = run.budget - run.cpu_used
    if left >= STATEMENT_SECONDS:
        return STATEMENT_SECONDS, False
    return max(left, MIN_STATEMENT_SECONDS), True


def _run(conn, sql, params):
    """One statement of ``conn`` in a statement thread while the script
    waits; a :class:`sqlite_conn.Result`, or a JS throw."""
    if conn.closed:
        throw_custom("InvalidHandle", "Database handle not found or already closed")
    cpu, by_budget = _cpu_for_statement()
    try:
        result = off_loop(conn.run, sql, params, cpu, executor=sqlite_conn.pool(), on_cancel=conn.interrupt)
    except sqlite_conn.Closed:
        throw_custom("InvalidHandle", "Database handle not found or already closed")
    except sqlite_conn.CpuLimit:
        run = fairness.script_runner()
        if by_budget and run is not None:
            raise BudgetExceeded(run.budget_message()) from None
        throw_custom("SQLiteError", "statement used more than %g s of CPU" % STATEMENT_SECONDS)
    except sqlite_conn.QuotaReached:
        throw_custom("SQLiteError", QUOTA_FULL)
    except _SQL_ERRORS as e:
        _sql_error(e)
    if len(result.rows) > MAX_ROWS:
        throw_custom("SQLiteError", "query returned more than %d rows" % MAX_ROWS)
    return result


def _rows(realm, result):
    out = []
    for r in result.rows:
        o = realm.new_object()
        for name, v in zip(result.columns, r):
            properties.put_prop(o, js_string(name), _js_value(v))
        out.append(o)
    return realm.new_array(out)


def _connection_object(realm, conn, ctx):
    """The JS object of one connection: methods close over ``conn``, as
    ArozOS's closures over the handle (``var q = db.query`` works)."""
    obj = realm.new_object()
    in_tx = [False]

    def exec_(this, sql=undefined, params=undefined, *_):
        r = _run(conn, py_string(conversions.to_string(sql)), _params(params))
        o = current_realm().new_object()
        properties.put_prop(o, "lastInsertId", float(r.lastrowid or 0))
        properties.put_prop(o, "rowsAffected", float(max(r.rowcount, 0)))
        return o

    def query(this, sql=undefined, params=undefined, *_):
        r = _run(conn, py_string(conversions.to_string(sql)), _params(params))
        return _rows(current_realm(), r)

    def queryRow(this, sql=undefined, params=undefined, *_):
        rows = query(this, sql, params)
        return rows.elems[0] if rows.elems else null

    def tables(this, *_):
        r = _run(conn, "SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE"
                       " 'sqlite_%' ORDER BY name", [])
        return current_realm().new_array([_js_value(row[0]) for row in r.rows])

    def schema(this, table=undefined, *_):
        name = py_string(conversions.to_string(table)).replace('"', '""')
        return _rows(current_realm(), _run(conn, 'PRAGMA table_info("%s")' % name, []))

    def _end(sql):
        in_tx[0] = False
        _run(conn, sql, [])

    async def _finish(coro):
        try:
            result = await coro
        except BaseException as e:
            _rollback_quietly(e)
            raise
        _end("COMMIT")
        return result

    def _rollback_quietly(exc):
        in_tx[0] = False
        if not isinstance(exc, Exception):
            return  # the run is ending (cancelled, budget): its close rolls back
        try:
            _run(conn, "ROLLBACK", [])
        except Exception:  # the callback's error is the useful one
            pass

    def transaction(this, fn=undefined, *_):
        if type(fn) is not FunctionType:
            throw_error("Error", "sqlite: transaction() requires a function")
        if in_tx[0]:
            throw_error("Error", "sqlite: nested transactions are not supported")
        _run(conn, "BEGIN IMMEDIATE", [])
        in_tx[0] = True
        try:
            result = calls.call_function(fn, undefined, obj)
        except BaseException as e:
            _rollback_quietly(e)
            raise
        if type(result) is types.CoroutineType:  # the callback waited (delay, ...)
            return _finish(result)
        _end("COMMIT")
        return result

    def close(this, *_):
        if not conn.closed:
            conn.closed = True
            ctx.sqlite_open.discard(conn)
            off_loop(conn.close, executor=sqlite_conn.pool())
        return True

    table = {"exec": (exec_, 2), "query": (query, 2), "queryRow": (queryRow, 2),
             "tables": (tables, 0), "schema": (schema, 1), "transaction": (transaction, 1),
             "close": (close, 0)}
    for name, (fn, length) in table.items():
        obj.props[name] = realm.native(fn, name, length)
    return obj


def _open_file(conn):
    """In a statement thread: the folder, then the connection."""
    if os.path.isdir(conn.path):
        raise IsADirectoryError(21, "path is a directory")
    os.makedirs(os.path.dirname(conn.path), exist_ok=True)
    conn.open()


def _close_left_open(ctx):
    """The end of the run: connections the script did not close."""
    for conn in list(ctx.sqlite_open):
        sqlite_conn.close_soon(conn)
    ctx.sqlite_open.clear()


def _open_set(ctx):
    """The script's open connections; closed with its run."""
    open_now = getattr(ctx, "sqlite_open", None)
    if open_now is None:
        open_now = ctx.sqlite_open = set()
        at_end = getattr(ctx, "at_end", None)
        if at_end is not None:
            at_end(lambda: _close_left_open(ctx))
    return open_now


def sqlite_open(this, vpath=undefined, *_):
    """sqlite.open(vpath): a connection object (the file is created)."""
    ctx = agi_context()
    text = py_string(conversions.to_string(vpath))
    try:
        _, path = resolve(ctx, text)
    except PathRefused:
        permission_denied(text)
    open_now = _open_set(ctx)
    if len(open_now) >= MAX_OPEN:
        throw_custom("SQLiteError", "too many open databases (%d at once); close one first" % MAX_OPEN)
    quota = Quota.of(ctx)
    conn = sqlite_conn.Connection(path, None if quota.unlimited else sqlite_conn.DatabaseRoom(quota, path))
    try:
        off_loop(_open_file, conn, executor=sqlite_conn.pool())
    except OSError as e:
        throw_custom("IOError", e.strerror or "cannot create the folder")
    except _SQL_ERRORS as e:
        _sql_error(e)
    open_now.add(conn)
    return _connection_object(ctx.realm, conn, ctx)


def install(ctx):
    define_library(ctx, "sqlite", {"open": (sqlite_open, 1)})
    return True
