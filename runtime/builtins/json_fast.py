"""String quoting and the fast path of JSON.stringify (ES5.1 15.12.3).

The fast path serializes the common case, a graph of plain objects and
dense arrays of primitives with no replacer function, no ``space``, no
``toJSON`` anywhere, no accessors and no cycles, by reading ``props`` and
``elems`` directly. It runs no JS code and changes nothing, so when it meets
anything else it raises :class:`Fallback` and the caller starts the general
algorithm from scratch: the result is the same either way.
"""

import re
from json.encoder import encode_basestring as _c_quote

from runtime.numconv import number_to_string
from runtime.ops import own_keys
from runtime.values import E, FunctionType, JSArray, JSObject, WEC, array_index, null, undefined

_JSObject = JSObject
_JSArray = JSArray
_FunctionType = FunctionType
_str = str
_float = float
_bool = bool
_int = int

# ---------------------------------------------------------------------------
# Quote (15.12.3)
# ---------------------------------------------------------------------------

_QUOTE_MAP = {'"': '\\"', "\\": "\\\\", "\b": "\\b", "\f": "\\f", "\n": "\\n", "\r": "\\r", "\t": "\\t"}
for _c in range(0x20):
    _QUOTE_MAP.setdefault(chr(_c), "\\u%04x" % _c)

_SURROGATE = re.compile("[\ud800-\udfff]")
# A surrogate pair (kept raw), or one character that must be escaped.
_ESCAPE_WELL_FORMED = re.compile('[\ud800-\udbff][\udc00-\udfff]|[\\x00-\\x1f"\\\\\ud800-\udfff]')


def _escape_one(m):
    c = m.group()
    if len(c) == 2:
        return c  # a well-formed pair stays as it is
    r = _QUOTE_MAP.get(c)
    return r if r is not None else "\\u%04x" % ord(c)


def json_quote(s):
    """Quote (15.12.3), well-formed as in ES2019/node: lone surrogates are
    written as ``\\udxxx`` escapes, paired ones stay raw."""
    # Python's C encoder escapes exactly what JSON needs, with the same
    # short forms and lowercase \\u00xx, but leaves lone surrogates alone.
    if s.isascii() or _SURROGATE.search(s) is None:
        return _c_quote(s)
    return '"' + _ESCAPE_WELL_FORMED.sub(_escape_one, s) + '"'


# ---------------------------------------------------------------------------
# The fast path of JSON.stringify
# ---------------------------------------------------------------------------

class Fallback(Exception):
    """The value needs the general algorithm."""


# '"key":' for keys seen before; array-index-like keys are never stored, so
# a hit also says the key does not change the property order.
_key_cache = {}


def _quoted_key(k):
    """'"k":', or None when ``k`` is an array index (ordered first)."""
    if array_index(k) >= 0:
        return None
    q = json_quote(k) + ":"
    if len(_key_cache) >= 20000:
        _key_cache.clear()
    _key_cache[k] = q
    return q


def _chain_has_tojson(p):
    """True when ``p`` or an object on its prototype chain has a ``toJSON``
    property (any kind: an accessor could return a function)."""
    while p is not null:
        if "toJSON" in p.props:
            return True
        p = p.proto
    return False


def _number(v):
    """A finite or non-finite number as JSON writes it."""
    if v.is_integer():
        if -9007199254740992.0 < v < 9007199254740992.0:
            return _str(_int(v))
        return number_to_string(v)
    if v == v and v != _INF and v != -_INF:
        return number_to_string(v)
    return "null"


_INF = float("inf")


class _Walk:
    """One fast serialization: the output pieces, the objects being
    serialized (cycles go to the general path) and, per prototype object,
    whether its chain has a ``toJSON`` (no JS code runs meanwhile, so the
    answer cannot change during the walk)."""

    __slots__ = ("out", "stack", "tojson")

    def __init__(self):
        self.out = []
        self.stack = []
        self.tojson = {}

    def enter(self, v):
        """Checks container ``v`` (a JSObject or JSArray) before serializing it."""
        if "toJSON" in v.props:
            raise Fallback
        p = v.proto
        has = self.tojson.get(p)
        if has is None:
            has = self.tojson[p] = _chain_has_tojson(p)
        if has:
            raise Fallback
        stack = self.stack
        for o in stack:
            if o is v:
                raise Fallback  # a cycle: the general path words the error
        stack.append(v)

    def skippable(self, v):
        """True for a function value without a ``toJSON`` (serializes as nothing)."""
        if "toJSON" in v.props:
            raise Fallback
        p = v.proto
        has = self.tojson.get(p)
        if has is None:
            has = self.tojson[p] = _chain_has_tojson(p)
        if has:
            raise Fallback
        return True

    def obj(self, o):
        """JO (15.12.3) for a plain JSObject."""
        out = self.out
        if o.attrs is not None:
            return self.obj_ordered(o)
        mark = len(out)
        sep = "{"
        kc = _key_cache
        for k, v in o.props.items():
            qk = kc.get(k)
            if qk is None:
                qk = _quoted_key(k)
                if qk is None:
                    del out[mark:]  # index-like keys come first: redo in order
                    return self.obj_ordered(o)
            t = type(v)
            if t is _str:
                out.append(sep + qk + json_quote(v))
            elif t is _float:
                out.append(sep + qk + _number(v))
            elif t is _bool:
                out.append(sep + qk + ("true" if v else "false"))
            elif v is null:
                out.append(sep + qk + "null")
            elif t is _JSObject:
                out.append(sep + qk)
                self.enter(v)
                self.obj(v)
                self.stack.pop()
            elif t is _JSArray:
                out.append(sep + qk)
                self.enter(v)
                self.arr(v)
                self.stack.pop()
            elif v is undefined or (t is _FunctionType and self.skippable(v)):
                continue
            else:
                raise Fallback
            sep = ","
        out.append("{}" if sep == "{" else "}")

    def obj_ordered(self, o):
        """JO for an object with index-like keys or non-default attributes."""
        out = self.out
        props = o.props
        attrs = o.attrs
        sep = "{"
        for k in own_keys(o):
            if attrs is not None and not (attrs.get(k, WEC) & E):
                continue
            v = props[k]
            t = type(v)
            if v is undefined or (t is _FunctionType and self.skippable(v)):
                continue
            out.append(sep + json_quote(k) + ":")
            self.value(v, t)
            sep = ","
        out.append("{}" if sep == "{" else "}")

    def arr(self, a):
        """JA (15.12.3) for a dense JSArray."""
        elems = a.elems
        if elems is None:
            raise Fallback
        out = self.out
        if not elems:
            out.append("[]")
            return
        sep = "["
        for v in elems:
            t = type(v)
            if t is _str:
                out.append(sep + json_quote(v))
            elif t is _float:
                out.append(sep + _number(v))
            else:
                out.append(sep)
                if v is undefined or (t is _FunctionType and self.skippable(v)):
                    out.append("null")
                else:
                    self.value(v, t)  # holes and accessors fall back there
            sep = ","
        out.append("]")

    def value(self, v, t):
        """Any value but undefined and functions."""
        if t is _str:
            self.out.append(json_quote(v))
        elif t is _float:
            self.out.append(_number(v))
        elif t is _bool:
            self.out.append("true" if v else "false")
        elif v is null:
            self.out.append("null")
        elif t is _JSObject:
            self.enter(v)
            self.obj(v)
            self.stack.pop()
        elif t is _JSArray:
            self.enter(v)
            self.arr(v)
            self.stack.pop()
        else:
            raise Fallback


def fast_stringify(value):
    """JSON.stringify(value) without replacer or gap, as a str (None for
    undefined); raises Fallback when the general algorithm is needed."""
    t = type(value)
    if t is _str:
        return json_quote(value)
    if t is _float:
        return _number(value)
    if t is _bool:
        return "true" if value else "false"
    if value is null:
        return "null"
    if t is not _JSObject and t is not _JSArray:
        raise Fallback
    w = _Walk()
    try:
        w.value(value, t)
    except RecursionError:
        raise Fallback from None
    return "".join(w.out)
