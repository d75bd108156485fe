"""The AGI ``http`` library (ArozOS src/mod/agi/agi.http.go) on Tornado's
asynchronous HTTP client::

    requirelib("http");
    http.get("https://example.com/api")               // body text, or null
    http.post(url, JSON.stringify(obj))               // body text, or null (Content-Type: application/json)
    http.head(url)  http.head(url, "Content-Type")    // JSON text of the headers / of one value, or null
    http.getCode(url)                                 // status (redirects not followed), or false
    http.getb64(url)                                  // body as base64, or null
    http.download(url, "user:/Downloads", "f.bin")    // true / false (the folder must exist)
    http.request({url, method, headers, body, bodyBase64, form, json, contentType,
                  username, password, timeout, followRedirect, responseType})
        // {ok, status, statusText, headers, body, error}
    http.put/patch/delete/postForm/postJSON(...)      // http.request shorthands
    http.redirect("/other/page", 302)                 // the script's own answer: true / false

Every call waits on the network without holding the server: the functions
are ``async`` and compiled scripts await them (a script naming ``http`` is
compiled like one using ``delay``).

Defences ArozOS lacks: only ``http``/``https`` URLs; every connection
(redirects included) goes to a public address unless the server runs with
``http_allow_private`` (loopback, private, link-local, multicast and
reserved addresses are refused on the resolved address, so DNS names
pointing inside are refused too); a request takes at most
``DEFAULT_TIMEOUT`` seconds (a script's ``timeout`` option may lower it, up
to ``MAX_TIMEOUT``); a response body above ``MAX_BODY`` bytes is refused
(the call fails); bodies are not decompressed (no Accept-Encoding is
sent), so a gzip bomb cannot expand; at most ``MAX_REDIRECTS`` redirects.
"""

import base64
import ipaddress
import json
import logging
import os
import socket
import urllib.parse

from runtime import conversions, properties
from runtime.agi import fairness
from runtime.agi.core import agi_context, go_json_string
from runtime.agi.lib_vpath import PathRefused, fail, resolve
from runtime.agi.libraries import define_library
from runtime.agi.offload import in_thread_for, io_pool
from runtime.agi.quota import QUOTA_FULL, Quota, QuotaFull
from runtime.realm import current_realm
from runtime.values import JSObject, js_string, null, py_string, undefined

log = logging.getLogger("ajgi_tx.agi")

DEFAULT_TIMEOUT = 30.0
MAX_TIMEOUT = 120.0
MAX_BODY = 16 << 20
MAX_REDIRECTS = 5
USER_AGENT = "arozos-http-client/1.1"


class RequestRefused(Exception):
    """A URL or address the library does not reach."""


def address_allowed(ip, allow_private):
    """True when a connection to ``ip`` (text) may be made."""
    addr = ipaddress.ip_address(ip.split("%", 1)[0])
    if isinstance(addr, ipaddress.IPv6Address) and addr.ipv4_mapped is not None:
        addr = addr.ipv4_mapped
    if allow_private:
        return not addr.is_unspecified
    return addr.is_global and not addr.is_multicast


def _resolver(allow_private):
    from tornado.netutil import DefaultExecutorResolver

    class PublicResolver(DefaultExecutorResolver):
        """Resolves, then keeps only the addresses the library may reach."""

        async def resolve(self, host, port, family=socket.AF_UNSPEC):
            addrs = await super().resolve(host, port, family)
            ok = [a for a in addrs if address_allowed(a[1][0], allow_private)]
            if not ok:
                raise RequestRefused("address of %s refused (loopback or private network)" % host)
            return ok

    return PublicResolver()


def _text(v):
    return py_string(conversions.to_string(v))


def _check_url(url):
    parts = urllib.parse.urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise RequestRefused("only http and https URLs are allowed")


async def fetch(ctx, url, method="GET", headers=None, body=None, timeout=None,
                follow_redirects=True):
    """(status, reason, headers, body bytes) of one request; raises
    RequestRefused or OSError-like errors with a short message."""
    from tornado.httpclient import HTTPRequest
    from tornado.simple_httpclient import SimpleAsyncHTTPClient

    _check_url(url)
    allow_private = bool(getattr(ctx.config, "http_allow_private", False))
    limit = DEFAULT_TIMEOUT if not timeout or timeout <= 0 else min(timeout, MAX_TIMEOUT)
    hdrs = {"User-Agent": USER_AGENT}
    hdrs.update(headers or {})
    client = SimpleAsyncHTTPClient(force_instance=True, resolver=_resolver(allow_private),
                                   max_body_size=MAX_BODY, max_buffer_size=MAX_BODY)
    try:
        req = HTTPRequest(url, method=method, headers=hdrs, body=body,
                          allow_nonstandard_methods=True, connect_timeout=limit, request_timeout=limit,
                          follow_redirects=follow_redirects, max_redirects=MAX_REDIRECTS,
                          decompress_response=False, validate_cert=True)
        resp = await client.fetch(req, raise_error=False)
    finally:
        client.close()
    if resp.code == 599 or (resp.error is not None and resp.code >= 600):
        err = resp.error
        raise RequestRefused(str(err) if err is not None else "request failed")
    return resp.code, resp.reason or "", resp.headers, resp.body or b""


def _header_map(headers):
    """{name: [values]} as Go's http.Header, JSON-ready (names sorted)."""
    out = {}
    for name in headers:
        out[name] = headers.get_list(name)
    return out


def _header_json(headers):
    m = _header_map(headers)
    return "{" + ",".join("%s:[%s]" % (go_json_string(k), ",".join(go_json_string(v) for v in m[k]))
                          for k in sorted(m)) + "}"


def _failed(ctx, fname, exc):
    log.warning("[AGI][%s] http.%s: %s", ctx.execution_id, fname, exc)


def _body_text(data):
    return js_string(data.decode("utf-8", "replace"))


async def http_get(this, url=undefined, headers=undefined, *_):
    """http.get(url[, headers]): the body text (any status), or null."""
    ctx = agi_context()
    if headers is not undefined:
        r = await _request(ctx, {"url": _text(url), "method": "GET", "headers": _plain(headers)})
        return properties.get_prop(r, "body")
    try:
        _, _, _, body = await fetch(ctx, _text(url))
    except Exception as e:
        _failed(ctx, "get", e)
        return null
    return _body_text(body)


async def http_post(this, url=undefined, body=undefined, headers=undefined, content_type=undefined, *_):
    """http.post(url, body[, headers, contentType]): the body text, or null."""
    ctx = agi_context()
    if headers is not undefined or content_type is not undefined:
        opts = {"url": _text(url), "method": "POST", "body": _text(body) if body is not undefined else "",
                "headers": _plain(headers)}
        if content_type is not undefined:
            opts["contentType"] = _text(content_type)
        r = await _request(ctx, opts)
        return properties.get_prop(r, "body")
    data = b"" if body is undefined else _text(body).encode("utf-8")
    try:
        _, _, _, out = await fetch(ctx, _text(url), "POST", {"Content-Type": "application/json"}, data)
    except Exception as e:
        _failed(ctx, "post", e)
        return null
    return _body_text(out)


async def http_head(this, url=undefined, key=undefined, *_):
    """http.head(url[, name]): JSON text of the response headers, or of
    the one value (``""`` when absent); null on failure. (ArozOS sends a GET.)"""
    ctx = agi_context()
    try:
        _, _, headers, _ = await fetch(ctx, _text(url), "HEAD")
    except Exception as e:
        _failed(ctx, "head", e)
        return null
    if key is undefined:
        return js_string(_header_json(headers))
    return js_string(go_json_string(headers.get(_text(key), "")))


async def http_getCode(this, url=undefined, *_):
    """http.getCode(url): the status code, redirects not followed; false on failure."""
    ctx = agi_context()
    try:
        code, _, _, _ = await fetch(ctx, _text(url), follow_redirects=False)
    except Exception as e:
        _failed(ctx, "getCode", e)
        return False
    return float(code)


async def http_getb64(this, url=undefined, *_):
    """http.getb64(url): the body as base64, or null."""
    ctx = agi_context()
    try:
        _, _, _, body = await fetch(ctx, _text(url))
    except Exception as e:
        _failed(ctx, "getb64", e)
        return null
    return base64.b64encode(body).decode("ascii")


async def http_download(this, url=undefined, folder=undefined, filename=undefined, *_):
    """http.download(url, vfolder[, filename]): saves the body in an
    existing folder of the user's; true / false."""
    ctx = agi_context()
    raw = urllib.parse.unquote(_text(url))
    vdir = _text(folder)
    try:
        _, dpath = resolve(ctx, vdir)
    except PathRefused:
        return fail(ctx, "http", "download: Permission Denied")
    if not os.path.isdir(dpath):
        return fail(ctx, "http", "download: %s is a file not a directory." % vdir)
    name = os.path.basename(urllib.parse.urlsplit(raw).path) if filename is undefined else _text(filename)
    try:
        _, target = resolve(ctx, vdir.rstrip("/") + "/" + name)
    except PathRefused:
        return fail(ctx, "http", "download: Permission Denied")
    if not name or os.path.dirname(target) != dpath or os.path.isdir(target):
        return fail(ctx, "http", "download: invalid file name")
    try:
        _, _, _, body = await fetch(ctx, raw)
    except Exception as e:
        _failed(ctx, "download", e)
        return False
    try:
        await in_thread_for(fairness.script_runner(), io_pool(), _save, target, body, Quota.of(ctx))
    except QuotaFull:
        return fail(ctx, "http", "download: " + QUOTA_FULL)
    except OSError as e:
        return fail(ctx, "http", "download: %s" % (e.strerror or "write failed"))
    return True


def _save(target, body, quota):
    """(I/O thread) Writes a downloaded body if it fits in the user's
    quota (QuotaFull otherwise; ArozOS does not check here, its
    ``writeFile`` does)."""
    with quota.hold() as h:
        h.track(target)
        h.claim(len(body))
        fd = os.open(target, os.O_WRONLY | os.O_CREAT | os.O_TRUNC | getattr(os, "O_NOFOLLOW", 0), 0o644)
        with os.fdopen(fd, "wb") as f:
            f.write(body)


def _plain(v):
    """A JS value as plain Python data (JSON.stringify read back)."""
    from runtime.builtins.json import stringify_value

    if v is undefined or v is null:
        return None
    text = stringify_value(v)
    return None if text is None else json.loads(py_string(text))


def _response(ok=False, status=0, status_text="", headers=None, body="", error=""):
    realm = current_realm()
    o = realm.new_object()
    hdrs = realm.new_object()
    for k, vals in sorted((headers or {}).items()):
        properties.put_prop(hdrs, js_string(k), realm.new_array([js_string(v) for v in vals]))
    for k, v in (("ok", ok), ("status", float(status)), ("statusText", js_string(status_text)),
                 ("headers", hdrs), ("body", js_string(body)), ("error", js_string(error))):
        properties.put_prop(o, k, v)
    return o


async def _request(ctx, opt):
    if not isinstance(opt, dict):
        opt = {}
    url = str(opt.get("url") or "").strip()
    if not url:
        return _response(error="missing request url")
    method = str(opt.get("method") or "GET").strip().upper() or "GET"
    headers, body = {}, None
    if opt.get("bodyBase64"):
        try:
            body = base64.b64decode(str(opt["bodyBase64"]), validate=True)
        except ValueError as e:
            return _response(error="invalid bodyBase64: %s" % e)
        headers["Content-Type"] = "application/octet-stream"
    elif isinstance(opt.get("form"), dict) and opt["form"]:
        body = urllib.parse.urlencode({k: str(v) for k, v in opt["form"].items()}).encode()
        headers["Content-Type"] = "application/x-www-form-urlencoded"
    elif opt.get("json") is not None:
        body = json.dumps(opt["json"], separators=(",", ":")).encode()
        headers["Content-Type"] = "application/json"
    elif opt.get("body"):
        body = str(opt["body"]).encode("utf-8")
    if isinstance(opt.get("headers"), dict):
        headers.update({str(k): str(v) for k, v in opt["headers"].items()})
    if str(opt.get("contentType") or "").strip():
        headers["Content-Type"] = str(opt["contentType"])
    if opt.get("username") or opt.get("password"):
        token = base64.b64encode(("%s:%s" % (opt.get("username") or "", opt.get("password") or "")).encode())
        headers["Authorization"] = "Basic " + token.decode()
    timeout = opt.get("timeout")
    timeout = float(timeout) if isinstance(timeout, (int, float)) and not isinstance(timeout, bool) else None
    follow = opt.get("followRedirect") is not False
    if body is None and method in ("POST", "PUT", "PATCH"):
        body = b""
    try:
        code, reason, hdrs, data = await fetch(ctx, url, method, headers, body, timeout, follow)
    except Exception as e:
        return _response(error=str(e))
    if str(opt.get("responseType") or "").strip().lower() == "base64":
        text = base64.b64encode(data).decode("ascii")
    else:
        text = data.decode("utf-8", "replace")
    return _response(200 <= code < 300, code, "%d %s" % (code, reason), _header_map(hdrs), text)


async def http_request(this, options=undefined, *_):
    """http.request(options): {ok, status, statusText, headers, body, error};
    failures fill ``error`` instead of throwing."""
    return await _request(agi_context(), _plain(options) if isinstance(options, JSObject) else {})


def _shorthand(method, shape):
    async def call(this, url=undefined, a=undefined, b=undefined, c=undefined, *_):
        opt = {"url": _text(url), "method": method}
        if shape == "body":
            if a is not undefined:
                opt["body"] = _text(a)
            opt["headers"] = _plain(b)
            if c is not undefined:
                opt["contentType"] = _text(c)
        elif shape == "headers":
            opt["headers"] = _plain(a)
        else:
            opt[shape] = _plain(a)
            opt["headers"] = _plain(b)
        return await _request(agi_context(), opt)
    return call


# the codes http.redirect() honours: the redirects of RFC 9110 15.4 that take
# a Location (304 is a cache answer without a body, 305/306 are obsolete)
REDIRECT_CODES = frozenset((300, 301, 302, 303, 307, 308))
DEFAULT_REDIRECT = 307


def _redirect_code(code):
    """ArozOS's rule: a code that is no integer means 307."""
    if code is undefined:
        return DEFAULT_REDIRECT
    n = conversions.to_number(code)
    if n != n or n in (float("inf"), float("-inf")) or n != int(n):
        return DEFAULT_REDIRECT
    return int(n)


def _location_text(url):
    """The Location header for ``url``, or None when it cannot be one: a
    control character (CR/LF: a second header or a forged body) is refused;
    characters outside ASCII are percent-encoded as browsers do, so the
    header stays the latin-1 text HTTP/1.1 carries."""
    text = py_string(conversions.to_string(url))
    if not text or any(ord(c) < 0x20 or ord(c) == 0x7F for c in text):
        return None
    return urllib.parse.quote(text, safe="".join(chr(c) for c in range(0x21, 0x7F)))


def http_redirect(this, url=undefined, code=undefined, *_):
    """http.redirect(url, code): the script's own response becomes a
    redirect to ``url`` (status ``code``, 307 when it is no integer); its
    body is still ``HTTP_RESP``. False, and the response unchanged, when the
    code is not a redirect code (see ``REDIRECT_CODES``), the URL is empty
    or holds a control character, the script has upgraded (or tried to
    upgrade) to a websocket, or an earlier call already redirected (the first
    one wins, as the first status written does in ArozOS)."""
    ctx = agi_context()
    status = _redirect_code(code)
    location = _location_text(url) if url is not undefined else None
    why = None
    if ctx.ws is not None and (ctx.ws.ever_upgraded or ctx.ws.failed):
        why = "the script answers over a websocket"
    elif ctx.redirect is not None:
        why = "the response already redirects"
    elif status not in REDIRECT_CODES:
        why = "%d is not a redirect status" % status
    elif location is None:
        why = "the URL is empty or holds a control character"
    if why is not None:
        log.info("[AGI][%s] %s: http.redirect refused: %s", ctx.execution_id, ctx.rel, why)
        return False
    ctx.redirect = (status, location)
    return True


TABLE = {
    "get": (http_get, 2), "post": (http_post, 4), "head": (http_head, 2),
    "getCode": (http_getCode, 1), "getb64": (http_getb64, 1), "download": (http_download, 3),
    "request": (http_request, 1),
    "put": (_shorthand("PUT", "body"), 4), "patch": (_shorthand("PATCH", "body"), 4),
    "delete": (_shorthand("DELETE", "headers"), 2), "postForm": (_shorthand("POST", "form"), 3),
    "postJSON": (_shorthand("POST", "json"), 3),
    "redirect": (http_redirect, 2),
}


def install(ctx):
    define_library(ctx, "http", TABLE)
    return True
