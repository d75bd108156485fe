"""The fast path of JSON.parse: Python's C-accelerated ``json`` decoder with
hooks that build the JS values of one realm directly.

JSON's grammar is the decoder's once NaN/Infinity are refused (its
whitespace is JSON's four characters too), so every text it accepts means
the same in JS, with these differences handled here:

* numbers are floats (``parse_int=float``: ``-0`` keeps its sign);
* ``null`` and arrays come back as None and lists: the hooks replace them;
* strings are code units: only a ``\\u`` escape or a host string holding an
  astral character can give a decoded string that is not, and only then do
  the hooks convert keys and values (:func:`runtime.values.js_string`).

Object keys need nothing: a dict keeps the first position of a duplicate
key with the last value, as JS does, and ``__proto__`` is an ordinary key;
array-index keys are ordered when keys are listed (properties.own_keys).
Whatever the decoder rejects raises, and the caller runs the hand-written
parser for V8's message.
"""

import json as _pyjson
from gc import is_tracked

from runtime import limits
from runtime.limits import CHUNK, FLAG, check_array_size, checked, preempt
from runtime.values import JSArray, JSObject, js_string, null


class Refused(Exception):
    """NaN, Infinity or -Infinity, which the decoder accepts and JSON does not."""


def _refuse_constant(name):
    raise Refused(name)


def _make_decoder(obj_proto, arr_proto, convert_str):
    """A decoder building JSObjects/JSArrays with these prototypes: a
    function of the text."""
    _list, _type, _null, _limits = list, type, null, limits
    _new, _JSObject, _JSArray, _tracked = object.__new__, JSObject, JSArray, is_tracked

    def convert_items(items):
        """Replaces the elements of a decoded list that are not JS values yet."""
        i = 0
        for v in items if len(items) <= CHUNK else checked(items):
            if v is None:
                items[i] = _null
            elif _type(v) is _list:
                items[i] = conv_list(v)
            elif convert_str and _type(v) is str:
                items[i] = js_string(v)
            i += 1

    # JSObjects and JSArrays are built here as values.make_object and
    # make_array build them (tests/unit/test_perf_json_parse.py compares the
    # slots), without their call (~400 instructions each). A list held by an
    # object, the usual place, is converted inside to_object too: the call of
    # conv_list for it cost 3% of the parse of bench json_roundtrip's records;
    # conv_list does the same for a list at the top or in a list.

    def conv_list(items):
        """A decoded list as a JSArray of this realm."""
        if FLAG[0]:  # a 10 MB text takes long: the scheduler may preempt here
            preempt()
        n = len(items)
        if n > _limits.MAX_ARRAY_ELEMENTS:
            check_array_size(n)
        if convert_str:
            convert_items(items)  # its strings may need converting too
        else:
            # A pass that only looks first: most lists (of objects, of
            # strings) need no change, and the converting pass with its
            # index is slower.
            for v in items if n <= CHUNK else checked(items):
                if v is None or _type(v) is _list:
                    convert_items(items)
                    break
        a = _new(_JSArray)
        a.props = {}
        a.attrs = None
        a.proto = arr_proto
        a.extensible = True
        a.special = False
        a.cls = "Array"
        a.elems = items
        a.sparse = None
        a.length = 0
        a.length_writable = True
        return a

    def to_object(props):
        """object_hook: the decoded dict becomes a JSObject's own properties."""
        if FLAG[0]:
            preempt()
        # A dict the GC does not track holds no container (CPython tracks
        # one once a list or an object goes in): no list to look for, and
        # None is found by a C loop, a third cheaper than the Python one.
        if _tracked(props):
            for k, v in props.items():  # replacing values while iterating is fine
                if v is None:
                    props[k] = _null
                elif _type(v) is _list:  # conv_list(v) inline, its check of FLAG just done
                    n = len(v)
                    if n > _limits.MAX_ARRAY_ELEMENTS:
                        check_array_size(n)
                    if convert_str:
                        convert_items(v)
                    else:
                        for e in v if n <= CHUNK else checked(v):
                            if e is None or _type(e) is _list:
                                convert_items(v)
                                break
                    a = _new(_JSArray)
                    a.props = {}
                    a.attrs = None
                    a.proto = arr_proto
                    a.extensible = True
                    a.special = False
                    a.cls = "Array"
                    a.elems = v
                    a.sparse = None
                    a.length = 0
                    a.length_writable = True
                    props[k] = a
        elif None in props.values():
            for k, v in props.items():
                if v is None:
                    props[k] = _null
        o = _new(_JSObject)
        o.props = props
        o.attrs = None
        o.proto = obj_proto
        o.extensible = True
        o.special = False
        o.cls = "Object"
        return o

    def to_object_converting(props):
        """object_hook when strings may need converting (keys and values)."""
        return to_object({js_string(k): js_string(v) if _type(v) is str else v
                          for k, v in props.items()})

    dec = _pyjson.JSONDecoder(object_hook=to_object_converting if convert_str else to_object,
                              parse_float=float, parse_int=float, parse_constant=_refuse_constant)

    def decode(text):
        r = dec.decode(text)
        t = _type(r)
        if t is _list:
            return conv_list(r)
        if r is None:
            return _null
        if convert_str and t is str:
            return js_string(r)
        return r

    return decode


def fast_parse(text, realm):
    """JSON.parse(text) by the C decoder, or an exception (ValueError,
    Refused, RecursionError) when the text needs the hand-written parser."""
    # "\\" first: one character is found by memchr, "\\u" by a slower search
    convert_str = ("\\" in text and "\\u" in text) or (not text.isascii() and max(text) > "\uffff")
    decoders = realm.json_decoders
    if decoders is None:
        # per realm (the hooks build objects with its prototypes): a server
        # interleaves many realms, a single shared slot would rebuild them
        # on nearly every call; each variant is made when first needed
        decoders = realm.json_decoders = {}
    decode = decoders.get(convert_str)
    if decode is None:
        decode = decoders[convert_str] = _make_decoder(realm.ObjectPrototype, realm.ArrayPrototype,
                                                       convert_str)
    return decode(text)
