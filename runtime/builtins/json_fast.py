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

from runtime.limits import BIG_STRING, CHUNK, FLAG, check_string_size, checked, preempt
from runtime.numconv import number_to_string
from runtime.properties import own_keys
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

_SURROGATE = re.compile("[\ud800-\udfff]")
# A surrogate pair (kept as it is), or a lone surrogate (escaped): the one
# thing Quote escapes that Python's C encoder leaves alone.
_SURROGATE_UNITS = re.compile("[\ud800-\udbff][\udc00-\udfff]|[\ud800-\udfff]")


def _escape_lone(m):
    c = m.group()
    return c if len(c) == 2 else "\\u%04x" % ord(c)


def escape_lone_surrogates(text):
    """``text`` with every lone surrogate written as a ``\\udxxx`` escape.
    Applied to a JSON text made of ``_c_quote``d strings, it gives what
    Quote would have: a string's surrogates are next to its quotes at worst,
    so no pair forms across two strings."""
    if text.isascii() or _SURROGATE.search(text) is None:
        return text
    return _SURROGATE_UNITS.sub(_escape_lone, text)


def json_quote(s):
    """Quote (15.12.3), well-formed as in ES2019/node: lone surrogates are
    written as ``\\udxxx`` escapes, paired ones stay raw."""
    # Python's C encoder escapes exactly what JSON needs, with the same
    # short forms and lowercase \\u00xx, but leaves lone surrogates alone.
    return escape_lone_surrogates(_c_quote(s))


# ---------------------------------------------------------------------------
# The fast path of JSON.stringify
# ---------------------------------------------------------------------------

class Fallback(Exception):
    """The value needs the general algorithm."""


# ',"key":' for keys seen before; array-index-like keys are never stored,
# so a hit also says the key does not change the property order.
_key_cache = {}


def _quoted_key(k):
    """',"k":', or None when ``k`` is an array index (ordered first);
    Fallback for a symbol key (left out: the general path's key lists
    have none)."""
    if type(k) is not _str:
        raise Fallback
    if array_index(k) >= 0:
        return None
    q = "," + json_quote(k) + ":"
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


_INF = float("inf")
# Number texts seen before (finite numbers only; -0 shares 0's entry, which
# is right: both are written "0").
_num_cache = {}


def _number(v):
    """A number as JSON writes it (finite ones as ToString does)."""
    s = _num_cache.get(v)
    if s is not None:
        return s
    if v.is_integer():
        if -9007199254740992.0 < v < 9007199254740992.0:
            s = _str(_int(v))
        else:
            s = number_to_string(v)
    elif v == v and v != _INF and v != -_INF:
        s = number_to_string(v)
    else:
        return "null"
    if len(_num_cache) >= 20000:
        _num_cache.clear()
    _num_cache[v] = s
    return s


# Deeper nesting goes to the general path, which also reports cycles: a
# cycle makes the fast walk reach this depth, so it needs no object stack.
MAX_FAST_DEPTH = 200


def fast_stringify(value):
    """JSON.stringify(value) without replacer or gap, as a str; raises
    Fallback when the general algorithm is needed (undefined, functions,
    wrappers, toJSON, accessors, holes, sparse arrays, deep nesting)."""
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
    out = []
    append = out.append
    # Per prototype object: does its chain have a toJSON? No JS code runs
    # during the walk, so the answer cannot change meanwhile. The last
    # prototype found without one is kept for objects and for arrays: in
    # the common case one identity test per container replaces the lookup.
    tojson = {}
    plain_obj_proto = plain_arr_proto = None
    kc = _key_cache
    nc = _num_cache
    big = [0]  # units of long strings written (see limits.BIG_STRING)

    def long_string(q):
        """Counts a long quoted string against the output limit."""
        big[0] += len(q)
        check_string_size(big[0])
        return q

    def check(v):
        """Falls back unless object/function ``v`` has no toJSON (15.12.3 Str step 2)."""
        if "toJSON" in v.props:
            raise Fallback
        p = v.proto
        has = tojson.get(p)
        if has is None:
            has = tojson[p] = _chain_has_tojson(p)
        if has:
            raise Fallback

    def obj(o, depth):
        """JO (15.12.3) for a plain JSObject."""
        nonlocal plain_obj_proto
        if "toJSON" in o.props or o.proto is not plain_obj_proto:
            check(o)
            plain_obj_proto = o.proto
        if depth > MAX_FAST_DEPTH:
            raise Fallback
        if FLAG[0]:
            preempt()
        if o.attrs is not None:
            return obj_ordered(o, depth)
        # Every member is written with a leading comma; the first one's
        # becomes the opening brace at the end.
        mark = len(out)
        for k, v in o.props.items():
            qk = kc.get(k)
            if qk is None:
                qk = _quoted_key(k)
                if qk is None:
                    del out[mark:]  # index-like keys come first: redo in order
                    return obj_ordered(o, depth)
            t = type(v)
            if t is _str:
                append(qk + _c_quote(v))
                if len(v) > BIG_STRING:
                    long_string(v)
            elif t is _float:
                append(qk + (nc.get(v) or _number(v)))
            elif t is _bool:
                append(qk + ("true" if v else "false"))
            elif v is null:
                append(qk + "null")
            elif t is _JSObject:
                append(qk)
                obj(v, depth + 1)
            elif t is _JSArray:
                append(qk)
                arr(v, depth + 1)
            elif v is undefined:
                pass
            elif t is _FunctionType:
                check(v)
            else:
                raise Fallback
        if len(out) == mark:
            append("{}")
        else:
            out[mark] = "{" + out[mark][1:]
            append("}")

    def obj_ordered(o, depth):
        """JO for an object with index-like keys or non-default attributes."""
        props = o.props
        attrs = o.attrs
        # As in obj: every member with a leading comma, the first one's
        # becoming the brace; the common values written here, not by other().
        mark = len(out)
        for k in own_keys(o):
            if attrs is not None and not (attrs.get(k, WEC) & E):
                continue
            v = props[k]
            t = type(v)
            qk = kc.get(k) or "," + json_quote(k) + ":"
            if t is _str:
                append(qk + _c_quote(v))
                if len(v) > BIG_STRING:
                    long_string(v)
            elif t is _float:
                append(qk + (nc.get(v) or _number(v)))
            elif v is undefined:
                pass
            elif t is _FunctionType:
                check(v)
            else:
                append(qk)
                other(v, t, depth)
        if len(out) == mark:
            append("{}")
        else:
            out[mark] = "{" + out[mark][1:]
            append("}")

    def arr(a, depth):
        """JA (15.12.3) for a dense JSArray."""
        nonlocal plain_arr_proto
        if "toJSON" in a.props or a.proto is not plain_arr_proto:
            check(a)
            plain_arr_proto = a.proto
        if depth > MAX_FAST_DEPTH:
            raise Fallback
        if FLAG[0]:
            preempt()
        elems = a.elems
        if elems is None:
            raise Fallback
        if not elems:
            append("[]")
            return
        mark = len(out)
        for v in elems if len(elems) <= CHUNK else checked(elems):
            t = type(v)
            if t is _str:
                append("," + _c_quote(v))
                if len(v) > BIG_STRING:
                    long_string(v)
            elif t is _float:
                append("," + (nc.get(v) or _number(v)))
            elif t is _JSObject:
                append(",")
                obj(v, depth + 1)
            else:
                append(",")
                if v is undefined:
                    append("null")
                elif t is _FunctionType:
                    check(v)
                    append("null")
                else:
                    other(v, t, depth)  # holes and accessors fall back there
        out[mark] = "[" + out[mark][1:]
        append("]")

    def other(v, t, depth):
        """Any value but undefined and functions, in an object or array at ``depth``."""
        if t is _str:
            append(_c_quote(v))
            if len(v) > BIG_STRING:
                long_string(v)
        elif t is _float:
            append(_number(v))
        elif t is _bool:
            append("true" if v else "false")
        elif v is null:
            append("null")
        elif t is _JSObject:
            obj(v, depth + 1)
        elif t is _JSArray:
            arr(v, depth + 1)
        else:
            raise Fallback

    try:
        other(value, t, 0)
    except RecursionError:
        raise Fallback from None
    finally:
        # The helpers call each other through their closure cells: a
        # reference cycle per call that only the cyclic GC would free
        # (measured: ~8 us per websocket message of the JSON protocol bench
        # in collections). Emptying the cells frees them at once.
        check = obj = obj_ordered = arr = other = long_string = None  # noqa: F841
    # Strings were quoted by the C encoder alone: their lone surrogates are
    # escaped here, once for the whole text.
    return escape_lone_surrogates("".join(out))
