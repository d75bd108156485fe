"""Command line: ``python -m ajgi_tx run FILE.js`` and ``serve``."""

import argparse
import sys

from ajgi_tx import __version__
from ajgi_tx.cli_run import add_parser as add_run_parser


def cmd_serve(args):
    from ajgi_tx.server import main as serve_main

    return serve_main(args)


def _add_defence_options(p):
    """``serve`` options of the defences against hostile clients (their
    defaults and meaning: ajgi_tx/config.py)."""
    p.add_argument("--max-body", dest="max_body", type=int,
                   help="largest request body in bytes (default 1 MiB; 413 beyond)")
    p.add_argument("--max-scripts", dest="max_scripts", type=int,
                   help="script runs at once, websockets included (default 1024; 503 beyond; 0 = no cap)")
    p.add_argument("--allowed-hosts", dest="allowed_hosts",
                   help="comma-separated extra Host names accepted, '*' for any (default: none; "
                        "the listen host, localhost and the loopback addresses are always accepted)")
    p.add_argument("--allow-cross-site-post", dest="allow_cross_site_post", action="store_true",
                   default=None, help="run POST/PUT/PATCH/DELETE requests coming from a foreign Origin "
                        "(default off: 403)")
    p.add_argument("--header-timeout", dest="header_timeout", type=float,
                   help="seconds a client may take to send its headers or stay idle (default 10)")
    p.add_argument("--body-timeout", dest="body_timeout", type=float,
                   help="seconds a request body may take to arrive (default 60)")


def _add_operations_options(p):
    """``serve`` options of the admin listener, logs and config file
    (ajgi_tx/admin.py, ajgi_tx/logsetup.py, ajgi_tx/config_file.py)."""
    p.add_argument("--config", metavar="FILE.toml",
                   help="read settings from a TOML file (default $AJGI_CONFIG, else none); "
                        "precedence: command line > AJGI_* environment > file > defaults")
    p.add_argument("--print-config", dest="print_config", action="store_true",
                   help="print the effective configuration as TOML and exit (default off)")
    p.add_argument("--admin-port", dest="admin_port", type=int,
                   help="port of the admin listener: /metrics, /healthz, /readyz, "
                        "/system/ajgi/scripts (default 0: none)")
    p.add_argument("--admin-host", dest="admin_host",
                   help="admin listener address (default 127.0.0.1; another needs --admin-token)")
    p.add_argument("--admin-token", dest="admin_token",
                   help="bearer token the admin listener requires (default none; "
                        "better given as AJGI_ADMIN_TOKEN: command lines are visible to all users)")
    p.add_argument("--log-level", dest="log_level", choices=("debug", "info", "warning", "error"),
                   help="log level (default info)")
    p.add_argument("--access-log", dest="access_log", action=argparse.BooleanOptionalAction,
                   help="one log line per HTTP request, with its request id (default on)")
    p.add_argument("--log-format", dest="log_format", choices=("text", "json"),
                   help="log lines as text or one JSON object each (default text)")


def make_parser():
    """The ``python -m ajgi_tx`` parser with its subcommands."""
    parser = argparse.ArgumentParser(
        prog="python -m ajgi_tx",
        description="Runs ArozOS AGI scripts: one from the shell (run), or a directory of them "
                    "over HTTP and WebSocket (serve).")
    parser.add_argument("--version", action="version", version="ajgi_tx " + __version__)
    sub = parser.add_subparsers(dest="command", required=True)
    add_run_parser(sub)
    p_serve = sub.add_parser("serve", help="serve AGI scripts over HTTP and WebSocket")
    # host/port default to None so a config file or AJGI_* may set them (ajgi_tx/config_file.py)
    p_serve.add_argument("--root", help="script root directory (required here, in --config or "
                                        "AJGI_ROOT; no default)")
    p_serve.add_argument("--host", help="listen address (default 127.0.0.1)")
    p_serve.add_argument("--port", type=int, help="listen port (default 8080)")
    p_serve.add_argument("--dev", action="store_true", default=None, help="error bodies and websocket close reasons with the JS place, stack and "
                              "code frame (default off)")
    p_serve.add_argument("--cpu-budget", dest="cpu_budget", type=float,
                         help="CPU seconds a script may use before it is stopped (default 30)")
    p_serve.add_argument("--slice-ms", dest="slice_ms", type=float,
                         help="run time after which a busy script yields to others (default 10)")
    p_serve.add_argument("--username", help="the user requests run as unless a trusted proxy names "
                                            "another (default admin)")
    p_serve.add_argument("--users", dest="users_file", metavar="FILE.toml",
                         help="accounts: [[user]] tables of name, admin, groups, modules, quota "
                              "(default none: the single user --username, an administrator)")
    p_serve.add_argument("--user-header", dest="user_header", metavar="NAME",
                         help="request header naming the user, believed from --trusted-proxies only "
                              "(default none)")
    p_serve.add_argument("--trusted-proxies", dest="trusted_proxies", metavar="CIDRS",
                         help="comma-separated peer addresses/CIDRs whose --user-header counts "
                              "(default none)")
    p_serve.add_argument("--execd-max-depth", dest="execd_max_depth", type=int,
                         help="generations of execd() detached runs (default 4)")
    p_serve.add_argument("--execd-max-running", dest="execd_max_running", type=int,
                         help="execd() detached runs at once per process (default 16; 0 = only "
                              "--max-scripts)")
    p_serve.add_argument("--data-dir", dest="data_dir",
                         help="directory of the DB file (default $XDG_DATA_HOME/ajgi_tx, "
                              "else ~/.local/share/ajgi_tx)")
    p_serve.add_argument("--allowed-origins", dest="allowed_origins",
                         help="comma-separated extra Origins allowed to open websockets, * for any "
                              "(default: none, same origin only)")
    p_serve.add_argument("--max-message-size", dest="max_message_size", type=int,
                         help="largest websocket message in bytes (default 16 MiB, close 1009 beyond)")
    p_serve.add_argument("--idle-timeout", dest="idle_timeout", type=int,
                         help="default websocket idle timeout in seconds (default 300)")
    p_serve.add_argument("--cache-dir", dest="cache_dir",
                         help="compile cache directory (default ROOT/.ajgi_cache; '-' for memory only)")
    p_serve.add_argument("--query-params", dest="query_params", action="store_true", default=None,
                         help="also expose URL query parameters as globals (default off)")
    p_serve.add_argument("--no-static", dest="serve_static", action="store_false", default=None,
                         help="do not serve non-script files under the root (default: served)")
    p_serve.add_argument("--max-params", dest="max_params", type=int,
                         help="most POST fields / JSON body keys per request; more: 413 (default 1000)")
    _add_defence_options(p_serve)
    # -- scaling (ajgi_tx/workers.py, ajgi_tx/loops.py, runtime/agi/db.py) --
    p_serve.add_argument("--workers", type=int,
                         help="server processes sharing the port (default 1; 0 = one per core)")
    p_serve.add_argument("--loop", choices=("auto", "asyncio", "uvloop"),
                         help="event loop (default auto: uvloop when installed)")
    p_serve.add_argument("--db", help="DB backend: sqlite:///PATH (default DATA_DIR/agi.sqlite3) "
                                      "or redis://HOST:PORT/N")
    p_serve.add_argument("--shutdown-grace", dest="shutdown_grace", type=float,
                         help="seconds scripts may finish after SIGTERM before they are "
                              "cancelled (default 5)")
    p_serve.add_argument("--xheaders", action="store_true", default=None,
                         help="trust X-Real-Ip/X-Forwarded-For from a reverse proxy (default off)")
    # built-in limits (runtime/limits.py)
    p_serve.add_argument("--regex-timeout", dest="regex_timeout", type=float,
                         help="CPU seconds one regular-expression match may run (default 0.1)")
    p_serve.add_argument("--max-string-length", dest="max_string_length", type=int,
                         help="longest string built-ins may build, in UTF-16 units (default 2^28)")
    p_serve.add_argument("--max-array-elements", dest="max_array_elements", type=int,
                         help="most elements one array may hold (default 2^26)")
    p_serve.add_argument("--http-allow-private", dest="http_allow_private", action="store_true", default=None,
                         help="let the AGI http library reach loopback and private addresses (default: refused)")
    p_serve.add_argument("--max-json-depth", dest="max_json_depth", type=int,
                         help="deepest nesting JSON.parse/stringify follow (default 5000)")
    p_serve.add_argument("--max-memory", dest="max_memory", type=int,
                         help="MiB of memory a server process may hold before the script growing "
                              "it is stopped (default 4096; 0 = no limit)")
    p_serve.add_argument("--serve-js", dest="serve_js", action="store_true", default=None,
                         help="also serve .js files under the root as static files, as ArozOS does "
                              "(their source becomes readable; default: 403)")
    p_serve.add_argument("--no-boot-modules", dest="boot_modules", action="store_false", default=None,
                         help="do not run ROOT/*/init.agi at startup (default: run, registering "
                              "the modules listed at /system/modules/list)")
    _add_operations_options(p_serve)
    p_serve.set_defaults(func=cmd_serve)
    return parser


def main(argv=None):
    args = make_parser().parse_args(argv)
    return args.func(args)


if __name__ == "__main__":
    sys.exit(main())
