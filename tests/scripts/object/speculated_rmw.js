// Read-modify-write statements on properties of locals (compiled with a
// guarded float copy, compiler/lower/speculate.py) keep ES5 semantics when
// the guard fails: accessors, read-only and inherited properties, strings,
// valueOf side effects, frozen and non-extensible objects, arrays.
function Point(x, y) { this.x = x; this.y = y; }

function plain() {
    var p = new Point(3, 4), counts = {}, key, total = 0;
    for (var k = 0; k < 6; k++) {
        p.x = (p.x + p.y) % 7;
        total = (total + p.x) % 1000;
        key = "k" + (k % 2);
        counts[key] = (counts[key] || 0) + 1;
    }
    p.y += 2; p.y -= 0.5; p.y *= 3; p.y /= 2; p.y %= 5;
    p.x++; p.x--; ++p.x; --p.x;
    p.x = p.x | 8; p.x ^= 3; p.x <<= 2; p.x >>= 1; p.x >>>= 0; p.x &= 255;
    console.log(p.x, p.y, total, counts.k0, counts.k1, JSON.stringify(counts));
}

function negativeZeroAndNaN() {
    var o = {a: 0, b: -5, c: NaN, d: 1};
    o.a = o.a * -1;
    o.b = o.b % 5;
    o.c = (o.c || 0) + 1;
    o.d = o.d / 0;
    o.e = 0;
    o.e = -o.d / o.d;
    console.log(1 / o.a, 1 / o.b, o.c, o.d, o.e);
}

function strings() {
    var o = {s: "a", n: 1}, t = "x", u = 2;
    o.s = o.s + o.n;
    o.s += 1;
    o.n = o.n + t;
    o.n = u * o.n;
    var k = "s";
    o[k] = o[k] + 1;
    console.log(o.s, o.n);
}

function accessors() {
    var log = [];
    var o = {get x() { log.push("get"); return 10; }, set x(v) { log.push("set " + v); }, y: 1};
    o.x = o.x + o.y;
    o.x++;
    var proto = {};
    Object.defineProperty(proto, "z", {set: function (v) { log.push("proto set " + v); }});
    var c = Object.create(proto);
    c.w = 1;
    c.z = c.w + 1;
    var inherited = Object.create({v: 5});
    inherited.v = inherited.v + 1;
    console.log(log.join(), inherited.v, Object.getPrototypeOf(inherited).v, c.z);
}

function readOnlyAndFrozen() {
    var o = {a: 1, b: 2};
    Object.defineProperty(o, "a", {writable: false});
    o.a = o.a + o.b;
    o.b = o.b + 1;
    var f = Object.freeze({n: 1});
    f.n = f.n + 1;
    f.n++;
    var ne = Object.preventExtensions({m: 1});
    ne.m = ne.m + 1;
    ne.q = ne.m + 1;
    var missing = {};
    missing.r = missing.r + 1;
    missing.s++;
    console.log(o.a, o.b, f.n, ne.m, ne.q, missing.r, missing.s);
}

function strictReadOnly() {
    "use strict";
    var o = Object.freeze({n: 1});
    try { o.n = o.n * 2; } catch (e) { console.log(e.name); }
    try { o.n++; } catch (e) { console.log(e.name); }
    var g = {};
    Object.defineProperty(g, "v", {value: 1, writable: false});
    try { g.v += 1; } catch (e) { console.log(e.name, g.v); }
}

function valueOfSideEffects() {
    var o = {a: 1};
    var evil = {valueOf: function () { Object.defineProperty(o, "a", {writable: false}); return 5; }};
    o.b = evil;
    o.a = o.a + o.b;
    var o2 = {a: 1};
    o2.b = {valueOf: function () { delete o2.a; Object.preventExtensions(o2); return 2; }};
    o2.a = o2.a * o2.b;
    console.log(o.a, o2.a, "a" in o2);
}

function changingShape() {
    var o = {n: 0}, out = [];
    for (var i = 0; i < 4; i++) {
        o.n = o.n + 1;
        if (i === 1) Object.defineProperty(o, "n", {get: function () { return 100; }, set: function (v) { out.push("set " + v); }});
        out.push(o.n);
    }
    console.log(out.join());
}

function receivers() {
    var a = [1, 2];
    a.extra = 1;
    a.extra = a.extra + 1;
    a.length = a.length - 1;
    var f = function () {};
    f.count = 1;
    f.count = f.count + 1;
    var n = null;
    try { n.x = n.x + 1; } catch (e) { console.log(e.name); }
    var s = "str";
    s.x = s.length + 1;
    var args = (function (p) { arguments[0] = arguments[0] + 1; return p; })(1);
    console.log(a.extra, a.length, f.count, s.x, args);
}

function Counter() { this.count = 0; this.step = 2; }
Counter.prototype.tick = function () { this.count += this.step; this.count++; return this.count; };

function keys() {
    var o = {}, k = 1;
    o[k] = 3;
    o[k] = o[k] + 1;
    var key = "1";
    o[key] = o[key] * 2;
    var sk = {toString: function () { return "t"; }};
    o.t = 1;
    o[sk] = o[sk] + 1;
    console.log(o[1], o.t);
}

function modOfNegative() {
    // both operands numbers, the right one an expression: the fallback of
    // a non-positive left operand must still see the right one
    var t = -3, u = 2, o = {a: -7, b: 3};
    var r = (t - 1) % (u + 1);
    o.a = (o.a - 1) % (o.b + 1);
    console.log(r, 1 / o.a, 1 / ((t * 0) % (u - 5)));
}

plain();
modOfNegative();
negativeZeroAndNaN();
strings();
accessors();
readOnlyAndFrozen();
strictReadOnly();
valueOfSideEffects();
changingShape();
receivers();
var c = new Counter();
c.tick();
console.log(c.tick());
keys();
// expect: 26 3.25 18 3 3 {"k0":3,"k1":3}
// expect: -1 -Infinity -Infinity
// expect: -Infinity -Infinity 1 Infinity NaN
// expect: a111 NaN
// expect: get,set 11,get,set 11,proto set 2 6 5 undefined
// expect: 1 3 1 2 undefined NaN NaN
// expect: TypeError
// expect: TypeError
// expect: TypeError 1
// expect: 1 undefined false
// expect: 1,100,set 101,100,set 101,100
// expect: TypeError
// expect: 2 1 2 undefined 2
// expect: 6
// expect: 8 2
