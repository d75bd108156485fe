"""RegExp objects (ES5.1 15.10.3-15.10.7).

A RegExp object is ``JSInternal(proto, "RegExp", RegExpData)``; the pattern
is translated to a Python ``re`` pattern by :mod:`regexp_translate` (or, when
a capturing group is inside a quantified atom, to a
:class:`regexp_reset.ResetPattern` with the same methods). The
compiler calls :func:`translate` at compile time to reject bad literals, and
emits ``regexp_create(current_realm(), source, flags)`` for each evaluation
of a literal.

Where ES5.1 and node differ in details that scripts can observe only through
``lastIndex`` (a failing non-global ``exec`` leaves ``lastIndex`` alone; a
negative ``lastIndex`` counts as 0), node is followed.

ES2015 additions: the ``y`` (sticky) flag, under which exec (and so test,
match, replace and search) matches only at ``lastIndex`` (21.2.5.2.2
step 15), the ``sticky`` and ``flags`` accessors of RegExp.prototype
(21.2.5.3, 21.2.5.12) and annex B's ``RegExp.prototype.compile``
(B.2.5.1). The ES5 own data properties (source, global, ignoreCase,
multiline) stay as they were.
"""

from re import Match, Pattern

from runtime.builtins.pristine import publish
from runtime.builtins.regexp_translate import (
    RegExpSyntaxError, compile_pattern, min_match_width, parse_flags, translate,
)
from runtime.errors import throw_syntax_error, throw_type_error
from runtime.limits import (
    REGEX_LAST_TICK as _last_tick, REGEX_WATCH as _watch, RegexTooSlow, regex_call, regex_call_sized,
    regex_first_reading, regex_too_slow,
)
from runtime.conversions import describe_value, to_boolean, to_integer, to_string
from runtime.properties import get_member, get_prop, put_prop
from runtime.realm import current_realm
from runtime.callbacks import drive
from runtime.values import (
    Accessor, C, FunctionType, JSArray, JSInternal, JSObject, W, WEC, is_object, make_array, null, undefined,
)

_new = object.__new__
_float = float
_str = str

__all__ = ["RegExpSyntaxError", "translate", "regexp_create", "is_regexp", "regexp_data",
           "regexp_exec_match", "regexp_match_all", "regexp_matched_texts", "regexp_from_value",
           "regexp_search_at_start", "set_last_index"]


class RegExpData:
    """The internal state of a RegExp object: its compiled pattern."""

    __slots__ = ("pattern", "find", "source", "flags", "global_", "ignore_case", "multiline", "sticky",
                 "escaped_source", "nonempty", "props", "ngroups", "advances")

    def __init__(self, source, flags):
        self.global_, self.ignore_case, self.multiline = parse_flags(flags)
        self.sticky = "y" in flags
        # exec starts from lastIndex and moves it (else it searches from 0)
        self.advances = self.global_ or self.sticky
        # y changes where matching may start, not the pattern: one compiled
        # pattern for /a/g and /a/gy
        self.pattern = compile_pattern(source, flags.replace("y", "") if self.sticky else flags)
        # what exec calls from lastIndex: a sticky match must start there (21.2.5.2.2 step 15)
        self.find = self.pattern.match if self.sticky else self.pattern.search
        self.source = source
        self.flags = ("g" if self.global_ else "") + ("i" if self.ignore_case else "") + (
            "m" if self.multiline else "") + ("y" if self.sticky else "")
        self.ngroups = self.pattern.groups
        self.escaped_source = escape_source(source)
        # True when no match can be empty: then Python's finditer/sub visit
        # exactly the matches JS's lastIndex loop does (they differ only in
        # where the match after an empty one may start).
        self.nonempty = min_match_width(self.pattern) > 0
        # The own properties of a new RegExp object (15.10.7), copied per object.
        self.props = {"source": self.escaped_source, "global": self.global_,
                      "ignoreCase": self.ignore_case, "multiline": self.multiline, "lastIndex": 0.0}


def escape_source(source):
    """The ``source`` property text (15.10.4.1): "/" and line terminators are
    escaped so that ``/source/`` reads back as the same literal."""
    if source == "":
        return "(?:)"
    out = []
    in_class = False
    i = 0
    n = len(source)
    while i < n:
        c = source[i]
        if c == "\\":
            if i + 1 < n and source[i + 1] in "\n\r\u2028\u2029":
                c = source[i + 1]
                i += 1
                out.append({"\n": "\\n", "\r": "\\r", "\u2028": "\\u2028", "\u2029": "\\u2029"}[c])
                i += 1
                continue
            out.append(source[i:i + 2])
            i += 2
            continue
        if c == "/" and not in_class:
            out.append("\\/")
        elif c == "\n":
            out.append("\\n")
        elif c == "\r":
            out.append("\\r")
        elif c == "\u2028":
            out.append("\\u2028")
        elif c == "\u2029":
            out.append("\\u2029")
        else:
            if c == "[":
                in_class = True
            elif c == "]":
                in_class = False
            out.append(c)
        i += 1
    return "".join(out)


# the realm's global entry naming RegExp.prototype while its exec, test and
# toString are the built-ins (runtime/builtins/pristine.py)
PRISTINE_ENTRY = "_ajgi_pristine_RegExpPrototype"

_OWN_ATTRS = {"source": 0, "global": 0, "ignoreCase": 0, "multiline": 0, "lastIndex": W}


def _new_regexp_object(realm, data):
    """A RegExp object with its own properties (15.10.7)."""
    # Built slot by slot from per-pattern templates: a regex literal in a
    # loop makes one object per evaluation. Both dicts are copied because
    # defineProperty may change them.
    o = _new(JSInternal)
    o.props = data.props.copy()
    o.attrs = _OWN_ATTRS.copy()
    o.proto = realm.RegExpPrototype
    o.extensible = True
    o.special = True  # read-only own properties
    o.cls = "RegExp"
    o.value = data
    return o


_data_cache = {}


def _make_data(source, flags):
    """The (shared, immutable) RegExpData for ``source``/``flags``."""
    key = (source, flags)
    data = _data_cache.get(key)
    if data is None:
        try:
            data = RegExpData(source, flags)
        except RegExpSyntaxError as e:
            throw_syntax_error(e.message)
        if len(_data_cache) >= 2000:
            _data_cache.clear()
        _data_cache[key] = data
    return data


def regexp_create(realm, source, flags):
    """A new RegExp object for a literal ``/source/flags`` (7.8.5)."""
    data = _data_cache.get((source, flags))
    if data is None:
        data = _make_data(source, flags)
    return _new_regexp_object(realm, data)


def is_regexp(v):
    """True for a RegExp object ([[Class]] "RegExp")."""
    return type(v) is JSInternal and v.cls == "RegExp" and type(v.value) is RegExpData


def regexp_data(rx):
    return rx.value


def regexp_from_value(v):
    """The regexp of ``String.prototype.match``/``search``: ``v`` itself if it
    is a RegExp, else ``new RegExp(v)`` (15.5.4.10 step 3)."""
    if is_regexp(v):
        return v
    source = "" if v is undefined else to_string(v)
    return regexp_create(current_realm(), source, "")


def _this_regexp(this, method):
    if not is_regexp(this):
        throw_type_error("Method RegExp.prototype.%s called on incompatible receiver %s" % (
            method, _describe_receiver(this)))
    return this


def _describe_receiver(v):
    """V8's rendering of a bad receiver: ``#<Object>`` for plain objects."""
    if type(v) is JSObject and v.cls == "Object":
        return "#<Object>"
    return describe_value(v)


def _last_index(rx):
    """ToInteger(Get(R, "lastIndex")) (15.10.6.2 steps 4-5); ``lastIndex``
    is an own non-configurable data property, so it is always in ``props``."""
    v = rx.props["lastIndex"]
    if type(v) is _float and v.is_integer():
        return v
    return to_integer(v)


def set_last_index(rx, value):
    """Put(R, "lastIndex", value, true): direct while it is writable."""
    a = rx.attrs
    if a is None or a.get("lastIndex", WEC) & W:
        rx.props["lastIndex"] = value
    else:
        put_prop(rx, "lastIndex", value, True)  # throws the TypeError


def regexp_exec_match(rx, s):
    """The matching part of RegExp.prototype.exec (15.10.6.2) on RegExp
    ``rx``: honours and updates ``lastIndex``; returns a Python match or None."""
    data = rx.value
    props = rx.props
    last = props["lastIndex"]
    if data.advances and type(last) is _float and 0.0 <= last <= len(s) \
            and last.is_integer() and (a := rx.attrs) is not None and a.get("lastIndex", 0) & W:
        # the commonest case (exec in a loop), with nothing to convert or
        # check; regex_call inlined (runtime/limits.py)
        _watch[0] = _last_tick[0] or regex_first_reading()
        try:
            find = data.find  # a slot read: calling data.find(...) is an unspecialized method load
            m = find(s, int(last))
        except RegexTooSlow:
            regex_too_slow()
        finally:
            _watch[0] = 0.0
        props["lastIndex"] = 0.0 if m is None else _float(m.end())
        return m
    last = _last_index(rx)  # read even when unused: ToInteger may call valueOf
    if not data.global_ and not data.sticky:
        return regex_call(data.pattern.search, s)
    if last < 0:
        last = 0.0
    if last > len(s):
        set_last_index(rx, 0.0)
        return None
    m = regex_call(data.find, s, int(last))
    if m is None:
        set_last_index(rx, 0.0)
        return None
    set_last_index(rx, _float(m.end()))
    return m


def match_to_array(realm, m, s):
    """The exec result array: match, captures (undefined when a group did not
    participate), with ``index`` and ``input`` properties."""
    return make_array(realm.ArrayPrototype, [m.group(), *m.groups(undefined)],
                      {"index": _float(m.start()), "input": s})


def _find_all(pattern, s):
    return list(pattern.finditer(s))


def regexp_matched_texts(rx, s):
    """The texts of :func:`regexp_match_all`'s matches (String.prototype.match
    with a global regexp): one ``findall`` when the matches are exactly
    Python's (cannot be empty, not sticky) and it returns whole matches
    (no capturing group)."""
    pattern = rx.value.pattern
    if type(pattern) is Pattern and pattern.groups == 0 and rx.value.nonempty and not rx.value.sticky:
        set_last_index(rx, 0.0)
        return regex_call_sized(len(s), pattern.findall, s)
    return [m.group(0) for m in regexp_match_all(rx, s)]


def regexp_match_all(rx, s):
    """All matches of global regexp ``rx`` in ``s``, as exec would find them
    one after the other from lastIndex 0 (15.5.4.10 step 8); lastIndex ends 0."""
    set_last_index(rx, 0.0)
    data = rx.value
    pattern = data.pattern
    if data.nonempty and not data.sticky:
        return regex_call_sized(len(s), _find_all, pattern, s)
    # sticky: each match must start where the previous one ended, the
    # first at 0 (the exec loop of 21.2.5.6 and 21.2.5.8 stops at a failure)
    find = pattern.match if data.sticky else pattern.search
    out = []
    pos = 0
    n = len(s)
    while pos <= n:
        m = regex_call(find, s, pos)
        if m is None:
            break
        out.append(m)
        e = m.end()
        pos = e + 1 if e == m.start() else e
    return out


# -- the constructor (15.10.3, 15.10.4) -----------------------------------------

def regexp_construct(pattern=undefined, flags=undefined, *_):
    """new RegExp(pattern, flags) (15.10.4.1)."""
    if is_regexp(pattern):
        if flags is not undefined:
            throw_type_error("Cannot supply flags when constructing one RegExp from another")
        data = pattern.value
        p, f = data.source, data.flags
    else:
        p = "" if pattern is undefined else to_string(pattern)
        f = "" if flags is undefined else to_string(flags)
    return _new_regexp_object(current_realm(), _make_data(p, f))


def regexp_call(this, pattern=undefined, flags=undefined, *_):
    """RegExp(pattern, flags) called as a function (15.10.3.1)."""
    if is_regexp(pattern) and flags is undefined:
        return pattern
    return regexp_construct(pattern, flags)


# -- RegExp.prototype (15.10.6) --------------------------------------------------

def regexp_proto_exec(this, string=undefined, *_):
    """RegExp.prototype.exec (15.10.6.2)."""
    if type(this) is not JSInternal or type(this.value) is not RegExpData:
        _this_regexp(this, "exec")
    s = string if type(string) is _str else to_string(string)
    m = regexp_exec_match(this, s)
    if m is None:
        return null
    # match_to_array and make_array inlined: exec in a loop builds one array per match
    out = _new(JSArray)
    out.props = {"index": _float(m.start()), "input": s}
    out.attrs = None
    out.proto = current_realm().ArrayPrototype
    out.extensible = True
    out.special = False
    out.cls = "Array"
    out.elems = [m.group(), *m.groups(undefined)]
    out.sparse = None
    out.length = 0
    out.length_writable = True
    return out


def _exec_unboxed_for(largest):
    """RegExp.prototype.exec for a result that compiled code only compares
    with null and reads by constant indices up to ``largest`` (a *match
    variable*, compiler/regexp_matches.py): the Python ``re.Match`` itself
    in place of the array when the pattern has that many captures (so each
    read indexes it with no bound test), else the array."""

    def regexp_exec_unboxed(this, string=undefined, *_):
        # compiled code calls this only where its guard found ``this`` a
        # JSInternal (compiler/lower/intrinsics.py _guard)
        if type(data := this.value) is not RegExpData or type(string) is not _str \
                or type(last := (props := this.props)["lastIndex"]) is not _float:
            # a receiver to reject, ToString or ToInteger(lastIndex) to call: exec's array
            return regexp_proto_exec(this, string)
        if not (advances := data.advances):
            start = 0  # from 0, lastIndex (a number, nothing to call) left alone
        elif not (0.0 <= last <= len(string) and (start := int(last)) == last and this.attrs["lastIndex"] & W):
            # past the end, fractional, negative or read-only (a RegExp's
            # attrs always hold its non-configurable lastIndex)
            return regexp_proto_exec(this, string)
        # regexp_exec_match inlined (one frame less per exec of a loop), and
        # regex_call in it (runtime/limits.py)
        _watch[0] = _last_tick[0] or regex_first_reading()
        try:
            find = data.find  # (see regexp_exec_match)
            m = find(string, start)
        except RegexTooSlow:
            regex_too_slow()
        finally:
            _watch[0] = 0.0
        if m is None:
            if advances:
                props["lastIndex"] = 0.0
            return null
        if advances:
            props["lastIndex"] = _float(m.end())
        if type(m) is Match and data.ngroups >= largest:
            return m
        return match_to_array(current_realm(), m, string)

    return regexp_exec_unboxed


# indexed by the largest index read (compiler/regexp_matches.py MAX_INDEX)
EXEC_UNBOXED = tuple(_exec_unboxed_for(largest) for largest in range(100))


def regexp_proto_test(this, string=undefined, *_):
    """RegExp.prototype.test (ES2015 21.2.5.13): whether RegExpExec finds a
    match, calling a replaced ``exec`` (21.2.5.2.1)."""
    if type(this) is not JSInternal or type(data := this.value) is not RegExpData:
        _this_regexp(this, "test")
    s = string if type(string) is _str else to_string(string)
    if not _has_builtin_exec(this):
        exec_fn = get_prop(this, "exec")
        if type(exec_fn) is FunctionType and not _is_builtin_exec(exec_fn):
            return drive(_test_by_calling(this, s, exec_fn))
    if not data.global_ and not data.sticky:
        _last_index(this)  # read even when unused: ToInteger may call valueOf
        return regex_call(data.pattern.search, s) is not None
    return regexp_exec_match(this, s) is not None


_EXEC_CODE = regexp_proto_exec.__code__


def _is_builtin_exec(f):
    """A realm's copy of RegExp.prototype.exec (realm.native copies the function)."""
    return type(f) is FunctionType and f.__code__ is _EXEC_CODE


def _has_builtin_exec(rx):
    """Get(rx, "exec") would find a built-in exec, seen without a property
    walk for a RegExp whose prototype holds it as a data property."""
    return "exec" not in rx.props and type(p := rx.proto) is JSInternal and _is_builtin_exec(p.props.get("exec"))


def _test_by_calling(rx, s, exec_fn):
    """RegExpExec with a script's exec: its result must be an object or null."""
    r = yield exec_fn, rx, (s,)
    if r is not null and not is_object(r):
        throw_type_error("object null or function expected as the result of exec, got %s" % describe_value(r))
    return r is not null


# (source, flags) of a tested literal -> its pattern's search. Keyed by the
# compiled code's constant tuple, a lookup is an identity hit; the search is
# kept bound (reading it from RegExpData is a slot load and a bound-method
# allocation per call). Values are immutable, shared by realms like _data_cache.
_literal_finds = {}


def _literal_find(key):
    if len(_literal_finds) >= 2000:
        _literal_finds.clear()
    find = _literal_finds[key] = _make_data(*key).find
    return find


def regexp_literal_test(site, string=undefined, *_):
    """``/source/flags.test(string)`` where the test read was the built-in
    (compiler/lower/regexp_literals.py): ``site`` is ``(realm, (source,
    flags))``. A new RegExp's lastIndex is 0 and nothing else sees the
    object, so a string is matched from 0 without making it, while the
    realm's exec is still the built-in one; else the object is made and
    tested (ToString of ``string``, a replaced exec)."""
    realm, key = site
    if type(string) is _str and realm.global_object.props.get(PRISTINE_ENTRY) is not None:
        find = _literal_finds.get(key)
        if find is None:
            find = _literal_find(key)
        _watch[0] = _last_tick[0] or regex_first_reading()  # regex_call inlined
        try:
            return find(string) is not None
        except RegexTooSlow:
            regex_too_slow()
        finally:
            _watch[0] = 0.0
    return regexp_proto_test(regexp_create(realm, *key), string)


def regexp_proto_toString(this, *_):
    """RegExp.prototype.toString (15.10.6.4)."""
    rx = _this_regexp(this, "toString")
    data = rx.value
    return "/" + to_string(get_prop(rx, "source")) + "/" + data.flags


def regexp_search_at_start(rx, s):
    """The match String.prototype.search finds (21.2.5.9): from 0, ``lastIndex``
    left as it was; a sticky regexp matches at 0 only."""
    data = rx.value
    return regex_call(data.pattern.match if data.sticky else data.pattern.search, s, 0)


def regexp_proto_compile(this, pattern=undefined, flags=undefined, *_):
    """RegExp.prototype.compile (annex B.2.5.1): re-initialises ``this`` with
    a new pattern and flags, as ``new RegExp(pattern, flags)`` would make."""
    if not is_regexp(this):
        throw_type_error("Method RegExp.prototype.compile called on incompatible receiver %s"
                         % _describe_receiver(this))
    if is_regexp(pattern):
        if flags is not undefined:
            throw_type_error("Cannot supply flags when constructing one RegExp from another")
        p, f = pattern.value.source, pattern.value.flags
    else:
        p = "" if pattern is undefined else to_string(pattern)
        f = "" if flags is undefined else to_string(flags)
    data = _make_data(p, f)
    this.value = data
    props = this.props
    # the ES5 own properties are read-only to scripts, not to compile
    for name in ("source", "global", "ignoreCase", "multiline"):
        props[name] = data.props[name]
    set_last_index(this, 0.0)
    return this


def _flag_getter(name, attr):
    """A RegExp.prototype flag accessor (21.2.5.x): the flag of a RegExp,
    undefined on RegExp.prototype itself, a TypeError on anything else."""
    def get(this, *_):
        if this is current_realm().RegExpPrototype:
            return undefined
        if not is_regexp(this):
            throw_type_error("RegExp.prototype.%s getter called on non-RegExp object %s" % (
                name, _describe_receiver(this)))
        return getattr(this.value, attr)
    return get


# the properties the flags getter reads, in node's (ES2024's) order, and their letters
_FLAG_PROPERTIES = (("hasIndices", "d"), ("global", "g"), ("ignoreCase", "i"), ("multiline", "m"),
                    ("dotAll", "s"), ("unicode", "u"), ("unicodeSets", "v"), ("sticky", "y"))


def regexp_proto_flags(this, *_):
    """get RegExp.prototype.flags (21.2.5.3): generic, one Get per flag
    property of ``this``, in order."""
    if not isinstance(this, JSObject):
        throw_type_error("RegExp.prototype.flags getter called on non-object %s" % describe_value(this))
    return "".join(letter for name, letter in _FLAG_PROPERTIES if to_boolean(get_prop(this, name)))


# name -> (function, length); compiled code calls these directly while
# the prototype is pristine (runtime/builtins/pristine.py)
PROTO_METHODS = {
    "exec": (regexp_proto_exec, 1),
    "test": (regexp_proto_test, 1),
    "toString": (regexp_proto_toString, 0),
}


def create_intrinsics(realm):
    """RegExp.prototype (a RegExp itself), created asleep (runtime/lazy.py)."""
    proto = realm.RegExpPrototype = JSInternal(realm.ObjectPrototype, "RegExp", RegExpData("", ""))
    proto.special = True  # as installed: source, global... are read-only (15.10.7)
    return [proto]


def install(realm):
    proto = realm.RegExpPrototype
    for name, value, attrs in (("source", "(?:)", 0), ("global", False, 0), ("ignoreCase", False, 0),
                               ("multiline", False, 0), ("lastIndex", 0.0, W)):
        realm.define_value(proto, name, value, attrs)
    realm.define_constructor("RegExp", regexp_call, 2, proto, regexp_construct)
    realm.define_methods(proto, PROTO_METHODS)
    realm.define_methods(proto, {"compile": (regexp_proto_compile, 2)})
    for name, getter in (("flags", regexp_proto_flags), ("sticky", _flag_getter("sticky", "sticky"))):
        realm.define_value(proto, name, Accessor(realm.native(getter, "get " + name, 0), undefined), C)
    publish(realm, proto, PRISTINE_ENTRY, PROTO_METHODS)
