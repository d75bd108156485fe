"""Server settings for ``python -m ajgi_tx serve``.

Example::

    from ajgi_tx.config import ServerConfig
    cfg = ServerConfig(root="examples/web", dev=True, cpu_budget=5.0)

Every field has a documented default; :func:`from_args` builds a config from
the parsed command line (unknown options keep their defaults).
"""

import dataclasses
import os
import tempfile


@dataclasses.dataclass
class ServerConfig:
    """What the AGI server needs to know.

    root
        Script root: ``?script=PATH`` resolves below it; nothing outside it
        can be run or included (403).
    host, port
        Listen address. Default ``127.0.0.1:8080``.
    dev
        Error bodies name ``FILE:LINE:COL``, the message and the JS stack
        (default False: a short message; the log always has everything).
    cpu_budget
        Seconds of CPU one script run may use (default 30.0). Time spent
        waiting in ``read()``/``delay()`` is not counted. ``None`` or ``<= 0``
        disables the budget. A script over budget is stopped with a log line
        (HTTP 500, or close 1011 for a websocket).
    slice_ms
        How long one script may hold the event loop before the watchdog
        makes it yield to the other connections (default 10 ms).
    max_message_size
        Largest inbound websocket message in bytes (default 16 MiB); a bigger
        one closes the socket with 1009.
    idle_timeout
        Default websocket idle timeout in seconds for ``upgrade()`` without a
        valid argument (300, as ArozOS).
    allowed_origins
        Extra ``Origin`` values allowed to open websockets (``"*"`` allows
        any). Same-origin requests are always allowed.
    username
        ``USERNAME`` inside scripts (default ``"admin"``).
    data_dir
        Where the DB file ``agi.sqlite3`` lives (default: a ``ajgi_data``
        folder in the system temp directory).
    build_version, internal_version
        ``BUILD_VERSION`` / ``INTERNAL_VERSION`` (ArozOS defaults
        ``"development"`` / ``"3.0.1"``).
    file_prefix
        Prefix of ``__FILE__`` (ArozOS scripts live in ``web/``, so
        ``__FILE__`` is ``web/App/x.js``; default ``"web/"``).
    query_params
        Also expose URL query parameters as globals (body fields win), as
        the ``ottows`` oracle does. Default False: ArozOS exposes POST
        form fields and JSON body keys only.
    cache_dir
        Compile cache directory (default: ``$AJGI_CACHE_DIR``, else
        ``<root>/.ajgi_cache``); ``"-"`` keeps compiled scripts in memory
        only. ``python -m ajgi_tx.compile ROOT`` fills it ahead of time.
    serve_static
        Serve non-script files under the root at ``/`` (default True), so a
        front-end page can sit next to its backend script. ``.js``/``.agi``
        files are never served as text.
    """

    root: str = "."
    host: str = "127.0.0.1"
    port: int = 8080
    dev: bool = False
    cpu_budget: float = 30.0
    slice_ms: float = 10.0
    max_message_size: int = 16 * 1024 * 1024
    idle_timeout: int = 300
    allowed_origins: tuple = ()
    username: str = "admin"
    data_dir: str = ""
    build_version: str = "development"
    internal_version: str = "3.0.1"
    file_prefix: str = "web/"
    serve_static: bool = True
    query_params: bool = False
    cache_dir: str = ""

    def __post_init__(self):
        self.root = os.path.realpath(self.root)
        if not self.data_dir:
            self.data_dir = os.path.join(tempfile.gettempdir(), "ajgi_data")
        if isinstance(self.allowed_origins, str):
            self.allowed_origins = tuple(o.strip() for o in self.allowed_origins.split(",") if o.strip())
        else:
            self.allowed_origins = tuple(self.allowed_origins)

    @property
    def db_path(self):
        return os.path.join(self.data_dir, "agi.sqlite3")


def from_args(args):
    """A :class:`ServerConfig` from an argparse namespace; fields the command
    line does not define keep their defaults."""
    kw = {}
    for f in dataclasses.fields(ServerConfig):
        v = getattr(args, f.name, None)
        if v is not None:
            kw[f.name] = v
    return ServerConfig(**kw)


# -- python -m ajgi_tx run ---------------------------------------------------------

@dataclasses.dataclass
class RunConfig:
    """What ``python -m ajgi_tx run FILE.js`` adds to the AGI settings it
    shares with the server (``username``, ``cpu_budget``, ``data_dir``,
    ``cache_dir``: see :class:`ServerConfig`, same defaults).

    file
        The script to run.
    root
        Directory ``includes()`` is confined to and ``__FILE__`` is relative
        to (default: the script's own directory).
    post
        Form fields ``[(name, value)]`` (``--post k=v``, repeatable): the
        run is a POST with an urlencoded body, each field a global.
    json_file
        A file holding a JSON body (``--json FILE``, ``-`` for stdin): the
        run is a POST ``application/json``; ``POST_data`` and one global per
        top-level key, as the server does.
    headers
        Print the HTTP status line and ``Content-Type`` before the body
        (default False: the body alone).
    ws
        The run is a websocket handshake (default False): ``upgrade()``
        succeeds, each stdin line is a text frame, each ``websocket.send``
        a stdout line, end of input closes the socket, and the close code
        is printed at the end (stderr).
    db
        The DB file (default: ``agi.sqlite3`` in the data directory, the
        file ``serve`` uses).
    """

    file: str = ""
    root: str = ""
    post: tuple = ()
    json_file: str = ""
    headers: bool = False
    ws: bool = False
    db: str = ""

    def __post_init__(self):
        if not self.root:
            self.root = os.path.dirname(os.path.abspath(self.file)) if self.file else "."
        self.post = tuple(self.post)
