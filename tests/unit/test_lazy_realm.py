"""Lazy realms (runtime/lazy.py, Realm.wake_module, compiler/needs.py).

A realm installs a built-in module when code names one of its globals, when
one of its prototypes is first used, or when code can reach the global
object reflectively. Whatever the route, a script must see exactly what a
full realm shows it: expected outputs are node's.
"""

import pytest

from ajgi_tx.runner import compile_cached, create_realm, run_compiled
from runtime import properties
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
        assert properties.get_prop(proto, "length") == 0.0
        # `special` already holds the installed object's flag: reading it
        # (as every [[Put]] does along the prototype chain) wakes nothing
        s = r.StringPrototype
        assert s.special is False and is_asleep(s)
        assert r.RegExpPrototype.special is True and is_asleep(r.RegExpPrototype)
        s.props["x"] = 1.0  # wakes, then lands
        assert not is_asleep(s) and "charAt" in s.props and s.props["x"] == 1.0
        assert r.RegExpPrototype.attrs["source"] == 0 and r.RegExpPrototype.special is True
    finally:
        REALM.reset(token)


def test_eager_realm_has_everything_awake():
    r = Realm()
    assert r.pending == set()
    for o in (r.ObjectPrototype, r.ArrayPrototype, r.StringPrototype, r.ErrorPrototype,
              r.RegExpPrototype, r.NumberPrototype, r.BooleanPrototype):
        assert not is_asleep(o)


def test_deferred_host_globals_are_made_when_named():
    made = []
    realm = create_realm(write=lambda level, text: made.append(text))

    def install(name):
        made.append("installed")
        realm.define_methods(realm.global_object, {"hostFn": (lambda this, *a: 42.0, 0),
                                                   "otherFn": (lambda this, *a: 1.0, 0)})

    realm.defer_globals(("hostFn", "otherFn"), install)
    assert "hostFn" not in realm.global_object.props and realm.is_reserved_global("hostFn")
    run_compiled(compile_cached("var x = 1;", "no_host.js"), realm)
    assert made == []  # not named: never made
    run_compiled(compile_cached("console.log(hostFn() + otherFn());", "host.js"), realm)
    assert made == ["installed", "43"]


def test_a_deferred_host_global_never_replaces_the_scripts_value():
    realm = create_realm(write=lambda level, text: None)
    realm.defer_globals(("hostFn",), lambda name: realm.define_methods(
        realm.global_object, {"hostFn": (lambda this, *a: 42.0, 0)}))
    run_compiled(compile_cached("var hostFn = 'mine';", "decl.js"), realm)
    realm.ensure(("*",))  # e.g. later eval code reaching the global object
    assert realm.global_object.props["hostFn"] == "mine"
    assert not realm.deferred


def test_console_is_made_on_first_use():
    out, realm = run("var a = 1;")
    assert "console" not in realm.global_object.props and "console" in realm.deferred
    out, realm = run("console.log('hi');")
    assert out == ["hi"] and "console" in realm.global_object.props


def test_storing_on_an_ordinary_object_wakes_no_prototype():
    out, realm = run("var o = {}; o.a = 1; this.b = 2; var c = 3; d = 4;")
    assert is_asleep(realm.ObjectPrototype)


def test_sleeping_prototypes_know_their_installed_special_flag():
    # [[Put]] reads `special` along the chain without waking anything, so a
    # sleeping prototype must already hold the flag its module will give it.
    r = Realm(lazy=True)
    sleeping = [o for objects in r.asleep.values() for o in objects]
    assert len(sleeping) == 7 and all(is_asleep(o) for o in sleeping)  # Symbol.prototype too
    before = [o.special for o in sleeping]
    r.ensure(("*",))
    assert [o.special for o in sleeping] == before
    assert not any(is_asleep(o) for o in sleeping)
