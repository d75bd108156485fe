"""let/const and block scoping (issue 13): what a behavioural script cannot
show: early errors with their place, the code a binding compiles to, and
blocking calls inside per-iteration bodies (tests/scripts/es2015/let/ has
the behaviour against node's output)."""

import os
import subprocess
import sys

import pytest

from ajgi_tx.compiler import compile_source
from ajgi_tx.errors import CompileError
from tests.helpers import run_js

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))


@pytest.mark.parametrize("src, line, col, name", [
    ("let x;\nlet x;", 2, 5, "x"),
    ("var a = 1;\nlet a = 2;", 2, 5, "a"),
    ("let a = 2;\nvar a = 1;", 2, 5, "a"),
    ("function f() {}\nlet f;", 2, 5, "f"),
    ("let f;\nfunction f() {}", 2, 10, "f"),
    ("try {} catch (e) { let e; }", 1, 24, "e"),
    ("{ let b; var b; }", 1, 14, "b"),
    ("{ var b; let b; }", 1, 14, "b"),
    ("{ let b; { var b; } }", 1, 16, "b"),
    ("for (let i = 0; ;) { var i; }", 1, 26, "i"),
    ("for (const k in {}) { var k; }", 1, 27, "k"),
    ("function f(p) { let p; }", 1, 21, "p"),
    ("switch (1) { case 0: let s; case 1: let s; }", 1, 41, "s"),
    ("'use strict'; { function g() {} function g() {} }", 1, 42, "g"),
    ("{ let h; function h() {} }", 1, 19, "h"),
])
def test_redeclaration_is_a_syntax_error_at_its_place(src, line, col, name):
    with pytest.raises(CompileError) as info:
        compile_source(src, "redecl.js")
    e = info.value
    assert (e.kind, e.line, e.col) == ("SyntaxError", line, col)
    assert e.message == "Identifier '%s' has already been declared" % name
    assert str(e).startswith("redecl.js:%d:%d: SyntaxError: " % (line, col))


@pytest.mark.parametrize("src", [
    "{ function f() {} function f() {} }",  # sloppy duplicates: Annex B.3.3.4
    "var x; { let x; }",
    "let x; function g() { var x; }",
    "try {} catch (e) { var e; }",
    "for (let i = 0; ;) { let i; break; }",
])
def test_legal_shadowing_compiles(src):
    compile_source(src, "ok.js")


@pytest.mark.parametrize("src", [
    "while (false) function f() {}",
    "for (;;) function f() {}",
    "for (var k in {}) l: function f() {}",
    "do function f() {} while (false)",
    "with ({}) function f() {}",
])
def test_function_declaration_is_no_loop_body(src):
    with pytest.raises(CompileError) as info:
        compile_source(src, "pos.js")
    assert info.value.kind == "SyntaxError" and "functions can only be declared" in info.value.message


def test_const_needs_an_initialiser():
    with pytest.raises(CompileError) as info:
        compile_source("const c;", "c.js")
    assert "Missing initializer in const declaration" in info.value.message


def _source(src):
    return compile_source(src, "shape.js", {"checkpoints": False}).python_source()


def test_uncaptured_loop_let_is_a_plain_number_local():
    text = _source("function f(n) { let s = 0; for (let i = 0; i < n; i++) { s += i; } return s; }")
    assert "_ajgi_tdz" not in text and "[i[0]]" not in text
    assert "s += i" in text and "i = i + 1.0" in text  # number-only: plain float operators


def test_captured_loop_let_gets_a_box_per_iteration():
    text = _source("var fs = []; for (let i = 0; i < 3; i++) fs.push(function () { return i; });")
    assert "i = [i[0]]" in text  # the per-iteration copy
    assert "i=i)" in text  # the closure keeps its own iteration's box
    assert run_js("var fs = []; for (let i = 0; i < 3; i++) fs.push(function () { return i; });"
                  "console.log(fs[0](), fs[2]())") == ["0 2"]


def test_dead_zone_check_only_where_a_read_may_come_first():
    text = _source("let a = 1; console.log(a); function g() { return b; } let b = 2;")
    assert "tdz_error('b')" in text and "tdz_error('a')" not in text
    text = _source("let a = 1; var f = function () { return a; };")
    assert "_ajgi_tdz" not in text  # a function expression written after the declaration


def test_let_is_not_a_global_object_property():
    assert run_js("let a = 1; const b = 2; var c = 3;"
                  "console.log(this.a, this.b, this.c, 'a' in this, 'c' in this)") == \
        ["undefined undefined 3 false true"]


def test_dead_zone_error_is_a_catchable_reference_error():
    assert run_js("try { x; } catch (e) { console.log(e instanceof ReferenceError, e.message); } let x;") \
        == ["true Cannot access 'x' before initialization"]


def test_let_in_code_using_eval_lives_in_envs():
    text = _source("function f() {\n  let x = 1;\n  return eval('x');\n}")
    assert "_ajgi_env1.vars.update({'x': _ajgi_tdz})" in text
    assert run_js("function f() { let x = 1; { let x = 2; eval('x = 3'); } return x; }"
                  "console.log(f())") == ["1"]


def test_eval_code_var_skips_the_scripts_lexical_env():
    assert run_js("let a = 1; eval('var b = a + 1'); console.log(this.b, typeof this.a)") == \
        ["2 undefined"]


def test_block_functions_in_eval_code_still_work():
    # ES5 scripts: a function declared in a block of a function using eval
    assert run_js("function f(s) { if (true) { function g() { return 'g'; } } return eval(s); }"
                  "console.log(f('g()'))") == ["g"]


BLOCKING = """
var fs = [];
for (let i = 0; i < 3; i++) {
    delay(1);
    if (i == 1) continue;
    fs.push(function () { delay(1); return i; });
}
var out = [];
for (let k in {a: 1, b: 2}) { let v = k + "!"; delay(1); out.push(function () { return v; }); }
let n = 0;
while (n < 2) { const m = n; delay(1); out.push(function () { return m; }); n++; }
console.log(fs.map(function (f) { return f(); }).join(), out.map(function (f) { return f(); }).join());
"""


def test_blocking_calls_inside_per_iteration_bodies(tmp_path):
    p = tmp_path / "blocking.js"
    p.write_text(BLOCKING)
    text = compile_source(BLOCKING, "blocking.js").python_source()
    assert "await _ajgi_delay" in text or "await" in text
    r = subprocess.run([sys.executable, "-m", "ajgi_tx", "run", "--cache-dir", "-", str(p)],
                       capture_output=True, text=True, cwd=ROOT, timeout=60)
    assert (r.returncode, r.stdout, r.stderr) == (0, "0,2 a!,b!,0,1\n", "")


def test_uncaptured_let_loop_compiles_to_the_var_loop():
    # the speed contract: a `let` no closure captures costs nothing over `var`
    var = _source("function f(n) { var s = 0; for (var i = 0; i < n; i++) { s = (s + i * i) % 7; } return s; }")
    let = _source("function f(n) { let s = 0; for (let i = 0; i < n; i++) { s = (s + i * i) % 7; } return s; }")
    var_lines = [ln for ln in var.splitlines() if ln.strip() not in ("s = i = _ajgi_undef", "i = s = _ajgi_undef")]
    strip = lambda lines: [ln for ln in lines if "_ajgi_fn(f, 'f'" not in ln]  # noqa: E731 (source offsets)
    assert strip(var_lines[1:]) == strip(let.splitlines()[1:])


def _nested_let_loops(n, inner):
    head = "".join("for (let i%d = 0; i%d < 2; i%d++) { " % (k, k, k) for k in range(n))
    return head + inner + "}" * n


def test_captured_lets_in_loops_nested_past_cpythons_block_limit():
    src = ("var fs = []; " + _nested_let_loops(16, "if (i15 == 1 && i14 == 0) { let v = i0 + i15;"
                                                   " fs.push(function () { return v + i0 + i15; }); } ")
           + " console.log(fs.length, fs[0](), fs[fs.length - 1]());")
    assert run_js(src) == ["16384 2 4"]


def test_global_code_of_indirect_eval_sees_top_level_let():
    assert run_js("let a = 1; console.log((0, eval)('typeof a'), new Function('return typeof a')())") \
        == ["number number"]


def test_closures_over_a_block_function_in_a_loop_keep_their_iteration():
    assert run_js("var fs = []; for (var i = 0; i < 2; i++) { function f() {} "
                  "fs.push(function () { return f; }); } console.log(fs[0]() === fs[1]())") == ["false"]


CONST_FUNCTIONS = """
const wait = function (ms) { delay(ms); return ms; };
const pure = function (x) { return x * 2; };
let f = function () { return wait(1) + pure(2); };
const both = function () { return pure(1) + pure(2); };
{ function g() { return f() + 1; } console.log(g()); }
console.log(pure(3), both());
"""


def test_calls_through_const_and_block_functions_are_resolved(tmp_path):
    # a function held by a const/let/block binding is known: the one that
    # blocks is awaited, the pure one stays a plain def
    text = compile_source(CONST_FUNCTIONS, "cf.js").python_source()
    assert "async def _ajgi_f1" in text and "\n    def _ajgi_f2" in text
    assert "\n    def _ajgi_f4" in text  # calls only the pure const function
    p = tmp_path / "cf.js"
    p.write_text(CONST_FUNCTIONS)
    r = subprocess.run([sys.executable, "-m", "ajgi_tx", "run", "--cache-dir", "-", str(p)],
                       capture_output=True, text=True, cwd=ROOT, timeout=60)
    assert (r.returncode, r.stdout, r.stderr) == (0, "6\n6 6\n", "")
