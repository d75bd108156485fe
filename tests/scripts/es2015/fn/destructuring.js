// Destructuring (ES2015 12.14.5, 13.3.3): declarations, assignment, parameters, catch;
// defaults, holes, rest, nesting, computed keys, member targets, errors
function attempt(f) { try { return String(f()); } catch (e) { return e.name + ": " + e.message; } }
var [a, , b = 10, ...r] = [1, 2, undefined, 4, 5];
console.log(a, b, r.join(), Array.isArray(r));
var [p = "dp", q = "dq"] = [null];
console.log(p, q);
var { x, y: { z = 3 } = {}, ["k" + 1]: kk, 0: zero, "s t": st } = { x: 1, k1: "K", 0: "zero", "s t": "st" };
console.log(x, z, kk, zero, st);
var [[n1, [n2]], { deep: { er } }] = [[1, [2]], { deep: { er: "e" } }];
console.log(n1, n2, er);
var [c1, c2, c3] = "a\ud83d\ude00";
console.log(c1, c2.length, c3);
var { length } = "four";
console.log(length);
var s1, s2;
[s1, s2] = [1, 2];
[s1, s2] = [s2, s1];
console.log(s1, s2);
var target = {}, arr = [];
({ a: target.a, b: target["b"], c: arr[0] = "dc" } = { a: "A", b: "B" });
console.log(target.a, target.b, arr[0]);
[target.x, ...arr] = [7, 8, 9];
console.log(target.x, arr.join());
var chained, ch1, ch2;
chained = [ch1, ch2] = [5, 6];
console.log(chained.join(), ch1, ch2);
console.log(({ a: ch1 } = { a: 42 }).a, ch1);
function params({ a, b = 2 }, [c, ...d], e = a + c) { return [a, b, c, d.join("/"), e].join(); }
console.log(params({ a: 1 }, [3, 4, 5]), params.length);
var arrow = ({ w, h }) => w * h;
console.log(arrow({ w: 3, h: 4 }));
try { null.f(); } catch ({ name, message }) { console.log(name, message.length > 0); }
try { throw [1, 2]; } catch ([e1, e2]) { console.log(e1 + e2); }
var order = [];
function lg(v) { order.push(v); return v; }
var o2 = {};
({ [lg("k1")]: o2[lg("t1")] = lg("d1"), [lg("k2")]: o2[lg("t2")] } = { k2: 2 });
console.log(order.join(), o2.t1, o2.t2);
var named = {}, [fn1 = function () {}, fn2 = () => 1] = [];
console.log(fn1.name, fn2.name);
console.log(attempt(function () { var { a } = null; }));
console.log(attempt(function () { var v = undefined; var { a } = v; }));
console.log(attempt(function () { var {} = null; }));
console.log(attempt(function () { var [a] = {}; }));
console.log(attempt(function () { var n = 1; var [a] = n; }));
console.log(attempt(function () { var [a] = undefined; }));
var { toFixed } = 1, [ , second] = "xy";
console.log(typeof toFixed, second);
var i = 0, swapped = [1, 2, 3];
[swapped[i++], swapped[i++]] = [swapped[1], swapped[0]];
console.log(swapped.join(), i);
// expect: 1 10 4,5 true
// expect: null dq
// expect: 1 3 K zero st
// expect: 1 2 e
// expect: a 2 undefined
// expect: 4
// expect: 2 1
// expect: A B dc
// expect: 7 8,9
// expect: 5,6 5 6
// expect: 42 42
// expect: 1,2,3,4/5,4 2
// expect: 12
// expect: TypeError true
// expect: 3
// expect: k1,t1,d1,k2,t2 d1 2
// expect: fn1 fn2
// expect: TypeError: Cannot destructure property 'a' of 'null' as it is null.
// expect: TypeError: Cannot destructure property 'a' of 'v' as it is undefined.
// expect: TypeError: Cannot destructure 'null' as it is null.
// expect: TypeError: {} is not iterable
// expect: TypeError: n is not iterable
// expect: TypeError: undefined is not iterable
// expect: function y
// expect: 2,1,3 2
