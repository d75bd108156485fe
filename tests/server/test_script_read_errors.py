"""A script file the server cannot read (removed since it was resolved, out
of descriptors) gets ArozOS's short 'Script load error' 500, one log line
and no traceback. The fault is injected into an in-process server on
127.0.0.1 (a real socket, a real client)."""

import asyncio
import errno
import logging

from tornado.httpclient import AsyncHTTPClient, HTTPClientError

from ajgi_tx.config import ServerConfig
from ajgi_tx.listener import listen
from ajgi_tx.server import INTERFACE_PATH, make_app


def test_a_script_that_cannot_be_read_gets_a_short_500(tmp_path, caplog):
    (tmp_path / "x.js").write_text("sendResp(1);")
    config = ServerConfig(root=str(tmp_path), data_dir=str(tmp_path / "d"), cache_dir="-")

    async def go():
        app = make_app(config)

        def unreadable(path):
            raise OSError(errno.EMFILE, "Too many open files")
        app.agi_server.compile = unreadable
        listener = listen(app, config, port=0, host="127.0.0.1")
        port = listener.sockets[0].getsockname()[1]
        try:
            await AsyncHTTPClient().fetch("http://127.0.0.1:%d%s?script=x.js" % (port, INTERFACE_PATH),
                                          request_timeout=20)
        except HTTPClientError as e:
            return e.code, e.response.body.decode()
        finally:
            listener.stop()
        return 200, ""

    with caplog.at_level(logging.INFO):
        status, body = asyncio.run(asyncio.wait_for(go(), 30))
    assert status == 500
    assert body == "500 - Internal Server Error: Script load error => read x.js: too many open files"
    assert "x.js: cannot read the script: Too many open files" in caplog.text
    assert "Traceback" not in caplog.text
