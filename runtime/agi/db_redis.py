"""The AGI DB on Redis (``--db redis://HOST:PORT/N``): one store for many hosts.

Layout (``PREFIX`` = ``agi:``)::

    agi:tables        a set of table names
    agi:t:<table>     a hash {key: JSON-encoded string value}

Calls go through redis-py's asyncio client, so a round trip to another host
waits in the event loop instead of blocking it. Creating a table is one
SADD; dropping one deletes its hash and its name in one MULTI transaction;
a write checks the table and stores in one Lua script.
Keys and values are UTF-8 (``surrogatepass``: JS strings may hold lone
surrogates); :meth:`items` sorts by the UTF-8 bytes, as SQLite does.
"""

PREFIX = "agi:"

# HSET only while the table exists: one atomic step, so a drop on another
# host cannot leave an orphan item that a later re-create would show.
_WRITE_LUA = """
if redis.call('SISMEMBER', KEYS[1], ARGV[1]) == 1 then
    redis.call('HSET', KEYS[2], ARGV[2], ARGV[3])
    return 1
end
return 0
"""
_ENC = ("utf-8", "surrogatepass")


def _b(s):
    return s.encode(*_ENC)


def _s(b):
    return b.decode(*_ENC)


class RedisDB:
    """Tables and JSON-encoded string values in a Redis database."""

    def __init__(self, url):
        import redis.asyncio

        self.url = url
        self.client = redis.asyncio.Redis.from_url(url)
        self.tables_key = _b(PREFIX + "tables")
        self._write = self.client.register_script(_WRITE_LUA)

    def __repr__(self):
        return "<RedisDB %s>" % self.url

    def _hash(self, t):
        return _b(PREFIX + "t:") + _b(t)

    def close(self):
        pass  # connections are dropped with the process / event loop

    async def table_exists(self, t):
        return bool(await self.client.sismember(self.tables_key, _b(t)))

    async def create_table(self, t):
        await self.client.sadd(self.tables_key, _b(t))

    async def drop_table(self, t):
        async with self.client.pipeline(transaction=True) as p:
            p.delete(self._hash(t))
            p.srem(self.tables_key, _b(t))
            await p.execute()

    async def write(self, t, k, raw):
        """Stores the item if the table exists; True if stored."""
        return bool(await self._write(keys=[self.tables_key, self._hash(t)],
                                      args=[_b(t), _b(k), _b(raw)]))

    async def read(self, t, k):
        v = await self.client.hget(self._hash(t), _b(k))
        return None if v is None else _s(v)

    async def delete(self, t, k):
        await self.client.hdel(self._hash(t), _b(k))

    async def items(self, t):
        """[(key, raw value)] sorted by key (UTF-8 byte order)."""
        h = await self.client.hgetall(self._hash(t))
        return [(_s(k), _s(v)) for k, v in sorted(h.items())]
