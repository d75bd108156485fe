"""``python -m ajgi_tx run FILE.js``: output, uncaught errors, exit codes."""

import os
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))


def run_cli(tmp_path, source, name="s.js"):
    p = tmp_path / name
    p.write_text(source, encoding="utf-8")
    r = subprocess.run([sys.executable, "-m", "ajgi_tx", "run", str(p)], capture_output=True,
                       text=True, cwd=ROOT, timeout=60)
    return r, str(p)


def test_console_log_tostrings_and_joins(tmp_path):
    r, _ = run_cli(tmp_path, 'console.log(1, "a", [1, 2], {}, null, undefined, 0.5, "\\ud83d\\ude00".length)')
    assert r.returncode == 0
    assert r.stdout == "1 a 1,2 [object Object] null undefined 0.5 2\n"


def test_uncaught_error_prints_name_message_and_js_stack(tmp_path):
    r, path = run_cli(tmp_path, "function f() {\n  null.x;\n}\nf();\n")
    assert r.returncode == 1
    lines = r.stderr.splitlines()
    assert lines[0] == "Uncaught TypeError: Cannot read property 'x' of null"
    assert lines[1] == "    at f (%s:2:3)" % path
    assert lines[2] == "    at %s:4:1" % path


def test_uncaught_thrown_value(tmp_path):
    r, _ = run_cli(tmp_path, 'throw "boom";')
    assert r.returncode == 1
    assert r.stderr.splitlines()[0] == "Uncaught boom"


def test_compile_error_exits_1_with_syntaxerror_and_location(tmp_path):
    r, path = run_cli(tmp_path, "var a = 1;\nvar = 2;\n")
    assert r.returncode == 1
    assert r.stderr.splitlines()[0] == "%s:2:5: SyntaxError: Unexpected token =" % path


def test_es2015_syntax_is_refused_with_location(tmp_path):
    r, path = run_cli(tmp_path, "var x = 1;\nconst y = 2;\n")
    assert r.returncode == 1
    assert r.stderr.splitlines()[0] == "%s:2:1: unsupported: const declarations" % path


def test_missing_file_exits_2(tmp_path):
    r = subprocess.run([sys.executable, "-m", "ajgi_tx", "run", str(tmp_path / "nope.js")],
                       capture_output=True, text=True, cwd=ROOT, timeout=60)
    assert r.returncode == 2
    assert "cannot read" in r.stderr


def test_run_does_not_import_tornado(tmp_path):
    p = tmp_path / "t.js"
    p.write_text("console.log(1)")
    code = ("import sys, runpy; sys.argv=['ajgi_tx','run',%r]; "
            "from ajgi_tx.__main__ import main; main(['run', %r]); "
            "print('tornado' in sys.modules)" % (str(p), str(p)))
    r = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, timeout=60)
    assert r.stdout.splitlines()[-1] == "False"
