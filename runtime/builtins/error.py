"""Error and its native subtypes (ES5.1 15.11), with a JS ``stack``.

The stack is read from the Python frames of compiled code: the compiler
gives each code object the script's file name and stamps every node with
the JS line and column, so a frame's position *is* a JS position.
"""

import sys
import weakref

from runtime.conversions import to_string, is_object
from runtime.properties import get_prop, define_own_property
from runtime.errors import throw_type_error
from runtime.values import JSObject, W, C, js_code_name, undefined

STACK_LIMIT = 10


# Keyed by the code object's identity, not by the code object: hashing a
# code object hashes its bytecode and constants, ~80 us for a test262 main
# body, which made every error thrown there cost that twice per frame.
_CODES = {}  # id(code) -> (code, positions, {offset: frame entry}); the code is kept so its id stays its own
_CODES_MAX = 256


def _code_info(code):
    """``code`` with its ``co_positions()`` as a tuple and the frame entries
    made at its offsets so far, kept for the code objects that raise most:
    a script's main body can hold thousands of instructions, listing them
    for every error made a loop that throws and catches URIErrors 40x
    slower (test262's decodeURI tests), and such a loop makes the same
    frame entry every time."""
    hit = _CODES.get(id(code))
    if hit is not None and hit[0] is code:
        return hit
    if len(_CODES) >= _CODES_MAX:
        _CODES.clear()
    hit = (code, tuple(code.co_positions()), {})
    _CODES[id(code)] = hit
    return hit


def _code_position(code, lasti, line):
    """(line, 1-based column) of bytecode offset ``lasti`` in ``code``: the
    JS position, since the compiler stamps every node with it. ``line`` is
    the fallback: a line number, or the frame, whose ``f_lineno`` is only
    read when the positions lack one (it scans the line table from the
    start: milliseconds in a big main body)."""
    col = 0
    try:
        p = _code_info(code)[1][lasti // 2]
        if p[0] is not None:
            line = p[0]
        if p[2] is not None:
            col = p[2]
    except Exception:  # positions are best effort
        pass
    if type(line) is not int:
        line = line.f_lineno
    return line, col + 1


def _js_name(code):
    return js_code_name(code.co_name)


def _is_js(code):
    fn = code.co_filename  # two string tests: cheaper than any cache keyed by the code
    return not fn.endswith(".py") and not fn.startswith("<frozen")


_BOTTOMS = []      # the host functions' code objects (kept alive: their ids stay theirs)
_BOTTOM_IDS = set()  # ids, not codes: hashing a code object costs as much as the walk


def stack_bottom(fn):
    """Marks ``fn``, a host function that runs a script's top level, as the
    bottom of every JS stack: :func:`capture_stack` stops at its frame
    instead of walking the host's frames below it (a dozen or more, for
    every error thrown). Returns ``fn`` (a decorator)."""
    _BOTTOMS.append(fn.__code__)
    _BOTTOM_IDS.add(id(fn.__code__))
    return fn


def capture_stack(skip=0):
    """JS frames of the running script, innermost first:
    ``[(function_name, file, line, col), ...]``."""
    frames = []
    try:
        f = sys._getframe(skip + 1)
    except ValueError:  # called from fewer frames than ``skip`` (a host's top level)
        return frames
    while f is not None:
        code = f.f_code
        fn = code.co_filename  # _is_js inlined: this loop runs for every error thrown
        if not fn.endswith(".py") and not fn.startswith("<frozen"):
            entries = _code_info(code)[2]
            lasti = f.f_lasti
            entry = entries.get(lasti)
            if entry is None:
                line, col = _code_position(code, lasti, f)
                entry = entries[lasti] = (_js_name(code), fn, line, col)
            frames.append(entry)
            if len(frames) == STACK_LIMIT:
                break
        elif id(code) in _BOTTOM_IDS:
            break
        f = f.f_back
    return frames


def frames_from_traceback(tb):
    """JS frames of a Python traceback, innermost first (the traceback of a
    Python exception that becomes a JS error, e.g. a NameError)."""
    frames = []
    while tb is not None:
        code = tb.tb_frame.f_code
        if _is_js(code):
            line, col = _code_position(code, tb.tb_lasti, tb.tb_lineno)
            frames.append((_js_name(code), code.co_filename, line, col))
        tb = tb.tb_next
    frames.reverse()
    return frames[:STACK_LIMIT]


def format_stack(head, frames):
    """``head`` followed by V8-style ``    at name (file:line:col)`` lines."""
    lines = [head]
    texts = _FRAME_TEXTS
    for frame in frames:
        text = texts.get(frame)
        if text is None:
            name, fn, line, col = frame
            where = "%s:%d:%d" % (fn, line, col)
            text = "    at %s (%s)" % (name, where) if name else "    at %s" % where
            if len(texts) >= _FRAME_TEXTS_MAX:
                texts.clear()
            texts[frame] = text
        lines.append(text)
    return "\n".join(lines)


_FRAME_TEXTS = {}  # frame entry -> its "    at ..." line
_FRAME_TEXTS_MAX = 1024


def new_error(realm, kind, message, skip=1, frames=None):
    """An error object of native type ``kind`` with ``message``; its stack
    is the running JS frames, or ``frames`` when given."""
    if "error" in realm.pending:  # a lazy realm's first error (runtime/realm.py)
        realm.wake_module("error")
    proto = realm.error_prototypes.get(kind) or realm.ErrorPrototype
    if frames is None:
        frames = capture_stack(skip)
    stack = format_stack("%s: %s" % (kind, message) if message else kind, frames)
    # own properties: message (when given), then stack
    e = JSObject(proto, "Error")
    if message is not undefined:
        e.props = {"message": message, "stack": stack}
        e.attrs = {"message": W | C, "stack": W | C}
    else:
        e.props = {"stack": stack}
        e.attrs = {"stack": W | C}
    return e


def error_frames_position(e):
    """(file, line, col) of the innermost JS frame recorded in ``e.stack``."""
    if not isinstance(e, JSObject):
        return None
    st = e.props.get("stack")
    if type(st) is not str:
        return None
    for line in st.split("\n")[1:]:
        loc = line.strip()[3:]
        if loc.endswith(")") and "(" in loc:
            loc = loc[loc.rindex("(") + 1:-1]
        parts = loc.rsplit(":", 2)
        if len(parts) == 3 and parts[1].isdigit() and parts[2].isdigit():
            return parts[0], int(parts[1]), int(parts[2])
    return None


# -- the header of a subclass instance's stack ------------------------------------------
#
# V8 writes an error's stack when it is first read, its first line being
# the error's own ToString then: ``class MyError extends Error { get name()
# { return "MyError"; } }`` and the common ``super(m); this.name = "MyError"``
# both read "MyError: boom". The stack here is a string made by the Error
# constructor, with its native name; an instance made for a subclass
# (runtime/classes.py construct_with) is remembered until the outermost
# class constructor returns, and its header rewritten then from the
# instance's name and message.

_SUBCLASS_STACKS = weakref.WeakKeyDictionary()  # error -> (stack text, header length)


def defer_stack_header(e, kind):
    """``e`` was just made by the native constructor ``kind`` for a
    subclass: its header is rewritten by :func:`settle_stack_header`. (The
    header's text is the constructor's: ``kind`` and the own ``message``
    it stored, already a string: no second ToString.)"""
    st = e.props.get("stack")
    if type(st) is str:
        msg = e.props.get("message")
        if type(msg) is not str:
            msg = ""
        _SUBCLASS_STACKS[e] = (st, len("%s: %s" % (kind, msg) if msg else kind))


def settle_stack_header(e):
    """Rewrites the first line of ``e.stack`` as ``e``'s ToString (the
    name and message it has now), unless the script replaced the stack. A
    name or message getter that throws leaves the native header (V8 would
    throw when the stack is read)."""
    entry = _SUBCLASS_STACKS.pop(e, None)
    if entry is None:
        return
    st, header_len = entry
    if e.props.get("stack") is not st:
        return
    from runtime.errors import JSThrow

    try:
        header = error_proto_toString(e)
    except JSThrow:
        return
    e.props["stack"] = header + st[header_len:]


def error_proto_toString(this, *_):
    """Error.prototype.toString (15.11.4.4)."""
    if not is_object(this):
        throw_type_error("Error.prototype.toString called on non-object")
    name = get_prop(this, "name")
    name = "Error" if name is undefined else to_string(name)
    msg = get_prop(this, "message")
    msg = "" if msg is undefined else to_string(msg)
    if not name:
        return msg
    if not msg:
        return name
    return name + ": " + msg


def _create_prototypes(realm):
    """Error.prototype and the six NativeError prototypes. Made with the
    module, not asleep before it: only errors lead to them, and new_error
    installs the module before making the first one."""
    base = JSObject(realm.ObjectPrototype, "Error")
    realm.ErrorPrototype = base
    realm.error_prototypes["Error"] = base
    for kind in ("EvalError", "RangeError", "ReferenceError", "SyntaxError", "TypeError", "URIError"):
        realm.error_prototypes[kind] = JSObject(base, "Error")


def install(realm):
    def make_ctor(kind, proto):
        def error_ctor(this, message=undefined, *_):
            e = JSObject(proto, "Error")
            msg = "" if message is undefined else to_string(message)  # once (15.11.1.1)
            if message is not undefined:
                define_own_property(e, "message", msg, W | C)
            define_own_property(e, "stack", format_stack(
                "%s: %s" % (kind, msg) if msg else kind, capture_stack(1)), W | C)
            return e

        def construct(*args):
            return error_ctor(None, *args)

        return error_ctor, construct

    _create_prototypes(realm)
    base = realm.ErrorPrototype
    fn, cons = make_ctor("Error", base)
    ctor = realm.define_constructor("Error", fn, 1, base, cons)
    # a class extending one of these: its instances' stack header waits for
    # their own name (defer_stack_header)
    ctor.__dict__["native_error_kind"] = "Error"
    realm.define_value(base, "name", "Error")
    realm.define_value(base, "message", "")
    realm.define_methods(base, {"toString": (error_proto_toString, 0)})
    for kind in ("EvalError", "RangeError", "ReferenceError", "SyntaxError", "TypeError", "URIError"):
        proto = realm.error_prototypes[kind]
        fn, cons = make_ctor(kind, proto)
        sub = realm.define_constructor(kind, fn, 1, proto, cons)
        sub.proto = ctor
        sub.__dict__["native_error_kind"] = kind
        realm.define_value(proto, "name", kind)
        realm.define_value(proto, "message", "")
