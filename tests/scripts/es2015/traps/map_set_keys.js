// Map/Set keys are compared with SameValueZero (NaN finds NaN, -0 is +0),
// keep insertion order and iterate live while mutated.
var m = new Map();
m.set(NaN, "nan").set(-0, "zero").set("0", "string zero").set(0, "again");
console.log(m.size, m.get(NaN), m.get(0), m.get(+0), m.get("0"), m.has(Number("x")));
console.log(Object.is(Array.from(m.keys())[1], -0), 1 / Array.from(m.keys())[1]);
var s = new Set([NaN, NaN, 0, -0, "a", "a"]);
console.log(s.size, s.has(NaN), s.has(-0));
var order = new Map([["b", 1], ["a", 2]]);
order.delete("b");
order.set("b", 3);
console.log(Array.from(order.keys()).join(","));
var live = new Set([1, 2, 3]);
var seen = [];
for (const v of live) {
  seen.push(v);
  if (v === 1) { live.delete(2); live.add(4); }
}
console.log(seen.join(","));
var o = {}, o2 = {};
var objs = new Map([[o, "o"]]);
console.log(objs.get(o), objs.get(o2), objs.get({}));
var wm = new WeakMap();
wm.set(o, 1);
console.log(wm.get(o), wm.has(o2));
try { wm.set(1, 1); } catch (e) { console.log(e.name); }
m.forEach(function (v, k, map) { if (k === 0) console.log("forEach", v, map === m); });
console.log(String(m), Object.keys(m).length, JSON.stringify(m));
// expect: 3 nan again again string zero true
// expect: false Infinity
// expect: 3 true true
// expect: a,b
// expect: 1,3,4
// expect: o undefined undefined
// expect: 1 false
// expect: TypeError
// expect: forEach again true
// expect: [object Map] 0 {}
