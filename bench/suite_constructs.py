"""constructs suite: each ES2015 construct against its ES5 form, in-process under ajgi_tx.

Every pair is two small programs doing the same work in a loop of N iterations inside a
function (locals, as real scripts use them) and printing the same checksum: one written with
the construct (for-of, an arrow callback, a default parameter, destructuring, a let loop, a
class, a template, spread), one with what an ES5 author writes instead. Each program is
compiled once; each repetition runs it in a fresh realm (`ajgi_tx.runner.create_realm` +
`run_compiled`, as the cpu suite's in-process engine does), the two forms interleaved. Reported:
median CPU time (`time.process_time()`) per iteration in ns, and modern/ES5. A checksum that
differs between the two forms (or from node's, when node is installed) is reported loudly.
"""
import contextlib
import io
import shutil
import subprocess
import time

import common
from common import fmt, median

# name -> (iterations, ES5 form, modern form); `N` is replaced by the iteration count
PAIRS = {
    "for-of over an array": (200, """
        function run(a) { var s = 0; for (var k = 0; k < N; k++) { for (var i = 0; i < a.length; i++) { var v = a[i]; s += v; } } return s; }
        var a = []; for (var i = 0; i < 1000; i++) a.push(i);
        console.log(run(a));""", """
        function run(a) { let s = 0; for (let k = 0; k < N; k++) { for (const v of a) { s += v; } } return s; }
        const a = []; for (let i = 0; i < 1000; i++) a.push(i);
        console.log(run(a));"""),
    "arrow callback (map)": (300, """
        function run(a) { var s = 0; for (var k = 0; k < N; k++) { s += a.map(function (x) { return x * 2; }).length; } return s; }
        var a = []; for (var i = 0; i < 1000; i++) a.push(i);
        console.log(run(a));""", """
        function run(a) { let s = 0; for (let k = 0; k < N; k++) { s += a.map(x => x * 2).length; } return s; }
        const a = []; for (let i = 0; i < 1000; i++) a.push(i);
        console.log(run(a));"""),
    "default parameter": (300000, """
        function f(a, b) { if (b === undefined) b = 1; return a + b; }
        function run() { var s = 0; for (var i = 0; i < N; i++) s += f(i); return s; }
        console.log(run());""", """
        function f(a, b = 1) { return a + b; }
        function run() { let s = 0; for (let i = 0; i < N; i++) s += f(i); return s; }
        console.log(run());"""),
    "object destructuring": (300000, """
        function run(p) { var s = 0; for (var i = 0; i < N; i++) { var x = p.x, y = p.y; s += x - y; } return s; }
        console.log(run({x: 3, y: 1}));""", """
        function run(p) { let s = 0; for (let i = 0; i < N; i++) { const {x, y} = p; s += x - y; } return s; }
        console.log(run({x: 3, y: 1}));"""),
    "array destructuring": (300000, """
        function run(p) { var s = 0; for (var i = 0; i < N; i++) { var x = p[0], y = p[1]; s += x - y; } return s; }
        console.log(run([3, 1]));""", """
        function run(p) { let s = 0; for (let i = 0; i < N; i++) { const [x, y] = p; s += x - y; } return s; }
        console.log(run([3, 1]));"""),
    "swap [a, b] = [b, a]": (300000, """
        function run() { var a = 1, b = 2, t; for (var i = 0; i < N; i++) { t = a; a = b; b = t; } return a * 10 + b; }
        console.log(run());""", """
        function run() { let a = 1, b = 2; for (let i = 0; i < N; i++) { [a, b] = [b, a]; } return a * 10 + b; }
        console.log(run());"""),
    "let loop": (500000, """
        function run() { var s = 0; for (var i = 0; i < N; i++) { var j = i & 7; s += j; } return s; }
        console.log(run());""", """
        function run() { let s = 0; for (let i = 0; i < N; i++) { const j = i & 7; s += j; } return s; }
        console.log(run());"""),
    "class vs prototype": (100000, """
        function P(x) { this.x = x; }
        P.prototype.twice = function () { return this.x * 2; };
        function run() { var s = 0; for (var i = 0; i < N; i++) s += new P(i).twice(); return s; }
        console.log(run());""", """
        class P { constructor(x) { this.x = x; } twice() { return this.x * 2; } }
        function run() { let s = 0; for (let i = 0; i < N; i++) s += new P(i).twice(); return s; }
        console.log(run());"""),
    "template vs concatenation": (200000, """
        function run() { var n = 0; for (var i = 0; i < N; i++) { var t = "id=" + i + ";"; n += t.length; } return n; }
        console.log(run());""", """
        function run() { let n = 0; for (let i = 0; i < N; i++) { const t = `id=${i};`; n += t.length; } return n; }
        console.log(run());"""),
    "spread vs apply": (100000, """
        function add(a, b, c) { return a + b + c; }
        function run(args) { var s = 0; for (var i = 0; i < N; i++) s += add.apply(null, args); return s; }
        console.log(run([1, 2, 3]));""", """
        function add(a, b, c) { return a + b + c; }
        function run(args) { let s = 0; for (let i = 0; i < N; i++) s += add(...args); return s; }
        console.log(run([1, 2, 3]));"""),
    "[...a] vs a.slice()": (100000, """
        function run(a) { var s = 0; for (var i = 0; i < N; i++) s += a.slice().length; return s; }
        console.log(run([1, 2, 3, 4, 5, 6, 7, 8]));""", """
        function run(a) { let s = 0; for (let i = 0; i < N; i++) s += [...a].length; return s; }
        console.log(run([1, 2, 3, 4, 5, 6, 7, 8]));"""),
}


def source(name, modern, scale=1.0):
    n, es5, mod = PAIRS[name]
    return (mod if modern else es5).replace("N", str(max(1, int(n * scale)))).strip() + "\n"


def _compiled(text, label):
    from ajgi_tx.compiler import compile_source

    return compile_source(text, label)


def _run_once(compiled):
    from ajgi_tx.runner import create_realm, run_compiled

    buf = io.StringIO()
    c0 = time.process_time()
    with contextlib.redirect_stdout(buf):
        run_compiled(compiled, create_realm())
    return time.process_time() - c0, buf.getvalue().strip()


def run(args):
    reps = args.reps or (3 if args.quick else 7)
    scale = 0.3 if args.quick else 1.0
    node = shutil.which("node")
    print(f"constructs suite: {len(PAIRS)} constructs x ES5/modern x {reps} reps (in-process, CPU time)",
          flush=True)
    results, mismatches, rows = {}, [], []
    for name, (n, _, _) in PAIRS.items():
        iterations = max(1, int(n * scale))
        forms = {kind: _compiled(source(name, kind == "modern", scale), f"{kind}.js") for kind in ("es5", "modern")}
        outputs = {kind: _run_once(c)[1] for kind, c in forms.items()}  # warm-up (and the checksums)
        times = {"es5": [], "modern": []}
        for _ in range(reps):
            for kind, c in forms.items():
                times[kind].append(_run_once(c)[0])
        ref = outputs["es5"]
        if node:
            ref = subprocess.run([node, "-e", source(name, False, scale)], capture_output=True,
                                 text=True, timeout=60).stdout.strip()
        for kind, out in outputs.items():
            if out != ref:
                mismatches.append({"construct": name, "form": kind, "got": out, "expected": ref})
                common.loud(f"CHECKSUM MISMATCH in {name}: {kind} printed {out!r}, expected {ref!r}")
        per = {kind: median(ts) / iterations * 1e9 for kind, ts in times.items()}
        results[name] = {"iterations": iterations, "cpu_s": times, "ns_per_iter": per}
        r = per["modern"] / per["es5"] if per["es5"] else None
        rows.append([name, fmt(per["es5"]), fmt(per["modern"]), "n/a" if r is None else f"{r:.2f}x"])
        print(f"  {name}: ES5 {fmt(per['es5'])} ns, modern {fmt(per['modern'])} ns per iteration", flush=True)
    print("\nconstructs suite: CPU ns per iteration (median), modern/ES5")
    common.print_table(["construct", "ES5 form", "modern", "modern/ES5"], rows)
    return {"suite": "constructs", "reps": reps, "scale": scale, "results": results, "mismatches": mismatches}


if __name__ == "__main__":
    raise SystemExit("run through bench/run.py")
