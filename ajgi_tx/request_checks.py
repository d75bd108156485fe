"""Checks a request must pass before any script runs for it.

Each function takes a Tornado ``HTTPServerRequest`` (and the
:class:`ajgi_tx.config.ServerConfig`) and returns ``(status, body)`` for a
refusal or None. Bodies are short plain text: no Python shows through.

* :func:`host_refusal`: DNS rebinding. A page on ``evil.example`` whose name
  is made to resolve to 127.0.0.1 reaches the server with
  ``Host: evil.example``; only the listen host, the loopback names and the
  configured ``allowed_hosts`` are served.
* :func:`cross_site_refusal`: a foreign page's form POST (no CORS preflight
  is needed for one) must not run a script with the user's session.
* :func:`body_refusal`: a ``Content-Length`` above ``max_body`` is refused
  before the body is read.
* :func:`identify`: the user the request runs as; a name from a trusted
  proxy's ``user_header`` that is no user is refused.
"""

import functools
import ipaddress
import logging
import re
import socket
import urllib.parse

log = logging.getLogger("ajgi_tx.agi")

_CONTROL = re.compile("[\x00-\x1f\x7f]")
LOOPBACK_HOSTS = ("localhost", "127.0.0.1", "[::1]")
STATE_CHANGING = frozenset(("POST", "PUT", "PATCH", "DELETE"))


def has_control_chars(text):
    return _CONTROL.search(text) is not None


def _split_host(value):
    """("name", "port" or "") of a Host header value, lower-cased."""
    value = value.strip().lower()
    if value.startswith("["):
        end = value.find("]")
        if end < 0:
            return value, ""
        return value[:end + 1], value[end + 2:] if value[end + 1:end + 2] == ":" else ""
    name, _, port = value.partition(":")
    return name, port


def allowed_host_names(config):
    names = set(LOOPBACK_HOSTS)
    listen = config.host.lower()
    names.add("[%s]" % listen if ":" in listen and not listen.startswith("[") else listen)
    names.update(h.lower() for h in config.allowed_hosts)
    return names


def host_refusal(request, config):
    """403 unless ``Host`` names this server (a missing Host is HTTP/1.0
    without one: served)."""
    if "*" in config.allowed_hosts:
        return None
    value = request.headers.get("Host")
    if value is None:
        return None
    name, port = _split_host(value)
    allowed = allowed_host_names(config)
    if name in allowed or ("%s:%s" % (name, port)) in allowed:
        return None
    return 403, "403 Forbidden: host %s is not served here (see --allowed-hosts)" % name[:100]


def _origin_host(origin):
    """``host[:port]`` of an Origin value, lower-cased; None for "null" or
    garbage."""
    try:
        parts = urllib.parse.urlsplit(origin)
    except ValueError:
        return None
    if parts.scheme not in ("http", "https") or not parts.netloc:
        return None
    return parts.netloc.lower()


def is_same_origin(request, origin):
    own = request.headers.get("Host", "").strip().lower()
    return own != "" and _origin_host(origin) == own


def cross_site_refusal(request, config):
    """403 for a state-changing request coming from another site: its
    ``Origin`` is not this server, or the browser says ``Sec-Fetch-Site:
    cross-site``; origins in ``allowed_origins`` are trusted. Requests
    without Origin (curl, server-to-server) pass."""
    if config.allow_cross_site_post or request.method not in STATE_CHANGING:
        return None
    origin = request.headers.get("Origin")
    allowed = config.allowed_origins
    if origin is not None and ("*" in allowed or origin in allowed):
        return None  # a site the configuration trusts
    cross = request.headers.get("Sec-Fetch-Site", "").strip().lower() == "cross-site"
    if not cross and (origin is None or is_same_origin(request, origin)):
        return None
    return 403, "403 Forbidden: cross-site request refused (see --allow-cross-site-post)"


def body_refusal(request, config):
    """413 when the declared body is bigger than ``max_body``."""
    length = request.headers.get("Content-Length")
    if length is None:
        return None
    try:
        n = int(length)
    except ValueError:
        return 400, "400 Bad Request: invalid Content-Length"
    if n > config.max_body:
        return too_large(config)
    return None


def too_large(config):
    return 413, "413 Request Entity Too Large: bodies are limited to %d bytes (see --max-body)" % config.max_body


# -- identity ----------------------------------------------------------------------

MAX_NAME = 256            # longest header value looked at
_WARNED_PEERS = set()     # peers whose ignored user header was logged (once each)
_WARNED_CAP = 4096        # a scan from many addresses does not grow it for ever


def peer_address(request):
    """The address of the socket's peer: not ``remote_ip``, which
    ``--xheaders`` takes from ``X-Forwarded-For`` (a client could name any
    address there). None for a Unix socket."""
    ctx = getattr(request.connection, "context", None)
    if ctx is None or getattr(ctx, "address_family", None) not in (socket.AF_INET, socket.AF_INET6):
        return None
    try:
        addr = ipaddress.ip_address(ctx.address[0])
    except (ValueError, TypeError, IndexError):
        return None
    mapped = getattr(addr, "ipv4_mapped", None)  # ::ffff:127.0.0.1 on a dual-stack socket
    return mapped or addr


def is_trusted_proxy(request, config):
    ctx = getattr(request.connection, "context", None)
    if ctx is None or getattr(ctx, "address_family", None) not in (socket.AF_INET, socket.AF_INET6):
        return False
    return _address_in(ctx.address[0], config.trusted_networks)


@functools.lru_cache(maxsize=1024)
def _address_in(text, networks):
    """Whether address ``text`` lies in one of ``networks``: cached, as a
    proxy sends every request from the same few addresses (parsing one and
    testing it costs ~50 us)."""
    try:
        addr = ipaddress.ip_address(text)
    except ValueError:
        return False
    addr = getattr(addr, "ipv4_mapped", None) or addr  # ::ffff:127.0.0.1 on a dual-stack socket
    return any(addr in net for net in networks)


def identify(request, config):
    """(user, None), or (None, (status, body)) to refuse.

    The user is the one ``config.user_header`` names when the request
    comes from a ``trusted_proxies`` peer; otherwise the header is ignored
    (logged once per peer) and the request runs as the default user."""
    users = config.user_directory
    default = users.get(users.default)
    header = config.user_header
    if not header:
        return default, None
    value = request.headers.get(header)
    if value is None:
        return default, None
    if not is_trusted_proxy(request, config):
        peer = str(peer_address(request) or "unix socket")
        if peer not in _WARNED_PEERS and len(_WARNED_PEERS) < _WARNED_CAP:
            _WARNED_PEERS.add(peer)
            log.warning("[AGI] %s header from %s ignored: the peer is not in --trusted-proxies "
                        "(logged once per peer)", header, peer)
        return default, None
    name = value.strip()
    user = users.get(name) if len(name) <= MAX_NAME else None
    if user is None:
        shown = name[:64] if not has_control_chars(name[:64]) else "(unprintable)"
        log.warning("[AGI] %s: unknown user %r from proxy %s: 403", header, shown, peer_address(request))
        return None, (403, "403 Forbidden: unknown user %s (not in the users file)" % shown)
    return user, None
