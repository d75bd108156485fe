"""String quoting and the fast path of JSON.stringify (ES5.1 15.12.3).

The fast path serializes the common case, a graph of plain objects and
dense arrays of primitives with no replacer function, no ``space``, no
``toJSON`` anywhere, no accessors and no cycles, by reading ``props`` and
``elems`` directly. It runs no JS code and changes nothing, so when it meets
anything else it raises :class:`Fallback` and the caller starts the general
algorithm from scratch: the result is the same either way.

Each object and array is written as one string returned to its container.
An object whose shape (its keys, in order) has been met often is written by
a function made for the shape (``json_shapes.py``); the others by a loop
over their members.
"""

import re
from json.encoder import encode_basestring as _c_quote

from runtime.builtins.json_shapes import make_encoder
from runtime.limits import BIG_STRING, CHUNK, FLAG, check_string_size, checked, preempt
from runtime.numconv import number_to_string
from runtime.properties import own_keys
from runtime.values import (E, FunctionType, JSArray, JSObject, Null, Undefined, WEC, array_index, null,
                           undefined)

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


class _Skip(Exception):
    """A member a shape's encoder cannot write (undefined, a function, a long
    string): the loop writes the object."""


class _IndexKey(Exception):
    """An object has an array-index-like key: its members go in key order."""


class _Texts(dict):
    """Texts computed before; a miss computes one (``__missing__``)."""

    __slots__ = ()

    def keep(self, k, text):
        """Stores and returns ``text``; the cache is emptied at 20,000 entries."""
        if len(self) >= 20000:
            self.clear()
        self[k] = text
        return text


class _QuotedKeys(_Texts):
    """'"k":' for keys seen before. Array-index-like keys are never stored:
    a miss on one raises :class:`_IndexKey`, as they change the order."""

    __slots__ = ()

    def __missing__(self, k):
        if type(k) is not _str:
            raise Fallback  # a symbol key (the general path's key lists have none)
        if array_index(k) >= 0:
            raise _IndexKey
        return self.keep(k, json_quote(k) + ":")


_key_cache = _QuotedKeys()


def _chain_has_tojson(p):
    """True when ``p`` or an object on its prototype chain has a ``toJSON``
    property (any kind: an accessor could return a function)."""
    while p is not null:
        if "toJSON" in p.props:
            return True
        p = p.proto
    return False


_INF = float("inf")


class _NumberTexts(_Texts):
    """Number texts seen before (finite numbers only; -0 shares 0's entry,
    which is right: both are written "0"); a miss computes the text."""

    __slots__ = ()

    def __missing__(self, v):
        if v.is_integer():
            if -9007199254740992.0 < v < 9007199254740992.0:
                s = _str(_int(v))
            else:
                s = number_to_string(v)
        elif v == v and v != _INF and v != -_INF:
            s = number_to_string(v)
        else:
            return "null"
        return self.keep(v, s)


_num_cache = _NumberTexts()


def _function_text(f):
    """A function is left out of objects and written null in arrays, unless
    a toJSON may turn it into something else (the general path calls it)."""
    if "toJSON" in f.props or _chain_has_tojson(f.proto):
        raise Fallback
    return "null"


def _skip(v):
    raise _Skip


def _skip_function(f):
    _function_text(f)
    raise _Skip


_null_text = "null".format  # "null" whatever the argument
# The text of a value of any other type than string, number, object and
# array: in an array, and in an object written by a shape's encoder (where a
# long string, undefined or a function raise _Skip: the loop writes the
# object). Types not listed (holes, accessors, wrappers, symbols) raise
# KeyError: the general path.
_ELEMENT_TEXT = {_bool: {True: "true", False: "false"}.__getitem__, Null: _null_text,
                 Undefined: _null_text, _FunctionType: _function_text}
_MEMBER_TEXT = dict(_ELEMENT_TEXT)
_MEMBER_TEXT[Undefined] = _MEMBER_TEXT[_str] = _skip
_MEMBER_TEXT[_FunctionType] = _skip_function

# Shapes (tuples of keys, in order) of objects with at most _MAX_SHAPE_KEYS
# string keys get an encoder (json_shapes.py) once _SHAPE_USES objects of the
# shape were written by the loop: making one (about 2.7M instructions for 5
# keys) costs what the loop takes for about 100 objects. At most 256 are
# kept (a few kB each). An object the encoder cannot write (a member to
# leave out, a long string) is written by the loop; False marks a shape left
# to the loop, where the object that reached the count had a member to leave
# out (likely to be common then: each such object costs an exception more).
_MAX_SHAPE_KEYS = 16
_SHAPE_USES = 64
_encoders = {}
# Per number of keys, the encoder used last (it checks the keys itself):
# tried before the tuple of keys is made and looked up in _encoders.
_by_len = [None] * (_MAX_SHAPE_KEYS + 1)
_uses = {}
_ENCODER_NAMES = {"q": _c_quote, "nc": _num_cache, "S": _str, "F": _float, "B": _bool,
                  "O": _JSObject, "A": _JSArray, "K": _MEMBER_TEXT, "BIG": BIG_STRING}
# The letters make_encoder knows for the types tested first.
_KINDS = {_str: "S", _float: "F", _bool: "B", _JSObject: "O", _JSArray: "A"}


def _make_encoder(keys, values):
    """Makes the encoder of shape ``keys``, testing first for each member
    the type it has in ``values`` (an object's of the shape)."""
    _uses.pop(keys, None)
    if len(_encoders) >= 256:
        _encoders.clear()
    try:
        quoted_keys = [_key_cache[k] for k in keys]
    except (_IndexKey, Fallback):  # the loop met the key with an undefined value only
        _encoders[keys] = False
        return
    if any(v is undefined or type(v) is _FunctionType for v in values):
        _encoders[keys] = False  # a member that is often left out: the encoder would fail
        return
    kinds = [_KINDS.get(type(v)) for v in values]
    _encoders[keys] = make_encoder(keys, quoted_keys, kinds, _ENCODER_NAMES)


def _ordered_key(k):
    """'"k":' for any key, array-index-like ones included."""
    return _key_cache.get(k) or json_quote(k) + ":"


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
        return _num_cache[value]
    if t is _bool:
        return "true" if value else "false"
    if value is null:
        return "null"
    if t is not _JSObject and t is not _JSArray:
        raise Fallback
    # Per prototype object: does its chain have a toJSON? No JS code runs
    # during the walk, so the answer cannot change meanwhile. The last
    # prototype found without one is kept for objects and for arrays: in
    # the common case one identity test per container replaces the lookup.
    tojson = {}
    plain_obj_proto = plain_arr_proto = None
    quoted = _key_cache.__getitem__
    kc_get = _key_cache.get
    nc = _num_cache
    encoders = _encoders
    by_len = _by_len
    uses = _uses
    depth = 0
    big = 0  # units of long strings written (see limits.BIG_STRING)

    def check(v):
        """Falls back unless object ``v`` has no toJSON (15.12.3 Str step 2)."""
        if "toJSON" in v.props:
            raise Fallback
        p = v.proto
        has = tojson.get(p)
        if has is None:
            has = tojson[p] = _chain_has_tojson(p)
        if has:
            raise Fallback

    def long_string(v):
        """A long string quoted, counted against the output limit."""
        nonlocal big
        q = _c_quote(v)
        big += len(q)
        check_string_size(big)
        return q

    def members(items, quote):
        """JO's text from (key, value) pairs, keys quoted by ``quote``;
        undefined and functions left out."""
        parts = []
        append = parts.append
        for k, v in items:
            t = type(v)
            if t is _str:
                append((kc_get(k) or quote(k)) + (_c_quote(v) if len(v) <= BIG_STRING else long_string(v)))
            elif t is _float:
                append((kc_get(k) or quote(k)) + nc[v])
            elif t is _JSObject:
                append((kc_get(k) or quote(k)) + obj(v))
            elif t is _JSArray:
                append((kc_get(k) or quote(k)) + arr(v))
            elif v is undefined:
                pass
            elif t is _FunctionType:
                _function_text(v)
            else:
                append((kc_get(k) or quote(k)) + _ELEMENT_TEXT[t](v))
        return f"{{{','.join(parts)}}}"

    def obj(o):
        """JO (15.12.3) for a plain JSObject."""
        nonlocal plain_obj_proto, depth, big
        props = o.props
        if "toJSON" in props or o.proto is not plain_obj_proto:
            check(o)
            plain_obj_proto = o.proto
        if FLAG[0]:
            preempt()
        depth += 1
        if depth > MAX_FAST_DEPTH:
            raise Fallback
        if o.attrs is not None:
            s = obj_ordered(o)
            depth -= 1
            return s
        n = len(props)
        encode = keys = None
        if n <= _MAX_SHAPE_KEYS:
            b = big
            try:
                encode = by_len[n]
                s = encode(props, obj, arr) if encode else None
                if s is None:  # no encoder for n keys yet, or one for other keys
                    keys = tuple(props)
                    encode = encoders.get(keys)
                    if encode:
                        by_len[n] = encode
                        s = encode(props, obj, arr)
                if s is not None:
                    depth -= 1
                    return s
            except _Skip:
                big = b  # counted again by the loop
        b = big
        try:
            s = members(props.items(), quoted)
        except _IndexKey:  # raised before its value was written: values written
            big = b        # so far are written again, in key order
            s = obj_ordered(o)
        else:
            if encode is None and keys is not None:  # a shape without an encoder yet
                n = uses.get(keys, 0) + 1
                if n < _SHAPE_USES:
                    if len(uses) >= 2048:
                        uses.clear()
                    uses[keys] = n
                else:
                    _make_encoder(keys, props.values())
        depth -= 1
        return s

    def obj_ordered(o):
        """JO for an object with index-like keys or non-default attributes."""
        props = o.props
        attrs = o.attrs
        return members([(k, props[k]) for k in own_keys(o) if attrs is None or attrs.get(k, WEC) & E],
                       _ordered_key)

    def arr(a):
        """JA (15.12.3) for a dense JSArray."""
        nonlocal plain_arr_proto, depth, big
        if "toJSON" in a.props or a.proto is not plain_arr_proto:
            check(a)
            plain_arr_proto = a.proto
        if FLAG[0]:
            preempt()
        elems = a.elems
        if not elems:
            if elems is None:
                raise Fallback
            return "[]"
        if depth >= MAX_FAST_DEPTH:  # this array would be one level too deep
            raise Fallback
        # Strings only (the paths below): nothing nested, no depth to count.
        n = len(elems)
        if n == 2:
            # A pair of short strings (a record's tags, a point's names):
            # unpacked, as the join below costs a map object and a list.
            v0, v1 = elems
            if type(v0) is _str and type(v1) is _str and len(v0) + len(v1) <= BIG_STRING:
                return f"[{_c_quote(v0)},{_c_quote(v1)}]"
        if type(elems[0]) is _str and n <= CHUNK:
            # All strings (len and the C quoting raise TypeError on any
            # other JS value): quoted and joined without a Python step per
            # element. Their lengths are summed first, so that long strings
            # go to the loop, which counts them against the output limit
            # one by one, before anything is quoted (quoting them all first
            # made a 64 x 16M-unit array allocate 2 GB before its
            # RangeError). Under BIG_STRING in all, none is long (quoting
            # never shortens).
            try:
                s = ",".join(map(_c_quote, elems)) if sum(map(len, elems)) <= BIG_STRING else None
            except TypeError:
                s = None
            if s is not None and len(s) <= BIG_STRING:
                return f"[{s}]"
        depth += 1
        texts = []
        append = texts.append
        for v in elems if n <= CHUNK else checked(elems):
            t = type(v)
            if t is _str:
                append(_c_quote(v) if len(v) <= BIG_STRING else long_string(v))
            elif t is _float:
                append(nc[v])
            elif t is _JSObject:
                append(obj(v))
            elif t is _JSArray:
                append(arr(v))
            else:
                append(_ELEMENT_TEXT[t](v))
        depth -= 1
        return f"[{','.join(texts)}]"

    try:
        return escape_lone_surrogates(obj(value) if t is _JSObject else arr(value))
    except (KeyError, RecursionError):  # KeyError: a value of no JSON type
        raise Fallback from None
    finally:
        # The helpers call each other through their closure cells: a
        # reference cycle per call that only the cyclic GC would free
        # (measured: ~8 us per websocket message of the JSON protocol bench
        # in collections). Emptying the cells frees them at once.
        check = long_string = members = obj = obj_ordered = arr = None  # noqa: F841
