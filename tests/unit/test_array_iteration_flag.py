"""The per-realm array iteration flag (runtime/builtins/pristine.py,
ARRAY_ITERATION): what ends it, what leaves it alone, and that it belongs to
one realm. The behaviour of scripts on both sides of it is in
tests/scripts/es2015/array_iteration/ (node expectations)."""

import pytest

from ajgi_tx.compiler import compile_source
from ajgi_tx.runner import create_realm, run_compiled
from runtime.builtins.pristine import ARRAY_ITERATION


def _flag_after(source):
    realm = create_realm(write=lambda level, text: None)
    assert realm.global_object.props[ARRAY_ITERATION] is realm.ArrayPrototype
    run_compiled(compile_source(source, "t.js"), realm)
    return realm, realm.global_object.props.get(ARRAY_ITERATION)


@pytest.mark.parametrize("source", [
    "Array.prototype[Symbol.iterator] = function () { return [].values(); };",
    "delete Array.prototype[Symbol.iterator];",
    "Object.defineProperty(Array.prototype, Symbol.iterator, {value: function () {}});",
    "Object.getPrototypeOf([].values()).next = function () { return {done: true}; };",
    "Object.getPrototypeOf([].values()).return = function () { return {}; };",
    "Object.getPrototypeOf(Object.getPrototypeOf([].values())).return = function () { return {}; };",
    "var a = []; a[Symbol.iterator] = function () {};",
    "Object.defineProperty([], Symbol.iterator, {get: function () {}});",
    "Object.assign([], {[Symbol.iterator]: 1});",
    "class A extends Array { constructor() { super(); this[Symbol.iterator] = null; } } new A();",
])
def test_what_ends_fast_array_iteration(source):
    _, flag = _flag_after(source)
    assert flag is None


@pytest.mark.parametrize("source", [
    "Array.prototype.last = function () { return this[this.length - 1]; };",
    "Array.prototype.push = function () { return 0; };",  # ends the push fast path only
    "var a = [1]; a.extra = 2; a[Symbol.toStringTag] = 'x';",
    "String.prototype[Symbol.iterator] = function () { return [].values(); };",
    "var o = {}; o[Symbol.iterator] = function () {};",
    "var [x, y] = [1, 2]; for (var v of [x, y]) Math.max(...[v]);",
])
def test_what_leaves_it_alone(source):
    realm, flag = _flag_after(source)
    assert flag is realm.ArrayPrototype


def test_the_array_prototype_watch_and_the_push_watch_are_separate():
    realm, flag = _flag_after("Array.prototype.push = function () { return 0; };")
    assert flag is realm.ArrayPrototype
    assert realm.global_object.props["_ajgi_pristine_ArrayPrototype"] is None
    realm, flag = _flag_after("Array.prototype[Symbol.iterator] = Array.prototype.values;")
    assert flag is None
    assert realm.global_object.props["_ajgi_pristine_ArrayPrototype"] is realm.ArrayPrototype


def test_the_flag_is_per_realm():
    patched, flag = _flag_after("Array.prototype[Symbol.iterator] = function () {};")
    assert flag is None
    other, flag = _flag_after("var [a, b] = [1, 2];")
    assert flag is other.ArrayPrototype and other.ArrayPrototype is not patched.ArrayPrototype
