"""The ES2015 built-ins of issue 13 whose callbacks or implicit calls may
block: a map function, a predicate, a getter, an iterator's next method or
a constructor that calls delay() waits (the script runs under the CLI's
runner, where delay really sleeps), and the results are the same as
without blocking."""


from tests.helpers import run_agi


def test_callbacks_and_implicit_calls_of_the_es2015_builtins_may_block(tmp_path):
    src = """
        var t0 = Date.now();
        function slow(v) { delay(3); return v; }
        var log = [];
        log.push(Array.from([1, 2], function (v, i) { return slow(v * 10 + i); }).join("/"));
        log.push(Array.from("ab", function (c) { return slow(c + c); }).join("/"));
        log.push(Array.from({length: 2, 0: "x"}, function (v) { return slow(String(v)); }).join("/"));
        var it = {};
        it[Symbol.iterator] = function () {
            var n = 0;
            return {next: function () { delay(2); n++; return {done: n > 2, value: n}; }};
        };
        log.push(Array.from(it).join("/"));
        log.push([5, 6, 7].find(function (v) { return slow(v) > 5; }));
        log.push([5, 6, 7].findIndex(function (v) { return slow(v) === 7; }));
        var src = {};
        Object.defineProperty(src, "g", {get: function () { return slow("got"); }, enumerable: true});
        log.push(Object.assign({}, src).g);
        log.push(Object.values(src)[0], Object.entries(src)[0].join("="));
        function Slow(n) { delay(2); this.n = n; }
        var made = Array.of.call(Slow, "p", "q");
        log.push(made.n + ":" + made[0] + made[1] + ":" + made.length);
        sendResp(log.join(" ") + " " + (Date.now() - t0 >= 30));"""
    r = run_agi(tmp_path, src)
    assert (r.returncode, r.stdout) == (
        0, "10/21 aa/bb x/undefined 1/2 6 2 got got g=got 2:pq:2 true"), r.stderr


def test_a_blocking_map_function_that_throws_still_closes_the_iterator(tmp_path):
    src = """
        var log = [];
        var it = {};
        it[Symbol.iterator] = function () {
            var n = 0;
            return {next: function () { n++; return {done: false, value: n}; },
                    "return": function () { log.push("closed at " + n); return {}; }};
        };
        try {
            Array.from(it, function (v) { delay(1); if (v === 3) throw new Error("three"); return v; });
        } catch (e) { log.push(e.message); }
        sendResp(log.join(", "));"""
    r = run_agi(tmp_path, src)
    assert (r.returncode, r.stdout) == (0, "closed at 3, three"), r.stderr
