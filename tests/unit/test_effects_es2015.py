"""The blocking rule (compiler/effects.py) for the ES2015 built-ins: a
function calling only never-blocking built-ins stays a plain ``def`` in a
script that blocks elsewhere, and names a script redefines (class methods
included) or that can reach a blocking host function stay awaited."""

import ast

import pytest

from ajgi_tx.compiler import compile_source
from tests.helpers import run_agi

_ES2015_SYNC_CALLS = """
function f(s, a, o) {
  var r = [Object.is(1, 1), Object.setPrototypeOf(o, null), s.startsWith("a"), s.endsWith("b"),
           s.repeat(2), s.padStart(3), s.padEnd(3), s.codePointAt(0), s.normalize(),
           String.fromCodePoint(65), String.raw`x`, Math.trunc(1.5), Math.sign(-1), Math.cbrt(8),
           Math.log2(8), Math.log10(100), Math.log1p(0), Math.expm1(0), Math.sinh(0),
           Math.cosh(0), Math.tanh(0), Math.asinh(0), Math.acosh(1), Math.atanh(0),
           Math.hypot(3, 4), Math.fround(1), Math.imul(2, 3), Math.clz32(1),
           Number.isInteger(1), Number.isSafeInteger(1), Array.of(1), a.fill(0),
           a.copyWithin(0, 1), a.includes(1), s.includes("x"),
           new Map([[1, 2]]), new Set([1]), new WeakMap(), new WeakSet(), Symbol("d")];
  return r;
}
delay(1);
"""


def _functions(src):
    module = compile_source(src, "t.js").module
    return {n.name: n for n in ast.walk(module) if isinstance(n, (ast.FunctionDef, ast.AsyncFunctionDef))}


def test_es2015_never_blocking_builtins_keep_their_caller_a_plain_def():
    fns = _functions(_ES2015_SYNC_CALLS)
    assert isinstance(fns["_ajgi_main"], ast.AsyncFunctionDef)  # the script does block
    assert isinstance(fns["f"], ast.FunctionDef), ast.unparse(fns["f"])


@pytest.mark.parametrize("call", ["Array.from(a, g)", "a.find(g)", "a.findIndex(g)", "m.forEach(g)"])
def test_builtins_taking_callbacks_still_make_their_caller_async(call):
    fns = _functions("function f(a, m, g) { return %s; } delay(1);" % call)
    assert isinstance(fns["f"], ast.AsyncFunctionDef)


def test_a_class_method_named_like_a_builtin_is_not_taken_for_it():
    fns = _functions("class Q { includes(x) { delay(x); } push() { delay(1); } }"
                     "function f(q) { q.includes(1); q.push(); }")
    assert isinstance(fns["f"], ast.AsyncFunctionDef)


@pytest.mark.parametrize("definition", [
    "o['startsWith'] = function () { delay(1); };",
    "Object.defineProperty(o, 'startsWith', { value: function () { delay(1); } });",
])
def test_a_builtin_name_defined_by_a_literal_key_is_not_taken_for_the_builtin(definition):
    fns = _functions("var o = {}; %s function f(x) { return x.startsWith('a'); }" % definition)
    assert isinstance(fns["f"], ast.AsyncFunctionDef)


def test_includes_may_be_the_global_blocking_one_when_the_global_object_is_reachable():
    fns = _functions("var g = this; function f(x) { return x.includes(1); } delay(1);")
    assert isinstance(fns["f"], ast.AsyncFunctionDef)
    fns = _functions("function f() { return this.includes('lib.js'); } delay(1);")
    assert isinstance(fns["f"], ast.AsyncFunctionDef)


def test_this_delay_alone_makes_the_script_block(tmp_path):
    # `this.delay` names the blocking global through the global object:
    # the script is not all-sync and the call really waits
    r = run_agi(tmp_path, "var t = Date.now(); this.delay(200); console.log(Date.now() - t >= 150);")
    assert r.returncode == 0, r.stderr
    assert r.stdout.splitlines()[0] == "true"
    assert "coroutine" not in r.stderr


def test_a_class_method_that_blocks_is_waited_for(tmp_path):
    r = run_agi(tmp_path, "class Q { push(ms) { delay(ms); return 'pushed'; } }"
                          "var t = Date.now(); var v = new Q().push(200);"
                          "console.log(v, Date.now() - t >= 150);")
    assert r.returncode == 0, r.stderr
    assert r.stdout.splitlines()[0] == "pushed true"
