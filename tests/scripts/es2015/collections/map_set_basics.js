// Map, Set, WeakMap, WeakSet: SameValueZero keys (NaN, -0), insertion order, live iteration while mutating, errors.
var m = new Map([[1, "a"], [NaN, "nan"], [-0, "zero"]]);
console.log(m.size, m.get(1), m.get(NaN), m.get(0), m.get(-0), m.has("1"), m.keys().next().value === 1);
var ks = []; m.forEach(function (v, k, mm) { ks.push(String(k) + "=" + v + (mm === m)); }); console.log(ks.join());
m.forEach(function (v, k) { if (k === 1) { m.delete(NaN); m.set("new", 1); } ks.push(String(k)); }); console.log(ks.join());
console.log(1 / m.keys().next().value);
var mz = new Map(); mz.set(-0, 1); console.log(1 / mz.keys().next().value);
var s = new Set([1, 1, "1", true, 1, NaN, NaN, {}, null, undefined]);
console.log(s.size, s.has(true), s.has(1), s.has(NaN), s.has(undefined));
var it = s.values(); console.log(it.next().value); s.delete("1"); s.add("late"); var rest = []; var r; while (!(r = it.next()).done) rest.push(String(r.value)); console.log(rest.join());
console.log(Object.prototype.toString.call(m), Object.prototype.toString.call(m.entries()), Object.prototype.toString.call(new Set().values()));
console.log(Map.prototype.entries === Map.prototype[Symbol.iterator], Set.prototype.keys === Set.prototype.values, Set.prototype[Symbol.iterator] === Set.prototype.values);
function err(f) { try { f(); return "ok"; } catch (e) { return e.name + ": " + e.message; } }
console.log(err(function () { Map(); }), err(function () { Set(); }), err(function () { new Map([1]); }));
console.log(err(function () { Map.prototype.get.call(new Set(), 1); }));
console.log(err(function () { new WeakMap().set(1, 2); }), err(function () { new WeakSet().add("x"); }));
var k1 = {}, k2 = function () {}; var wm = new WeakMap([[k1, 1]]); wm.set(k2, 2);
console.log(wm.get(k1), wm.get(k2), wm.has({}), wm.delete(k1), wm.has(k1), wm.get(1), wm.has(1), wm.delete(1));
var ws = new WeakSet([k1]); console.log(ws.has(k1), ws.has(k2), ws.delete(k1), ws.has(k1), Object.prototype.toString.call(ws));
console.log(Map.length, Set.length, WeakMap.length, WeakSet.length, Map.name, typeof Object.getOwnPropertyDescriptor(Map.prototype, "size").get);
var big = new Map(); for (var i = 0; i < 100; i++) big.set(i, i);
var bi = big.keys(); for (var j = 0; j < 10; j++) bi.next();
for (var i = 0; i < 90; i++) big.delete(i); console.log(big.size, bi.next().value);
big.clear(); big.set("after", 1); console.log(bi.next().value, bi.next().done);
var entries = []; for (var e of new Map([["a", 1], ["b", 2]])) entries.push(e.join(":")); console.log(entries.join());
console.log([...new Set("hello")].join(""));
var deleted = new Set([1, 2, 3]), seen = [], once = true; deleted.forEach(function (v) { seen.push(v); if (v === 1 && once) { once = false; deleted.delete(1); deleted.add(1); } }); console.log(seen.join());
console.log(Map[Symbol.species] === Map, new Map().set(1, 2).get(1), new Set().add(5).has(5));
// expect: 3 a nan zero zero false true
// expect: 1=atrue,NaN=nantrue,0=zerotrue
// expect: 1=atrue,NaN=nantrue,0=zerotrue,1,0,new
// expect: 1
// expect: Infinity
// expect: 7 true true true true
// expect: 1
// expect: true,NaN,[object Object],null,undefined,late
// expect: [object Map] [object Map Iterator] [object Set Iterator]
// expect: true true true
// expect: TypeError: Constructor Map requires 'new' TypeError: Constructor Set requires 'new' TypeError: Iterator value 1 is not an entry object
// expect: TypeError: Method Map.prototype.get called on incompatible receiver #<Set>
// expect: TypeError: Invalid value used as weak map key TypeError: Invalid value used in weak set
// expect: 1 2 false true false undefined false false
// expect: true false true false [object WeakSet]
// expect: 0 0 0 0 Map function
// expect: 10 90
// expect: after true
// expect: a:1,b:2
// expect: helo
// expect: 1,2,3,1
// expect: true 2 true
