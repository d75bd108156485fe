// labeled break/continue, switch fallthrough, default in the middle, try/finally
var out = [];
outer: for (var i = 0; i < 4; i++) {
    for (var j = 0; j < 4; j++) {
        if (j == 2) continue outer;
        if (i == 3) break outer;
        out.push(i + "" + j);
    }
}
console.log(out.join(","));
function sw(x) {
    var r = "";
    switch (x) {
        case 1: r += "one";
        case 2: r += "two"; break;
        default: r += "def";
        case 3: r += "three";
    }
    return r;
}
console.log(sw(1), sw(2), sw(3), sw(9));
function fin() {
    try { return "try"; } finally { console.log("finally ran"); }
}
console.log(fin());
function fin2() {
    for (var k = 0; k < 3; k++) {
        try { if (k == 1) break; } finally { console.log("f" + k); }
    }
    return k;
}
console.log(fin2());
function over() { try { return 1; } finally { return 2; } }
console.log(over());
var n = 0;
do { n++; if (n < 3) continue; } while (n < 5);
console.log(n);
var c = 0;
for (var q = 0; q < 10; q++) { if (q % 2) continue; c += q; }
console.log(c);
blk: { console.log("in block"); break blk; console.log("never"); }
lbl: for (var a = 0; a < 3; a++) { switch (a) { case 1: continue lbl; default: console.log("a=" + a); } }
try { throw {code: 42}; } catch (e) { console.log(e.code); }
try { null.x; } catch (e) { console.log(e instanceof TypeError, e.name); }
try { undefinedVar; } catch (e) { console.log(e.name, e.message); }
var e = "outer e";
try { throw 1; } catch (e) { e = 2; }
console.log(e);
// expect: 00,01,10,11,20,21
// expect: onetwo two three defthree
// expect: finally ran
// expect: try
// expect: f0
// expect: f1
// expect: 1
// expect: 2
// expect: 5
// expect: 20
// expect: in block
// expect: a=0
// expect: a=2
// expect: 42
// expect: true TypeError
// expect: ReferenceError undefinedVar is not defined
// expect: outer e
