"""The sandbox: a script reaches nothing of Python.

Every script-visible value exposes JS properties only; Python builtin
names are undeclared JS names; the runtime's own entries in the global
dict are invisible; known escapes from JS-to-Python translators fail.
"""

import pytest

from ajgi_tx.errors import ScriptError
from tests.helpers import run_js

PROBES = [
    '"a".upper', "[].append", "({}).__class__", "(function(){}).__globals__",
    "(function(){}).__code__", "(function(){}).__dict__", "Math.__class__",
    "(new Error('x')).__traceback__", "(new Error('x')).__class__", "(1).__class__",
    "true.__class__", "Object.__subclasses__", "Object.getOwnPropertyNames({}).__getattribute__",
    "[].__class__", "JSON.__dict__", "(new Date()).__class__", "/a/.__class__",
    "this.__builtins__", "this._ajgi_realm", "this._ajgi_G", "console.log.__self__",
    "Function.prototype.__globals__", "arguments", "(function(){ return arguments.callee.__code__ })()",
]


@pytest.mark.parametrize("expr", PROBES)
def test_python_attributes_are_invisible(expr):
    if expr == "arguments":
        expr = "(function(){ return arguments.__class__ })()"
    assert run_js("console.log(typeof (%s))" % expr) == ["undefined"]


@pytest.mark.parametrize("name", ["__import__", "open", "getattr", "eval_", "exec", "compile",
                                  "globals", "__builtins__", "_ajgi_G", "_ajgi_realm", "type",
                                  "float", "print", "__name__"])
def test_python_builtins_are_undeclared(name):
    assert run_js("console.log(typeof %s)" % name) == ["undefined"]
    with pytest.raises(ScriptError) as info:
        run_js("%s" % name)
    assert info.value.name == "ReferenceError"


def test_runtime_entries_do_not_enumerate():
    out = run_js("var x = 1; var ks = []; for (var k in this) ks.push(k); "
                 "console.log(ks.join()); console.log(Object.getOwnPropertyNames(this).indexOf('__builtins__'))")
    assert out[0] == "x,ks,k"
    assert out[1] == "-1"


def test_script_globals_with_reserved_names_do_not_clobber_the_runtime():
    out = run_js("var _ajgi_add = 5; var __builtins__ = 6; console.log(_ajgi_add + __builtins__, 1 + 2, "
                 "this._ajgi_add, this.__builtins__)")
    assert out == ["11 3 5 6"]


def test_constructor_constructor_is_js_function_constructor():
    out = run_js("var g = this.constructor.constructor('return this')(); "
                 "console.log(g === this, typeof g.__builtins__, typeof g.__import__)")
    assert out == ["true undefined undefined"]


def test_js2py_cve_2024_28397_chain_fails():
    # The Js2Py escape walks __getattribute__ -> __class__ -> __base__ ->
    # __subclasses__ to reach subprocess.Popen; here the first step is undefined.
    src = """
    var hacked = Object.getOwnPropertyNames({});
    var bymarve = hacked.__getattribute__;
    console.log(typeof bymarve);
    try { bymarve("__getattribute__"); } catch (e) { console.log(e.name); }
    """
    assert run_js(src) == ["undefined", "TypeError"]


def test_arraybuffer_bypass_has_nothing_to_start_from():
    # The bypass of the CVE fix goes through ArrayBuffer/typed arrays, which
    # ES5 (and ajgi_tx) does not have.
    assert run_js("console.log(typeof ArrayBuffer, typeof Uint8Array, typeof pyimport)") == [
        "undefined undefined undefined"]


def test_eval_code_has_the_same_limits():
    out = run_js("console.log(eval('typeof __import__'), eval('({}).__class__') === undefined, "
                 "new Function('return typeof this.__builtins__')())")
    assert out == ["undefined true undefined"]


def test_setting_python_names_stays_in_js():
    out = run_js("var o = {}; o.__class__ = 5; o.__dict__ = 6; console.log(o.__class__ + o.__dict__, "
                 "Object.keys(o).join())")
    assert out == ["11 __class__,__dict__"]


def test_changes_to_builtin_functions_stay_in_their_realm():
    # Built-in methods share one read-only attribute table between realms
    # (runtime.values.SharedAttrs); every writer must take a private copy.
    run_js("Object.freeze(Math.max); Object.defineProperty([].push, 'length', {value: 7});"
           "delete String.prototype.charAt.name; Object.seal(JSON.stringify);"
           "Object.defineProperty(parseInt, 'name', {enumerable: true});")
    out = run_js("console.log(Object.isFrozen(Math.max), [].push.length, String.prototype.charAt.name,"
                 " Object.isSealed(JSON.stringify), Object.keys(parseInt).length)")
    assert out == ["false 1 charAt false 0"]


def test_properties_added_to_builtin_functions_stay_in_their_realm():
    # Built-in methods also share their {length, name} property table.
    run_js("Math.max.extra = 1; [].push.name2 = 'x'; delete JSON.stringify.length;"
           "Object.defineProperty(isNaN, 'tag', {value: 3}); parseInt.prototype = {};")
    out = run_js("console.log(Math.max.extra, [].push.name2, JSON.stringify.length, isNaN.tag,"
                 " typeof parseInt.prototype)")
    assert out == ["undefined undefined 3 undefined undefined"]
