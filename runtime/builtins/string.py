"""String objects (ES5.1 15.5), with the ES2015 methods (21.1): includes,
startsWith, endsWith, repeat, padStart/padEnd (ES2017), codePointAt,
normalize, String.fromCodePoint and String.raw.

Strings are Python ``str`` of UTF-16 code units, so ``len`` and indexing are
JS ``length`` and ``[i]``. The pattern methods (match, replace, search,
split) use the compiled patterns of :mod:`runtime.builtins.regexp`.
"""

import re
import unicodedata

from runtime.builtins.regexp import (
    is_regexp, match_to_array, regexp_exec_match, regexp_from_value, regexp_match_all, regexp_matched_texts,
    regexp_search_at_start, set_last_index,
)
from runtime.builtins.pristine import publish
from runtime.callbacks import drive
from runtime.errors import throw_range_error, throw_type_error
from runtime.limits import (
    check_array_size, check_string, check_string_size, checked, checkpoint, regex_call,
    regex_call_sized,
)
from runtime.conversions import (
    is_object, to_boolean, to_display_string, to_integer, to_number, to_object, to_string, to_uint16,
    to_uint32,
)
from runtime.realm import current_realm
from runtime.numconv import number_to_string
from runtime.properties import get_prop
from runtime.symbols import SYMBOL_MATCH
from runtime.values import FunctionType, JSPrimitiveWrapper, js_string, null, undefined

_inf = float("inf")
_Pattern = re.Pattern
_float = float
_str = str
_MISSING = object()  # an argument that was not passed


def _this_string(this, method):
    """CheckObjectCoercible(this) then ToString(this) (the generic methods)."""
    if type(this) is str:
        return this
    if this is undefined or this is null:
        throw_type_error("String.prototype.%s called on null or undefined" % method)
    return to_string(this)


def _this_string_value(this, method):
    """thisStringValue: a string or a String object (toString/valueOf)."""
    if type(this) is str:
        return this
    if type(this) is JSPrimitiveWrapper and this.cls == "String":
        return this.value
    throw_type_error("String.prototype.%s requires that 'this' be a String" % method)


def _clamp(v, length):
    """ToInteger(v) clamped to [0, length], as an int."""
    n = to_integer(v)
    if n < 0:
        return 0
    if n > length:
        return length
    return int(n)


def _relative(v, length):
    """A relative index (slice): negative counts from the end, clamped."""
    n = to_integer(v)
    if n < 0:
        n = max(length + n, 0)
    return int(min(n, length))


# -- the constructor (15.5.1, 15.5.2) ---------------------------------------------

def string_call(this, *args):
    """String(value) called as a function (15.5.1.1; a symbol gives its
    descriptive string, ES2015 21.1.1.1 step 2.a)."""
    return to_display_string(args[0]) if args else ""


def string_construct(*args):
    """new String(value) (15.5.2.1)."""
    return JSPrimitiveWrapper(current_realm().StringPrototype, "String", to_string(args[0]) if args else "")


# The one-character strings of the codes 0..255, keyed by float code: a
# dict lookup is the fast path of fromCharCode (-0 finds 0's entry, right
# for ToUint16). Indexed by int code: a code computed on a counter held as
# an int (compiler/lower/ints.py).
CHARS = [chr(i) for i in range(256)]
CHAR_OF_CODE = {float(i): c for i, c in enumerate(CHARS)}


def string_fromCharCode(this, code=_MISSING, *codes):
    """String.fromCharCode(...codes) (15.5.3.2)."""
    if not codes:
        c = CHAR_OF_CODE.get(code) if type(code) is float else None
        if c is not None:
            return c
        if code is _MISSING:
            return ""
        if type(code) is float and 0.0 <= code < 65536.0:
            return chr(int(code))  # int() truncates, as ToUint16 does here
        return chr(to_uint16(code))
    if len(codes) == 1:
        # two codes, a surrogate pair mostly: each one float in range, else
        # the conversions in order
        low = codes[0]
        if type(code) is float and type(low) is float and 0.0 <= code < 65536.0 and 0.0 <= low < 65536.0:
            return chr(int(code)) + chr(int(low))
    return "".join([chr(int(c)) if type(c) is float and 0.0 <= c < 65536.0 else chr(to_uint16(c))
                    for c in (code,) + codes])


def string_fromCodePoint(this, *code_points):
    """String.fromCodePoint(...codePoints) (ES2015 21.1.2.2): RangeError
    for a non-integer or a value outside [0, 0x10FFFF]."""
    out = []
    for cp in code_points:
        n = cp if type(cp) is float else to_number(cp)
        if not (0 <= n <= 0x10FFFF) or not n.is_integer():
            throw_range_error("Invalid code point %s" % number_to_string(n))
        n = int(n)
        if n > 0xFFFF:
            n -= 0x10000
            out.append(chr(0xD800 + (n >> 10)))
            out.append(chr(0xDC00 + (n & 0x3FF)))
        else:
            out.append(chr(n))
    # at most two units per argument: the argument list itself bounds the work
    return check_string("".join(out))


def _to_length(v):
    """ToLength (ES2015 7.1.15) as an int."""
    n = to_integer(v)
    if n <= 0:
        return 0
    return int(min(n, 9007199254740991.0))


def string_raw(this, template=undefined, *substitutions):
    """String.raw(template, ...substitutions) (ES2015 21.1.2.4): the raw
    strings interleaved with the substitutions."""
    cooked = to_object(template)
    raw = to_object(get_prop(cooked, "raw"))
    count = _to_length(get_prop(raw, "length"))
    out = []
    size = 0
    for i in range(count):
        piece = to_string(get_prop(raw, str(i)))
        out.append(piece)
        size += len(piece)
        if i + 1 == count:
            break
        if i < len(substitutions):
            piece = to_string(substitutions[i])
            out.append(piece)
            size += len(piece)
        check_string_size(size)
        if (i & 0xFFF) == 0xFFF:
            checkpoint()
    return check_string("".join(out))


def char_from_code(code):
    """String.fromCharCode(code) for compiled fast paths, which look the
    usual codes up in ``CHAR_OF_CODE`` themselves (runtime/builtins/pristine.py)."""
    return string_fromCharCode(undefined, code)


# -- String.prototype (15.5.4) ------------------------------------------------------

def string_proto_toString(this, *_):
    """String.prototype.toString (15.5.4.2)."""
    return _this_string_value(this, "toString")


def string_proto_valueOf(this, *_):
    """String.prototype.valueOf (15.5.4.3)."""
    return _this_string_value(this, "valueOf")


def string_proto_charAt(this, pos=undefined, *_):
    """String.prototype.charAt (15.5.4.4)."""
    if type(this) is _str and type(pos) is _float and -1.0 < pos < len(this):
        return this[int(pos)]  # int() truncates toward 0, as ToInteger does
    s = _this_string(this, "charAt")
    p = to_integer(pos)
    if p < 0 or p >= len(s):
        return ""
    return s[int(p)]


def string_proto_charCodeAt(this, pos=undefined, *_):
    """String.prototype.charCodeAt (15.5.4.5)."""
    if type(this) is _str and type(pos) is _float and -1.0 < pos < len(this):
        return _float(ord(this[int(pos)]))
    s = _this_string(this, "charCodeAt")
    p = to_integer(pos)
    if p < 0 or p >= len(s):
        return float("nan")
    return float(ord(s[int(p)]))


def string_proto_concat(this, *args):
    """String.prototype.concat (15.5.4.6)."""
    s = _this_string(this, "concat")
    rest = [to_string(a) for a in args]
    check_string_size(len(s) + sum(map(len, rest)))
    return s + "".join(rest)


def string_proto_indexOf(this, search=undefined, position=undefined, *_):
    """String.prototype.indexOf (15.5.4.7)."""
    if type(this) is _str and type(search) is _str and position is undefined:
        return _float(this.find(search))
    s = _this_string(this, "indexOf")
    sub = to_string(search)
    start = _clamp(position, len(s))
    return float(s.find(sub, start))


def string_proto_lastIndexOf(this, search=undefined, position=undefined, *_):
    """String.prototype.lastIndexOf (15.5.4.8)."""
    s = _this_string(this, "lastIndexOf")
    sub = to_string(search)
    n = to_number(position)
    start = len(s) if n != n else _clamp(n, len(s))
    return float(s.rfind(sub, 0, start + len(sub)))


# localeCompare: an approximation of ICU root collation (what node uses):
# control characters are ignored; whitespace, punctuation, digits, letters
# come in that order; accents are a secondary and case a tertiary difference.
_ASCII_ORDER = "\t\n\x0b\x0c\r _-,;:!?.'\"()[]{}@*/\\&#%`^+<=>|~$0123456789"
_RANK = {c: i for i, c in enumerate(_ASCII_ORDER)}
_LETTER_BASE = 200


def _collation_key(s):
    prim = []
    sec = []
    ter = []
    text = unicodedata.normalize("NFD", s.encode("utf-16-le", "surrogatepass").decode("utf-16-le", "replace"))
    for ch in text:
        o = ord(ch)
        if o < 0x09 or 0x0E <= o < 0x20 or o == 0x7F:
            continue  # completely ignorable
        if unicodedata.combining(ch):
            if sec:
                sec[-1] += (o,)
            continue
        r = _RANK.get(ch)
        if r is not None:
            prim.append(r)
            ter.append(0)
        elif ch.isspace():
            prim.append(_RANK[" "])
            ter.append(1)
        else:
            low = ch.lower()
            base = ord(low[0]) if low else o
            if ch.isalpha():
                prim.append(_LETTER_BASE + base)
            elif ch.isdigit():
                prim.append(_RANK["0"] + unicodedata.digit(ch, 0))
            else:
                prim.append(_LETTER_BASE + 0x110000 + o)
            ter.append(0 if ch == low else 1)
        sec.append(())
    return prim, sec, ter


def string_proto_localeCompare(this, that=undefined, *_):
    """String.prototype.localeCompare (15.5.4.9): ICU-like root collation."""
    s = _this_string(this, "localeCompare")
    t = to_string(that)
    if s == t:
        return 0.0
    ks = _collation_key(s)
    kt = _collation_key(t)
    for a, b in zip(ks, kt):
        if a != b:
            return -1.0 if a < b else 1.0
    return 0.0


def string_proto_match(this, regexp=undefined, *_):
    """String.prototype.match (15.5.4.10)."""
    s = _this_string(this, "match")
    rx = regexp_from_value(regexp)
    realm = current_realm()
    if not rx.value.global_:
        m = regexp_exec_match(rx, s)
        return null if m is None else match_to_array(realm, m, s)
    texts = regexp_matched_texts(rx, s)
    if not texts:
        return null
    return realm.new_array(texts)


def expand_replacement(repl, matched, position, s, captures):
    """GetSubstitution: ``$$ $& $` $' $n $nn`` in a replacement string
    (15.5.4.11 Table 22), with V8's reading of ``$nn`` past the group count."""
    if "$" not in repl:
        return repl
    m = len(captures)
    out = []
    i = 0
    n = len(repl)
    while i < n:
        c = repl[i]
        if c != "$" or i + 1 >= n:
            out.append(c)
            i += 1
            continue
        d = repl[i + 1]
        if d == "$":
            out.append("$")
            i += 2
        elif d == "&":
            out.append(matched)
            i += 2
        elif d == "`":
            out.append(s[:position])
            i += 2
        elif d == "'":
            out.append(s[position + len(matched):])
            i += 2
        elif "0" <= d <= "9":
            if i + 2 < n and "0" <= repl[i + 2] <= "9":
                nn = int(repl[i + 1:i + 3])
                if 1 <= nn <= m:
                    cap = captures[nn - 1]
                    out.append("" if cap is undefined else cap)
                    i += 3
                    continue
            k = int(d)
            if 1 <= k <= m:
                cap = captures[k - 1]
                out.append("" if cap is undefined else cap)
                i += 2
            else:
                out.append("$")
                i += 1
        else:
            out.append("$")
            i += 1
    return "".join(out)


def _replace_with_function(s, found, fn):
    """Calls replacer ``fn`` for each (start, end, matched, captures) in turn."""
    out = []
    last = 0
    for start, end, matched, captures in found:
        r = yield fn, undefined, (matched, *captures, float(start), s)
        out.append(s[last:start])
        out.append(to_string(r))
        last = end
    out.append(s[last:])
    return check_string("".join(out))


def string_proto_replace(this, search_value=undefined, replace_value=undefined, *_):
    """String.prototype.replace (15.5.4.11)."""
    s = _this_string(this, "replace")
    if is_regexp(search_value):
        rx = search_value
        functional = type(replace_value) is FunctionType
        if not functional:
            replace_value = to_string(replace_value)
        data = rx.value
        if data.global_:
            if not functional and data.nonempty and not data.sticky and "$" not in replace_value:
                # A literal replacement of matches that cannot be empty:
                # Python's sub visits the same matches (see RegExpData.nonempty).
                set_last_index(rx, 0.0)
                return check_string(regex_call_sized(len(s), data.pattern.sub, replace_value.replace("\\", "\\\\"), s))
            matches = regexp_match_all(rx, s)
        else:
            # ES2015 21.2.5.8: exec once; only a sticky regexp reads lastIndex
            m = regexp_exec_match(rx, s) if data.sticky else regex_call(data.pattern.search, s, 0)
            matches = [] if m is None else [m]
        found = [(m.start(), m.end(), m.group(0),
                  [undefined if g is None else g for g in m.groups()]) for m in checked(matches)]
    else:
        sub = to_string(search_value)
        functional = type(replace_value) is FunctionType
        if not functional:
            replace_value = to_string(replace_value)
        i = s.find(sub)
        found = [] if i < 0 else [(i, i + len(sub), sub, [])]
    if not found:
        return s
    if functional:
        return drive(_replace_with_function(s, found, replace_value))
    out = []
    last = 0
    for start, end, matched, captures in checked(found):
        out.append(s[last:start])
        out.append(expand_replacement(replace_value, matched, start, s, captures))
        last = end
    out.append(s[last:])
    return check_string("".join(out))


def string_proto_search(this, regexp=undefined, *_):
    """String.prototype.search (15.5.4.12): ignores global and lastIndex."""
    s = _this_string(this, "search")
    rx = regexp_from_value(regexp)
    m = regexp_search_at_start(rx, s)
    return -1.0 if m is None else float(m.start())


def string_proto_slice(this, start=undefined, end=undefined, *_):
    """String.prototype.slice (15.5.4.13)."""
    if type(this) is _str and type(start) is _float and start.is_integer():
        if end is undefined:
            return this[int(start):] if start < 9e15 else ""
        if type(end) is _float and end.is_integer():
            # Python slices clamp and count negatives from the end, as slice does.
            return this[int(start):int(end)] if -9e15 < start < 9e15 and -9e15 < end < 9e15 else (
                string_proto_slice_general(this, start, end))
    return string_proto_slice_general(this, start, end)


def string_proto_slice_general(this, start, end):
    """String.prototype.slice with any arguments."""
    s = _this_string(this, "slice")
    n = len(s)
    a = _relative(start, n)
    b = n if end is undefined else _relative(end, n)
    return s[a:b] if a < b else ""


def _split_regexp(s, rx, lim):
    """The RegExp branch of split (15.5.4.14 steps 13-16, SplitMatch)."""
    data = rx.value
    pattern = data.pattern
    size = len(s)
    if size == 0:
        return [] if regex_call(pattern.match, s, 0) is not None else [s]
    if data.nonempty and type(pattern) is _Pattern:
        # A pattern that cannot match the empty string splits as Python's
        # re.split does: the same leftmost matches, each piece and then the
        # match's groups (a group that did not take part is None: undefined).
        # One native call instead of a watched search per match.
        parts = regex_call_sized(size, pattern.split, s)
        if len(parts) > lim:
            del parts[lim:]
        if pattern.groups:
            parts = [undefined if p is None else p for p in parts]
        return parts
    out = []
    p = q = 0
    while q < size:
        checkpoint()
        # The first q' >= q where SplitMatch succeeds: what search finds.
        m = regex_call(pattern.search, s, q)
        if m is None or m.start() >= size:
            break
        q = m.start()
        e = m.end()
        if e == p:
            q += 1
            continue
        out.append(s[p:q])
        if len(out) == lim:
            return out
        p = e
        for g in m.groups():
            out.append(undefined if g is None else g)
            if len(out) == lim:
                return out
        q = p
    out.append(s[p:])
    return out


def string_proto_split(this, separator=undefined, limit=undefined, *_):
    """String.prototype.split (15.5.4.14)."""
    s = _this_string(this, "split")
    lim = 0xFFFFFFFF if limit is undefined else to_uint32(limit)
    regexp = is_regexp(separator)
    sep = None if regexp else to_string(separator)
    realm = current_realm()
    if lim == 0:
        return realm.new_array()
    if separator is undefined:
        return realm.new_array([s])
    if regexp:
        return realm.new_array(_split_regexp(s, separator, lim))
    if sep == "":
        check_array_size(min(len(s), lim))
        parts = list(s)
    elif s == "":
        parts = [s]
    else:
        parts = s.split(sep)
    if len(parts) > lim:
        del parts[lim:]
    return realm.new_array(parts)


def string_proto_substring(this, start=undefined, end=undefined, *_):
    """String.prototype.substring (15.5.4.15)."""
    if type(this) is _str and type(start) is _float and 0.0 <= start <= len(this) and start.is_integer():
        if end is undefined:
            return this[int(start):]
        if type(end) is _float and 0.0 <= end <= len(this) and end.is_integer():
            a = int(start)
            b = int(end)
            return this[a:b] if a <= b else this[b:a]
    s = _this_string(this, "substring")
    n = len(s)
    a = _clamp(start, n)
    b = n if end is undefined else _clamp(end, n)
    if a > b:
        a, b = b, a
    return s[a:b]


def string_proto_substr(this, start=undefined, length=undefined, *_):
    """String.prototype.substr (B.2.3)."""
    s = _this_string(this, "substr")
    n = len(s)
    a = _relative(start, n)
    k = _inf if length is undefined else to_integer(length)
    k = min(max(k, 0), n - a)
    if k <= 0:
        return ""
    return s[a:a + int(k)]


def _has_surrogates(s):
    if s.isascii():
        return False
    return any("\ud800" <= c <= "\udfff" for c in s)


def _case_map(s, upper):
    """Unicode full case mapping on a code-unit string: pairs are mapped as
    the astral character they encode, lone surrogates stay as they are."""
    if not _has_surrogates(s):
        return s.upper() if upper else s.lower()
    text = s.encode("utf-16-le", "surrogatepass").decode("utf-16-le", "surrogatepass")
    return js_string(text.upper() if upper else text.lower())


def string_proto_toLowerCase(this, *_):
    """String.prototype.toLowerCase (15.5.4.16)."""
    return _case_map(_this_string(this, "toLowerCase"), False)


def string_proto_toLocaleLowerCase(this, *_):
    """String.prototype.toLocaleLowerCase (15.5.4.17)."""
    return _case_map(_this_string(this, "toLocaleLowerCase"), False)


def string_proto_toUpperCase(this, *_):
    """String.prototype.toUpperCase (15.5.4.18)."""
    return _case_map(_this_string(this, "toUpperCase"), True)


def string_proto_toLocaleUpperCase(this, *_):
    """String.prototype.toLocaleUpperCase (15.5.4.19)."""
    return _case_map(_this_string(this, "toLocaleUpperCase"), True)


# ES5 WhiteSpace (7.2: TAB VT FF SP NBSP BOM and Zs) and LineTerminator (7.3).
JS_WHITESPACE = ("\t\n\x0b\x0c\r \xa0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006"
                 "\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000\ufeff")


def string_proto_trim(this, *_):
    """String.prototype.trim (15.5.4.20)."""
    return _this_string(this, "trim").strip(JS_WHITESPACE)


# -- ES2015 String.prototype (21.1.3) ----------------------------------------------

def _is_regexp_es2015(v):
    """IsRegExp (ES2015 7.2.8): an object's @@match decides when it has
    one (a RegExp with @@match set to false is not one, an object with a
    truthy @@match is), else [[RegExpMatcher]]."""
    if not is_object(v):
        return False
    matcher = get_prop(v, SYMBOL_MATCH)
    if matcher is not undefined:
        return to_boolean(matcher)
    return is_regexp(v)


def _search_string(v, method):
    """The search argument of includes/startsWith/endsWith: a RegExp is a
    TypeError (IsRegExp, ES2015 7.2.8), anything else is converted."""
    if _is_regexp_es2015(v):
        throw_type_error("First argument to String.prototype.%s must not be a regular expression" % method)
    return to_string(v)


def string_proto_includes(this, search=undefined, position=undefined, *_):
    """String.prototype.includes (ES2015 21.1.3.7)."""
    if type(this) is _str and type(search) is _str and position is undefined:
        return search in this
    s = _this_string(this, "includes")
    sub = _search_string(search, "includes")
    return s.find(sub, _clamp(position, len(s))) >= 0


def string_proto_startsWith(this, search=undefined, position=undefined, *_):
    """String.prototype.startsWith (ES2015 21.1.3.18)."""
    if type(this) is _str and type(search) is _str and position is undefined:
        return this.startswith(search)
    s = _this_string(this, "startsWith")
    sub = _search_string(search, "startsWith")
    return s.startswith(sub, _clamp(position, len(s)))


def string_proto_endsWith(this, search=undefined, end_position=undefined, *_):
    """String.prototype.endsWith (ES2015 21.1.3.6)."""
    if type(this) is _str and type(search) is _str and end_position is undefined:
        return this.endswith(search)
    s = _this_string(this, "endsWith")
    sub = _search_string(search, "endsWith")
    end = len(s) if end_position is undefined else _clamp(end_position, len(s))
    start = end - len(sub)
    return start >= 0 and s.startswith(sub, start, end)


def string_proto_repeat(this, count=undefined, *_):
    """String.prototype.repeat (ES2015 21.1.3.13): RangeError for a negative
    or infinite count, and past the string size limit."""
    s = _this_string(this, "repeat")
    n = to_integer(count)
    if n < 0 or n == _inf:
        throw_range_error("Invalid count value: %s" % number_to_string(n))
    if not s or n == 0:
        return ""
    check_string_size(len(s) * n)
    return s * int(n)


def _pad(this, max_length, fill, method, at_start):
    """StringPad (ES2017 21.1.3.14.1)."""
    s = _this_string(this, method)
    target = _to_length(max_length)
    if target <= len(s):
        return s
    filler = " " if fill is undefined else to_string(fill)
    if not filler:
        return s
    check_string_size(target)
    need = target - len(s)
    pad = (filler * (need // len(filler) + 1))[:need]
    return pad + s if at_start else s + pad


def string_proto_padStart(this, max_length=undefined, fill=undefined, *_):
    """String.prototype.padStart (ES2017 21.1.3.14)."""
    return _pad(this, max_length, fill, "padStart", True)


def string_proto_padEnd(this, max_length=undefined, fill=undefined, *_):
    """String.prototype.padEnd (ES2017 21.1.3.13)."""
    return _pad(this, max_length, fill, "padEnd", False)


def string_proto_codePointAt(this, pos=undefined, *_):
    """String.prototype.codePointAt (ES2015 21.1.3.3): the code point of a
    surrogate pair starting at ``pos``, else the code unit; undefined out of range."""
    s = _this_string(this, "codePointAt")
    p = to_integer(pos)
    if p < 0 or p >= len(s):
        return undefined
    i = int(p)
    first = ord(s[i])
    if 0xD800 <= first <= 0xDBFF and i + 1 < len(s):
        second = ord(s[i + 1])
        if 0xDC00 <= second <= 0xDFFF:
            return float(((first - 0xD800) << 10) + (second - 0xDC00) + 0x10000)
    return float(first)


_FORMS = ("NFC", "NFD", "NFKC", "NFKD")


def string_proto_normalize(this, form=undefined, *_):
    """String.prototype.normalize (ES2015 21.1.3.12); lone surrogates stay."""
    s = _this_string(this, "normalize")
    f = "NFC" if form is undefined else to_string(form)
    if f not in _FORMS:
        throw_range_error("The normalization form should be one of NFC, NFD, NFKC, NFKD.")
    if s.isascii():
        return s
    # pairs become the astral characters they encode; a lone surrogate is
    # a code point without a decomposition, kept as it is
    text = s.encode("utf-16-le", "surrogatepass").decode("utf-16-le", "surrogatepass")
    return check_string(js_string(unicodedata.normalize(f, text)))


# name -> (function, length); compiled code calls these directly while
# the prototype is pristine (runtime/builtins/pristine.py)
PROTO_METHODS = {
    "toString": (string_proto_toString, 0),
    "valueOf": (string_proto_valueOf, 0),
    "charAt": (string_proto_charAt, 1),
    "charCodeAt": (string_proto_charCodeAt, 1),
    "concat": (string_proto_concat, 1),
    "indexOf": (string_proto_indexOf, 1),
    "lastIndexOf": (string_proto_lastIndexOf, 1),
    "localeCompare": (string_proto_localeCompare, 1),
    "match": (string_proto_match, 1),
    "replace": (string_proto_replace, 2),
    "search": (string_proto_search, 1),
    "slice": (string_proto_slice, 2),
    "split": (string_proto_split, 2),
    "substring": (string_proto_substring, 2),
    "substr": (string_proto_substr, 2),
    "toLowerCase": (string_proto_toLowerCase, 0),
    "toLocaleLowerCase": (string_proto_toLocaleLowerCase, 0),
    "toUpperCase": (string_proto_toUpperCase, 0),
    "toLocaleUpperCase": (string_proto_toLocaleUpperCase, 0),
    "trim": (string_proto_trim, 0),
    "includes": (string_proto_includes, 1),
    "startsWith": (string_proto_startsWith, 1),
    "endsWith": (string_proto_endsWith, 1),
    "repeat": (string_proto_repeat, 1),
    "padStart": (string_proto_padStart, 1),
    "padEnd": (string_proto_padEnd, 1),
    "codePointAt": (string_proto_codePointAt, 1),
    "normalize": (string_proto_normalize, 0),
}


def create_intrinsics(realm):
    """String.prototype (a String object itself), created asleep (runtime/lazy.py)."""
    realm.StringPrototype = JSPrimitiveWrapper(realm.ObjectPrototype, "String", "")
    return [realm.StringPrototype]


def install(realm):
    proto = realm.StringPrototype
    ctor = realm.define_constructor("String", string_call, 1, proto, string_construct)
    realm.define_methods(ctor, {"fromCharCode": (string_fromCharCode, 1),
                                "fromCodePoint": (string_fromCodePoint, 1),
                                "raw": (string_raw, 1)})
    publish(realm, ctor, "_ajgi_pristine_String", ("fromCharCode",))
    realm.define_methods(proto, PROTO_METHODS)
    publish(realm, proto, "_ajgi_pristine_StringPrototype", PROTO_METHODS)
