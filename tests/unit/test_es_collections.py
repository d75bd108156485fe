"""Map, Set, WeakMap, WeakSet: what the behavioural scripts
(tests/scripts/es2015/collections/) cannot show: blocking callbacks and
iterators (the AGI environment, where delay() waits), compaction of the
table under running iterations, weak keys, the subclassing hook."""

import gc

from ajgi_tx.runner import compile_cached, create_realm, run_compiled
from runtime.builtins.keyed_table import KeyedTable
from runtime.realm import REALM

from tests.helpers import run_agi


def run(source):
    out = []
    realm = create_realm(write=lambda level, text: out.append(text))
    run_compiled(compile_cached(source, "collections_test.js"), realm)
    return out, realm


def test_foreach_callbacks_and_constructor_iterables_may_block(tmp_path):
    src = """
        var t0 = Date.now(), log = [];
        var m = new Map([["a", 1], ["b", 2]]);
        m.forEach(function (v, k) { delay(5); log.push(k + v); if (k === "a") m.set("c", 3); });
        new Set([7, 8]).forEach(function (v) { delay(5); log.push(v); });
        var blockingIterable = {};
        blockingIterable[Symbol.iterator] = function () {
            var i = 0;
            return {next: function () { delay(5); return i < 2 ? {value: [i, i++ * 10], done: false} : {done: true}; }};
        };
        var fromBlocking = new Map(blockingIterable);
        log.push(fromBlocking.get(1));
        function BlockingSet(items) { var s = new Set(); s.add = function (v) { delay(5); return Set.prototype.add.call(s, v + 1); }; return s; }
        var slowAdds = BlockingSet();
        Set.prototype.add.call(slowAdds, 1);
        slowAdds.add(1);
        log.push(slowAdds.has(2));
        sendResp(log.join() + " " + (Date.now() - t0 >= 40));"""
    r = run_agi(tmp_path, src)
    assert (r.returncode, r.stdout) == (0, "a1,b2,c3,7,8,10,true true"), r.stderr


def test_compaction_keeps_running_iterations_on_their_entry():
    out, _ = run("""
        var m = new Map(); for (var i = 0; i < 200; i++) m.set(i, i);
        var it = m.keys(); for (var j = 0; j < 50; j++) it.next();
        var seen = [];
        m.forEach(function (v, k) {
            if (k === 100) { for (var d = 0; d < 150; d++) if (d !== 100) m.delete(d); m.set("end", 0); }
            seen.push(k);
        });
        console.log(seen.length, seen.slice(0, 3).join(), seen.slice(-3).join(), it.next().value, m.size);""")
    # forEach saw 0..100, then the survivors after 100 (150..199) and "end"
    assert out == ["152 0,1,2 198,199,end 100 52"]


def test_table_compacts_and_forgets_finished_cursors():
    t = KeyedTable()
    for i in range(40):
        t.set(float(i), i)
    c = t.cursor()
    for _ in range(30):
        t.next_entry(c)
    for i in range(20):
        t.delete(float(i))
    assert t.holes == 0 and len(t.entries) == 20  # compacted at half holes
    assert t.next_entry(c) == [30.0, 30]
    t.release(c)
    assert len(t.cursors) == 0


def test_weakmap_entries_go_with_their_keys():
    out, realm = run("var wm = new WeakMap(), ws = new WeakSet(); this.wm = wm; this.ws = ws;"
                     "(function () { var k = {}; wm.set(k, [1]); ws.add(k); })();"
                     "var kept = {}; wm.set(kept, 2); ws.add(kept); this.kept = kept;")
    gc.collect()
    g = realm.global_object.props
    assert len(g["wm"].value) == 1 and len(g["ws"].value) == 1


def test_construct_for_makes_a_collection_with_the_given_prototype():
    out, realm = run("var P = Object.create(Map.prototype); this.P = P; WeakMap; WeakSet;")
    token = REALM.set(realm)
    try:
        g = realm.global_object.props
        Map = g["Map"]
        m = Map.__dict__["construct_for"](g["P"], realm.new_array([realm.new_array(["k", "v"])]))
        assert m.proto is g["P"] and m.cls == "Map" and m.value.get_entry("k") == ["k", "v"]
        for name in ("Set", "WeakMap", "WeakSet"):
            ctor = g[name]
            o = ctor.__dict__["construct_for"](g["P"])
            assert o.proto is g["P"] and o.cls == name
    finally:
        REALM.reset(token)


def test_a_realm_without_collections_installs_nothing_of_them():
    out, realm = run("console.log(1)")
    assert "map_set" in realm.pending and realm.collection_iterator_prototypes is None
