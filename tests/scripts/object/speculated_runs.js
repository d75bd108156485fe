// Consecutive read-modify-write statements under one guard
// (compiler/lower/speculate.py speculated_run): a later statement reads
// what an earlier one stored; aliases, reassigned receivers and keys,
// and failing guards keep the statement-by-statement result.
function merged() {
    var p = {x: 3, y: 4}, total = 0, out = [];
    for (var k = 0; k < 5; k++) {
        p.x = (p.x + p.y) % 7;
        total = (total + p.x) % 1000;
        p.y = p.y * 2 - p.x;
    }
    out.push(p.x, p.y, total);
    return out.join(",");
}

function aliases(p, q, key) {
    var t = 0, u = 0;
    p.x = p.x + 1;
    t = q.x * 2;
    p[key] = p[key] + 10;
    u = p.a + 1;
    q.a = q.a * 3;
    t = t + p.a;
    return [p.x, q.x, t, u, p.a].join(",");
}

function reassigned() {
    var o = {x: 1}, k = "x", t = 0, m = {x: 5, y: 7};
    m[k] = m[k] + 1;
    k = 2;
    t = t + m.x;
    o.x = o.x + 1;
    o = o.x * 10;
    t = t + o;
    return [t, o, m.x].join(",");
}

function guardsFail() {
    var log = [], p = {x: 1};
    Object.defineProperty(p, "y", {get: function () { log.push("get"); p.x = 100; return 2; },
                                   enumerable: true});
    var t = 0;
    p.x = p.x + 1;
    t = t + p.y + p.x;
    var q = {x: 1}, s = "s";
    q.x = q.x + 1;
    s = s + q.x;
    var r = {x: 1};
    r.x = r.x + 1;
    r.z = r.z + 1;                      // missing: inherited lookup, NaN
    var f = Object.freeze({x: 1}), g = 0;
    g = g + f.x;
    f.x = f.x + 1;
    return [t, p.x, log.join(""), s, r.x, r.z, f.x, g].join(",");
}

var same = {x: 1, a: 2};
console.log(merged());
console.log(aliases(same, same, "a"));
console.log(aliases({x: 1, a: 2}, {x: 5, a: 3}, "x"));
console.log(reassigned());
console.log(guardsFail());

function conditional(items) {
    var total = 0, out = [];
    for (var round = 0; round < 3; round++) {
        for (var j = 0; j < items.length; j++) {
            var it = items[j];
            it.score = (it.score * 3 + round) % 11;
            if (it.score > 5) { it.seen = true; it.hits = it.hits + 1; }
            total = (total + it.score + it.hits + it.id % 7) % 1000;
            if (it.score < 3) it.score = it.score + 0.5;
            total = total + it.score;
        }
    }
    for (var k = 0; k < items.length; k++) out.push(items[k].seen, items[k].hits, items[k].score);
    return total + ":" + out.join(",");
}

function conditionalLiterals() {
    var o = {a: 1, b: 2, flag: 0}, t = 0;
    o.a = o.a + 1;
    if (o.a > 1) { o.flag = "yes"; o.b = o.b * 10; }
    t = t + o.b;
    t = t + o.flag;                        // a string now: the run stops before
    if (o.b >= 20) o.c = 1;               // a property not there yet
    return [o.a, o.b, o.flag, o.c, t].join(",");
}

function makeItems(n, odd) {
    var items = [];
    for (var i = 0; i < n; i++) {
        var item = {id: i, score: i % 7, seen: false, hits: 0};
        if (odd && i % 3 === 1) Object.defineProperty(item, "hits", {get: function () { return 2; }});
        if (odd && i % 3 === 2) item.score = "s" + i;
        items.push(item);
    }
    return items;
}
console.log(conditional(makeItems(6, false)));
console.log(conditional(makeItems(6, true)));
console.log(conditionalLiterals());

function compound() {
    var p = {x: 1, y: 2}, t = 0;
    p.y += 2; p.y -= 0.5; p.y *= 3; p.x = 7; p.x += 1; t += p.x; t -= p.y;
    if (t < 0) { p.x += 10; p.y = 1; }
    t = t + p.x;
    return [p.x, p.y, t].join(",");
}
console.log(compound());
// expect: 0,108,5
// expect: 2,2,40,13,36
// expect: 12,5,12,3,2
// expect: 26,20,6
// expect: 102,100,get,s2,2,NaN,1,1
// expect: 259.5:false,0,0.5,true,2,10,true,2,4,true,3,9,true,2,7.5,true,1,9.5
// expect: NaN:false,0,0.5,true,2,10,false,0,NaN,true,3,9,true,2,7.5,false,0,NaN
// expect: 2,20,yes,1,20yes
// expect: 18,1,15.5
