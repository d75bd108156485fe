"""The source of an eval-made function belongs to its own compiled unit:
``String(f)`` never shows another realm's (another request's) eval text,
and eval in a loop does not grow the source registry without bound."""

from ajgi_tx.runner import compile_cached, create_realm, run_compiled
from runtime import sched
from runtime.host import dynamic_name


def _run(src, name="t.js"):
    """Runs ``src``; returns its global ``out``."""
    realm = create_realm()
    run_compiled(compile_cached(src, name), realm)
    return realm.global_object.props["out"]


def test_two_realms_each_see_their_own_eval_text():
    # Realm A makes its function, realm B then evals other text; A's function
    # still prints A's text (with one shared "<eval>" name it printed B's).
    realm_a, realm_b = create_realm(), create_realm()
    run_compiled(compile_cached("var f = eval('(function () { return \"secret-a\"; })');", "a.js"),
                 realm_a)
    run_compiled(compile_cached("var f = eval('(function () { return 12345; })');", "b.js"), realm_b)
    fa, fb = realm_a.global_object.props["f"], realm_b.global_object.props["f"]
    from runtime.builtins.function import function_proto_toString

    assert function_proto_toString(fa) == 'function () { return "secret-a"; }'
    assert function_proto_toString(fb) == "function () { return 12345; }"


def test_string_of_eval_function_in_script():
    out = _run("""
        var f = eval('(function f() { return 1 })');
        var g = eval('(function g() { return 2 })');
        var h = new Function('a', 'return a');
        var out = String(f) + '|' + String(g) + '|' + String(h);
    """)
    assert out == "function f() { return 1 }|function g() { return 2 }|function anonymous(a\n) {\nreturn a\n}"


def test_equal_texts_share_a_name_and_different_texts_do_not():
    assert dynamic_name("eval", "1 + 1") == dynamic_name("eval", "1 + 1")
    assert dynamic_name("eval", "1 + 1") != dynamic_name("eval", "1 + 2")


def test_evals_in_a_loop_leave_the_registry_bounded(monkeypatch):
    # a small bound so that a fast loop passes it several times over, set
    # while the registry already holds more (earlier scripts of the process)
    import collections
    monkeypatch.setattr(sched, "_sources", collections.OrderedDict(
        ("<earlier:%d>" % i, "text %d" % i) for i in range(250)))
    monkeypatch.setattr(sched, "MAX_SOURCES", 200)
    out = _run("""
        var fs = [];
        for (var i = 0; i < 1000; i++) fs.push(eval('(function () { return ' + i + '; })'));
        var out = String(fs[999]) + '|' + fs[5]();
    """)
    assert out == "function () { return 999; }|5"
    assert len(sched._sources) <= 200
