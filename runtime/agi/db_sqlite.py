"""The AGI DB on an embedded SQLite file (``--db sqlite:///PATH``, the default).

Several worker processes of one host share the file: WAL mode lets readers
run while one writer writes, and a busy timeout makes a writer wait for the
lock instead of failing with "database is locked". Every statement is its
own transaction (autocommit), so a write is on disk when the call returns
and survives the worker being killed right after.
"""

import os
import sqlite3

BUSY_TIMEOUT_S = 10.0


class SqliteDB:
    """Tables and JSON-encoded string values in one SQLite file.

    The methods are coroutines because the Redis backend needs the network;
    these answer in-process without awaiting anything."""

    def __init__(self, path):
        d = os.path.dirname(path)
        if d:
            os.makedirs(d, exist_ok=True)
        self.path = path
        self.conn = sqlite3.connect(path, isolation_level=None, check_same_thread=False,
                                    timeout=BUSY_TIMEOUT_S)
        self.conn.execute("PRAGMA busy_timeout=%d" % int(BUSY_TIMEOUT_S * 1000))
        self.conn.execute("PRAGMA journal_mode=WAL")
        self.conn.execute("CREATE TABLE IF NOT EXISTS agi_tables (name TEXT PRIMARY KEY)")
        self.conn.execute("CREATE TABLE IF NOT EXISTS agi_items (tbl TEXT, key TEXT, value TEXT,"
                          " PRIMARY KEY (tbl, key))")

    def __repr__(self):
        return "<SqliteDB %s>" % self.path

    def close(self):
        self.conn.close()

    async def table_exists(self, t):
        return self.conn.execute("SELECT 1 FROM agi_tables WHERE name=?", (t,)).fetchone() is not None

    async def create_table(self, t):
        self.conn.execute("INSERT OR IGNORE INTO agi_tables VALUES (?)", (t,))

    async def drop_table(self, t):
        with self.conn:  # both deletes or neither
            self.conn.execute("BEGIN IMMEDIATE")
            self.conn.execute("DELETE FROM agi_items WHERE tbl=?", (t,))
            self.conn.execute("DELETE FROM agi_tables WHERE name=?", (t,))

    async def write(self, t, k, raw):
        """Stores the item if the table exists (checked in the same
        statement, so a concurrent drop cannot leave an orphan); True if
        stored."""
        cur = self.conn.execute("INSERT OR REPLACE INTO agi_items SELECT ?, ?, ? WHERE EXISTS"
                                " (SELECT 1 FROM agi_tables WHERE name=?)", (t, k, raw, t))
        return cur.rowcount > 0

    async def read(self, t, k):
        row = self.conn.execute("SELECT value FROM agi_items WHERE tbl=? AND key=?", (t, k)).fetchone()
        return None if row is None else row[0]

    async def delete(self, t, k):
        self.conn.execute("DELETE FROM agi_items WHERE tbl=? AND key=?", (t, k))

    async def items(self, t):
        """[(key, raw value)] sorted by key (UTF-8 byte order)."""
        return self.conn.execute("SELECT key, value FROM agi_items WHERE tbl=? ORDER BY key",
                                 (t,)).fetchall()
