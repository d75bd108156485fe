"""Benchmark runner for ajgi_tx: `python bench/run.py SUITE...` or `python -m bench SUITE...`.

Suites: cpu, websocket, compile (or `all`), soak (a hostile mix against one server, not in
`all`: `python -m bench soak --seconds 60`) and constructs (each ES2015 construct against its
ES5 form, in-process: `python -m bench constructs`). Each prints tables on stdout and writes
bench/results/<suite>-<timestamp>.json. --quick (the default) keeps runs short; --full uses
the sizes and repetitions meant for the README table.
"""
import argparse
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

import common  # noqa: E402

SUITES = ("cpu", "websocket", "compile", "soak", "constructs")
ALL = ("cpu", "websocket", "compile")  # soak and constructs run only when asked for


def parse_args(argv=None):
    ap = argparse.ArgumentParser(prog="python -m bench", description=__doc__.splitlines()[0])
    ap.add_argument("suites", nargs="*", default=["cpu"], help="cpu, websocket, compile, soak, constructs or all (default cpu)")
    mode = ap.add_mutually_exclusive_group()
    mode.add_argument("--quick", dest="quick", action="store_true", default=True,
                      help="short runs, 1 repetition (default)")
    mode.add_argument("--full", dest="quick", action="store_false", help="full sizes, 3-5 repetitions")
    ap.add_argument("--reps", type=int, help="repetitions per measurement (median is reported)")
    ap.add_argument("--timeout", type=float, help="per-run time bound in seconds")
    ap.add_argument("--engines", nargs="+", help="restrict to these engines (e.g. python node otto floor ottows)")
    ap.add_argument("--scripts", nargs="+", help="cpu suite: restrict to these scripts (e.g. fib regex_scan)")
    ap.add_argument("--modern", action="store_true",
                    help="cpu suite: each script vs its modern-style twin (bench/scripts_modern), modern/ES5")
    ap.add_argument("--scenarios", nargs="+", help="websocket suite: restrict to these scenarios (e.g. echo-100)")
    ap.add_argument("--workers", type=int, nargs="+",
                    help="websocket suite: ajgi_tx --workers per server (paired with --loop)")
    ap.add_argument("--loop", nargs="+", choices=("auto", "asyncio", "uvloop"),
                    help="websocket suite: ajgi_tx --loop per server (paired with --workers)")
    ap.add_argument("--otto-bin", help="directory holding ottorun/ottows (default: search known build dirs)")
    ap.add_argument("--no-save", action="store_true", help="do not write bench/results/*.json")
    ap.add_argument("--seconds", type=float, help="soak suite: how long the hostile mix runs (default 20 quick, 60 full)")
    ap.add_argument("--attacks", nargs="+", help="soak suite: restrict to these attacks (e.g. regex churn)")
    ap.add_argument("--rss-limit", type=float, help="soak suite: RSS bound of the verdict in bytes (default 1 GiB)")
    args = ap.parse_args(argv)
    if "all" in args.suites:
        args.suites = list(ALL)
    bad = [s for s in args.suites if s not in SUITES]
    if bad:
        ap.error(f"unknown suite(s): {', '.join(bad)}")
    if args.reps is not None and not 1 <= args.reps <= 50:
        ap.error("--reps must be in 1..50")
    return args


def main(argv=None):
    args = parse_args(argv)
    info = common.machine_info()
    print(f"ajgi_tx bench: {info['date']}, {info['cores']} cores ({info.get('cpu_model')}), "
          f"load {', '.join(f'{x:.2f}' for x in info['loadavg'])}, mode {'quick' if args.quick else 'full'}")
    status = 0
    for suite in args.suites:
        if suite == "cpu":
            import suite_cpu as mod
        elif suite == "websocket":
            import suite_ws as mod
        elif suite == "soak":
            import suite_soak as mod
        elif suite == "constructs":
            import suite_constructs as mod
        else:
            import suite_compile as mod
        print(f"\n=== {suite} ===", flush=True)
        result = mod.run(args)
        result["machine"] = info
        result["mode"] = "quick" if args.quick else "full"
        result["argv"] = sys.argv
        if result.get("mismatches"):
            status = 1
        if not args.no_save:
            print(f"\nresults written to {os.path.relpath(common.save_results(suite, result))}")
    return status


if __name__ == "__main__":
    sys.exit(main())
