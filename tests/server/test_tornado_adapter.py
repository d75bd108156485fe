"""Tornado's private API is used in one module (ajgi_tx/ws_tornado.py),
for the Tornado versions it lists; an upgrade past them fails here."""

import inspect
import os
import re

import tornado
import tornado.iostream
import tornado.util
import tornado.websocket

from ajgi_tx import ws_tornado
from ajgi_tx.server import AGIHandler
from runtime.ws_host import WebSocketHost

REPO = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
_OWNERS = {
    "WebSocketProtocol13": tornado.websocket.WebSocketProtocol13,
    "WebSocketProtocol": tornado.websocket.WebSocketProtocol,
    "BaseIOStream": tornado.iostream.BaseIOStream,
    "tornado.util": tornado.util,
    "tornado.websocket": tornado.websocket,
}


def test_installed_tornado_is_a_supported_version():
    low, high = ws_tornado.SUPPORTED
    assert low <= ws_tornado.tornado_version() < high, (
        "Tornado %s is outside the versions ajgi_tx/ws_tornado.py was checked against %s: "
        "re-check its private API, then widen SUPPORTED and setup.py" % (tornado.version, ws_tornado.SUPPORTED))


def test_setup_py_pins_the_supported_versions():
    with open(os.path.join(REPO, "setup.py"), encoding="utf-8") as f:
        text = f.read()
    m = re.search(r'"tornado>=([\d.]+),<([\d.]+)"', text)
    assert m, "setup.py must pin tornado>=X,<Y"
    low, high = ws_tornado.SUPPORTED
    assert m.group(1) == "%d.%d" % low and m.group(2) == "%d.%d" % high


def _instance_attributes(cls):
    """Names assigned as ``self.NAME`` in ``cls.__init__``."""
    src = inspect.getsource(cls.__init__)
    return set(re.findall(r"self\.(\w+)\s*(?::[^=]*)?=", src))


def test_every_private_name_exists_with_the_expected_signature():
    for owner, name, kind in ws_tornado.PRIVATE_API:
        target = _OWNERS[owner]
        if kind == "attr":
            assert name in _instance_attributes(target), "%s.%s is gone" % (owner, name)
        elif kind == "name":
            assert hasattr(target, name), "%s.%s is gone" % (owner, name)
        else:
            fn = getattr(target, name, None)
            assert fn is not None, "%s.%s is gone" % (owner, name)
            params = [p for p in inspect.signature(fn).parameters if p != "self"]
            assert params == list(kind), "%s.%s%s changed" % (owner, name, params)


def test_no_other_module_touches_tornados_private_names():
    private = {name for _, name, _ in ws_tornado.PRIVATE_API}
    offenders = []
    for top in ("ajgi_tx", "runtime"):
        for d, _, files in os.walk(os.path.join(REPO, top)):
            for fn in files:
                path = os.path.join(d, fn)
                if not fn.endswith(".py") or path.endswith(os.path.join("ajgi_tx", "ws_tornado.py")):
                    continue
                with open(path, encoding="utf-8") as f:
                    text = f.read()
                for name in private | {"_check_cross_origin"}:
                    # A module defining its own NAME (IOStream's "_state" is
                    # a common name) is not counted for using it.
                    own = re.search(r"def %s\b|self\.%s\s*=" % (name, name), text)
                    if re.search(r"\.%s\b" % re.escape(name), text) and not own:
                        offenders.append("%s: %s" % (os.path.relpath(path, REPO), name))
    assert offenders == []


def test_the_handler_is_a_WebSocketHost():
    assert issubclass(AGIHandler, WebSocketHost)
    for name in ("accept_websocket", "ws_write", "ws_close"):
        want = list(inspect.signature(getattr(WebSocketHost, name)).parameters)
        got = list(inspect.signature(getattr(AGIHandler, name)).parameters)
        assert got == want, name
    assert inspect.iscoroutinefunction(AGIHandler.accept_websocket)


def test_the_handler_speaks_the_strict_protocol():
    assert issubclass(ws_tornado.StrictProtocol, tornado.websocket.WebSocketProtocol13)
    assert AGIHandler.get_websocket_protocol is not tornado.websocket.WebSocketHandler.get_websocket_protocol


def test_ScriptError500_is_gone():
    import ajgi_tx.server as server
    assert not hasattr(server, "ScriptError500")
