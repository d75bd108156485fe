// The direct reads of a pristine array behave as the ArrayIterator would:
// holes read through the prototype, short and sparse arrays give
// undefined, defaults apply to undefined only, regexp results (arrays with
// own index/input) and Array subclasses, swaps of several kinds.
function pair(p) { var [x, y] = p; return x + "/" + y; }
console.log(pair([1, 2]), pair([1]), pair([]), pair([1, 2, 3]), pair([, 2]), pair([1, , 3]));
var sparse = []; sparse[1e6] = "far"; sparse[0] = "near";
console.log(pair(sparse));
Array.prototype[1] = "from proto";
console.log(pair([0, , 2]), pair(["only"]));
delete Array.prototype[1];
function defs(p) { var [a = "A", b = "B", c = "C"] = p; return [a, b, c].join(); }
console.log(defs([undefined, null, 0]), defs([]), defs([1, 2, 3, 4]));
var m = /(\d+)-(\d+)(x)?/.exec("12-34");
var [, lo, hi, x = "nox"] = m;
console.log(lo, hi, x, m.index);
class Stack extends Array {}
var s = Stack.of(5, 6);
console.log(pair(s));
class Odd extends Array {}
Odd.prototype[Symbol.iterator] = function () {
  var i = 0; return { next: function () { i++; return { value: "odd" + i, done: i > 2 }; } };
};
console.log(pair(Odd.of(1, 2)), pair([1, 2]));
var a = 1, b = 2, c = 3;
[a, b, c] = [c, a, b];
console.log(a, b, c);
[a, b] = [b];
console.log(a, b);
[a, , b] = [1, 2, 3, 4];
console.log(a, b);
[a, b = "dflt"] = [9, undefined];
console.log(a, b);
var o = { v: 1 };
[o.v, a] = [a, o.v];
console.log(o.v, a);
function order() { var log = []; var p, q; [p, q] = [(log.push("l"), 1), (log.push("r"), 2)]; return log.join() + p + q; }
console.log(order());
var it = 0;
for (const [k, v] of [["a", 1], ["b", 2]]) it += v;
console.log(it);
var grow = [1, 2];
var seen = [];
for (var g of grow) { seen.push(g); if (grow.length < 4) grow.push(g * 10); }
console.log(seen.join());
function missing() {
  var p1 = 0, p2 = 0, out = [];
  try { [p1] = [1, missingGlobal]; out.push("no error"); } catch (e) { out.push(e.name, p1); }
  try { [p1, , p2] = [5, missingGlobal2, 6]; out.push("no error"); } catch (e) { out.push(e.name, p1, p2); }
  return out.join(" ");
}
console.log(missing());
// expect: 1/2 1/undefined undefined/undefined 1/2 undefined/2 1/undefined
// expect: near/undefined
// expect: 0/from proto only/undefined
// expect: A,,0 A,B,C 1,2,3
// expect: 12 34 nox 0
// expect: 5/6
// expect: odd1/odd2 1/2
// expect: 3 1 2
// expect: 1 undefined
// expect: 1 3
// expect: 9 dflt
// expect: 9 1
// expect: l,r12
// expect: 3
// expect: 1,2,10,20
// expect: ReferenceError 0 ReferenceError 0 0
