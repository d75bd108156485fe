"""Command line: ``python -m ajgi_tx run FILE.js`` and ``serve``."""

import argparse
import sys


def cmd_run(args):
    from ajgi_tx import cache
    from ajgi_tx.errors import CompileError, ScriptError
    from ajgi_tx.runner import run_source

    # Like Python's __pycache__: compiled once beside the script, reused while
    # its text is unchanged (then the compiler is not even imported).
    if args.cache_dir != "-":
        cache.configure(cache.resolve_cache_dir(args.cache_dir, script_path=args.file))

    try:
        with open(args.file, encoding="utf-8") as f:
            source = f.read()
    except OSError as e:
        print("ajgi_tx: cannot read %s: %s" % (args.file, e.strerror), file=sys.stderr)
        return 2
    try:
        run_source(source, args.file)
    except CompileError as e:
        print(e.format(), file=sys.stderr)
        return 1
    except ScriptError as e:
        sys.stdout.flush()
        print("Uncaught %s" % e.headline(), file=sys.stderr)
        if e.stack:
            print("\n".join(e.stack.split("\n")[1:]), file=sys.stderr)
        return 1
    return 0


def cmd_serve(args):
    from ajgi_tx.server import main as serve_main

    return serve_main(args)


def main(argv=None):
    parser = argparse.ArgumentParser(prog="python -m ajgi_tx", description=__doc__)
    sub = parser.add_subparsers(dest="command", required=True)
    p_run = sub.add_parser("run", help="run a script standalone (console.log to stdout)")
    p_run.add_argument("file")
    p_run.add_argument("--cache-dir", dest="cache_dir",
                       help="compile cache directory (default $AJGI_CACHE_DIR, else .ajgi_cache "
                            "beside the script; '-' to compile in memory only)")
    p_run.set_defaults(func=cmd_run)
    p_serve = sub.add_parser("serve", help="serve AGI scripts over HTTP and WebSocket")
    p_serve.add_argument("--root", required=True, help="script root directory")
    p_serve.add_argument("--host", default="127.0.0.1")
    p_serve.add_argument("--port", type=int, default=8080)
    p_serve.add_argument("--dev", action="store_true", help="error bodies with JS stack traces")
    p_serve.add_argument("--cpu-budget", dest="cpu_budget", type=float,
                         help="CPU seconds a script may use before it is stopped (default 30)")
    p_serve.add_argument("--slice-ms", dest="slice_ms", type=float,
                         help="run time after which a busy script yields to others (default 10)")
    p_serve.add_argument("--username", help="USERNAME inside scripts (default admin)")
    p_serve.add_argument("--data-dir", dest="data_dir", help="directory of the DB file")
    p_serve.add_argument("--allowed-origins", dest="allowed_origins",
                         help="comma-separated extra Origins allowed to open websockets")
    p_serve.add_argument("--max-message-size", dest="max_message_size", type=int,
                         help="largest websocket message in bytes (default 16 MiB, close 1009 beyond)")
    p_serve.add_argument("--idle-timeout", dest="idle_timeout", type=int,
                         help="default websocket idle timeout in seconds (default 300)")
    p_serve.add_argument("--cache-dir", dest="cache_dir",
                         help="compile cache directory (default ROOT/.ajgi_cache; '-' for memory only)")
    p_serve.add_argument("--query-params", dest="query_params", action="store_true", default=None,
                         help="also expose URL query parameters as globals")
    p_serve.add_argument("--no-static", dest="serve_static", action="store_false", default=None,
                         help="do not serve non-script files under the root")
    # built-in limits (runtime/limits.py)
    p_serve.add_argument("--regex-timeout", dest="regex_timeout", type=float,
                         help="CPU seconds one regular-expression match may run (default 0.1)")
    p_serve.add_argument("--max-string-length", dest="max_string_length", type=int,
                         help="longest string built-ins may build, in UTF-16 units (default 2^28)")
    p_serve.add_argument("--max-array-elements", dest="max_array_elements", type=int,
                         help="most elements one array may hold (default 2^26)")
    p_serve.add_argument("--max-json-depth", dest="max_json_depth", type=int,
                         help="deepest nesting JSON.parse/stringify follow (default 5000)")
    p_serve.set_defaults(func=cmd_serve)
    args = parser.parse_args(argv)
    return args.func(args)


if __name__ == "__main__":
    sys.exit(main())
