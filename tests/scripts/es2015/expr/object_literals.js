// Object literals (ES2015 12.2.6): shorthand, methods (not constructors), computed
// keys and accessors in source order, __proto__, duplicates, name inference, super.
var a = 1, async = 2, k = "dyn";
var o = {a, async, m() { return this.a; }, [k + 1]: 3, ["f"]: function () {}, g: function () {}, get x() { return 7; }, set x(v) {}, [k + "2"]() {}};
console.log(o.a, o.async, o.m(), o.dyn1, o.f.name, o.g.name, o.x, o.dyn2.name, Object.keys(o).join());
console.log(o.m.hasOwnProperty("prototype"), typeof o.m);
try { new o.m(); } catch (e) { console.log(e.name); }
var d = Object.getOwnPropertyDescriptor(o, "x"); console.log(d.get.name, d.set.name);
var p = {__proto__: {inherited: 1}, own: 2}; console.log(p.inherited, Object.keys(p).join(), p.hasOwnProperty("__proto__"));
var q = {["__proto__"]: 5}; console.log(q.hasOwnProperty("__proto__"), Object.getPrototypeOf(q) === Object.prototype);
var base = {hi() { return "base hi " + this.n; }};
var der = {__proto__: base, n: "D", hi() { return "der+" + super.hi(); }};
console.log(der.hi());
var order = []; function t(x) { order.push(x); return x; }
var r = {[t("a")]: t(1), [t("b")]: t(2), c: t(3)}; console.log(order.join(), JSON.stringify(r));
var dup = {x: 1, y: 2, x: 3}; console.log(JSON.stringify(dup));
var cnt = 0, acc = {get [("g" + ++cnt)]() { return cnt; }, set [("g" + cnt)](v) { cnt = v; }};
console.log(Object.keys(acc).join(), acc.g1); acc.g1 = 40; console.log(cnt);
var shadow = {x: 1, get x() { return 2; }}; console.log(shadow.x, JSON.stringify(Object.getOwnPropertyDescriptor(shadow, "x").set));
var back = {get y() { return 1; }, y: 5}; console.log(back.y);
var nums = {[1 + 1]: "two", 1: "one", b: 0, [0.5]: "half"}; console.log(Object.keys(nums).join());
var proto2 = {__proto__: null}; console.log(Object.getPrototypeOf(proto2), "toString" in proto2);
var proto3 = {__proto__: 5}; console.log(Object.getPrototypeOf(proto3) === Object.prototype);
var __proto__ = {z: 1}; var sh = {__proto__}; console.log(sh.hasOwnProperty("__proto__"), Object.getPrototypeOf(sh) === Object.prototype);
var strm = {"quoted key"() { return 1; }, 42() { return 2; }}; console.log(strm["quoted key"].name, strm[42].name);
var h = {m() { return typeof this; }}; console.log(h.m.call(5));
var inner = {outer() { return {inner() { return super.toString === Object.prototype.toString; }}.inner(); }}; console.log(inner.outer());
// expect: 1 2 1 3 f g 7 dyn2 a,async,m,dyn1,f,g,x,dyn2
// expect: false function
// expect: TypeError
// expect: get x set x
// expect: 1 own false
// expect: true true
// expect: der+base hi D
// expect: a,1,b,2,3 {"a":1,"b":2,"c":3}
// expect: {"x":3,"y":2}
// expect: g1 1
// expect: 40
// expect: 2 undefined
// expect: 5
// expect: 1,2,b,0.5
// expect: null false
// expect: true
// expect: true true
// expect: quoted key 42
// expect: object
// expect: true
