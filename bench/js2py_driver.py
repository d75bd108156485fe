"""Run one ES5 file under Js2Py (PyPI `js2py`) with a console.log that prints like a JS engine.

    python bench/js2py_driver.py FILE.js

Used by the cpu suite as the "js2py" engine; any failure exits non-zero (the runner reports n/a).
"""
import sys


def main(argv):
    import js2py

    with open(argv[1], encoding="utf-8") as fh:
        source = fh.read()

    def out(text):
        # Js2Py hands host functions its own wrapper objects; unwrap to a Python str.
        text = getattr(text, "value", text)
        sys.stdout.write(f"{text}\n")

    ctx = js2py.EvalJs({"__bench_out": out})
    # Js2Py's own console.log prints Python reprs; format with JS String() instead.
    ctx.execute("console.log = function () { var a = [];"
                " for (var i = 0; i < arguments.length; i++) a.push(String(arguments[i]));"
                " __bench_out(a.join(' ')); };")
    ctx.execute(source)
    sys.stdout.flush()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
