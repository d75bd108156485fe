"""Symbols in the runtime: what the behavioural scripts
(tests/scripts/es2015/symbol/) cannot show. The global object's property
dict is the Python globals dict of compiled code and must keep str keys
only; symbol keys never reach the str-only key listings; a realm's
Symbol.for registry is its own."""

from ajgi_tx.runner import compile_cached, create_realm, run_compiled
from runtime import conversions, properties
from runtime.realm import REALM, Realm
from runtime.symbols import JSSymbol, SYMBOL_ITERATOR, symbol_function_name
from runtime.values import JSObject, make_object


def run(source):
    out = []
    realm = create_realm(write=lambda level, text: out.append(text))
    run_compiled(compile_cached(source, "symbol_test.js"), realm)
    return out, realm


def test_symbol_keyed_globals_keep_the_globals_dict_str_keyed():
    out, realm = run(
        "var s = Symbol('g'); this[s] = 1; Object.defineProperty(this, Symbol.iterator, {value: 2});"
        "console.log(this[s], this[Symbol.iterator], Object.getOwnPropertySymbols(this).length);"
        "delete this[s]; console.log(s in this, Object.getOwnPropertySymbols(this).length);")
    assert out == ["1 2 2", "false 1"]
    g = realm.global_object
    assert all(type(k) is str for k in g.props)
    assert properties.own_symbol_keys(g) == [SYMBOL_ITERATOR]
    assert all(type(k) is str for k in properties.own_keys(g))


def test_a_str_key_never_collides_with_a_symbols_storage_key():
    realm = Realm()
    token = REALM.set(realm)
    try:
        g = realm.global_object
        sym = JSSymbol("x")
        properties.put_prop(g, sym, "symbol value")
        properties.put_prop(g, sym.global_key, "string value")  # the same text as a str key
        assert properties.get_prop(g, sym) == "symbol value"
        assert properties.get_prop(g, sym.global_key) == "string value"
        assert sym.global_key in properties.own_keys(g)
        assert properties.own_symbol_keys(g) == [sym]
    finally:
        REALM.reset(token)


def test_own_keys_lists_strings_and_own_property_keys_appends_symbols():
    a, b = JSSymbol("a"), JSSymbol("b")
    o = make_object(None, {b: 1, "z": 1, "2": 1, a: 1, "y": 1, "0": 1})
    assert properties.own_keys(o) == ["0", "2", "z", "y"]
    assert properties.own_symbol_keys(o) == [b, a]
    assert properties.own_property_keys(o) == ["0", "2", "z", "y", b, a]


def test_to_property_key_keeps_symbols_and_typeof_names_them():
    s = JSSymbol()
    assert conversions.to_property_key(s) is s
    assert conversions.typeof(s) == "symbol"
    assert conversions.to_display_string(s) == "Symbol()"
    assert symbol_function_name(SYMBOL_ITERATOR) == "[Symbol.iterator]"
    assert symbol_function_name(s) == ""


def test_symbol_for_registry_is_per_realm():
    first, _ = run("var a = Symbol.for('k'); this.keep = a; console.log(Symbol.keyFor(a));")
    out, realm = run("console.log(Symbol.keyFor(Symbol.for('k')), Symbol.for('k') === Symbol.for('k'))")
    assert first == ["k"] and out == ["k true"]
    assert list(realm.symbol_registry) == ["k"]


def test_a_realm_that_uses_no_symbol_makes_no_registry():
    out, realm = run("console.log(1)")
    assert realm.symbol_registry is None


def test_well_known_symbols_are_the_same_in_every_realm():
    out1, r1 = run("this.it = Symbol.iterator;")
    out2, r2 = run("this.it = Symbol.iterator;")
    assert r1.global_object.props["it"] is r2.global_object.props["it"] is SYMBOL_ITERATOR


def test_symbol_values_are_not_serialisable():
    import pickle

    import pytest

    with pytest.raises(TypeError):
        pickle.dumps(JSSymbol("x"))
    assert isinstance(JSObject(None).props, dict)
