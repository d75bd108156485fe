// for-of (ES2015 13.7.5): arrays (live length, holes), strings by code point, arguments,
// break/continue/return/labels, patterns in the head, member targets, nested loops
var out = [];
for (var v of [1, 2, 3]) out.push(v * 2);
console.log(out.join());
var grow = [1, 2];
var seen = [];
for (var g of grow) { seen.push(g); if (grow.length < 5) grow.push(g + 10); }
console.log(seen.join());
var holes = [1, , 3], hs = [];
for (var h of holes) hs.push(String(h));
console.log(hs.join());
var chars = [];
for (var ch of "a\ud83d\ude00b") chars.push(ch.length);
console.log(chars.join());
function argsOf() { var s = 0; for (var x of arguments) s += x; return s; }
console.log(argsOf(1, 2, 3));
var pairs = [];
for (var [k, val = "d"] of [["a", 1], ["b"]]) pairs.push(k + "=" + val);
console.log(pairs.join("&"));
var objs = [];
for (var { n, m = n * 2 } of [{ n: 1 }, { n: 2, m: 5 }]) objs.push(n + ":" + m);
console.log(objs.join());
var acc = {};
for (acc.last of ["x", "y"]) ;
console.log(acc.last);
var it;
for (it of [4, 5]) ;
console.log(it);
var found = null;
for (var f of [1, 2, 3, 4]) { if (f % 2) continue; found = f; break; }
console.log(found);
function firstBig(list) { for (var e of list) if (e > 10) return e; return -1; }
console.log(firstBig([1, 20, 30]), firstBig([]));
var grid = [];
outer: for (var row of [[1, 2], [3, 4], [5, 6]]) {
  for (var cell of row) {
    if (cell === 4) continue outer;
    if (cell === 6) break outer;
    grid.push(cell);
  }
}
console.log(grid.join());
var fns = [];
for (var cap of [1, 2]) fns.push(function () { return cap; });
console.log(fns[0](), fns[1]());
var total = 0;
for (var a1 of [1, 2]) for (var b1 of [10, 20]) total += a1 * b1;
console.log(total);
try { for (var z of [1]) throw new Error("thrown"); } catch (e) { console.log(e.message); }
function attempt(fn) { try { fn(); return "ok"; } catch (e) { return e.name + ": " + e.message; } }
console.log(attempt(function () { for (var q of 5) ; }));
console.log(attempt(function () { var obj = {}; for (var q of obj) ; }));
console.log(attempt(function () { for (var q of null) ; }));
// expect: 2,4,6
// expect: 1,2,11,12,21
// expect: 1,undefined,3
// expect: 1,2,1
// expect: 6
// expect: a=1&b=d
// expect: 1:2,2:5
// expect: y
// expect: 5
// expect: 2
// expect: 20 -1
// expect: 1,2,3,5
// expect: 2 2
// expect: 90
// expect: thrown
// expect: TypeError: 5 is not iterable
// expect: TypeError: obj is not iterable
// expect: TypeError: null is not iterable
