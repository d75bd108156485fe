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


def _run_importtime(args):
    return subprocess.run([sys.executable, "-X", "importtime", "-m", "ajgi_tx", "run"] + args,
                          capture_output=True, text=True, cwd=ROOT, timeout=60,
                          env=dict(os.environ, AJGI_CACHE_DIR=""))


def test_run_caches_the_compiled_script_beside_it(tmp_path):
    p = tmp_path / "c.js"
    p.write_text("console.log('cached ' + (6 * 7));", encoding="utf-8")
    first = _run_importtime([str(p)])
    assert first.returncode == 0 and first.stdout == "cached 42\n"
    assert "esprima" in first.stderr  # compiled
    assert any(f.endswith(".ajc") for _, _, fs in os.walk(tmp_path / ".ajgi_cache") for f in fs)
    second = _run_importtime([str(p)])
    assert second.stdout == "cached 42\n"
    assert "esprima" not in second.stderr and "ajgi_tx.compiler.lower" not in second.stderr
    p.write_text("console.log('edited');", encoding="utf-8")  # new text: compiled again
    third = _run_importtime([str(p)])
    assert third.stdout == "edited\n" and "esprima" in third.stderr


def test_run_without_cache(tmp_path):
    p = tmp_path / "m.js"
    p.write_text("console.log(1);", encoding="utf-8")
    r = _run_importtime(["--cache-dir", "-", str(p)])
    assert r.stdout == "1\n" and not (tmp_path / ".ajgi_cache").exists()
    other = tmp_path / "elsewhere"
    r = _run_importtime(["--cache-dir", str(other), str(p)])
    assert r.stdout == "1\n" and other.is_dir() and not (tmp_path / ".ajgi_cache").exists()
