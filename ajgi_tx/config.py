"""Server settings for ``python -m ajgi_tx serve``.

Example::

    from ajgi_tx.config import ServerConfig
    cfg = ServerConfig(root="examples/web", dev=True, cpu_budget=5.0)

Every field has a documented default; :func:`from_args` builds a config from
the parsed command line (unknown options keep their defaults).
"""

import dataclasses
import os


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
        Extra ``Origin`` values allowed to open websockets and to make
        state-changing requests (``"*"`` allows any). Same-origin requests
        are always allowed.
    username
        ``USERNAME`` inside scripts (default ``"admin"``): the user every
        request runs as when no trusted proxy names another. Without a
        users file it is the only user, an administrator.
    users_file
        A TOML file of accounts (name, groups, admin flag, module access,
        quota; see ``ajgi_tx/users_file.py``). Default ``""``: the single
        user ``username``. With a file, ``username`` must be one of its
        users. Read once at startup; a bad file stops the server with the
        line at fault.
    user_header
        Request header naming the user, set by an authenticating reverse
        proxy (e.g. ``X-Remote-User``; default ``""``: none). Honoured only
        from a peer in ``trusted_proxies`` (the socket's address, not
        ``X-Forwarded-For``); from any other peer it is ignored and logged
        once per peer. A name that is no user is answered 403.
    trusted_proxies
        Peer addresses (CIDRs, e.g. ``127.0.0.1/32``) whose ``user_header``
        is believed (default none).
    execd_max_depth
        Generations of ``execd()``: a request's script may detach one, that
        one another... up to this many (default 4); deeper calls answer
        false (logged). Stops a script that detaches itself from forking
        without end.
    execd_max_running
        Detached runs in flight per process (default 16; ``0``: no cap
        beyond ``max_scripts``, whose slots they also take).
    data_dir
        Where the DB file ``agi.sqlite3`` lives. Default: a persistent
        per-user directory, ``$XDG_DATA_HOME/ajgi_tx``, else
        ``~/.local/share/ajgi_tx`` (see :func:`default_data_dir`); the
        server prints it at startup.
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
    max_memory
        Memory (resident set, MiB) one server process may hold before the
        script that keeps growing it is stopped (default 4096; ``0`` = no
        limit). Checked at the scheduler's checkpoints, so it also bounds
        what no size check sees, such as ``s = s + s`` in a loop.
    cache_dir
        Compile cache directory (default: ``$AJGI_CACHE_DIR``, else
        ``<root>/.ajgi_cache``); ``"-"`` keeps compiled scripts in memory
        only. ``python -m ajgi_tx.compile ROOT`` fills it ahead of time.
    serve_static
        Serve non-script files under the root at ``/`` (default True), so a
        front-end page can sit next to its backend script. ``.js``/``.agi``
        files are never served as text.
    max_params
        Most request parameters (urlencoded POST fields, top-level JSON body
        keys) one request may carry (default 1000); a request with more is
        answered 413 before any becomes a global, so a body of a million
        keys costs a short scan, not seconds of the event loop.

    Defences against hostile clients (``docs/security.md``):

    max_body
        Largest HTTP request body in bytes (default 1 MiB). A bigger
        ``Content-Length`` is answered 413 before the body is read; a chunked
        body is cut off with 413 as soon as it passes the limit.
    max_scripts
        Script runs in flight at once, websockets included (default 1024: a
        websocket script holds its slot as long as its socket is open, and a
        thousand open sockets is an ordinary load); beyond it requests get
        503 with ``Retry-After``. ``0`` = no cap.
    allowed_hosts
        ``Host`` header values accepted (host names, ``name:port`` also
        matches). Always included: the listen host, ``localhost``,
        ``127.0.0.1``, ``[::1]``. ``"*"`` accepts any. Anything else gets 403
        (stops DNS rebinding).
    allow_cross_site_post
        Run state-changing requests (POST, PUT, PATCH, DELETE) whose
        ``Origin`` is foreign or that carry ``Sec-Fetch-Site: cross-site``
        (default False: 403 without running the script). Requests without
        ``Origin`` (curl, scripts), same-origin ones and those from
        ``allowed_origins`` always run.
    header_timeout
        Seconds a connection may take to send its request headers, and may
        stay idle between keep-alive requests (default 10).
    body_timeout
        Seconds a request body may take to arrive (default 60).

    Scaling (one block: ``--workers``, ``--loop``, ``--db``, see
    ``ajgi_tx/workers.py``, ``ajgi_tx/loops.py``, ``runtime/agi/db.py``):

    workers
        Server processes sharing the listening socket (default 1: no fork;
        ``0``: one per core). The parent supervises them: a worker that dies
        is restarted (logged).
    loop
        Event loop: ``"auto"`` (default: uvloop when it imports, else
        asyncio), ``"asyncio"`` or ``"uvloop"``.
    db
        DB backend URL: ``""`` (default) is ``sqlite:///<data_dir>/agi.sqlite3``;
        ``sqlite:///PATH`` (WAL, busy timeout: several workers of one host
        share it) or ``redis://HOST:PORT/N`` (several hosts share it).
    shutdown_grace
        Seconds SIGTERM/SIGINT lets running scripts finish after websockets
        were closed with 1001, before the rest is cancelled (default 5.0).
    xheaders
        Trust ``X-Real-Ip``/``X-Forwarded-For`` and ``X-Scheme``/
        ``X-Forwarded-Proto`` from a reverse proxy (default False; turn it on
        only behind one, see ``deploy/``).

    Operations (one block: ``ajgi_tx/admin.py``, ``ajgi_tx/metrics.py``,
    ``ajgi_tx/logsetup.py``):

    admin_port
        Port of the admin listener (``/metrics``, ``/healthz``, ``/readyz``,
        ``/system/ajgi/scripts``); default 0: no admin listener.
    admin_host
        Its address (default ``127.0.0.1``). Any non-loopback address needs
        ``admin_token``: the server refuses to start without one.
    admin_token
        Bearer token every admin request must carry (default ``""``: none,
        allowed on loopback only).
    log_level
        ``debug``, ``info`` (default), ``warning`` or ``error``.
    access_log
        One line per HTTP request with status, time and request id
        (default True).
    log_format
        ``text`` (default) or ``json`` (one JSON object per line).
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
    # -- users (ajgi_tx/users_file.py, ajgi_tx/request_checks.py: identify) --
    users_file: str = ""
    user_header: str = ""
    trusted_proxies: tuple = ()
    # -- execd() (runtime/agi/execd.py, ajgi_tx/detached.py) --
    execd_max_depth: int = 4
    execd_max_running: int = 16
    data_dir: str = ""
    build_version: str = "development"
    internal_version: str = "3.0.1"
    file_prefix: str = "web/"
    serve_static: bool = True
    query_params: bool = False
    cache_dir: str = ""
    max_params: int = 1000
    # -- defences against hostile clients (see the docstring) --
    max_body: int = 1024 * 1024
    max_scripts: int = 1024
    allowed_hosts: tuple = ()
    allow_cross_site_post: bool = False
    header_timeout: float = 10.0
    body_timeout: float = 60.0
    # -- scaling (ajgi_tx/workers.py, ajgi_tx/loops.py, runtime/agi/db.py) --
    workers: int = 1
    loop: str = "auto"
    db: str = ""
    shutdown_grace: float = 5.0
    xheaders: bool = False
    # -- operations (ajgi_tx/admin.py, ajgi_tx/metrics.py, ajgi_tx/logsetup.py) --
    admin_port: int = 0
    admin_host: str = "127.0.0.1"
    admin_token: str = ""
    log_level: str = "info"
    access_log: bool = True
    log_format: str = "text"
    # built-in limits (runtime/limits.py)
    regex_timeout: float = 0.1
    max_string_length: int = 1 << 28
    max_array_elements: int = 1 << 26
    max_json_depth: int = 5000
    max_memory: int = 4096
    # -- the AGI http library (runtime/agi/lib_http.py) --
    # False (default): http.get/post/... refuse loopback, private, link-local
    # and other non-public addresses (checked on the resolved address of every
    # connection, redirects included), so a script cannot reach services
    # behind the server. True lets scripts call them (e.g. a LAN API).
    http_allow_private: bool = False
    # -- modules (ajgi_tx/modules.py) --
    # True (default): at startup every <root>/<Module>/init.agi runs in the
    # boot context (registerModule, registerExtensionIcon, appdata...) under
    # cpu_budget, one after the other, before the server listens; the
    # registry is served at /system/modules/list. False: no init.agi runs
    # (the list is empty).
    boot_modules: bool = True
    # False (default): .js files under the root are scripts, their source is
    # never served as a file (403). True: they are also served as static
    # files, as ArozOS serves its web folder (its pages load their own .js
    # and the shared script/ folder), so any .js source under the root can
    # be read by anyone who can reach the server. .agi files stay private.
    serve_js: bool = False

    def __post_init__(self):
        self.root = os.path.realpath(self.root)
        if not self.data_dir:
            self.data_dir = default_data_dir()
        self.allowed_origins = _name_list(self.allowed_origins)
        self.allowed_hosts = _name_list(self.allowed_hosts)
        self.trusted_proxies = _name_list(self.trusted_proxies)
        from ajgi_tx import users_file  # here: users_file needs config_file, which needs this module

        # the accounts (runtime.agi.users.Directory); ConfigError for a bad file
        self.user_directory = users_file.directory(self)
        self.trusted_networks = users_file.parse_networks(self.trusted_proxies)

    @property
    def db_path(self):
        return os.path.join(self.data_dir, "agi.sqlite3")

    @property
    def db_url(self):
        """The DB backend URL: ``db``, else the SQLite file in ``data_dir``."""
        return self.db or "sqlite:///" + self.db_path


def default_data_dir():
    """The persistent per-user data directory (XDG base directories):
    ``$XDG_DATA_HOME/ajgi_tx`` when set (and absolute), else
    ``~/.local/share/ajgi_tx``. Not the temp directory: the DB must survive
    a reboot and not be shared between unrelated roots by accident."""
    base = os.environ.get("XDG_DATA_HOME", "")
    if not os.path.isabs(base):
        base = os.path.join(os.path.expanduser("~"), ".local", "share")
    return os.path.join(base, "ajgi_tx")


def _name_list(value):
    """A tuple from a comma-separated string or any iterable of names."""
    if isinstance(value, str):
        return tuple(v.strip() for v in value.split(",") if v.strip())
    return tuple(value)


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
