// catch parameters and `with` (12.10, 12.14): the parameter is a scope of
// its own, inner to the function's and outer to a `with` inside the block.
var o = {p1: 'a'};
with (o) {
    try { throw p1; }
    catch (e) { console.log("caught", e); p1 = 'pass'; }
}
console.log(o.p1);
try { throw 1; } catch (e) { with ({a: 1}) { console.log(e, a); } }
try { throw 1; } catch (e) { with ({e: "shadow"}) { console.log(e); e = "to obj"; } console.log(e); }
function g() { try { throw 2; } catch (e) { with ({}) { e = e + 40; } return e; } }
console.log(g());
function h() {
    var fs = [];
    for (var i = 0; i < 2; i++) {
        try { throw i; } catch (e) { with ({k: i * 10}) { fs.push(function () { return e + k; }); } }
    }
    return fs[0]() + "," + fs[1]();
}
console.log(h());
function ev() { try { throw "x"; } catch (e) { return eval("e + e"); } }
console.log(ev());
var e = "outer";
try { throw "inner"; } catch (e) { with ({}) { var e = "var-in-catch"; } console.log(e); }
console.log(e);
function loopWith() {
    var fs = [];
    for (var i = 0; i < 3; i++) { with ({k: i * 10}) { fs.push(function () { return k; }); } }
    return fs[0]() + "," + fs[1]() + "," + fs[2]();
}
console.log(loopWith());
// expect: caught a
// expect: pass
// expect: 1 1
// expect: shadow
// expect: 1
// expect: 42
// expect: 0,11
// expect: xx
// expect: var-in-catch
// expect: outer
// expect: 0,10,20
