"""Instructions per run of a CPU-suite script, counted by valgrind (cachegrind).

    python bench/instructions.py SCRIPT [SCRIPT ...] [--engine ajgi_tx|python|both]

Wall and CPU time swing with whatever else the machine runs; an instruction
count hardly does (repeated counts of the same code agreed to ~0.1% with the
other core loaded; two unexplained outliers of ~8% were seen in a day of use,
so rerun a surprising count), so a change of a few percent can be seen on a
busy machine. Each script is run once to warm up (compile, caches), then the
long-lived objects are frozen as the CPU suite does, then it runs 1 and 3
more times in two valgrind processes: the difference over 2 is one run's
instructions, with start-up and warm-up subtracted out. Prints millions of
instructions per run and, with --engine both, ajgi_tx's ratio to Python's.
"""
import argparse
import os
import re
import subprocess
import sys
import tempfile

BENCH = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(BENCH)

_CHILD = r"""
import contextlib, io, sys
sys.path[:0] = [{root!r}, {bench!r}]
import suite_cpu
fn = (suite_cpu.ajgi_inproc_callable({name!r}) if {engine!r} == "ajgi_tx"
      else suite_cpu.load_py_main({name!r}))
with contextlib.redirect_stdout(io.StringIO()):
    fn()
    suite_cpu.freeze_long_lived()
    for _ in range({runs}):
        fn()
"""


def total_instructions(name, engine, runs):
    with tempfile.TemporaryDirectory() as tmp:
        out = os.path.join(tmp, "cg.out")
        code = _CHILD.format(root=ROOT, bench=BENCH, name=name, engine=engine, runs=runs)
        proc = subprocess.run(
            ["valgrind", "--tool=cachegrind", "--cache-sim=no", "--cachegrind-out-file=" + out,
             sys.executable, "-c", code],
            capture_output=True, text=True, env=dict(os.environ, PYTHONHASHSEED="0"))
        found = re.search(r"I\s+refs:\s+([\d,]+)", proc.stderr)
        if proc.returncode != 0 or not found:
            raise SystemExit(f"valgrind failed for {name} ({engine}):\n{proc.stderr[-2000:]}")
        return int(found.group(1).replace(",", ""))


def per_run(name, engine):
    return (total_instructions(name, engine, 3) - total_instructions(name, engine, 1)) / 2


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("scripts", nargs="+")
    ap.add_argument("--engine", choices=["ajgi_tx", "python", "both"], default="both")
    args = ap.parse_args()
    engines = ["ajgi_tx", "python"] if args.engine == "both" else [args.engine]
    for name in args.scripts:
        counts = {e: per_run(name, e) for e in engines}
        line = "  ".join(f"{e} {counts[e] / 1e6:.1f}M" for e in engines)
        if len(counts) == 2:
            line += f"  ratio {counts['ajgi_tx'] / counts['python']:.2f}x"
        print(f"{name:16s} {line}", flush=True)


if __name__ == "__main__":
    main()
