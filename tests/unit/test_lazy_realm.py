"""Lazy realms (runtime/lazy.py, Realm.wake_module, compiler/needs.py).

A realm installs a built-in module when code names one of its globals, when
one of its prototypes is first used, or when code can reach the global
object reflectively. Whatever the route, a script must see exactly what a
full realm shows it: expected outputs are node's.
"""

import pytest

from ajgi_tx.runner import compile_cached, create_realm, run_compiled
from runtime import ops
from runtime.lazy import is_asleep
from runtime.realm import INSTALL_ORDER, REALM, Realm
from runtime.values import JSArray


def run(source):
    out = []
    realm = create_realm(write=lambda level, text: out.append(text))
    run_compiled(compile_cached(source, "lazy_test.js"), realm)
    return out, realm


def test_a_script_naming_no_builtin_installs_only_function():
    out, realm = run("var s = 0; for (var i = 0; i < 10; i++) s += i; console.log(s);")
    assert out == ["45"]
    assert realm.pending == set(INSTALL_ORDER) - {"function"}
    assert is_asleep(realm.ArrayPrototype) and is_asleep(realm.ObjectPrototype)


def test_naming_a_global_installs_its_module_only():
    out, realm = run("console.log(typeof Array.isArray);")
    assert out == ["function"]
    assert "array" not in realm.pending and "string" in realm.pending


@pytest.mark.parametrize("source, expected", [
    # prototypes reached through literals and primitives
    ("console.log([3, 1, 2].sort().join('-'));", ["1-2-3"]),
    ("console.log('abc'.toUpperCase(), (255).toString(16), true.toString());", ["ABC ff true"]),
    ("console.log(/b+/.exec('abbbc')[0], /x/.source);", ["bbb x"]),
    ("console.log({}.toString(), ({a: 1}).hasOwnProperty('a'));", ["[object Object] true"]),
    # the constructor reached through a prototype is the global one
    ("var c = [].constructor; console.log(c === Array, Array.prototype === Object.getPrototypeOf([]));",
     ["true true"]),
    ("var c = [].constructor; console.log(c.isArray([]), typeof c.prototype.push);", ["true function"]),
    # errors the runtime throws before any Error constructor is named
    ("try { null.x; } catch (e) { console.log(e.name, e instanceof TypeError, e instanceof Error); }",
     ["TypeError true true"]),
    ("try { undefinedThing; } catch (e) { console.log(e.name + ': ' + e.message); }",
     ["ReferenceError: undefinedThing is not defined"]),
    ("try { null.x; } catch (e) { console.log(String(e).slice(0, 10), e.toString === Error.prototype.toString); }",
     ["TypeError: true"]),
    # Object.prototype members as global names (the global object inherits them)
    ("console.log(typeof hasOwnProperty, typeof toString);", ["function function"]),
    # reflective access to the global object sees every built-in
    ("var g = this; console.log(typeof g.parseInt, typeof g.JSON, typeof g.Date);",
     ["function object function"]),
    ("console.log(typeof eval('Math.max'), eval('typeof RegExp'));", ["function function"]),
    ("console.log(typeof this.Number, 'Boolean' in this);", ["function true"]),
    ("console.log(Object.getOwnPropertyNames(String.prototype).indexOf('charAt') >= 0);", ["true"]),
])
def test_every_route_sees_the_full_builtins(source, expected):
    assert run(source)[0] == expected


def test_a_script_global_named_like_a_builtin_wins():
    # As in a full realm: the built-in exists first, the declaration replaces
    # it; waking Array.prototype later must not put the built-in back.
    out, _ = run("var Array = 5; var n = [1, 2].concat([3]).length;"
                 "console.log(Array, n, typeof [].constructor);")
    assert out == ["5 3 function"]
    out, _ = run("function Error(m) { this.m = m; }"
                 "try { null.x } catch (e) { console.log(e.name, new Error('x').m); }")
    assert out == ["TypeError x"]
    out, _ = run("Object = null; console.log(Object, {}.toString());")
    assert out == ["null [object Object]"]


def test_prototype_changes_stay_in_their_realm():
    out1, _ = run("Array.prototype.push = function () { return 'patched'; }; console.log([].push(1));")
    out2, _ = run("console.log([].push(1));")
    assert out1 == ["patched"] and out2 == ["1"]


def test_sleeping_object_wakes_on_any_table_access():
    r = Realm(lazy=True)
    token = REALM.set(r)
    try:
        proto = r.ArrayPrototype
        assert is_asleep(proto) and type(proto) is not JSArray and isinstance(proto, JSArray)
        assert proto.cls == "Array" and proto.elems == []  # final slots need no wake-up
        assert is_asleep(proto)
        assert proto.attrs is not None  # a table read wakes it
        assert type(proto) is JSArray and "array" not in r.pending
        assert ops.get_prop(proto, "length") == 0.0
        s = r.StringPrototype
        s.special = True  # a write wakes too, then lands
        assert type(s) is not type(r.ArrayPrototype) and not is_asleep(s) and s.special is True
        assert "charAt" in s.props
    finally:
        REALM.reset(token)


def test_eager_realm_has_everything_awake():
    r = Realm()
    assert r.pending == set()
    for o in (r.ObjectPrototype, r.ArrayPrototype, r.StringPrototype, r.ErrorPrototype,
              r.RegExpPrototype, r.NumberPrototype, r.BooleanPrototype):
        assert not is_asleep(o)
