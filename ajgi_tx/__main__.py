"""Command line: ``python -m ajgi_tx run FILE.js`` and ``serve``."""

import argparse
import sys

from ajgi_tx.cli_run import add_parser as add_run_parser


def cmd_serve(args):
    from ajgi_tx.server import main as serve_main

    return serve_main(args)


def make_parser():
    """The ``python -m ajgi_tx`` parser with its subcommands."""
    parser = argparse.ArgumentParser(
        prog="python -m ajgi_tx",
        description="Runs ArozOS AGI scripts: one from the shell (run), or a directory of them "
                    "over HTTP and WebSocket (serve).")
    sub = parser.add_subparsers(dest="command", required=True)
    add_run_parser(sub)
    p_serve = sub.add_parser("serve", help="serve AGI scripts over HTTP and WebSocket")
    p_serve.add_argument("--root", required=True, help="script root directory (required, no default)")
    p_serve.add_argument("--host", default="127.0.0.1", help="listen address (default 127.0.0.1)")
    p_serve.add_argument("--port", type=int, default=8080, help="listen port (default 8080)")
    p_serve.add_argument("--dev", action="store_true", help="error bodies and websocket close reasons with the JS place, stack and "
                              "code frame (default off)")
    p_serve.add_argument("--cpu-budget", dest="cpu_budget", type=float,
                         help="CPU seconds a script may use before it is stopped (default 30)")
    p_serve.add_argument("--slice-ms", dest="slice_ms", type=float,
                         help="run time after which a busy script yields to others (default 10)")
    p_serve.add_argument("--username", help="USERNAME inside scripts (default admin)")
    p_serve.add_argument("--data-dir", dest="data_dir", help="directory of the DB file agi.sqlite3 (default: ajgi_data in the "
                              "system temp directory)")
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
    p_serve.set_defaults(func=cmd_serve)
    return parser


def main(argv=None):
    args = make_parser().parse_args(argv)
    return args.func(args)


if __name__ == "__main__":
    sys.exit(main())
