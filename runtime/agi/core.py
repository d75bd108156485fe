"""The AGI core globals (ArozOS src/mod/agi/agi.system.go, agi.user.go).

Every script served by ajgi_tx gets these globals (spec §2)::

    HTTP_RESP, HTTP_HEADER          // response body and Content-Type
    sendResp(x) echo(x) sendOK() sendJSONResp(v)
    requirelib("websocket")         // the websocket library
    includes("lib/common.js")       // runs a file from the root in the global scope
    delay(ms)  exit()
    __FILE__ EXECUTION_ID BUILD_VERSION INTERNAL_VERSION USERNAME
    POST_data                       // raw JSON body (JSON requests only)

plus one global per urlencoded POST field or top-level JSON body key,
unless a global of that name already exists: parameters never shadow a
host name (ArozOS lets them; ajgi_tx skips and logs them).

``sendJSONResp`` writes what Go's ``json.Marshal`` writes, as ArozOS does:
keys sorted at every level and ``<``, ``>``, ``&``, U+2028, U+2029
escaped, so bodies are byte-identical to the reference.
"""

import asyncio
import inspect
import json
import logging
import math
import os
import re
import types

from runtime import conversions, properties
from runtime.errors import JSThrow, ScriptExit
from runtime.realm import REALM, current_realm
from runtime.values import JSObject, WC, js_string, null, py_string, undefined

log = logging.getLogger("ajgi_tx.agi")

MAX_INCLUDE_DEPTH = 16


# -- Go json.Marshal ---------------------------------------------------------------

class _Number(str):
    """A JSON number kept as the text JSON.stringify produced."""


_GO_ESCAPES = {'"': '\\"', "\\": "\\\\", "\n": "\\n", "\r": "\\r", "\t": "\\t",
               "<": "\\u003c", ">": "\\u003e", "&": "\\u0026",
               "\u2028": "\\u2028", "\u2029": "\\u2029"}
for _c in range(0x20):
    _GO_ESCAPES.setdefault(chr(_c), "\\u%04x" % _c)


def go_json_string(s):
    """A JSON string literal as Go's encoder writes it (HTML-safe)."""
    return '"' + "".join(_GO_ESCAPES.get(c, c) for c in s) + '"'


def _go_encode(v, out):
    if isinstance(v, dict):
        out.append("{")
        first = True
        for k in sorted(v):  # code point order == Go's UTF-8 byte order
            if not first:
                out.append(",")
            first = False
            out.append(go_json_string(k))
            out.append(":")
            _go_encode(v[k], out)
        out.append("}")
    elif isinstance(v, list):
        out.append("[")
        for i, x in enumerate(v):
            if i:
                out.append(",")
            _go_encode(x, out)
        out.append("]")
    elif isinstance(v, _Number):
        out.append(str.__str__(v))
    elif isinstance(v, str):
        out.append(go_json_string(v))
    elif v is True:
        out.append("true")
    elif v is False:
        out.append("false")
    else:
        out.append("null")


def go_marshal(value):
    """``JSON.stringify(value)`` re-encoded as Go's ``json.Marshal`` would:
    sorted keys, HTML escaping. Returns a JS string, or None for undefined."""
    from runtime.builtins.json import stringify_value

    text = stringify_value(value)
    if text is None:
        return None
    tree = json.loads(py_string(text), parse_float=_Number, parse_int=_Number,
                      object_pairs_hook=dict)
    out = []
    _go_encode(tree, out)
    return js_string("".join(out))


# -- helpers ------------------------------------------------------------------------

def host_integer(v):
    """ToInteger for host arguments (timeouts, delays); a throwing valueOf
    and NaN/undefined give 0 instead of an error."""
    try:
        n = conversions.to_number(v)
    except JSThrow:
        return 0.0
    if n != n:
        return 0.0
    return n if math.isinf(n) else float(math.trunc(n))


def _set_global(realm, name, value):
    properties.put_prop(realm.global_object, name, value)


def _get_global(realm, name):
    return properties.get_prop(realm.global_object, name)


def inside_root(root, path):
    """True when real path ``path`` lies in directory ``root``."""
    return path == root or path.startswith(root.rstrip(os.sep) + os.sep)


# -- install ------------------------------------------------------------------------

def install(ctx):
    """Defines the core globals in ``ctx.realm``."""
    realm = ctx.realm
    g = realm.global_object
    cfg = ctx.config

    for name, value in (
            ("BUILD_VERSION", cfg.build_version), ("INTERNAL_VERSION", cfg.internal_version),
            ("__FILE__", cfg.file_prefix + ctx.rel), ("EXECUTION_ID", ctx.execution_id),
            ("USERNAME", ctx.username), ("HTTP_RESP", ""), ("HTTP_HEADER", "text/plain")):
        realm.define_value(g, name, js_string(value), WC)

    # Each function is made when the script first names it: most scripts
    # use two or three of these ten (runtime.realm.defer_globals).
    realm.defer_globals(CORE_FUNCTIONS, _define_core)


_running_realm = REALM.get


def agi_context():
    """The AGI context of the running script (its realm knows it)."""
    return _running_realm().agi_ctx


def deferred_definer(table):
    """An installer for ``Realm.defer_globals`` that defines the function
    ``name`` of ``table`` ({name: (python function, length)}) in the
    running realm; one per table, shared by every realm."""
    def define(name):
        realm = current_realm()
        realm.define_methods(realm.global_object, {name: table[name]})

    return define


# The functions find their context through the running realm, so a realm
# makes no closures: only the JS function objects of the names it uses.

def sendResp(this, x=undefined, *_):
    """sendResp(x): HTTP_RESP = ToString(x) (spec 2.1)."""
    _set_global(agi_context().realm, "HTTP_RESP", conversions.to_string(x))
    return undefined


def echo(this, x=undefined, *_):
    """echo(x): HTTP_RESP += ToString(x) (spec 2.1)."""
    realm = agi_context().realm
    cur = conversions.to_string(_get_global(realm, "HTTP_RESP"))
    _set_global(realm, "HTTP_RESP", cur + conversions.to_string(x))
    return undefined


def sendOK(this, *_):
    """sendOK(): HTTP_RESP = "ok" (spec 2.1)."""
    _set_global(agi_context().realm, "HTTP_RESP", "ok")
    return undefined


def sendJSONResp(this, v=undefined, *_):
    """sendJSONResp(v): Content-Type application/json; objects go
    through Go-style JSON, anything else through ToString (spec 2.1)."""
    realm = agi_context().realm
    _set_global(realm, "HTTP_HEADER", "application/json")
    if conversions.typeof(v) == "object":
        text = go_marshal(v)
        _set_global(realm, "HTTP_RESP", "undefined" if text is None else text)
    else:
        _set_global(realm, "HTTP_RESP", conversions.to_string(v))
    return undefined


def requirelib(this, name=undefined, *_):
    """requirelib(name): "websocket" and the libraries of
    runtime.agi.libraries (spec 2.3); others: false and one log line."""
    ctx = agi_context()
    lib = conversions.to_string(name)
    if lib == "websocket" and ctx.host is not None:
        from runtime.agi.websocket import install_websocket

        return install_websocket(ctx)
    from runtime.agi.libraries import install_library

    if install_library(ctx, lib):
        return True
    log.warning("[AGI][%s] Lib not found: %s", ctx.execution_id, lib)
    return False


def exit_(this, *_):
    """exit(): ends the script; not catchable, HTTP_HEADER kept (spec 1.6)."""
    raise ScriptExit()


async def delay(this, ms=undefined, *_):
    """delay(ms): sleeps; after websocket.upgrade() it pumps onMessage
    and returns undefined (spec 2.1, 3.6)."""
    from runtime.agi.websocket import pump_messages, ws_delay_active

    ctx = agi_context()
    n = host_integer(ms)
    seconds = min(n, 2.0 ** 31) / 1000.0 if n > 0 else 0.0
    result = undefined if ctx.ws is not None and ctx.ws.ever_upgraded else True
    if seconds > 0 and ws_delay_active(ctx):
        await pump_messages(ctx, seconds)
    else:
        await asyncio.sleep(seconds)
    return result


async def includes(this, name=undefined, *_):
    """includes(name): runs a file relative to the script's directory in
    the global scope; confined to the root (spec 2.4)."""
    return await include_file(agi_context(), conversions.to_string(name))


def _deprecated(fname):
    """requirepkg / execpkg: ArozOS 3 answers false and logs, whatever the
    arguments (``requirepkg(name, true)`` does not throw either); no host
    program is ever looked for or run."""
    def deprecated_fn(this, *_):
        log.warning("[AGI][%s] Runtime Error %s has been deprecated in agi v3.0",
                    agi_context().execution_id, fname)
        return False
    deprecated_fn.__name__ = fname
    return deprecated_fn


CORE_TABLE = {
    "sendResp": (sendResp, 1), "echo": (echo, 1), "sendOK": (sendOK, 0),
    "sendJSONResp": (sendJSONResp, 1), "requirelib": (requirelib, 1), "exit": (exit_, 0),
    "delay": (delay, 1), "includes": (includes, 1),
    "requirepkg": (_deprecated("requirepkg"), 0), "execpkg": (_deprecated("execpkg"), 0),
}
CORE_FUNCTIONS = tuple(CORE_TABLE)  # one tuple shared by every realm's deferred globals
_define_core = deferred_definer(CORE_TABLE)



async def include_file(ctx, name):
    """The body of ``includes(name)``; True when the file ran to the end."""
    from runtime.builtins.error import capture_stack, frames_from_traceback
    from runtime.errors import CompileFailure
    from runtime.host import execute
    from runtime.uncaught import describe_uncaught

    eid = ctx.execution_id
    caller = capture_stack(1)  # the includes() call: failures are reported there too
    at = "%s:%d:%d: " % caller[0][1:] if caller else ""
    target = os.path.realpath(os.path.join(os.path.dirname(ctx.path), name))
    if not inside_root(ctx.config.root, target):
        log.warning("[AGI][%s] %sincludes(%r): path outside the script root", eid, at, name)
        return False
    if not os.path.isfile(target):
        log.warning("[AGI][%s] %sincludes(%r): Target path not exists!", eid, at, name)
        return False
    if target in ctx.include_stack:
        log.warning("[AGI][%s] %sincludes(%r): Self calling is not allowed", eid, at, name)
        return False
    if len(ctx.include_stack) > MAX_INCLUDE_DEPTH:
        log.warning("[AGI][%s] %sincludes(%r): includes nested too deeply", eid, at, name)
        return False
    try:
        compiled = ctx.compile_fn(target)
        if inspect.isawaitable(compiled):  # the server compiles in its compile thread
            compiled = await compiled
    except CompileFailure as e:
        log.warning("[AGI][%s] %sincludes(%r) failed: %s", eid, at, name, e.format())
        return False
    except OSError as e:
        log.warning("[AGI][%s] %sincludes(%r): %s", eid, at, name, e)
        return False
    ctx.include_stack.append(target)
    try:
        r = execute(compiled, ctx.realm)
        if type(r) is types.CoroutineType:
            await r
    except Exception as exc:  # JS errors are logged and swallowed (exit passes)
        err = describe_uncaught(exc)
        if err.location is None:  # raised by the runtime itself: the traceback knows
            frames = frames_from_traceback(exc.__traceback__)
            err.location = frames[0][1:] if frames else None
        where = "%s:%d:%d: " % tuple(err.location) if err.location else ""
        log.warning("[AGI][%s] %sincludes(%r) failed: %s%s%s", eid, at, name, where, err.headline(),
                    "\n" + err.stack if err.stack else "")
        return False
    finally:
        ctx.include_stack.pop()
    return True


# -- request parameters -----------------------------------------------------------------

def _param_value(realm, values):
    if len(values) == 1:
        return js_string(values[0])
    return realm.new_array([js_string(v) for v in values])


# Names a request field never becomes although no global holds them yet: the
# globals AGI libraries define later (``requirelib("websocket")`` defines
# ``websocket``; ArozOS's RegisterLib names, spec 2.3) and ``POST_data``
# (set for JSON requests only; a form field of that name would pose as one), and
# ``PARENT_DETACHED``/``PARENT_PAYLOAD`` (only an execd() run has them).
# ArozOS lets fields replace them; here they are skipped and logged.
RESERVED_PARAMS = frozenset((
    "POST_data", "PARENT_DETACHED", "PARENT_PAYLOAD", "websocket", "filelib", "imagelib", "http", "share", "iot", "appdata", "sysinfo",
    "ziplib", "llm", "cnn", "sqlite", "office", "sharedspace", "meetroom", "notification", "git",
    "scheduler", "ffmpeg", "audio",
))

_JSON = json.JSONDecoder()
_JSON_WS = re.compile(r"[ \t\n\r]*")


def json_keys_exceed(text, limit):
    """True when ``text`` is (or starts like) a JSON object with more than
    ``limit`` top-level keys. Walks the top level itself and hands each value
    to the C JSON scanner, so it stops at the key past the limit: a body of a
    million keys costs ``limit`` of them, not a full parse."""
    ws = _JSON_WS.match
    scan_value = _JSON.scan_once
    i = ws(text, 0).end()
    if text[i:i + 1] != "{":
        return False
    keys = 0
    i = ws(text, i + 1).end()
    try:
        while text[i:i + 1] == '"':
            i = json.decoder.scanstring(text, i + 1)[1]
            i = ws(text, i).end()
            if text[i:i + 1] != ":":
                return False
            i = scan_value(text, ws(text, i + 1).end())[1]
            keys += 1
            if keys > limit:
                return True
            i = ws(text, i).end()
            if text[i:i + 1] != ",":
                return False
            i = ws(text, i + 1).end()
    except (ValueError, StopIteration):  # not JSON: the real parse decides
        return False
    return False


def too_many_params(ctx):
    """The 413 text when the request carries more than ``max_params``
    parameters, else None."""
    limit = ctx.config.max_params
    if limit is None or limit < 0:
        return None
    req = ctx.request
    if "application/json" in (req.content_type or ""):
        over = json_keys_exceed(req.body.decode("utf-8", "replace"), limit)
    else:
        n = len(req.query) if ctx.config.query_params else 0
        if req.method in ("POST", "PUT", "PATCH"):
            n += len(req.form)
        over = n > limit
    if not over:
        return None
    return "413 - Request Entity Too Large: more than %d request parameters (max_params)" % limit


def _define_param(ctx, name, value):
    g = ctx.realm.global_object
    if name in RESERVED_PARAMS or ctx.realm.is_reserved_global(name):
        ctx.skipped_params.append(name)
        log.warning("[AGI][%s] request parameter %r skipped: it would shadow a host name",
                    ctx.execution_id, name)
        return
    properties.put_prop(g, name, value)


def inject_parameters(ctx):
    """POST form fields or JSON body keys become globals; JSON requests
    also get ``POST_data`` (the raw body). URL query parameters never do.
    A request with more than ``max_params`` parameters is refused (413)
    before any is parsed into a JS value."""
    refusal = too_many_params(ctx)
    if refusal is not None:
        log.warning("[AGI][%s] %s: %s", ctx.execution_id, ctx.rel, refusal)
        ctx.refuse(413, refusal)
        return
    req = ctx.request
    realm = ctx.realm
    if "application/json" in (req.content_type or ""):
        from runtime.builtins.json import parse_json_text

        text = js_string(req.body.decode("utf-8", "replace"))
        realm.define_value(realm.global_object, "POST_data", text, WC)
        try:
            value = parse_json_text(text)
        except JSThrow:
            return
        if isinstance(value, JSObject) and value.cls == "Object":
            for key in properties.own_keys(value):
                v = properties.get_prop(value, key)
                _define_param(ctx, key, undefined if v is null else v)
        return
    params = dict(req.query) if ctx.config.query_params else {}
    if req.method in ("POST", "PUT", "PATCH"):
        params.update(req.form)
    for name, values in params.items():
        _define_param(ctx, js_string(name), _param_value(realm, values))
