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

    Built-in limits (``runtime/limits.py``; a script past one gets a JS
    ``RangeError`` it may catch, and the server keeps serving):

    regex_timeout
        CPU seconds one regular-expression match may run (default 0.1; a
        match holds the event loop meanwhile; calls that handle every match
        of a long string at once get 1 us more per character): a
        backtracking pattern is stopped with ``RangeError: Regular
        expression too slow``. Needs the server's CPU ticker (the default
        when the loop runs in the main thread).
    max_string_length
        Longest string built-ins may build, in UTF-16 units (default 2^28);
        ``RangeError: Invalid string length`` beyond.
    max_array_elements
        Most elements one array may hold (default 2^26); ``RangeError``
        beyond. ``new Array(n)`` stays sparse and is not counted.
    max_json_depth
        Deepest nesting ``JSON.parse``/``JSON.stringify`` follow (default
        5000); ``RangeError: Maximum call stack size exceeded`` beyond.
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
    # built-in limits (runtime/limits.py)
    regex_timeout: float = 0.1
    max_string_length: int = 1 << 28
    max_array_elements: int = 1 << 26
    max_json_depth: int = 5000

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
