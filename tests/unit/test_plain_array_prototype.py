"""The per-realm entry the inline ``a.push(v)`` tests in one identity check
(runtime/builtins/pristine.py, PLAIN_ARRAY_PROTOTYPE): Array.prototype while
neither it nor Object.prototype can intercept a new index and its push is
the built-in. What ends it,
what leaves it alone, that it belongs to one realm and does not keep it
alive; the behaviour of pushes on both sides of it is pinned in
tests/unit/test_perf_alloc.py (node expectations)."""

import gc
import weakref

import pytest

from ajgi_tx.compiler import compile_source
from ajgi_tx.runner import create_realm, run_compiled
from runtime.builtins.pristine import PLAIN_ARRAY_PROTOTYPE


def _entry_after(source):
    realm = create_realm(write=lambda level, text: None)
    run_compiled(compile_source("[].push(0);" + source, "t.js"), realm)
    return realm, realm.global_object.props.get(PLAIN_ARRAY_PROTOTYPE)


@pytest.mark.parametrize("source", [
    "Object.defineProperty(Array.prototype, '5', {set: function (v) {}});",
    "Object.defineProperty(Object.prototype, '5', {value: 1, writable: false});",
    "Object.defineProperty(Object.prototype, 'x', {get: function () {}, configurable: true});",
    "Object.freeze(Array.prototype);",
    "Object.defineProperty(Array.prototype, 'push', {writable: false});",
    "Object.setPrototypeOf(Array.prototype, {});",
    # the inline push with a literal argument reads push unobservably
    # only while it is the built-in (compiler/lower/intrinsics.py)
    "Array.prototype.push = function () { return 0; };",
    "delete Array.prototype.push;",
])
def test_what_ends_it(source):
    _, entry = _entry_after(source)
    assert entry is None


@pytest.mark.parametrize("source", [
    "Array.prototype.last = function () { return this[this.length - 1]; };",
    "Array.prototype.pop = function () { return 0; };",  # ends the pristine pop only
    "Object.prototype.extra = 1; Object.prototype[3] = 'data';",
    "var o = {get x() { return 1; }}; Object.freeze([1]); Object.setPrototypeOf({}, null);",
    "Object.setPrototypeOf(Array.prototype, Object.prototype);",  # no change
    "Object.preventExtensions(Array.prototype);",  # a new index on an array is still its own
])
def test_what_leaves_it_alone(source):
    realm, entry = _entry_after(source)
    assert entry is realm.ArrayPrototype


def test_it_is_per_realm_and_does_not_keep_the_realm_alive():
    patched, entry = _entry_after("Object.freeze(Object.prototype);")
    assert entry is None
    other, entry = _entry_after("")
    assert entry is other.ArrayPrototype
    gone = weakref.ref(other.global_object)
    del other, entry
    gc.collect()
    assert gone() is None
