"""Writes tests/scripts/fuzz/*.js: random programs aimed at the compiler's
fast paths, with node's output as their ``// expect:`` lines.

Usage: python tests/tools/fuzz_programs.py [--programs 25] [--kinds KIND...] [--check N]

The compiler specialises loops and member accesses on what it can prove
(int counters, index loops over an array's list, hoisted pushes, guarded
property reads, direct calls of known functions) and falls back to the
generic path when a guard fails at run time. These programs put the
shapes it looks for next to what defeats them: holes, arrays that change
storage, length or prototype inside the loop, counters near 2**31, 2**32
and 2**53, objects with accessors, frozen or odd-typed fields, functions
rebound mid-loop. Each file holds ``--programs`` of them, every one in
its own function scope after a ``#N`` marker line, so a failing line
names its program.

The files are ordinary behavioural scripts (tests/test_scripts.py runs
them without node). ``--check N`` instead runs N fresh programs of every
kind through node and ajgi_tx and prints the ones that differ: a longer
search than CI's fixed sample, for a session that changes a fast path.
"""

import argparse
import json
import os
import random
import subprocess
import sys
import textwrap

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(os.path.dirname(HERE))
OUT_DIR = os.path.join(REPO, "tests", "scripts", "fuzz")

VALUES = ["0", "1", "-1", "2.5", "-0", "NaN", "Infinity", "'x'", "''", "'7'", "null", "undefined",
          "true", "false", "{}", "[]", "[1,2]", "{v: 3}", "1e21", "2147483647", "4294967296", "-2147483649"]
NUMBERS = ["0", "1", "2", "3", "7", "10", "97", "1024", "1025", "-1", "-3", "0.5", "1e9", "4294967295"]

# what a program's result is made of (a long string keeps its two ends)
RESULT = ("[s.length > 400 ? s.slice(0, 200) + '~' + s.slice(-200) : s, t, a.length, "
          "JSON.stringify(a.slice(0, 12)), JSON.stringify(a.slice(-4))]")
# indices a program stored on Array.prototype are taken off again
CLEAN_PROTO = "for (var key in Array.prototype) delete Array.prototype[key];"


class Programs:
    """One kind of random program; ``program()`` is its JS text."""

    kind = None

    def __init__(self, rnd):
        self.r = rnd
        self.n = 0

    def pick(self, xs):
        return self.r.choice(xs)

    def fresh(self, prefix):
        self.n += 1
        return "%s%d" % (prefix, self.n)

    def run_twice(self, fn_source, call):
        """``fn_source`` then its result printed for ``call`` and for a string argument."""
        return ("%s\ntry { console.log(JSON.stringify(%s)); } catch (e) { console.log('E ' + e.name); }\n"
                "try { console.log(JSON.stringify(f('3'))); } catch (e) { console.log('E ' + e.name); }\n%s"
                % (fn_source, call, CLEAN_PROTO))


class LoopPrograms(Programs):
    """Loops of every form over counters, strings, arrays and one object,
    their bodies drawn from statements that read, store, grow, cut and
    replace them."""

    kind = "loops"

    def atom(self, c):
        return self.pick([c, c, c, self.pick(NUMBERS), self.pick(VALUES), "s.length", "a.length", "o.x",
                          "a[%s]" % c, "a[%s %% 5]" % c, "t"])

    def expr(self, c, depth=0):
        if depth > 2 or self.r.random() < 0.3:
            return self.atom(c)
        x, y = self.expr(c, depth + 1), self.expr(c, depth + 1)
        return self.pick([
            "(%s + %s)" % (x, y), "(%s * %s)" % (c, self.pick(NUMBERS)), "(%s %% %s)" % (x, self.pick(NUMBERS)),
            "('s' + %s + %s)" % (x, y), "`<${%s}|${%s}>`" % (x, y), "(%s - %s)" % (x, y), "(%s | 0)" % x,
            "(%s < %s ? %s : %s)" % (x, y, c, self.pick(NUMBERS)), "(%s === %s)" % (x, y), "String(%s)" % x,
            "(%s / %s)" % (x, self.pick(NUMBERS)), "(-(%s))" % x,
        ])

    def stmt(self, c, depth):
        e = self.expr(c)
        choices = [
            "s += %s;" % e, "a.push(%s);" % e, "a.push({id: %s, v: %s, n: 'i' + %s});" % (c, e, c),
            "a[%s] = %s;" % (self.pick(["%s %% 7" % c, c, "%s + 3" % c, "a.length"]), e),
            "if (%s) break;" % self.pick(["%s > %s" % (c, self.pick(NUMBERS)), "a.length > 40", "s.length > 300"]),
            "if (%s %% 3 === 1) continue;" % c, "t += %s;" % e, "o.x = %s;" % e,
            "a.length = %s;" % self.pick(["0", "3", "a.length - 1", "%s %% 4" % c]),
            "delete a[%s];" % self.pick(["0", c, "a.length - 1"]),
            "if (a[%s] && a[%s].v !== undefined) { t += a[%s].v; a[%s].v = %s; }" % (c, c, c, c, e),
            "a = %s;" % self.pick(["a.slice(1)", "[]", "a.concat([1, 2])", "a"]),
            "%s = %s;" % (c, self.pick(["%s + 1" % c, "%s * 2" % c, "'k'", "%s - 0.5" % c])),
            "s += %s + %s;" % (self.pick(["'a'", "`b`", "s.length", "''"]), c),
            "a[%s + 100] = 1;" % c, "t = (t * 3 + %s) %% 1009;" % e,
            "if (typeof %s !== 'number') t += 1000;" % c, "a.push(%s, %s);" % (e, c),
            "s += [%s, %s].join('/');" % (c, e), "t += a.length + (%s > 5 ? 1 : 0);" % c,
            "o['k' + %s] = %s;" % (c, e),
        ]
        if depth < 2:
            choices.append(self.loop(depth + 1))
        return self.pick(choices)

    def loop(self, depth=0):
        c = self.fresh("i")
        body = " ".join(self.stmt(c, depth) for _ in range(self.r.randint(1, 4)))
        # a loop over a.length whose body grows it is bounded by a cut at its end
        cap = " if (a.length > 300) a.length = 300;"
        bound = self.pick(["n", "5", "a.length", "s.length % 50"])
        return self.pick([
            "for (var %s = 0; %s < %s; %s++) { %s%s }" % (c, c, bound, c, body, cap if bound == "a.length" else ""),
            "for (var %s = 0; %s < a.length; %s++) { %s%s }" % (c, c, c, body, cap),
            "for (var %s = %s; %s < n; %s += %s) { %s }" % (c, self.pick(["0", "1", "3"]), c, c,
                                                            self.pick(["1", "2", "1024", "0.5"]), body),
            "var %s = 0; while (%s < n) { %s++; %s }" % (c, c, c, body),
            "for (var %s = 0; %s < a.length; %s++) { var it = a[%s]; if (it && typeof it === 'object') "
            "{ it.v = (it.v * 3 + %s) %% 1009; t += it.v + it.id %% 7; } %s%s }" % (c, c, c, c, c, body, cap),
            "for (var %s = 0; %s <= n; %s++) { %s }" % (c, c, c, body),
        ])

    def program(self):
        loops = " ".join(self.loop() for _ in range(self.r.randint(1, 3)))
        return self.run_twice("function f(n) { var s = '', a = [], t = 0, o = {x: 0}; %s return %s.concat([o.x, "
                              "Object.keys(o).length]); }" % (loops, RESULT), "f(%d)" % self.r.randint(0, 30))


MUTATIONS = [
    "a.splice(0, 1);", "a.shift();", "a.unshift(K);", "a.sort();", "a.reverse();", "a.pop();", "a.length = 0;",
    "a.length = K;", "a[K + 3] = 'z';", "a[K + 2000000] = 1;", "delete a[K + 1];", "a.push(K, K);",
    "Object.defineProperty(a, K + 1, {get: function () { return 'g'; }, configurable: true});",
    "a = a.slice(0);", "a.splice(K, 0, 'in');", "Object.freeze(a);", "a[K] = undefined;", "a.x = K;",
    "Array.prototype[K + 1] = 'proto';", "a.length = 2;",
]
PUSHED = ["K", "K * 3", "'v' + K", "{id: K, v: K % 5}", "K % 2 ? 'odd' : K", "-K", "K / 3", "[K]", "null", "undefined"]


class ArrayLoopPrograms(Programs):
    """The loops the compiler rewrites (index loops over ``a.length``, push
    loops, int counters), their arrays changed under them."""

    kind = "arrays"

    def index_loop(self):
        k = self.fresh("k")
        mutation = self.pick(MUTATIONS).replace("K", k) if self.r.random() < 0.7 else ""
        when = self.pick(["%s === 2" % k, "%s %% 3 === 0" % k, "%s === a.length - 1" % k, "true", "%s === 0" % k])
        first = self.pick(["var x = a[%s];" % k, "if (a[%s] !== undefined) t += 1;" % k,
                           "t += a[%s] === null ? 1 : 0;" % k, "s += a[%s];" % k, "var x = a[%s] && a[%s].v;" % (k, k)])
        return ("for (var %s = 0; %s < a.length; %s++) { %s s += '|' + %s + ':' + (typeof a[%s]); "
                "if (%s) { %s } if (%s > 60) break; }" % (k, k, k, first, k, k, when, mutation, k))

    def push_loop(self):
        i = self.fresh("i")
        bound = self.pick(["n", "n + 0.5", "'4'", "Math.min(a.length + 3, 40)", "NaN", "-1", "Math.min(Infinity, 40)"])
        return "for (var %s = %s; %s < %s; %s++) a.push(%s);" % (
            i, self.pick(["0", "1", "n - 2", "5"]), i, bound, i, self.pick(PUSHED).replace("K", i))

    def counter_loop(self):
        i = self.fresh("i")
        c = self.pick(["1", "7", "256", "1024", "1025", "0", "2.5"])
        use = self.pick(["s += 'x' + %s * %s;" % (i, c), "s += `${%s}` + %s;" % (i, i), "s += %s + 'y';" % i,
                         "s += 'z' + (%s %% 10) + %s;" % (i, i), "t += a[%s %% 3] === undefined ? 0 : 1;" % i,
                         "s += ('' + %s).length;" % i])
        # starts below 2**31, 2**32 and 2**53, each bound at most 1,000 steps on (i += 1 stops moving at 2**53)
        start = self.pick(["0", "2147483640", "4294967290", "9007199254740000"])
        bound = self.pick(["n", "n * 1000", start + " + +n", start + " + 40"])  # +n: f('3') too
        return "for (var %s = %s; %s < %s; %s += %s) { %s } s += %s;" % (
            i, start, i, bound, i, self.pick(["1", "2", "4", "1024", "3"]), use, i)

    def program(self):
        parts = [self.pick(["a = [1, 2, 3];", "a = [1, , 3];", "a = [];", "a = ['a', {id: 1, v: 2}, null, 4];",
                            "a = new Array(5);", "a = [3, 1, 2]; a[7] = 9;", "a = 'abc'.split('');"])]
        for _ in range(self.r.randint(1, 4)):
            parts.append(self.pick([self.index_loop, self.push_loop, self.counter_loop, self.index_loop])())
        body = " ".join("try { %s } catch (e) { s += ' E:' + e.name; }" % p if self.r.random() < 0.5 else p
                        for p in parts)
        return self.run_twice("function f(n) { var s = '', a = [], t = 0, o = {x: 0}; %s return %s; }" % (body, RESULT),
                              "f(%d)" % self.r.randint(0, 30))


ODD_RECORDS = [
    "Object.freeze({id: 1, score: 2, seen: false})",
    "Object.defineProperty({id: 2, seen: false}, 'score', {get: function () { log.push('get'); return 7; }, "
    "set: function (v) { log.push('set' + v); }, enumerable: true})",
    "Object.create({score: 9, set seen(v) { log.push('seen=' + v); }}, {id: {value: 3, enumerable: true}})",
    "{id: 4, score: '600', seen: false}", "{id: '5', score: 700, seen: 0}", "{id: 6}", "{score: 800, seen: false}",
    "Object.defineProperty({id: 7, score: 900}, 'seen', {value: false, writable: false})",
    "Object.preventExtensions({id: 8, score: 1000})", "[1, 2]", "function () {}", "'str'", "42",
    "{id: 9, score: NaN, seen: false}", "{id: -0, score: -5, seen: false}", "{id: 1e21, score: Infinity, seen: false}",
    "{id: 10, score: {valueOf: function () { log.push('vo'); return 3; }}, seen: false}", "null",
]
UPDATES = [
    "it.score = (it.score * 3 + round) % 1009; if (it.score > 500) { it.seen = true; } "
    "total = (total + it.score + it.id % 7) % 1000000007;",
    "it.score += round; total += it.score - it.id;",
    "if (it.seen) seen++; it.seen = !it.seen; total = total * 2 % 1009 + it.score;",
    "var sc = it.score; it.score = sc + '' === '600' ? sc : sc * 2; total += it.score % 10;",
    "it.id = it.id * 2; total = (total + it.id) % 100003;",
]


class RecordPrograms(Programs):
    """bench object_alloc's records (literals pushed in a loop, then read
    and updated field by field) with odd records spliced in: frozen,
    accessors, inherited setters, read-only fields, other types."""

    kind = "records"

    def program(self):
        n = self.r.randint(0, 40)
        odd = " ".join("items.splice(%d, 0, %s);" % (self.r.randint(0, max(n, 1)), self.pick(ODD_RECORDS))
                       for _ in range(self.r.randint(0, 3)))
        loop = self.pick([
            "for (var j = 0; j < items.length; j++) { var it = items[j]; %s }",
            "for (var j = items.length - 1; j >= 0; j--) { var it = items[j]; %s }",
            "items.forEach(function (it) { %s });",
            "for (var j in items) { var it = items[j]; %s }",
        ]) % self.pick(UPDATES)
        return ("function run(n) { var items = [], log = [], total = 0, seen = 0;"
                " for (var i = 0; i < n; i++) items.push({id: i, score: i %% 97, name: 'item' + (i %% 10), seen: false});"
                " %s for (var round = 0; round < 3; round++) { try { %s } catch (e) { log.push(e.name); } }"
                " var s = 0; for (var k = 0; k < items.length; k++) { try { if (items[k].seen) s++; } "
                "catch (e) { log.push('r' + e.name); } }"
                " return [total, seen, s, log.join(','), items.length]; }\n"
                "try { console.log(JSON.stringify(run(%d))); } catch (e) { console.log('E ' + e.name); }\n"
                % (odd, loop, n))


FUNCTIONS = [
    "function dbl(x) { return x * 2; }", "function add(a, b) { return a + b; }",
    "function fib(n) { return n < 2 ? n : fib(n - 1) + fib(n - 2); }", "function cnt() { return arguments.length; }",
    "function me() { return this === undefined ? 'u' : typeof this; }",
    "function sq(x) { 'use strict'; return x * x; }",
    "function rec(n, acc) { if (n <= 0) return acc; return rec(n - 1, acc + n); }",
    "function opt(a, b) { if (b === undefined) b = 10; return a * b; }",
]
CALLS = ["dbl(X)", "add(X, 1)", "add(X)", "fib(X % 12)", "cnt(X, 1, 2)", "me()", "sq(X)", "rec(X % 50, 0)", "opt(X)",
         "opt(X, 2)", "dbl.call(null, X)", "add.apply(null, [X, 'b'])", "[X].map(dbl)[0]"]
REBINDS = ["dbl = function (x) { return 'r' + x; };", "add = 5;", "fib = dbl;", "var sq = function (x) { return -x; };",
           "me = function () { return 'new'; };", "dbl.x = 1;", "cnt = add;"]


class CallPrograms(Programs):
    """Calls of known functions (the compiler calls them directly) in loops,
    some rebound, replaced by a non-function or given odd arguments midway."""

    kind = "calls"

    def program(self):
        loops = []
        for _ in range(self.r.randint(1, 3)):
            i = self.fresh("i")
            call = self.pick(CALLS).replace("X", self.pick([i, i, "'s'", "null", "2.5", "-0", "[1]"]))
            rebind = ("if (%s === %d) { %s }" % (i, self.r.randint(0, 6), self.pick(REBINDS))
                      if self.r.random() < 0.3 else "")
            loops.append("for (var %s = 0; %s < n; %s++) { try { out.push(%s); } catch (e) { out.push(e.name); } %s }"
                         % (i, i, i, call, rebind))
        return ("%s\nfunction run(n) { var out = []; %s return out.join(','); }\n"
                "try { console.log(run(%d)); } catch (e) { console.log('E ' + e.name); }\n"
                "try { console.log(run(3)); } catch (e) { console.log('E ' + e.name); }\n"
                % (" ".join(FUNCTIONS), " ".join(loops), self.r.randint(0, 12)))


JSON_MEMBERS = ["1", "-0", "NaN", "Infinity", "1e21", "0.1", "'s'", "'\\u00e9\\t'", "'\"q\"'", "''", "true", "null",
                "undefined", "function () {}", "[1, , 3]", "[]", "{}", "{a: [1, {b: 2}]}", "new Date(0)", "new Number(3)",
                "new String('w')", "new Boolean(false)", "/re/g", "{toJSON: function () { return 'tj'; }}",
                "Object.create({inherited: 1})", "[undefined, function () {}]"]
JSON_TWISTS = [
    "r.k0 = undefined;", "delete r.k1;", "r.k9 = 9;", "r[2] = 'two';",
    "Object.defineProperty(r, 'k0', {get: function () { return 'got'; }, enumerable: true, configurable: true});",
    "Object.defineProperty(r, 'k1', {value: 1, enumerable: false, configurable: true});",
    "r.toJSON = function (key) { return 'own:' + key; };",
    "Object.prototype.toJSON = function () { return 'proto'; };", "r.k0 = r.k1;", "r.k1 = [r.k0];",
]


class JsonPrograms(Programs):
    """JSON.stringify of many objects of one shape (the runtime writes a
    shape met often with an encoder made for it), the shape or a member
    changed midway, replacers, indents, and JSON.parse with revivers."""

    kind = "json"

    def record(self, keys):
        return "{%s}" % ", ".join("%s: %s" % (k, self.pick(JSON_MEMBERS)) for k in keys)

    def program(self):
        keys = ["k%d" % i for i in range(self.r.randint(1, 5))]
        if self.r.random() < 0.3:
            keys.insert(self.r.randint(0, len(keys)), self.pick(["'1'", "'0'", "'10'"]))
        n = self.r.randint(0, 60)
        twist = self.pick(JSON_TWISTS)
        at = self.r.randint(0, max(n - 1, 0))
        args = self.pick(["", ", null", ", null, 2", ", ['k0', 'k1', '1']", ", function (k, v) { return typeof v === 'number' ? v + 1 : v; }",
                          ", null, '--'", ", null, 20"])
        reviver = self.pick(["", ", function (k, v) { return k === 'k0' ? undefined : v; }",
                             ", function (k, v) { return Array.isArray(v) ? v.length : v; }"])
        return ("function f(n) { var out = [], rs = [];"
                " for (var i = 0; i < n; i++) { var r = %s; r.k0 = i %% 3 ? r.k0 : i; rs.push(r); if (i === %d) { %s } }"
                " var text = JSON.stringify(rs%s); out.push(text.length > 600 ? text.slice(0, 300) + '~' + text.slice(-300) : text);"
                " try { var back = JSON.parse(JSON.stringify(rs)%s); out.push(JSON.stringify(back).length, Array.isArray(back) ? back.length : typeof back); }"
                " catch (e) { out.push(e.name); }"
                " return out.join(' | '); }\n"
                "try { console.log(f(%d)); } catch (e) { console.log('E ' + e.name); }\n"
                "delete Object.prototype.toJSON;\n"
                % (self.record(keys), at, twist, args, reviver, n))


MODERN_LOOPS = [  # I: a fresh name in each, as one function may hold several
    "for (let I = 0; I < n; I++) { fs.push(() => I * 2); if (I === 2) a.push(I); }",
    "for (const I of a) { out.push(I); if (I === 2) a.push(9); if (out.length > 30) break; }",
    "for (let [I, v] of a.entries()) { out.push(I + ':' + v); if (I === 1) a.length = 2; }",
    "let I = 0; while (I < n) { let j = I; fs.push(function () { return j; }); I++; }",
    "for (let I in o) { out.push(I); if (I === 'b') delete o.c; }",
    "a.forEach((x, I) => { out.push(`${I}=${x}`); if (I === 0) a.shift(); });",
    "for (let I = 0, s = ''; I < n; I++) { s += I; out.push(s.length); }",
    "switch (n % 3) { case 0: { let I = 'zero'; out.push(I); } case 1: out.push('one'); break; default: out.push('d'); }",
]
MODERN_EXPRS = [
    "(({a, b = 2, ...rest}) => a + b + Object.keys(rest).length)(o)",
    "((x, ...ys) => x + ys.length)(...a)",
    "[...a, ...'ab'].length",
    "(([p, , q = 'dq'] = []) => `${p}-${q}`)(a)",
    "new (class P { constructor(v) { this.v = v; } get twice() { return this.v * 2; } })(n).twice",
    "(class extends Array {}).from(a).length",
    "Object.assign({}, o, {d: 4}).d",
    "((f = () => this) => typeof f())()",
    "`${n > 2 ? `big ${n}` : 'small'}`",
    "[1, 2, 3].map((x) => x * n).filter((x) => x % 2).join()",
    "new Map([[1, 'a'], [n, 'b']]).get(n)",
    "[...new Set(a.concat(a))].length",
]


class ModernPrograms(Programs):
    """ES2015 constructs in loops: per-iteration let bindings captured by
    closures, for-of over an array changed inside, destructuring,
    spread, rest, arrows, classes, template literals, Map and Set."""

    kind = "modern"

    def program(self):
        body = " ".join(self.pick(MODERN_LOOPS).replace("I", self.fresh("i")) for _ in range(self.r.randint(1, 3)))
        exprs = ", ".join(self.pick(MODERN_EXPRS) for _ in range(self.r.randint(1, 3)))
        return ("'use strict';\nfunction f(n) { const out = [], fs = []; let a = [1, 2, 3], o = {a: 1, b: 2, c: 3}; %s"
                " out.push(%s); return out.concat(fs.map((g) => g())).join(','); }\n"
                "try { console.log(f(%d)); } catch (e) { console.log('E ' + e.name); }\n"
                "try { console.log(f(0)); } catch (e) { console.log('E ' + e.name); }\n"
                % (body, exprs, self.r.randint(0, 8)))


REGEX_ATOMS = ["a", "b", "ab", ".", "\\d", "\\w", "\\s", "\\D", "\\W", "\\b", "\\B", "[a-c]", "[^a]", "[\\d_]",
               "[\\]]", "[-a]", "\\u00e9", "\\x41", "\\.", "\\/", "[\\s\\S]", "\\n", "\\0", "\\cJ", "[\\b]", "x|y|"]
REGEX_QUANTS = ["", "", "*", "+", "?", "{2}", "{1,3}", "{0,}", "*?", "+?", "??", "{2,}?"]
# (no U+2028 in subjects or members: node prints it raw, and in an // expect: line it ends the comment)
SUBJECTS = ["'aab abc a1b2 c_d'", "'AAB\\nab\\nx'", "''", "'ab'", "'\\u00e9t\\u00e9 A\\u00c9'", "'a.b/c\\\\d'",
            "'xyxyy aaaa bbbb'", "'1,2,,3, 4'", "'\\n\\r\\tz'", "'__--__'"]


class RegexPrograms(Programs):
    """Random patterns (classes, escapes, quantifiers lazy and greedy,
    groups, backreferences, lookaheads, alternatives, the g/i/m flags)
    through exec, test, match, replace, split and search, lastIndex
    included: the runtime translates each pattern to Python's re."""

    kind = "regex"

    def term(self, depth):
        if depth < 2 and self.r.random() < 0.25:
            inner = self.alternative(depth + 1)
            group = self.pick(["(%s)", "(?:%s)", "(?=%s)", "(?!%s)"]) % inner
            return group + (self.pick(REGEX_QUANTS) if not group.startswith("(?=") and not group.startswith("(?!") else "")
        if self.r.random() < 0.08:
            return self.pick(["\\1", "\\2", "^", "$"])
        return self.pick(REGEX_ATOMS) + self.pick(REGEX_QUANTS)

    def alternative(self, depth=0):
        alts = ["".join(self.term(depth) for _ in range(self.r.randint(1, 3))) for _ in range(self.r.randint(1, 2))]
        return "|".join(alts)

    def program(self):
        pattern = self.alternative()
        flags = self.pick(["", "g", "i", "m", "gi", "gm", "gim"])
        subject = self.pick(SUBJECTS)
        uses = [
            "out.push(JSON.stringify(re.exec(s)));",
            "out.push(re.test(s), re.lastIndex);",
            "out.push(JSON.stringify(s.match(re)));",
            "out.push(JSON.stringify(s.replace(re, '<$&|$1|$`>')));",
            "out.push(JSON.stringify(s.replace(re, function (m, p1, off) { return '[' + m + ':' + off + ']'; })));",
            "out.push(JSON.stringify(s.split(re)));", "out.push(JSON.stringify(s.split(re, 2)));",
            "out.push(s.search(re));",
            "var m, k = 0; while (re.global && (m = re.exec(s)) && k++ < 20) { out.push(m.index + ':' + m[0]); if (!m[0]) re.lastIndex++; }",
            "re.lastIndex = 3; out.push(JSON.stringify(re.exec(s)), re.lastIndex);",
        ]
        body = " ".join(self.pick(uses) for _ in range(self.r.randint(2, 4)))
        return ("function f() { var out = [], s = %s, re; try { re = new RegExp(%s, '%s'); } catch (e) { return 'E ' + e.name; }"
                " %s return out.join(' ; '); }\n"
                "try { console.log(f()); } catch (e) { console.log('E ' + e.name); }\n"
                % (subject, json.dumps(pattern), flags, body))


KINDS = (LoopPrograms, ArrayLoopPrograms, RecordPrograms, CallPrograms, JsonPrograms, ModernPrograms,
         RegexPrograms)


def generate(kind, seed, count):
    return [kind(random.Random("%s-%d-%d" % (kind.kind, seed, k))).program() for k in range(count)]


def as_script(kind, seed, programs):
    """A behavioural script: each program in a function scope of its own after its marker."""
    about = textwrap.wrap(" ".join(kind.__doc__.split()), 96)
    head = ("// Generated by tests/tools/fuzz_programs.py (%s, seed %d): do not edit; the tool\n"
            "// rewrites it, with node's output as the expectations.\n%s\n"
            % (kind.kind, seed, "\n".join("// " + line for line in about)))
    body = "".join("console.log('#%d');\n(function () {\n%s})();\n" % (k, p) for k, p in enumerate(programs))
    return head + body


NODE_DRIVER = r"""
const vm = require('vm');
const progs = JSON.parse(require('fs').readFileSync(0, 'utf8'));
const out = [];
for (const p of progs) {
  const lines = [];
  const ctx = vm.createContext({console: {log: (...a) => lines.push(a.map(String).join(' '))}});
  try { vm.runInContext(p, ctx, {timeout: 5000}); } catch (e) { lines.push('NODE-FAILED ' + e.message); }
  out.push(lines);
}
process.stdout.write(JSON.stringify(out));
"""


def check(count, seed, kinds=KINDS):
    """Runs ``count`` fresh programs of each kind on node and on ajgi_tx; the
    number that differ (each printed; those node failed are counted apart)."""
    sys.path.insert(0, REPO)
    from tests.helpers import run_js

    differ = skipped = 0
    for kind in kinds:
        programs = generate(kind, seed, count)
        r = subprocess.run(["node", "-e", NODE_DRIVER], input=json.dumps(programs), capture_output=True,
                           text=True, check=True)
        for program, logged in zip(programs, json.loads(r.stdout)):
            if any(line.startswith("NODE-FAILED") for line in logged):
                skipped += 1  # node could not run it (a generator slip or a 5 s loop): say so below
                continue
            want = [line for text in logged for line in text.split("\n")]  # as run_js splits them
            try:
                got = run_js(program)
            except Exception as exc:  # a compile error or an escaped Python exception is a finding too
                got = ["%s: %s" % (type(exc).__name__, exc)]
            if [x for x in got if x] != [x for x in want if x]:
                differ += 1
                print("DIFFERS (%s, seed %d):\n%s\n  node:  %s\n  ajgi_tx: %s\n" % (kind.kind, seed, program, want, got))
    if skipped:
        print("%d programs skipped: node did not finish them" % skipped)
    return differ


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--programs", type=int, default=25, help="programs per file (default 25)")
    ap.add_argument("--seeds", type=int, default=2, help="files per kind (default 2)")
    ap.add_argument("--check", type=int, metavar="N", help="compare N fresh programs per kind instead of writing")
    ap.add_argument("--seed", type=int, default=1000, help="first seed of --check (default 1000)")
    ap.add_argument("--kinds", nargs="+", choices=[k.kind for k in KINDS], help="only these kinds (default all)")
    args = ap.parse_args(argv)
    kinds = [k for k in KINDS if not args.kinds or k.kind in args.kinds]
    if args.check:
        differ = check(args.check, args.seed, kinds)
        print("%d of %d programs differ" % (differ, args.check * len(kinds)))
        return 1 if differ else 0
    sys.path.insert(0, HERE)
    import node_expect

    os.makedirs(OUT_DIR, exist_ok=True)
    paths = []
    for kind in kinds:
        for seed in range(1, args.seeds + 1):
            path = os.path.join(OUT_DIR, "%s_%d.js" % (kind.kind, seed))
            with open(path, "w", encoding="utf-8") as f:
                f.write(as_script(kind, seed, generate(kind, seed, args.programs)))
            paths.append(path)
    node_expect.main(paths)
    for p in paths:
        print(os.path.relpath(p, REPO))
    return 0


if __name__ == "__main__":
    sys.exit(main())
