"""``python -m ajgi_tx.compile`` (ajgi_tx.cli_compile): exit codes and output."""

import hashlib
import json
import os
import re
import subprocess
import sys

import pytest

from ajgi_tx import cache, cli_compile

REPO = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
GOOD = "function f(a) { var b = a; return function () { return b + a; }; }\nconsole.log(f(1));\n"
BAD = "var ok = 1;\nvar x = ;\nvar y = 2;\n"
SUMMARY = re.compile(r"^(check: )?(\d+) compiled, (\d+) cached, (\d+) failed in [\d.]+s \(\d+ jobs?\)$")


@pytest.fixture(autouse=True)
def no_env(monkeypatch):
    monkeypatch.delenv(cache.ENV_VAR, raising=False)
    cache.clear_memory()


@pytest.fixture
def tree(tmp_path):
    root = tmp_path / "web"
    (root / "sub").mkdir(parents=True)
    (root / "a.js").write_text(GOOD)
    (root / "sub" / "b.agi").write_text("console.log('b');\n")
    (root / "sub" / "notes.txt").write_text("not a script")
    return root


def summary(out):
    line = out.strip().splitlines()[-1]
    m = SUMMARY.match(line)
    assert m, line
    return tuple(int(m.group(i)) for i in (2, 3, 4))


def entries(cdir):
    return sorted(f for _, _, fs in os.walk(cdir) for f in fs if f.endswith(".ajc"))


def test_build_then_cached(tree, capsys):
    assert cli_compile.main([str(tree)]) == 0
    out, err = capsys.readouterr()
    assert summary(out) == (2, 0, 0) and err == ""
    cdir = tree / ".ajgi_cache"  # default: beside the script root
    assert len(entries(cdir)) == 2
    assert cli_compile.main([str(tree)]) == 0
    assert summary(capsys.readouterr()[0]) == (0, 2, 0)
    # the cache dir itself is never walked for scripts
    assert cli_compile.main([str(tree), "-f"]) == 0
    assert summary(capsys.readouterr()[0]) == (2, 0, 0)


def test_load_script_hits_aot_entries(tree, capsys):
    cli_compile.main([str(tree), "-q"])
    s = cache.load_script(str(tree / "a.js"), root=str(tree))
    assert s.status == "cached"


def test_failure_exit_code_and_error_format(tree, capsys):
    (tree / "sub" / "bad.js").write_text(BAD)
    assert cli_compile.main([str(tree)]) == 1
    out, err = capsys.readouterr()
    assert summary(out) == (2, 0, 1)
    bad = str(tree / "sub" / "bad.js")
    assert err.splitlines() == [
        "%s:2:9: SyntaxError: Unexpected token ;" % bad,
        "  1 | var ok = 1;",
        "> 2 | var x = ;",
        "    |         ^",
        "  3 | var y = 2;",
    ]


def test_unsupported_syntax_is_reported(tmp_path, capsys):
    p = tmp_path / "es6.js"
    p.write_text("function* g() {}\n")
    assert cli_compile.main([str(p)]) == 1
    err = capsys.readouterr()[1]
    assert err.startswith("%s:1:1: unsupported: generators" % p)


def test_missing_path_fails(tree, capsys):
    assert cli_compile.main([str(tree), str(tree / "nope")]) == 1
    out, err = capsys.readouterr()
    assert "%s: no such file or directory" % (tree / "nope") in err
    assert summary(out) == (2, 0, 1)


def test_quiet_prints_only_errors(tree, capsys):
    assert cli_compile.main(["-q", str(tree)]) == 0
    assert capsys.readouterr() == ("", "")
    (tree / "bad.js").write_text(BAD)
    assert cli_compile.main(["-q", str(tree)]) == 1
    out, err = capsys.readouterr()
    assert out == "" and "SyntaxError: Unexpected token ;" in err


def test_check_writes_nothing(tree, capsys):
    assert cli_compile.main(["--check", str(tree)]) == 0
    out = capsys.readouterr()[0]
    assert out.startswith("check: ") and summary(out) == (2, 0, 0)
    assert not (tree / ".ajgi_cache").exists()
    (tree / "bad.js").write_text(BAD)
    assert cli_compile.main(["--check", str(tree)]) == 1
    capsys.readouterr()
    assert not (tree / ".ajgi_cache").exists()


def test_cache_dir_option(tree, tmp_path, capsys):
    cdir = tmp_path / "elsewhere"
    assert cli_compile.main(["--cache-dir", str(cdir), str(tree / "a.js")]) == 0
    assert summary(capsys.readouterr()[0]) == (1, 0, 0)
    assert len(entries(cdir)) == 1 and not (tree / ".ajgi_cache").exists()


def test_env_var_cache_dir(tree, tmp_path, monkeypatch, capsys):
    monkeypatch.setenv(cache.ENV_VAR, str(tmp_path / "env"))
    assert cli_compile.main([str(tree)]) == 0
    capsys.readouterr()
    assert len(entries(tmp_path / "env")) == 2


def test_parallel_jobs(tmp_path, capsys):
    root = tmp_path / "many"
    root.mkdir()
    for i in range(8):
        (root / ("s%d.js" % i)).write_text("var v%d = %d;\nconsole.log(v%d);\n" % (i, i, i))
    (root / "broken.js").write_text(BAD)
    assert cli_compile.main(["-j", "2", str(root)]) == 1
    out, err = capsys.readouterr()
    assert summary(out) == (8, 0, 1) and "(2 jobs)" in out
    assert err.count("SyntaxError") == 1
    assert len(entries(root / ".ajgi_cache")) == 8
    assert cli_compile.main(["-j", "0", str(root)]) == 1
    assert summary(capsys.readouterr()[0]) == (0, 8, 1)


def test_usage_errors_exit_2(tree, capsys):
    with pytest.raises(SystemExit) as e:
        cli_compile.main(["--dump", "py", str(tree)])  # a directory
    assert e.value.code == 2
    with pytest.raises(SystemExit) as e:
        cli_compile.main(["--dump", "nonsense", str(tree / "a.js")])
    assert e.value.code == 2
    with pytest.raises(SystemExit) as e:
        cli_compile.main(["-j", "-1", str(tree)])
    assert e.value.code == 2
    capsys.readouterr()


def test_dump_py(tree, capsys):
    assert cli_compile.main(["--dump", "py", str(tree / "a.js")]) == 0
    out = capsys.readouterr()[0]
    assert out.startswith("# ajgi_tx compiled %s" % (tree / "a.js"))
    assert "def _ajgi_main(this):" in out and "def f(this, a" in out
    compile(out, "dump.py", "exec")  # it is valid Python
    assert not (tree / ".ajgi_cache").exists()  # dumping never writes
    # the header ties the module to its source: the first 16 hex digits of its SHA-256
    digest = hashlib.sha256((tree / "a.js").read_bytes()).hexdigest()[:16]
    assert out.splitlines()[0].endswith(", source sha256 %s)" % digest)


def test_dump_estree(tree, capsys):
    assert cli_compile.main(["--dump", "estree", str(tree / "a.js")]) == 0
    tree_json = json.loads(capsys.readouterr()[0])
    assert tree_json["type"] == "Program"
    assert [n["type"] for n in tree_json["body"]] == ["FunctionDeclaration", "ExpressionStatement"]
    assert tree_json["body"][0]["id"]["name"] == "f"


def test_dump_scopes(tree, capsys):
    assert cli_compile.main(["--dump", "scopes", str(tree / "a.js")]) == 0
    lines = capsys.readouterr()[0].splitlines()
    assert lines[0] == "program"
    assert any(re.match(r"^  f +function", line) for line in lines)
    assert any(re.match(r"^  console +implicit", line) for line in lines)
    assert "  function f (line 1)" in lines
    assert "    params: a" in lines
    assert any(re.match(r"^    b +var +\[captured, assigned\]$", line) for line in lines)
    assert any(re.match(r"^    a +param +\[captured\]$", line) for line in lines)
    assert "    function expression <anonymous> (line 1)" in lines


def test_dump_effects(tmp_path, capsys):
    p = tmp_path / "ws.js"
    p.write_text("function g() { websocket.send('x'); }\nfunction h() { return 1; }\n"
                 "websocket.upgrade(10);\ng();\n")
    assert cli_compile.main(["--dump", "effects", str(p)]) == 0
    lines = capsys.readouterr()[0].splitlines()
    assert lines[:5] == ["all-sync: no", "functions:", "  async program",
                         "  async function g (line 1)", "  sync  function h (line 2)"]
    assert "  1:16 await websocket.send('x')" in lines
    assert "  3:1 await websocket.upgrade(10)" in lines


def test_dump_compile_error(tmp_path, capsys):
    p = tmp_path / "bad.js"
    p.write_text(BAD)
    assert cli_compile.main(["--dump", "scopes", str(p)]) == 1
    assert "%s:2:9: SyntaxError" % p in capsys.readouterr()[1]


def test_module_entry_point(tree):
    env = dict(os.environ, PYTHONPATH=REPO)
    env.pop(cache.ENV_VAR, None)
    r = subprocess.run([sys.executable, "-m", "ajgi_tx.compile", str(tree)], cwd=REPO,
                       capture_output=True, text=True, env=env, timeout=120)
    assert r.returncode == 0, r.stderr
    assert summary(r.stdout) == (2, 0, 0)
    (tree / "bad.js").write_text(BAD)
    r = subprocess.run([sys.executable, "-m", "ajgi_tx.compile", "-q", str(tree)], cwd=REPO,
                       capture_output=True, text=True, env=env, timeout=120)
    assert r.returncode == 1 and r.stdout == ""
    assert "bad.js:2:9: SyntaxError: Unexpected token ;" in r.stderr


def test_progress_on_a_terminal(tmp_path):
    import io

    class Tty(io.StringIO):
        def isatty(self):
            return True

    stream = Tty()
    progress = cli_compile.Progress(3, stream, enabled=True)
    for name in ("a.js", "b.js", "c.js"):
        progress.step(name)
    progress.clear()
    text = stream.getvalue()
    assert "[1/3] a.js" in text and "[3/3] c.js" in text and text.endswith("\r\x1b[K")
