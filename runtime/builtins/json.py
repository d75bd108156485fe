"""The JSON object (ES5.1 15.12), with node's (V8's) error messages.

``JSON.parse`` first lets Python's C-accelerated ``json`` module build the
value (its grammar is JSON's, once NaN/Infinity are refused); when that fails
the hand-written parser of this module runs on the same text, accepting
exactly what V8 accepts and reporting V8's message and position. Both build
objects through the current realm, strings as UTF-16 code units.

``JSON.stringify`` and the reviver walk are generators that yield every call
into JS (replacer, reviver, ``toJSON``) so that :func:`runtime.callbacks.drive`
can continue them asynchronously when a callback blocks.
"""

import math

from runtime import limits
from runtime.builtins.json_decode import Refused, fast_parse
from runtime.builtins.json_fast import Fallback, fast_stringify, json_quote
from runtime.callbacks import drive
from runtime.errors import throw_range_error, throw_syntax_error, throw_type_error
from runtime.limits import BIG_STRING, check_array_size, check_string, check_string_size, checkpoint
from runtime.numconv import number_to_string
from runtime.conversions import is_object, to_integer, to_number, to_string
from runtime.properties import (
    define_own_property, delete_prop, enumerable_own_keys, get_own_property, get_prop,
)
from runtime.realm import current_realm
from runtime.values import (
    C, FunctionType, JSArray, JSObject, JSPrimitiveWrapper, MISSING, WEC, js_string, null, undefined,
)

# ---------------------------------------------------------------------------
# JSON.parse (15.12.2)
# ---------------------------------------------------------------------------


# V8's token classes of a character (json-parser.h, one_char_json_tokens).
_STRING, _NUMBER, _EOS, _ILLEGAL = "string", "number", "eos", "illegal"
_TOKEN_OF = {'"': _STRING, "-": _NUMBER, "t": "true", "f": "false", "n": "null",
             ":": ":", ",": ",", "[": "[", "]": "]", "{": "{", "}": "}",
             " ": "ws", "\t": "ws", "\n": "ws", "\r": "ws"}
for _d in "0123456789":
    _TOKEN_OF[_d] = _NUMBER

_WS = " \t\n\r"
_HEX = set("0123456789abcdefABCDEF")
_ESCAPES = {'"': '"', "\\": "\\", "/": "/", "b": "\b", "f": "\f", "n": "\n", "r": "\r", "t": "\t"}
_SPECIAL_SOURCES = ("[object Object]", "undefined", "Infinity", "NaN")
_CONTEXT = 10  # V8 kMaxContextCharacters
_MIN_LEN_FOR_CONTEXT = 2 * _CONTEXT + 1


class _Parser:
    """A JSON text parser that mirrors V8's JsonParser, iteratively (so any
    nesting depth works), for exact error messages."""

    def __init__(self, text, realm):
        self.s = text
        self.n = len(text)
        self.i = 0
        self.realm = realm

    # -- errors ------------------------------------------------------------

    def token_at(self, i):
        if i >= self.n:
            return _EOS
        return _TOKEN_OF.get(self.s[i], _ILLEGAL)

    def fail(self, message=None, pos=None):
        """ReportUnexpectedToken: a specific ``message`` wins, else the
        message is derived from the token at ``pos`` (V8's lookup)."""
        pos = self.i if pos is None else pos
        if message is not None:
            where = " at position %d" if message.endswith("after JSON") else " in JSON at position %d"
            throw_syntax_error(message + where % pos)
        tok = self.token_at(pos)
        s = self.s
        if tok == _EOS:
            throw_syntax_error("Unexpected end of JSON input")
        if tok == _NUMBER:
            throw_syntax_error("Unexpected number in JSON at position %d" % pos)
        if tok == _STRING:
            throw_syntax_error("Unexpected string in JSON at position %d" % pos)
        if s in _SPECIAL_SOURCES:
            throw_syntax_error('"%s" is not valid JSON' % s)
        ch = s[pos]
        if self.n < _MIN_LEN_FOR_CONTEXT:
            throw_syntax_error("Unexpected token '%s', \"%s\" is not valid JSON" % (ch, s))
        if pos < _CONTEXT:
            ctx = '"%s"...' % s[:pos + _CONTEXT]
        elif pos < self.n - _CONTEXT:
            ctx = '..."%s"...' % s[pos - _CONTEXT:pos + _CONTEXT]
        else:
            ctx = '..."%s"' % s[pos - _CONTEXT:]
        throw_syntax_error("Unexpected token '%s', %s is not valid JSON" % (ch, ctx))

    # -- scanning ----------------------------------------------------------

    def skip_ws(self):
        s, i, n = self.s, self.i, self.n
        while i < n and s[i] in _WS:
            i += 1
        self.i = i

    def peek(self):
        self.skip_ws()
        return self.token_at(self.i)

    def expect(self, tok, message=None):
        if self.peek() != tok:
            self.fail(message)
        self.i += 1

    def scan_literal(self, word):
        s, i = self.s, self.i
        if s.startswith(word, i):
            self.i = i + len(word)
            return
        j = i + 1
        for ch in word[1:]:
            if j >= self.n:
                break
            if s[j] != ch:
                self.fail(pos=j)
            j += 1
        self.fail(pos=self.n)

    def scan_string(self):
        """A string token starting at the opening quote; returns its value."""
        s, n = self.s, self.n
        i = self.i + 1
        out = []
        start = i
        while True:
            if i >= n:
                self.fail("Unterminated string", n)
            c = s[i]
            if c == '"':
                out.append(s[start:i])
                self.i = i + 1
                return js_string("".join(out))
            if c == "\\":
                out.append(s[start:i])
                i += 1
                if i >= n:
                    self.fail(pos=n)
                e = s[i]
                if e == "u":
                    for k in range(1, 5):
                        if i + k >= n or s[i + k] not in _HEX:
                            self.fail("Bad Unicode escape", i + k)
                    out.append(chr(int(s[i + 1:i + 5], 16)))
                    i += 5
                else:
                    r = _ESCAPES.get(e)
                    if r is None:
                        self.fail("Bad escaped character", i)
                    out.append(r)
                    i += 1
                start = i
                continue
            if c < " ":
                self.fail("Bad control character in string literal", i)
            i += 1

    def scan_number(self):
        s, n = self.s, self.n
        start = i = self.i

        def digit(k):
            return k < n and "0" <= s[k] <= "9"

        if s[i] == "-":
            i += 1
            if not digit(i):
                self.fail("No number after minus sign", i)
        if s[i] == "0":
            i += 1
            if digit(i):
                self.fail(pos=i)
        else:
            while digit(i):
                i += 1
        if i < n and s[i] == ".":
            i += 1
            if not digit(i):
                self.fail("Unterminated fractional number", i)
            while digit(i):
                i += 1
        if i < n and s[i] in "eE":
            i += 1
            if i < n and s[i] in "+-":
                i += 1
            if not digit(i):
                self.fail("Exponent part is missing a number", i)
            while digit(i):
                i += 1
        self.i = i
        return float(s[start:i])

    # -- the grammar (15.12.1.2) -------------------------------------------

    def parse(self):
        realm = self.realm
        # Continuation stack: [kind, container, pending key]
        stack = []
        while True:
            checkpoint()
            tok = self.peek()
            if tok == _STRING:
                value = self.scan_string()
            elif tok == _NUMBER:
                value = self.scan_number()
            elif tok == "{":
                self.i += 1
                if self.peek() == "}":
                    self.i += 1
                    value = realm.new_object()
                else:
                    self.expect(_STRING, "Expected property name or '}'")
                    self.i -= 1
                    key = self.scan_string()
                    self.expect(":", "Expected ':' after property name")
                    stack.append(["o", realm.new_object(), key])
                    continue
            elif tok == "[":
                self.i += 1
                if self.peek() == "]":
                    self.i += 1
                    value = realm.new_array()
                else:
                    stack.append(["a", [], None])
                    continue
            elif tok == "true":
                self.scan_literal("true")
                value = True
            elif tok == "false":
                self.scan_literal("false")
                value = False
            elif tok == "null":
                self.scan_literal("null")
                value = null
            else:
                self.fail()
            # A value is complete: hand it to the enclosing containers.
            while True:
                checkpoint()  # "]]]]..." closes many containers in this loop
                if not stack:
                    if self.peek() != _EOS:
                        self.fail("Unexpected non-whitespace character after JSON")
                    return value
                top = stack[-1]
                if top[0] == "o":
                    top[1].props[top[2]] = value
                    if self.peek() == ",":
                        self.i += 1
                        self.expect(_STRING, "Expected double-quoted property name")
                        self.i -= 1
                        top[2] = self.scan_string()
                        self.expect(":")
                        break
                    self.expect("}", "Expected ',' or '}' after property value")
                    value = top[1]
                else:
                    top[1].append(value)
                    if self.peek() == ",":
                        self.i += 1
                        break
                    self.expect("]", "Expected ',' or ']' after array element")
                    check_array_size(len(top[1]))
                    value = realm.new_array(top[1])
                stack.pop()


def parse_json_text(text):
    """Parses JSON text (a code-unit str) into JS values of the current realm;
    throws a JS SyntaxError worded as V8 words it."""
    realm = current_realm()
    try:
        return fast_parse(text, realm)
    except (ValueError, Refused, RecursionError):
        pass
    return _Parser(text, realm).parse()


def _internalize(holder, name, reviver):
    """Walk (15.12.2 step 3) as a callback generator."""
    val = get_prop(holder, name)
    if is_object(val):
        if isinstance(val, JSArray):
            length = int(to_number(get_prop(val, "length")))
            keys = [str(i) for i in range(length)]
        else:
            keys = enumerable_own_keys(val)
        for k in keys:
            new = yield from _internalize(val, k, reviver)
            if new is undefined:
                delete_prop(val, k, False)
            else:
                _create_data_property(val, k, new)
    return (yield reviver, holder, (name, val))


def _create_data_property(o, key, value):
    """[[DefineOwnProperty]] with a plain data descriptor and Throw false."""
    d = get_own_property(o, key)
    if d is None:
        if not o.extensible:
            return
    elif not (d[1] & C):
        return
    define_own_property(o, key, value, WEC, False)


def json_parse(this, text=undefined, reviver=undefined, *_):
    """JSON.parse (15.12.2)."""
    result = parse_json_text(to_string(text))
    if type(reviver) is not FunctionType:
        return result
    root = current_realm().new_object()
    root.props[""] = result
    return drive(_internalize(root, "", reviver))


# ---------------------------------------------------------------------------
# JSON.stringify (15.12.3)
# ---------------------------------------------------------------------------

class _State:
    __slots__ = ("replacer", "props", "gap", "stack", "keys", "on_stack", "big")

    def __init__(self, replacer, props, gap):
        self.replacer = replacer
        self.props = props
        self.gap = gap
        self.stack = []  # objects being serialized (cycle check)
        self.keys = []   # key under which each stacked object was reached
        self.on_stack = set()  # their ids: the cycle check per object stays O(1)
        self.big = 0     # units of long strings written so far (output bound)

    def quote(self, s):
        """Quote(s), counting long strings against the output limit: one
        long string referenced many times makes an output far bigger than
        the data."""
        q = json_quote(s)
        if len(q) > BIG_STRING:
            self.big += len(q)
            check_string_size(self.big)
        return q


def _constructor_name(o):
    """V8's GetConstructorName, approximated by the inherited ``constructor``."""
    p = o
    while p is not null:
        v = p.props.get("constructor", MISSING)
        if v is not MISSING:
            if type(v) is FunctionType:
                name = v.__dict__.get("props", {}).get("name")
                if type(name) is str and name:
                    return name
            break
        p = p.proto
    return "Object"


def _circular_message(state, value, closing_key):
    """The multi-line TypeError message node prints for a cycle."""
    start = next(i for i, o in enumerate(state.stack) if o is value)
    entries = list(zip(state.keys[start:], state.stack[start:]))

    def key_text(k):
        if type(k) is int:
            return "index %d" % k
        return "property '%s'" % k if k else "<anonymous>"

    lines = ["Converting circular structure to JSON",
             "    --> starting at object with constructor '%s'" % _constructor_name(entries[0][1])]
    idx = 1
    prefix_end = min(len(entries), idx + 2)
    while idx < prefix_end:
        k, o = entries[idx]
        lines.append("    |     %s -> object with constructor '%s'" % (key_text(k), _constructor_name(o)))
        idx += 1
    if len(entries) > idx + 1:
        lines.append("    |     ...")
    idx = max(idx, len(entries) - 1)
    while idx < len(entries):
        k, o = entries[idx]
        lines.append("    |     %s -> object with constructor '%s'" % (key_text(k), _constructor_name(o)))
        idx += 1
    lines.append("    --- %s closes the circle" % key_text(closing_key))
    return "\n".join(lines)


def _str(state, holder, key, value, key_for_stack):
    """Str(key, holder) (15.12.3) as a callback generator; ``value`` is
    holder[key] already read. Returns a str, or None for undefined."""
    if is_object(value):
        tojson = get_prop(value, "toJSON")
        if type(tojson) is FunctionType:
            value = yield tojson, value, (key,)
    if state.replacer is not None:
        value = yield state.replacer, holder, (key, value)
    t = type(value)
    if t is JSPrimitiveWrapper:
        cls = value.cls
        if cls == "Number":
            value = to_number(value)
        elif cls == "String":
            value = to_string(value)
        elif cls == "Boolean":
            value = value.value
        t = type(value)
    if t is str:
        return state.quote(value)
    if t is float:
        return number_to_string(value) if math.isfinite(value) else "null"
    if t is bool:
        return "true" if value else "false"
    if value is null:
        return "null"
    if value is undefined or t is FunctionType:
        return None
    if is_object(value):
        if id(value) in state.on_stack:
            throw_type_error(_circular_message(state, value, key_for_stack))
        if len(state.stack) >= limits.MAX_JSON_DEPTH:
            throw_range_error("Maximum call stack size exceeded")
        checkpoint()
        state.stack.append(value)
        state.keys.append(key_for_stack)
        state.on_stack.add(id(value))
        try:
            if isinstance(value, JSArray):
                r = yield from _serialize_array(state, value)
            else:
                r = yield from _serialize_object(state, value)
        finally:
            state.stack.pop()
            state.keys.pop()
            state.on_stack.discard(id(value))
        return r
    return None


def _serialize_object(state, value):
    """JO (15.12.3)."""
    indent = "\n" + state.gap * len(state.stack)
    keys = state.props if state.props is not None else enumerable_own_keys(value)
    parts = []
    colon = ": " if state.gap else ":"
    replacer = state.replacer
    for k in keys:
        v = get_prop(value, k)
        t = type(v)
        if replacer is None and (t is str or t is float or t is bool or v is null):
            s = state.quote(v) if t is str else (
                (number_to_string(v) if math.isfinite(v) else "null") if t is float else
                ("true" if v else "false") if t is bool else "null")
        elif replacer is None and v is undefined:
            continue
        else:
            s = yield from _str(state, value, k, v, k)
            if s is None:
                continue
        parts.append(json_quote(k) + colon + s)
    if not parts:
        return "{}"
    if not state.gap:
        return "{" + ",".join(parts) + "}"
    outer = "\n" + state.gap * (len(state.stack) - 1)
    return "{" + indent + ("," + indent).join(parts) + outer + "}"


def _serialize_array(state, value):
    """JA (15.12.3)."""
    indent = "\n" + state.gap * len(state.stack)
    length = int(to_number(get_prop(value, "length")))
    parts = []
    replacer = state.replacer
    check_array_size(length)  # JSON.stringify({length: 2**32-1}) would build that list
    for i in range(length):
        if not i & 0xFFFF:
            checkpoint()
        k = str(i)
        v = get_prop(value, k)
        t = type(v)
        if replacer is None and t is float:
            s = number_to_string(v) if math.isfinite(v) else "null"
        elif replacer is None and t is str:
            s = state.quote(v)
        else:
            s = yield from _str(state, value, k, v, i)
            if s is None:
                s = "null"
        parts.append(s)
    if not parts:
        return "[]"
    if not state.gap:
        return "[" + ",".join(parts) + "]"
    outer = "\n" + state.gap * (len(state.stack) - 1)
    return "[" + indent + ("," + indent).join(parts) + outer + "]"


def _property_list(replacer):
    """The PropertyList built from an array replacer (15.12.3 step 4.b)."""
    out = []
    seen = set()
    length = int(to_number(get_prop(replacer, "length")))
    for i in range(length):
        v = get_prop(replacer, str(i))
        item = None
        t = type(v)
        if t is str:
            item = v
        elif t is float:
            item = number_to_string(v)
        elif t is JSPrimitiveWrapper and v.cls in ("String", "Number"):
            item = to_string(v)
        if item is not None and item not in seen:
            seen.add(item)
            out.append(item)
    return out


def _gap_of(space):
    """The gap string from the ``space`` argument (15.12.3 steps 5-8)."""
    if type(space) is JSPrimitiveWrapper:
        if space.cls == "Number":
            space = to_number(space)
        elif space.cls == "String":
            space = to_string(space)
    if type(space) is float:
        n = to_integer(space)
        return " " * int(min(10.0, n)) if n >= 1 else ""
    if type(space) is str:
        return space[:10]
    return ""


def _stringify_gen(value, state):
    wrapper = current_realm().new_object()
    wrapper.props[""] = value
    r = yield from _str(state, wrapper, "", value, "")
    return undefined if r is None else r


def json_stringify(this, value=undefined, replacer=undefined, space=undefined, *_):
    """JSON.stringify (15.12.3)."""
    fn = None
    props = None
    if type(replacer) is FunctionType:
        fn = replacer
    elif isinstance(replacer, JSArray):
        props = _property_list(replacer)
    gap = _gap_of(space)
    if fn is None and props is None and not gap:
        try:
            r = fast_stringify(value)
            return undefined if r is None else check_string(r)
        except Fallback:
            pass
    state = _State(fn, props, gap)
    try:
        r = drive(_stringify_gen(value, state))
    except RecursionError:
        throw_range_error("Maximum call stack size exceeded")
    return check_string(r) if type(r) is str else r


def stringify_value(value, space=undefined):
    """Python helper: JSON.stringify(value[, null, space]) as a str or None
    (undefined); callbacks must not block here."""
    r = drive(_stringify_gen(value, _State(None, None, _gap_of(space))))
    if type(r) is not str:
        if hasattr(r, "close"):
            r.close()
            throw_type_error("a blocking call cannot run inside JSON serialization here")
        return None
    return r


def install(realm):
    j = JSObject(realm.ObjectPrototype, "JSON")
    realm.define_methods(j, {"parse": (json_parse, 2), "stringify": (json_stringify, 3)})
    realm.define_value(realm.global_object, "JSON", j)
