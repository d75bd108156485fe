// Default and rest parameters (ES2015 9.2.12, 14.1): call-time evaluation, left to right,
// earlier parameters visible, undefined triggers the default, length, unmapped arguments
var calls = 0;
function next() { calls++; return calls; }
function f(a, b = next(), c = a + b) { return [a, b, c].join(); }
console.log(f(1), f(1, undefined), f(1, null), f(1, 2, 3), calls);
console.log(f.length, (function (a, b = 1, c) {}).length, ((...r) => r).length, (function (a, ...r) {}).length);
function rest(a, ...more) { return a + "|" + more.length + "|" + more.join() + "|" + Array.isArray(more); }
console.log(rest(1), rest(1, 2, 3));
function unmapped(a, b = 2) { a = 9; arguments[1] = 7; return [a, b, arguments[0], arguments.length].join(); }
console.log(unmapped(1));
function mapped(a, b) { a = 9; return arguments[0]; }
console.log(mapped(1, 2));
function usesArgs(x = 1, ...r) { return arguments.length + ":" + x + ":" + r.join("/"); }
console.log(usesArgs(), usesArgs(undefined, 2, 3));
var order = [];
function log(v) { order.push(v); return v; }
function ev(a = log("a"), b = log("b")) { return a + b; }
ev(undefined, "x");
console.log(order.join());
function ref(a, b = function () { return a; }) { a = 5; return b(); }
console.log(ref(1));
var arrowDef = (x, y = x * 2) => x + y;
console.log(arrowDef(3), arrowDef(3, 1));
function restArray(...xs) { xs.push("p"); return xs.length + " " + (xs instanceof Array); }
console.log(restArray(), restArray(1, 2));
function dflt(o = {}) { o.n = (o.n || 0) + 1; return o.n; }
console.log(dflt(), dflt());
// expect: 1,1,2 1,2,3 1,,1 1,2,3 2
// expect: 1 1 0 1
// expect: 1|0||true 1|2|2,3|true
// expect: 9,2,1,1
// expect: 9
// expect: 0:1: 3:1:2/3
// expect: a
// expect: 5
// expect: 9 4
// expect: 1 true 3 true
// expect: 1 1
